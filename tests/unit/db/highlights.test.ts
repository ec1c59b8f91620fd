// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './fresh-database';
import { applyEdits, createHighlight, deleteHighlights, highlightsForPage, listTags, restoreHighlights, setStates, unpack, updateHighlight, type BrieflightDB } from '../../../lib/db';
import { idsOfWord } from '../../../lib/db/terms';
import type { NewHighlight } from '../../../lib/model/highlight';

let db: BrieflightDB;
useFreshDatabase((fresh) => {
  db = fresh;
});

const input = (pageKey: string, text: string): NewHighlight => ({
  pageKey,
  url: `${pageKey}?utm_source=x`,
  title: 'Giải ngân vốn đầu tư công',
  text,
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: text, prefix: 'trước ', suffix: ' sau' },
    position: { type: 'TextPositionSelector', start: 10, end: 10 + text.length },
  },
});

describe('the highlights table', () => {
  it('stores a highlight with an id, times and defaults, and finds it by page', async () => {
    const saved = await createHighlight(db, input('https://a.vn/1', 'tối thiểu đạt trên 95%'), new Date('2025-01-02T03:04:05Z'));
    expect(saved).toMatchObject({ color: 'yellow', note: '', tags: [], state: 'anchored', created: '2025-01-02T03:04:05.000Z' });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    await createHighlight(db, input('https://b.vn/2', 'khác'));
    expect(await highlightsForPage(db, 'https://a.vn/1')).toEqual([saved]);
  });

  it('keeps search words out of the record: its own in the words table, its page title and site words in the pages table', async () => {
    const saved = await createHighlight(db, input('https://a.vn/1', 'giải ngân'));
    const [found] = await highlightsForPage(db, 'https://a.vn/1');
    expect(Object.keys(found!).sort()).toEqual(Object.keys(saved).sort());
    expect(unpack((await db.highlights.get(saved.id))!)).toEqual(saved);
    expect(await db.words.get(saved.id)).toEqual({ id: saved.id, words: ['giai', 'ngan'] });
    expect([...(await idsOfWord(db, 'ng', false))]).toEqual([saved.id]);
    const [page] = await db.pages.toArray();
    expect(page).toMatchObject({ pageKey: 'https://a.vn/1', site: 'a.vn', ids: [saved.id] });
    expect(page!.words).toEqual(expect.arrayContaining(['giai', 'ngan', 'von', 'dau', 'tu', 'cong']));
  });

  it('updates note, colour and tags and moves `modified`, but not for a state change', async () => {
    const saved = await createHighlight(db, input('https://a.vn/1', 'giải ngân'), new Date('2025-01-01T00:00:00Z'));
    const edited = await updateHighlight(db, saved.id, { note: 'Quan trọng', tags: ['đầu tư'], color: 'green' }, new Date('2025-02-01T00:00:00Z'));
    expect(edited).toMatchObject({ note: 'Quan trọng', tags: ['đầu tư'], color: 'green', modified: '2025-02-01T00:00:00.000Z' });
    // One changed; an id with no highlight is passed over; a state already stored is not written again.
    expect(await setStates(db, [{ id: saved.id, state: 'orphaned' }, { id: 'gone', state: 'anchored' }])).toBe(1);
    expect(await setStates(db, [{ id: saved.id, state: 'orphaned' }])).toBe(0);
    const [after] = await highlightsForPage(db, 'https://a.vn/1');
    expect(after).toMatchObject({ state: 'orphaned', modified: '2025-02-01T00:00:00.000Z' });
    expect(await listTags(db)).toEqual(['đầu tư']);
  });

  it('applies edits from two tabs at once to the stored record, so both tags survive', async () => {
    const saved = await createHighlight(db, input('https://a.vn/2', 'vốn đầu tư'));
    await Promise.all([applyEdits(db, saved.id, [{ op: 'addTag', tag: 'from-tab-1' }]), applyEdits(db, saved.id, [{ op: 'addTag', tag: 'from-tab-2' }])]);
    const [after] = await highlightsForPage(db, 'https://a.vn/2');
    expect([...after!.tags].sort()).toEqual(['from-tab-1', 'from-tab-2']);
    // The edit's words are searchable like any other edit's.
    expect(await listTags(db)).toEqual(expect.arrayContaining(['from-tab-1', 'from-tab-2']));
    expect(await applyEdits(db, 'gone', [{ op: 'setNote', note: 'x' }])).toBeNull();
  });

  it('returns deleted highlights so they can be restored exactly (undo)', async () => {
    const saved = await createHighlight(db, { ...input('https://a.vn/1', 'giải ngân'), note: 'n', tags: ['x'] });
    const removed = await deleteHighlights(db, [saved.id]);
    expect(await highlightsForPage(db, 'https://a.vn/1')).toEqual([]);
    await restoreHighlights(db, removed);
    expect(await highlightsForPage(db, 'https://a.vn/1')).toEqual([saved]);
  });

  it('reports a missing highlight as null instead of inventing one', async () => {
    expect(await updateHighlight(db, crypto.randomUUID(), { note: 'x' })).toBeNull();
  });
});
