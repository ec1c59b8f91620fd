import { describe, expect, it } from 'vitest';
import { EDITOR_HEIGHT, HEADER_HEIGHT, PAGE_NOTE_HEIGHT, ROW_HEIGHT, rowAtY, rowTops } from '../../../components/library/layout';
import { EN_PAGE, makeHighlight } from '../../fixtures/library/records';

describe('the list layout', () => {
  const rows = [makeHighlight({ text: 'một' }), makeHighlight({ text: 'hai' }), makeHighlight({ url: EN_PAGE, text: 'three' }), makeHighlight({ url: EN_PAGE, text: 'four' })];

  it('puts a page header above the first row of each page', () => {
    const tops = rowTops(4, (i) => rows[i]);
    const first = HEADER_HEIGHT + ROW_HEIGHT;
    expect([...tops]).toEqual([0, first, first + ROW_HEIGHT, first + 2 * ROW_HEIGHT + HEADER_HEIGHT, first + 3 * ROW_HEIGHT + HEADER_HEIGHT]);
  });

  it('lays out rows not read yet without headers, and finds the row at a scroll position', () => {
    const tops = rowTops(100_000, (i) => (i < 2 ? rows[i] : undefined));
    expect(tops[100_000]).toBe(HEADER_HEIGHT + 100_000 * ROW_HEIGHT);
    expect(rowAtY(tops, 100_000, 0)).toBe(0);
    expect(rowAtY(tops, 100_000, HEADER_HEIGHT + ROW_HEIGHT + 1)).toBe(1);
    expect(rowAtY(tops, 100_000, tops[50_000]! + 1)).toBe(50_000);
    expect(rowAtY(tops, 100_000, 1e12)).toBe(99_999);
  });
});

describe('the list layout around an open editor and folded pages', () => {
  const rows = [makeHighlight({ text: 'một' }), makeHighlight({ text: 'hai' }), makeHighlight({ url: EN_PAGE, text: 'three' })];

  it('gives the row being edited the editor’s height, and only that row', () => {
    const tops = rowTops(3, (i) => rows[i], { editing: rows[1]!.id });
    expect(tops[2]! - tops[1]!).toBe(EDITOR_HEIGHT);
    expect(tops[1]! - tops[0]!).toBe(HEADER_HEIGHT + ROW_HEIGHT);
  });

  it('keeps a folded page’s header and hides its rows', () => {
    const tops = rowTops(3, (i) => rows[i], { collapsed: new Set([rows[0]!.pageKey]) });
    expect([...tops]).toEqual([0, HEADER_HEIGHT, HEADER_HEIGHT, 2 * HEADER_HEIGHT + ROW_HEIGHT]);
  });
});

describe('the list layout around page notes', () => {
  it('makes room under a page’s header for its page note', () => {
    const rows = [makeHighlight({ text: 'một' }), makeHighlight({ url: EN_PAGE, text: 'two' })];
    const tops = rowTops(2, (i) => rows[i], { noted: new Set([EN_PAGE]) });
    expect([...tops]).toEqual([0, HEADER_HEIGHT + ROW_HEIGHT, 2 * HEADER_HEIGHT + PAGE_NOTE_HEIGHT + 2 * ROW_HEIGHT]);
  });
});
