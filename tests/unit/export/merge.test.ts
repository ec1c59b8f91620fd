// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImport, planImport, toBackup } from '../../../lib/export';
import { sampleArticles, sampleHighlights } from '../../fixtures/export/sample';

type H = (typeof sampleHighlights)[number];
const [a, b, c, d, e] = sampleHighlights as [H, H, H, H, H];

describe('import merge plan', () => {
  const batch = parseImport(toBackup(sampleHighlights, sampleArticles));

  it('adds new records, updates older ones, and skips ones that are as new or newer here', async () => {
    const stored = new Map([
      [a.id, '2026-01-01T00:00:00Z'], // older than the file's copy: update
      [b.id, b.modified], // same time: skip
      [c.id, '2027-01-01T00:00:00+07:00'], // newer here: keep our edit
    ]);
    const plan = await planImport(batch, stored);
    expect(plan.add.map((h) => h.id)).toEqual([d.id, e.id]);
    expect(plan.update.map((h) => h.id)).toEqual([a.id]);
    expect(plan.skip.map((h) => h.id).sort()).toEqual([b.id, c.id].sort());
    expect(plan.summary).toBe('added 2, updated 1, skipped 2');
  });

  it('compares times, not strings, across time zones', async () => {
    // 09:22:10.500+07:00 is 02:22:10.500Z; the stored 2026-11-21T01:00Z copy of b is newer than that but equal to b.modified.
    const stored = new Map([[b.id, '2026-11-21T08:00:00.000+07:00']]);
    const plan = await planImport({ ...batch, highlights: [b] }, stored);
    expect(plan.summary).toBe('added 0, updated 0, skipped 1');
  });

  it('asks a database look-up only about the ids in the file', async () => {
    const asked: string[][] = [];
    const plan = await planImport(batch, async (ids) => { asked.push(ids); return new Map(); });
    expect(asked[0]).toEqual(sampleHighlights.map((h) => h.id));
    expect(plan.add).toHaveLength(sampleHighlights.length);
  });

  it('accepts the stored records themselves, as a database bulkGet returns them', async () => {
    const olderA = { ...a, modified: '2026-01-01T00:00:00.000Z' };
    const plan = await planImport(batch, (ids) => ids.map((id) => (id === a.id ? olderA : id === b.id ? b : undefined)));
    expect(plan.update.map((h) => h.id)).toEqual([a.id]);
    expect(plan.skip.map((h) => h.id)).toEqual([b.id]);
    expect(plan.add).toHaveLength(sampleHighlights.length - 2);
  });

  it('keeps the newest copy when the file holds the same highlight twice', async () => {
    const newer = { ...a, note: 'edited later', modified: '2026-12-01T00:00:00.000Z' };
    const plan = await planImport({ ...batch, highlights: [a, newer, a] }, new Map());
    expect(plan.add).toEqual([newer]);
  });

  it('plans articles by the time their brief was computed', async () => {
    const plan = await planImport(batch, new Map(), new Map([[sampleArticles[0]!.pageKey, '2020-01-01T00:00:00Z']]));
    expect(plan.articles.update.map((x) => x.pageKey)).toEqual([sampleArticles[0]!.pageKey]);
    expect(plan.articles.add.map((x) => x.pageKey)).toEqual([sampleArticles[1]!.pageKey]);
  });
});
