// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { markdownTag, toMarkdown } from '../../../lib/export';
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
