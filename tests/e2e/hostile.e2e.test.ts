// Issue 16: hostile pages. Each attack runs as the page's own script (page.evaluate runs in the page's
// world, as a script of the site would) and asserts that nothing happened: no highlight created,
// changed or deleted, nothing of the reader's readable, the UI still working. The faults (a stopped
// worker, a burst of saves, two tabs editing one highlight) assert that no save is lost or doubled.
import { beforeAll, afterAll, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { allDrawn, clickInText, drawnTexts, selectText } from './browser';
import { startServer } from './server';
import { inUi } from './page-ui';
import { hostileTally } from './hostile-tally';
import { ARTICLE, attacks, claiming, passage, SECRET_TAG } from './hostile-pages';

// The page on another port that claims the victim's address (set once the victim's port is known).
let claimed = '';
const routes = { '/article.html': ARTICLE, '/other.html': ARTICLE, '/copy.html': ARTICLE, '/claiming.html': () => claiming(claimed) };
// A second origin: the same host on another port (closed after the browser, whose connections it holds).
let other: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  other = await startServer(routes);
});
afterAll(() => other?.close());

const session = useBrowser(routes);
const attack = hostileTally('chromium');

const on127 = (url: string) => url.replace('//localhost:', '//127.0.0.1:');
const openAt = async (url: string) => {
  const page = await session.browser.context.newPage();
  await page.goto(url);
  return page;
};

/**
 * Sends a message to the content script of the tab showing `page`, from an extension page (the service
 * worker may just have been stopped, and Playwright's handle on it with it).
 */
async function askPage(page: Page, message: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return (await askPageAll(page, [message]))[0]!;
}

