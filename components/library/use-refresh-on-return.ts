import { useEffect, useRef } from 'preact/hooks';
import { writeCount } from '@/lib/db/remembered';

/**
 * Calls `refresh` when the reader comes back to the library's tab and the database changed while
 * it was away: a highlight made on a page, an orphan a page reported, an import in another tab.
 * Without it the list and the filters' counts stay as they were when the tab was left. Only on
 * return, not on every write: the library's own edits already update their row, and reading the
 * list again under the reader's hands would make it flicker.
 */
export function useRefreshOnReturn(refresh: () => void, ready: boolean): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    if (!ready) return;
    let seen = writeCount();
    const onVisibility = () => {
      const now = writeCount();
      if (document.visibilityState === 'visible' && now !== seen) latest.current();
      seen = now;
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [ready]);
}
