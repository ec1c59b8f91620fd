// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './fresh-database';
import { createHighlight, deleteHighlights, restoreHighlights, updateHighlight, type BrieflightDB } from '../../../lib/db';
import { collectForExport } from '../../../lib/db/library-export';
import { facets, queryLibrary } from '../../../lib/db/library';
import { applyImport, deleteMany, undoChange, updateMany } from '../../../lib/db/library-changes';
import { idsOfWord } from '../../../lib/db/terms';
import { ownWords } from '../../../lib/search';
import { pageRowsOf } from '../../../lib/db/pages';
import { EN_PAGE, TT_PAGE, VN_PAGE, makeHighlight, smallLibrary } from '../../fixtures/library/records';
import type { Highlight } from '../../../lib/model/highlight';

let db: BrieflightDB;
useFreshDatabase((fresh) => {
  db = fresh;
});

/** The page rows as [site, title, sorted ids], sorted. */
const pageRows = async () =>
  (await db.pages.toArray()).map((p) => [p.site, p.title, [...p.ids].sort()] as const).sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));

/** The rows the stored highlights call for, built from scratch: what the tables must always equal. */
async function expectInStep() {
  // Every stored highlight, wherever it is (a record of its own or a segment's block).
  const { highlights: all } = await collectForExport(db);
  const pages = [...pageRowsOf(all).values()].map((p) => ({ ...p, ids: [...p.ids].sort() }));
  const storedPages = (await db.pages.toArray()).map((p) => ({ ...p, ids: [...p.ids].sort(), url: '' }));
  expect(storedPages.sort((a, b) => a.key.localeCompare(b.key))).toEqual(pages.map((p) => ({ ...p, url: '' })).sort((a, b) => a.key.localeCompare(b.key)));
  // Each own word (quote, note, tags) finds exactly the highlights that have it, wherever it is indexed.
  const byWord = new Map<string, string[]>();
  for (const h of all) for (const w of ownWords(h)) byWord.set(w, [...(byWord.get(w) ?? []), h.id]);
  for (const [word, ids] of byWord) expect([...(await idsOfWord(db, word, true))].sort()).toEqual(ids.sort());
}

const texts = async (query: string) => (await queryLibrary(db, { query }, { offset: 0, limit: 50 })).rows.map((h) => h.text);

