// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImport, toBackup } from '../../../lib/export';
import { sampleArticles, sampleHighlights } from '../../fixtures/export/sample';

describe('backup', () => {
  it('gives back every highlight and article field for field', () => {
    const text = toBackup(sampleHighlights, sampleArticles, new Date('2026-11-26T10:00:00Z'));
    const batch = parseImport(text);
    expect(batch.source).toBe('backup');
    expect(batch.highlights).toEqual(sampleHighlights);
    expect(batch.articles).toEqual(sampleArticles);
  });

  it('says when it was exported and what it is', () => {
    const doc = JSON.parse(toBackup(sampleHighlights, [], new Date('2026-11-26T10:00:00Z')));
    expect(doc).toMatchObject({ format: 'brieflight-backup', version: 1, exported: '2026-11-26T10:00:00.000Z', articles: [] });
    expect(doc.highlights).toHaveLength(sampleHighlights.length);
  });

  it('imports an empty library as an empty batch', () => {
    expect(parseImport(toBackup([], []))).toMatchObject({ highlights: [], articles: [] });
  });
});
