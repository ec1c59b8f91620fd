import { describe, expect, it, vi } from 'vitest';
import { briefOfPage, textHash } from '../../../lib/page/brief-request';
import type { Article } from '../../../lib/model/article';

const ARTICLE = `<html lang="en"><head><title>Council orders repairs</title></head><body><article><h1>Council orders repairs</h1>
${Array.from({ length: 6 }, (_, i) => `<p>The council ordered the roads department to repair every damaged bridge by June 30, paragraph ${i}, so that school buses can use them again before the new term begins in the autumn.</p>`).join('')}
</article></body></html>`;

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<html[^>]*>|<\/html>$/g, '');
  document.documentElement.lang = 'en';
  return document;
}

describe('the brief of the page', () => {
  it('computes the brief of an article and caches it with a hash of its text', async () => {
    const doc = load(ARTICLE);
    const cache = { get: vi.fn(async () => null), put: vi.fn(async () => {}) };
    const result = await briefOfPage(doc, 'key', cache);
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    expect(result.cached).toBe(false);
    expect(result.article.lang).toBe('en');
    expect(result.article.brief.directives.length).toBeGreaterThan(0);
    expect(cache.put).toHaveBeenCalledWith(result.article);
  });

  it('reuses the cached brief while the text is unchanged, and recomputes when it changed', async () => {
    const doc = load(ARTICLE);
    const store = new Map<string, Article>();
    const cache = { get: async (k: string) => store.get(k) ?? null, put: async (a: Article) => void store.set(a.pageKey, a) };
    const first = await briefOfPage(doc, 'key', cache);
    const second = await briefOfPage(doc, 'key', cache);
    expect(second).toMatchObject({ status: 'article', cached: true });
    doc.querySelector('p')!.textContent = 'The council ordered the parks department to plant 500 trees by the end of 2026, so that every street has shade in summer.';
    const third = await briefOfPage(doc, 'key', cache);
    expect(third).toMatchObject({ status: 'article', cached: false });
    if (first.status === 'article' && third.status === 'article') expect(third.article.textHash).not.toBe(first.article.textHash);
  });

  it('still gives the brief when the cache cannot be written (a full disk)', async () => {
    const doc = load(ARTICLE);
    const cache = { get: async () => null, put: async () => Promise.reject(new Error('QuotaExceededError')) };
    expect((await briefOfPage(doc, 'key', cache)).status).toBe('article');
  });

  it('says a page is not an article instead of inventing a brief', async () => {
    const doc = load('<head><title>Sign in</title></head><body><form><input name="email"><button>Go</button></form></body>');
    expect(await briefOfPage(doc, 'key', { get: async () => null, put: async () => {} })).toEqual({ status: 'not-article', title: 'Sign in' });
  });

  it('hashes different texts differently', () => {
    expect(textHash('giải ngân')).not.toBe(textHash('giai ngan'));
    expect(textHash('abc')).toBe(textHash('abc'));
  });
});
