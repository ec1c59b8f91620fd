// The text of a root node is the concatenation of its Text nodes' data, minus
// text the reader never sees as prose (scripts, styles, templates) and our own
// UI. Offsets into that string are what TextPositionSelector stores.

/** Elements whose text is not part of the page's readable text. */
/** The element that hosts our in-page UI (its shadow root holds the toolbar and editor). */
export const UI_TAG = 'brieflight-ui';
export const UI_ATTRIBUTE = 'data-brieflight-ui';
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', UI_TAG.toUpperCase()]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** The text of a root with a map between text offsets and (Text node, offset). */
export interface TextModel {
  readonly root: Node;
  readonly text: string;
  readonly nodes: readonly Text[];
  /** starts[i]: text offset where nodes[i] begins. */
  readonly starts: readonly number[];
}

/** True when the text under `el` is not page text (scripts, our own UI). */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute(UI_ATTRIBUTE);
}

/** Walks `root` once and collects its Text nodes in document order. */
export function buildTextModel(root: Node): TextModel {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  // An explicit stack: deep pages would overflow recursion, and TreeWalker is
  // missing or partial in some DOM implementations we test with.
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as Text).data;
      if (!data) continue;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType === ELEMENT_NODE && node !== root && isSkippedElement(node as Element)) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** Index of the node that holds text offset `offset` (for an end offset, prefer the node it ends). */
function nodeIndexAt(model: TextModel, offset: number, isEnd: boolean): number {
  const { starts } = model;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!isEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The (Text node, offset) at a text offset. */
export function pointAt(model: TextModel, offset: number, isEnd = false): { node: Text; offset: number } | null {
  if (!model.nodes.length || offset < 0 || offset > model.text.length) return null;
  const i = nodeIndexAt(model, offset, isEnd);
  const node = model.nodes[i]!;
  return { node, offset: Math.min(offset - model.starts[i]!, node.data.length) };
}

/** A DOM Range over text offsets [start, end). */
export function rangeFromOffsets(model: TextModel, start: number, end: number, doc?: Document): Range | null {
  const from = pointAt(model, start);
  const to = pointAt(model, end, true);
  if (!from || !to) return null;
  const owner = doc ?? model.root.ownerDocument ?? (model.root as Document);
  const range = owner.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM boundary point (container, offset), as a Range uses them. */
export function offsetOfPoint(model: TextModel, container: Node, offset: number): number {
  if (container.nodeType === TEXT_NODE || container.nodeType === CDATA_SECTION_NODE) {
    const i = model.nodes.indexOf(container as Text);
    if (i >= 0) return model.starts[i]! + Math.min(offset, (container as Text).data.length);
  }
  // An element boundary (or a skipped text node): the text that comes before
  // the point is the text of every model node preceding it in document order.
  const doc = model.root.ownerDocument ?? (model.root as Document);
  const probe = doc.createRange();
  probe.setStart(container, offset);
  probe.collapse(true);
  // Binary search for the first node that begins after the point; an element
  // boundary can never fall inside a Text node, so every earlier node precedes it whole.
  let lo = 0;
  let hi = model.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(model.nodes[mid]!, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo === model.nodes.length ? model.text.length : model.starts[lo]!;
}
