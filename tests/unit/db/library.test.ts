// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './fresh-database';
import { createHighlight, openDatabase, restoreHighlights, type BrieflightDB } from '../../../lib/db';
import { readHighlights } from '../../../lib/db/locate';
import { facets, queryLibrary, type LibraryFilters } from '../../../lib/db/library';
import { collectForExport, exportLibrary } from '../../../lib/db/library-export';
import { EXPORT_FORMATS, exportText } from '../../../lib/export';
import { applyImport, deleteMany, undoChange, updateMany } from '../../../lib/db/library-changes';
import { EN_PAGE, TT_PAGE, VN_PAGE, makeArticle, makeHighlight, smallLibrary } from '../../fixtures/library/records';
import type { Highlight } from '../../../lib/model/highlight';

let db: BrieflightDB;
let name = '';
let lib: Highlight[];
useFreshDatabase(async (fresh, freshName) => {
  db = fresh;
  name = freshName;
  lib = smallLibrary();
  await restoreHighlights(db, lib);
});

const texts = async (f: LibraryFilters, offset = 0, limit = 50) => (await queryLibrary(db, f, { offset, limit })).rows.map((h) => h.text);
/** Every stored highlight, wherever it is stored (a record of its own or a segment's block). */
const everything = async () => (await collectForExport(db)).highlights.sort((a, b) => a.id.localeCompare(b.id));

describe('searching the library', () => {
  it('lists every highlight newest first when nothing is typed', async () => {
    const result = await queryLibrary(db, {}, { offset: 0, limit: 50 });
    expect(result.total).toBe(6);
    expect(result.rows.map((h) => h.id)).toEqual([...lib].reverse().map((h) => h.id));
    expect(Object.keys(result.rows[0]!)).not.toContain('words');
  });

  it('finds Vietnamese text typed with or without diacritics', async () => {
    const withMarks = await texts({ query: 'giải ngân' });
    expect(withMarks).toEqual([lib[1]!.text, lib[0]!.text]);
    expect(await texts({ query: 'giai ngan' })).toEqual(withMarks);
    expect(await texts({ query: 'GIAI NGÂN' })).toEqual(withMarks);
    expect(await texts({ query: 'da nang' })).toEqual([lib[5]!.text, lib[4]!.text, lib[1]!.text]);
  });

  it('matches the word being typed by its start, finished words whole, and needs every word', async () => {
    expect(await texts({ query: 'invest' })).toEqual([lib[3]!.text]);
    expect(await texts({ query: 'giai nga' })).toEqual([lib[1]!.text, lib[0]!.text]);
    expect(await texts({ query: 'gia ngan' })).toEqual([]);
    expect(await texts({ query: 'invest ' })).toEqual([]);
    expect(await texts({ query: 'investment ' })).toEqual([lib[3]!.text]);
    expect(await texts({ query: 'giai reuters' })).toEqual([]);
    expect(await texts({ query: 'nvestment' })).toEqual([]);
  });

  it('searches notes, tags, page titles and sites as well as quotes', async () => {
    expect(await texts({ query: 'diem nong' })).toEqual([lib[1]!.text]);
    expect(await texts({ query: 'ha tang' })).toEqual([lib[4]!.text]);
    expect(await texts({ query: 'san bay' })).toEqual([lib[5]!.text, lib[4]!.text]);
    expect(await texts({ query: 'reuters' })).toEqual([lib[3]!.text, lib[2]!.text]);
  });

  it('finds a finished one-letter word or digit as a whole word, from the index', async () => {
    // "8%" in the title of two highlights and the quote of one; "1" only in "31/1/2027".
    expect(await texts({ query: '8% ' })).toEqual([lib[3]!.text, lib[2]!.text]);
    expect(await texts({ query: 'at least 8 ' })).toEqual([lib[2]!.text]);
    expect(await texts({ query: 'ngay 1/' })).toEqual([lib[0]!.text]);
    // A whole word, not a prefix: "d " is no word of "Đà Nẵng" or "đầu tư".
    expect(await texts({ query: 'd ' })).toEqual([]);
  });

  it('checks a one-letter word still being typed on the candidates the other words found', async () => {
    expect(await texts({ query: 'ngan d' })).toEqual([lib[1]!.text, lib[0]!.text]);
    expect(await texts({ query: 'ngan x' })).toEqual([]);
  });

  it('filters by colour, tag, site, dates and orphans, together with a search', async () => {
    expect(await texts({ colors: ['green'] })).toEqual([lib[4]!.text, lib[1]!.text]);
    expect(await texts({ colors: ['green', 'blue'], query: 'nang' })).toEqual([lib[4]!.text, lib[1]!.text]);
    expect(await texts({ tags: ['đầu tư công'] })).toEqual([lib[0]!.text]);
    expect(await texts({ tags: ['đầu tư công', 'growth'] })).toEqual([]);
    expect(await texts({ site: 'reuters.com' })).toEqual([lib[3]!.text, lib[2]!.text]);
    expect(await texts({ orphansOnly: true })).toEqual([lib[5]!.text, lib[1]!.text]);
    expect(await texts({ orphansOnly: true, query: 'mat bang' })).toEqual([lib[5]!.text]);
    expect(await texts({ from: '2026-11-20T02:00:00.000Z', to: '2026-11-20T04:00:00.000Z' })).toEqual([lib[2]!.text, lib[1]!.text]);
    expect(await texts({ from: '2026-11-21T00:00:00.000Z' })).toEqual([lib[5]!.text, lib[4]!.text]);
  });

  it('pages through the results with a stable total', async () => {
    const anyColour: LibraryFilters = { colors: ['yellow', 'green', 'blue', 'pink'] };
    const first = await queryLibrary(db, anyColour, { offset: 0, limit: 2 });
    const second = await queryLibrary(db, anyColour, { offset: 2, limit: 2 });
    expect(first.total).toBe(6);
    expect(first.total).toBe(second.total);
    expect(first.rows.map((h) => h.id)).toEqual([lib[5]!.id, lib[4]!.id]);
    expect(second.rows.map((h) => h.id)).toEqual([lib[3]!.id, lib[2]!.id]);
    expect((await queryLibrary(db, {}, { offset: 4, limit: 10 })).rows.map((h) => h.id)).toEqual([lib[1]!.id, lib[0]!.id]);
  });

  it('shows a highlight another context saved after the library was first read', async () => {
    expect((await queryLibrary(db, {}, { offset: 0, limit: 1 })).total).toBe(6);
    const background = openDatabase(name);
    const saved = await createHighlight(background, { pageKey: EN_PAGE, url: EN_PAGE, title: 'Growth', text: 'Credit growth slowed', selectors: lib[2]!.selectors }, new Date('2027-01-01T00:00:00Z'));
    background.close();
    const after = await queryLibrary(db, {}, { offset: 0, limit: 1 });
    expect(after.total).toBe(7);
    expect(after.rows[0]!.id).toBe(saved.id);
  });

  it('offers the colours, tags and sites in use, and counts orphans', async () => {
    expect(await facets(db)).toEqual({
      colors: ['blue', 'green', 'pink', 'yellow'],
      tags: ['đầu tư công', 'growth', 'hạ tầng', 'hạn chót'].sort((a, b) => a.localeCompare(b)),
      sites: ['reuters.com', 'tuoitre.vn', 'vnexpress.net'],
      orphans: 2,
    });
  });
});

