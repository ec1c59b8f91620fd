// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../db/fresh-database';
import { backgroundHandlers } from '../../../entrypoints/background/handlers';
import { backgroundProtocol, handleMessage } from '../../../lib/messaging';
import type { BrieflightDB } from '../../../lib/db';
import { applyImport } from '../../../lib/db/library-changes';
import { smallLibrary } from '../../fixtures/library/records';

const options = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const tabOn = (url: string) => ({ id: 'ours', url, tab: { id: 7 } });
const library = { id: 'ours', url: 'chrome-extension://ours/library.html' };

let db: BrieflightDB;
useFreshDatabase((fresh) => {
  db = fresh;
});

const send = (type: string, data: unknown, sender: object) => handleMessage(backgroundProtocol, backgroundHandlers(db), { type, data }, sender, options);

const newHighlight = {
  pageKey: 'https://news.example.vn/a.html',
  url: 'https://news.example.vn/a.html',
  title: 'Tin',
  text: 'giải ngân',
  selectors: { quote: { type: 'TextQuoteSelector', exact: 'giải ngân', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 9 } },
};

describe('the background', () => {
  it('saves a highlight for the page of the tab that asks, and gives it back', async () => {
    const created = await send('highlights.create', newHighlight, tabOn('https://m.news.example.vn/a.html#top'));
    expect(created).toMatchObject({ ok: true, value: { text: 'giải ngân', color: 'yellow' } });
    expect(await send('highlights.forPage', { pageKey: newHighlight.pageKey }, tabOn('https://news.example.vn/a.html'))).toMatchObject({ ok: true, value: [{ text: 'giải ngân' }] });
  });

  it('refuses a tab that asks for or changes another site’s highlights', async () => {
    const created = await send('highlights.create', newHighlight, library);
    if (!created.ok) throw new Error('not created');
    const id = (created.value as { id: string }).id;
    const evil = tabOn('https://evil.test/copy');
    expect(await send('highlights.forPage', { pageKey: newHighlight.pageKey }, evil)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await send('highlights.create', newHighlight, evil)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await send('highlights.delete', { ids: [id] }, evil)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await db.highlights.count()).toBe(1);
  });

  it('refuses a tab on another port or scheme of the same host, or on another subdomain', async () => {
    const created = await send('highlights.create', newHighlight, library);
    if (!created.ok) throw new Error('not created');
    const id = (created.value as { id: string }).id;
    for (const url of ['http://news.example.vn/a.html', 'https://news.example.vn:8443/a.html', 'https://evil.news.example.vn/a.html']) {
      expect(await send('highlights.forPage', { pageKey: newHighlight.pageKey }, tabOn(url)), url).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(await send('highlights.edit', { id, ops: [{ op: 'setNote', note: 'hijacked' }] }, tabOn(url)), url).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(await send('highlights.forPage', { pageKey: newHighlight.pageKey }, tabOn('https://www.news.example.vn/a.html'))).toMatchObject({ ok: true, value: [{ note: '' }] });
  });

  it('refuses another site’s tab for an imported highlight too (stored in a segment’s block)', async () => {
    const [h] = smallLibrary();
    await applyImport(db, { source: 'backup', skipped: [], highlights: [h!], articles: [] });
    const evil = tabOn('https://evil.test/copy');
    expect(await send('highlights.edit', { id: h!.id, ops: [{ op: 'setNote', note: 'hijacked' }] }, evil)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await send('highlights.delete', { ids: [h!.id] }, evil)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await send('highlights.edit', { id: h!.id, ops: [{ op: 'setNote', note: 'Ghi chú' }] }, tabOn(h!.url))).toMatchObject({ ok: true, value: { note: 'Ghi chú' } });
    // A whole new value from a page's possibly stale copy is not a content script's to send: it edits by operations.
    expect(await send('highlights.update', { id: h!.id, changes: { tags: [] } }, tabOn(h!.url))).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await send('highlights.update', { id: h!.id, changes: { tags: ['kept'] } }, library)).toMatchObject({ ok: true, value: { tags: ['kept'] } });
  });

  it('keeps the tags two tabs add to one highlight at once (edits as operations on the stored record)', async () => {
    const created = await send('highlights.create', newHighlight, tabOn(newHighlight.url));
    if (!created.ok) throw new Error('not created');
    const id = (created.value as { id: string }).id;
    const [one, two] = await Promise.all([
      send('highlights.edit', { id, ops: [{ op: 'addTag', tag: 'from-tab-1' }] }, tabOn(newHighlight.url)),
      send('highlights.edit', { id, ops: [{ op: 'addTag', tag: 'from-tab-2' }] }, { ...tabOn(newHighlight.url), tab: { id: 8 } }),
    ]);
    expect(one.ok && two.ok).toBe(true);
    const stored = (await send('highlights.forPage', { pageKey: newHighlight.pageKey }, library)) as { value: { tags: string[] }[] };
    expect([...stored.value[0]!.tags].sort()).toEqual(['from-tab-1', 'from-tab-2']);
  });

  it('refuses an edit past the tag limit with what to do, and an edit of a deleted highlight as not found', async () => {
    const created = await send('highlights.create', { ...newHighlight, tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }, library);
    if (!created.ok) throw new Error('not created');
    const id = (created.value as { id: string }).id;
    expect(await send('highlights.edit', { id, ops: [{ op: 'addTag', tag: 'more' }] }, library)).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('at most 50 tags') } });
    await send('highlights.delete', { ids: [id] }, library);
    expect(await send('highlights.edit', { id, ops: [{ op: 'setNote', note: 'x' }] }, library)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('serves our own pages opened in a tab (the library, the popup) as pages, not as content scripts', async () => {
    await send('highlights.create', newHighlight, library);
    const libraryInTab = { ...library, tab: { id: 12 } };
    expect(await send('highlights.forPage', { pageKey: newHighlight.pageKey }, libraryInTab)).toMatchObject({ ok: true, value: [{ text: 'giải ngân' }] });
    expect(await send('tags.list', {}, libraryInTab)).toMatchObject({ ok: true });
  });

  it('never lists the reader’s tags of every site to a content script', async () => {
    expect(await send('tags.list', {}, tabOn(newHighlight.url))).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('saves a retried highlight once: a create with the id of one already saved gives that one back', async () => {
    const id = crypto.randomUUID();
    const tab = tabOn(newHighlight.url);
    const [first, second] = await Promise.all([send('highlights.create', { ...newHighlight, id }, tab), send('highlights.create', { ...newHighlight, id }, tab)]);
    const third = await send('highlights.create', { ...newHighlight, id, color: 'green' }, tab);
    for (const reply of [first, second, third]) expect(reply).toMatchObject({ ok: true, value: { id, color: 'yellow' } });
    expect(await db.highlights.count()).toBe(1);
    // The id of another page's highlight is not a way to read it.
    expect(await send('highlights.create', { ...newHighlight, id, pageKey: 'https://news.example.vn/b.html' }, tab)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('refuses a delete of more ids than a page could hold, and deletes nothing for ids it does not know', async () => {
    await send('highlights.create', newHighlight, library);
    const unknown = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());
    expect(await send('highlights.delete', { ids: unknown(20_000) }, tabOn(newHighlight.url))).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringContaining('"ids"') } });
    expect(await send('highlights.delete', { ids: unknown(1_000) }, tabOn(newHighlight.url))).toEqual({ ok: true, value: [] });
    const states = unknown(20_000).map((id) => ({ id, state: 'orphaned' }));
    expect(await send('highlights.setStates', { states }, tabOn(newHighlight.url))).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringContaining('"states"') } });
    const { value: kept } = (await send('highlights.forPage', { pageKey: newHighlight.pageKey }, library)) as { value: object[] };
    const many = unknown(1_001).map((id) => ({ ...kept[0], id }));
    expect(await send('highlights.restore', { highlights: many }, tabOn(newHighlight.url))).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringContaining('"highlights"') } });
    expect(await db.highlights.count()).toBe(1);
    expect(await db.highlights.count()).toBe(1);
  });

  it('answers a bad message with a typed error and keeps working', async () => {
    expect(await send('highlights.create', { ...newHighlight, text: '' }, library)).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringContaining('"text"') } });
    expect(await send('tags.list', {}, library)).toEqual({ ok: true, value: [] });
  });
});
