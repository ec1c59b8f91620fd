import { sendToTab } from '@/lib/messaging';
import { t } from '@/lib/i18n';

const HIGHLIGHT_MENU = 'brieflight-highlight';
const LIBRARY_MENU = 'brieflight-library';

/** Context-menu items and the keyboard command; listeners are registered synchronously. */
export function registerMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: HIGHLIGHT_MENU, title: t('menuHighlight'), contexts: ['selection'] });
    browser.contextMenus.create({ id: LIBRARY_MENU, title: t('menuLibrary'), contexts: [import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU && tab?.id !== undefined) void highlightIn(tab.id);
    if (info.menuItemId === LIBRARY_MENU) void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'highlight-selection' && tab?.id !== undefined) void highlightIn(tab.id);
  });
}

async function highlightIn(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, 'page.highlightSelection', {});
  } catch {
    // A page without our content script (a browser page, the Web Store): nothing to highlight.
  }
}
