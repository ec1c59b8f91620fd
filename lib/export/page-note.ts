import { z } from 'zod';
import { highlight, isoDate } from '../model/highlight';

/**
 * The reader's note on a whole page (not on a passage), as stored, sent, exported and imported.
 * Its limits are the highlight note's (lib/model).
 */
export const pageNote = z.object({
  pageKey: highlight.shape.pageKey,
  note: highlight.shape.note,
  modified: isoDate,
});
export type PageNote = z.infer<typeof pageNote>;

/** Page key → its note, as the exports take them. */
export type PageNotes = ReadonlyMap<string, Pick<PageNote, 'note' | 'modified'>>;

export const notesByPage = (notes: readonly PageNote[]): Map<string, PageNote> => new Map(notes.map((n) => [n.pageKey, n]));
