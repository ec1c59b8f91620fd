// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { passageLink } from '../../../lib/export/passage-link';
import { makeHighlight } from '../../fixtures/library/records';

const withQuote = (exact: string, prefix: string, suffix: string, url = 'https://vnexpress.net/bai-viet.html') =>
  makeHighlight({ text: exact, url, selectors: { quote: { type: 'TextQuoteSelector', exact, prefix, suffix }, position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length } } });
const directive = (link: string | null) => decodeURIComponent(link!.split(':~:text=')[1]!.replace(/,/g, ' | '));

describe('the link that opens a page at the passage', () => {
  it('is the page address with a Text Fragment: a few whole words of context, the quote, context after', () => {
    const link = passageLink(withQuote('giải ngân 100% vốn', 'g phủ yêu cầu các bộ, ngành ', ' trước ngày 31/1, đồng thời'));
    expect(link).toBe('https://vnexpress.net/bai-viet.html#:~:text=c%C3%A1c%20b%E1%BB%99%2C%20ng%C3%A0nh-,gi%E1%BA%A3i%20ng%C3%A2n%20100%25%20v%E1%BB%91n,-tr%C6%B0%E1%BB%9Bc%20ng%C3%A0y%2031%2F1%2C');
  });

  it('drops a word the stored context cut in half (a prefix must start at a word, a suffix end at one)', () => {
    // 32 characters of context, cut mid-word at both ends.
    const link = passageLink(withQuote('quote', 'ernment said that the ministries ', ' were asked to report by the end'));
    expect(directive(link)).toBe('that the ministries- | quote | -were asked to');
  });

  it('escapes the dash, comma and ampersand that the directive uses as signs', () => {
    expect(passageLink(withQuote('A-1, B & C', '', ''))).toMatch(/text=A%2D1%2C%20B%20%26%20C$/);
  });

  it('links a long or multi-paragraph quote by its first and last words, context kept within their paragraphs', () => {
    const exact = 'Việc 1: rà soát các dự án\n\nViệc 2: báo cáo kết quả trước 30/6 cho Thủ tướng';
    const link = passageLink(withQuote(exact, 'Đoạn trước.\nCụ thể: ', '.\nĐoạn sau'));
    expect(directive(link)).toBe('Cụ thể:- | Việc 1: rà soát | 30/6 cho Thủ tướng | -.');
  });

  it('keeps the page’s own fragment and replaces an older directive', () => {
    expect(passageLink(withQuote('quote', '', '', 'https://example.com/app#/story/5:~:text=old'))).toBe('https://example.com/app#/story/5:~:text=quote');
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'file:///home/me/page.html', 'chrome://settings'])('is never written for a page that is not on the web: %s', (url) => {
    expect(passageLink(withQuote('quote', '', '', url))).toBeNull();
  });
});
