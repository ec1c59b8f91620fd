import { useState } from 'preact/hooks';
import type { EditOp } from '@/lib/model/edit';
import { t } from '@/lib/i18n';
import { editHighlight, showHighlight } from '@/components/brief/page-client';
import { usePageBrief } from '@/components/brief/use-page-brief';
import { usePageHighlights } from '@/components/brief/use-page-highlights';
import { PageBrief } from '@/components/brief/PageBrief';
import { PageState } from '@/components/brief/PageState';
import { PageHighlightList } from '@/components/panel/PageHighlightList';
import { PageNoteEditor } from '@/components/panel/PageNoteEditor';
import { ExportPageButton } from '@/components/panel/ExportPageButton';
import { useFollowedTab } from '@/components/panel/use-followed-tab';
import { Mark } from '@/components/shared/Mark';

type Tab = 'brief' | 'highlights';

/** The side panel: the brief and the page's highlights, beside the page, following the active tab. */
export function App() {
  const { tab, loads } = useFollowedTab();
  const [shown, setShown] = useState<Tab>('brief');
  const view = usePageBrief(tab, loads);
  const [highlights, refresh] = usePageHighlights(view.kind === 'page' && tab ? tab.id : null, loads);
  const [problem, setProblem] = useState('');

  const onShow = (id: string) =>
    void showHighlight(tab!.id, id).then(
      (found) => setProblem(found ? '' : t('notFound')),
      () => setProblem(t('notFound')),
    );
  const onSave = async (id: string, ops: EditOp[]) => {
    await editHighlight(tab!.id, id, ops);
    refresh();
  };
  const count = highlights.drawn.length + highlights.orphans.length;

  return (
    <main class="panel">
      <header>
        <strong class="brand">
          <Mark /> Brieflight
        </strong>
        <nav class="tabs" role="tablist">
          <button type="button" role="tab" data-testid="brief-tab" aria-selected={shown === 'brief'} onClick={() => setShown('brief')}>
            {t('briefTab')}
          </button>
          <button type="button" role="tab" data-testid="highlights-tab" aria-selected={shown === 'highlights'} onClick={() => setShown('highlights')}>
            {t('highlightsTab')} {highlights.known && <span class="count" data-testid="panel-highlight-count">{count}</span>}
          </button>
        </nav>
      </header>
      {problem && (
        <p class="problem" role="status">
          {problem}
        </p>
      )}
      {view.kind === 'loading' && <p class="state">{t('loading')}</p>}
      {view.kind === 'unavailable' && <PageState state={tab === null ? 'panelNoPage' : view.reason} />}
      {view.kind === 'page' && tab && shown === 'brief' && (
        <PageBrief tabId={tab.id} view={view} highlights={[...highlights.drawn, ...highlights.orphans]} onHighlighted={refresh} />
      )}
      {view.kind === 'page' && tab && shown === 'highlights' && (
        <>
          <PageNoteEditor pageKey={view.info.pageKey} />
          <ExportPageButton pageKey={view.info.pageKey} highlights={[...highlights.drawn, ...highlights.orphans]} article={view.article} />
          <PageHighlightList list={highlights} onShow={onShow} onSave={onSave} />
        </>
      )}
    </main>
  );
}
