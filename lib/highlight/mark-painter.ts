// Fallback drawing for browsers without CSS.highlights: wrap the highlighted
// text in <brieflight-mark> elements, splitting Text nodes at the range's ends.
// Marks only wrap text, so the page's text (and our text model) is unchanged.
import type { Color } from '../model/highlight';
import type { Painter } from './types';
import { MARK_TAG, injectStyle } from './styles';

const TEXT_NODE = 3;
/** Elements where a wrapper element would be invalid (white space between table rows…). */
const NO_WRAP_PARENTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'COLGROUP', 'SELECT', 'OPTGROUP']);

/** Text nodes the range covers, split so each lies wholly inside it. */
function textNodesIn(range: Range): Text[] {
  let { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } = range;
  // Split the end first so the start offsets stay valid.
  if (ec.nodeType === TEXT_NODE && eo > 0 && eo < (ec as Text).data.length) (ec as Text).splitText(eo);
  if (sc.nodeType === TEXT_NODE && so > 0 && so < (sc as Text).data.length) {
    const rest = (sc as Text).splitText(so);
    if (ec === sc) {
      ec = rest;
      eo -= so;
    }
    sc = rest;
    so = 0;
  }
  const inner = sc.ownerDocument!.createRange();
  inner.setStart(sc, so);
  inner.setEnd(ec, eo);
  const root = inner.commonAncestorContainer;
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const t = node as Text;
      const touches = inner.comparePoint(t, 0) <= 0 && inner.comparePoint(t, t.data.length) >= 0 && inner.intersectsNode(t);
      const empty = (t === ec && eo === 0) || (t === sc && so === t.data.length);
      if (touches && !empty && t.data.length) out.push(t);
      continue;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return out;
}

export function createMarkPainter(doc: Document): Painter {
  const marks = new Map<string, HTMLElement[]>();
  const removeStyle = injectStyle(doc);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let flashMarks: HTMLElement[] = [];

  const wrap = (range: Range, set: (m: HTMLElement) => void): HTMLElement[] =>
    textNodesIn(range)
      .filter((t) => !(NO_WRAP_PARENTS.has(t.parentElement?.tagName ?? '') && !t.data.trim()))
      .map((t) => {
        const mark = doc.createElement(MARK_TAG);
        set(mark);
        t.parentNode!.insertBefore(mark, t);
        mark.appendChild(t);
        return mark;
      });

  const unwrap = (list: HTMLElement[]): void => {
    for (const mark of list) {
      if (!mark.parentNode) continue;
      mark.replaceWith(...Array.from(mark.childNodes));
    }
  };

  const painter: Painter = {
    mode: 'marks',
    paint(id, range, color) {
      painter.remove(id);
      marks.set(id, wrap(range, (m) => {
        m.dataset.id = id;
        m.dataset.color = color;
      }));
    },
    recolor(id, color) {
      for (const m of marks.get(id) ?? []) m.dataset.color = color;
    },
    remove(id) {
      unwrap(marks.get(id) ?? []);
      marks.delete(id);
    },
    clear() {
      for (const id of [...marks.keys()]) painter.remove(id);
      unwrap(flashMarks);
      removeStyle();
    },
    hitTest(x, y) {
      const under = typeof doc.elementsFromPoint === 'function' ? doc.elementsFromPoint(x, y) : [];
      const ids = under.filter((e) => e.localName === MARK_TAG).map((e) => (e as HTMLElement).dataset.id ?? '');
      // elementsFromPoint lists the topmost (innermost) first.
      return [...new Set(ids.filter(Boolean))].reverse();
    },
    rangeOf(id) {
      const list = marks.get(id)?.filter((m) => m.isConnected);
      if (!list?.length) return null;
      const range = doc.createRange();
      range.setStartBefore(list[0]!);
      range.setEndAfter(list[list.length - 1]!);
      return range;
    },
    flash(range, ms = 900) {
      unwrap(flashMarks);
      flashMarks = wrap(range, (m) => m.setAttribute('data-flash', ''));
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        unwrap(flashMarks);
        flashMarks = [];
      }, ms);
    },
  };
  return painter;
}
