import type { BrieflightDB } from './database';
import { pack, readHighlights, unpack } from './record';
import type { Highlight, HighlightChanges, NewHighlight, AnchorState } from '../model/highlight';
import { syncPages } from './pages';
import { wordsRow } from './terms';
import { ownWords } from '../search';

/*
 * A highlight is stored packed (record.ts). Its own search words (quote, note, tags) are in the
 * words table (or a segment's posting lists, for bulk writes; see terms.ts), its page's title and
 * site words in the pages table; every write below keeps them in step in the same transaction.
 */

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

export async function highlightsForPage(db: BrieflightDB, pageKey: string): Promise<Highlight[]> {
  const rows = await db.highlights.where('pageKey').equals(pageKey).sortBy('created');
  return rows.map(unpack);
}

export async function createHighlight(db: BrieflightDB, input: NewHighlight, now = new Date()): Promise<Highlight> {
  const time = now.toISOString();
  const h: Highlight = {
    id: crypto.randomUUID(),
    pageKey: input.pageKey,
    url: input.url,
    title: input.title,
    text: input.text,
    selectors: input.selectors,
    color: input.color ?? 'yellow',
    note: input.note ?? '',
    tags: input.tags ?? [],
    created: time,
    modified: time,
    state: 'anchored',
  };
  await db.transaction('rw', db.highlights, db.words, db.pages, async () => {
    await Promise.all([db.highlights.add(pack(h)), db.words.add(wordsRow(h)), syncPages(db, [], [h])]);
  });
  return h;
}

export async function updateHighlight(db: BrieflightDB, id: string, changes: HighlightChanges, now = new Date()): Promise<Highlight | null> {
  return db.transaction('rw', db.highlights, db.words, db.pages, async () => {
    const record = await db.highlights.get(id);
    if (!record) return null;
    const current = unpack(record);
    const onlyState = Object.keys(changes).every((k) => k === 'state');
    // The anchoring state is bookkeeping, not an edit by the reader: it keeps `modified`.
    const next: Highlight = { ...current, ...changes, modified: onlyState ? current.modified : now.toISOString() };
    await db.highlights.put(pack(next));
    // New words (a note, tags) or a highlight leaving its bulk segment (or a version 2 record's words): its own words row.
    const words = ownWords(next);
    if (record.seg !== undefined || 'words' in record || !sameWords(words, ownWords(current))) await db.words.put({ id, words });
    // The editable fields never move a highlight to another page row; a caller passing more would.
    if (next.pageKey !== current.pageKey || next.url !== current.url || next.title !== current.title) await syncPages(db, [current], [next]);
    return next;
  });
}

export async function deleteHighlights(db: BrieflightDB, ids: string[]): Promise<Highlight[]> {
  return db.transaction('rw', db.highlights, db.words, db.pages, async () => {
    const found = await readHighlights(db, ids);
    await db.highlights.bulkDelete(found.map((h) => h.id));
    await db.words.bulkDelete(found.map((h) => h.id));
    await syncPages(db, found, []);
    return found;
  });
}

/** Puts highlights back exactly as given (undo), over any stored copy, with their page rows. */
export async function restoreHighlights(db: BrieflightDB, list: Highlight[]): Promise<number> {
  return db.transaction('rw', db.highlights, db.words, db.pages, async () => {
    const before = await readHighlights(db, list.map((h) => h.id));
    await db.highlights.bulkPut(list.map((h) => pack(h)));
    await db.words.bulkPut(list.map(wordsRow));
    await syncPages(db, before, list);
    return list.length;
  });
}

export async function setStates(db: BrieflightDB, states: { id: string; state: AnchorState }[]): Promise<number> {
  return db.transaction('rw', db.highlights, async () => {
    // Every page load reports its highlights' states: one read, and writes only for those that changed.
    const records = await db.highlights.bulkGet(states.map((s) => s.id));
    const changed = states.filter((s, i) => records[i] && records[i]!.state !== s.state);
    return changed.length ? db.highlights.bulkUpdate(changed.map(({ id, state }) => ({ key: id, changes: { state } }))) : 0;
  });
}

/** Every tag in use, from the tags index (no scan of the highlights). */
export async function listTags(db: BrieflightDB): Promise<string[]> {
  const tags = (await db.highlights.orderBy('tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b));
}
