import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { allDrawn, drawnTexts, highlightTexts } from './browser';

const session = useBrowser();

const flashed = async (page: import('playwright-core').Page) => (await highlightTexts(page)).flash ?? [];
const words = (s: string | null) => (s ?? '').trim().split(/\s+/).length;

describe('the brief in the popup', () => {
  it('puts a targets table first, with readable goals and the measured thing, then directives grouped by addressee', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.browser.popup(page);
    await popup.getByTestId('directive').first().waitFor();
    // Targets come before directives.
    const order = await popup.evaluate(() => {
      const t = document.querySelector('[data-testid=target]')!;
      const d = document.querySelector('[data-testid=directive]')!;
      return t.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    const rows = await popup.getByTestId('target').evaluateAll((els) =>
      els.map((el) => ['target-metric', 'target-goal', 'target-due'].map((id) => el.querySelector(`[data-testid=${id}]`)!.textContent!.trim())),
    );
    expect(rows).toContainEqual([expect.stringMatching(/giải ngân|kế hoạch/i), '> 95%', 'năm 2025']);
    expect(rows).toContainEqual([expect.stringMatching(/\p{L}/u), '≥ 3.000 km', 'năm 2025']);
    expect(rows.find(([, goal]) => goal === 'trước 30/6/2025')).toBeDefined();
    for (const [metric, goal, due] of rows) {
      expect(metric).toMatch(/\p{L}/u); // never empty, never punctuation only
      expect(goal).not.toMatch(/^P\d|\d{4}-\d{2}/); // no ISO duration or date
      if (due) expect(goal).not.toContain(due.replace(/^năm /, '')); // a year is not shown twice
    }
    const groups = await popup.getByTestId('addressee-group').allTextContents();
    expect(groups.some((g) => g.includes('Bộ Tài chính'))).toBe(true);
    expect(groups.some((g) => g.includes('Bộ Xây dựng'))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('shows each directive as one line: its action, deadline badge and issuer; the sentence on expand', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.browser.popup(page);
    const item = popup.getByTestId('directive').filter({ has: popup.getByTestId('directive-action').filter({ hasText: 'hướng dẫn tháo gỡ vướng mắc' }) });
    await item.waitFor();
    const action = await item.getByTestId('directive-action').textContent();
    expect(words(action)).toBeLessThanOrEqual(15);
    expect(await item.getByTestId('directive-deadline').textContent()).toContain('tháng 4/2025');
    expect(await item.getByTestId('directive-issuer').textContent()).toContain('Thủ tướng');
    expect(await item.getAttribute('title')).toContain('Bộ Xây dựng khẩn trương'); // on hover
    const sentence = item.locator('.sentence');
    expect(await sentence.isVisible()).toBe(false);
    await item.getByTestId('directive-action').click();
    expect(await sentence.isVisible()).toBe(true);
    expect(await sentence.textContent()).toContain('Bộ Xây dựng khẩn trương');
    expect(await item.getByTestId('directive-addressee').textContent()).toBe('Bộ Xây dựng');
    // One line per directive: no directive line is taller than two lines of text.
    const heights = await popup.locator('[data-testid=directive] summary').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeLessThanOrEqual(40);
    await popup.close();
    await page.close();
  });

  it('jumps to a directive on the page and flashes it', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 400 });
    await page.goto(session.server.url('/vi-chinh-phu.html'));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const popup = await session.browser.popup(page);
    const item = popup.getByTestId('directive').filter({ hasText: 'Chịu trách nhiệm trước Chính phủ' });
    await item.getByTestId('jump').click();
    await expect.poll(() => flashed(page)).toEqual([expect.stringContaining('chịu trách nhiệm trước Chính phủ')]);
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

  it('says what to do when the browser refuses to copy, never the exception', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.browser.popup(page);
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async () => {
        throw new DOMException('Document is not focused.', 'NotAllowedError');
      };
    });
    await popup.getByTestId('directive').first().waitFor();
    await popup.getByTestId('copy-brief').click();
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toMatch(/did not let Brieflight copy: select the brief and copy it yourself/);
    expect(await popup.getByTestId('popup-status').textContent()).not.toContain('not focused');
    await popup.close();
    await page.close();
  });

  it('copies the brief as clean Markdown: title, address, targets table with its header row, directives by addressee', async () => {
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
    expect(markdown).toContain(`<${session.server.url('/en-news.html')}>`);
    expect(markdown).toContain('## Targets\n\n| What | Goal | Due |\n| --- | --- | --- |\n');
    expect(markdown).toContain('| ≥ 20% |');
    expect(markdown).toMatch(/## Directives\n\n### /);
    expect(markdown).toContain('### the Department of Education');
    expect(markdown.indexOf('## Targets')).toBeLessThan(markdown.indexOf('## Directives'));
    await popup.close();
    await page.close();
  });

  it('highlights a directive once, says so next to it, and counts it at once', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.browser.popup(page);
    const item = popup.getByTestId('directive').filter({ hasText: 'Publish a list of the least efficient buildings' });
    await item.getByTestId('highlight-item').click();
    await expect.poll(() => item.getByTestId('item-status').textContent()).toBe('Highlighted');
    await expect.poll(() => popup.getByTestId('highlight-count').textContent(), { timeout: 1_000 }).toBe('1');
    // The whole sentence of the directive is what was saved.
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toEqual([expect.stringMatching(/^The order directs the Department of Education to publish a list of the least efficient buildings by June 30\.$/)]);
    // Asked again, it says it is highlighted already and saves no second copy.
    await item.getByTestId('highlight-item').click();
    await expect.poll(() => item.getByTestId('item-status').textContent()).toBe('Already highlighted');
    await popup.close();
    const again = await session.browser.popup(page);
    await expect.poll(() => again.getByTestId('highlight-count').textContent()).toBe('1');
    // Opened again, the popup marks the item as highlighted before any click.
    const marked = again.getByTestId('directive').filter({ hasText: 'Publish a list of the least efficient buildings' }).getByTestId('highlight-item');
    await expect.poll(() => marked.getAttribute('aria-pressed')).toBe('true');
    await again.close();
    await page.close();
  });

  it("highlights a target's clause, not just its number", async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.browser.popup(page);
    const row = popup.getByTestId('target').filter({ has: popup.getByTestId('target-goal').filter({ hasText: '> 95%' }) });
    await row.getByTestId('highlight-item').click();
    await expect.poll(() => row.getByTestId('item-status').textContent()).toBe('Highlighted');
    const drawn = allDrawn(await drawnTexts(page));
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toContain('đạt trên 95%');
    expect(drawn[0]!.length).toBeGreaterThan('đạt trên 95%'.length + 10);
    await popup.close();
    await page.close();
  });
});
