import { describe, expect, it } from 'vitest';
import { useFirefox } from './setup';
import { byTestId, texts, textOf } from './page';

const session = useFirefox();

describe('the popup in Firefox', () => {
  it('shows the brief of a Vietnamese government article, with its 95% target', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.firefox.popup(page);
    await byTestId(popup, 'directive');
    expect(await textOf(popup, 'article-lang')).toBe('Tiếng Việt');
    const directives = await texts(popup, 'directive');
    expect(directives.some((d) => d.includes('Bộ Tài chính chủ trì'))).toBe(true);
    const targets = await texts(popup, 'target');
    expect(targets.find((x) => x.includes('đạt trên 95%'))).toContain('95%');
    expect(targets.some((x) => x.includes('43 lượt'))).toBe(false);
    expect(await textOf(popup, 'highlight-count')).toBe('0');
    await popup.close();
    await page.close();
  });

  it('shows the brief of an English article', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.firefox.popup(page);
    await byTestId(popup, 'directive');
    expect(await textOf(popup, 'article-lang')).toBe('English');
    const targets = await texts(popup, 'target');
    expect(targets.some((x) => x.includes('20 percent') || x.includes('20%'))).toBe(true);
    expect(targets.some((x) => x.includes('$412 million'))).toBe(false);
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
