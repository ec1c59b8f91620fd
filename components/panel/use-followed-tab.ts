import { useEffect, useState } from 'preact/hooks';
import { tabRef, type TabRef } from '@/components/brief/page-client';

/**
 * The tab the side panel shows. `?tab=<id>` pins it to one tab (the test hook, and a panel opened as a page);
 * otherwise it is the active tab of the panel's window, followed as the reader switches tabs. `loads` counts
 * the tab's navigations, so what was shown for the old page is read again.
 */
export function useFollowedTab(search = location.search): { tab: TabRef | null | undefined; loads: number } {
  const [tab, setTab] = useState<TabRef | null | undefined>(undefined);
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const param = new URLSearchParams(search).get('tab');
    const pinned = param && /^\d+$/.test(param) ? Number(param) : null;
    let shown: number | null = pinned;
    let windowId: number | undefined;
    const show = async (id: number) => {
      shown = id;
      setTab(await tabRef(id));
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinned === null && info.windowId === windowId) void show(info.tabId);
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id !== shown || !change.status) return;
      void tabRef(id).then(setTab);
      // A new page started loading in the tab: read it again (its brief waits until it is ready).
      if (change.status === 'loading') setLoads((n) => n + 1);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    void (async () => {
      if (pinned !== null) return show(pinned);
      windowId = (await browser.windows.getCurrent()).id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      if (active?.id !== undefined) await show(active.id);
      else setTab(null);
    })();
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [search]);
  return { tab, loads };
}