/** Sends messages to the tab's content script all at once, replies in order. */
async function askPageAll(page: Page, messages: unknown[]): Promise<{ ok: boolean; value?: unknown }[]> {
  const ext = await session.browser.context.newPage();
  try {
    await ext.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=-1`);
    // Tabs in the order of the context's pages, as Browser.tabId counts them (no tab addresses without the tabs permission).
    const index = session.browser.context.pages().indexOf(page);
    return await ext.evaluate(
      async ([at, list]) => {
        type Tab = { id: number; index: number; windowId: number };
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown, o: object): Promise<never> } } }).chrome;
        const tabs = (await api.tabs.query({})).sort((x, y) => x.windowId - y.windowId || x.index - y.index);
        const id = tabs[at as number]!.id;
        return Promise.all((list as unknown[]).map((m) => api.tabs.sendMessage(id, m, { frameId: 0 })));
      },
      [index, messages] as const,
    );
  } finally {
    await ext.close();
  }
}

type Stored = { id: string; text: string; note: string; tags: string[] };
/** The highlights stored for the page, as the content script loads them after a reload. */
async function stored(page: Page): Promise<Stored[]> {
  await page.reload();
  await expect.poll(async () => (await askPage(page, { type: 'page.info', data: {} }).catch(() => ({ ok: false }))).ok, { timeout: 10_000 }).toBe(true);
  const reply = (await askPage(page, { type: 'page.highlights', data: {} })) as { value: { drawn: Stored[]; orphans: Stored[] } };
  return [...reply.value.drawn, ...reply.value.orphans];
}

/** Opens the editor of a drawn highlight with the reader's click (scrolled into view first). */
async function openEditor(page: Page, text: string) {
  await page.evaluate((t) => [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes(t))!.scrollIntoView({ block: 'center' }), text);
  await clickInText(page, 'article p', text);
  await inUi(page, 'highlight-editor').waitFor();
}

/** A highlight made by the reader: a mouse selection and a click on "Highlight". */
async function highlight(page: Page, text: string) {
  await selectText(page, 'article', text);
  await inUi(page, 'highlight-button').click();
  await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain(text);
}

const settle = (page: Page) => page.waitForTimeout(400);

describe('a hostile page in Chromium', () => {
  attack('the page drives the toolbar and editor', 'cannot make a highlight with a scripted selection, mouseup and click', async () => {
    const page = await session.open('/article.html');
    const seen = await page.evaluate(attacks.scriptedHighlight, passage(1));
    await settle(page);
    expect(seen).toEqual({ shadowRoot: null, button: null });
    expect(await inUi(page, 'highlight-button').count()).toBe(0);
    // The same after a trusted selection puts the toolbar up: the page still cannot reach its button.
    await selectText(page, 'article', passage(2));
    await inUi(page, 'highlight-button').waitFor();
    expect(await page.evaluate(attacks.scriptedHighlight, passage(2))).toEqual({ shadowRoot: null, button: null });
    await settle(page);
    expect(await stored(page)).toEqual([]);
    await page.close();
  });

  attack('the page drives the toolbar and editor', 'cannot capture the closed shadow root by replacing attachShadow before we start', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(attacks.hookAttachShadow);
    await page.goto(session.server.url('/article.html'));
    await selectText(page, 'article', passage(3));
    await inUi(page, 'highlight-button').waitFor();
    expect(await page.evaluate(() => (window as unknown as { captured?: unknown[] }).captured?.length ?? 0)).toBe(0);
    await page.close();
  });

  attack('the page drives the toolbar and editor', 'cannot open the editor with a scripted click or Enter on a highlight, so cannot change or delete it', async () => {
    const page = await session.open('/article.html');
    await highlight(page, passage(4));
    await page.evaluate(attacks.scriptedClickOn, passage(4));
    await page.evaluate(attacks.scriptedEnterIn, passage(4));
    await settle(page);
    expect(await inUi(page, 'highlight-editor').count()).toBe(0);
    expect((await stored(page)).map((h) => h.text)).toEqual([passage(4)]);
    await page.close();
  });

  attack("the page reads the reader's data", "finds none of the reader's tags of another site in its DOM while the editor is open", async () => {
    // The reader tags a highlight on another origin (the same host, another port) ...
    const elsewhere = await openAt(on127(other.url('/other.html')));
    await highlight(elsewhere, passage(5));
    await openEditor(elsewhere, passage(5));
    await inUi(elsewhere, 'tag-input').fill(SECRET_TAG);
    await inUi(elsewhere, 'tag-input').press('Enter');
    await expect.poll(() => inUi(elsewhere, 'tag').allTextContents()).toEqual([expect.stringContaining(SECRET_TAG)]);
    await elsewhere.close();
    // ... then opens the editor of a highlight on this page, which looks everywhere it can.
    const page = await session.open('/article.html');
    await highlight(page, passage(6));
    await openEditor(page, passage(6));
    expect(await page.evaluate(attacks.readEverything)).not.toContain(SECRET_TAG);
    await page.close();
  });

  attack("the page reads the reader's data", 'hears none of the keys typed into the editor on its document or window (bubbling listeners)', async () => {
    const page = await session.open('/article.html');
    await highlight(page, passage(7));
    await page.evaluate(attacks.listenToKeys);
    await openEditor(page, passage(7));
    await inUi(page, 'note-input').click();
    await page.keyboard.type('private');
    await inUi(page, 'tag-input').click();
    await page.keyboard.type('mine');
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    await page.close();
  });

  attack('fingerprinting', "cannot fetch the article reader at the extension's static address", async () => {
    const page = await session.open('/article.html');
    const status = await page.evaluate(attacks.fetchResource, `chrome-extension://${session.browser.extensionId}/article-reader.js`);
    expect(status).toBe('refused');
    await page.close();
  });

  attack('the site boundary', "a page on another port with a canonical link to this one gets none of this one's highlights", async () => {
    const victim = await openAt(on127(session.server.url('/article.html')));
    await highlight(victim, passage(8));
    claimed = on127(session.server.url('/article.html'));
    const copy = await openAt(on127(other.url('/claiming.html')));
    await settle(copy);
    expect(allDrawn(await drawnTexts(copy))).toEqual([]);
    const info = (await askPage(copy, { type: 'page.info', data: {} })) as { value: { pageKey: string; highlightCount: number } };
    expect(info.value).toMatchObject({ pageKey: on127(other.url('/claiming.html')), highlightCount: 0 });
    await victim.close();
    await copy.close();
  });

  attack('the start-up signal', 'a replayed "content script started" event does not switch the toolbar off', async () => {
    const page = await session.open('/article.html');
    // The id of a published extension is public (its store address); WXT names the event after it.
    await page.evaluate(attacks.replayStartUpEvent, `${session.browser.extensionId}:content:wxt:content-script-started`);
    await highlight(page, passage(9));
    expect((await stored(page)).map((h) => h.text)).toContain(passage(9));
    await page.close();
  });

  attack(
    'faults',
    'a worker stopped in the middle of saves: each passage stored once after its retry, and the reader told what to do',
    async () => {
      const page = await session.open('/other.html');
      const extensionPage = await session.browser.context.newPage();
      await extensionPage.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
      const cdp = await session.browser.context.newCDPSession(extensionPage);
      await cdp.send('ServiceWorker.enable');
      await page.bringToFront();
      const told: string[] = [];
      const tries = Array.from({ length: 8 }, (_, i) => passage(20 + i));
      for (const text of tries) {
        await selectText(page, 'article', text);
        await inUi(page, 'highlight-button').click();
        await cdp.send('ServiceWorker.stopAllWorkers');
        // An error keeps the toolbar and the selection: the reader tries again until it is drawn.
        for (let retry = 0; retry < 5 && !allDrawn(await drawnTexts(page)).includes(text); retry++) {
          await page.waitForTimeout(300);
          if (await inUi(page, 'toolbar-error').count()) {
            told.push(...(await inUi(page, 'toolbar-error').allTextContents()));
            await inUi(page, 'highlight-button').click();
          }
        }
      }
      const texts = (await stored(page)).map((h) => h.text).sort();
      expect(texts).toEqual([...tries].sort());
      for (const text of told) expect(text).not.toMatch(/No valid reply|bulkPut|operations failed|Error:/);
      await extensionPage.close();
      await page.close();
    },
    90_000,
  );

  attack('faults', '200 saves in a burst: every save the reader was told of is stored, once', async () => {
    const page = await session.open('/copy.html');
    const quotes = Array.from({ length: 200 }, (_, i) => passage(i));
    const replies = (await askPageAll(
      page,
      quotes.map((exact) => ({ type: 'page.highlightQuote', data: { quote: { exact, prefix: '', suffix: '' } } })),
    )) as { ok: boolean; value?: { created: boolean } | null }[];
    const saved = replies.filter((r) => r.ok && r.value?.created).length;
    const texts = (await stored(page)).map((h) => h.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBe(saved);
    expect(saved).toBe(200);
    await page.close();
  }, 90_000);

  attack('faults', 'two tabs adding different tags to one highlight: both tags kept', async () => {
    const one = await openAt(on127(session.server.url('/other.html')));
    await highlight(one, passage(40));
    const two = await openAt(on127(session.server.url('/other.html')));
    await expect.poll(async () => allDrawn(await drawnTexts(two))).toContain(passage(40));
    for (const [page, tag] of [[one, 'from-tab-1'], [two, 'from-tab-2']] as const) {
      await page.bringToFront();
      await openEditor(page, passage(40));
      await inUi(page, 'tag-input').fill(tag);
      await inUi(page, 'tag-input').press('Enter');
      await expect.poll(() => inUi(page, 'tag').allTextContents()).toContainEqual(expect.stringContaining(tag));
    }
    const [h] = (await stored(one)).filter((x) => x.text === passage(40));
    expect([...h!.tags].sort()).toEqual(['from-tab-1', 'from-tab-2']);
    await one.close();
    await two.close();
  });
});
