import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDrawn, drawnTexts, launchBrowser, selectText, type Browser } from './browser';
import { startServer } from './server';
import { newsPage } from './news-page';

// The article this project started from, served as a normal news page. It lives in ../shared,
// so this file is skipped where ../shared is missing.
const SEED = path.resolve(import.meta.dirname, '../../../shared/seeds/000_11babb39e552591d.txt');
const hasSeed = existsSync(SEED);

describe.skipIf(!hasSeed)('the seed article in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    const lines = readFileSync(SEED, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const title = lines.find((l) => l.length > 40) ?? lines[0]!;
    const body = lines.slice(lines.indexOf(title) + 1);
    server = await startServer({ '/seed.html': newsPage({ title, paragraphs: body }) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists its directives and the 95% disbursement target, and keeps a highlight across a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed.html'));
    let popup = await browser.popup(page);
    await popup.getByTestId('directive').first().waitFor();
    expect(await popup.getByTestId('directive').count()).toBeGreaterThanOrEqual(8);
    const targets = await popup.getByTestId('target').allTextContents();
    expect(targets.find((x) => x.includes('tối thiểu đạt trên 95%'))).toContain('95%');
    await popup.close();

    const quote = 'giải ngân vốn đầu tư công';
    await selectText(page, 'article', quote);
    await page.getByTestId('highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain(quote);
    await page.reload();
    await expect.poll(async () => allDrawn(await drawnTexts(page)), { timeout: 10_000 }).toContain(quote);
    popup = await browser.popup(page);
    await expect.poll(() => popup.getByTestId('highlight-count').textContent()).toBe('1');
    expect(await popup.getByTestId('orphan-count').textContent()).toBe('0');
  });
});
