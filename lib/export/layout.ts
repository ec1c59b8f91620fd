import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';

/** A highlight and its text in the file, formatted before its place in the file is known. */
export interface FormattedRecord {
  h: Highlight;
  text: string;
}

/**
 * An export format in two halves. `record` formats one highlight on its own: most of an export's
 * work, which the library does while the next records are still being read from the database
 * (reading 100,000 records leaves the page idle more than half the time). `file` lays the
 * formatted records out in the order given, with what surrounds them: header, page sections, footer.
 */
export interface ExportLayout {
  record(h: Highlight): string;
  file(records: readonly FormattedRecord[], articles: readonly Article[], now: Date): Generator<string>;
}

/** Formats every highlight now and lays out the file: the one-shot path. */
export function layoutAll(layout: ExportLayout, highlights: readonly Highlight[], articles: readonly Article[], now: Date): Generator<string> {
  return layout.file(highlights.map((h) => ({ h, text: layout.record(h) })), articles, now);
}

/** Each highlight's formatted text, for layouts that regroup records (by page) before writing them. */
export function textOf(records: readonly FormattedRecord[]): (h: Highlight) => string {
  const texts = new Map(records.map((r) => [r.h, r.text]));
  return (h) => texts.get(h)!;
}
