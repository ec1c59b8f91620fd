// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './fresh-database';
import { createHighlight, deleteHighlights, highlightsForPage, listTags, setStates, updateHighlight, type BrieflightDB } from '../../../lib/db';
import { facets, forgetWordLookups, queryLibrary, type LibraryFilters } from '../../../lib/db/library';
import { applyImport, deleteMany, undoChange } from '../../../lib/db/library-changes';
import { collectForExport } from '../../../lib/db/library-export';
import { readHighlights } from '../../../lib/db/locate';
import { BLOCK_SIZE } from '../../../lib/db/blocks';
import { EN_PAGE, TT_PAGE, VN_PAGE, makeHighlight, smallLibrary } from '../../fixtures/library/records';
import type { Highlight } from '../../../lib/model/highlight';

let db: BrieflightDB;
useFreshDatabase((fresh) => {
  db = fresh;
});

const importAll = (highlights: Highlight[]) => applyImport(db, { source: 'backup', skipped: [], highlights, articles: [] });
const shown = async (f: LibraryFilters) => {
  forgetWordLookups(db);
  return (await queryLibrary(db, f, { offset: 0, limit: 500 })).rows.map((h) => h.id);
};
const everything = async () => (await collectForExport(db)).highlights;

describe('highlights written in bulk, stored in blocks', () => {
  it('stores an import in a few rows and gives every highlight back by id, by page, in the list and in exports', async () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      makeHighlight({ url: i % 3 ? EN_PAGE : VN_PAGE, text: `Figure number ${i}`, created: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
    );
    expect(await importAll(many)).toMatchObject({ added: 150 });
    // 100 on one page, 50 on the other: whole blocks of one page each.
    expect(await db.blocks.count()).toBe(Math.ceil(100 / BLOCK_SIZE) + Math.ceil(50 / BLOCK_SIZE));
    expect(await db.highlights.count()).toBe(0);
    expect(await readHighlights(db, many.map((h) => h.id))).toEqual(many);
    expect(await highlightsForPage(db, VN_PAGE)).toEqual(many.filter((h) => h.pageKey === VN_PAGE));
    expect(await shown({})).toEqual([...many].reverse().map((h) => h.id));
    expect((await everything()).map((h) => h.id).sort()).toEqual(many.map((h) => h.id).sort());
  });

  it('keeps the newest-first order across highlights saved one by one and imported ones', async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 5, day));
    const imported = [1, 3, 5].map((day) => makeHighlight({ text: `Imported on day ${day}`, created: at(day).toISOString(), modified: at(day).toISOString() }));
    await importAll(imported);
    const saved = [];
    for (const day of [2, 4, 6]) {
      saved.push(await createHighlight(db, { pageKey: VN_PAGE, url: VN_PAGE, title: 'Tin', text: `Saved on day ${day}`, selectors: imported[0]!.selectors }, at(day)));
    }
    expect((await queryLibrary(db, {}, { offset: 0, limit: 10 })).rows.map((h) => h.text)).toEqual([6, 5, 4, 3, 2, 1].map((d) => (d % 2 ? `Imported on day ${d}` : `Saved on day ${d}`)));
    expect((await highlightsForPage(db, VN_PAGE)).map((h) => h.created)).toEqual([1, 2, 3, 4, 5, 6].map((d) => at(d).toISOString()));
    // The date filter reads the imported ones' times from their segment's directory.
    expect(await shown({ from: at(2).toISOString(), to: at(5).toISOString() })).toEqual([saved[1]!.id, imported[1]!.id, saved[0]!.id]);
  });

  it('an edited imported highlight leaves its block: found once, by its new words only, in its new colour', async () => {
    const lib = smallLibrary();
    await importAll(lib);
    const edited = await updateHighlight(db, lib[0]!.id, { note: 'Xem lại tiến độ', color: 'purple', tags: ['theo dõi'] }, new Date('2026-12-01T00:00:00Z'));
    expect(edited).toMatchObject({ note: 'Xem lại tiến độ', color: 'purple' });
    expect(await highlightsForPage(db, VN_PAGE)).toEqual([edited, lib[1]]);
    expect(await readHighlights(db, [lib[0]!.id])).toEqual([edited]);
    expect(await shown({ query: 'xem lai' })).toEqual([lib[0]!.id]);
    expect(await shown({ query: 'han chot' })).toEqual([]);
    expect(await shown({ colors: ['pink'] })).toEqual([]);
    expect(await shown({ colors: ['purple'] })).toEqual([lib[0]!.id]);
    expect(await shown({ tags: ['theo dõi'] })).toEqual([lib[0]!.id]);
    expect(await everything()).toHaveLength(lib.length);
    // The imported copy's colour and tags are no longer offered; the edit's are.
    const offered = await facets(db);
    expect(offered.colors).toEqual(['blue', 'green', 'purple', 'yellow']);
    expect(offered.tags).not.toContain('hạn chót');
    expect(await listTags(db)).toContain('theo dõi');
    expect(await listTags(db)).not.toContain('hạn chót');
  });

  it('a deleted imported highlight is gone everywhere, and undo brings it back', async () => {
    const lib = smallLibrary();
    await importAll(lib);
    const undo = await deleteMany(db, [lib[2]!.id]);
    expect(await highlightsForPage(db, EN_PAGE)).toEqual([lib[3]]);
    expect(await shown({ query: 'government' })).toEqual([]);
    expect(await shown({ colors: ['blue'] })).toEqual([]);
    expect((await facets(db)).tags).not.toContain('growth');
    expect((await queryLibrary(db, {}, { offset: 0, limit: 10 })).total).toBe(lib.length - 1);
    expect(await everything()).toHaveLength(lib.length - 1);
    await undoChange(db, undo);
    expect(await highlightsForPage(db, EN_PAGE)).toEqual([lib[2], lib[3]]);
    expect(await shown({ query: 'government' })).toEqual([lib[2]!.id]);
    expect(await shown({ colors: ['blue'] })).toEqual([lib[2]!.id]);
  });

  it('follows the anchoring state a page load reports, for imported highlights too', async () => {
    const lib = smallLibrary();
    await importAll(lib);
    expect((await facets(db)).orphans).toBe(2);
    // lib[1] was orphaned and anchors again; lib[0] is orphaned now; lib[4] reports no change (lib[5] stays orphaned).
    expect(await setStates(db, [{ id: lib[0]!.id, state: 'orphaned' }, { id: lib[1]!.id, state: 'anchored' }, { id: lib[4]!.id, state: 'anchored' }])).toBe(2);
    expect(await shown({ orphansOnly: true })).toEqual([lib[5]!.id, lib[0]!.id]);
    expect((await facets(db)).orphans).toBe(2);
    // The state is bookkeeping: `modified` stays.
    expect(await readHighlights(db, [lib[0]!.id])).toEqual([{ ...lib[0], state: 'orphaned' }]);
  });

  it('never rewrites a highlight to record a visit: the states sit beside the blocks, and every read sees them', async () => {
    const lib = smallLibrary();
    await importAll(lib);
    const blocks = await db.blocks.toArray();
    await setStates(db, [{ id: lib[0]!.id, state: 'orphaned' }, { id: lib[1]!.id, state: 'anchored' }]);
    // No record of its own, nothing released, the blocks as they were.
    expect(await db.highlights.count()).toBe(0);
    expect(await db.released.count()).toBe(0);
    expect(await db.blocks.toArray()).toEqual(blocks);
    expect(await db.states.count()).toBe(2);
    // The page, the export and the library all see the states of the visit.
    expect((await highlightsForPage(db, VN_PAGE)).map((h) => h.state)).toEqual(['orphaned', 'anchored']);
    expect((await everything()).find((h) => h.id === lib[1]!.id)!.state).toBe('anchored');
    expect((await queryLibrary(db, { orphansOnly: true }, { offset: 0, limit: 10 })).rows.every((h) => h.state === 'orphaned')).toBe(true);
    // Back to what the copy says: the row goes.
    await setStates(db, [{ id: lib[1]!.id, state: 'orphaned' }]);
    expect(await db.states.count()).toBe(1);
    // An edit writes the highlight with its state as last seen, and the row goes.
    await updateHighlight(db, lib[0]!.id, { note: 'sửa' });
    expect(await readHighlights(db, [lib[0]!.id])).toMatchObject([{ state: 'orphaned', note: 'sửa' }]);
    expect(await db.states.count()).toBe(0);
    // A deleted highlight leaves no row behind.
    await setStates(db, [{ id: lib[4]!.id, state: 'orphaned' }]);
    await deleteHighlights(db, [lib[4]!.id]);
    expect(await db.states.count()).toBe(0);
  });

  it('a re-import replaces an imported copy it holds newer, once', async () => {
    const lib = smallLibrary();
    await importAll(lib);
    const newer = { ...lib[5]!, note: 'Bản mới hơn', modified: '2026-12-01T00:00:00.000Z' };
    expect(await importAll([newer, lib[4]!])).toMatchObject({ added: 0, updated: 1, skipped: 1 });
    expect(await readHighlights(db, [newer.id])).toEqual([newer]);
    expect((await highlightsForPage(db, TT_PAGE)).filter((h) => h.id === newer.id)).toEqual([newer]);
    expect(await everything()).toHaveLength(lib.length);
    expect(await shown({ query: 'ban moi hon' })).toEqual([newer.id]);
    // Deleting it leaves no older copy behind.
    await deleteHighlights(db, [newer.id]);
    expect(await readHighlights(db, [newer.id])).toEqual([]);
    expect(await everything()).toHaveLength(lib.length - 1);
  });
});
