/**
 * The library page's queries over every highlight.
 *
 * Why the library page opens the database itself: it is an extension page in the extension's own
 * origin, so `openDatabase()` there opens the very database the background owns. Searching,
 * exporting and importing 100,000 highlights through message passing would copy every record
 * through JSON serialisation, and an all-or-nothing import must be ONE IndexedDB transaction,
 * which only a direct connection can hold. Content scripts never come here: they belong to the web
 * page's origin and use messages (see ARCHITECTURE.md).
 *
 * How a query stays fast at 100,000 highlights: every criterion (each query word of two letters or
 * more, colour, tag, site, orphan state, date range) is answered from an index, without reading a
 * highlight: a word from the highlights' own words (the words table, or a segment's posting lists
 * for imported highlights; see terms.ts) and from the page titles and sites (the pages table,
 * whose rows list their highlights), the site from the pages table, the rest from the highlights'
 * indexes and, for highlights in segments (blocks.ts), from the segments' facet posting lists and
 * directories. The ids in `created` order, remembered until the next write, are then walked newest
 * first and kept when every criterion allows them (the most selective tested first). Only the
 * rows of the asked page are read. A one-letter word still being typed ("giai n") is the
 * exception: every highlight has a word starting with "n", so the candidates' records are read to
 * check it (the library page waits for the next key instead; see components/library/filter-query.ts).
 */
import type { BrieflightDB } from './database';
import type { Color, Highlight } from '../model/highlight';
import { matchesQuery, queryWords } from '../search';
import { unpack } from './record';
import { readLiveInBlocks } from './blocks';
import { siteName } from '../url/page-key';
import { facetValuesInSegments, facetWord, idsInSegments, idsOfWord, type Facet } from './terms';
import { idsInCreatedOrder, pageIndex, segmentsOf, UntilWrite, type PageIndex } from './remembered';
import { inOrder, type LibrarySort } from './library-order';
import { rememberedStates, withStatesFrom } from './states';

export interface LibraryFilters {
  /**
   * Words typed in the search box, looked for in quote, note, tags, page title and site: a finished
   * word must be a whole word there, the word still being typed the start of one (see searchTerms).
   */
  query?: string;
  /** Any of these colours. */
  colors?: readonly Color[];
  /** Every one of these tags. */
  tags?: readonly string[];
  /** The page's site, as `siteName()` gives it (host without www.). */
  site?: string;
  /** Created at or after this ISO time. */
  from?: string;
  /** Created before this ISO time. */
  to?: string;
  /** Only highlights not found on the last visit to their page. */
  orphansOnly?: boolean;
}

export interface LibraryPage {
  offset: number;
  limit: number;
}

export interface LibraryResult {
  /** How many highlights match in all. */
  total: number;
  /** The asked page of them, in the asked order. */
  rows: Highlight[];
}

/** True when the filters narrow the library at all (an empty search shows everything). */
export function isFiltered(f: LibraryFilters): boolean {
  return !!(queryWords(f.query ?? '').length || f.colors?.length || f.tags?.length || f.site || f.from || f.to || f.orphansOnly);
}

/**
 * One criterion of a query, as the indexes answer it: how many highlights it allows at most (to
 * test the most selective first) and whether it allows an id.
 */
interface Criterion {
  size: number;
  has(id: string): boolean;
}

const setCriterion = (ids: readonly string[]): Criterion => {
  const set = new Set(ids);
  return { size: set.size, has: (id) => set.has(id) };
};

/** Highlights in the given page rows, or with an id in `own`. */
function pagesCriterion(index: PageIndex, rowKeys: readonly string[], own?: Set<string>): Criterion {
  const rows = new Set<number>();
  let size = own?.size ?? 0;
  for (const key of rowKeys) {
    const n = index.rowNo.get(key);
    if (n === undefined || rows.has(n)) continue;
    rows.add(n);
    size += index.sizes[n]!;
  }
  const inRows = (id: string) => rows.has(index.rowOf.get(id) ?? -1);
  if (!own) return { size, has: inRows };
  if (!rows.size) return { size, has: (id) => own.has(id) };
  return { size, has: (id) => own.has(id) || inRows(id) };
}

/**
 * How each query word is looked up. A word the reader has finished (a space or a sign follows it)
 * must be a whole word of the highlight; the word still being typed matches the start of a word.
 * "da nang" then asks the index for the word "da", not for every word starting with "da" ("dau",
 * "dat", "dang", … most of a Vietnamese library), which is what keeps a search fast at 100,000.
 */
export function searchTerms(query: string): { whole: string[]; start: string | null } {
  const words = queryWords(query);
  const typing = words.length > 0 && /[\p{L}\p{N}]$/u.test(query.normalize('NFC'));
  const last = typing ? words[words.length - 1]! : null;
  return { whole: typing ? words.slice(0, -1) : words, start: last };
}

/**
 * Keys of one word's index range, remembered until the next write: typing "giai ngan" asks for
 * "giai" again at every key, and paging through a result asks for the same words again.
 */
