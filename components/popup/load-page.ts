import { sendToBackground, sendToTab, MessageError, type PageBrief, type PageInfo } from '@/lib/messaging';
import type { Article } from '@/lib/model/article';

/** Why the popup cannot show a page's brief. */
export type Unavailable = 'restricted' | 'unreachable' | 'unavailable';

const RESTRICTED = /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|file):|^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com)/i;

/** The tab the popup shows: `?tab=<id>` when given, else the active tab of the last focused window. */
export async function resolveTab(search = location.search): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url };
    } catch {
      return { id };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

/** Why a tab cannot be read, told by its URL when the browser lets us see it. */
export function unavailableReason(url: string | undefined): Unavailable {
  if (!url) return 'unavailable';
  return RESTRICTED.test(url) ? 'restricted' : /^https?:/i.test(url) ? 'unreachable' : 'restricted';
}

export async function pageInfo(tabId: number): Promise<PageInfo> {
  return sendToTab(tabId, 'page.info', {});
}

export async function cachedArticle(pageKey: string): Promise<Article | null> {
  try {
    return await sendToBackground('articles.get', { pageKey });
  } catch {
    return null;
  }
}

export async function pageBrief(tabId: number): Promise<PageBrief> {
  return sendToTab(tabId, 'page.brief', {});
}

export { MessageError };
