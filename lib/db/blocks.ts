/**
 * Where highlights written in bulk live from database version 5 on: in segments, each stored as
 * blocks of records, written once and never changed (as in an LSM tree).
 *
 * Why: Chromium's IndexedDB spends about 60 µs on every row it writes and 6 µs more on every index
 * entry, whatever the row holds. An import of 100,000 highlights as one row each took 11 s of
 * writing alone; the same highlights in 5,000 rows of about 20 take about 2 s.
 *
 * A segment (an import, or a compaction of highlights saved one at a time; see terms.ts) is:
 * - its blocks: the records of one page, up to BLOCK_SIZE per row (`pageKey` index: a page's
 *   highlights; `*ids` index: a highlight by id);
 * - its directory (the segments table): every id of the segment with its `created` time, in
 *   created order, so the library's order, count and date filter need no record;
 * - its posting lists in the terms table (words, colour, state, tags; see terms.ts).
 *
 * A highlight leaves its segment when it is edited, re-anchored, deleted, or replaced by an
 * import: a released row (`segment \u0000 id`) says its copy in the segment is dead. Edited
 * highlights then live as records of their own in the highlights table, which always wins over a
 * block. The live highlights of a segment are its directory less its released ids.
 */
import type { BrieflightDB } from './database';
import type { Highlight } from '../model/highlight';
import { pack, unpack, type PackedHighlight } from './record';

/** Up to this many highlights of one page per block: a look-up reads one or two blocks. */
export const BLOCK_SIZE = 64;

export interface BlockRow {
  /** `segment \u0000 number` */
  key: string;
  pageKey: string;
  /** The records' ids (a multi-entry index: which block holds an id). */
  ids: string[];
  records: PackedHighlight[];
}

/** A segment's directory: its ids in created order (then id order, as an index breaks ties). */
export interface SegmentRow {
  seg: string;
  ids: string[];
  created: string[];
  /** The number of the block holding each id (its key is `segment \u0000 number`). */
  blocks: number[];
}

/** A highlight's dead copy in a segment: `segment \u0000 id`. */
export interface ReleasedRow {
  key: string;
}

export const segOfKey = (key: string) => key.slice(0, key.indexOf('\u0000'));
export const releasedKey = (seg: string, id: string) => `${seg}\u0000${id}`;
export const blockKey = (seg: string, n: number) => `${seg}\u0000${n.toString(36).padStart(4, '0')}`;

/** Created order, then id order: the order of the created index. */
export const byCreated = (a: Pick<Highlight, 'created' | 'id'>, b: Pick<Highlight, 'created' | 'id'>) =>
  a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A segment's blocks and directory, built in memory. */
export function segmentRows(list: readonly Highlight[], seg: string): { blocks: BlockRow[]; directory: SegmentRow } {
  const byPage = new Map<string, PackedHighlight[]>();
  for (const h of list) {
    const records = byPage.get(h.pageKey);
    if (records) records.push(pack(h));
    else byPage.set(h.pageKey, [pack(h)]);
  }
  const blocks: BlockRow[] = [];
  const blockOf = new Map<string, number>();
  for (const [pageKey, records] of byPage) {
    for (let i = 0; i < records.length; i += BLOCK_SIZE) {
      const part = records.slice(i, i + BLOCK_SIZE);
      for (const r of part) blockOf.set(r.id, blocks.length);
      blocks.push({ key: blockKey(seg, blocks.length), pageKey, ids: part.map((r) => r.id), records: part });
    }
  }
  const sorted = [...list].sort(byCreated);
  const ids = sorted.map((h) => h.id);
  return { blocks, directory: { seg, ids, created: sorted.map((h) => h.created), blocks: ids.map((id) => blockOf.get(id)!) } };
}

/** Writes a new segment's blocks and directory (segmentRows; its posting lists are the caller's, see writeSegment). */
export async function writeBlocks(db: BrieflightDB, blocks: readonly BlockRow[], directory: SegmentRow, chunk = 1000): Promise<void> {
  const writes: Promise<unknown>[] = [db.segments.add(directory)];
  // Every request is made before any is awaited: the browser writes one chunk while the page serialises the next.
  for (let i = 0; i < blocks.length; i += chunk) writes.push(db.blocks.bulkAdd(blocks.slice(i, i + chunk)));
  await Promise.all(writes);
}

/** A highlight's copy in a segment. */
export interface Copy {
  seg: string;
  id: string;
}

/** A live highlight found in a segment: its copy, and what the copy holds. */
export interface InBlock extends Copy {
  h: Highlight;
}

/** The live copies in segments of these ids (those whose copy is released are left out). */
export async function findInBlocks(db: BrieflightDB, ids: readonly string[]): Promise<Map<string, InBlock>> {
  const out = new Map<string, InBlock>();
  if (!ids.length) return out;
  const wanted = [...new Set(ids)];
  // The blocks' keys first, an index look-up per id all asked at once, then each block once, along
  // with the released rows of those copies: Chromium answers `anyOf` over a multi-entry index by
  // stepping a cursor, about 5 ms an id.
  const keys = await Promise.all(wanted.map((id) => db.blocks.where('ids').equals(id).primaryKeys() as Promise<string[]>));
  const copies = wanted.flatMap((id, i) => keys[i]!.map((key) => ({ id, key, seg: segOfKey(key) })));
  // (No empty bulkGet: with no request to wait for, a transaction may commit under it.)
  if (!copies.length) return out;
  const [rows, dead] = await Promise.all([db.blocks.bulkGet([...new Set(copies.map((c) => c.key))]), db.released.bulkGet(copies.map((c) => releasedKey(c.seg, c.id)))]);
  const byKey = new Map(rows.filter((r): r is BlockRow => !!r).map((r) => [r.key, r]));
  copies.forEach(({ id, key, seg }, i) => {
    const record = byKey.get(key)?.records.find((r) => r.id === id);
    // Only one segment holds a live copy; should two, the newer segment's (names are time-ordered) wins.
    const other = out.get(id);
    if (record && !dead[i] && (!other || other.seg < seg)) out.set(id, { h: unpack(record), seg, id });
  });
  return out;
}

