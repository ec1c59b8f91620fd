import { describe, expect, it } from 'vitest';
import { normalizeUrl, pageKey, pageKeyOf } from '../../../lib/url';

describe('pageKey', () => {
  it('drops the fragment and tracking parameters but keeps the ones that choose the article', () => {
    expect(pageKey('https://news.example.vn/a.html?id=7&utm_source=fb&fbclid=XYZ&gclid=1#comments')).toBe('https://news.example.vn/a.html?id=7');
  });

  it('gives the same key whatever the order of the remaining parameters', () => {
    expect(pageKey('https://x.vn/p?b=2&a=1')).toBe(pageKey('https://x.vn/p?a=1&b=2'));
  });

  it('prefers the canonical link, resolved against the page', () => {
    expect(pageKey('https://www.example.com/amp/story?utm_medium=x', '/story')).toBe('https://www.example.com/story');
  });

  it('accepts a canonical link on the mobile mirror of the same site', () => {
    expect(pageKey('https://m.example.com/story', 'https://www.example.com/story')).toBe('https://www.example.com/story');
  });

  it('ignores a canonical link to another site, so a page cannot claim another site’s highlights', () => {
    expect(pageKey('https://evil.test/copy', 'https://news.example.vn/article')).toBe('https://evil.test/copy');
  });

  it('ignores a broken canonical link', () => {
    expect(pageKey('https://x.vn/a', 'http://[bad')).toBe('https://x.vn/a');
  });

  it('reads the canonical link of a document', () => {
    document.head.innerHTML = '<link rel="canonical" href="https://localhost:3000/real?utm_campaign=z">';
    expect(pageKeyOf(document)).toBe(pageKey(location.href, 'https://localhost:3000/real'));
  });

  it('returns null for something that is not a URL', () => {
    expect(normalizeUrl('not a url')).toBeNull();
  });
});
