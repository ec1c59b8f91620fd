import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import { groupByPage } from './pages';
import { layoutAll, recordOf, type ExportLayout } from './layout';

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

/**
 * Rows grouped by page (in the order given), one row per highlight. A row's first cells (quote,
 * note, tags, colour) are the highlight's own and formatted on their own; the page title comes
 * from the page's group (its article's title when known), so it is added when the file is laid out.
 */
export const csvLayout = (): ExportLayout => ({
  record: (h) => [h.text, h.note, h.tags.join(', '), h.color].map(csvCell).join(','),
  *file(records, articles) {
    yield CSV_BOM + row(CSV_HEADER);
    const ownCells = recordOf(records);
    for (const page of groupByPage(records.map((r) => r.h), articles)) {
      const title = csvCell(page.title);
      for (const h of page.highlights) {
        yield ownCells(h);
        yield `,${title},${row([h.url, h.created, h.modified])}`;
      }
    }
  },
});

export function csvParts(highlights: readonly Highlight[], articles: readonly Article[] = []): Generator<string> {
  return layoutAll(csvLayout(), highlights, articles, new Date());
}

export function toCsv(highlights: readonly Highlight[], articles: readonly Article[] = []): string {
  return [...csvParts(highlights, articles)].join('');
}
