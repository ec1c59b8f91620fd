// Our toolbar and editor live in a closed shadow root, which Playwright's locators (and every page
// script) cannot enter. The DevTools protocol can: it finds the elements by selector through the
// shadow root, and the test then acts as a reader does, with trusted mouse clicks and key presses
// at the element's place on the screen.
import type { CDPSession, Page } from 'playwright-core';
import { UI_TAG } from '../../lib/anchoring/text-model';

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdp = (page: Page) => {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
};

/** The shadow roots of our UI's host elements in the page's DOM (none before the UI is first shown). */
function uiRoots(node: DomNode, out: DomNode[] = []): DomNode[] {
  if (node.localName === UI_TAG) out.push(...(node.shadowRoots ?? []));
  for (const child of node.children ?? []) uiRoots(child, out);
  return out;
}

const bySelector = (selector: string) => (/^[\w-]+$/.test(selector) ? `[data-testid="${selector}"]` : selector);

async function findAll(page: Page, selector: string): Promise<number[]> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const ids: number[] = [];
  for (const shadow of uiRoots(root)) {
    const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector: bySelector(selector) });
    ids.push(...nodeIds);
  }
  return ids;
}

async function call<T>(page: Page, nodeId: number, fn: string, ...args: unknown[]): Promise<T> {
  const session = await cdp(page);
  const { object } = await session.send('DOM.resolveNode', { nodeId });
  const reply = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
  });
  if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text);
  return reply.result.value as T;
}

async function until<T>(what: string, get: () => Promise<T | null>, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await get().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** An element of our in-page UI, by data-testid (or a CSS selector), acted on as a reader would. */
export function inUi(page: Page, selector: string) {
  const first = async () => (await findAll(page, selector))[0] ?? null;
  const box = async () => {
    const id = await first();
    if (id === null) return null;
    const r = await call<{ x: number; y: number; width: number; height: number }>(page, id, 'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }');
    return r.width > 0 && r.height > 0 ? r : null;
  };
  const self = {
    /** Waits until the element is shown, or (`detached`) gone. */
    async waitFor(options: { state?: 'visible' | 'detached'; timeout?: number } = {}) {
      if (options.state === 'detached') await until(`${selector} to go`, async () => ((await first()) === null ? true : null), options.timeout);
      else await until(selector, box, options.timeout);
    },
    /** Where the element is on the screen, once it is shown. */
    boundingBox: () => until(selector, box),
    /** A trusted click in the middle of the element. */
    async click() {
      const r = await until(selector, box);
      await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    },
    /** Clicks into a field and replaces its text by typing (trusted input). */
    async fill(text: string) {
      await self.click();
      await page.keyboard.press('ControlOrMeta+A');
      if (text) await page.keyboard.insertText(text);
      else await page.keyboard.press('Delete');
    },
    /** Focuses the element with a click, then presses a key. */
    async press(key: string) {
      await self.click();
      await page.keyboard.press(key);
    },
    /** Runs `fn` on the first matching element (in the content script's DOM, not a page script). */
    async evaluate<T>(fn: string, ...args: unknown[]): Promise<T> {
      const id = await until(selector, first);
      return call<T>(page, id, fn, ...args);
    },
    inputValue: () => self.evaluate<string>('function () { return this.value; }'),
    getAttribute: (name: string) => self.evaluate<string | null>('function (name) { return this.getAttribute(name); }', name),
    /** Moves the focus out of a field (which saves it). */
    blur: () => self.evaluate<void>('function () { this.blur(); }'),
    /** The text of every matching element now. */
    async allTextContents(): Promise<string[]> {
      const ids = await findAll(page, selector);
      return Promise.all(ids.map((id) => call<string>(page, id, 'function () { return this.textContent ?? ""; }')));
    },
    /** How many elements match now. */
    count: async () => (await findAll(page, selector)).length,
  };
  return self;
}
