import { useEffect, useMemo, useState } from 'preact/hooks';
import { openDatabase, type BrieflightDB } from '@/lib/db';
import { compactWords } from '@/lib/db/terms';
import { problemText } from './problem';

/** How long after opening the library its words table is compacted: after the first rows and facets. */
const COMPACT_AFTER_MS = 2000;

export type DatabaseState = { status: 'opening' } | { status: 'open' } | { status: 'failed'; message: string };

/**
 * The library opens the extension's database itself (see lib/db/library.ts for why). An upgrade
 * another tab blocks, or an open that fails, becomes a message the page shows instead of a blank list.
 */
export function useDatabase(): [BrieflightDB, DatabaseState] {
  const db = useMemo(() => openDatabase(), []);
  const [state, setState] = useState<DatabaseState>({ status: 'opening' });
  useEffect(() => {
    db.on('blocked', () => setState({ status: 'failed', message: problemText(Object.assign(new Error('blocked'), { name: 'BlockedError' })) }));
    let compaction: ReturnType<typeof setTimeout> | undefined;
    db.open().then(
      () => {
        setState({ status: 'open' });
        // Once the first rows are drawn, fold the words rows of highlights saved one by one into
        // posting-list segments (see compactWords), which searches read faster. In the background:
        // each slice is its own transaction, so a failure or a closed page loses nothing.
        compaction = setTimeout(() => void compactWords(db).catch(() => {}), COMPACT_AFTER_MS);
      },
      (error: unknown) => setState({ status: 'failed', message: problemText(error) }),
    );
    return () => {
      clearTimeout(compaction);
      db.close();
    };
  }, [db]);
  return [db, state];
}
