import type { Highlight } from '@/lib/model/highlight';

/** Fixed heights (px): rows never measure themselves, so 100,000 rows cost one array of numbers. */
export const ROW_HEIGHT = 132;
/** The one row whose editor is open. */
export const EDITOR_HEIGHT = 236;
export const HEADER_HEIGHT = 54;
/** Below a page's header, its page note (or the page note being written). */
export const PAGE_NOTE_HEIGHT = 48;

/** What changes the rows' heights besides their pages: the open editor and the pages folded away. */
export interface ListShape {
  editing?: string | null;
  /** Page keys whose highlights are hidden (their headers stay). */
  collapsed?: ReadonlySet<string>;
  /** Page keys whose header shows a page note. */
  noted?: ReadonlySet<string>;
}

/** A page header's height: with its page note when it has one. */
export function headerHeight(row: Highlight, shape: ListShape = {}): number {
  return HEADER_HEIGHT + (shape.noted?.has(row.pageKey) ? PAGE_NOTE_HEIGHT : 0);
}

/** A row's own height (without the header above it): none when its page is folded away. */
export function rowHeight(row: Highlight | undefined, shape: ListShape = {}): number {
  if (row && shape.collapsed?.has(row.pageKey)) return 0;
  return row && row.id === shape.editing ? EDITOR_HEIGHT : ROW_HEIGHT;
}

/**
 * Where each row starts. A row that begins a new page gets the page header above it; that is known
 * once the row and the one before it are read, and a row not read yet is laid out without one.
 */
export function rowTops(total: number, rowAt: (i: number) => Highlight | undefined, shape: ListShape = {}): Float64Array {
  const tops = new Float64Array(total + 1);
  let y = 0;
  let previous: Highlight | undefined;
  for (let i = 0; i < total; i++) {
    const row = rowAt(i);
    tops[i] = y;
    y += rowHeight(row, shape) + (startsPage(i, row, previous) ? headerHeight(row!, shape) : 0);
    previous = row;
  }
  tops[total] = y;
  return tops;
}

export function startsPage(index: number, row: Highlight | undefined, previous: Highlight | undefined): boolean {
  if (!row) return false;
  return index === 0 || (!!previous && previous.pageKey !== row.pageKey);
}

/** The first row whose bottom is below `y` (binary search over the tops). */
export function rowAtY(tops: Float64Array, total: number, y: number): number {
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, total - 1));
}
