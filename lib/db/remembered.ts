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
    const entry = { writes, value: compute() };
    known.delete(key);
    known.set(key, entry);
    if (known.size > this.limit) known.delete(known.keys().next().value!);
    entry.value.catch(() => known.get(key) === entry && known.delete(key));
    return entry.value;
  }

  isFresh(db: BrieflightDB, key: string): boolean {
    return this.byDb.get(db)?.get(key)?.writes === writeCount();
  }

  forget(db: BrieflightDB): void {
    this.byDb.delete(db);
  }
}

/**
 * Every id in `created` order, remembered between queries: reading 100,000 keys costs more than
 * the rest of a search.
 */
const createdOrder = new UntilWrite<string[]>();

export function idsInCreatedOrder(db: BrieflightDB): Promise<string[]> {
  // Ascending getAllKeys is one native call; a reverse cursor would step 100,000 times.
  return createdOrder.get(db, '', () => db.highlights.orderBy('created').primaryKeys() as Promise<string[]>);
}

export function hasFreshOrder(db: BrieflightDB): boolean {
  return createdOrder.isFresh(db, '');
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
 * The ids still in a bulk-written segment (see terms.ts), remembered until the next write like the
 * created order: a property of the stored data, not of the search typed.
 */
const segMembers = new UntilWrite<Set<string>>();

export function membersOf(db: BrieflightDB, seg: string): Promise<Set<string>> {
  return segMembers.get(db, seg, () => segmentMembers(db, seg));
}
