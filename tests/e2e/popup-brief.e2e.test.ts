import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';

const session = useBrowser();

describe('popup on an article page', () => {
  it('shows the title, site, language, directives and the 95% target of a Vietnamese government article', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.browser.popup(page);
    await popup.getByTestId('directive').first().waitFor();
    expect(await popup.getByTestId('article-title').textContent()).toContain('đẩy nhanh giải ngân');
    expect(await popup.getByTestId('article-lang').textContent()).toBe('Vietnamese'); // named in the reader's language
    const directives = await popup.getByTestId('directive').allTextContents();
    expect(directives.some((d) => d.includes('Bộ Tài chính chủ trì'))).toBe(true);
    expect(directives.some((d) => d.includes('Bộ Xây dựng khẩn trương'))).toBe(true);
    const goals = await popup.getByTestId('target-goal').allTextContents();
    expect(goals).toContain('> 95%');
    // Reported statistics are not targets.
    const titles = await popup.getByTestId('target').evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
    expect(titles.some((x) => x.includes('43 lượt'))).toBe(false);
    expect(titles.some((x) => x.includes('4.200 tỷ'))).toBe(false);
    expect(goals.some((g) => /43 lượt|4\.200 tỷ/.test(g))).toBe(false);
    expect(await popup.getByTestId('highlight-count').textContent()).toBe('0');
    expect(await popup.getByTestId('orphan-count').textContent()).toBe('0');
    await popup.close();
    await page.close();
  });

  it('shows the brief of an English article', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.browser.popup(page);
    await popup.getByTestId('directive').first().waitFor();
    expect(await popup.getByTestId('article-lang').textContent()).toBe('English');
    expect(await popup.getByTestId('target-goal').allTextContents()).toContain('≥ 20%');
    const titles = await popup.getByTestId('target').evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
    expect(titles.some((x) => x.includes('$412 million'))).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe('popup on pages without a brief', () => {
  it('explains that a sign-in page is not an article', async () => {
    const page = await session.open('/not-article.html');
    const popup = await session.browser.popup(page);
    const state = popup.getByTestId('page-state');
    await state.waitFor();
    expect(await state.getAttribute('data-state')).toBe('notArticle');
    expect(await popup.getByTestId('highlight-count').textContent()).toBe('0');
    await popup.close();
    await page.close();
  });

  it('explains that a browser page is off-limits', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await session.browser.popup(page);
    const state = popup.getByTestId('page-state');
    await state.waitFor();
    expect(['restricted', 'unavailable']).toContain(await state.getAttribute('data-state'));
    expect(await state.textContent()).toMatch(/browser pages/i);
    await popup.close();
    await page.close();
  });
});
