import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, extensionWorker, findChromium } from '../../scripts/chromium.mjs';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** The browser's tab id of a Playwright page (pages of a persistent context are the window's tabs, in order). */
  tabId(page: Page): Promise<number>;
  /** Sends a message to a page's content script from the background, as the command and context menu do. */
  sendFromBackground(page: Page, message: unknown): Promise<unknown>;
  /** Opens the popup for a tab as a page of its own (`popup.html?tab=<id>`). */
  popup(page: Page): Promise<Page>;
  /** Opens the side panel for a tab as a page of its own (`sidepanel.html?tab=<id>`), `width` wide. */
  sidePanel(page: Page, width?: number): Promise<Page>;
  /** The addresses of the browser's open side panels of the extension (chrome.runtime.getContexts). */
  openSidePanels(): Promise<string[]>;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded unpacked, in a fresh profile. */
export async function launchBrowser(options: { locale?: string } = {}): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'brieflight-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    locale: options.locale,
    viewport: { width: 1200, height: 900 },
  });
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;

  const tabId = async (page: Page) => {
    const index = context.pages().indexOf(page);
    // The worker now, not the one at launch: the browser may have stopped and restarted it since.
    const ids = await (await extensionWorker(context)).evaluate(async () => {
      type Tab = { id: number; index: number; windowId: number };
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      return tabs.sort((a, b) => a.windowId - b.windowId || a.index - b.index).map((t) => t.id);
    });
    const id = ids[index];
    if (id === undefined) throw new Error(`no tab for page ${index} of ${ids.length}`);
    return id;
  };

  return {
    context,
    extensionId,
    tabId,
    sendFromBackground: async (page, message) => {
      const id = await tabId(page);
      return (await extensionWorker(context)).evaluate(
        ([tab, m]) => {
          const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
          return api.tabs.sendMessage(tab as number, m);
        },
        [id, message] as const,
      );
    },
    popup: async (page) => {
      const id = await tabId(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
      return popup;
    },
    openSidePanels: async () =>
      (await extensionWorker(context)).evaluate(async () => {
        type Context = { documentUrl?: string };
        const api = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<Context[]> } } }).chrome;
        return (await api.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl ?? '');
      }),
    sidePanel: async (page, width = 400) => {
      const id = await tabId(page);
      const panel = await context.newPage();
      await panel.setViewportSize({ width, height: 900 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${id}`);
      return panel;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Selects the text `needle` inside the first element matching `selector`, as a reader would with the mouse. */
export async function selectText(page: Page, selector: string, needle: string): Promise<void> {
  const box = await page.evaluate(
    ({ selector, needle }) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        // Mouse events only reach what is inside the viewport.
        node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rects = range.getClientRects();
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      throw new Error(`"${needle}" not found`);
    },
    { selector, needle },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** Clicks the second character of `needle` (the first text node under `selector` holding it), as a reader clicks a drawn highlight. */
export async function clickInText(page: Page, selector: string, needle: string): Promise<void> {
  const point = await page.evaluate(
    ({ selector, needle }) => {
      const node = [...document.querySelectorAll(selector)].map((el) => el.firstChild!).find((n) => n?.textContent?.includes(needle));
      if (!node) throw new Error(`"${needle}" not found`);
      const at = node.textContent!.indexOf(needle);
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { selector, needle },
  );
  await page.mouse.click(point.x, point.y);
}

/** The texts in each of our CSS highlights (`yellow`, …, `flash`), read from the page's own world. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (registry) {
      for (const [name, highlight] of registry) {
        if (!name.startsWith('brieflight-')) continue;
        out[name.replace('brieflight-', '')] = [...highlight].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        });
      }
    }
    return out;
  });
}

/** The texts drawn as highlights, by colour (the brief flash of a jump left out). */
export async function drawnTexts(page: Page): Promise<Record<string, string[]>> {
  const { flash: _flash, ...drawn } = await highlightTexts(page);
  return drawn;
}

export const allDrawn = (drawn: Record<string, string[]>) => Object.values(drawn).flat();

/**
 * Opens (or opens again) the library in `library` and reads its orphans filter label once the
 * library has counted: before, the label shows no count ("… (N)" only when N is known).
 */
export async function countedOrphansLabel(library: Page, extensionId: string): Promise<string | null> {
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const counted = library.locator('label.orphans-filter').filter({ hasText: /\(\d+\)/ });
  await counted.waitFor({ timeout: 5_000 });
  return counted.textContent();
}
