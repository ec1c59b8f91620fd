import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PageHighlights, type HighlightStore } from '../../../lib/page/highlighter';
import { applyEditOps } from '../../../lib/model/edit';
import { watchLateContent } from '../../../lib/page/late-content';
import { createPainter } from '../../../lib/highlight';
import { describeText } from '../../../lib/anchoring';
import type { Highlight } from '../../../lib/model/highlight';

const PARAGRAPHS = [
  'Thủ tướng yêu cầu Bộ Tài chính chủ trì rà soát vốn đầu tư công.',
  'Các địa phương phải hoàn thành giải phóng mặt bằng trước ngày 31/5.',
  'Bộ Xây dựng khẩn trương hướng dẫn tháo gỡ vướng mắc về định mức.',
];

function setPage(paragraphs: string[]) {
  document.body.innerHTML = `<main>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</main>`;
}

/** A stored highlight of `quote` as it stood on the original page. */
function stored(quote: string, state: Highlight['state'] = 'anchored'): Highlight {
  const text = PARAGRAPHS.join('');
  const start = text.indexOf(quote);
  return {
    id: crypto.randomUUID(),
    pageKey: 'k',
    url: 'https://a.vn/x',
    title: 't',
    text: quote,
    selectors: describeText(text, start, start + quote.length),
    color: 'yellow',
    note: '',
    tags: [],
    created: new Date(Date.now() + start).toISOString(),
    modified: new Date().toISOString(),
    state,
  };
}

function fakeStore(list: Highlight[]): HighlightStore & { states: { id: string; state: string }[][] } {
  const states: { id: string; state: string }[][] = [];
  return {
    states,
    forPage: async () => list,
    create: async (input) => ({ ...stored(input.text), ...input, id: crypto.randomUUID(), note: '', tags: [] }),
    edit: async (id, ops) => {
      const h = list.find((x) => x.id === id)!;
      return { ...h, ...applyEditOps(h, ops) };
    },
    remove: async (ids) => list.filter((h) => ids.includes(h.id)),
    restore: async (l) => l.length,
    setStates: async (s) => {
      states.push(s);
      return s.length;
    },
  };
}

const drawnTexts = () => [...document.querySelectorAll('brieflight-mark')].map((m) => m.textContent);

describe('the highlights of a page', () => {
  beforeEach(() => setPage(PARAGRAPHS));

  it('draws the highlights whose text is on the page and keeps the others as orphans', async () => {
    const kept = stored('Bộ Tài chính chủ trì');
    const gone = stored('giải phóng mặt bằng');
    setPage([PARAGRAPHS[0]!, PARAGRAPHS[2]!]);
    const page = new PageHighlights(createPainter(document, 'marks'), fakeStore([kept, gone]));
    await page.load('k');
    expect(drawnTexts()).toEqual(['Bộ Tài chính chủ trì']);
    expect(page.orphans().map((h) => h.id)).toEqual([gone.id]);
  });

  it('places a waiting highlight when its text arrives later, and records it as anchored again', async () => {
    const late = stored('hướng dẫn tháo gỡ', 'orphaned');
    setPage(['Đang tải…']);
    const store = fakeStore([late]);
    const page = new PageHighlights(createPainter(document, 'marks'), store);
    await page.load('k');
    expect(page.waiting()).toEqual([late.id]);
    setPage(PARAGRAPHS);
    expect(page.anchorWaiting()).toEqual([late.id]);
    expect(drawnTexts()).toEqual(['hướng dẫn tháo gỡ']);
    await page.recordStates();
    expect(store.states.at(-1)).toEqual([{ id: late.id, state: 'anchored' }]);
  });

  it('notices when the page replaces the text a highlight was drawn on', async () => {
    const h = stored('rà soát vốn');
    const page = new PageHighlights(createPainter(document, 'marks'), fakeStore([h]));
    await page.load('k');
    document.querySelector('main')!.innerHTML = '<p>Trang đã thay đổi hoàn toàn.</p>';
    expect(page.dropStale()).toBe(1);
    expect(page.waiting()).toEqual([h.id]);
  });

  it('sends no state on a load that places every highlight where it already was', async () => {
    const store = fakeStore([stored('Bộ Tài chính chủ trì')]);
    await new PageHighlights(createPainter(document, 'marks'), store).load('k');
    expect(store.states).toEqual([]);
  });

  it('records orphans only when their state changed', async () => {
    const a = stored('Bộ Tài chính chủ trì');
    const b = stored('không có trên trang này', 'orphaned');
    const store = fakeStore([a, b]);
    const page = new PageHighlights(createPainter(document, 'marks'), store);
    await page.load('k');
    await page.recordStates();
    expect(store.states.flat().filter((s) => s.id === b.id)).toEqual([]);
  });

  it('records the states of a page with more highlights than one message may name, in parts', async () => {
    setPage(PARAGRAPHS);
    const many = Array.from({ length: 2_500 }, (_, k) => ({ ...stored('không có trên trang này'), text: `không có trên trang này ${k}` }));
    const store = fakeStore(many);
    await new PageHighlights(createPainter(document, 'marks'), store).load('k');
    await vi.waitFor(() => expect(store.states.flat()).toHaveLength(2_500));
    expect(store.states.map((part) => part.length)).toEqual([1_000, 1_000, 500]);
    expect(new Set(store.states.flat().map((s) => s.id)).size).toBe(2_500);
  });

  it('records a visit\'s orphans as soon as the page is read, so a tab closed at once still lists them', async () => {
    const kept = stored('Bộ Tài chính chủ trì');
    const gone = stored('giải phóng mặt bằng');
    setPage([PARAGRAPHS[0]!, PARAGRAPHS[2]!]);
    const store = fakeStore([kept, gone]);
    await new PageHighlights(createPainter(document, 'marks'), store).load('k');
    await vi.waitFor(() => expect(store.states).toEqual([[{ id: gone.id, state: 'orphaned' }]]));
  });

  it('saves a new highlight of a range with its selectors and draws it', async () => {
    const page = new PageHighlights(createPainter(document, 'marks'), fakeStore([]));
    await page.load('k');
    const text = document.querySelectorAll('p')[1]!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 18);
    const saved = await page.create(range, 'green', { pageKey: 'k', url: 'https://a.vn/x', title: 't' });
    expect(saved.selectors.quote.exact).toBe('địa phương phả');
    expect(drawnTexts()).toEqual(['địa phương phả']);
  });
});

describe('watching for late content', () => {
  it('calls back once for a burst of changes, then stops by itself when the page is quiet', async () => {
    const onChange = vi.fn(() => ({ waiting: 1 }));
    watchLateContent(document.body, onChange, { debounceMs: 30, quietMs: 300, maxMs: 5000 });
    document.body.append(document.createElement('p'));
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 400)); // quiet for longer than quietMs
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(onChange).toHaveBeenCalledTimes(1); // stopped: a busy page never pays for us forever
  });

  it('ignores changes made by our own drawing', async () => {
    const onChange = vi.fn(() => ({ waiting: 1 }));
    const stop = watchLateContent(document.body, onChange, { debounceMs: 10, quietMs: 1000, maxMs: 5000 });
    const mark = document.createElement('brieflight-mark');
    document.body.append(mark);
    mark.append('x');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });
});
