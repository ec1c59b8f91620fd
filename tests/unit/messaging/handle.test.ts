import { describe, expect, it, vi } from 'vitest';
import { backgroundProtocol, contentProtocol, errorCode, friendlyError, handleMessage, MessageError, type Handlers, type BackgroundProtocol } from '../../../lib/messaging';

const options = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const fromTab = { id: 'ours', tab: { id: 3 }, url: 'https://news.example/a' };
const fromPopup = { id: 'ours', url: 'chrome-extension://ours/popup.html' };

function handlers(overrides: Partial<Handlers<BackgroundProtocol>> = {}): Handlers<BackgroundProtocol> {
  const none = () => {
    throw new Error('not called');
  };
  return {
    'highlights.forPage': vi.fn(async () => []),
    'highlights.create': none,
    'highlights.update': none,
    'highlights.delete': none,
    'highlights.restore': none,
    'highlights.setStates': none,
    'tags.list': none,
    'articles.get': none,
    'articles.put': none,
    ...overrides,
  } as Handlers<BackgroundProtocol>;
}

describe('handleMessage', () => {
  it('answers a valid request with its value', async () => {
    const reply = await handleMessage(backgroundProtocol, handlers(), { type: 'highlights.forPage', data: { pageKey: 'https://a/b' } }, fromTab, options);
    expect(reply).toEqual({ ok: true, value: [] });
  });

  it('rejects a message with a missing field, naming the field', async () => {
    const h = handlers();
    const reply = await handleMessage(backgroundProtocol, h, { type: 'highlights.forPage', data: {} }, fromTab, options);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(!reply.ok && reply.error.message).toContain('"pageKey"');
    expect(h['highlights.forPage']).not.toHaveBeenCalled();
  });

  it('rejects an unknown message type and a non-object message without throwing', async () => {
    expect(await handleMessage(backgroundProtocol, handlers(), { type: 'db.drop', data: {} }, fromTab, options)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message', message: expect.stringContaining('db.drop') },
    });
    expect(await handleMessage(backgroundProtocol, handlers(), 'hello', fromTab, options)).toMatchObject({ ok: false });
    expect(await handleMessage(backgroundProtocol, handlers(), { type: 'toString', data: {} }, fromTab, options)).toMatchObject({ ok: false });
  });

  it('refuses senders that are not our extension', async () => {
    const reply = await handleMessage(backgroundProtocol, handlers(), { type: 'highlights.forPage', data: { pageKey: 'k' } }, { id: 'other', tab: { id: 1 } }, options);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('accepts tab-only messages only from a content script', async () => {
    const h = handlers({ 'highlights.setStates': vi.fn(async () => 0) });
    const message = { type: 'highlights.setStates', data: { states: [] } };
    expect(await handleMessage(backgroundProtocol, h, message, fromPopup, options)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await handleMessage(backgroundProtocol, h, message, fromTab, options)).toEqual({ ok: true, value: 0 });
  });

  it('accepts page-only messages in the content script only from our extension pages', async () => {
    const page = { 'page.info': vi.fn(async () => ({ pageKey: 'k', url: 'u', title: 't', highlightCount: 0, orphans: [], pending: 0 })) };
    const all = { ...page, 'page.brief': vi.fn(), 'page.jump': vi.fn(), 'page.highlightQuote': vi.fn(), 'page.highlightSelection': vi.fn() };
    expect(await handleMessage(contentProtocol, all as never, { type: 'page.info', data: {} }, fromTab, options)).toMatchObject({ ok: false });
    expect(await handleMessage(contentProtocol, all as never, { type: 'page.info', data: {} }, fromPopup, options)).toMatchObject({ ok: true });
  });

  it('turns a handler failure into a typed error reply, storage errors included', async () => {
    const h = handlers({
      'highlights.forPage': async () => {
        throw new DOMException('QuotaExceededError: the disk is full', 'QuotaExceededError');
      },
    });
    const reply = await handleMessage(backgroundProtocol, h, { type: 'highlights.forPage', data: { pageKey: 'k' } }, fromTab, options);
    expect(reply).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    const blocked = handlers({
      'highlights.forPage': async () => {
        throw Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
      },
    });
    expect(await handleMessage(backgroundProtocol, blocked, { type: 'highlights.forPage', data: { pageKey: 'k' } }, fromTab, options)).toMatchObject({ ok: false, error: { code: 'storage' } });
  });

  it('tells the reader what happened and what to do, never the exception text', () => {
    expect(friendlyError(new MessageError('disk-full', 'QuotaExceededError: pages.bulkPut(): 1 of 1 operations failed'))).toBe('The disk is full: free some space, then retry. Nothing was lost.');
    expect(friendlyError(new MessageError('unreachable', 'No valid reply to "highlights.create".'))).toMatch(/^Brieflight did not answer .*retry/);
    expect(friendlyError(new MessageError('refused', 'A highlight can have at most 50 tags: remove one, then add this one.'))).toBe('A highlight can have at most 50 tags: remove one, then add this one.');
    for (const code of errorCode.options) {
      const told = friendlyError(new MessageError(code, 'RAW-EXCEPTION-TEXT'));
      if (code !== 'refused') expect(told, code).not.toContain('RAW-EXCEPTION-TEXT');
    }
    expect(friendlyError(new TypeError('x is undefined'))).not.toContain('undefined');
  });

  it('tells the handler an extension page from a content script, even when the page is open in a tab', async () => {
    const seen: string[] = [];
    const h = handlers({
      'highlights.forPage': async (_data, sender) => {
        seen.push(sender.kind);
        return [];
      },
    });
    const message = { type: 'highlights.forPage', data: { pageKey: 'k' } };
    await handleMessage(backgroundProtocol, h, message, { id: 'ours', url: 'chrome-extension://ours/library.html', tab: { id: 9 } }, options);
    await handleMessage(backgroundProtocol, h, message, fromTab, options);
    expect(seen).toEqual(['page', 'tab']);
  });
});
