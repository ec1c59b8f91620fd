/**
 * How the highlights' own words (quote, note, tags) are indexed in database version 3, in two ways:
 *
 * - A highlight saved or edited one at a time has a row in the words table (`{ id, words }`, a
 *   multi-entry index): one more write in the save's transaction. The highlight's record stays
 *   the model's fields, so reading every record for an export does not read 20 words per record.
 * - A highlight written in bulk (an import, the upgrade to version 3) carries no words; it names its
 *   segment (`seg`, indexed) and the segment's posting lists hold its words: one row per word of
 *   the segment in the terms table, listing the ids of the segment's highlights that have it.
 *   IndexedDB writes an index entry per word per record (about 18 for a highlight, 1.8 million at
 *   100,000) at a cost that made an import take most of a minute; a segment of 100,000 highlights
 *   is a few thousand rows.
 *
 * Segments are written once and never changed. A highlight leaves its segment when it is edited
 * (it then gets a words row) or deleted; search therefore keeps, of a segment's posting
 * list, only the ids still in the segment (the `seg` index). The ids left behind cost space only.
 */
import type { BrieflightDB, TermRow, WordsRow } from './database';
import type { Highlight } from '../model/highlight';
import { ownWords } from '../search';
import { pack, readHighlights } from './record';

type Indexed = Pick<Highlight, 'id' | 'tags' | 'note' | 'text'>;

/** The row key of a word's posting list in a segment. Words hold only letters and digits, so `\u0000` separates. */
export const termKey = (word: string, seg: string) => `${word}\u0000${seg}`;

/** The segment a term row belongs to. */
export const segOfTermKey = (key: string) => key.slice(key.indexOf('\u0000') + 1);

/** The key range of one whole word's rows, or of every word starting with `prefix`. */
export function termRange(word: string, whole: boolean): [string, string] {
  return whole ? [`${word}\u0000`, `${word}\u0001`] : [word, `${word}\uffff`];
}

/** A new segment's name: time-ordered and unique enough for the writes of one profile. */
export function newSegment(now = Date.now()): string {
  return `${now.toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

/** Adds `item` to the list under `key`, starting the list if there is none. */
export function addTo<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/** A segment's posting rows, built in memory. */
export function termRowsOf(list: Iterable<Indexed>, seg: string, into = new Map<string, string[]>()): Map<string, string[]> {
  for (const h of list) for (const word of ownWords(h)) addTo(into, termKey(word, seg), h.id);
  return into;
}

/** The words row of a highlight written one at a time (the words table's multi-entry index). */
export function wordsRow(h: Highlight): WordsRow {
  return { id: h.id, words: ownWords(h) };
}

/**
 * Writes highlights as one new segment, in the caller's transaction (which must include the
 * highlights, words and terms tables): `add` are new (bulkAdd, so an existing id is an error), `put` replace
 * stored copies. Records are written in chunks of bounded requests.
 */
export async function writeSegment(db: BrieflightDB, add: readonly Highlight[], put: readonly Highlight[] = [], chunk = 5000): Promise<void> {
  if (!add.length && !put.length) return;
  const seg = newSegment();
  // Every request is made before any is awaited: the transaction still runs them in order, but the
  // browser writes one chunk while the page serialises the next, instead of taking turns.
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < add.length; i += chunk) writes.push(db.highlights.bulkAdd(add.slice(i, i + chunk).map((h) => pack(h, seg))));
  for (let i = 0; i < put.length; i += chunk) writes.push(db.highlights.bulkPut(put.slice(i, i + chunk).map((h) => pack(h, seg))));
  // A replaced highlight's words are now the segment's: its own words row, if it had one, goes.
  if (put.length) writes.push(db.words.bulkDelete(put.map((h) => h.id)));
  const rows = termRowsOf([...add, ...put], seg);
  writes.push(db.terms.bulkAdd([...rows].map(([key, ids]) => ({ key, ids }))));
  await Promise.all(writes);
}

/**
 * Ids of the highlights whose own words hold `word` (whole) or a word starting with it: from the
 * records' words index and from the segments' posting lists, each list kept to the ids still in
 * its segment (`members`).
 */
export async function idsOfWord(db: BrieflightDB, word: string, whole: boolean, members: (seg: string) => Promise<Set<string>> = (seg) => segmentMembers(db, seg)): Promise<Set<string>> {
  const own = whole ? db.words.where('words').equals(word) : db.words.where('words').startsWith(word);
  const [from, to] = termRange(word, whole);
  const [live, rows] = await Promise.all([own.primaryKeys() as Promise<string[]>, db.terms.where(':id').between(from, to, true, false).toArray()]);
  // (A set: the search tests every candidate against it, and one word's ids number in the tens of thousands.)
  const out = new Set(live);
  if (!rows.length) return out;
  const bySeg = new Map<string, TermRow[]>();
  for (const row of rows) addTo(bySeg, segOfTermKey(row.key), row);
  await Promise.all(
    [...bySeg].map(async ([seg, list]) => {
      const inSeg = await members(seg);
      for (const row of list) for (const id of row.ids) if (inSeg.has(id)) out.add(id);
    }),
  );
  return out;
}

/** The ids still in a segment (not edited or deleted since it was written). */
export async function segmentMembers(db: BrieflightDB, seg: string): Promise<Set<string>> {
  return new Set((await db.highlights.where('seg').equals(seg).primaryKeys()) as string[]);
}

/** Loose words rows from which compactWords folds them into segments. */
export const COMPACT_AT = 1000;

/**
 * Folds the words rows of highlights saved one at a time into posting-list segments (a compaction, as
 * in an LSM tree): each slice of `slice` highlights becomes one segment, written exactly as an import
 * writes updated highlights (writeSegment's `put`: the record names the segment, the words row goes).
 * Each slice is one transaction that reads the current records in it, so a highlight's words are never
 * lost and a save or edit made meanwhile (IndexedDB runs the transactions one after another) is kept:
 * an edit after the compaction takes the highlight out of the segment again, as for an imported one.
 * A slice of 5,000 holds the highlights and words tables for ~1.5 s in Chromium (a save waits that long
 * at worst), most of it deleting the rows' multi-entry index entries. Returns the number of words rows
 * folded in; nothing is done with fewer than `atLeast` of them. Segments are not merged with each other
 * (each compaction adds one per slice): fine for the 100,000 highlights the search is measured at.
 */
export async function compactWords(db: BrieflightDB, { atLeast = COMPACT_AT, slice = 5_000 } = {}): Promise<number> {
  if ((await db.words.count()) < atLeast) return 0;
  let folded = 0;
  for (;;) {
    const taken = await db.transaction('rw', db.highlights, db.words, db.terms, async () => {
      const ids = (await db.words.limit(slice).primaryKeys()) as string[];
      if (!ids.length) return 0;
      const records = await readHighlights(db, ids);
      // A words row without its highlight (none should exist) just goes.
      if (records.length < ids.length) {
        const have = new Set(records.map((h) => h.id));
        await db.words.bulkDelete(ids.filter((id) => !have.has(id)));
      }
      await writeSegment(db, [], records);
      return ids.length;
    });
    folded += taken;
    if (taken < slice) return folded;
  }
}
