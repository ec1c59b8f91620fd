import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import { groupByPage, type PageNotes } from './pages';
import { layoutAll, recordOf, type ExportLayout } from './layout';
import { passageLink } from './passage-link';

/**
 * CSV for spreadsheet programs (RFC 4180).
 * - UTF-8 with a byte order mark: without it Excel reads the file as the local code page and Vietnamese breaks.
 * - CRLF line ends; a field is quoted when it holds a comma, a quote, CR or LF, and quotes are doubled.
 * - Formula injection: a cell starting with = + - @ (or TAB / CR, which some programs skip before them)
 *   would run as a formula when opened, so such cells get a leading apostrophe ('), which spreadsheets
 *   show as text. The apostrophe stays in the data: "-5% growth" is exported as "'-5% growth".
 * - Dates a spreadsheet reads as dates: local time as `YYYY-MM-DD HH:MM:SS` (Created, Modified),
 *   and the instant in ISO 8601 UTC for tools (Created UTC, Modified UTC).
 * - Column names are English and stable (tools address columns by name); new columns only ever
 *   join, none is renamed. `id` lets a later export be merged with this one.
 */

export const CSV_BOM = '\uFEFF';
export const CSV_HEADER = ['id', 'Quote', 'Note', 'Tags', 'Colour', 'Page title', 'URL', 'Passage link', 'Created', 'Modified', 'Created UTC', 'Modified UTC', 'Page note'] as const;

const two = (n: number) => String(n).padStart(2, '0');

/** A time as a spreadsheet reads a date and time (in the exporting computer's time zone); an unreadable one as written. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** Already the form toISOString writes: nothing to convert (most dates; an export has 200,000). */
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** The instant in UTC (`…Z`); an unreadable one as written. */
const utc = (iso: string) => {
  if (ISO_UTC.test(iso)) return iso;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString();
};

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
 * Rows grouped by page (in the order given), one row per highlight. A row's first cells (id, quote,
 * note, tags, colour) are the highlight's own and formatted on their own; the page title and note
 * come from the page's group (its article's title when known), so they are added when the file is laid out.
 */
export const csvLayout = (): ExportLayout => ({
  record: (h) => [h.id, h.text, h.note, h.tags.join(', '), h.color].map(csvCell).join(','),
  *file(records, articles, _now, notes) {
    yield CSV_BOM + row(CSV_HEADER);
    const ownCells = recordOf(records);
    for (const page of groupByPage(records.map((r) => r.h), articles, notes)) {
      const title = csvCell(page.title);
      const note = csvCell(page.note ?? '');
      for (const h of page.highlights) {
        yield ownCells(h);
        const created = localDateTime(h.created);
        const modified = h.modified === h.created ? created : localDateTime(h.modified);
        yield `,${title},${[h.url, passageLink(h) ?? '', created, modified, utc(h.created), utc(h.modified)].map(csvCell).join(',')},${note}\r\n`;
      }
    }
  },
});

export function csvParts(highlights: readonly Highlight[], articles: readonly Article[] = [], notes?: PageNotes): Generator<string> {
  return layoutAll(csvLayout(), highlights, articles, new Date(), notes);
}

export function toCsv(highlights: readonly Highlight[], articles: readonly Article[] = [], notes?: PageNotes): string {
  return [...csvParts(highlights, articles, notes)].join('');
}