/** Marks copies in segments dead: the highlights now live elsewhere, or nowhere. */
export async function release(db: BrieflightDB, copies: Iterable<Copy>): Promise<void> {
  const rows = [...copies].map(({ seg, id }) => ({ key: releasedKey(seg, id) }));
  if (rows.length) await db.released.bulkPut(rows);
}

/** The live copies in segments of these ids, from the live segments (liveSegments) without a look-up per id. */
export function copiesIn(segments: ReadonlyMap<string, LiveSegment>, ids: readonly string[]): Copy[] {
  const out: Copy[] = [];
  for (const id of ids) for (const [seg, live] of segments) if (live.members.has(id)) out.push({ seg, id });
  return out;
}

/** A page's live highlights in segments. */
export async function pageInBlocks(db: BrieflightDB, pageKey: string): Promise<Highlight[]> {
  const rows = await db.blocks.where('pageKey').equals(pageKey).toArray();
  if (!rows.length) return [];
  const copies = rows.flatMap((row) => row.records.map((r) => ({ h: unpack(r), seg: segOfKey(row.key) })));
  const dead = await db.released.bulkGet(copies.map(({ h, seg }) => releasedKey(seg, h.id)));
  return copies.filter((_, i) => !dead[i]).map(({ h }) => h);
}

/** Every released key (few: the segments' highlights edited or deleted since). */
export async function releasedKeys(db: BrieflightDB): Promise<Set<string>> {
  return new Set((await db.released.toCollection().primaryKeys()) as string[]);
}

/**
 * Every live highlight in segments, block range by block range, each handed to `sink` as it is
 * read (all ranges are asked at once: the page decodes one while the database reads the next).
 */
export async function everyInBlocks(db: BrieflightDB, sink: (batch: Highlight[]) => void, ranges = 16): Promise<void> {
  const [keys, dead] = await Promise.all([db.blocks.toCollection().primaryKeys() as Promise<string[]>, releasedKeys(db)]);
  if (!keys.length) return;
  const step = Math.ceil(keys.length / ranges);
  const reads: Promise<void>[] = [];
  for (let i = 0; i < keys.length; i += step) {
    const last = keys[Math.min(i + step, keys.length) - 1]!;
    reads.push(
      db.blocks
        .where(':id')
        .between(keys[i]!, last, true, true)
        .toArray()
        .then((rows) => {
          const batch: Highlight[] = [];
          for (const row of rows) {
            const seg = segOfKey(row.key);
            for (const r of row.records) if (!dead.has(releasedKey(seg, r.id))) batch.push(unpack(r));
          }
          sink(batch);
        }),
    );
  }
  await Promise.all(reads);
}

/** A segment's live highlights, as its directory lists them (created order). */
export interface LiveSegment {
  /** The directory's every id, live or not: posting lists name them by their place here. */
  all: string[];
  ids: string[];
  created: string[];
  /** Each live id and the number of its block. */
  members: Map<string, number>;
}

/** Every segment's live ids, from the directories and the released rows (no block is read). */
export async function liveSegments(db: BrieflightDB): Promise<Map<string, LiveSegment>> {
  const [directories, dead] = await Promise.all([db.segments.toArray(), releasedKeys(db)]);
  const out = new Map<string, LiveSegment>();
  for (const { seg, ids, created, blocks } of directories) {
    const live: LiveSegment = { all: ids, ids: [], created: [], members: new Map() };
    ids.forEach((id, i) => {
      if (dead.size && dead.has(releasedKey(seg, id))) return;
      live.ids.push(id);
      live.created.push(created[i]!);
      live.members.set(id, blocks[i]!);
    });
    out.set(seg, live);
  }
  return out;
}

/**
 * Live highlights of segments by id, when the segments' live ids are known (liveSegments): the
 * directories name each id's block, so the blocks are read at once, with no look-up per id.
 * Ids in no segment are left out.
 */
export async function readLiveInBlocks(db: BrieflightDB, segments: ReadonlyMap<string, LiveSegment>, ids: readonly string[]): Promise<Map<string, Highlight>> {
  const wanted = new Map<string, string>();
  for (const id of ids) {
    for (const [seg, live] of segments) {
      const n = live.members.get(id);
      if (n === undefined) continue;
      wanted.set(id, blockKey(seg, n));
      break;
    }
  }
  const out = new Map<string, Highlight>();
  if (!wanted.size) return out;
  const rows = await db.blocks.bulkGet([...new Set(wanted.values())]);
  for (const row of rows) if (row) for (const r of row.records) if (wanted.get(r.id) === row.key) out.set(r.id, unpack(r));
  return out;
}
