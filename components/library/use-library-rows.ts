import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { BrieflightDB } from '@/lib/db';
import type { Highlight } from '@/lib/model/highlight';
import { queryLibrary, type LibraryFilters } from '@/lib/db/library';
import type { LibrarySort } from '@/lib/db/library-order';

/** Rows are read in blocks as the list scrolls: a 100,000-row result never sits in the page at once. */
export const BLOCK = 50;

export interface LibraryRows {
  /** Matches in all; null until the first block arrives. */
  total: number | null;
  /** Row at a position, once its block is read. */
  rowAt(index: number): Highlight | undefined;
  /** Reads the blocks covering rows first..last that are not read yet. */
  ensure(first: number, last: number): void;
  /** Replaces one row after an edit, without reading anything again. */
  replace(row: Highlight): void;
  /** Reads everything again (after a delete, an undo or an import). */
  reload(): void;
  /** Bumps on every change of the rows, for the list to re-render. */
  version: number;
  error: unknown;
}

export function useLibraryRows(db: BrieflightDB, filters: LibraryFilters, sort: LibrarySort, ready: boolean): LibraryRows {
  const rows = useRef(new Map<number, Highlight>());
  const asked = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);

  const readBlock = useCallback(
    (block: number) => {
      if (asked.current.has(block)) return;
      asked.current.add(block);
      const gen = generation.current;
      queryLibrary(db, filters, { offset: block * BLOCK, limit: BLOCK }, sort).then(
        (result) => {
          // A newer search started while this block was read: its answer no longer belongs here.
          if (gen !== generation.current) return;
          result.rows.forEach((row, i) => rows.current.set(block * BLOCK + i, row));
          setTotal(result.total);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          asked.current.delete(block);
          setError(e);
        },
      );
    },
    [db, filters, sort],
  );

  useEffect(() => {
    if (!ready) return;
    generation.current++;
    rows.current = new Map();
    asked.current = new Set();
    setError(null);
    readBlock(0);
  }, [readBlock, ready, reloads]);

  return {
    total,
    version,
    error,
    rowAt: (i) => rows.current.get(i),
    ensure: (first, last) => {
      if (!ready) return;
      for (let b = Math.floor(first / BLOCK); b <= Math.floor(last / BLOCK); b++) readBlock(b);
    },
    replace: (row) => {
      for (const [i, r] of rows.current) if (r.id === row.id) rows.current.set(i, row);
      setVersion((v) => v + 1);
    },
    reload: () => setReloads((n) => n + 1),
  };
}
