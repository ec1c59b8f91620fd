import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { startServer, type Route } from './server';

export interface Session {
  browser: Browser;
  server: Awaited<ReturnType<typeof startServer>>;
  /** A new tab showing one of the server's pages. */
  open(path: string): Promise<Page>;
}

/** Starts the page server and Chromium with the extension for the tests of one file. */
export function useBrowser(routes: Record<string, Route> = {}, options: Parameters<typeof launchBrowser>[0] = {}): Session {
  const session = {
    async open(path: string) {
      const page = await session.browser.context.newPage();
      await page.goto(session.server.url(path));
      return page;
    },
  } as Session;
  beforeAll(async () => {
    session.server = await startServer(routes);
    session.browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
