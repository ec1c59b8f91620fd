// Drawing with the CSS Custom Highlight API: the page's DOM is never touched,
// so the page's own scripts and our anchoring see the same text nodes.
import type { Color } from '../model/highlight';
import { COLORS } from '../model/highlight';
import type { Painter } from './types';
import { FLASH_NAME, highlightName, injectStyle } from './styles';

interface Drawn {
  range: Range;
  color: Color;
}

/** True when `doc`'s window can draw with CSS.highlights. */
export function supportsCssHighlights(doc: Document): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

export function createCssPainter(doc: Document): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  const registry = win.CSS.highlights;
  const drawn = new Map<string, Drawn>();
  const removeStyle = injectStyle(doc);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const highlightFor = (color: Color): Highlight => {
    const name = highlightName(color);
    let h = registry.get(name);
    if (!h) {
      h = new win.Highlight();
      registry.set(name, h);
    }
    return h;
  };

  const painter: Painter = {
    mode: 'css',
    paint(id, range, color) {
      painter.remove(id);
      const own = range.cloneRange();
      drawn.set(id, { range: own, color });
      highlightFor(color).add(own);
    },
    recolor(id, color) {
      const d = drawn.get(id);
      if (!d || d.color === color) return;
      highlightFor(d.color).delete(d.range);
      d.color = color;
      highlightFor(color).add(d.range);
    },
    remove(id) {
      const d = drawn.get(id);
      if (!d) return;
      highlightFor(d.color).delete(d.range);
      drawn.delete(id);
    },
    clear() {
      for (const c of COLORS) registry.delete(highlightName(c));
      registry.delete(FLASH_NAME);
      drawn.clear();
      removeStyle();
    },
    hitTest(x, y) {
      const point = caretAt(doc, x, y);
      const hits: string[] = [];
      for (const [id, { range }] of drawn) {
        if (point && !isPointIn(range, point.node, point.offset)) continue;
        // The caret snaps to the nearest character; confirm the point is on the drawn text.
        if (Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) hits.push(id);
      }
      return hits;
    },
    rangeOf(id) {
      return drawn.get(id)?.range.cloneRange() ?? null;
    },
    flash(range, ms = 900) {
      const h = new win.Highlight(range.cloneRange());
      h.priority = 10;
      registry.set(FLASH_NAME, h);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => registry.delete(FLASH_NAME), ms);
    },
  };
  return painter;
}

function isPointIn(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // a point in another document or a detached node
  }
}

/** The text position under a viewport point (standard API first, then WebKit's). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
