import { describe, expect, it } from 'vitest';
import { normalizeUrl, pageKey, pageKeyOf, siteOf } from '../../../lib/url';

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

  it('ignores a canonical link to another port of the same host (the finding of issue 16: P2 loaded P1’s highlights)', () => {
    expect(pageKey('http://127.0.0.1:8002/copy', 'http://127.0.0.1:8001/secret')).toBe('http://127.0.0.1:8002/copy');
  });

  it('ignores a canonical link to the https:// page of the host an http:// page is on, and the other way round', () => {
    expect(pageKey('http://news.example.com/a', 'https://news.example.com/a')).toBe('http://news.example.com/a');
    expect(pageKey('https://news.example.com/a', 'http://news.example.com/a')).toBe('https://news.example.com/a');
  });

  it('ignores a canonical link to a subdomain that is not a mirror, or to the parent of one', () => {
    expect(pageKey('https://blog.example.com/a', 'https://example.com/a')).toBe('https://blog.example.com/a');
    expect(pageKey('https://example.com/a', 'https://evil.example.com/a')).toBe('https://example.com/a');
  });

  it('ignores a canonical link that is not a web address', () => {
    expect(pageKey('https://x.vn/a', 'javascript:alert(1)')).toBe('https://x.vn/a');
    expect(pageKey('https://x.vn/a', 'data:text/html,hi')).toBe('https://x.vn/a');
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

describe('siteOf', () => {
  it('is the origin: scheme, host and port', () => {
    expect(siteOf('http://127.0.0.1:8001/a')).not.toBe(siteOf('http://127.0.0.1:8002/a'));
    expect(siteOf('http://example.com/a')).not.toBe(siteOf('https://example.com/a'));
    expect(siteOf('https://a.example.com/')).not.toBe(siteOf('https://b.example.com/'));
    expect(siteOf('https://EXAMPLE.com:443/a?x#y')).toBe(siteOf('https://example.com/b'));
  });

  it('is the same for the www., m. and amp. mirrors of a site on the same scheme and port', () => {
    expect(siteOf('https://www.example.com/a')).toBe(siteOf('https://m.example.com/b'));
    expect(siteOf('https://amp.example.com/a')).toBe(siteOf('https://example.com/'));
    expect(siteOf('http://www.example.com/a')).not.toBe(siteOf('https://example.com/'));
  });

  it('is empty for what is not a web address, so no two such pages share a site', () => {
    expect(siteOf('not a url')).toBe('');
    expect(siteOf('chrome-extension://abc/library.html')).toBe('');
    expect(siteOf('file:///home/a.html')).toBe('');
  });
});
