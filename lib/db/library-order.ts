/** The orders the library lists highlights in: newest, oldest, by page title, and reading order within a page. */
import type { Highlight } from '../model/highlight';
import type { BrieflightDB } from './database';
import { UntilWrite } from './remembered';

export const LIBRARY_SORTS = ['newest', 'oldest', 'page', 'reading'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** What ordering by page needs of a highlight. */
type Place = Pick<Highlight, 'id' | 'pageKey' | 'title'> & { start: number };

/** Where a highlight stands on its page: its TextPosition start, then its id so ties are stable. */
const byReadingOrder = (a: Place, b: Place) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * `newestFirst` (ids as the library's queries give them) in the asked order. Pages for `reading`
 * come in the order of their newest highlight; for `page` by title (then address, so two pages of
 * one title stay apart). Within a page, highlights follow the text.
 */
export function orderPlaces(newestFirst: readonly Place[], sort: Exclude<LibrarySort, 'newest' | 'oldest'>): string[] {
  const pages = new Map<string, Place[]>();
  for (const p of newestFirst) {
    const list = pages.get(p.pageKey);
    if (list) list.push(p);
    else pages.set(p.pageKey, [p]);
  }
  const groups = [...pages.values()];
  if (sort === 'page') groups.sort((a, b) => a[0]!.title.localeCompare(b[0]!.title) || a[0]!.pageKey.localeCompare(b[0]!.pageKey));
  return groups.flatMap((g) => g.sort(byReadingOrder).map((p) => p.id));
}

const ordered = new UntilWrite<string[]>(2);

/**
 * The ids in the asked order. Newest and oldest need the ids alone; the page orders read the
 * highlights (in slices, so a big library never sits in memory at once), remembered until a write.
 */
export function inOrder(
  db: BrieflightDB,
  key: string,
  newestFirst: readonly string[],
  sort: LibrarySort,
  read: (ids: readonly string[]) => Promise<Highlight[]>,
): Promise<string[]> {
  if (sort === 'newest') return Promise.resolve([...newestFirst]);
  if (sort === 'oldest') return Promise.resolve([...newestFirst].reverse());
  return ordered.get(db, `${sort}\u0000${key}`, async () => {
    const places: Place[] = [];
    for (let i = 0; i < newestFirst.length; i += 5000) {
      for (const h of await read(newestFirst.slice(i, i + 5000))) places.push({ id: h.id, pageKey: h.pageKey, title: h.title, start: h.selectors.position.start });
    }
    return orderPlaces(places, sort);
  });
}
