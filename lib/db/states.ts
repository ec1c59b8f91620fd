/**
 * Where each highlight stood on the last visit to its page, when that differs from what its stored
 * copy says (version 7). A visit is bookkeeping, not an edit: it writes a row here and never
 * rewrites the highlight, so an imported highlight stays in its segment's block (blocks.ts). A row
 * lives only while it differs: an edit that writes the highlight again takes its state along and
 * drops the row.
 */
import type { AnchorState, Highlight } from '../model/highlight';
import type { BrieflightDB } from './database';
import { UntilWrite } from './remembered';

export interface StateRow {
  id: string;
  /** The highlight's page: a page's rows are read with its highlights, in the same round trip. */
  pageKey: string;
  state: AnchorState;
}

/** The highlights with their states as last seen (inside a transaction holding the states table). */
export async function withStates(db: BrieflightDB, list: readonly Highlight[]): Promise<Highlight[]> {
  if (!list.length) return [];
  const rows = await db.states.bulkGet(list.map((h) => h.id));
  return list.map((h, i) => overlay(h, rows[i]?.state));
}

const overlay = (h: Highlight, state: AnchorState | undefined): Highlight => (state && state !== h.state ? { ...h, state } : h);

/** The same from a map of every row (outside transactions: the library's queries, an export). */
export const withStatesFrom = (states: ReadonlyMap<string, AnchorState>) => (h: Highlight): Highlight => overlay(h, states.get(h.id));

/** Every row as a map, in the caller's transaction. */
export async function stateMap(db: BrieflightDB): Promise<Map<string, AnchorState>> {
  return new Map((await db.states.toArray()).map((r) => [r.id, r.state]));
}

const remembered = new UntilWrite<Map<string, AnchorState>>();

/** Every row, remembered until the next write (the library's queries run outside transactions). */
export function rememberedStates(db: BrieflightDB): Promise<Map<string, AnchorState>> {
  return remembered.get(db, '', () => stateMap(db));
}

/**
 * Records the states seen on a visit against the highlights' stored copies (`base`): a row where
 * they differ, none where they agree. Returns how many highlights changed state.
 */
export async function recordStates(db: BrieflightDB, base: ReadonlyMap<string, Pick<Highlight, 'state' | 'pageKey'>>, seen: readonly Pick<StateRow, 'id' | 'state'>[]): Promise<number> {
  const known = seen.filter((s) => base.has(s.id));
  const rows = await db.states.bulkGet(known.map((s) => s.id));
  const put: StateRow[] = [];
  const drop: string[] = [];
  known.forEach((s, i) => {
    const stored = base.get(s.id)!;
    const now = rows[i]?.state ?? stored.state;
    if (now === s.state) return;
    if (s.state === stored.state) drop.push(s.id);
    else put.push({ id: s.id, pageKey: stored.pageKey, state: s.state });
  });
  await Promise.all([put.length && db.states.bulkPut(put), drop.length && db.states.bulkDelete(drop)]);
  return put.length + drop.length;
}
