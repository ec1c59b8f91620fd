import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BrieflightDB } from '@/lib/db';
import { allPageNotes, setPageNote } from '@/lib/db/page-notes';

export interface PageNotesState {
  /** Page key → the reader's note on that page. */
  notes: ReadonlyMap<string, string>;
  /** Saves a page's note as written (an empty one removes it); rejects when the database refused. */
  save(pageKey: string, note: string): Promise<void>;
  reload(): void;
}

/** Every page note, read once the library is open (one row per page the reader wrote about). */
export function usePageNotes(db: BrieflightDB, ready: boolean, onError: (e: unknown) => void): PageNotesState {
  const [notes, setNotes] = useState<ReadonlyMap<string, string>>(new Map());
  const reload = useCallback(() => {
    void allPageNotes(db).then((rows) => setNotes(new Map(rows.map((r) => [r.pageKey, r.note]))), onError);
  }, [db]);
  useEffect(() => {
    if (ready) reload();
  }, [ready, reload]);
  const save = async (pageKey: string, note: string) => {
    await setPageNote(db, pageKey, note);
    const next = new Map(notes);
    if (note) next.set(pageKey, note);
    else next.delete(pageKey);
    setNotes(next);
  };
  return { notes, save, reload };
}
