/**
 * The pages table (database version 3): one row per page (strictly, per page key, title and site
 * seen together), holding the words of the title and site once instead of once per highlight, and
 * the ids of the page's highlights. A query word matches a highlight through its own words (quote,
 * note, tags: the highlights' `words` index) or through its page row's words.
 *
 * Every write of highlights keeps the rows in step, in the same transaction: a row exists exactly
 * while at least one highlight belongs to it, so the site facet lists only sites in use.
 */
import type { BrieflightDB, PageRow } from './database';
import type { Highlight } from '../model/highlight';
import { pageWords } from '../search';
import { siteName } from '../url/page-key';

/** The row a highlight belongs to: its page key, site and title (all three are searched, so all three key the row). */
export function pageRowKey(h: Pick<Highlight, 'pageKey' | 'url' | 'title'>): string {
  return `${h.pageKey}\u0000${siteName(h.url)}\u0000${h.title}`;
}

/** A new, empty row for the highlight's page. */
export function newPageRow(h: Pick<Highlight, 'pageKey' | 'url' | 'title'>): PageRow {
  const site = siteName(h.url);
  return { key: pageRowKey(h), pageKey: h.pageKey, url: h.url, title: h.title, site, words: pageWords(h.title, site), ids: [] };
}

/** Rows for a list of highlights, built in memory (an import into an empty table, an upgrade). */
export function pageRowsOf(list: Iterable<Pick<Highlight, 'id' | 'pageKey' | 'url' | 'title'>>, into = new Map<string, PageRow>()): Map<string, PageRow> {
  for (const h of list) {
    const key = pageRowKey(h);
    let row = into.get(key);
    if (!row) into.set(key, (row = newPageRow(h)));
    row.ids.push(h.id);
  }
  return into;
}

type Member = Pick<Highlight, 'id' | 'pageKey' | 'url' | 'title'>;

/**
 * Moves highlights in and out of their page rows: `removed` are highlights as they were stored
 * (deleted, or about to be overwritten), `added` as they are stored now. Must run inside a
 * transaction that includes the pages table.
 */
export async function syncPages(db: BrieflightDB, removed: readonly Member[], added: readonly Member[]): Promise<void> {
  const changes = new Map<string, { template: Member; add: string[]; remove: Set<string> }>();
  const at = (h: Member) => {
    const key = pageRowKey(h);
    let change = changes.get(key);
    if (!change) changes.set(key, (change = { template: h, add: [], remove: new Set() }));
    return change;
  };
  for (const h of removed) at(h).remove.add(h.id);
  for (const h of added) at(h).add.push(h.id);
  if (!changes.size) return;
  const keys = [...changes.keys()];
  const rows = await db.pages.bulkGet(keys);
  const put: PageRow[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const change = changes.get(key)!;
    const row = rows[i] ?? newPageRow(change.template);
    const ids = new Set(row.ids);
    for (const id of change.remove) ids.delete(id);
    for (const id of change.add) ids.add(id);
    if (ids.size) put.push({ ...row, ids: [...ids] });
    else if (rows[i]) gone.push(key);
  });
  if (put.length) await db.pages.bulkPut(put);
  if (gone.length) await db.pages.bulkDelete(gone);
}
