/**
 * How the highlights' own words (quote, note, tags) are indexed, in two ways:
 *
 * - A highlight saved or edited one at a time has a row in the words table (`{ id, words }`, a
 *   multi-entry index): one more write in the save's transaction.
 * - A highlight written in bulk (an import, a compaction) is in a segment (see blocks.ts), and the
 *   segment's posting lists hold its words: one row per word of the segment in the terms table,
 *   listing the ids of the segment's highlights that have it. IndexedDB writes an index entry per
 *   word per record (about 18 for a highlight, 1.8 million at 100,000) at a cost that made an
 *   import take most of a minute; a segment of 100,000 highlights is a few thousand rows. Its
 *   colours, states and tags are posting lists too (facet words: `\u0001color\u0001yellow`), as
 *   its records in blocks have no index of their own for them.
 *
 * Segments are written once and never changed. A highlight leaves its segment when it is edited
 * (it then gets a record and a words row of its own) or deleted; search therefore keeps, of a
 * segment's posting list, only the ids still live in the segment. The ids left behind cost space only.
 */
import type { BrieflightDB, TermRow, WordsRow } from './database';
import { highlightTables } from './tables';
import type { Highlight } from '../model/highlight';
import { ownWords } from '../search';
import { unpack } from './record';
import { copiesIn, liveSegments, release, segmentRows, writeBlocks, type LiveSegment } from './blocks';
import { segmentsOf } from './remembered';

type Indexed = Pick<Highlight, 'id' | 'tags' | 'note' | 'text' | 'color' | 'state'>;

/** What a facet word names: a colour, an anchoring state, a tag. */
export type Facet = 'color' | 'state' | 'tag';

/** The posting-list word of a facet value. Real words hold only letters and digits, so `\u0001` cannot clash. */
export const facetWord = (facet: Facet, value: string) => `\u0001${facet}\u0001${value}`;

/** A highlight's facet words. */
export const facetWords = (h: Pick<Highlight, 'color' | 'state' | 'tags'>) => [facetWord('color', h.color), facetWord('state', h.state), ...h.tags.map((t) => facetWord('tag', t))];

/** The row key of a word's posting list in a segment. Words hold only letters and digits, so `\u0000` separates. */
export const termKey = (word: string, seg: string) => `${word}\u0000${seg}`;

/** The segment a term row belongs to. */
export const segOfTermKey = (key: string) => key.slice(key.lastIndexOf('\u0000') + 1);

/** The word of a term row's key. */
export const wordOfTermKey = (key: string) => key.slice(0, key.lastIndexOf('\u0000'));

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

/** A segment's posting rows (words, and facets unless `facets` is false), built in memory. */
export function termRowsOf(list: Iterable<Indexed>, seg: string, into = new Map<string, string[]>(), facets = true): Map<string, string[]> {
  for (const h of list) {
    for (const word of ownWords(h)) addTo(into, termKey(word, seg), h.id);
    if (facets) for (const word of facetWords(h)) addTo(into, termKey(word, seg), h.id);
  }
  return into;
}

/** The words row of a highlight written one at a time (the words table's multi-entry index). */
export function wordsRow(h: Highlight): WordsRow {
  return { id: h.id, words: ownWords(h) };
}

/**
 * Writes highlights as one new segment (blocks, directory, posting lists), in the caller's
 * transaction (which must hold highlightTables): `add` are new, `replace` take the place of stored
 * copies, which go from wherever they are (a record of their own and its words row, or a copy in
 * an older segment). `segments` are the live segments as read in this transaction (liveSegments).
 */
export async function writeSegment(db: BrieflightDB, add: readonly Highlight[], replace: readonly Highlight[], segments: ReadonlyMap<string, LiveSegment>): Promise<void> {
  if (!add.length && !replace.length) return;
  const seg = newSegment();
  if (replace.length) {
    const ids = replace.map((h) => h.id);
    await Promise.all([db.highlights.bulkDelete(ids), db.words.bulkDelete(ids), release(db, copiesIn(segments, ids))]);
  }
  const all = [...add, ...replace];
  const { blocks, directory } = segmentRows(all, seg);
  // Posting lists as ordinals into the directory: a typed array reads back as one copy, where
  // tens of thousands of id strings each cost the page an allocation and a hash.
  const ordinal = new Map(directory.ids.map((id, i) => [id, i]));
  const rows = [...termRowsOf(all, seg)].map(([key, ids]) => ({ key, at: Uint32Array.from(ids, (id) => ordinal.get(id)!) }));
  await Promise.all([writeBlocks(db, blocks, directory), db.terms.bulkAdd(rows)]);
}

