import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../model/article';
import { ownWords, pageWords, wordsOfHighlight } from '../search';
import { siteName } from '../url/page-key';
import { pageRowsOf } from './pages';
import { addTo, newSegment, termKey, termRowsOf, wordsRow } from './terms';
import { isPacked, pack, unpack, type StoredHighlight, type UnpackedHighlight } from './record';
import type { BlockRow, ReleasedRow, SegmentRow } from './blocks';
import { moveSegmentsToBlocks } from './upgrade-5';
import type { PageNote } from '../export/page-note';
import type { StateRow } from './states';

export type { StoredHighlight } from './record';

export const DB_NAME = 'brieflight';

/** A highlight's own words (quote, note, tags), for one written on its own (version 3; see terms.ts). */
export interface WordsRow {
  id: string;
  words: string[];
}

/** One word's posting list in one segment (version 3; see terms.ts). */
export interface TermRow {
  /** `word \u0000 segment` */
  key: string;
  /** Versions 3–4: the ids. */
  ids?: string[];
  /** Version 5 segments: the ids' places in the segment's directory (blocks.ts). */
  at?: Uint32Array;
}

/**
 * A page as the library searches it (version 3): the title's and site's words once per page, and
 * the ids of the page's highlights. Keyed by page key, site and title together (see pageRowKey),
 * so a page whose title changed between highlights has a row per title and search stays exact.
 */
export interface PageRow {
  key: string;
  pageKey: string;
  /** The URL of the first highlight of the row (informational). */
  url: string;
  title: string;
  /** `siteName()` of the highlights' URL: the library's site filter and facet. */
  site: string;
  /** Folded words of title and site (multi-entry index). */
  words: string[];
  /** The highlights on this page with this title and site. */
  ids: string[];
}

export type BrieflightDB = Dexie & {
  highlights: EntityTable<StoredHighlight, 'id'>;
  articles: EntityTable<Article, 'pageKey'>;
  pages: EntityTable<PageRow, 'key'>;
  terms: EntityTable<TermRow, 'key'>;
  words: EntityTable<WordsRow, 'id'>;
  blocks: EntityTable<BlockRow, 'key'>;
  segments: EntityTable<SegmentRow, 'seg'>;
  released: EntityTable<ReleasedRow, 'key'>;
  pageNotes: EntityTable<PageNote, 'pageKey'>;
  states: EntityTable<StateRow, 'id'>;
};

export { highlightTables } from './tables';

/**
 * Opens (and upgrades) the database. Versions are append-only: a released version is never
 * edited; each later one adds an `upgrade()` that keeps every record.
 */
export function openDatabase(name = DB_NAME): BrieflightDB {
  const db = new Dexie(name) as BrieflightDB;
  // Version 1: the first release (highlights by page, articles by page key).
  db.version(1).stores({
    highlights: 'id, pageKey, created',
    articles: 'pageKey',
  });
  // Version 2: the library. Indexes for search (multi-entry folded words), colour, tags, site,
  // state and dates; every existing highlight gets its site and words.
  db.version(2)
    .stores({
      highlights: 'id, pageKey, created, modified, color, site, state, *tags, *words',
      articles: 'pageKey, computed',
    })
    .upgrade((tx) =>
      tx
        .table<UnpackedHighlight, string>('highlights')
        .toCollection()
        .modify((h) => {
          h.site = siteName(h.url);
          h.words = wordsOfHighlight(h, h.site);
        }),
    );
  // Version 3: a fast library at 100,000 highlights. Search words leave the highlight records:
  // title and site words go to one row per page (the pages table), a highlight's own words (quote,
  // note, tags) to a row of its own (the words table) or, for highlights written in bulk (an
  // import, this upgrade), to a segment's posting lists (the terms table). The `site` and
  // `modified` indexes go (the pages table has sites; no query used `modified`). Every highlight
  // is kept; each page gets its row.
  db.version(3)
    .stores({
      highlights: 'id, pageKey, created, color, state, *tags, seg',
      articles: 'pageKey, computed',
      pages: 'key, site, *words',
      terms: 'key',
      words: 'id, *words',
    })
    .upgrade(async (tx) => {
      const pages = new Map<string, PageRow>();
      const terms = new Map<string, string[]>();
      const seg = newSegment();
      await tx
        .table<UnpackedHighlight, string>('highlights')
        .toCollection()
        .modify((h) => {
          delete h.site;
          delete h.words;
          h.seg = seg;
          pageRowsOf([h], pages);
          termRowsOf([h], seg, terms);
        });
      await tx.table<PageRow, string>('pages').bulkPut([...pages.values()]);
      await tx.table<TermRow, string>('terms').bulkPut([...terms].map(([key, ids]) => ({ key, ids })));
    });
  // Version 4: records in the packed form (record.ts), which Chromium reads back about twice as
  // fast, and single letters and digits indexed as words ("y tế", "8%"; see ownWords). Same tables
  // and indexes; every highlight is rewritten, field for field the same; words rows, segments'
  // posting lists and page rows gain their one-letter words.
  // (No stores(): every table keeps version 3's schema.)
  db.version(4).upgrade(async (tx) => {
    const ownRows: WordsRow[] = [];
    const letters = new Map<string, string[]>();
    await tx
      .table<StoredHighlight, string>('highlights')
      .toCollection()
      .modify((r, ref) => {
        const h = unpack(r);
        if (r.seg === undefined) ownRows.push(wordsRow(h));
        else for (const word of ownWords(h)) if (word.length === 1) addTo(letters, termKey(word, r.seg), h.id);
        if (!isPacked(r)) ref.value = pack(h, r.seg);
      });
    await tx.table<WordsRow, string>('words').bulkPut(ownRows);
    await tx.table<TermRow, string>('terms').bulkPut([...letters].map(([key, ids]) => ({ key, ids })));
    await tx
      .table<PageRow, string>('pages')
      .toCollection()
      .modify((p) => {
        p.words = pageWords(p.title, p.site);
      });
  });
  // Version 5: highlights written in bulk (an import, a compaction) are stored in blocks, a segment
  // at a time (see blocks.ts): an import of 100,000 writes about 5,000 rows instead of 100,000.
  // The highlights table keeps the highlights saved one at a time; its `seg` index goes. Every
  // highlight of a version 3–4 segment moves, under the same segment name, to its blocks.
  db.version(5)
    .stores({
      highlights: 'id, pageKey, created, color, state, *tags',
      blocks: 'key, pageKey, *ids',
      segments: 'seg',
      released: 'key',
    })
    .upgrade((tx) => moveSegmentsToBlocks(tx));
  // Version 6: the reader's note on a whole page (page-notes.ts), a table of its own. Nothing else
  // changes, so no upgrade: every record stays as version 5 wrote it.
  db.version(6).stores({ pageNotes: 'pageKey' });
  // Version 7: a highlight's state on the last visit, where it differs from its stored copy, in a
  // table of its own (states.ts): visiting a page no longer rewrites a highlight. No upgrade:
  // every record keeps the state it holds, which is right until the next visit.
  db.version(7).stores({ states: 'id, pageKey' });
  return db;
}
