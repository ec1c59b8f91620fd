import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Highlight } from '@/lib/model/highlight';
import { rowAtY, rowTops, startsPage, type ListShape } from './layout';

/** Rows drawn beyond the visible ones, so fast scrolling does not show blanks. */
const OVERSCAN = 6;

interface Props {
  total: number;
  rowAt(index: number): Highlight | undefined;
  /** Asks for rows first..last to be read (they may not be yet). */
  ensure(first: number, last: number): void;
  /** Changes whenever rows arrive or change. */
  version: number;
  renderRow(index: number, row: Highlight | undefined, startsPage: boolean): ComponentChildren;
  /** A new value (a new search) scrolls back to the top. */
  resetKey: string;
  /** The open editor and the folded pages, which change rows' heights. */
  shape: ListShape;
}

/** A list that draws only the rows in view: it stays smooth at 100,000 rows. */
export function VirtualList({ total, rowAt, ensure, version, renderRow, resetKey, shape }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);
  const tops = useMemo(() => rowTops(total, rowAt, shape), [total, version, shape]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const resize = new ResizeObserver(() => setHeight(el.clientHeight));
    resize.observe(el);
    return () => resize.disconnect();
  }, []);

  useEffect(() => {
    box.current?.scrollTo(0, 0);
    setScrollTop(0);
  }, [resetKey]);

  const first = total ? Math.max(0, rowAtY(tops, total, scrollTop) - OVERSCAN) : 0;
  const last = total ? Math.min(total - 1, rowAtY(tops, total, scrollTop + height) + OVERSCAN) : -1;
  useEffect(() => {
    if (last >= first) ensure(first, last);
  });

  const items = [];
  for (let i = first; i <= last; i++) {
    const row = rowAt(i);
    items.push(
      <div key={row?.id ?? `row-${i}`} class="slot" style={{ top: `${tops[i]}px`, height: `${tops[i + 1]! - tops[i]!}px` }}>
        {renderRow(i, row, startsPage(i, row, i > 0 ? rowAt(i - 1) : undefined))}
      </div>,
    );
  }
  return (
    <div class="list" ref={box} data-testid="library-list" onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <div class="list-inner" style={{ height: `${tops[total] ?? 0}px` }}>
        {items}
      </div>
    </div>
  );
}
