import { highlightTables, type BrieflightDB } from './database';
import { pack, unpack } from './record';
import { locateHighlights } from './locate';
import { byCreated, findInBlocks, pageInBlocks, release } from './blocks';
import type { Highlight, HighlightChanges, NewHighlight, AnchorState } from '../model/highlight';
import { applyEditOps, type EditOp } from '../model/edit';
import { syncPages } from './pages';
import { facetValuesInSegments, wordsRow } from './terms';
import { ownWords } from '../search';
import { recordStates, withStates, withStatesFrom } from './states';

/*
 * A highlight saved one at a time is a record of its own, stored packed (record.ts), with its own
 * search words (quote, note, tags) in the words table; one written in bulk is in a segment's blocks
 * with its words in posting lists (blocks.ts, terms.ts). Its page's title and site words are in the
 * pages table. A write of a highlight in a segment takes it out of the segment (a released row)
 * and gives it a record of its own. Every write below keeps these in step in one transaction.
 */

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

export async function highlightsForPage(db: BrieflightDB, pageKey: string): Promise<Highlight[]> {
  return db.transaction('r', highlightTables(db), async () => {
    // The page's state rows (states.ts) come in the same round trip as its highlights.
    const [own, inBlocks, states] = await Promise.all([
      db.highlights.where('pageKey').equals(pageKey).toArray(),
      pageInBlocks(db, pageKey),
      db.states.where('pageKey').equals(pageKey).toArray(),
    ]);
    const seen = withStatesFrom(new Map(states.map((r) => [r.id, r.state])));
    return [...own.map(unpack), ...inBlocks].sort(byCreated).map(seen);
  });
}

export async function createHighlight(db: BrieflightDB, input: NewHighlight, now = new Date()): Promise<Highlight> {
  const time = now.toISOString();
  const h: Highlight = {
    id: input.id ?? crypto.randomUUID(),
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
  await db.transaction('rw', highlightTables(db), async () => {
    await Promise.all([db.highlights.add(pack(h)), db.words.add(wordsRow(h)), syncPages(db, [], [h])]);
  });
  return h;
}

export async function updateHighlight(db: BrieflightDB, id: string, changes: HighlightChanges, now = new Date()): Promise<Highlight | null> {
  return db.transaction('rw', highlightTables(db), () => applyChanges(db, id, changes, now));
}

/**
 * Applies a reader's edit operations to the highlight as stored now, in one transaction: edits sent at
 * once from two tabs, the side panel and the library all survive. Null when the highlight is gone.
 */
export async function applyEdits(db: BrieflightDB, id: string, ops: readonly EditOp[], now = new Date()): Promise<Highlight | null> {
  return db.transaction('rw', highlightTables(db), () => applyChanges(db, id, (current) => applyEditOps(current, ops), now));
}

/**
 * updateHighlight's work, in the caller's transaction (which must hold highlightTables). Callers
 * that change many highlights in one transaction call this rather than nesting transactions: a
 * nested Dexie transaction loses its zone across a chain of native awaits and commits too early.
 */
export async function applyChanges(
  db: BrieflightDB,
  id: string,
  change: HighlightChanges | ((current: Highlight) => HighlightChanges),
  now = new Date(),
): Promise<Highlight | null> {
  const record = await db.highlights.get(id);
  const inBlock = record ? undefined : (await findInBlocks(db, [id])).get(id);
  if (!record && !inBlock) return null;
  // With its state as last seen (states.ts): the record written below takes it along.
  const [current] = await withStates(db, [record ? unpack(record) : inBlock!.h]);
  if (!current) return null;
  // An edit given as operations is worked out here, on the current record, inside the transaction.
  const changes = typeof change === 'function' ? change(current) : change;
  const onlyState = Object.keys(changes).every((k) => k === 'state');
  // The anchoring state is bookkeeping, not an edit by the reader: it keeps `modified`.
  const next: Highlight = { ...current, ...changes, modified: onlyState ? current.modified : now.toISOString() };
  // A highlight leaving its segment: the segment's copy is dead from now on.
  if (inBlock) await release(db, [inBlock]);
  await Promise.all([db.highlights.put(pack(next)), db.states.delete(id)]);
  // New words (a note, tags) or a highlight leaving its segment (or a version 2 record's words): its own words row.
  const words = ownWords(next);
  if (!record || 'words' in record || !sameWords(words, ownWords(current))) await db.words.put({ id, words });
  // The editable fields never move a highlight to another page row; a caller passing more would.
  if (next.pageKey !== current.pageKey || next.url !== current.url || next.title !== current.title) await syncPages(db, [current], [next]);
  return next;
}

export async function deleteHighlights(db: BrieflightDB, ids: string[]): Promise<Highlight[]> {
  return db.transaction('rw', highlightTables(db), async () => {
    const { found, inBlocks } = await locateHighlights(db, ids);
    await db.highlights.bulkDelete(found.map((h) => h.id));
    await db.words.bulkDelete(found.map((h) => h.id));
    await db.states.bulkDelete(found.map((h) => h.id));
    await release(db, inBlocks.values());
    await syncPages(db, found, []);
    return found;
  });
}

/** Puts highlights back exactly as given (undo), over any stored copy, with their page rows. */
export async function restoreHighlights(db: BrieflightDB, list: Highlight[]): Promise<number> {
  return db.transaction('rw', highlightTables(db), async () => {
    const { found: before, inBlocks } = await locateHighlights(db, list.map((h) => h.id));
    await release(db, inBlocks.values());
    await db.highlights.bulkPut(list.map((h) => pack(h)));
    // Exactly as given: their states too.
    await db.states.bulkDelete(list.map((h) => h.id));
    await db.words.bulkPut(list.map(wordsRow));
    await syncPages(db, before, list);
    return list.length;
  });
}

/**
 * Where highlights stood on this visit. Written beside the highlights (states.ts), never into
 * them: a visit rewrites no record and releases no highlight from its segment. Returns how many
 * changed state.
 */
export async function setStates(db: BrieflightDB, states: { id: string; state: AnchorState }[]): Promise<number> {
  return db.transaction('rw', highlightTables(db), async () => {
    // Every page load reports its highlights' states: one read of each place, writes only for changes.
    const ids = states.map((s) => s.id);
    const [records, inBlocks] = await Promise.all([db.highlights.bulkGet(ids), findInBlocks(db, ids)]);
    const base = new Map<string, Pick<Highlight, 'state' | 'pageKey'>>();
    records.forEach((r, i) => {
      const stored = r ?? inBlocks.get(ids[i]!)?.h;
      if (stored) base.set(ids[i]!, { state: stored.state, pageKey: stored.pageKey });
    });
    return recordStates(db, base, states);
  });
}

/** Every tag in use, from the tags index and the segments' tag posting lists (no scan of the highlights). */
export async function listTags(db: BrieflightDB): Promise<string[]> {
  // (No transaction: the segments' live ids may be remembered from an earlier read; see library.ts.)
  const tags = await Promise.all([db.highlights.orderBy('tags').uniqueKeys() as Promise<string[]>, facetValuesInSegments(db, 'tag')]);
  return [...new Set(tags.flat())].sort((a, b) => a.localeCompare(b));
}
