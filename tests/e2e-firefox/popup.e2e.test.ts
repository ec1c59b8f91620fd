import { describe, expect, it } from 'vitest';
import { useFirefox } from './setup';
import { byTestId, texts, textOf } from './page';

const session = useFirefox();

describe('the popup in Firefox', () => {
  it('shows the brief of a Vietnamese government article, with its 95% target', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.firefox.popup(page);
    await byTestId(popup, 'directive');
    expect(await textOf(popup, 'article-lang')).toBe('Vietnamese'); // named in the reader's language
    const directives = await texts(popup, 'directive');
    expect(directives.some((d) => d.includes('Bộ Tài chính chủ trì'))).toBe(true);
    const goals = await texts(popup, 'target-goal');
    expect(goals).toContain('> 95%');
    expect(goals.some((g) => g.includes('43 lượt'))).toBe(false);
    expect(await textOf(popup, 'highlight-count')).toBe('0');
    await popup.close();
    await page.close();
  });

  it('shows the brief of an English article', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.firefox.popup(page);
    await byTestId(popup, 'directive');
    expect(await textOf(popup, 'article-lang')).toBe('English');
    const goals = await texts(popup, 'target-goal');
    expect(goals).toContain('≥ 20%');
    expect(goals.some((g) => g.includes('412'))).toBe(false);
    await popup.close();
    await page.close();
  });

  it('explains that a sign-in page is not an article', async () => {
    const page = await session.open('/not-article.html');
    const popup = await session.firefox.popup(page);
    const state = await byTestId(popup, 'page-state');
    expect(await state.evaluate((e) => e.getAttribute('data-state'))).toBe('notArticle');
    expect(await textOf(popup, 'highlight-count')).toBe('0');
    await popup.close();
    await page.close();
  });

  it('explains that a browser page is off-limits', async () => {
    const page = await session.firefox.browser.newPage();
    await session.firefox.navigate(page, 'about:robots');
    const popup = await session.firefox.popup(page);
    const state = await byTestId(popup, 'page-state');
    expect(['restricted', 'unavailable']).toContain(await state.evaluate((e) => e.getAttribute('data-state')));
    expect(await textOf(popup, 'page-state')).toMatch(/browser pages/i);
    await popup.close();
    await page.close();
  });
});
