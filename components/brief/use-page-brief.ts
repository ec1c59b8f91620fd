import { useEffect, useState } from 'preact/hooks';
import { friendlyError, type PageInfo } from '@/lib/messaging';
import type { Article } from '@/lib/model/article';
import { cachedArticle, isPdf, pageBrief, pageInfo, tabRef, unavailableReason, type TabRef, type Unavailable } from './page-client';

export type PageView =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: Unavailable }
  | { kind: 'page'; info: PageInfo; article: Article | null; brief: 'loading' | 'ready' | 'not-article' | 'pdf' | 'error'; error?: string };

/** How often a page that is still loading is asked again. */
const RETRY_MS = 400;
/** How many times a loaded page that does not answer yet is asked again before we say it cannot be read
 *  (about two seconds). */
const SETTLING_TRIES = 5;
/** How many times it is still asked after that (about twelve seconds more): a heavy page, or one whose own
 *  scripts keep its thread busy after it loaded, starts our content script late, and then fills in. */
const PATIENT_TRIES = 35;

/**
 * The brief of a tab, for the popup and the side panel: a cached brief at once, then the page's own; a page
 * still loading says so and is asked again until it answers. `reload` changes when the tab navigated.
 */
export function usePageBrief(tab: TabRef | null | undefined, reload = 0): PageView {
  const [view, setView] = useState<PageView>({ kind: 'loading' });
  useEffect(() => {
    if (tab === undefined) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const set = (v: PageView) => !stopped && setView(v);
    const run = async (ref: TabRef, attempt = 0) => {
      let info: PageInfo;
      try {
        info = await pageInfo(ref.id);
      } catch {
        const now = await tabRef(ref.id);
        const reason = unavailableReason(now.url ?? ref.url, now.status);
        // The content script starts once the document is ready, a moment after the tab says it loaded: a page
        // still loading is asked again until it answers; a loaded one is said to be unreadable after a few
        // tries, but still asked for a while, and filled in if it answers after all.
        const again = reason === 'pageLoading' || (reason !== 'restricted' && reason !== 'pdf' && attempt < PATIENT_TRIES);
        if (!again || reason === 'pageLoading' || attempt >= SETTLING_TRIES) set({ kind: 'unavailable', reason });
        if (again && !stopped) timer = setTimeout(() => void run(now, attempt + 1), RETRY_MS);
        return;
      }
      if (isPdf(info)) return set({ kind: 'page', info, article: null, brief: 'pdf' });
      const cached = await cachedArticle(info.pageKey);
      set({ kind: 'page', info, article: cached, brief: 'loading' });
      try {
        const result = await pageBrief(ref.id);
        if (result.status === 'not-article') set({ kind: 'page', info, article: null, brief: 'not-article' });
        else set({ kind: 'page', info, article: result.article, brief: 'ready' });
      } catch (error) {
        set({ kind: 'page', info, article: cached, brief: 'error', error: friendlyError(error) });
      }
    };
    setView({ kind: 'loading' });
    if (!tab) setView({ kind: 'unavailable', reason: 'unavailable' });
    else void run(tab);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tab?.id, reload]);
  return view;
}
