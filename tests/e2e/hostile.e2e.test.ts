// Issue 16: hostile pages in Chromium. Each attack runs as the page's own script (page.evaluate runs in
// the page's world, as a script of the site would) and asserts that nothing happened: no highlight
// created, changed or deleted, nothing of the reader's readable, the UI still working. The attacks both
// browsers have are in hostile-suite.ts; here are also those only Chromium has (a service worker to stop,
// a static extension address, a main world whose attachShadow a page can replace).
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { allDrawn, clickInText, drawnTexts, selectText } from './browser';
import { inUi } from './page-ui';
import { hostileTally } from './hostile-tally';
import { attacks, passage, useHostileSite } from './hostile-pages';
import { hostileSuite, type HostileDriver } from './hostile-suite';

const site = useHostileSite();
const session = useBrowser(site.routes);
const attack = hostileTally('chromium');

/**
 * Sends messages to the content script of the tab showing `page`, from an extension page (the service
 * worker may just have been stopped, and Playwright's handle on it with it).
 */
async function ask(page: Page, messages: unknown[]): Promise<{ ok: boolean; value?: unknown }[]> {
  const ext = await session.browser.context.newPage();
  try {
    await ext.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=-1`);
    // Tabs in the order of the context's pages, as Browser.tabId counts them (no tab addresses without the tabs permission).
    const index = session.browser.context.pages().indexOf(page);
    return await ext.evaluate(
      async ([at, list]) => {
        type Tab = { id: number; index: number; windowId: number };
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown, o: object): Promise<never> } } }).chrome;
        const tabs = (await api.tabs.query({})).sort((x, y) => x.windowId - y.windowId || x.index - y.index);
        const id = tabs[at as number]!.id;
        return Promise.all((list as unknown[]).map((m) => api.tabs.sendMessage(id, m, { frameId: 0 })));
      },
      [index, messages] as const,
    );
  } finally {
    await ext.close();
  }
}

const driver: HostileDriver<Page> = {
  url: (path) => session.server.url(path),
  open: async (url) => {
    const page = await session.browser.context.newPage();
    await page.goto(url);
    return page;
  },
  reload: async (page) => void (await page.reload()),
  close: (page) => page.close(),
  bringToFront: (page) => page.bringToFront(),
  evaluate: (page, fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
  select: (page, text) => selectText(page, 'article', text),
  click: (page, testId) => inUi(page, testId).click(),
  clickText: async (page, text) => {
    await page.evaluate((t) => [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes(t))!.scrollIntoView({ block: 'center' }), text);
    await clickInText(page, 'article p', text);
  },
  type: async (page, testId, text, enter) => {
    await inUi(page, testId).click();
    await page.keyboard.type(text);
    if (enter) await page.keyboard.press('Enter');
  },
  texts: (page, testId) => inUi(page, testId).allTextContents(),
  drawn: async (page) => allDrawn(await drawnTexts(page)),
  ask,
  // The id of a published extension is public (its store address); WXT names the event after it.
  startUpEvent: () => `${session.browser.extensionId}:content:wxt:content-script-started`,
};

describe('a hostile page in Chromium', () => {
  const { stored } = hostileSuite(attack, site, () => driver);

  attack('the page drives the toolbar and editor', 'cannot capture the closed shadow root by replacing attachShadow before we start', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(attacks.hookAttachShadow);
    await page.goto(session.server.url('/article.html'));
    await selectText(page, 'article', passage(3));
    await inUi(page, 'highlight-button').waitFor();
    expect(await page.evaluate(() => (window as unknown as { captured?: unknown[] }).captured?.length ?? 0)).toBe(0);
    await page.close();
  });

  attack('fingerprinting', "cannot fetch the article reader at the extension's static address", async () => {
    const page = await session.open('/article.html');
    const status = await page.evaluate(attacks.fetchResource, `chrome-extension://${session.browser.extensionId}/article-reader.js`);
    expect(status).toBe('refused');
    await page.close();
  });

  attack(
    'faults',
    'a worker stopped in the middle of saves: each passage stored once after its retry, and the reader told what to do',
    async () => {
      const page = await driver.open(driver.url('/other.html'));
      const extensionPage = await session.browser.context.newPage();
      await extensionPage.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
      const cdp = await session.browser.context.newCDPSession(extensionPage);
      await cdp.send('ServiceWorker.enable');
      await page.bringToFront();
      const told: string[] = [];
      const tries = Array.from({ length: 8 }, (_, i) => passage(20 + i));
      for (const text of tries) {
        await selectText(page, 'article', text);
        await inUi(page, 'highlight-button').click();
        await cdp.send('ServiceWorker.stopAllWorkers');
        // An error keeps the toolbar and the selection: the reader tries again until it is drawn.
        for (let retry = 0; retry < 5 && !allDrawn(await drawnTexts(page)).includes(text); retry++) {
          await page.waitForTimeout(300);
          if (await inUi(page, 'toolbar-error').count()) {
            told.push(...(await inUi(page, 'toolbar-error').allTextContents()));
            await inUi(page, 'highlight-button').click();
          }
        }
      }
      const texts = (await stored(page)).map((h) => h.text).sort();
      expect(texts).toEqual([...tries].sort());
      for (const text of told) expect(text).not.toMatch(/No valid reply|bulkPut|operations failed|Error:/);
      await extensionPage.close();
      await page.close();
    },
    90_000,
  );

});
