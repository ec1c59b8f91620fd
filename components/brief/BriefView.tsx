import { useState } from 'preact/hooks';
import type { Article } from '@/lib/model/article';
import { sendToTab } from '@/lib/messaging';
import { briefMarkdown } from '@/lib/brief-display';
import { t } from '@/lib/i18n';
import { DirectiveGroups } from './DirectiveGroups';
import { TargetsTable } from './TargetsTable';
import type { ItemActions, Quote } from './ItemTools';
import { languageName } from './language-name';
import './brief.css';

const folded = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The site's name, or its host when the page names none. */
export const siteName = (article: Pick<Article, 'site' | 'url'>) => {
  if (article.site.trim()) return article.site.trim();
  try {
    return new URL(article.url).host;
  } catch {
    return article.url;
  }
};

/**
 * The article's title, site and language, then its brief: targets first, directives by addressee. Shared by the
 * popup and the side panel. `highlighted` are the texts of the page's highlights, to mark items saved already;
 * `onHighlighted` hears of each new one, so a count can move at once.
 */
export function BriefView({
  tabId,
  article,
  refreshing,
  highlighted,
  onHighlighted,
}: {
  tabId: number;
  article: Article;
  refreshing: boolean;
  highlighted: ReadonlySet<string>;
  onHighlighted: () => void;
}) {
  const [status, setStatus] = useState('');
  const actions: ItemActions = {
    jump: (quote, start) => sendToTab(tabId, 'page.jump', { quote, start }),
    highlight: async (quote, start) => {
      const result = await sendToTab(tabId, 'page.highlightQuote', { quote, start });
      if (result?.created) onHighlighted();
      return result;
    },
    highlighted: (quote: Quote) => highlighted.has(folded(quote.exact)),
  };
  const copy = async () => {
    const markdown = briefMarkdown(article, {
      directives: t('directives'),
      targets: t('targets'),
      metric: t('metric'),
      goal: t('goal'),
      due: t('due'),
      noAddressee: t('noAddressee'),
      from: t('issuer'),
    });
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const { brief } = article;
  return (
    <article class="brief">
      <h1 class="title" data-testid="article-title">
        {article.title || t('untitled')}
      </h1>
      <p class="site">
        <span data-testid="article-site">{siteName(article)}</span> · <span data-testid="article-lang">{languageName(article.lang)}</span>
        {refreshing && <span class="refreshing"> · {t('cachedNote')}</span>}
      </p>
      {!brief.supported ? (
        <p class="state" data-testid="page-state" data-state="unsupportedLang">
          {t('unsupportedLang', { lang: languageName(article.lang) })}
        </p>
      ) : (
        <>
          <div class="actions">
            <button type="button" class="small" data-testid="copy-brief" onClick={() => void copy()}>
              {t('copyBrief')}
            </button>
            <span class="status" role="status" data-testid="popup-status">
              {status}
            </span>
          </div>
          <h2>
            {t('targets')} ({brief.targets.length})
          </h2>
          <TargetsTable targets={brief.targets} lang={article.lang} actions={actions} />
          <h2>
            {t('directives')} ({brief.directives.length})
          </h2>
          <DirectiveGroups directives={brief.directives} lang={article.lang} actions={actions} />
        </>
      )}
    </article>
  );
}

/** The texts of a page's highlights, folded as BriefView compares them. */
export const highlightTexts = (list: readonly { text: string }[]) => new Set(list.map((h) => folded(h.text)));
