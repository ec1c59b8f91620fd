// The Firefox suite covers what the Chromium suite (tests/e2e) covers where Firefox has it: the popup's
// brief and friendly states, highlights (toolbar, keyboard, command, reload, page key), the editor, late
// content, single-page apps, orphans (also after a tab closed early), the library (list, search, exports,
// backup import), no IndexedDB in the page's origin, and the brief at a glance with the sidebar (targets
// table, one-line directives, highlight once, jump, reading-order list, edits both ways, toolbar arrow keys). With no Firefox counterpart: the stopped service
// worker (tests/e2e/highlight.e2e.test.ts), because Firefox runs an MV2 background as a persistent page
// that lives as long as the browser.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type Firefox } from './firefox';
import { startServer, type Route } from '../e2e/server';

export interface FirefoxSession {
  firefox: Firefox;
  server: Awaited<ReturnType<typeof startServer>>;
  /** A new tab showing one of the server's pages, once it has loaded. */
  open(path: string): Promise<Page>;
}

/**
 * Starts the page server and Firefox with the add-on for the tests of one file. After each test, the
 * add-on must have logged no error: an uncaught exception in a content script (the Xray traps of
 * issue 11) shows only in the browser console.
 */
export function useFirefox(routes: Record<string, Route> = {}, options: Parameters<typeof launchFirefox>[0] = {}): FirefoxSession {
  let reported = 0;
  const session = {
    async open(path: string) {
      const page = await session.firefox.browser.newPage();
      await page.goto(session.server.url(path), { waitUntil: 'load' });
      return page;
    },
  } as FirefoxSession;
  beforeAll(async () => {
    session.server = await startServer(routes);
    session.firefox = await launchFirefox(options);
  });
  afterEach(async () => {
    const errors = await session.firefox.errors();
    const fresh = errors.slice(reported);
    reported = errors.length;
    expect(fresh, 'errors logged by the add-on during this test').toEqual([]);
  });
  afterAll(async () => {
    await session.firefox?.close();
    await session.server?.close();
  });
  return session;
}
