// Opening the side panel: Chromium's sidePanel API, Firefox's sidebar. Both open only in answer to the reader's
// own action (a click, a menu item, a command), so call this synchronously in its handler: an await before it
// loses the gesture.

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

const sidePanel = (): ChromeSidePanel | undefined => (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
const sidebar = (): FirefoxSidebar | undefined => (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/** Is there a side panel in this browser? */
export const hasSidePanel = () => !!(sidePanel() ?? sidebar());

/** Opens the panel for the window, so it follows the reader from tab to tab. */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const chromium = sidePanel();
  if (chromium && windowId !== undefined) return chromium.open({ windowId });
  const firefox = sidebar();
  if (firefox) return firefox.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}
