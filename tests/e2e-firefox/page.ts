// What the Firefox tests do on a page, as a reader would: select text with the mouse, click a drawn
// highlight, and read what is drawn (CSS.highlights, seen from the page's own world). Elements are
// found by data-testid, in open shadow roots (puppeteer's `>>>`) and in our UI's closed one (closed-ui.ts).
import type { ElementHandle, Page } from 'puppeteer-core';
import { inClosedUi } from './closed-ui';

const sel = (testId: string) => `>>> [data-testid="${testId}"]`;

/** The first element with this data-testid, once it is there. */
export async function byTestId(page: Page | ElementHandle, testId: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [found] = await allByTestId(page, testId);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no [data-testid="${testId}"]`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every element with this data-testid now. */
export async function allByTestId(page: Page | ElementHandle, testId: string): Promise<ElementHandle<Element>[]> {
  const open = await page.$$(sel(testId));
  if (open.length || !('mainFrame' in page)) return open;
  return inClosedUi(page, `[data-testid="${testId}"]`);
}

/** The text contents of every element with this data-testid, trimmed. */
export async function texts(page: Page | ElementHandle, testId: string): Promise<string[]> {
  const list = await allByTestId(page, testId);
  return Promise.all(list.map((el) => el.evaluate((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

/** The text of the first element with this data-testid, or null when there is none. */
export async function textOf(page: Page | ElementHandle, testId: string): Promise<string | null> {
  return (await texts(page, testId))[0] ?? null;
}

/** The text contents of the elements with this data-testid inside `el` (an element of an extension page). */
export async function textsIn(el: ElementHandle, testId: string): Promise<string[]> {
  return el.$$eval(`[data-testid="${testId}"]`, (list) => list.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Clicks the element with this data-testid inside `el` (an element of an extension page: no shadow root). */
export async function clickIn(el: ElementHandle, testId: string): Promise<void> {
  const found = await el.$(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`no [data-testid="${testId}"] inside the element`);
  await found.click();
}

/** Clicks the element with this data-testid once it is visible and still: a popup that re-renders while it
 *  fills in replaces its buttons, and a handle taken a moment before is then no longer clickable. */
export async function click(page: Page | ElementHandle, testId: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await (await byTestId(page, testId, Math.max(0, deadline - Date.now()))).click();
    } catch (error) {
      if (Date.now() > deadline || !/not clickable|detached|not an Element/i.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The element with this data-testid whose text holds `text`. */
export async function withText(page: Page | ElementHandle, testId: string, text: string): Promise<ElementHandle<Element> | null> {
  for (const el of await allByTestId(page, testId)) if ((await el.evaluate((e) => e.textContent ?? '')).includes(text)) return el;
  return null;
}

/** Selects the text `needle` inside the first element matching `selector`, dragging the mouse over it. */
export async function selectText(page: Page, selector: string, needle: string): Promise<void> {
  const box = await page.evaluate(
    (selector, needle) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rects = range.getClientRects();
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      throw new Error(`"${needle}" not found`);
    },
    selector,
    needle,
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** Clicks the second character of `needle` inside the first element matching `selector` that holds it. */
export async function clickInText(page: Page, selector: string, needle: string): Promise<void> {
  const point = await page.evaluate(
    (selector, needle) => {
      const node = Array.from(document.querySelectorAll(selector)).map((el) => el.firstChild!).find((n) => n?.textContent?.includes(needle));
      if (!node) throw new Error(`"${needle}" not found`);
      const at = node.textContent!.indexOf(needle);
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    selector,
    needle,
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

/** The texts drawn as highlights, by colour (the flash of a jump left out). */
export async function drawnTexts(page: Page): Promise<Record<string, string[]>> {
  const { flash: _flash, ...drawn } = await highlightTexts(page);
  return drawn;
}

/** Every drawn text, sorted. */
export async function drawn(page: Page): Promise<string[]> {
  return Object.values(await drawnTexts(page)).flat().sort();
}