const WORDS_REMEMBERED = 24;
const wordKeys = new UntilWrite<Criterion>(WORDS_REMEMBERED);

function keysOfWord(db: BrieflightDB, word: string, whole: boolean): Promise<Criterion> {
  return wordKeys.get(db, `${whole ? '=' : '^'}${word}`, () => {
    // A word matches a highlight through its own words (quote, note, tags) or its page's (title, site).
    const pages = whole ? db.pages.where('words').equals(word) : db.pages.where('words').startsWith(word);
    return Promise.all([idsOfWord(db, word, whole), pages.primaryKeys() as Promise<string[]>, pageIndex(db)]).then(
      ([ids, rowKeys, index]) => pagesCriterion(index, rowKeys, ids),
    );
  });
}

/** Forgets the remembered word look-ups (the benchmark measures a search typed for the first time). */
export function forgetWordLookups(db: BrieflightDB): void {
  wordKeys.forget(db);
  lastMatch.forget(db);
}

/**
 * The criteria the indexes answer, most selective first, or null when no criterion applies.
 * A one-letter word still being typed is left to matchesQuery (see findMatchingIds).
 */
async function candidateIds(db: BrieflightDB, f: LibraryFilters, { whole, start }: ReturnType<typeof searchTerms>): Promise<Criterion[] | null> {
  const t = db.highlights;
  const sets: Promise<Criterion>[] = [];
  // A facet's highlights: from the records' own index and from the segments' facet posting lists.
  const withFacet = (facet: Facet, values: readonly string[], own: Promise<unknown>) =>
    Promise.all([own as Promise<string[]>, ...values.map((v) => idsInSegments(db, facetWord(facet, v), true))]).then(([ownIds, ...inSegments]) =>
      setCriterion([...ownIds, ...inSegments.flatMap((ids) => [...ids])]),
    );
  for (const w of whole) sets.push(keysOfWord(db, w, true));
  if (start && start.length >= 2) sets.push(keysOfWord(db, start, false));
  if (f.colors?.length) sets.push(withFacet('color', f.colors, t.where('color').anyOf([...f.colors]).primaryKeys()));
  for (const tag of f.tags ?? []) sets.push(withFacet('tag', [tag], t.where('tags').equals(tag).primaryKeys()));
  if (f.site) sets.push(Promise.all([db.pages.where('site').equals(f.site).primaryKeys() as Promise<string[]>, pageIndex(db)]).then(([keys, index]) => pagesCriterion(index, keys)));
  if (f.orphansOnly) sets.push(Promise.all([withFacet('state', ['orphaned'], t.where('state').equals('orphaned').primaryKeys()), rememberedStates(db)]).then(([stored, seen]) => lastSeen(stored, seen)));
  if (f.from || f.to) {
    const range = f.from && f.to ? t.where('created').between(f.from, f.to, true, false) : f.from ? t.where('created').aboveOrEqual(f.from) : t.where('created').below(f.to!);
    sets.push(Promise.all([range.primaryKeys() as Promise<string[]>, createdBetweenInSegments(db, f.from, f.to)]).then(([own, inSegments]) => setCriterion([...own, ...inSegments])));
  }
  if (!sets.length) return null;
  // The smallest first: most ids then fail at the first test.
  return (await Promise.all(sets)).sort((a, b) => a.size - b.size);
}

/** Orphans by the states last seen (states.ts) where they differ from the stored copies' (`stored`). */
function lastSeen(stored: Criterion, seen: ReadonlyMap<string, string>): Criterion {
  let size = stored.size;
  for (const state of seen.values()) if (state === 'orphaned') size++;
  return { size, has: (id) => (seen.has(id) ? seen.get(id) === 'orphaned' : stored.has(id)) };
}

/** The segments' live highlights created at or after `from` and before `to`, from their directories. */
async function createdBetweenInSegments(db: BrieflightDB, from?: string, to?: string): Promise<string[]> {
  const out: string[] = [];
  for (const { ids, created } of (await segmentsOf(db)).values()) {
    const lo = from ? firstAtOrAfter(created, from) : 0;
    const hi = to ? firstAtOrAfter(created, to) : created.length;
    for (let i = lo; i < hi; i++) out.push(ids[i]!);
  }
  return out;
}

/** The first index of a sorted list whose value is at or after `value`. */
function firstAtOrAfter(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does the highlight pass every filter? The final word, applied to what the indexes proposed. */
function passes(h: Highlight, f: LibraryFilters, words: readonly string[]): boolean {
  if (f.colors?.length && !f.colors.includes(h.color)) return false;
  if (f.tags?.length && !f.tags.every((tag) => h.tags.includes(tag))) return false;
  const site = siteName(h.url);
  if (f.site && site !== f.site) return false;
  if (f.orphansOnly && h.state !== 'orphaned') return false;
  if (f.from && h.created < f.from) return false;
  if (f.to && h.created >= f.to) return false;
  return matchesQuery(h, words, site);
}

/** Ids in newest-first order, kept to those every criterion allows. */
async function newestFirst(db: BrieflightDB, criteria: Criterion[] | null): Promise<string[]> {
  const ordered = await idsInCreatedOrder(db);
  const out: string[] = [];
  if (criteria?.some((c) => c.size === 0)) return out;
  const [first, ...rest] = criteria ?? [];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const id = ordered[i]!;
    if (first && !first.has(id)) continue;
    if (rest.every((c) => c.has(id))) out.push(id);
  }
  return out;
}

