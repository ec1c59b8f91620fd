import { t } from '@/lib/i18n';
import type { PageView } from './use-page-brief';
import { BriefView, highlightTexts } from './BriefView';
import { PageState } from './PageState';

/** What the popup and the side panel show of a readable page: its brief, or why there is none. */
export function PageBrief({
  tabId,
  view,
  highlights,
  onHighlighted,
}: {
  tabId: number;
  view: Extract<PageView, { kind: 'page' }>;
  highlights: readonly { text: string }[];
  onHighlighted: () => void;
}) {
  return (
    <>
      {view.article && (
        <BriefView tabId={tabId} article={view.article} refreshing={view.brief === 'loading'} highlighted={highlightTexts(highlights)} onHighlighted={onHighlighted} />
      )}
      {!view.article && view.brief === 'loading' && <p class="state">{t('loading')}</p>}
      {view.brief === 'pdf' && <PageState state="pdf" />}
      {view.brief === 'not-article' && (
        <>
          <h1 class="title">{view.info.title || t('untitled')}</h1>
          <PageState state="notArticle" />
        </>
      )}
      {view.brief === 'error' && <PageState state="error" message={view.error ?? t('errorInternal')} />}
    </>
  );
}
