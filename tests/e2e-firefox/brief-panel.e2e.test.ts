// The brief at a glance and the sidebar (issue 13) in Firefox: the sidebar is sidebar_action's sidepanel.html,
// opened here as a page of its own for a tab (`?tab=<id>`), as in the Chromium suite.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from './setup';
import { allByTestId, byTestId, click, clickIn, textsIn, clickInText, drawn, drawnTexts, highlightTexts, selectText, texts, withText } from './page';

const ferry = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry timetable</title></head><body><main><article><h1>Ferries every hour</h1>
<p>The harbour board told the operator to run a ferry every hour from the first of May.</p><p>Night crossings will be added in summer.</p></article></main></body></html>`;
// Each test highlights its own page or passage: highlights stay in the profile between tests.
const session = useFirefox({ '/ferry.html': ferry });

async function highlight(page: Page, quote: string) {
  await selectText(page, 'article', quote);
  await click(page, 'highlight-button');
  await expect.poll(() => drawn(page)).toContain(quote);
}

describe('the brief and the sidebar in Firefox', () => {
  it('puts the targets table first with readable goals, then one line per directive', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.firefox.popup(page);
    await byTestId(popup, 'directive');
    expect(await texts(popup, 'target-goal')).toEqual(expect.arrayContaining(['> 95%', '≥ 3.000 km', 'trước 30/6/2025']));
    for (const metric of await texts(popup, 'target-metric')) expect(metric).toMatch(/\p{L}/u);
    const actions = await texts(popup, 'directive-action');
    expect(actions.length).toBeGreaterThan(5);
    for (const a of actions) expect(a.split(' ').length).toBeLessThanOrEqual(15);
    const first = await (await byTestId(popup, 'target')).evaluate((t) => t.compareDocumentPosition(document.querySelector('[data-testid="directive"]')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(first).toBeTruthy();
    await popup.close();
    await page.close();
  });

  it('highlights a brief item once, with feedback next to it', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.firefox.popup(page);
    await byTestId(popup, 'directive');
    const item = (await withText(popup, 'directive', 'Publish a list of the least efficient buildings'))!;
    await clickIn(item, 'highlight-item');
    await expect.poll(async () => (await textsIn(item, 'item-status'))[0]).toBe('Highlighted');
    await expect.poll(() => texts(popup, 'highlight-count')).toEqual(['1']);
    await clickIn(item, 'highlight-item');
    await expect.poll(async () => (await textsIn(item, 'item-status'))[0]).toBe('Already highlighted');
    expect(await drawn(page)).toHaveLength(1);
    await popup.close();
    await page.close();
  });

  it('shows the sidebar beside an article: the brief, a jump that flashes the page, the highlights in reading order', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    await highlight(page, 'nhiệm vụ chính trị trọng tâm');
    await highlight(page, 'hướng dẫn tháo gỡ vướng mắc');
    await highlight(page, 'tỷ lệ giải ngân cả năm 2025');
    const panel = await session.firefox.sidePanel(page);
    await byTestId(panel, 'directive');
    const item = (await withText(panel, 'directive', 'Chịu trách nhiệm trước Chính phủ'))!;
    await clickIn(item, 'jump');
    await expect.poll(async () => (await highlightTexts(page)).flash ?? []).toEqual([expect.stringContaining('chịu trách nhiệm trước Chính phủ')]);
    await click(panel, 'highlights-tab');
    await expect.poll(() => texts(panel, 'panel-quote')).toEqual(['nhiệm vụ chính trị trọng tâm', 'tỷ lệ giải ngân cả năm 2025', 'hướng dẫn tháo gỡ vướng mắc']);
    await panel.close();
    await page.close();
  });

  it('carries edits from the sidebar to the page and from the page to the sidebar', async () => {
    const page = await session.open('/ferry.html');
    await highlight(page, 'run a ferry every hour');
    const panel = await session.firefox.sidePanel(page);
    await click(panel, 'highlights-tab');
    const row = await byTestId(panel, 'panel-highlight');
    await clickIn(row, 'panel-edit');
    const note = 'Line one\nLine two';
    const field = await byTestId(panel, 'panel-note-input');
    await field.evaluate((el, value) => {
      const area = el as HTMLTextAreaElement;
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, note);
    await click(panel, 'panel-save');
    await expect.poll(async () => (await allByTestId(panel, 'panel-note')).length).toBe(1);
    expect(await (await byTestId(panel, 'panel-note')).evaluate((e) => e.textContent)).toBe(note);
    // Here the page and the sidebar are two tabs: each is brought to the front in turn, as both are in sight beside each other.
    await page.bringToFront();
    await clickInText(page, 'article p', 'run a ferry every hour');
    await expect.poll(async () => (await byTestId(page, 'note-input')).evaluate((e) => (e as HTMLTextAreaElement).value)).toBe(note);
    await click(page, 'color-blue');
    await panel.bringToFront();
    await expect.poll(async () => row.evaluate((e) => e.className), { timeout: 1_500 }).toContain('color-blue');
    await panel.close();
    await page.close();
  });

  it('picks a toolbar colour with the arrow keys', async () => {
    const page = await session.open('/en-news.html');
    await selectText(page, 'article', 'hire 40 energy advisers');
    await byTestId(page, 'highlight-button');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await drawnTexts(page)).green ?? []).toEqual(['hire 40 energy advisers']);
    await page.close();
  });
});
