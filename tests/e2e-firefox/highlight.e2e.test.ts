import { describe, expect, it } from 'vitest';
import { useFirefox } from './setup';
import { allByTestId, byTestId, click, drawn, drawnTexts, selectText, textOf } from './page';

const plainPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry timetable</title></head><body><main><article><h1>Ferries every hour</h1>
<p>The harbour board told the operator to run a ferry every hour from the first of May.</p><p>Night crossings will be added in summer.</p></article></main></body></html>`;
const session = useFirefox({ '/ferry.html': plainPage });

describe('highlights in Firefox', () => {
  it('are made with the toolbar, drawn, drawn again after a reload, and counted in the popup', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const quote = 'rà soát, điều chuyển vốn từ các dự án chậm giải ngân';
    await selectText(page, 'article', quote);
    await click(page, 'highlight-button');
    await expect.poll(() => drawn(page)).toContain(quote);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toContain(quote);
    const popup = await session.firefox.popup(page);
    await expect.poll(() => textOf(popup, 'highlight-count')).toBe('1');
    expect(await textOf(popup, 'orphan-count')).toBe('0');
    await popup.close();
    await page.close();
  });

  it('are made from the keyboard: Tab to the toolbar, Enter highlights, Escape closes', async () => {
    const page = await session.open('/en-news.html');
    await selectText(page, 'article', 'hire 40 energy advisers');
    await byTestId(page, 'highlight-button');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await allByTestId(page, 'highlight-button')).length).toBe(0);
    await page.mouse.click(5, 300);
    await selectText(page, 'article', 'hire 40 energy advisers');
    await byTestId(page, 'highlight-button');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => drawn(page)).toContain('hire 40 energy advisers');
    await page.close();
  });

  it('highlights in the default colour chosen in the popup when the command is sent to the tab', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.firefox.popup(page);
    await click(popup, 'default-color-pink');
    await expect.poll(async () => (await byTestId(popup, 'default-color-pink')).evaluate((e) => e.getAttribute('aria-pressed'))).toBe('true');
    await popup.close();
    await selectText(page, 'article', 'a savings plan within 90 days');
    // Alt+Shift+H and the context menu send this message to the tab.
    await session.firefox.sendToTab(page, { type: 'page.highlightSelection', data: {} });
    await expect.poll(async () => (await drawnTexts(page)).pink ?? []).toEqual(['a savings plan within 90 days']);
    await page.close();
  });

  it('stores a page under one key whatever tracking parameters and fragment its address has', async () => {
    // lib/url/page-key.ts reads the query through the page's URL object: in Firefox an Xray wrapper,
    // whose iterators cannot be spread (the content script died on every page before).
    const page = await session.open('/ferry.html?utm_source=newsletter&utm_medium=email#top');
    await selectText(page, 'article', 'run a ferry every hour');
    await click(page, 'highlight-button');
    await expect.poll(() => drawn(page)).toContain('run a ferry every hour');
    const again = await session.open('/ferry.html?fbclid=abc');
    await expect.poll(() => drawn(again), { timeout: 10_000 }).toContain('run a ferry every hour');
    const popup = await session.firefox.popup(again);
    await expect.poll(() => textOf(popup, 'highlight-count')).toBe('1');
    await popup.close();
    await again.close();
    await page.close();
  });

  it('never creates an IndexedDB database in the page’s own origin', async () => {
    const page = await session.open('/en-news.html');
    await selectText(page, 'article', 'the least efficient buildings');
    await click(page, 'highlight-button');
    await expect.poll(() => drawn(page)).toContain('the least efficient buildings');
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).toEqual([]);
    await page.close();
  });
});
