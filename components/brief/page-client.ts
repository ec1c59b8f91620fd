// What the popup and the side panel ask of a page's content script, and why a page cannot answer.
import { sendToBackground, sendToTab, MessageError, type PageBrief, type PageHighlightList, type PageInfo } from '@/lib/messaging';
import type { Article } from '@/lib/model/article';
import type { Highlight } from '@/lib/model/highlight';
import type { EditOp } from '@/lib/model/edit';

/** Why the brief of a page cannot be shown. */
export type Unavailable = 'restricted' | 'unreachable' | 'unavailable' | 'pageLoading' | 'pdf';

const RESTRICTED = /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|file):|^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com)/i;
const PDF = /\.pdf(?:$|[?#])/i;

export interface TabRef {
  id: number;
  url?: string;
  /** 'loading' until the page's document is ready; the content script starts after that. */
  status?: string;
  windowId?: number;
}

/** A tab by id, with what the browser lets us see of it. */
export async function tabRef(id: number): Promise<TabRef> {
  try {
    const tab = await browser.tabs.get(id);
    return { id, url: tab.url, status: tab.status, windowId: tab.windowId };
  } catch {
    return { id };
  }
}

/** The tab shown: `?tab=<id>` when given, else the active tab of the last focused window. */
export async function resolveTab(search = location.search): Promise<TabRef | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return tabRef(Number(param));
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url, status: tab.status, windowId: tab.windowId } : null;
}

/** Why a tab cannot be read, told by its address and loading state when the browser lets us see them. */
export function unavailableReason(url: string | undefined, status?: string): Unavailable {
  if (url && PDF.test(url) && /^(https?|file):/i.test(url)) return 'pdf';
  if (status === 'loading' && (!url || /^https?:/i.test(url))) return 'pageLoading';
  if (!url) return 'unavailable';
  return RESTRICTED.test(url) ? 'restricted' : /^https?:/i.test(url) ? 'unreachable' : 'restricted';
}

/** True for the browser's PDF viewer, where the content script runs but there is no article. */
export const isPdf = (info: Pick<PageInfo, 'contentType'>) => info.contentType === 'application/pdf';

export const pageInfo = (tabId: number): Promise<PageInfo> => sendToTab(tabId, 'page.info', {});

export async function cachedArticle(pageKey: string): Promise<Article | null> {
  try {
    return await sendToBackground('articles.get', { pageKey });
  } catch {
    return null;
  }
}

export const pageBrief = (tabId: number): Promise<PageBrief> => sendToTab(tabId, 'page.brief', {});

export const pageHighlights = (tabId: number, known?: number): Promise<PageHighlightList> => sendToTab(tabId, 'page.highlights', { known });

export const showHighlight = (tabId: number, id: string): Promise<boolean> => sendToTab(tabId, 'page.showHighlight', { id });

export const editHighlight = (tabId: number, id: string, ops: EditOp[]): Promise<Highlight> => sendToTab(tabId, 'page.editHighlight', { id, ops });

export { MessageError };