describe('the pages and terms tables stay in step with the highlights', () => {
  it('on save: a new page gets its row, a second highlight joins it', async () => {
    const selectors = makeHighlight({ text: 'x' }).selectors;
    const a = await createHighlight(db, { pageKey: VN_PAGE, url: VN_PAGE, title: 'Giải ngân vốn đầu tư công', text: 'Đà Nẵng chậm giải ngân', selectors });
    const b = await createHighlight(db, { pageKey: VN_PAGE, url: `${VN_PAGE}?utm_source=fb`, title: 'Giải ngân vốn đầu tư công', text: 'Cần Thơ về đích', selectors });
    expect(await pageRows()).toEqual([['vnexpress.net', 'Giải ngân vốn đầu tư công', [a.id, b.id].sort()]]);
    await expectInStep();
    expect(await texts('von dau tu')).toEqual([b.text, a.text].sort((x, y) => (x === b.text ? -1 : 1)));
    expect(await texts('can tho')).toEqual([b.text]);
  });

  it('keeps a row per title when a page was saved under two titles, so a title finds only its highlights', async () => {
    const first = makeHighlight({ text: 'Giá xăng giảm', title: 'Giá xăng hôm nay' });
    const later = makeHighlight({ text: 'Giá dầu tăng', title: 'Giá dầu thế giới', created: '2026-11-21T00:00:00.000Z' });
    await restoreHighlights(db, [first, later]);
    expect((await pageRows()).map((r) => r[1])).toEqual(['Giá dầu thế giới', 'Giá xăng hôm nay']);
    expect(await texts('the gioi')).toEqual([later.text]);
    expect(await texts('hom nay')).toEqual([first.text]);
    await expectInStep();
  });

  it('on delete: deleting the last highlight of a page removes its row and its site from the facets', async () => {
    const lib = smallLibrary();
    await restoreHighlights(db, lib);
    expect((await facets(db)).sites).toEqual(['reuters.com', 'tuoitre.vn', 'vnexpress.net']);
    await deleteHighlights(db, [lib[2]!.id]);
    expect((await pageRows()).find((r) => r[0] === 'reuters.com')?.[2]).toEqual([lib[3]!.id]);
    const undo = await deleteMany(db, [lib[3]!.id]);
    expect((await pageRows()).map((r) => r[0])).toEqual(['tuoitre.vn', 'vnexpress.net']);
    expect((await facets(db)).sites).toEqual(['tuoitre.vn', 'vnexpress.net']);
    expect(await texts('reuters')).toEqual([]);
    expect(await texts('investment')).toEqual([]);
    await expectInStep();

    // on restore (undo): the row, the site and the words come back.
    await undoChange(db, undo);
    expect((await facets(db)).sites).toEqual(['reuters.com', 'tuoitre.vn', 'vnexpress.net']);
    expect(await texts('reuters investment')).toEqual([lib[3]!.text]);
    await expectInStep();
  });

  it('on edit: a new note is found, the old one no longer; a colour change and its undo keep the search words', async () => {
    const lib = smallLibrary();
    await restoreHighlights(db, lib);
    await updateHighlight(db, lib[1]!.id, { note: 'Theo dõi tiếp' });
    expect(await texts('diem nong')).toEqual([]);
    expect(await texts('theo doi')).toEqual([lib[1]!.text]);
    const { undo } = await updateMany(db, [lib[0]!.id, lib[1]!.id], { color: 'purple', tags: ['khẩn'] });
    expect(await texts('khan')).toEqual([lib[1]!.text, lib[0]!.text]);
    await undoChange(db, undo);
    expect(await texts('khan')).toEqual([]);
    expect(await texts('theo doi')).toEqual([lib[1]!.text]);
    await expectInStep();
  });

  it('on import: rows for new pages, new ids in existing rows, and an updated copy with another title moves row', async () => {
    const lib = smallLibrary();
    await restoreHighlights(db, lib);
    const fresh = makeHighlight({ url: EN_PAGE, title: 'Vietnam sets 8% growth target', text: 'Inflation should stay below 4.5 percent' });
    const elsewhere = makeHighlight({ url: 'https://thanhnien.vn/gia-vang-2026.htm', title: 'Giá vàng lập đỉnh', text: 'Giá vàng miếng vượt 90 triệu đồng' });
    const renamed: Highlight = { ...lib[4]!, title: 'Sân bay Đà Nẵng đón 25 triệu khách', modified: '2026-12-01T00:00:00.000Z' };
    await applyImport(db, { source: 'backup', skipped: [], highlights: [fresh, elsewhere, renamed], articles: [] });
    const rows = await pageRows();
    expect(rows.find((r) => r[0] === 'reuters.com')?.[2]).toEqual([lib[2]!.id, lib[3]!.id, fresh.id].sort());
    expect(rows.find((r) => r[0] === 'thanhnien.vn')).toEqual(['thanhnien.vn', 'Giá vàng lập đỉnh', [elsewhere.id]]);
    expect(rows.filter((r) => r[0] === 'tuoitre.vn').map((r) => [r[1], r[2]])).toEqual([
      ['Đà Nẵng mở rộng sân bay', [lib[5]!.id]],
      ['Sân bay Đà Nẵng đón 25 triệu khách', [lib[4]!.id]],
    ]);
    expect(await texts('don 25')).toEqual([renamed.text]);
    expect(await texts('gia vang thanhnien')).toEqual([elsewhere.text]);
    // "đón" is only in the new title: the old row no longer lists the renamed highlight.
    expect(await texts('don ')).toEqual([renamed.text]);
    expect((await db.pages.where('words').equals('don').toArray()).map((p) => p.ids)).toEqual([[lib[4]!.id]]);
    await expectInStep();
  });

  it('an import into an empty library builds the same tables as saving one by one', async () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      makeHighlight({ url: i % 3 ? TT_PAGE : EN_PAGE, title: i % 3 ? 'Đà Nẵng mở rộng sân bay' : 'Growth', text: `Quarterly figure ${i} for sector ${i % 17}`, created: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }),
    );
    await applyImport(db, { source: 'backup', skipped: [], highlights: many, articles: [] });
    await expectInStep();
    expect((await queryLibrary(db, { query: 'sector 16 growth' }, { offset: 0, limit: 1 })).total).toBe(many.filter((h, i) => i % 17 === 16 && i % 3 === 0).length);
  });
});
