import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { allDrawn, drawnTexts, selectText } from './browser';
import { inUi } from './page-ui';

const session = useBrowser();

describe('highlights made through the toolbar', () => {
  it('are saved, drawn, drawn again after a reload, and counted in the popup', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const quote = 'rà soát, điều chuyển vốn từ các dự án chậm giải ngân';
    await selectText(page, 'article', quote);
    await inUi(page, 'highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain(quote);

    await page.reload();
    await expect.poll(async () => allDrawn(await drawnTexts(page)), { timeout: 10_000 }).toContain(quote);

    const popup = await session.browser.popup(page);
    await expect.poll(() => popup.getByTestId('highlight-count').textContent()).toBe('1');
    expect(await popup.getByTestId('orphan-count').textContent()).toBe('0');
    await popup.close();
    await page.close();
  });

  it('never creates an IndexedDB database in the page’s own origin', async () => {
    const page = await session.open('/en-news.html');
    await selectText(page, 'article', 'cut their energy use');
    await inUi(page, 'highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain('cut their energy use');
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).toEqual([]);
    await page.close();
  });

  it('highlights in the default colour chosen in the popup, as the keyboard command and context menu do', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.browser.popup(page);
    await popup.getByTestId('default-color-pink').click();
    await expect.poll(() => popup.getByTestId('default-color-pink').getAttribute('aria-pressed')).toBe('true');
    await popup.close();

    await selectText(page, 'article', 'a savings plan within 90 days');
    // Alt+Shift+H and the context menu send this message from the background to the tab.
    await session.browser.sendFromBackground(page, { type: 'page.highlightSelection', data: {} });
    await expect.poll(async () => (await drawnTexts(page)).pink ?? []).toEqual(['a savings plan within 90 days']);
    await page.close();
  });

  it('is reachable from the keyboard: Tab to the toolbar, Enter highlights, Escape closes', async () => {
    const page = await session.open('/en-news.html');
    await selectText(page, 'article', 'hire 40 energy advisers');
    const button = inUi(page, 'highlight-button');
    await button.waitFor();
    await page.keyboard.press('Escape');
    await button.waitFor({ state: 'detached' });
    await page.mouse.click(5, 300); // drop the old selection: a drag inside it would move the text
    await selectText(page, 'article', 'hire 40 energy advisers');
    await button.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain('hire 40 energy advisers');
    await page.close();
  });

  it('still saves and loads highlights after the browser stopped the service worker', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    // The extension's own page sees its service worker through the DevTools protocol.
    const extensionPage = await session.browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    const cdp = await session.browser.context.newCDPSession(extensionPage);
    let status = '';
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      const ours = event.versions.find((v) => v.scriptURL.endsWith('/background.js'));
      if (ours) status = ours.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    const stopWorker = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => status).toBe('stopped');
    };
    await stopWorker();
    await page.bringToFront();
    await selectText(page, 'article', 'hướng dẫn tháo gỡ vướng mắc');
    await inUi(page, 'highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page)), { timeout: 10_000 }).toContain('hướng dẫn tháo gỡ vướng mắc');
    await stopWorker();
    await page.reload();
    await expect.poll(async () => allDrawn(await drawnTexts(page)), { timeout: 10_000 }).toContain('hướng dẫn tháo gỡ vướng mắc');
    await extensionPage.close();
    await page.close();
  });
});
