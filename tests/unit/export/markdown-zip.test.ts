// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { markdownZip } from '../../../lib/export';
import { safeStem, uniqueNames } from '../../../lib/export/file-names';
import { sampleArticles, sampleHighlights } from '../../fixtures/export/sample';

/** A note vault's reading of a file: the YAML front matter, and the Markdown after it. */
function readNote(text: string): { meta: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no front matter in ${text.slice(0, 80)}`);
  return { meta: load(m[1]!) as Record<string, unknown>, body: m[2]! };
}

describe('the Markdown zip', () => {
  const notes = new Map([[sampleHighlights[0]!.pageKey, { note: 'Theo dõi cả bài:\ncòn 2 việc', modified: '2026-11-22T00:00:00.000Z' }]]);
  const files = unzipSync(markdownZip(sampleHighlights, sampleArticles, notes));

  it('holds one file per page, named "Site - Title.md"', () => {
    expect(Object.keys(files).sort()).toEqual(['Reuters - Vietnam sets 8% growth target, ambitious say economists.md', 'VnExpress - Thủ tướng yêu cầu giải ngân 100% vốn đầu tư công.md'].sort());
  });

  it('gives each file front matter a YAML reader takes, and every highlight of its page', () => {
    for (const [name, bytes] of Object.entries(files)) {
      const { meta, body } = readNote(strFromU8(bytes));
      const page = sampleHighlights.filter((h) => h.url === meta.url);
      expect(page.length, name).toBeGreaterThan(0);
      expect(meta.title).toBe(sampleArticles.find((a) => a.pageKey === page[0]!.pageKey)?.title ?? page[0]!.title);
      expect(meta.highlighted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Array.isArray(meta.tags)).toBe(true);
      expect(body.match(/^> \[Open at the passage\]/gm)).toHaveLength(page.length);
    }
    const vn = readNote(strFromU8(files['VnExpress - Thủ tướng yêu cầu giải ngân 100% vốn đầu tư công.md']!));
    expect(vn.meta).toMatchObject({ site: 'VnExpress', tags: ['đầu-tư-công', 'hạn-chót', 'tài-chính'] });
    expect(vn.body).toContain('Theo dõi cả bài:  \ncòn 2 việc\n\n');
  });
});

describe('file names safe on every system', () => {
  it.each([
    ['Tin: "A/B" <test>? *', 'Tin A B test'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['Tiêu đề kết thúc bằng dấu chấm...', 'Tiêu đề kết thúc bằng dấu chấm'],
    ['\u0000\u0007', 'Untitled'],
  ])('%j becomes %j', (text, stem) => expect(safeStem(text)).toBe(stem));

  it('cuts a long title to 120 characters without splitting a character', () => {
    const stem = safeStem('😀'.repeat(200));
    expect([...stem]).toHaveLength(120);
    expect(stem).toBe('😀'.repeat(120));
  });

  it('gives two pages of one title names of their own, case-blind as Windows and macOS compare', () => {
    expect(uniqueNames(['Tin', 'tin', 'Tin'], '.md')).toEqual(['Tin.md', 'tin (2).md', 'Tin (3).md']);
  });
});
