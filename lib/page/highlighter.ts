import type { AnchorState, Color, Highlight } from '../model/highlight';
import type { Selectors } from '../model/selectors';
import type { EditOp } from '../model/edit';
import { anchorAll, describeRange } from '../anchoring';
import type { Painter } from '../highlight';
import { MAX_IDS } from '../messaging/protocol';

/** What the page side needs from the background; in the extension, the message protocol. */
export interface HighlightStore {
  forPage(pageKey: string): Promise<Highlight[]>;
  create(input: { id: string; pageKey: string; url: string; title: string; text: string; selectors: Selectors; color: Color }): Promise<Highlight>;
  /** Applies a reader's edit to the stored highlight (not to this page's copy, which may be stale). */
  edit(id: string, ops: EditOp[]): Promise<Highlight>;
  remove(ids: string[]): Promise<Highlight[]>;
  restore(list: Highlight[]): Promise<number>;
  setStates(states: { id: string; state: 'anchored' | 'orphaned' }[]): Promise<number>;
}

interface Placed {
  range: Range;
  /** The page text the highlight was drawn on, to notice when the page replaces it. */
  drawnText: string;
}

/**
 * The highlights of the page being read: which are drawn where, and which are still waiting
 * for their text (late content) or could not be placed (orphans).
 */
export class PageHighlights {
  readonly all = new Map<string, Highlight>();
  private placed = new Map<string, Placed>();
  private generation = 0;
  /** Counts every change to what the page holds or draws, so a side panel asks for the list only when it moved. */
  revision = 0;
  /** The id given to each passage whose save has not been confirmed yet: a retry sends the same one. */
  private unconfirmed = new Map<string, string>();
  /** How long the last load waited for the background, to tell our own start-up cost from IPC. */
  lastWaitMs = 0;

  constructor(
    private painter: Painter,
    private store: HighlightStore,
    private root: () => Node = () => document.body,
  ) {}

  /** Loads the highlights of `pageKey` and draws those whose text is on the page. */
  async load(pageKey: string): Promise<void> {
    const generation = ++this.generation;
    const asked = performance.now();
    const list = await this.store.forPage(pageKey);
    this.lastWaitMs = performance.now() - asked;
    if (generation !== this.generation) return; // the page changed again meanwhile
    this.clear();
    for (const h of list) this.all.set(h.id, h);
    this.revision++;
    this.anchorWaiting();
    // Recorded now, not when the reader leaves: a closed tab may never run another line of ours
    // (Firefox drops messages sent from a closing tab). Late content that places a highlight later
    // records it as anchored again (recordStates after each pass).
    void this.recordStates().catch(() => {});
  }

  /** Forgets every highlight and removes every drawing (single-page-app navigation). */
  clear(): void {
    for (const id of this.placed.keys()) this.painter.remove(id);
    this.all.clear();
    this.placed.clear();
  }

  /** Ids of highlights not drawn on the page. */
  waiting(): string[] {
    return [...this.all.keys()].filter((id) => !this.placed.has(id));
  }

  orphans(): Highlight[] {
    return this.waiting().map((id) => this.all.get(id)!);
  }

  /** Tries to place the highlights still waiting for their text; returns the ids placed. */
  anchorWaiting(): string[] {
    const ids = this.waiting();
    if (!ids.length) return [];
    const root = this.root();
    const results = anchorAll(root, ids.map((id) => this.all.get(id)!.selectors));
    const placed: string[] = [];
    results.forEach((result, i) => {
      const id = ids[i]!;
      if (!result) return;
      this.draw(this.all.get(id)!, result.range);
      placed.push(id);
    });
    if (placed.length) this.revision++;
    return placed;
  }

  /** Drops drawings whose text the page has removed or replaced, so they are anchored again. */
  dropStale(): number {
    let dropped = 0;
    for (const [id, placed] of this.placed) {
      if (placed.range.collapsed || placed.range.toString() !== placed.drawnText) {
        this.painter.remove(id);
        this.placed.delete(id);
        dropped++;
      }
    }
    if (dropped) this.revision++;
    return dropped;
  }

