/** What an export of the library reads: the highlights the filters show, newest first, and their pages' articles. */
import Dexie from 'dexie';
import { highlightTables, type BrieflightDB } from './database';
import { everyInBlocks } from './blocks';
import type { Highlight } from '../model/highlight';
import type { Article } from '../model/article';
import { ExportBuilder, type ChunkOptions, type ExportFormat } from '../export';
import { unpack } from './record';
import { isFiltered, matchingIds, readShown, type LibraryFilters } from './library';
import { notesByPage, type PageNote } from '../export/page-note';
import { stateMap, withStatesFrom } from './states';

/** The created index's order, newest first: by time, then by id as the index breaks ties. */
const newestFirstOrder = (a: Highlight, b: Highlight) =>
  a.created < b.created ? 1 : a.created > b.created ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/** Key ranges covering every id (any string, not only a UUID; random UUIDs split evenly): below '1', '1'–'2', …, from 'f' up. */
const BOUNDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
const KEY_RANGES: [unknown, unknown][] = [Dexie.minKey, ...BOUNDS].map((lo, i) => [lo, BOUNDS[i] ?? Dexie.maxKey]);

/** Takes each batch of highlights as it is read (in no particular order). */
type Sink = (batch: Highlight[]) => void;

/**
 * Every highlight record, read in key ranges all requested at once. The database reads them one
 * range after another; each range is handed to `sink` as it arrives, so the page works on one
 * (decoding, formatting) while the next is read, instead of waiting for one 100,000-record getAll.
 * The store's key order, sorted here afterwards: reading through the created index is about a
 * third slower in Chromium (it looks each record up by its key).
 */
async function readEvery(db: BrieflightDB, sink: Sink): Promise<void> {
  // With their states as last seen (states.ts): few rows, read first.
  const states = await stateMap(db);
  const seen = states.size ? (batch: Highlight[]) => sink(batch.map(withStatesFrom(states))) : sink;
  await Promise.all([
    ...KEY_RANGES.map(([lo, hi]) => db.highlights.where('id').between(lo, hi, true, false).toArray().then((rows) => seen(rows.map(unpack)))),
    // And the segments' highlights (blocks.ts), block range by block range.
    everyInBlocks(db, seen),
  ]);
}

/** Of every record, those listed in `ids` (many ids: one read of everything and a filter beats a get per record). */
async function readSome(db: BrieflightDB, ids: readonly string[], sink: Sink): Promise<void> {
  if (ids.length <= 2000) {
    sink(await readShown(db, ids));
    return;
  }
  const wanted = new Set(ids);
  await readEvery(db, (batch) => sink(batch.filter((h) => wanted.has(h.id))));
}

/** Reads what an export of `f` holds: every highlight it shows goes to `sink`; resolves to their pages' articles. */
async function readForExport(db: BrieflightDB, f: LibraryFilters, sink: Sink): Promise<Article[]> {
  if (!isFiltered(f)) {
    // One transaction: a consistent copy of everything. Every article is wanted: read alongside.
    return db.transaction('r', [...highlightTables(db), db.articles], async () => {
      const [, articles] = await Promise.all([readEvery(db, sink), db.articles.toArray()]);
      return articles;
    });
  }
  // What the library shows, as it shows it (its queries run outside transactions; see library.ts).
  const pageKeys = new Set<string>();
  await readSome(db, await matchingIds(db, f), (batch) => {
    for (const h of batch) pageKeys.add(h.pageKey);
    sink(batch);
  });
  return (await db.articles.bulkGet([...pageKeys])).filter((a): a is Article => !!a);
}

/** Everything an export needs: the highlights the filters show (all when none), newest first, their pages' articles and page notes. */
export async function collectForExport(db: BrieflightDB, f: LibraryFilters = {}): Promise<{ highlights: Highlight[]; articles: Article[]; notes: Map<string, PageNote> }> {
  const highlights: Highlight[] = [];
  const [articles, notes] = await Promise.all([readForExport(db, f, (batch) => highlights.push(...batch)), pageNotesMap(db)]);
  return { highlights: highlights.sort(newestFirstOrder), articles, notes };
}

/** Every page note (few; an export keeps those of the pages it holds). */
const pageNotesMap = (db: BrieflightDB) => db.pageNotes.toArray().then(notesByPage);

/**
 * The export of what the filters show, as the library page downloads it: each batch of records is
 * formatted (and encoded) as soon as it is read, then the file is laid out newest first (grouped by
 * page where the format groups), giving the page back between chunks.
 */
export async function exportLibrary(
  db: BrieflightDB,
  format: ExportFormat,
  f: LibraryFilters = {},
  opts: ChunkOptions = {},
): Promise<{ count: number; file: Blob }> {
  const builder = new ExportBuilder(format);
  const [articles, notes] = await Promise.all([readForExport(db, f, (batch) => builder.add(batch)), pageNotesMap(db)]);
  builder.sort(newestFirstOrder);
  return { count: builder.count, file: await builder.toBlob(articles, opts, notes) };
}
