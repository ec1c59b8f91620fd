// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlight, highlightsForPage, openDatabase, pack, updateHighlight } from '../../../lib/db';
import { readHighlights } from '../../../lib/db/locate';
import type { Highlight } from '../../../lib/model/highlight';
import { wordsOfHighlight } from '../../../lib/search';
import { facets, queryLibrary, type LibraryFilters } from '../../../lib/db/library';
import { collectForExport } from '../../../lib/db/library-export';
import { siteName } from '../../../lib/url/page-key';
import { pageRowsOf } from '../../../lib/db/pages';
import { termRowsOf, wordsRow } from '../../../lib/db/terms';
import { EN_PAGE, VN_PAGE, makeArticle, makeHighlight } from '../../fixtures/library/records';

const NAME = 'upgrade-test';
afterEach(() => Dexie.delete(NAME));

// Records exactly as the first release wrote them: the model's fields, no site, no search words.
const v1Highlights = [
  makeHighlight({
    text: 'Thủ tướng yêu cầu giải ngân 100% vốn đầu tư công trước ngày 31/1/2027',
    note: 'Hạn chót: 31/1/2027.\nTheo dõi Đà Nẵng.',
    tags: ['đầu tư công'],
    color: 'pink',
  }),
  makeHighlight({
    url: EN_PAGE,
    title: 'Vietnam sets 8% growth target',
    text: 'The government aims for growth of at least 8% next year',
    state: 'orphaned',
    created: '2026-11-21T10:00:00.000Z',
    modified: '2026-11-22T10:00:00.000Z',
  }),
];
const v1Article = makeArticle(VN_PAGE, 'Thủ tướng yêu cầu giải ngân vốn đầu tư công', 'VnExpress');

/** A connection declaring the stores of releases 1 to `n`, exactly as lib/db/database.ts declares them. */
function release(n: 1 | 2 | 3 | 4): Dexie {
  const old = new Dexie(NAME);
  old.version(1).stores({ highlights: 'id, pageKey, created', articles: 'pageKey' });
  if (n >= 2) old.version(2).stores({ highlights: 'id, pageKey, created, modified, color, site, state, *tags, *words', articles: 'pageKey, computed' });
  if (n >= 3) old.version(3).stores({ highlights: 'id, pageKey, created, color, state, *tags, seg', articles: 'pageKey, computed', pages: 'key, site, *words', terms: 'key', words: 'id, *words' });
  // (Version 4 changed records, not stores.)
  if (n >= 4) old.version(4);
  return old;
}

async function writeFirstRelease() {
  const old = release(1);
  await old.table('highlights').bulkAdd(v1Highlights);
  await old.table('articles').add(v1Article);
  old.close();
}

/** Records as version 2 wrote them: the model plus `site` and words of every field, title and site included. */
async function writeSecondRelease() {
  const old = release(2);
  await old.table('highlights').bulkAdd(
    v1Highlights.map((h) => {
      const site = siteName(h.url);
      return { ...h, site, words: wordsOfHighlight(h, site) };
    }),
  );
  await old.table('articles').add(v1Article);
  old.close();
}

/** Records as version 3 wrote them: the model's own shape naming its segment, with page rows and posting lists. */
async function writeThirdRelease() {
  const old = release(3);
  const seg = 'v3segment';
  await old.table('highlights').bulkAdd(v1Highlights.map((h) => ({ ...h, seg })));
  await old.table('pages').bulkAdd([...pageRowsOf(v1Highlights).values()]);
  // Version 3's posting lists held words only (no colours, states or tags).
  await old.table('terms').bulkAdd([...termRowsOf(v1Highlights, seg, new Map(), false)].map(([key, ids]) => ({ key, ids })));
  await old.table('articles').add(v1Article);
  old.close();
}

/** Records as version 4 wrote them: packed; the first in a segment (an import), the second saved on its own with its words row. */
async function writeFourthRelease() {
  const old = release(4);
  const seg = 'v4segment';
  const [inSegment, own] = v1Highlights as [Highlight, Highlight];
  await old.table('highlights').bulkAdd([pack(inSegment, seg), pack(own)]);
  await old.table('words').add(wordsRow(own));
  await old.table('pages').bulkAdd([...pageRowsOf(v1Highlights).values()]);
  // Version 4's posting lists held words only (no colours, states or tags).
  await old.table('terms').bulkAdd([...termRowsOf([inSegment], seg, new Map(), false)].map(([key, ids]) => ({ key, ids })));
  await old.table('articles').add(v1Article);
  old.close();
}

