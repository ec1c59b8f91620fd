import type { BrieflightDB, StoredHighlight } from './database';
import type { Highlight, HighlightChanges, NewHighlight, AnchorState } from '../model/highlight';
import { siteName } from '../url/page-key';
import { wordsOfHighlight } from '../search';

/** Drops the index-only fields before a highlight leaves the database. */
export function toHighlight(stored: StoredHighlight): Highlight {
  const { site: _site, words: _words, ...rest } = stored;
  return rest;
}

/** Adds the index-only fields a stored highlight carries. */
export function toStored(h: Highlight): StoredHighlight {
  const site = siteName(h.url);
  return { ...h, site, words: wordsOfHighlight(h, site) };
}

export async function highlightsForPage(db: BrieflightDB, pageKey: string): Promise<Highlight[]> {
  const rows = await db.highlights.where('pageKey').equals(pageKey).sortBy('created');
  return rows.map(toHighlight);
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
  await db.highlights.add(toStored(h));
  return h;
}

export async function updateHighlight(db: BrieflightDB, id: string, changes: HighlightChanges, now = new Date()): Promise<Highlight | null> {
  return db.transaction('rw', db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (!current) return null;
    const onlyState = Object.keys(changes).every((k) => k === 'state');
    // The anchoring state is bookkeeping, not an edit by the reader: it keeps `modified`.
    const next: Highlight = { ...toHighlight(current), ...changes, modified: onlyState ? current.modified : now.toISOString() };
    await db.highlights.put(toStored(next));
    return next;
  });
}

export async function deleteHighlights(db: BrieflightDB, ids: string[]): Promise<Highlight[]> {
  return db.transaction('rw', db.highlights, async () => {
    const found = (await db.highlights.bulkGet(ids)).filter((h): h is StoredHighlight => !!h);
    await db.highlights.bulkDelete(found.map((h) => h.id));
    return found.map(toHighlight);
  });
}

export async function restoreHighlights(db: BrieflightDB, list: Highlight[]): Promise<number> {
  await db.highlights.bulkPut(list.map(toStored));
  return list.length;
}

export async function setStates(db: BrieflightDB, states: { id: string; state: AnchorState }[]): Promise<number> {
  return db.transaction('rw', db.highlights, async () => {
    let changed = 0;
    for (const { id, state } of states) {
      changed += await db.highlights.where('id').equals(id).and((h) => h.state !== state).modify({ state });
    }
    return changed;
  });
}

/** Every tag in use, from the tags index (no scan of the highlights). */
export async function listTags(db: BrieflightDB): Promise<string[]> {
  const tags = (await db.highlights.orderBy('tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b));
}
