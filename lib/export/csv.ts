import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import { groupByPage } from './pages';

/**
 * CSV for spreadsheet programs (RFC 4180).
 * - UTF-8 with a byte order mark: without it Excel reads the file as the local code page and Vietnamese breaks.
 * - CRLF line ends; a field is quoted when it holds a comma, a quote, CR or LF, and quotes are doubled.
 * - Formula injection: a cell starting with = + - @ (or TAB / CR, which some programs skip before them)
 *   would run as a formula when opened, so such cells get a leading apostrophe ('), which spreadsheets
 *   show as text. The apostrophe stays in the data: "-5% growth" is exported as "'-5% growth".
 */

export const CSV_BOM = '\uFEFF';
export const CSV_HEADER = ['Quote', 'Note', 'Tags', 'Colour', 'Page title', 'URL', 'Created', 'Modified'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, safe to open in a spreadsheet. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Rows grouped by page (in the order given), one row per highlight. */
export function* csvParts(highlights: readonly Highlight[], articles: readonly Article[] = []): Generator<string> {
  yield CSV_BOM + row(CSV_HEADER);
  for (const page of groupByPage(highlights, articles)) {
    for (const h of page.highlights) {
      yield row([h.text, h.note, h.tags.join(', '), h.color, page.title, h.url, h.created, h.modified]);
    }
  }
}

export function toCsv(highlights: readonly Highlight[], articles: readonly Article[] = []): string {
  return [...csvParts(highlights, articles)].join('');
}
