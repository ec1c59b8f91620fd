/** The library's writes: an all-or-nothing import, and edits and deletes of many highlights that can be undone. */
import { highlightTables, type BrieflightDB } from './database';
import type { Highlight, HighlightChanges } from '../model/highlight';
import type { Article } from '../model/article';
import { planImport, type ImportBatch, type KnownTimes } from '../export';
import { applyChanges, deleteHighlights, restoreHighlights } from './highlights';
import { unpack } from './record';
import { readHighlights } from './locate';
import { liveSegments, readLiveInBlocks } from './blocks';
import { syncPages } from './pages';
import { writeSegment } from './terms';

export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
  /** Copies of a highlight the file held more than once, left out (the newest copy counts). */
  duplicates: number;
  /** "added 3, updated 1, skipped 2" */
  summary: string;
}

/**
 * Writes a validated import in ONE transaction: new ids are added, records the file holds a newer
 * copy of are replaced, the rest are skipped. If anything fails (a full disk, a closed database),
 * the transaction aborts and nothing of the file is written.
 */
export async function applyImport(db: BrieflightDB, batch: ImportBatch): Promise<ImportResult> {
  return db.transaction('rw', [...highlightTables(db), db.articles, db.pageNotes], async () => {
    // The live segments, read here, in this transaction, not remembered: a remembered answer may
    // come from another transaction, and waiting for it would let this one commit with nothing
    // written. They say which ids are stored in segments and in which block, so even a file of
    // 100,000 highlights already present is read block by block, without a look-up per id.
    const [own, segments] = await Promise.all([db.highlights.toCollection().primaryKeys() as Promise<string[]>, liveSegments(db)]);
    const ownIds = new Set(own);
    const stored = async (ids: readonly string[]): Promise<Highlight[]> => {
      const records = await db.highlights.bulkGet(ids.filter((id) => ownIds.has(id)));
      const inBlocks = await readLiveInBlocks(db, segments, ids.filter((id) => !ownIds.has(id)));
      return [...records.filter((r) => !!r).map((r) => unpack(r!)), ...inBlocks.values()];
    };
    // Which ids exist is asked of the keys alone; only those highlights are read, for their
    // `modified` time. Importing into an empty library then reads no highlight at all.
    const highlightTimes = async (ids: string[]): Promise<KnownTimes> => new Map((await stored(ids)).map((h) => [h.id, h.modified]));
    const articleTimes = async (keys: string[]): Promise<KnownTimes> => {
      const present = new Set((await db.articles.toCollection().primaryKeys()) as string[]);
      const found = await db.articles.bulkGet(keys.filter((k) => present.has(k)));
      return new Map(found.filter((a): a is Article => !!a).map((a) => [a.pageKey, a.computed]));
    };
    const pageNoteTimes = async (keys: string[]): Promise<KnownTimes> =>
      new Map((await db.pageNotes.bulkGet(keys)).filter((n) => !!n).map((n) => [n!.pageKey, n!.modified]));
    const plan = await planImport(batch, highlightTimes, articleTimes, pageNoteTimes);
    // An updated highlight may carry another title or URL than the stored copy: it changes page row.
    const replaced = plan.update.length ? await stored(plan.update.map((h) => h.id)) : [];
    // The file's highlights become one segment (blocks.ts): about 20 highlights a row, their words
    // in posting lists (a few thousand rows for 100,000 highlights), no index entry per record.
    // Page rows are built in memory and written once per page. The tables' writes are made all at
    // once (each store's in order), so the browser is never idle waiting for the page to ask.
    await Promise.all([
      writeSegment(db, plan.add, plan.update, segments),
      syncPages(db, replaced, [...plan.add, ...plan.update]),
      db.articles.bulkAdd(plan.articles.add),
      db.articles.bulkPut(plan.articles.update),
      db.pageNotes.bulkPut([...plan.pageNotes.add, ...plan.pageNotes.update]),
      // An updated highlight comes with its own state: a state row from an earlier visit goes.
      plan.update.length ? db.states.bulkDelete(plan.update.map((h) => h.id)) : undefined,
    ]);
    return { added: plan.add.length, updated: plan.update.length, skipped: plan.skip.length, duplicates: plan.duplicates, summary: plan.summary };
  });
}

/** What a change replaced, so Undo can put it back. */
export interface UndoRecord {
  /** The highlights as they were before the change (deleted ones included). */
  before: Highlight[];
  /** Ids the change created or touched; Undo of an edit puts `before` back over them. */
  ids: string[];
}

/** Applies the same changes (colour, note, tags) to every listed highlight, in one transaction. */
export async function updateMany(
  db: BrieflightDB,
  ids: readonly string[],
  changes: HighlightChanges,
  now = new Date(),
): Promise<{ updated: Highlight[]; undo: UndoRecord }> {
  return db.transaction('rw', highlightTables(db), async () => {
    const before = await readHighlights(db, ids);
    const updated: Highlight[] = [];
    for (const h of before) {
      const next = await applyChanges(db, h.id, changes, now);
      if (next) updated.push(next);
    }
    return { updated, undo: { before, ids: before.map((h) => h.id) } };
  });
}

/** Deletes the listed highlights in one transaction; the undo record holds them. */
export async function deleteMany(db: BrieflightDB, ids: readonly string[]): Promise<UndoRecord> {
  const before = await deleteHighlights(db, [...ids]);
  return { before, ids: before.map((h) => h.id) };
}

/** Puts back what a change replaced or deleted, exactly as it was (times included). */
export async function undoChange(db: BrieflightDB, undo: UndoRecord): Promise<number> {
  return restoreHighlights(db, undo.before);
}
