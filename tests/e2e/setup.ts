import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { startServer, type Route } from './server';

export interface Session {
  browser: Browser;
  server: Awaited<ReturnType<typeof startServer>>;
}

/** Starts the page server and Chromium with the extension for the tests of one file. */
export function useBrowser(routes: Record<string, Route> = {}, options: Parameters<typeof launchBrowser>[0] = {}): Session {
  const session = {} as Session;
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
