// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db';
import { queryLibrary } from '../../../lib/db/library';
import { EN_PAGE, VN_PAGE, makeArticle, makeHighlight } from '../../fixtures/library/records';

const NAME = 'upgrade-from-v1';
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

async function writeFirstRelease() {
  const old = new Dexie(NAME);
  // Version 1's stores, exactly as lib/db/database.ts declares them.
  old.version(1).stores({ highlights: 'id, pageKey, created', articles: 'pageKey' });
  await old.table('highlights').bulkAdd(v1Highlights);
  await old.table('articles').add(v1Article);
  old.close();
}

describe('opening a database the first release wrote', () => {
  it('keeps every record field for field and indexes it for the library', async () => {
    await writeFirstRelease();
    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);

    for (const original of v1Highlights) {
      const stored = await db.highlights.get(original.id);
      const { site, words, ...fields } = stored!;
      expect(fields).toEqual(original);
      expect(site).toBe(new URL(original.url).hostname.replace(/^www\./, ''));
      expect(words?.length).toBeGreaterThan(5);
    }
    expect(await db.articles.get(VN_PAGE)).toEqual(v1Article);

    const found = await queryLibrary(db, { query: 'giai ngan dau tu' }, { offset: 0, limit: 10 });
    expect(found.rows).toEqual([v1Highlights[0]]);
    expect((await queryLibrary(db, { site: 'reuters.com', orphansOnly: true }, { offset: 0, limit: 10 })).rows).toEqual([v1Highlights[1]]);
    db.close();
  });
});