describe('importing into the library', () => {
  const later = '2026-12-01T00:00:00.000Z';

  it('adds new highlights, updates ones the file has newer, and skips older copies', async () => {
    const fresh = makeHighlight({ url: EN_PAGE, text: 'Inflation should stay below 4.5 percent' });
    const newer = { ...lib[0]!, note: 'Đã cập nhật', modified: later };
    const older = { ...lib[1]!, note: 'bản cũ', modified: '2026-01-01T00:00:00.000Z' };
    const result = await applyImport(db, { source: 'backup', skipped: [], highlights: [fresh, newer, older], articles: [makeArticle(EN_PAGE, 'Vietnam sets 8% growth target', 'Reuters')] });
    expect(result).toMatchObject({ added: 1, updated: 1, skipped: 1, summary: 'added 1, updated 1, skipped 1' });
    expect((await readHighlights(db, [lib[0]!.id]))[0]!.note).toBe('Đã cập nhật');
    expect((await readHighlights(db, [lib[1]!.id]))[0]!.note).toBe('Điểm nóng');
    expect(await everything()).toHaveLength(lib.length + 1);
    expect(await texts({ query: 'lam phat inflation' })).toEqual([]);
    expect(await texts({ query: 'inflation' })).toEqual([fresh.text]);
    expect(await db.articles.get(EN_PAGE)).toMatchObject({ site: 'Reuters' });
  });

  it('writes nothing when the import fails part way through', async () => {
    const before = await everything();
    const batch = {
      source: 'backup' as const,
      skipped: [],
      highlights: [makeHighlight({ text: 'một' }), makeHighlight({ text: 'hai' }), makeHighlight({ text: 'ba' }), { ...lib[0]!, note: 'changed', modified: later }],
      articles: [makeArticle(TT_PAGE, 'Đà Nẵng mở rộng sân bay', 'Tuổi Trẻ')],
    };
    let written = 0;
    // A disk that fills up after two rows of posting lists: the third write throws inside the transaction.
    db.terms.hook('creating', () => {
      if (++written > 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(applyImport(db, batch)).rejects.toThrow();
    expect(written).toBeGreaterThan(2);
    expect(await everything()).toEqual(before);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('exporting from the library', () => {
  it('collects what the filters show, newest first, with the articles of those pages only', async () => {
    await db.articles.bulkPut([makeArticle(VN_PAGE, 'Giải ngân', 'VnExpress'), makeArticle(EN_PAGE, 'Growth', 'Reuters')]);
    const shown = await collectForExport(db, { query: 'giai ngan' });
    expect(shown.highlights.map((h) => h.id)).toEqual([lib[1]!.id, lib[0]!.id]);
    expect(shown.articles.map((a) => a.pageKey)).toEqual([VN_PAGE]);
    expect(Object.keys(shown.highlights[0]!)).not.toContain('site');

    const all = await collectForExport(db);
    expect(all.highlights.map((h) => h.id)).toEqual([...lib].reverse().map((h) => h.id));
    expect(all.articles).toHaveLength(2);
  });
});

describe('the library export file', () => {
  it.each(EXPORT_FORMATS)('%s: the file formatted while reading equals the export of what the library shows', async (format) => {
    await db.articles.bulkPut([makeArticle(VN_PAGE, 'Giải ngân', 'VnExpress'), makeArticle(EN_PAGE, 'Growth', 'Reuters')]);
    const now = new Date('2026-11-27T08:00:00Z');
    for (const filters of [{}, { query: 'giai ngan' }]) {
      const { highlights, articles } = await collectForExport(db, filters);
      const { count, file } = await exportLibrary(db, format, filters, { now, chunkSize: 2 });
      // Decoded as it is: Blob.text() would drop the CSV's byte order mark.
      const parts = [new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer())];
      expect(count).toBe(highlights.length);
      const expected = exportText(format, highlights, articles, now);
      // The W3C collection gets a fresh urn:uuid each time; everything else is the same text.
      const sameId = (text: string) => text.replace(/urn:uuid:[0-9a-f-]{36}(?=#page1|")/g, 'urn:uuid:collection');
      expect(format === 'w3c' ? sameId(parts.join('')) : parts.join('')).toBe(format === 'w3c' ? sameId(expected) : expected);
    }
  });
});

describe('editing many highlights', () => {
  it('changes the colour of the chosen highlights and undoes it exactly', async () => {
    const ids = [lib[0]!.id, lib[2]!.id];
    const before = await everything();
    const { updated, undo } = await updateMany(db, ids, { color: 'purple' }, new Date('2026-12-01T00:00:00Z'));
    expect(updated.map((h) => h.color)).toEqual(['purple', 'purple']);
    expect(await texts({ colors: ['purple'] })).toEqual([lib[2]!.text, lib[0]!.text]);
    await undoChange(db, undo);
    expect(await everything()).toEqual(before);
  });

  it('deletes the chosen highlights and brings them back with their search words', async () => {
    const undo = await deleteMany(db, [lib[0]!.id, lib[1]!.id]);
    expect(await texts({ query: 'giai ngan' })).toEqual([]);
    expect((await queryLibrary(db, {}, { offset: 0, limit: 10 })).total).toBe(4);
    await undoChange(db, undo);
    expect(await texts({ query: 'giai ngan' })).toEqual([lib[1]!.text, lib[0]!.text]);
  });
});

describe('exporting a large selection', () => {
  it('reads the same highlights in the same order when thousands match', async () => {
    const many = Array.from({ length: 2_100 }, (_, i) =>
      makeHighlight({ url: EN_PAGE, text: `Quarterly growth figure number ${i}`, color: i % 2 ? 'blue' : 'green', created: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 1000)).toISOString() }),
    );
    await restoreHighlights(db, many);
    const shown = await collectForExport(db, { query: 'quarterly' });
    expect(shown.highlights).toHaveLength(2_100);
    const listed = await queryLibrary(db, { query: 'quarterly' }, { offset: 0, limit: 3_000 });
    expect(shown.highlights.map((h) => h.id)).toEqual(listed.rows.map((h) => h.id));
    const all = await collectForExport(db);
    const unfiltered = await queryLibrary(db, {}, { offset: 0, limit: 3_000 });
    expect(all.highlights.map((h) => h.id)).toEqual(unfiltered.rows.map((h) => h.id));
  });
});

describe('exporting every highlight', () => {
  it('reads records of any id, not only UUIDs, in the key ranges it splits the read into', async () => {
    const ids = ['', '0', '0fff', '1', '1-a', '9zz', 'A-upper', 'Z', 'a', 'e~', 'f', 'ffff-ffff', 'g', 'urn:x', 'zzz', '\u00e9t\u00e9', '\uffff'];
    const odd = ids.map((id, i) => ({ ...makeHighlight({ url: EN_PAGE, text: `Odd id ${i}`, created: new Date(Date.UTC(2026, 5, 1, 0, 0, i)).toISOString() }), id }));
    await restoreHighlights(db, odd);
    const all = await collectForExport(db);
    const listed = await queryLibrary(db, {}, { offset: 0, limit: 100 });
    expect(all.highlights).toHaveLength(lib.length + odd.length);
    expect(all.highlights.map((h) => h.id)).toEqual(listed.rows.map((h) => h.id));
    expect(new Set(all.highlights.map((h) => h.id))).toEqual(new Set([...lib, ...odd].map((h) => h.id)));
  });
});
