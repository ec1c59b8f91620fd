import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenInBackground, type Handlers, type BackgroundProtocol } from '../../../lib/messaging';

describe('the background listener', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a page.* message sent to it with a typed error instead of leaving the sender without a reply', async () => {
    listenInBackground({} as Handlers<BackgroundProtocol>);
    const reply = await new Promise((resolve) => {
      // The browser calls the listener with a sendResponse callback (the fake's types leave it out).
      const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (m: unknown, s: unknown, respond: (r: unknown) => void) => Promise<unknown>;
      void trigger({ type: 'page.info', data: {} }, { id: fakeBrowser.runtime.id }, resolve);
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringContaining('page.info') } });
  });
});
