// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './fresh-database';
import { createHighlight, highlightsForPage, restoreHighlights, updateHighlight, type BrieflightDB } from '../../../lib/db';
import { readHighlights } from '../../../lib/db/locate';
import { forgetWordLookups, queryLibrary } from '../../../lib/db/library';
import { deleteMany, undoChange } from '../../../lib/db/library-changes';
import { compactWords } from '../../../lib/db/terms';
import { EN_PAGE, makeHighlight, smallLibrary } from '../../fixtures/library/records';
import type { Highlight } from '../../../lib/model/highlight';

let db: BrieflightDB;
let lib: Highlight[];
useFreshDatabase(async (fresh) => {
  db = fresh;
  lib = smallLibrary();
  await restoreHighlights(db, lib);
});

const QUERIES = ['giai ngan', 'giải ngân', 'da nang', 'growth', 'grow', 'diem nong', 'compare', 'dau tu cong', 'von', 'san bay', 'ha tang', 'thu tuong yeu cau', 'the'];
const ids = async (query: string) => {
  forgetWordLookups(db);
  return (await queryLibrary(db, { query }, { offset: 0, limit: 500 })).rows.map((h) => h.id);
};
const allResults = async () => Object.fromEntries(await Promise.all(QUERIES.map(async (q) => [q, await ids(q)] as const)));

describe('folding the words rows into posting-list segments', () => {
  it('keeps every highlight findable by every word, and empties the words table', async () => {
    const before = await allResults();
    expect(before['giai ngan']).toHaveLength(2);
    expect(await readHighlights(db, lib.map((h) => h.id))).toEqual(lib);
    expect(await compactWords(db, { atLeast: 1, slice: 4 })).toBe(6);
    expect(await db.words.count()).toBe(0);
    // Two slices, two segments in blocks; no record of its own is left; every highlight reads back the same.
    expect(await db.highlights.count()).toBe(0);
    expect(await db.segments.count()).toBe(2);
    expect(await readHighlights(db, lib.map((h) => h.id))).toEqual(lib);
    for (const h of lib) expect(await highlightsForPage(db, h.pageKey)).toContainEqual(h);
    expect(await allResults()).toEqual(before);
    expect((await queryLibrary(db, {}, { offset: 0, limit: 50 })).rows).toEqual([...lib].reverse());
  });

  it("keeps a page's highlights together across slices, so a page look-up reads one block", async () => {
    const pages = ['https://a.vn/1', 'https://a.vn/2', 'https://a.vn/3'];
    // Saved one at a time, the pages taking turns (ids in no page order).
    const many = Array.from({ length: 30 }, (_, i) => makeHighlight({ url: pages[i % 3]!, text: `Điểm ${i}`, created: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }));
    await restoreHighlights(db, many);
    expect(await compactWords(db, { atLeast: 1, slice: 10 })).toBe(36);
    const blocks = await db.blocks.toArray();
    for (const page of pages) expect(blocks.filter((b) => b.pageKey === page)).toHaveLength(1);
    for (const page of pages) expect(await highlightsForPage(db, page)).toEqual(many.filter((h) => h.pageKey === page));
  });

  it('does nothing below the threshold', async () => {
    expect(await compactWords(db, { atLeast: 7 })).toBe(0);
    expect(await db.words.count()).toBe(6);
    expect(await db.terms.count()).toBe(0);
  });

  it('follows later edits: old words stop matching, new ones match', async () => {
    await compactWords(db, { atLeast: 1 });
    await updateHighlight(db, lib[1]!.id, { note: 'Xem lại sau' }, new Date('2026-12-01T00:00:00Z'));
    await updateHighlight(db, lib[3]!.id, { tags: ['zebra'] }, new Date('2026-12-01T00:00:00Z'));
    expect(await ids('diem nong')).toEqual([]);
    expect(await ids('xem lai')).toEqual([lib[1]!.id]);
    expect(await ids('zebra')).toEqual([lib[3]!.id]);
    expect(await ids('compare')).toEqual([lib[3]!.id]);
    expect(await ids('giai ngan')).toEqual([lib[1]!.id, lib[0]!.id]);
    // Compacting again folds the edited ones into a new segment; the answers stay.
    const before = await allResults();
    await compactWords(db, { atLeast: 1 });
    expect(await db.words.count()).toBe(0);
    expect(await allResults()).toEqual(before);
    expect(await ids('diem')).toEqual([]);
  });

  it('follows later deletes and their undo', async () => {
    await compactWords(db, { atLeast: 1 });
    const undo = await deleteMany(db, [lib[0]!.id, lib[1]!.id]);
    expect(await ids('giai ngan')).toEqual([]);
    await undoChange(db, undo);
    expect(await ids('giai ngan')).toEqual([lib[1]!.id, lib[0]!.id]);
    await compactWords(db, { atLeast: 1 });
    expect(await ids('giai ngan')).toEqual([lib[1]!.id, lib[0]!.id]);
  });

  it('loses nothing saved while it runs', async () => {
    const many = Array.from({ length: 50 }, (_, i) => makeHighlight({ url: EN_PAGE, title: 'Vietnam sets 8% growth target', text: `Quarterly figure ${i}`, created: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }));
    await restoreHighlights(db, many);
    const saved = await Promise.all([
      compactWords(db, { atLeast: 1, slice: 7 }),
      ...Array.from({ length: 10 }, (_, i) =>
        createHighlight(db, { pageKey: EN_PAGE, url: EN_PAGE, title: 'Vietnam sets 8% growth target', text: `Walrus sighting ${i}`, selectors: lib[2]!.selectors }),
      ),
    ]);
    expect(await ids('walrus')).toHaveLength(10);
    expect(await ids('quarterly')).toHaveLength(50);
    expect(await ids('giai ngan')).toEqual([lib[1]!.id, lib[0]!.id]);
    expect(saved[0]).toBeGreaterThan(0);
    await compactWords(db, { atLeast: 1 });
    expect(await db.words.count()).toBe(0);
    expect(await ids('walrus')).toHaveLength(10);
    expect(await ids('quarterly')).toHaveLength(50);
  });
});
