import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDrawn, drawnTexts, launchBrowser, selectText, type Browser } from './browser';
import { inUi } from './page-ui';
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
    const headline = popup.getByTestId('target').filter({ has: popup.getByTestId('target-goal').filter({ hasText: /^> 95%$/ }) });
    expect(await headline.getByTestId('target-metric').textContent()).toMatch(/giải ngân/i);
    expect(await headline.getAttribute('title')).toContain('tối thiểu đạt trên 95%');

    await popup.close();

    const quote = 'giải ngân vốn đầu tư công';
    await selectText(page, 'article', quote);
    await inUi(page, 'highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain(quote);
    await page.reload();
    await expect.poll(async () => allDrawn(await drawnTexts(page)), { timeout: 10_000 }).toContain(quote);
    popup = await browser.popup(page);
    await expect.poll(() => popup.getByTestId('highlight-count').textContent()).toBe('1');
    expect(await popup.getByTestId('orphan-count').textContent()).toBe('0');
  });

  it('fits its brief in 1,500 px of a 400 px side panel: the first directives of each group, then "show all"', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed.html'));
    const panel = await browser.sidePanel(page, 400);
    await panel.getByTestId('directive').first().waitFor();
    const height = () => panel.evaluate(() => Math.round(document.querySelector('.brief')!.getBoundingClientRect().height));
    const short = await height();
    console.log(`seed brief in a 400 px side panel: ${short} px`);
    expect(short).toBeLessThanOrEqual(1500);
    await panel.screenshot({ path: 'test-results/pictures/side-panel-seed.png', fullPage: true });
    const total = Number(/\d+/.exec((await panel.getByTestId('show-all').textContent())!)![0]);
    const shown = await panel.getByTestId('directive').count();
    expect(total).toBeGreaterThan(12);
    expect(shown).toBeLessThan(total);
    await panel.getByTestId('show-all').click();
    await expect.poll(() => panel.getByTestId('directive').count()).toBe(total);
    console.log(`seed brief with all ${total} directives: ${await height()} px`);
    // A group collapses, and opens again.
    const group = panel.locator('.group').filter({ has: panel.getByTestId('addressee-group').filter({ hasText: 'Ban Cán sự đảng UBND thành phố' }) });
    const inGroup = await group.getByTestId('directive').count();
    expect(inGroup).toBeGreaterThan(1);
    await group.getByTestId('addressee-group').click();
    expect(await group.getByTestId('directive').count()).toBe(0);
    expect(await panel.getByTestId('directive').count()).toBe(total - inGroup);
    await group.getByTestId('addressee-group').click();
    expect(await group.getByTestId('directive').count()).toBe(inGroup);
    await panel.close();
    await page.close();
  });
});
