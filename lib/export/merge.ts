import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import type { ImportBatch } from './import';
import type { PageNote } from './page-note';

/**
 * What an import will do, decided before anything is written: a record whose id is new is added;
 * one we already have is updated only when the file's copy was modified later, so an old backup
 * never overwrites newer edits.
 */

/** Id (page key for articles) → the stored record's modified time (ISO 8601). */
export type KnownTimes = ReadonlyMap<string, string>;
/** What a look-up may answer: the known times, or the stored records themselves (missing ones left out or undefined). */
export type KnownRecords<T> = KnownTimes | readonly (T | undefined)[];
/** Either the known times, or a look-up the database answers for just the ids in the file (e.g. `bulkGet`). */
export type ExistingLookup<T = Highlight> = KnownTimes | ((ids: string[]) => Promise<KnownRecords<T>> | KnownRecords<T>);

export interface MergeSet<T> {
  add: T[];
  update: T[];
  skip: T[];
  /** Copies of a record the file held more than once (the newest copy counts; these are left out). */
  duplicates: number;
}

export interface ImportPlan extends MergeSet<Highlight> {
  articles: MergeSet<Article>;
  /** Notes on whole pages: the later note wins, as for highlights. */
  pageNotes: MergeSet<PageNote>;
  /** "added 3, updated 1, skipped 2" (highlights). */
  summary: string;
}

const time = (iso: string) => Date.parse(iso);

/** Keeps the newest copy when a file holds the same id twice. */
function newestById<T>(records: readonly T[], key: (r: T) => string, modified: (r: T) => string): T[] {
  const byId = new Map<string, T>();
  for (const r of records) {
    const seen = byId.get(key(r));
    if (!seen || time(modified(r)) > time(modified(seen))) byId.set(key(r), r);
  }
  return [...byId.values()];
}

async function plan<T>(records: readonly T[], lookup: ExistingLookup<T>, key: (r: T) => string, modified: (r: T) => string): Promise<MergeSet<T>> {
  const unique = newestById(records, key, modified);
  const answer = typeof lookup === 'function' ? await lookup(unique.map(key)) : lookup;
  const known: KnownTimes = Array.isArray(answer)
    ? new Map((answer as readonly (T | undefined)[]).filter((r): r is T => r !== undefined).map((r) => [key(r), modified(r)]))
    : (answer as KnownTimes);
  const set: MergeSet<T> = { add: [], update: [], skip: [], duplicates: records.length - unique.length };
  for (const r of unique) {
    const stored = known.get(key(r));
    if (stored === undefined) set.add.push(r);
    else if (time(modified(r)) > time(stored)) set.update.push(r);
    else set.skip.push(r);
  }
  return set;
}

export async function planImport(
  batch: ImportBatch,
  existingHighlights: ExistingLookup<Highlight>,
  existingArticles: ExistingLookup<Article> = new Map(),
  existingPageNotes: ExistingLookup<PageNote> = new Map(),
): Promise<ImportPlan> {
  const highlights = await plan(batch.highlights, existingHighlights, (h) => h.id, (h) => h.modified);
  // Articles have no edit time; the time the brief was computed says which copy is newer.
  const articles = await plan(batch.articles, existingArticles, (a) => a.pageKey, (a) => a.computed);
  const pageNotes = await plan(batch.pageNotes ?? [], existingPageNotes, (n) => n.pageKey, (n) => n.modified);
  return { ...highlights, articles, pageNotes, summary: importSummary(highlights) };
}

export function importSummary(set: MergeSet<unknown>): string {
  const counts = `added ${set.add.length}, updated ${set.update.length}, skipped ${set.skip.length}`;
  if (!set.duplicates) return counts;
  return `${counts}; ${set.duplicates} ${set.duplicates === 1 ? 'copy' : 'copies'} of a highlight the file holds twice left out (the newest copy kept)`;
}
