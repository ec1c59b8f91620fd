import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { allDrawn, clickInText, drawnTexts, highlightTexts, selectText } from './browser';
import { inUi } from './page-ui';

const session = useBrowser();

const flashed = async (page: Page) => (await highlightTexts(page)).flash ?? [];

async function highlight(page: Page, quote: string, color?: string) {
  await selectText(page, 'article', quote);
  if (color) await inUi(page, `color-${color}`).click();
  else await inUi(page, 'highlight-button').click();
  await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain(quote);
}

// Each test highlights its own page or passage: highlights stay in the browser profile between tests.
describe('the side panel', () => {
  it('is in the manifest as the side panel, with its command and no new permission beyond sidePanel', async () => {
    const panel = await session.browser.context.newPage();
    await panel.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    const manifest = await panel.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest());
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab', 'sidePanel']);
    expect(Object.keys(manifest.commands as object)).toContain('open-side-panel');
    await panel.close();
  });

  it('opens beside the page from the popup, which then closes', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.browser.popup(page);
    expect(await session.browser.openSidePanels()).toEqual([]);
    await popup.getByTestId('open-side-panel').click();
    await expect.poll(() => session.browser.openSidePanels()).toEqual([expect.stringMatching(/\/sidepanel\.html$/)]);
    await expect.poll(() => popup.isClosed()).toBe(true);
    await page.close();
  });

  it('follows the active tab of its window', async () => {
    const vi = await session.open('/vi-chinh-phu.html');
    const en = await session.open('/en-news.html');
    // Opened without ?tab=, as the browser opens it: it shows the window's active tab and follows it.
    const panel = await session.browser.context.newPage();
    await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html`);
    await vi.bringToFront();
    await expect.poll(() => panel.getByTestId('article-title').textContent()).toContain('đẩy nhanh giải ngân');
    await en.bringToFront();
    await expect.poll(() => panel.getByTestId('article-title').textContent()).toContain('Governor orders schools');
    await panel.close();
    await vi.close();
    await en.close();
  });

  it('shows the brief beside an article, and a jump from it flashes the page while the panel stays open', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 400 });
    await page.goto(session.server.url('/vi-chinh-phu.html'));
    const panel = await session.browser.sidePanel(page);
    await panel.getByTestId('directive').first().waitFor();
    expect(await panel.getByTestId('brief-tab').getAttribute('aria-selected')).toBe('true');
    const item = panel.getByTestId('directive').filter({ hasText: 'Chịu trách nhiệm trước Chính phủ' });
    await item.getByTestId('jump').click();
    await expect.poll(() => flashed(page)).toEqual([expect.stringContaining('chịu trách nhiệm trước Chính phủ')]);
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // Still open, still showing the brief, and a second jump works too.
    expect(panel.isClosed()).toBe(false);
    await panel.getByTestId('directive').filter({ hasText: 'Hoàn thành công tác giải phóng mặt bằng' }).getByTestId('jump').click();
    await expect.poll(() => flashed(page)).toEqual([expect.stringContaining('giải phóng mặt bằng')]);
    await panel.close();
    await page.close();
  });

  it("lists the page's highlights in reading order with colour, note and tags, and shows one on the page when clicked", async () => {
    const page = await session.open('/en-news.html');
    // Made out of order: the panel lists them as the page reads.
    await highlight(page, 'hire 40 energy advisers', 'green');
    await highlight(page, 'cut their energy use');
    await highlight(page, 'a savings plan within 90 days', 'blue');
    const panel = await session.browser.sidePanel(page);
    await panel.getByTestId('highlights-tab').click();
    const rows = panel.getByTestId('panel-highlight');
    await expect.poll(() => rows.count()).toBe(3);
    const quotes = await panel.getByTestId('panel-quote').allTextContents();
    expect(quotes).toEqual(['cut their energy use', 'a savings plan within 90 days', 'hire 40 energy advisers']);
    expect(await rows.nth(2).getAttribute('class')).toContain('color-green');
    // Filter by colour.
    await panel.getByTestId('panel-color-blue').click();
    expect(await panel.getByTestId('panel-quote').allTextContents()).toEqual(['a savings plan within 90 days']);
    await panel.getByTestId('panel-color-all').click();
    await expect.poll(() => rows.count()).toBe(3);
    await panel.getByTestId('panel-quote').filter({ hasText: 'hire 40 energy advisers' }).click();
    await expect.poll(() => flashed(page)).toEqual(['hire 40 energy advisers']);
    await panel.close();
    await page.close();
  });

  it('saves a multi-line note and tags edited in the panel, and the page shows them; edits on the page show in the panel within a second', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    await highlight(page, 'rà soát, điều chuyển vốn');
    const panel = await session.browser.sidePanel(page);
    await panel.getByTestId('highlights-tab').click();
    const row = panel.getByTestId('panel-highlight').first();
    await row.waitFor();
    // Edited in the panel, from the keyboard: Enter on the row opens it.
    await row.focus();
    await panel.keyboard.press('Enter');
    const note = 'Việc 1: rà soát\nViệc 2: báo cáo trước 30/6';
    await panel.getByTestId('panel-note-input').fill(note);
    await panel.getByTestId('panel-tags-input').fill('energy, schools, energy');
    await panel.getByTestId('panel-save').click();
    await expect.poll(() => row.getByTestId('panel-note').textContent()).toBe(note);
    expect(await row.getByTestId('panel-tag').allTextContents()).toEqual(['energy', 'schools']);
    // The page's editor shows the panel's edit.
    await page.bringToFront();
    await clickInText(page, 'article p', 'rà soát, điều chuyển vốn');
    await expect.poll(() => inUi(page, 'note-input').inputValue()).toBe(note);
    expect(await inUi(page, 'tag').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('energy'), expect.stringContaining('schools')]));
    // Edited on the page: the panel follows within a second.
    await inUi(page, 'color-pink').click();
    await expect.poll(() => row.getAttribute('class'), { timeout: 1_000 }).toContain('color-pink');
    await page.keyboard.press('Escape');
    await highlight(page, 'nhiệm vụ chính trị trọng tâm');
    await expect.poll(() => panel.getByTestId('panel-highlight').count(), { timeout: 1_000 }).toBe(2);
    await panel.close();
    await page.close();
  });

  it('offers the reader\'s tags of every page while tags are typed in the panel, and none of them in the page', async () => {
    const first = await session.open('/vi-chinh-phu.html');
    await highlight(first, 'hoàn thành công tác giải phóng mặt bằng');
    let panel = await session.browser.sidePanel(first);
    await panel.getByTestId('highlights-tab').click();
    const row = panel.getByTestId('panel-highlight').filter({ hasText: 'giải phóng mặt bằng' });
    await row.focus();
    await panel.keyboard.press('Enter');
    await panel.getByTestId('panel-tags-input').fill('tiến-độ-dự-án');
    await panel.getByTestId('panel-save').click();
    await panel.close();

    const other = await session.open('/en-news.html');
    await highlight(other, 'a savings plan within 90 days');
    panel = await session.browser.sidePanel(other);
    await panel.getByTestId('highlights-tab').click();
    await panel.getByTestId('panel-highlight').first().focus();
    await panel.keyboard.press('Enter');
    const input = panel.getByTestId('panel-tags-input');
    const offered = () => panel.evaluate(() => [...document.querySelectorAll('[data-testid=panel-tag-suggestions] option')].map((o) => (o as HTMLOptionElement).value));
    await expect.poll(offered).toContain('tiến-độ-dự-án');
    expect(await input.getAttribute('list')).toBe(await panel.getByTestId('panel-tag-suggestions').getAttribute('id'));
    expect(await other.evaluate(() => document.documentElement.outerHTML)).not.toContain('tiến-độ-dự-án');
    await panel.close();
    await other.close();
    await first.close();
  });

  it('lists orphans at the end with their quote and note', async () => {
    let version = 0;
    const paragraphs = [
      'The council will publish the new bus timetables before the spring.',
      'Residents can comment on the plan until the end of the month.',
    ];
    session.server.routes['/changing.html'] = () =>
      `<!doctype html><html lang="en"><head><title>Changing</title></head><body><article><h1>Changing page</h1>${(version ? paragraphs.slice(1) : paragraphs).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const page = await session.open('/changing.html');
    await highlight(page, 'publish the new bus timetables');
    await highlight(page, 'comment on the plan');
    version = 1;
    await page.reload();
    await expect.poll(async () => allDrawn(await drawnTexts(page)), { timeout: 10_000 }).toEqual(['comment on the plan']);
    const panel = await session.browser.sidePanel(page);
    await panel.getByTestId('highlights-tab').click();
    await expect.poll(() => panel.getByTestId('panel-quote').allTextContents()).toEqual(['comment on the plan', 'publish the new bus timetables']);
    expect(await panel.getByTestId('panel-highlight').last().getAttribute('class')).toContain('orphan');
    await panel.close();
    await page.close();
  });
});
