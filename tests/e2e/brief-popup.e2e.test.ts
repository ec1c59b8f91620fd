import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { highlightTexts } from './browser';

const session = useBrowser();

const flashed = async (page: import('playwright-core').Page) => (await highlightTexts(page)).flash ?? [];

describe('the brief in the popup', () => {
  it('groups Vietnamese directives by addressee and shows the targets table', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.browser.popup(page);
    await popup.getByTestId('directive').first().waitFor();
    const groups = await popup.getByTestId('addressee-group').allTextContents();
    expect(groups.some((g) => g.includes('Bộ Tài chính'))).toBe(true);
    expect(groups.some((g) => g.includes('Bộ Xây dựng'))).toBe(true);
    const goal = await popup.getByTestId('target').filter({ hasText: 'đạt trên 95%' }).getByTestId('target-goal').textContent();
    expect(goal?.replace(/\s+/g, ' ').trim()).toBe('> 95%');
    const deadline = await popup.getByTestId('target').filter({ hasText: '30/6/2025' }).textContent();
    expect(deadline).toContain('2025-06-30');
    await popup.close();
    await page.close();
  });

  it('jumps to a directive on the page and flashes it', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 400 });
    await page.goto(session.server.url('/vi-chinh-phu.html'));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const popup = await session.browser.popup(page);
    const item = popup.getByTestId('directive').filter({ hasText: 'chịu trách nhiệm trước Chính phủ' });
    await item.getByTestId('jump').click();
    await expect.poll(() => flashed(page)).toEqual([expect.stringContaining('chịu trách nhiệm trước Chính phủ')]);
    // The directive was below the fold; after the jump it is inside the viewport.
    const inView = () =>
      page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes('chịu trách nhiệm trước Chính phủ'))!;
        const r = p.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    // In a real browser the popup floats over the visible page; here the page is another tab.
    await page.bringToFront();
    await expect.poll(inView).toBe(true);
    await popup.close();
    await page.close();
  });

  it('copies the English brief as Markdown', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.browser.popup(page);
    // Headless Chromium has no system clipboard to read back: record what the popup writes.
    await popup.evaluate(() => {
      const clipboard = navigator.clipboard;
      clipboard.writeText = async (text: string) => void ((window as unknown as { copied: string }).copied = text);
    });
    await popup.getByTestId('directive').first().waitFor();
    await popup.getByTestId('copy-brief').click();
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toBe('Copied');
    const markdown = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(markdown).toMatch(/^# Governor orders schools to cut energy use by 20 percent/);
    expect(markdown).toContain('## Directives');
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('Department of Education');
    expect(markdown).toContain(session.server.url('/en-news.html'));
    await popup.close();
    await page.close();
  });

  it('saves a brief item as a highlight from the popup', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.browser.popup(page);
    const item = popup.getByTestId('directive').filter({ hasText: 'Department of Education' });
    await item.getByTestId('highlight-item').click();
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toBe('Saved');
    await popup.close();
    const again = await session.browser.popup(page);
    await expect.poll(() => again.getByTestId('highlight-count').textContent()).toBe('1');
    await again.close();
    await page.close();
  });
});