/**
 * Every id the filters show, newest first. When a query word is too short for the index, the
 * candidates' records are read and checked; otherwise the indexes alone are exact.
 */
export function matchingIds(db: BrieflightDB, f: LibraryFilters): Promise<string[]> {
  // Scrolling asks for page after page of the same search: answer them from the last result until a write.
  return lastMatch.get(db, JSON.stringify(f), () => findMatchingIds(db, f));
}

const lastMatch = new UntilWrite<string[]>(1);

/*
 * The queries below run outside any explicit transaction, on purpose: they await answers remembered
 * from earlier reads (remembered.ts), and an IndexedDB transaction with no request pending while
 * the page awaits something else commits under it; its next request then fails ("the transaction
 * has finished"). Each read is its own transaction; what is remembered is dropped at every write.
 */
async function findMatchingIds(db: BrieflightDB, f: LibraryFilters): Promise<string[]> {
  const terms = searchTerms(f.query ?? '');
  const ordered = await newestFirst(db, await candidateIds(db, f, terms));
  const needsRecords = !!terms.start && terms.start.length < 2;
  if (!needsRecords) return ordered;
  const words = queryWords(f.query ?? '');
  const out: string[] = [];
  // In slices, so a one-letter search over everything never holds every record at once.
  for (let i = 0; i < ordered.length; i += 5000) {
    for (const h of await readShown(db, ordered.slice(i, i + 5000))) if (passes(h, f, words)) out.push(h.id);
  }
  return out;
}

/**
 * The highlights of a result, in its order: records of their own, and the rest from the blocks the
 * remembered segment directories name (no look-up per id, which costs a round trip each).
 */
export async function readShown(db: BrieflightDB, ids: readonly string[]): Promise<Highlight[]> {
  const [records, segments, states] = await Promise.all([db.highlights.bulkGet([...ids]), segmentsOf(db), rememberedStates(db)]);
  const inBlocks = await readLiveInBlocks(db, segments, ids.filter((_, i) => !records[i]));
  const seen = withStatesFrom(states);
  const out: Highlight[] = [];
  records.forEach((r, i) => {
    const h = r ? unpack(r) : inBlocks.get(ids[i]!);
    if (h) out.push(seen(h));
  });
  return out;
}

/** Every id the filters show, in the asked order. */
export async function sortedIds(db: BrieflightDB, f: LibraryFilters, sort: LibrarySort = 'newest'): Promise<string[]> {
  return inOrder(db, JSON.stringify(f), await matchingIds(db, f), sort, (ids) => readShown(db, ids));
}

/** One page of the library in the asked order (newest first unless told), with the number of highlights that match in all. */
export async function queryLibrary(db: BrieflightDB, f: LibraryFilters, page: LibraryPage, sort: LibrarySort = 'newest'): Promise<LibraryResult> {
  const { offset, limit } = page;
  const words = queryWords(f.query ?? '');
  const ids = await sortedIds(db, f, sort);
  const rows = (await readShown(db, ids.slice(offset, offset + limit))).filter((h) => passes(h, f, words));
  return { total: ids.length, rows };
}

export interface Facets {
  colors: Color[];
  tags: string[];
  sites: string[];
  orphans: number;
}

/** What the filters can offer, from the indexes' unique keys (no scan of the highlights). */
export async function facets(db: BrieflightDB): Promise<Facets> {
  const [colors, tags, sites, orphans, segColors, segTags, segOrphans, seen] = await Promise.all([
    db.highlights.orderBy('color').uniqueKeys(),
    db.highlights.orderBy('tags').uniqueKeys(),
    db.pages.orderBy('site').uniqueKeys(),
    db.highlights.where('state').equals('orphaned').count(),
    facetValuesInSegments(db, 'color'),
    facetValuesInSegments(db, 'tag'),
    idsInSegments(db, facetWord('state', 'orphaned'), true),
    rememberedStates(db),
  ]);
  // A state row differs from its highlight's stored state: each orphaned one adds an orphan, each anchored one takes one away.
  let changed = 0;
  for (const state of seen.values()) changed += state === 'orphaned' ? 1 : -1;
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    colors: [...new Set([...(colors as Color[]), ...(segColors as Color[])])].sort(),
    tags: [...new Set([...(tags as string[]), ...segTags])].sort(byName),
    sites: (sites as string[]).filter(Boolean).sort(byName),
    orphans: orphans + segOrphans.size + changed,
  };
}
