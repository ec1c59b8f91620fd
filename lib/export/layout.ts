import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import type { PageNotes } from './pages';

/**
 * A highlight formatted on its own, before its place in the file is known: its `text` in the
 * file, or (in an ExportBuilder, which encodes each record as it is formatted) its UTF-8 `bytes`.
 */
export interface FormattedRecord {
  h: Highlight;
  text: string;
  bytes?: Uint8Array;
}

/** What a layout writes: text of its own (headers, separators), or a formatted record. */
export type FilePart = string | FormattedRecord;

/**
 * An export format in two halves. `record` formats one highlight on its own: most of an export's
 * work, which the library does while the next records are still being read from the database
 * (reading 100,000 records leaves the page idle much of the time). `file` lays the formatted
 * records out in the order given, with what surrounds them: header, page sections, footer.
 */
export interface ExportLayout {
  record(h: Highlight): string;
  /** `notes`: the reader's notes on whole pages, by page key. */
  file(records: readonly FormattedRecord[], articles: readonly Article[], now: Date, notes?: PageNotes): Generator<FilePart>;
}

/** A part of the file as text. */
export const textOf = (part: FilePart): string => (typeof part === 'string' ? part : part.text);

/** The file as text: every highlight formatted now, the layout's parts as strings. */
export function* layoutAll(layout: ExportLayout, highlights: readonly Highlight[], articles: readonly Article[], now: Date, notes?: PageNotes): Generator<string> {
  for (const part of layout.file(formatAll(layout, highlights), articles, now, notes)) yield textOf(part);
}

export function formatAll(layout: ExportLayout, highlights: readonly Highlight[]): FormattedRecord[] {
  return highlights.map((h) => ({ h, text: layout.record(h) }));
}

/** Each highlight's formatted record, for layouts that regroup records (by page) before writing them. */
export function recordOf(records: readonly FormattedRecord[]): (h: Highlight) => FormattedRecord {
  const byHighlight = new Map(records.map((r) => [r.h, r]));
  return (h) => byHighlight.get(h)!;
}
