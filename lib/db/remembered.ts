/**
 * What the library remembers between queries until the next write: the ids in created order, the
 * page row of every highlight, the live highlights of each segment (blocks.ts). Reading these costs more
 * than the rest of a search at 100,000 highlights, and they change only when highlights are
 * written. Dexie announces every committed write, from this page or any other context of the
 * extension (the background saving a highlight), through its `storagemutated` event.
 */
import Dexie from 'dexie';
import type { BrieflightDB } from './database';
import { byCreated, liveSegments, type LiveSegment } from './blocks';

let writes = 0;
let listening = false;

/** How many writes have been seen: a remembered answer is good while this has not changed. */
export function writeCount(): number {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', () => void writes++);
  }
  return writes;
}

/**
 * Answers remembered per database and key until the next write; a failed one is forgotten, and
 * beyond `limit` keys the one remembered longest ago goes.
 */
export class UntilWrite<T> {
  private readonly byDb = new WeakMap<BrieflightDB, Map<string, { writes: number; value: Promise<T> }>>();

  constructor(private readonly limit = Infinity) {}

  get(db: BrieflightDB, key: string, compute: () => Promise<T>): Promise<T> {
    const writes = writeCount();
    let known = this.byDb.get(db);
    if (!known) this.byDb.set(db, (known = new Map()));
    const hit = known.get(key);
    if (hit && hit.writes === writes) return hit.value;
    // Computed outside the caller's transaction: the answer outlives it, and a later caller in
    // another transaction awaits it. Bound to the first caller's, its reads would fail once that
    // transaction had committed ("the transaction has finished").
    const entry = { writes, value: Dexie.ignoreTransaction(compute) };
    known.delete(key);
    known.set(key, entry);
    if (known.size > this.limit) known.delete(known.keys().next().value!);
    entry.value.catch(() => known.get(key) === entry && known.delete(key));
    return entry.value;
  }

  forget(db: BrieflightDB): void {
    this.byDb.delete(db);
  }
}

/**
 * Every id in `created` order (then id order, as the created index breaks ties), remembered between
 * queries: reading 100,000 keys costs more than the rest of a search. The highlights saved one at a
 * time come from the created index (few: compaction moves them to segments); the segments' from
 * their directories, which are already in created order, so the lists are merged, not sorted.
 */
const createdOrder = new UntilWrite<string[]>();

export function idsInCreatedOrder(db: BrieflightDB): Promise<string[]> {
  return createdOrder.get(db, '', async () => {
    const created = db.highlights.orderBy('created');
    const [segments, ownIds] = await Promise.all([segmentsOf(db), created.primaryKeys() as Promise<string[]>]);
    const lists = [...segments.values()].filter((s) => s.ids.length);
    // Ascending getAllKeys is one native call: alone, the own records need nothing more.
    if (!lists.length) return ownIds;
    const ownCreated = ownIds.length ? ((await created.keys()) as string[]) : [];
    return mergeByCreated([{ ids: ownIds, created: ownCreated }, ...lists]);
  });
}

/** Merges lists each in created order into one, pairwise (few lists: a segment per import or compaction). */
export function mergeByCreated(lists: Pick<LiveSegment, 'ids' | 'created'>[]): string[] {
  let merged = lists;
  while (merged.length > 1) {
    const next: Pick<LiveSegment, 'ids' | 'created'>[] = [];
    for (let i = 0; i < merged.length; i += 2) next.push(i + 1 < merged.length ? mergeTwo(merged[i]!, merged[i + 1]!) : merged[i]!);
    merged = next;
  }
  return merged[0]?.ids ?? [];
}

function mergeTwo(a: Pick<LiveSegment, 'ids' | 'created'>, b: Pick<LiveSegment, 'ids' | 'created'>): Pick<LiveSegment, 'ids' | 'created'> {
  const ids: string[] = [];
  const created: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const takeA = j >= b.ids.length || (i < a.ids.length && byCreated({ created: a.created[i]!, id: a.ids[i]! }, { created: b.created[j]!, id: b.ids[j]! }) <= 0);
    if (takeA) {
      ids.push(a.ids[i]!);
      created.push(a.created[i++]!);
    } else {
      ids.push(b.ids[j]!);
      created.push(b.created[j++]!);
    }
  }
  return { ids, created };
}

/**
 * Which page row each highlight is in, from the pages table, remembered until the next write like
 * the created order. A word found in 2,000 page titles then allows their 40,000 highlights by a
 * look-up of each candidate's row, without listing them.
 */
export interface PageIndex {
  rowOf: Map<string, number>;
  rowNo: Map<string, number>;
  sizes: number[];
}

const pageIndexes = new UntilWrite<PageIndex>();

export function pageIndex(db: BrieflightDB): Promise<PageIndex> {
  return pageIndexes.get(db, '', () =>
    db.pages.toArray().then((rows) => {
      const out: PageIndex = { rowOf: new Map(), rowNo: new Map(), sizes: [] };
      rows.forEach((row, n) => {
        out.rowNo.set(row.key, n);
        out.sizes.push(row.ids.length);
        for (const id of row.ids) out.rowOf.set(id, n);
      });
      return out;
    }),
  );
}

/**
 * Every segment's live highlights (see blocks.ts), remembered until the next write like the
 * created order: a property of the stored data, not of the search typed.
 */
const segments = new UntilWrite<Map<string, LiveSegment>>();

export function segmentsOf(db: BrieflightDB): Promise<Map<string, LiveSegment>> {
  return segments.get(db, '', () => liveSegments(db));
}
