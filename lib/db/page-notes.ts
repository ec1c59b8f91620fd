/** The reader's note on a whole page (not on a passage), one per page key, in its own table (version 6). */
import type { BrieflightDB } from './database';
import type { PageNote } from '../export/page-note';

export type { PageNote } from '../export/page-note';

export async function getPageNote(db: BrieflightDB, pageKey: string): Promise<PageNote | null> {
  return (await db.pageNotes.get(pageKey)) ?? null;
}

/** Saves the note exactly as written (line breaks, spaces); an empty note removes it. */
export async function setPageNote(db: BrieflightDB, pageKey: string, note: string, now = new Date()): Promise<PageNote | null> {
  if (!note) {
    await db.pageNotes.delete(pageKey);
    return null;
  }
  const row: PageNote = { pageKey, note, modified: now.toISOString() };
  await db.pageNotes.put(row);
  return row;
}

/** Every page note, for the library and its exports (few: one per page the reader wrote about). */
export async function allPageNotes(db: BrieflightDB): Promise<PageNote[]> {
  return db.pageNotes.toArray();
}
