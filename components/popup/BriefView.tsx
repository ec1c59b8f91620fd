import { useState } from 'preact/hooks';
import type { Article } from '@/lib/model/article';
import { sendToTab } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { Directives } from './Directives';
import { Targets } from './Targets';
import { PageState } from './PageState';
import { briefMarkdown } from './brief-markdown';
import type { ItemActions } from './ItemActions';

const LANG_NAMES: Record<string, string> = { vi: 'Tiếng Việt', en: 'English' };

/** The article's title, site and language, then its brief. */
export function BriefView({ tabId, article, refreshing }: { tabId: number; article: Article; refreshing: boolean }) {
  const [status, setStatus] = useState('');
  const actions: ItemActions = {
    jump: (quote, start) =>
      void sendToTab(tabId, 'page.jump', { quote, start })
        .then((found) => setStatus(found ? '' : t('jumpFailed')))
        .catch(() => setStatus(t('jumpFailed'))),
    highlight: (quote, start) =>
      void sendToTab(tabId, 'page.highlightQuote', { quote, start })
        .then((saved) => setStatus(saved ? t('saved') : t('jumpFailed')))
        .catch((error: Error) => setStatus(t('error', { message: error.message }))),
  };
  const copy = async () => {
    const markdown = briefMarkdown(article, { directives: t('directives'), targets: t('targets'), others: '—' });
    await navigator.clipboard.writeText(markdown);
    setStatus(t('copied'));
  };
  const { brief } = article;
  return (
    <article class="brief">
      <h1 class="title" data-testid="article-title">
        {article.title || t('untitled')}
      </h1>
      <p class="site">
        <span data-testid="article-site">{article.site}</span> · {t('language')}: <span data-testid="article-lang">{LANG_NAMES[article.lang] ?? article.lang}</span>
        {refreshing && <span class="refreshing"> · {t('cachedNote')}</span>}
      </p>
      {!brief.supported ? (
        <PageState state="unsupportedLang" message={t('unsupportedLang', { lang: article.lang })} />
      ) : (
        <>
          <div class="actions">
            <button type="button" data-testid="copy-brief" onClick={() => void copy()}>
              {t('copyBrief')}
            </button>
            <span class="status" role="status" data-testid="popup-status">
              {status}
            </span>
          </div>
          <h2>
            {t('directives')} ({brief.directives.length})
          </h2>
          <Directives directives={brief.directives} actions={actions} />
          <h2>
            {t('targets')} ({brief.targets.length})
          </h2>
          <Targets targets={brief.targets} lang={article.lang} actions={actions} />
        </>
      )}
    </article>
  );
}
