import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { startServer } from './server';

// Long English pages from ../shared (skipped where it is missing): a news article with a dozen
// directives, and a specification whose brief runs to about 50, which the panel must keep short.
const SHARED = path.resolve(import.meta.dirname, '../../../shared/corpus');
const NEWS = path.join(SHARED, 'news-en/space-nasa-landers.html');
const SPEC = path.join(SHARED, 'readability-pages/ietf-1/source.html');

// The pages as saved, without their scripts: this machine has no internet, and the news page's own scripts
// wait for their hosts or send the tab to one (which then shows the browser's error page, not the article).
const offline = (file: string) => readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');

describe.skipIf(!existsSync(NEWS) || !existsSync(SPEC))('a long English page in the side panel', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ '/news.html': offline(NEWS), '/spec.html': offline(SPEC) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const briefHeight = (panel: Awaited<ReturnType<Browser['sidePanel']>>) =>
    panel.evaluate(() => Math.round(document.querySelector('.brief')!.getBoundingClientRect().height));

  it('shows a news article\'s targets and one line per directive, each line shorter than its sentence', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/news.html'));
    const panel = await browser.sidePanel(page, 400);
    await panel.getByTestId('directive').first().waitFor();
    expect(await panel.getByTestId('target').count()).toBeGreaterThan(0);
    const directives = panel.getByTestId('directive');
    for (let i = 0; i < (await directives.count()); i++) {
      const item = directives.nth(i);
      const action = (await item.getByTestId('directive-action').textContent())!.trim();
      const sentence = (await item.getAttribute('title')) ?? '';
      expect(action.split(/\s+/).length).toBeLessThanOrEqual(14);
      expect(sentence.length).toBeGreaterThanOrEqual(action.replace(/…$/, '').length);
    }
    console.log(`space-nasa-landers brief in a 400 px side panel: ${await briefHeight(panel)} px`);
    // Kept out of docs/pictures: the page's text belongs to ../shared, not to this repository.
    await panel.screenshot({ path: 'test-results/pictures/side-panel-long-en.png', fullPage: true });
  });

  it('keeps a brief of over 40 directives (a specification) to the first items of each group and "Show all N"', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/spec.html'));
    const panel = await browser.sidePanel(page, 400);
    await panel.getByTestId('show-all').waitFor();
    const total = Number(/\d+/.exec((await panel.getByTestId('show-all').textContent())!)![0]);
    const shown = await panel.getByTestId('directive').count();
    expect(total).toBeGreaterThan(40);
    expect(shown).toBeLessThanOrEqual(total / 1.5);
    const short = await briefHeight(panel);
    console.log(`ietf-1 brief in a 400 px side panel: ${short} px with ${shown} of ${total} directives`);
    await panel.getByTestId('show-all').click();
    await expect.poll(() => panel.getByTestId('directive').count()).toBe(total);
    expect(await briefHeight(panel)).toBeGreaterThan(short);
  });
});
