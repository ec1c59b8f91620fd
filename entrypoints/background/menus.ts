import { sendToTab } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { hasSidePanel, openSidePanel } from '@/lib/side-panel/open';

const HIGHLIGHT_MENU = 'brieflight-highlight';
const LIBRARY_MENU = 'brieflight-library';
const SIDE_PANEL_MENU = 'brieflight-side-panel';

/** Context-menu items and the keyboard command; listeners are registered synchronously. */
export function registerMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: HIGHLIGHT_MENU, title: t('menuHighlight'), contexts: ['selection'] });
    const action = import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action';
    browser.contextMenus.create({ id: LIBRARY_MENU, title: t('menuLibrary'), contexts: [action] });
    if (hasSidePanel()) browser.contextMenus.create({ id: SIDE_PANEL_MENU, title: t('menuSidePanel'), contexts: ['page', 'selection', action] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU && tab?.id !== undefined) void highlightIn(tab.id);
    if (info.menuItemId === LIBRARY_MENU) void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    if (info.menuItemId === SIDE_PANEL_MENU) openBeside(tab?.windowId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'highlight-selection' && tab?.id !== undefined) void highlightIn(tab.id);
    if (command === 'open-side-panel') openBeside(tab?.windowId);
  });
}

/** Opens the side panel at once, in the reader's gesture (no await before it). */
function openBeside(windowId: number | undefined): void {
  openSidePanel(windowId).catch(() => {
    // No panel in this browser, or the window closed meanwhile: nothing to show.
  });
}

async function highlightIn(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, 'page.highlightSelection', {});
  } catch {
    // A page without our content script (a browser page, the Web Store): nothing to highlight.
  }
}
