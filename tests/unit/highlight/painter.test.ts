import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPainter } from '../../../lib/highlight';
import { buildTextModel } from '../../../lib/anchoring/text-model';

function rangeOver(text: string, word: string): Range {
  const model = buildTextModel(document.body);
  const at = model.text.indexOf(word);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (at >= offset && at <= offset + n.data.length && !range.startContainer.isSameNode(n)) {
      if (offset <= at && at < offset + n.data.length) range.setStart(n, at - offset);
    }
    if (at + word.length > offset && at + word.length <= offset + n.data.length) range.setEnd(n, at + word.length - offset);
    offset += n.data.length;
  }
  void text;
  return range;
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<p>Alpha beta <i>gamma</i> delta epsilon.</p>';
});

describe('marks painter (no CSS.highlights)', () => {
  it('wraps the text in <brieflight-mark> without changing the page text, and unwraps on remove', () => {
    const painter = createPainter(document, 'marks');
    painter.paint('h1', rangeOver('', 'beta gamma'), 'yellow');
    const marks = document.querySelectorAll('brieflight-mark[data-id="h1"]');
    expect(marks.length).toBe(2);
    expect(Array.from(marks).map((m) => m.textContent).join('')).toBe('beta gamma');
    expect(document.body.textContent).toBe('Alpha beta gamma delta epsilon.');
    expect(painter.rangeOf('h1')!.toString()).toBe('beta gamma');
    expect(document.querySelector('style[data-brieflight-ui]')!.textContent).toContain('::highlight(brieflight-yellow)');
    painter.remove('h1');
    expect(document.querySelector('brieflight-mark')).toBeNull();
    expect(document.body.textContent).toBe('Alpha beta gamma delta epsilon.');
  });

  it('draws overlapping highlights as nested marks and recolours one', () => {
    const painter = createPainter(document, 'marks');
    painter.paint('a', rangeOver('', 'beta gamma'), 'yellow');
    painter.paint('b', rangeOver('', 'gamma delta'), 'blue');
    painter.recolor('a', 'green');
    expect(document.querySelectorAll('brieflight-mark[data-color="green"]').length).toBeGreaterThan(0);
    expect(painter.rangeOf('b')!.toString()).toBe('gamma delta');
    painter.clear();
    expect(document.querySelector('brieflight-mark, style[data-brieflight-ui]')).toBeNull();
    expect(document.body.textContent).toBe('Alpha beta gamma delta epsilon.');
  });
});

describe('css painter', () => {
  // happy-dom has no Custom Highlight API: give the window a minimal one.
  const win = window as unknown as { Highlight?: unknown; CSS: { highlights: Map<string, Set<Range>> } };
  const realCss = Object.getOwnPropertyDescriptor(window, 'CSS');
  beforeEach(() => {
    win.Highlight = class extends Set<Range> {
      priority = 0;
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    };
    Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true });
  });
  afterEach(() => {
    delete win.Highlight;
    if (realCss) Object.defineProperty(window, 'CSS', realCss);
  });

  it('registers one Highlight per colour and moves ranges between them', () => {
    const painter = createPainter(document);
    expect(painter.mode).toBe('css');
    painter.paint('a', rangeOver('', 'beta'), 'yellow');
    painter.paint('b', rangeOver('', 'delta'), 'yellow');
    expect(win.CSS.highlights.get('brieflight-yellow')!.size).toBe(2);
    painter.recolor('a', 'pink');
    expect(win.CSS.highlights.get('brieflight-yellow')!.size).toBe(1);
    expect(win.CSS.highlights.get('brieflight-pink')!.size).toBe(1);
    painter.remove('b');
    expect(win.CSS.highlights.get('brieflight-yellow')!.size).toBe(0);
    expect(document.querySelector('brieflight-mark')).toBeNull();
    painter.flash(rangeOver('', 'gamma'));
    expect(win.CSS.highlights.has('brieflight-flash')).toBe(true);
    painter.clear();
    expect(win.CSS.highlights.size).toBe(0);
  });
});
