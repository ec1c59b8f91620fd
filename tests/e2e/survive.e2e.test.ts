import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import type { Page } from 'playwright-core';
import { allDrawn, clickInText, countedOrphansLabel, drawnTexts, selectText } from './browser';
import { inUi } from './page-ui';

const PARAGRAPHS = [
  'The city council voted on Tuesday to expand the night bus network to every district.',
  'Officials said the first new routes would open in the spring, with more to follow in the autumn.',
  'Residents of the eastern suburbs have waited a decade for a direct connection to the centre.',
  'The transport office must publish the new timetables by April 1, the council ruled.',
];
const article = (paragraphs: string[]) => `<article><h1>Night buses for every district</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
const page = (body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night buses</title></head><body><header><a href="/">Home</a></header><main id="main">${body}</main>${script}</body></html>`;

// Each route's body is chosen by the test, so the same address can change between visits.
const versions: Record<string, string> = {};

const session = useBrowser({
  '/changing.html': () => versions.changing ?? '',
  '/left.html': () => versions.left ?? '',
  '/late.html': () => versions.late ?? '',
  '/spa/a': () => versions.spa ?? '',
  '/spa/b': () => versions.spa ?? '',
  '/edit.html': page(article(PARAGRAPHS)),
  '/overlap.html': page(article(PARAGRAPHS)),
});

const drawn = async (p: Page) => allDrawn(await drawnTexts(p));

async function highlight(p: Page, text: string) {
  await selectText(p, 'main', text);
  await inUi(p, 'highlight-button').click();
  await expect.poll(() => drawn(p)).toContain(text);
}

