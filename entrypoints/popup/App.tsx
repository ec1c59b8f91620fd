import { useEffect, useState } from 'preact/hooks';
import type { Article } from '@/lib/model/article';
import type { PageInfo } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { cachedArticle, pageBrief, pageInfo, resolveTab, unavailableReason, type Unavailable } from '@/components/popup/load-page';
import { Counts } from '@/components/popup/Counts';
import { PageState } from '@/components/popup/PageState';
import { BriefView } from '@/components/popup/BriefView';
import { DefaultColor } from '@/components/popup/DefaultColor';

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: Unavailable }
  | { kind: 'page'; tabId: number; info: PageInfo; article: Article | null; brief: 'loading' | 'ready' | 'not-article' | 'error'; error?: string };

export function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const tab = await resolveTab();
      if (!tab) return setView({ kind: 'unavailable', reason: 'unavailable' });
      let info: PageInfo;
      try {
        info = await pageInfo(tab.id);
      } catch {
        return setView({ kind: 'unavailable', reason: unavailableReason(tab.url) });
      }
      // A cached brief shows at once; the page is then asked whether its text changed.
      const cached = await cachedArticle(info.pageKey);
      setView({ kind: 'page', tabId: tab.id, info, article: cached, brief: 'loading' });
      try {
        const result = await pageBrief(tab.id);
        if (result.status === 'not-article') setView({ kind: 'page', tabId: tab.id, info, article: null, brief: 'not-article' });
        else setView({ kind: 'page', tabId: tab.id, info, article: result.article, brief: 'ready' });
      } catch (error) {
        setView({ kind: 'page', tabId: tab.id, info, article: cached, brief: 'error', error: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, []);

  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });

  return (
    <main class="popup">
      <header>
        <strong class="brand">Brieflight</strong>
        <button type="button" class="small" data-testid="open-library" onClick={openLibrary}>
          {t('openLibrary')}
        </button>
      </header>
      {view.kind === 'loading' && <p class="state">{t('loading')}</p>}
      {view.kind === 'unavailable' && <PageState state={view.reason} />}
      {view.kind === 'page' && (
        <>
          <Counts count={view.info.highlightCount} orphans={view.info.orphans} />
          {view.article && <BriefView tabId={view.tabId} article={view.article} refreshing={view.brief === 'loading'} />}
          {!view.article && view.brief === 'loading' && <p class="state">{t('loading')}</p>}
          {view.brief === 'not-article' && (
            <>
              <h1 class="title">{view.info.title || t('untitled')}</h1>
              <PageState state="notArticle" />
            </>
          )}
          {view.brief === 'error' && <PageState state="error" message={t('error', { message: view.error ?? '' })} />}
        </>
      )}
      <footer>
        <DefaultColor />
      </footer>
    </main>
  );
}
