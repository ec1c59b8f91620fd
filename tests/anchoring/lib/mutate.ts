// The ways real pages change between two visits, applied to a live DOM. Each
// highlight's true place is tracked as (Text node, offset) points, which every
// edit keeps up to date, so after a change we know where its text now is.
import { buildTextModel, pointAt, type TextModel } from '../../../lib/anchoring/text-model';
import { normalizeString } from '../../../lib/anchoring/normalize';
import type { Block } from './blocks';
import type { PickedHighlight } from './pick';
import { pick, shuffled, type Rng } from '../../../scripts/lib/prng';

export const MUTATIONS = [
  'unchanged',
  'insert-above',
  'remove-elsewhere',
  'edit-next-to',
  'whitespace',
  'nfd',
  'shuffle',
  'edit-inside',
  'remove-own',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

interface Point {
  node: Text;
  offset: number;
}

/** A highlight's true place in the page as it changes. */
export interface Tracked {
  start: Point;
  end: Point;
  block: Element;
  /** Characters of the quote changed by edits (0 when its text survives as is). */
  editedChars: number;
}

export function track(model: TextModel, blocks: readonly Block[], picked: readonly PickedHighlight[]): Tracked[] {
  return picked.map((h) => ({
    start: pointAt(model, h.start)!,
    end: pointAt(model, h.end, true)!,
    block: blocks[h.block]!.element,
    editedChars: 0,
  }));
}

/** Replaces text in one Text node and moves every tracked point that sits in it. */
function editText(tracked: Tracked[], node: Text, at: number, remove: number, insert: string): void {
  node.replaceData(at, remove, insert);
  const delta = insert.length - remove;
  for (const t of tracked) {
    for (const [p, isEnd] of [[t.start, false], [t.end, true]] as const) {
      if (p.node !== node) continue;
      if (p.offset >= at + remove) p.offset += delta;
      else if (p.offset > at) p.offset = isEnd ? at + insert.length : at;
    }
  }
}

/** Words of the page, to write inserted paragraphs and replacement words that look like the page. */
function wordPool(model: TextModel): string[] {
  return model.text.match(/[\p{L}\p{N}]{2,}/gu)?.slice(0, 5000) ?? ['news'];
}

function sentence(rng: Rng, pool: readonly string[]): string {
  const n = 8 + Math.floor(rng() * 23);
  return Array.from({ length: n }, () => pick(rng, pool)).join(' ') + '.';
}

/** The leaf block just before `el` in document order. */
function leafBefore(blocks: readonly Block[], el: Element): Element | undefined {
  const i = blocks.findIndex((b) => b.element === el);
  return i > 0 ? blocks[i - 1]!.element : undefined;
}

/** Finds the word containing text offset `offset` when it lies inside one Text node. */
function wordAt(model: TextModel, offset: number): { node: Text; at: number; length: number } | null {
  const p = pointAt(model, offset);
  if (!p) return null;
  const data = p.node.data;
  const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  if (!isWord(data[p.offset])) return null;
  let s = p.offset;
  let e = p.offset;
  while (s > 0 && isWord(data[s - 1])) s--;
  while (e < data.length && isWord(data[e])) e++;
  return { node: p.node, at: s, length: e - s };
}

/** Applies one kind of change to the page under `root`, keeping `tracked` up to date. */
export function mutate(
  kind: Mutation,
  root: Element,
  blocks: readonly Block[],
  tracked: Tracked[],
  rng: Rng,
  /** The highlights whose paragraph or words this change targets (all by default). */
  targets: readonly Tracked[] = tracked,
): void {
  const doc = root.ownerDocument;
  const model = buildTextModel(root);
  const pool = wordPool(model);
  const own = new Set(tracked.map((t) => t.block));
  // Edits shift later text, so edits that need offsets re-read the page each time.
  const fresh = () => {
    const m = buildTextModel(root);
    const offsetOf = (p: Point) => m.starts[m.nodes.indexOf(p.node)]! + p.offset;
    return { m, offsetOf };
  };
  switch (kind) {
    case 'unchanged':
      return;
    case 'insert-above':
      for (const t of targets) {
        // One new paragraph above each quote's paragraph, but not between two
        // highlighted paragraphs: that would replace both sides of the first
        // one's context at once, which is two changes, not one.
        const before = leafBefore(blocks, t.block);
        if (before && own.has(before)) continue;
        const p = doc.createElement('p');
        p.textContent = sentence(rng, pool);
        t.block.parentNode?.insertBefore(p, t.block);
      }
      return;
    case 'remove-elsewhere':
      for (const b of shuffled(rng, blocks.filter((b) => !own.has(b.element))).slice(0, 3)) b.element.remove();
      return;
    case 'remove-own':
      for (const t of targets) t.block.remove();
      return;
    case 'shuffle': {
      // Paragraphs swap places within their parent: every parent, or (when only
      // some highlights are targeted) the parents of the targeted paragraphs.
      const scope = targets === tracked ? blocks.map((b) => b.element) : targets.map((t) => t.block);
      const parents = new Set(scope.map((e) => e.parentNode).filter((p): p is ParentNode & Node => !!p));
      const isBlock = new Set(blocks.map((b) => b.element as Node));
      for (const parent of parents) {
        const children = Array.from(parent.childNodes);
        const slots = children.flatMap((c, i) => (isBlock.has(c) ? [i] : []));
        const moved = shuffled(rng, slots.map((i) => children[i]!));
        slots.forEach((slot, k) => (children[slot] = moved[k]!));
        for (const c of children) parent.appendChild(c);
      }
      return;
    }
    case 'whitespace':
      for (const node of model.nodes) {
        const spaces = [...node.data.matchAll(/ /g)].map((m) => m.index).filter(() => rng() < 0.25);
        for (const at of spaces.reverse()) editText(tracked, node, at, 1, pick(rng, ['  ', '\n   ', ' \t', '\u00a0']));
      }
      return;
    case 'nfd':
      for (const node of model.nodes) {
        const data = node.data;
        const nfd = data.normalize('NFD');
        if (nfd === data) continue;
        // Rewrite code point by code point so tracked offsets follow each expansion.
        for (let i = data.length - 1; i >= 0; i--) {
          const c = data[i]!;
          const d = c.normalize('NFD');
          if (d !== c) editText(tracked, node, i, 1, d);
        }
      }
      return;
    case 'edit-next-to':
      for (const t of targets) {
        for (const side of ['before', 'after'] as const) {
          const { m, offsetOf } = fresh();
          const offset = side === 'before' ? offsetOf(t.start) - 2 - Math.floor(rng() * 12) : offsetOf(t.end) + 1 + Math.floor(rng() * 12);
          const w = wordAt(m, offset);
          // Context edits must never touch a quote, or the case would be mislabelled.
          const touchesQuote = w && tracked.some((o) => o.start.node === w.node && o.start.offset < w.at + w.length && o.end.node === w.node && o.end.offset > w.at);
          if (w && !touchesQuote) editText(tracked, w.node, w.at, w.length, pick(rng, pool));
        }
      }
      return;
    case 'edit-inside':
      for (const t of targets) {
        // Up to three edits, within 10% of the quote's characters in all.
        // 10% of the quote's visible characters: layout white space does not count.
        const { m: before, offsetOf: at } = fresh();
        const budget = Math.floor(normalizeString(before.text.slice(at(t.start), at(t.end))).trim().length * 0.1);
        for (let k = 0; k < 3 && t.editedChars < budget; k++) {
          const { m, offsetOf } = fresh();
          editInside(m, t, tracked, pool, rng, offsetOf(t.start), offsetOf(t.end), budget - t.editedChars);
        }
      }
      return;
  }
}

/** Edits words inside one quote, changing at most 10% of its characters. */
function editInside(model: TextModel, t: Tracked, tracked: Tracked[], pool: readonly string[], rng: Rng, s: number, e: number, budget: number): void {
  for (let tries = 0; tries < 12 && budget > 0; tries++) {
    const w = wordAt(model, s + Math.floor(rng() * (e - s)));
    if (!w) continue;
    const word = w.node.data.slice(w.at, w.at + w.length);
    const options = pool.filter((x) => x !== word && Math.max(x.length, word.length) <= budget).slice(0, 50);
    let replacement: string;
    let cost: number;
    if (options.length && rng() < 0.5) {
      replacement = pick(rng, options);
      cost = Math.max(replacement.length, word.length);
    } else {
      // A typo fixed or made: one letter changed.
      const i = Math.floor(rng() * word.length);
      replacement = word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1);
      cost = 1;
    }
    editText(tracked, w.node, w.at, w.length, replacement);
    t.editedChars += cost;
    return;
  }
}

/** The true span of each tracked highlight in the changed page, or null when its text is gone. */
export function truthAfter(root: Element, tracked: readonly Tracked[]): { model: TextModel; spans: ({ start: number; end: number } | null)[] } {
  const model = buildTextModel(root);
  const index = new Map<Node, number>();
  model.nodes.forEach((n, i) => index.set(n, i));
  const spans = tracked.map((t) => {
    const a = index.get(t.start.node);
    const b = index.get(t.end.node);
    if (a === undefined || b === undefined) return null;
    const start = model.starts[a]! + t.start.offset;
    const end = model.starts[b]! + t.end.offset;
    return end > start ? { start, end } : null;
  });
  return { model, spans };
}