/** Opens the database an earlier release wrote; `ownRecords` highlights were saved one at a time, the rest in a segment. */
async function expectUpgradedAndFindable(ownRecords = 0) {
  const db = openDatabase(NAME);
  await db.open();
  expect(db.verno).toBe(7);

  // Every highlight field for field. Those of a segment (every one an upgrade to version 3 indexed)
  // are in its blocks from version 5 on, their words in its posting lists; records of their own
  // are in version 4's packed form (record.ts): the quote is stored once.
  expect(await readHighlights(db, v1Highlights.map((h) => h.id))).toEqual(v1Highlights);
  expect(await db.highlights.count()).toBe(ownRecords);
  for (const record of await db.highlights.toArray()) expect(record).not.toHaveProperty('selectors');
  expect(await db.segments.count()).toBe(1);
  expect(await db.terms.where(':id').between('giai\u0000', 'giai\u0001').count()).toBe(1);
  for (const h of v1Highlights) expect(await highlightsForPage(db, h.pageKey)).toEqual([h]);
  expect(await db.articles.get(VN_PAGE)).toEqual(v1Article);
  // A row per page, listing its highlights.
  expect((await db.pages.toArray()).map((p) => [p.site, p.ids]).sort()).toEqual([
    ['reuters.com', [v1Highlights[1]!.id]],
    ['vnexpress.net', [v1Highlights[0]!.id]],
  ]);

  const rows = async (f: LibraryFilters) => (await queryLibrary(db, f, { offset: 0, limit: 10 })).rows;
  // By quote, note and tag words, with and without diacritics.
  expect(await rows({ query: 'giai ngan dau tu' })).toEqual([v1Highlights[0]]);
  expect(await rows({ query: 'Theo dõi Đà Nẵng' })).toEqual([v1Highlights[0]]);
  expect(await rows({ query: 'han chot' })).toEqual([v1Highlights[0]]);
  // One-letter words and digits, indexed from version 4 on: in the quote and in the page title.
  expect(await rows({ query: 'ngay 1/' })).toEqual([v1Highlights[0]]);
  expect(await rows({ query: 'at least 8% ' })).toEqual([v1Highlights[1]]);
  // By a title word only (not in the quote) and by the site.
  expect(await rows({ query: 'target' })).toEqual([v1Highlights[1]]);
  expect(await rows({ query: 'vnexpress' })).toEqual([v1Highlights[0]]);
  expect(await rows({ query: 'reuters growth' })).toEqual([v1Highlights[1]]);
  expect(await rows({ site: 'reuters.com', orphansOnly: true })).toEqual([v1Highlights[1]]);
  expect(await rows({ site: 'vnexpress.net', colors: ['pink'], tags: ['đầu tư công'] })).toEqual([v1Highlights[0]]);
  expect((await facets(db)).sites).toEqual(['reuters.com', 'vnexpress.net']);
  expect((await collectForExport(db)).highlights).toEqual([v1Highlights[1], v1Highlights[0]]);
  return db;
}

describe('opening a database an earlier release wrote', () => {
  it('upgrades the first release: every record intact and findable by quote, note, tag, title and site', async () => {
    await writeFirstRelease();
    (await expectUpgradedAndFindable()).close();
  });

  it('upgrades the third release to packed records: every record intact and findable', async () => {
    await writeThirdRelease();
    const db = await expectUpgradedAndFindable();
    // Editing an upgraded highlight takes it out of its segment and keeps it findable by its new note.
    await updateHighlight(db, v1Highlights[1]!.id, { note: 'kiểm tra lại' });
    expect((await queryLibrary(db, { query: 'kiem tra' }, { offset: 0, limit: 10 })).rows.map((h) => h.id)).toEqual([v1Highlights[1]!.id]);
    expect(await db.highlights.count()).toBe(1);
    db.close();
  });

  it("upgrades the fourth release: a segment's highlights move to blocks, one saved on its own stays; both intact and findable", async () => {
    await writeFourthRelease();
    const db = await expectUpgradedAndFindable(1);
    // The moved segment gained its colour, state and tag posting lists: the filters find its highlight.
    expect((await queryLibrary(db, { colors: ['pink'] }, { offset: 0, limit: 10 })).rows).toEqual([v1Highlights[0]]);
    expect((await facets(db)).tags).toEqual(['đầu tư công']);
    db.close();
  });

  it('upgrades the second release: every record intact, index-only fields dropped, findable the same way', async () => {
    await writeSecondRelease();
    const db = await expectUpgradedAndFindable();
    // The upgraded database keeps working: a new highlight on an upgraded page is found by the page's title.
    const saved = await createHighlight(db, { pageKey: EN_PAGE, url: EN_PAGE, title: 'Vietnam sets 8% growth target', text: 'Credit growth slowed', selectors: v1Highlights[1]!.selectors }, new Date('2026-11-23T00:00:00Z'));
    expect((await queryLibrary(db, { query: 'target' }, { offset: 0, limit: 10 })).rows.map((h) => h.id)).toEqual([saved.id, v1Highlights[1]!.id]);
    db.close();
  });
});
