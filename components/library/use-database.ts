import { useEffect, useMemo, useState } from 'preact/hooks';
import { openDatabase, type BrieflightDB } from '@/lib/db';
import { problemText } from './problem';

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
    db.open().then(
      () => setState({ status: 'open' }),
      (error: unknown) => setState({ status: 'failed', message: problemText(error) }),
    );
    return () => db.close();
  }, [db]);
  return [db, state];
}
