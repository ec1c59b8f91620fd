import { listenInPage } from '@/lib/messaging';
import { pageKeyOf } from '@/lib/url';
import { createPainter } from '@/lib/highlight';
import { PageHighlights } from '@/lib/page/highlighter';
import { watchLateContent } from '@/lib/page/late-content';
import { backgroundStore, briefCache } from './store';
import { pageHandlers } from './handlers';
import { selectionUi } from './selection-ui';
import { loadSettings } from '@/lib/settings';
import { ignoreForgedStartUp } from './start-up-guard';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    ignoreForgedStartUp();
    // Start-up does only this: ask for the page's highlights and draw them. Readability, the
    // brief and the toolbar UI load when they are first needed.
    const started = performance.now();
    const painter = createPainter(document);
    const highlights = new PageHighlights(painter, backgroundStore);
    let page = currentPage();
    let stopWatching = () => {};

    const load = async () => {
      await highlights.load(page.pageKey);
      stopWatching();
      stopWatching = watchLateContent(
        document.body,
        () => {
          highlights.dropStale();
          highlights.anchorWaiting();
          void highlights.recordStates().catch(() => {});
          return { waiting: highlights.waiting().length };
        },
      );
    };
    const ready = load().catch(() => {});
    if (location.search.includes('brieflight-bench')) {
      // The benchmark reads our start-up cost: all our work until the page's highlights are
      // drawn, less the time spent waiting for the background's reply.
      void ready.then(() => {
        const readyMs = performance.now() - started;
        document.documentElement.dataset.brieflightStart = JSON.stringify({ ownMs: readyMs - highlights.lastWaitMs, readyMs });
      });
    }

    const ui = selectionUi(ctx, highlights, () => page, loadSettings);
    listenInPage(pageHandlers({ highlights, painter, ui, page: () => page, ready: () => ready, briefCache }));

    // Single-page apps change the URL without a load: swap to the new page's highlights.
    // The navigation event comes before the address changes: read it once the change is done.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => {
        const next = currentPage();
        if (next.pageKey === page.pageKey) return;
        page = next;
        void load();
      }, 50);
    });
  },
});

function currentPage() {
  return { pageKey: pageKeyOf(document), url: location.href, title: document.title };
}
