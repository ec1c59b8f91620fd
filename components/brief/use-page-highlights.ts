import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/lib/model/highlight';
import { pageHighlights } from './page-client';

/** How often the page is asked whether its highlights changed: the panel follows the page within a second. */
const POLL_MS = 500;

export interface PageHighlightsView {
  /** Drawn highlights in reading order. */
  drawn: Highlight[];
  /** Highlights not found on the page. */
  orphans: Highlight[];
  /** False until the page first answered. */
  known: boolean;
}

/**
 * A tab's highlights as its page has them, kept current: the page is asked with the revision we have, and sends
 * the lists only when they changed (a new highlight, an edit, a delete, late content placing one).
 */
export function usePageHighlights(tabId: number | null, reload = 0): [PageHighlightsView, () => void] {
  const [view, setView] = useState<PageHighlightsView>({ drawn: [], orphans: [], known: false });
  const revision = useRef<number | undefined>(undefined);
  const [nudge, setNudge] = useState(0);
  useEffect(() => {
    revision.current = undefined;
    setView({ drawn: [], orphans: [], known: false });
  }, [tabId, reload]);
  useEffect(() => {
    if (tabId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      if (document.visibilityState === 'visible') {
        try {
          const reply = await pageHighlights(tabId, revision.current);
          if (!stopped && reply.drawn && reply.orphans) {
            revision.current = reply.revision;
            setView({ drawn: reply.drawn, orphans: reply.orphans, known: true });
          }
        } catch {
          // The page is gone or not ours (yet): keep what we have and ask again.
        }
      }
      if (!stopped) timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, reload, nudge]);
  return [view, () => setNudge((n) => n + 1)];
}
