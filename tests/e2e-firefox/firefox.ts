// Firefox ESR with the built add-on (.output/firefox-mv2), driven by puppeteer-core over WebDriver BiDi.
// What Playwright gives the Chromium suite for free is done here by hand: extension pages are opened with
// BiDi's own navigate (puppeteer's goto never settles on moz-extension:// pages), tab ids and console errors
// are read in the browser's chrome scope (allowed by -remote-allow-system-access).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox, firefoxPrefs, GECKO_ID, TEST_UUID } from '../../scripts/firefox.mjs';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv2');
export const EXTENSION_ORIGIN = `moz-extension://${TEST_UUID}`;

/** An error the browser logged from the add-on: its background page, content script or pages. */
export interface ExtensionError {
  message: string;
  source: string;
}

export interface Firefox {
  browser: Browser;
  /** A new tab showing an extension page (`popup.html?tab=3`, `library.html`). */
  extensionPage(pathAndQuery: string): Promise<Page>;
  /** Loads an extension page in an existing tab. */
  navigate(page: Page, url: string): Promise<void>;
  /** The WebExtension tab id of a page's tab. */
  tabId(page: Page): Promise<number>;
  /** The popup's view of a tab, as a page of its own. */
  popup(page: Page): Promise<Page>;
  /** The sidebar's view of a tab (`sidepanel.html?tab=<id>`), as a page of its own. */
  sidePanel(page: Page): Promise<Page>;
  /** Sends a message to a page's content script from an extension page, as the command and context menu do. */
  sendToTab(page: Page, message: unknown): Promise<unknown>;
  /** Closes a tab the way a reader does (no beforeunload prompt, no waiting for the page). */
  closeTab(page: Page): Promise<void>;
  /** The next file the browser saves into the downloads folder whose name matches. */
  download(name: RegExp, action: () => Promise<unknown>): Promise<{ name: string; text: string }>;
  /** Errors logged by the add-on since launch (uncaught exceptions and console.error). */
  errors(): Promise<ExtensionError[]>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Firefox with the add-on installed, in a fresh profile. */
export async function launchFirefox(options: { locale?: string } = {}): Promise<Firefox> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'brieflight-ff-'));
  const downloads = await mkdtemp(path.join(os.tmpdir(), 'brieflight-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(downloads, options.locale),
    defaultViewport: { width: 1200, height: 900 },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;

  /** Evaluates an expression in the browser window's chrome scope; it must give a JSON string. */
  const chrome = async <T>(expression: string): Promise<T> => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = tree.result.contexts as { context: string }[];
    const reply = await connection.send('script.evaluate', { expression, target: { context: contexts[0]!.context }, awaitPromise: true });
    const result = reply.result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
    if (result.type === 'exception') throw new Error(`chrome scope: ${result.exceptionDetails?.text}`);
    return JSON.parse(result.result?.value ?? 'null') as T;
  };

  // Collect the add-on's errors from the browser console from the start.
  await chrome(`(() => {
    if (!globalThis.__brieflightErrors) {
      const list = (globalThis.__brieflightErrors = []);
      Services.console.registerListener({ observe(m) {
        try {
          if (!(m instanceof Ci.nsIScriptError) || (m.flags & Ci.nsIScriptError.warningFlag)) return;
          const source = m.sourceName || '';
          // Firefox's own notice that a message still in flight when a tab closed could not be answered:
          // the page is gone, so nothing in it can catch that rejection.
          if (m.errorMessage.startsWith('Promise rejected after context unloaded')) return;
          if (source.includes(${JSON.stringify(TEST_UUID)}) || m.errorMessage.includes(${JSON.stringify(TEST_UUID)})) list.push({ message: m.errorMessage, source });
        } catch {}
      } });
    }
    return 'true';
  })()`);

  const id = await browser.installExtension(EXTENSION_DIR);
  if (id !== GECKO_ID) throw new Error(`the add-on installed as ${id}, not ${GECKO_ID}: its manifest lost browser_specific_settings.gecko.id`);

  const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;
  const navigate = async (page: Page, url: string) => {
    await connection.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
  };
  const extensionPage = async (pathAndQuery: string) => {
    const page = await browser.newPage();
    await navigate(page, `${EXTENSION_ORIGIN}/${pathAndQuery.replace(/^\//, '')}`);
    return page;
  };

  const tabId = async (page: Page) => {
    // The BiDi id of each tab's browsing context, in tab order, and the add-on's tab id of each.
    const tabs = await chrome<{ context: string; id: number }[]>(`(() => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const tracker = ExtensionParent.apiManager.global.tabTracker;
      return JSON.stringify(gBrowser.tabs.map((tab) => ({ context: NavigableManager.getIdForBrowser(tab.linkedBrowser), id: tracker.getId(tab) })));
    })()`);
    const found = tabs.find((t) => t.context === contextOf(page));
    if (!found) throw new Error(`no tab for context ${contextOf(page)} among ${tabs.length}`);
    return found.id;
  };

  let helper: Page | null = null;
  const extensionHelper = async () => (helper ??= await extensionPage('library.html'));

  return {
    browser,
    extensionPage,
    navigate,
    tabId,
    popup: async (page) => extensionPage(`popup.html?tab=${await tabId(page)}`),
    sidePanel: async (page) => extensionPage(`sidepanel.html?tab=${await tabId(page)}`),
    sendToTab: async (page, message) => {
      const id = await tabId(page);
      const ext = await extensionHelper();
      return ext.evaluate(
        (tab, m) => (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser.tabs.sendMessage(tab, m),
        id,
        message,
      );
    },
    closeTab: async (page) => {
      await connection.send('browsingContext.close', { context: contextOf(page), promptUnload: false });
    },
    download: async (name, action) => {
      const before = new Set(await readdir(downloads));
      await action();
      const deadline = Date.now() + 15_000;
      for (;;) {
        // Firefox writes to "<name>.part" and renames the file when it is complete.
        const found = (await readdir(downloads)).find((f) => !before.has(f) && name.test(f) && !f.endsWith('.part'));
        if (found) {
          const text = await readFile(path.join(downloads, found), 'utf8');
          if (text.length || Date.now() > deadline) return { name: found, text };
        }
        if (Date.now() > deadline) throw new Error(`no download matching ${name} in 15 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    errors: () => chrome<ExtensionError[]>('JSON.stringify(globalThis.__brieflightErrors ?? [])'),
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
      await rm(downloads, { recursive: true, force: true });
    },
  };
}
