import Dexie, { type EntityTable } from 'dexie';
import type { Highlight } from '../model/highlight';
import type { Article } from '../model/article';
import { wordsOfHighlight } from '../search';
import { siteName } from '../url/page-key';

export const DB_NAME = 'brieflight';

/** A highlight as stored: the model plus fields kept only for indexes. */
export type StoredHighlight = Highlight & {
  /** The page's site, for the library's site filter. */
  site?: string;
  /** Folded words of quote, note, tags, title and site: a multi-entry search index. */
  words?: string[];
};

export type BrieflightDB = Dexie & {
  highlights: EntityTable<StoredHighlight, 'id'>;
  articles: EntityTable<Article, 'pageKey'>;
};

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
        .table<StoredHighlight, string>('highlights')
        .toCollection()
        .modify((h) => {
          h.site = siteName(h.url);
          h.words = wordsOfHighlight(h, h.site);
        }),
    );
  return db;
}