  /** Saves a highlight of `range` and draws it. */
  async create(range: Range, color: Color, page: { pageKey: string; url: string; title: string }): Promise<Highlight> {
    const selectors = describeRange(this.root(), range);
    const passage = JSON.stringify([page.pageKey, selectors.position.start, selectors.position.end, selectors.quote.exact]);
    const id = this.unconfirmed.get(passage) ?? crypto.randomUUID();
    this.unconfirmed.set(passage, id);
    const saved = await this.store.create({ ...page, id, text: range.toString(), selectors, color });
    this.unconfirmed.delete(passage);
    this.all.set(saved.id, saved);
    this.draw(saved, range);
    this.revision++;
    return saved;
  }

  async edit(id: string, ops: EditOp[]): Promise<Highlight> {
    const before = this.all.get(id);
    const updated = await this.store.edit(id, ops);
    this.all.set(id, updated);
    if (updated.color !== before?.color && this.placed.has(id)) this.painter.recolor(id, updated.color);
    this.revision++;
    return updated;
  }

  async remove(id: string): Promise<Highlight[]> {
    const removed = await this.store.remove([id]);
    this.all.delete(id);
    this.placed.delete(id);
    this.painter.remove(id);
    this.revision++;
    return removed;
  }

  /** Puts deleted highlights back and draws them again (undo). */
  async restore(list: Highlight[]): Promise<void> {
    await this.store.restore(list);
    for (const h of list) this.all.set(h.id, h);
    this.revision++;
    this.anchorWaiting();
  }

  /** Records this visit's state of every highlight (drawn, or orphaned), sending only what changed. */
  recordStates(): Promise<void> {
    return this.saveStates([
      ...this.waiting().map((id) => ({ id, state: 'orphaned' as const })),
      ...[...this.placed.keys()].map((id) => ({ id, state: 'anchored' as const })),
    ]);
  }

  /** Saves the states that differ from the stored ones (a page load usually changes none: no message then). */
  private async saveStates(states: { id: string; state: AnchorState }[]): Promise<void> {
    const changed = states.filter(({ id, state }) => this.all.get(id)?.state !== state);
    if (!changed.length) return;
    // One message names at most MAX_IDS highlights (the background refuses more): a page with more is sent in parts.
    for (let from = 0; from < changed.length; from += MAX_IDS) await this.store.setStates(changed.slice(from, from + MAX_IDS));
    for (const { id, state } of changed) {
      const h = this.all.get(id);
      if (h) this.all.set(id, { ...h, state });
    }
  }

  /** The highlight under a point (the newest where several overlap), or null. */
  hitTest(x: number, y: number): string | null {
    const ids = this.painter.hitTest(x, y).filter((id) => this.all.has(id));
    if (!ids.length) return null;
    return ids.sort((a, b) => this.all.get(a)!.created.localeCompare(this.all.get(b)!.created)).at(-1)!;
  }

  rangeOf(id: string): Range | null {
    return this.placed.get(id)?.range ?? null;
  }

  /** The drawn highlight that holds a point of the page (the newest where several do), or null. */
  at(node: Node, offset: number): string | null {
    const ids = [...this.placed.entries()].filter(([, p]) => {
      try {
        return p.range.isPointInRange(node, offset);
      } catch {
        return false; // a point in another document or a doctype
      }
    });
    if (!ids.length) return null;
    return ids.map(([id]) => id).sort((a, b) => this.all.get(a)!.created.localeCompare(this.all.get(b)!.created)).at(-1)!;
  }

  /** The drawn highlights in the order a reader meets them on the page. */
  inReadingOrder(): Highlight[] {
    return [...this.placed.entries()]
      .sort(([, a], [, b]) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || a.range.compareBoundaryPoints(Range.END_TO_END, b.range))
      .map(([id]) => this.all.get(id)!)
      .filter(Boolean);
  }

  /** A drawn highlight that already covers all of `range`, or null: the same passage is not saved twice. */
  covering(range: Range): Highlight | null {
    for (const [id, placed] of this.placed) {
      const r = placed.range;
      if (r.compareBoundaryPoints(Range.START_TO_START, range) <= 0 && r.compareBoundaryPoints(Range.END_TO_END, range) >= 0) return this.all.get(id) ?? null;
    }
    return null;
  }

  private draw(h: Highlight, range: Range): void {
    this.placed.set(h.id, { range, drawnText: range.toString() });
    this.painter.paint(h.id, range, h.color);
  }
}
