// Paragraph-level structure of a page: the leaf blocks (p, li, headings…) whose
// text a reader highlights, with their span in the root's text model.
import type { TextModel } from '../../../lib/anchoring/text-model';

const BLOCK_TAGS = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DD', 'DT', 'TD', 'TH', 'FIGCAPTION', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TR', 'UL', 'OL', 'TABLE',
]);

export interface Block {
  element: Element;
  /** Span of the block's text in the text model. */
  start: number;
  end: number;
}

function hasBlockDescendant(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    if (BLOCK_TAGS.has(child.tagName.toUpperCase()) || hasBlockDescendant(child)) return true;
  }
  return false;
}

/** Leaf blocks with at least `minLength` characters of text, in document order. */
export function leafBlocks(model: TextModel, minLength = 1): Block[] {
  const index = new Map<Node, number>();
  model.nodes.forEach((n, i) => index.set(n, i));
  const seen = new Set<Element>();
  const blocks: Block[] = [];
  for (let i = 0; i < model.nodes.length; i++) {
    let el = model.nodes[i]!.parentElement;
    while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
    if (!el || seen.has(el) || el === model.root) continue;
    seen.add(el);
    if (hasBlockDescendant(el)) continue;
    let last = i;
    for (let j = i + 1; j < model.nodes.length && el.contains(model.nodes[j]!); j++) last = j;
    const start = model.starts[i]!;
    const end = model.starts[last]! + model.nodes[last]!.data.length;
    if (model.text.slice(start, end).trim().length >= minLength) blocks.push({ element: el, start, end });
  }
  return blocks;
}