describe('highlights that survive', () => {
  it('are made in a colour with a note, edited after a reload, deleted and brought back with undo', async () => {
    const p = await session.open('/edit.html');
    await selectText(p, 'main', 'expand the night bus network');
    await inUi(p, 'color-green').click();
    await expect.poll(async () => (await drawnTexts(p)).green ?? []).toEqual(['expand the night bus network']);

    // Open the editor by clicking the drawn highlight, and write a note.
    await clickInText(p, 'p', 'xpand the night');
    await inUi(p, 'note-input').fill('Ask the council about weekend routes.\nSecond line.');
    await inUi(p, 'tag-input').fill('transport');
    await inUi(p, 'tag-input').press('Enter');
    await expect.poll(() => inUi(p, 'tag').allTextContents()).toEqual([expect.stringContaining('transport')]);
    await inUi(p, 'note-input').blur();

    await p.reload();
    await expect.poll(async () => (await drawnTexts(p)).green ?? [], { timeout: 10_000 }).toEqual(['expand the night bus network']);
    await clickInText(p, 'p', 'xpand the night');
    expect(await inUi(p, 'note-input').inputValue()).toBe('Ask the council about weekend routes.\nSecond line.');
    await inUi(p, 'color-blue').click();
    await expect.poll(async () => (await drawnTexts(p)).blue ?? []).toEqual(['expand the night bus network']);

    await inUi(p, 'delete-highlight').click();
    await expect.poll(() => drawn(p)).toEqual([]);
    await inUi(p, 'undo').click();
    await expect.poll(async () => (await drawnTexts(p)).blue ?? []).toEqual(['expand the night bus network']);
    await p.reload();
    await expect.poll(async () => (await drawnTexts(p)).blue ?? [], { timeout: 10_000 }).toEqual(['expand the night bus network']);
    await p.close();
  });

  it('draws highlights on a page whose article is inserted by script two seconds after load', async () => {
    versions.late = page(article(PARAGRAPHS));
    const p = await session.open('/late.html');
    await highlight(p, 'waited a decade for a direct connection');
    const json = JSON.stringify(article(PARAGRAPHS));
    versions.late = page('<p>Loading…</p>', `<script>setTimeout(() => { document.getElementById('main').innerHTML = ${json}; }, 2000);</script>`);
    await p.reload();
    expect(await drawn(p)).toEqual([]);
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['waited a decade for a direct connection']);
    await p.close();
  });

  it('shows the right orphan count when the page changed between visits', async () => {
    versions.changing = page(article(PARAGRAPHS));
    const p = await session.open('/changing.html');
    await highlight(p, 'open in the spring');
    await highlight(p, 'publish the new timetables');
    // The second paragraph is removed; a new one is inserted above the rest.
    versions.changing = page(article(['A correction was added to this story.', PARAGRAPHS[0]!, PARAGRAPHS[2]!, PARAGRAPHS[3]!]));
    await p.reload();
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['publish the new timetables']);
    const popup = await session.browser.popup(p);
    await expect.poll(() => popup.getByTestId('highlight-count').textContent()).toBe('2');
    expect(await popup.getByTestId('orphan-count').textContent()).toBe('1');
    expect(await popup.getByTestId('orphan').textContent()).toContain('open in the spring');
    await popup.close();

    // The paragraph comes back: the orphan is placed again and stops being one.
    versions.changing = page(article(PARAGRAPHS));
    await p.reload();
    await expect.poll(async () => (await drawn(p)).sort(), { timeout: 10_000 }).toEqual(['open in the spring', 'publish the new timetables']);
    const again = await session.browser.popup(p);
    await expect.poll(() => again.getByTestId('orphan-count').textContent()).toBe('0');
    await again.close();
    await p.close();
  });

  it("lists a visit's orphans in the library when the reader leaves before the page settles", async () => {
    versions.left = page(article(PARAGRAPHS));
    const p = await session.open('/left.html');
    await highlight(p, 'open in the spring');
    await highlight(p, 'publish the new timetables');
    versions.left = page(article([PARAGRAPHS[0]!, PARAGRAPHS[2]!, PARAGRAPHS[3]!]));
    await p.reload();
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['publish the new timetables']);
    // Gone long before the page's 10 s of quiet (late-content.ts): its timers never run again.
    await p.goto(session.server.url('/edit.html'));

    const library = await session.browser.context.newPage();
    const orphansLabel = () => countedOrphansLabel(library, session.browser.extensionId);
    await expect.poll(orphansLabel, { timeout: 5_000, interval: 500 }).toContain('(1)');
    await library.getByTestId('filter-orphans').check();
    await expect.poll(() => library.getByTestId('row-quote').allTextContents()).toEqual([expect.stringContaining('open in the spring')]);
    await library.close();
    await p.close();
  });

  it('shows a highlight made on a page in the library left open in another tab, once the reader is back', async () => {
    const library = await session.browser.context.newPage();
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    const count = () => library.getByTestId('result-count').textContent();
    await expect.poll(count).toMatch(/^\d+ highlights?$/);
    const before = Number((await count())!.split(' ')[0]);
    // Headless tabs never hide: the library is told it was left, as a switch of tabs would.
    const showTab = (state: 'visible' | 'hidden') =>
      library.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await showTab('hidden');
    const p = await session.open('/edit.html');
    await highlight(p, 'waited a decade for a direct connection');
    await showTab('visible');
    await expect.poll(count).toMatch(new RegExp(`^${before + 1} highlights?$`));
    await library.close();
    await p.close();
  });

  it('swaps highlights when a single-page app changes its address', async () => {
    const views = {
      a: article(PARAGRAPHS),
      b: '<article><h1>Budget passes</h1><p>The budget passed with a narrow majority late on Friday.</p></article>',
    };
    versions.spa = page(
      `<nav><a id="to-a" href="/spa/a">A</a> <a id="to-b" href="/spa/b">B</a></nav><div id="view"></div>`,
      `<script>
        const views = ${JSON.stringify(views)};
        const show = () => { document.getElementById('view').innerHTML = location.pathname.endsWith('/b') ? views.b : views.a; };
        document.addEventListener('click', (e) => { const a = e.target.closest('a'); if (!a) return; e.preventDefault(); history.pushState({}, '', a.href); show(); });
        show();
      </script>`,
    );
    const p = await session.open('/spa/a');
    await highlight(p, 'night bus network');
    await p.click('#to-b');
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual([]);
    await highlight(p, 'narrow majority');
    await p.click('#to-a');
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['night bus network']);
    await p.close();
  });

  it('draws overlapping highlights, and a click on the overlap opens the newest', async () => {
    const p = await session.open('/overlap.html');
    await highlight(p, 'expand the night bus');
    await selectText(p, 'main', 'bus network to every district');
    await inUi(p, 'color-green').click();
    await expect.poll(async () => (await drawnTexts(p)).green ?? []).toEqual(['bus network to every district']);
    expect((await drawnTexts(p)).yellow).toEqual(['expand the night bus']);

    await clickInText(p, 'main p', 'bus network');
    await expect.poll(() => inUi(p, '[data-testid="highlight-editor"] [data-testid="color-green"]').getAttribute('aria-pressed')).toBe('true');

    await p.reload();
    await expect.poll(async () => drawnTexts(p), { timeout: 10_000 }).toEqual({ yellow: ['expand the night bus'], green: ['bus network to every district'] });
    await p.close();
  });
});
