// Issue 16's hostile pages in Firefox: the attacks both browsers have (tests/e2e/hostile-suite.ts), run in
// the page's own world. Not here: the stopped service worker (an MV2 background page runs as long as the
// browser) and the static extension address (an add-on's moz-extension:// address is random per install).
import { describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from './setup';
import { byTestId, clickInText, drawn, selectText, texts } from './page';
import { hostileTally } from '../e2e/hostile-tally';
import { useHostileSite } from '../e2e/hostile-pages';
import { hostileSuite, type HostileDriver } from '../e2e/hostile-suite';
import { GECKO_ID } from '../../scripts/firefox.mjs';

const site = useHostileSite();
const session = useFirefox(site.routes);
const attack = hostileTally('firefox');

const driver: HostileDriver<Page> = {
  url: (path) => session.server.url(path),
  open: async (url) => {
    const page = await session.firefox.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  },
  reload: async (page) => void (await page.reload({ waitUntil: 'load' })),
  close: (page) => page.close(),
  bringToFront: (page) => page.bringToFront(),
  evaluate: (page, fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
  select: (page, text) => selectText(page, 'article', text),
  click: async (page, testId) => (await byTestId(page, testId)).click(),
  clickText: async (page, text) => {
    await page.evaluate((t) => Array.from(document.querySelectorAll('article p')).find((p) => p.textContent!.includes(t))!.scrollIntoView({ block: 'center' }), text);
    await clickInText(page, 'article p', text);
  },
  type: async (page, testId, text, enter) => {
    await (await byTestId(page, testId)).click();
    await page.keyboard.type(text);
    if (enter) await page.keyboard.press('Enter');
  },
  texts,
  drawn,
  ask: (page, messages) => Promise.all(messages.map((m) => session.firefox.sendToTab(page, m) as Promise<{ ok: boolean; value?: unknown }>)),
  // In Firefox the add-on's id is its fixed gecko id, public in its manifest.
  startUpEvent: () => `${GECKO_ID}:content:wxt:content-script-started`,
};

describe('a hostile page in Firefox', () => {
  hostileSuite(attack, site, () => driver);
});
