import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { hasSidePanel, openSidePanel } from '@/lib/side-panel/open';
import { resolveTab, type TabRef } from '@/components/brief/page-client';
import { usePageBrief } from '@/components/brief/use-page-brief';
import { usePageHighlights } from '@/components/brief/use-page-highlights';
import { PageBrief } from '@/components/brief/PageBrief';
import { PageState } from '@/components/brief/PageState';
import { Counts } from '@/components/popup/Counts';
import { DefaultColor } from '@/components/popup/DefaultColor';
import { Mark } from '@/components/shared/Mark';

/** The popup: counts, the default colour, the brief in its short form, "Open beside the page", "Library". */
export function App() {
  const [tab, setTab] = useState<TabRef | null | undefined>(undefined);
  useEffect(() => void resolveTab().then(setTab), []);
  const view = usePageBrief(tab);
  const [highlights, refresh] = usePageHighlights(view.kind === 'page' && tab ? tab.id : null);
  const [problem, setProblem] = useState('');

  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  const openBeside = () => {
    // Synchronously, in the click: the browser opens a panel only in answer to the reader's action.
    openSidePanel(tab?.windowId).then(
      () => window.close(),
      () => setProblem(t('sidePanelFailed')),
    );
  };
  const count = highlights.known ? highlights.drawn.length + highlights.orphans.length : view.kind === 'page' ? view.info.highlightCount : 0;
  const orphans = highlights.known ? highlights.orphans : view.kind === 'page' ? view.info.orphans : [];

  return (
    <main class="popup">
      <header>
        <strong class="brand">
          <Mark /> Brieflight
        </strong>
        <span class="header-actions">
          {hasSidePanel() && tab && (
            <button type="button" class="small" data-testid="open-side-panel" onClick={openBeside}>
              {t('openBeside')}
            </button>
          )}
          <button type="button" class="small" data-testid="open-library" onClick={openLibrary}>
            {t('openLibrary')}
          </button>
        </span>
      </header>
      {problem && <p class="problem">{problem}</p>}
      {view.kind === 'loading' && <p class="state">{t('loading')}</p>}
      {view.kind === 'unavailable' && <PageState state={view.reason} />}
      {view.kind === 'page' && tab && (
        <>
          {view.brief !== 'pdf' && <Counts count={count} orphans={orphans} />}
          <PageBrief tabId={tab.id} view={view} highlights={[...highlights.drawn, ...highlights.orphans]} onHighlighted={refresh} />
        </>
      )}
      <footer>
        <DefaultColor />
      </footer>
    </main>
  );
}
