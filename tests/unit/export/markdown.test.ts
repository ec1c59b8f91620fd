// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { markdownTag, passageLink, toMarkdown } from '../../../lib/export';
import { sampleArticles, sampleHighlights } from '../../fixtures/export/sample';

describe('Markdown export', () => {
  const md = toMarkdown(sampleHighlights, sampleArticles);

  it('has one section per page, titled, with its link, site and date', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Thủ tướng yêu cầu giải ngân 100% vốn đầu tư công', '## Vietnam sets 8% growth target, "ambitious" say economists']);
    expect(md).toContain(`<${sampleHighlights[0]!.url}> · VnExpress · 2026-11-20`);
    // No published date: the day of the first highlight.
    expect(md).toContain(`<${sampleHighlights[2]!.url}> · Reuters · 2026-11-20`);
  });

  it('quotes every line of a multi-line quote and note, then lists tags', () => {
    expect(md).toContain([
      '> Thủ tướng yêu cầu các bộ, ngành, địa phương giải ngân 100% vốn đầu tư công trước ngày 31/1/2027.',
      '>',
      '> **Note:** Hạn chót: 31/1/2027.',
      '> Cần theo dõi Đà Nẵng, "điểm nóng" giải ngân chậm.',
      '>',
      '> #đầu-tư-công #hạn-chót',
    ].join('\n'));
    expect(md).toContain('> The government aims for growth of "at least 8%", officials said, a target\n> several economists called ambitious.');
  });

  it('escapes page text that would become a heading, link, tag, property or list', () => {
    expect(md).toContain('> \\# Not a heading, \\[\\[not a link\\]\\], \\#not-a-tag, key:\\: not a property');
    expect(md).toContain('> **Note:** Line one\n>\n> \\- not a list item\n> Line four');
    // The only tags in the file are the reader's own.
    const tags = md.match(/(^|\s)#[^\s#]+/g)?.map((t) => t.trim());
    expect(new Set(tags)).toEqual(new Set(['#đầu-tư-công', '#hạn-chót', '#growth', '#targets', '#markdown', '#tài-chính']));
  });

  it('keeps ordinary punctuation readable but defuses Obsidian marks and rules', () => {
    const md = toMarkdown([{ ...sampleHighlights[0]!, text: 'tăng 100% ==mạnh== ~~cũ~~ %%ẩn%%\n---\n1. mục', note: '', tags: [] }]);
    expect(md).toContain('> tăng 100% \\=\\=mạnh\\=\\= \\~\\~cũ\\~\\~ \\%\\%ẩn\\%\\%\n> \\---\n> 1\\. mục');
  });

  it('turns tags into words note apps accept', () => {
    expect(markdownTag('đầu tư công')).toBe('#đầu-tư-công');
    expect(markdownTag('Q&A, 2026')).toBe('#Q-A-2026');
    expect(markdownTag('!!!')).toBe('');
  });

  it('exports only the highlights given (what the current search shows)', () => {
    const only = toMarkdown([sampleHighlights[1]!], sampleArticles);
    expect(only.match(/^## /gm)).toHaveLength(1);
    expect(only).toContain('Đà Nẵng mới giải ngân');
    expect(only).not.toContain('Vietnam');
  });
});

describe('Markdown escapes only what would become markup', () => {
  const one = (text: string) => toMarkdown([{ ...sampleHighlights[0]!, text, note: '', tags: [] }]).split('\n').filter((l) => l.startsWith('> '))[0]!.slice(2);

  it.each([
    ['-1 điểm so với năm 2025', '-1 điểm so với năm 2025'],
    ['+450 tỷ đồng', '+450 tỷ đồng'],
    ['$50 billion', '$50 billion'],
    ['snake_case and C# 12', 'snake_case and C# 12'],
    ['giá từ $5 đến $9', 'giá từ \\$5 đến \\$9'],
    ['- a list', '\\- a list'],
    ['_emphasis_ and *stars*', '\\_emphasis\\_ and \\*stars\\*'],
    ['AT&amp;T', 'AT\\&amp;T'],
  ])('%s', (text, written) => expect(one(text)).toBe(written));

  it('never lets a line of "=" or "-" turn the line above into a heading', () => {
    const md = toMarkdown([{ ...sampleHighlights[0]!, text: 'Tiêu đề giả\n=\nMột dòng\n--', note: 'ghi chú\n===', tags: [] }]);
    expect(md).toContain('> Tiêu đề giả\n> \\=\n> Một dòng\n> \\--');
    expect(md).toContain('> \\=\\==');
    expect(md).not.toMatch(/^> =+$/m);
  });

  it('never writes a link to a page that is not on the web', () => {
    const md = toMarkdown([{ ...sampleHighlights[0]!, url: 'javascript:alert(document.cookie)', pageKey: 'javascript:alert(document.cookie)' }]);
    expect(md).not.toMatch(/<javascript:|\]\(javascript:|\]\(<javascript:/i);
    expect(md).not.toContain('Open at the passage');
  });

  it('lists a page’s highlights in reading order, each with its link back to the passage', () => {
    const [a, b] = [sampleHighlights[0]!, sampleHighlights[1]!];
    const later = { ...a, selectors: { ...a.selectors, position: { type: 'TextPositionSelector' as const, start: 900, end: 950 } } };
    const earlier = { ...b, selectors: { ...b.selectors, position: { type: 'TextPositionSelector' as const, start: 5, end: 40 } } };
    const md = toMarkdown([later, earlier], sampleArticles);
    expect(md.indexOf(earlier.text.slice(0, 20))).toBeLessThan(md.indexOf(later.text.slice(0, 20)));
    expect(md).toContain(`[Open at the passage](<${passageLink(later)}>)`);
  });

  it('writes the page note under the page’s heading', () => {
    const md = toMarkdown([sampleHighlights[0]!], sampleArticles, new Map([[sampleHighlights[0]!.pageKey, { note: 'Cả bài:\n# theo dõi tiếp', modified: '2026-11-22T00:00:00.000Z' }]]));
    expect(md).toContain('2026-11-20\n\nCả bài:  \n\\# theo dõi tiếp\n\n> ');
  });
});