/**
 * Ids of the highlights whose own words hold `word` (whole) or a word starting with it: from the
 * records' words index and from the segments' posting lists, each list kept to the ids still live
 * in its segment.
 */
export async function idsOfWord(db: BrieflightDB, word: string, whole: boolean): Promise<Set<string>> {
  const own = whole ? db.words.where('words').equals(word) : db.words.where('words').startsWith(word);
  const [live, out] = await Promise.all([own.primaryKeys() as Promise<string[]>, idsInSegments(db, word, whole)]);
  for (const id of live) out.add(id);
  return out;
}

/** The ids a posting row lists that are still live in its segment, handed to `use`. */
function eachLive(row: TermRow, live: LiveSegment, use: (id: string) => void): void {
  if (row.at) {
    // Ordinals into the directory: its own strings, whose hashes the members' map already knows.
    for (const o of row.at) {
      const id = live.all[o]!;
      if (live.members.has(id)) use(id);
    }
  } else for (const id of row.ids ?? []) if (live.members.has(id)) use(id);
}

/** The segments' live highlights with `word` (whole) or a word starting with it, from the posting lists. */
export async function idsInSegments(db: BrieflightDB, word: string, whole: boolean): Promise<Set<string>> {
  const [from, to] = termRange(word, whole);
  const [rows, segments] = await Promise.all([db.terms.where(':id').between(from, to, true, false).toArray(), segmentsOf(db)]);
  // (A set: the search tests every candidate against it, and one word's ids number in the tens of thousands.)
  const out = new Set<string>();
  const add = (id: string) => void out.add(id);
  for (const row of rows) {
    const live = segments.get(segOfTermKey(row.key));
    if (live) eachLive(row, live, add);
  }
  return out;
}

/**
 * The values of a facet the segments' live highlights have: each posting list of the facet is
 * kept when one of its ids is still live in its segment.
 */
export async function facetValuesInSegments(db: BrieflightDB, facet: Facet): Promise<string[]> {
  const prefix = facetWord(facet, '');
  const [rows, segments] = await Promise.all([db.terms.where(':id').between(prefix, `${prefix}\uffff`, true, true).toArray(), segmentsOf(db)]);
  const values = new Set<string>();
  for (const row of rows) {
    const live = segments.get(segOfTermKey(row.key));
    let any = false;
    if (live) eachLive(row, live, () => (any = true));
    if (any) values.add(wordOfTermKey(row.key).slice(prefix.length));
  }
  return [...values];
}

/** Highlights saved one at a time from which compactWords folds them into segments. */
export const COMPACT_AT = 1000;

/**
 * Folds the highlights saved one at a time (records of their own, with a words row) into segments
 * (a compaction, as in an LSM tree): each slice of `slice` highlights, taken in page order so a
 * page's highlights share a block, becomes one segment, written exactly as an import writes
 * updated highlights (writeSegment's `replace`: the record and its words row go, the segment holds
 * the highlight). The highlights table then stays small, which keeps the library's created order
 * cheap to read (see remembered.ts). Each slice is one transaction that reads the current records
 * in it, so a highlight is never lost and a save or edit made meanwhile (IndexedDB runs the
 * transactions one after another) is kept: an edit after the compaction takes the highlight out of
 * the segment again, as for an imported one. A slice of 5,000 holds the tables for about a second
 * in Chromium (a save waits that long at worst), most of it deleting the records' index entries.
 * Returns the number of highlights folded in; nothing is done with fewer than `atLeast` of them.
 * Segments are not merged with each other (each compaction adds one per slice): fine for the
 * 100,000 highlights the search is measured at.
 */
export async function compactWords(db: BrieflightDB, { atLeast = COMPACT_AT, slice = 5_000 } = {}): Promise<number> {
  if ((await db.highlights.count()) < atLeast) return 0;
  let folded = 0;
  for (;;) {
    const taken = await db.transaction('rw', highlightTables(db), async () => {
      const records = (await db.highlights.orderBy('pageKey').limit(slice).toArray()).map(unpack);
      if (records.length) await writeSegment(db, [], records, await liveSegments(db));
      if (records.length < slice) {
        // The last slice: words rows left without their highlight (none should exist) go too.
        const own = new Set((await db.highlights.toCollection().primaryKeys()) as string[]);
        const loose = ((await db.words.toCollection().primaryKeys()) as string[]).filter((id) => !own.has(id));
        if (loose.length) await db.words.bulkDelete(loose);
      }
      return records.length;
    });
    folded += taken;
    if (taken < slice) return folded;
  }
}
