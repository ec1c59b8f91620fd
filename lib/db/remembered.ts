/**
 * What the library remembers between queries until the next write: the ids in created order, the
 * page row of every highlight, the members of each bulk-written segment. Reading these costs more
 * than the rest of a search at 100,000 highlights, and they change only when highlights are
 * written. Dexie announces every committed write, from this page or any other context of the
 * extension (the background saving a highlight), through its `storagemutated` event.
 */
import Dexie from 'dexie';
import type { BrieflightDB } from './database';
import { segmentMembers } from './terms';

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
 * Every id in `created` order, remembered between queries: reading 100,000 keys costs more than
 * the rest of a search.
 */
const createdOrder = new WeakMap<BrieflightDB, { writes: number; ids: Promise<string[]> }>();

export function idsInCreatedOrder(db: BrieflightDB): Promise<string[]> {
  const seenWrites = writeCount();
  const known = createdOrder.get(db);
  if (known && known.writes === seenWrites) return known.ids;
  // Ascending getAllKeys is one native call; a reverse cursor would step 100,000 times.
  const ids = db.highlights.orderBy('created').primaryKeys() as Promise<string[]>;
  createdOrder.set(db, { writes: seenWrites, ids });
  ids.catch(() => createdOrder.delete(db));
  return ids;
}

export function hasFreshOrder(db: BrieflightDB): boolean {
  return createdOrder.get(db)?.writes === writeCount();
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

const pageIndexes = new WeakMap<BrieflightDB, { writes: number; index: Promise<PageIndex> }>();

export function pageIndex(db: BrieflightDB): Promise<PageIndex> {
  const writes = writeCount();
  const known = pageIndexes.get(db);
  if (known && known.writes === writes) return known.index;
  const index = db.pages.toArray().then((rows) => {
    const out: PageIndex = { rowOf: new Map(), rowNo: new Map(), sizes: [] };
    rows.forEach((row, n) => {
      out.rowNo.set(row.key, n);
      out.sizes.push(row.ids.length);
      for (const id of row.ids) out.rowOf.set(id, n);
    });
    return out;
  });
  pageIndexes.set(db, { writes, index });
  index.catch(() => pageIndexes.delete(db));
  return index;
}

/**
 * The ids still in a bulk-written segment (see terms.ts), remembered until the next write like the
 * created order: a property of the stored data, not of the search typed.
 */
const segMembers = new WeakMap<BrieflightDB, Map<string, { writes: number; ids: Promise<Set<string>> }>>();

export function membersOf(db: BrieflightDB, seg: string): Promise<Set<string>> {
  const writes = writeCount();
  let cache = segMembers.get(db);
  if (!cache) segMembers.set(db, (cache = new Map()));
  const known = cache.get(seg);
  if (known && known.writes === writes) return known.ids;
  const ids = segmentMembers(db, seg);
  cache.set(seg, { writes, ids });
  ids.catch(() => cache.delete(seg));
  return ids;
}
