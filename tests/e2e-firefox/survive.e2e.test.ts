import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from './setup';
import { byTestId, click, clickInText, drawn, drawnTexts, selectText, texts, textOf } from './page';

// The Chromium suite's tests/e2e/survive.e2e.test.ts, in Firefox: the editor, late content,
// single-page apps, and orphans when the page changed between visits.

const PARAGRAPHS = [
  'The city council voted on Tuesday to expand the night bus network to every district.',
  'Officials said the first new routes would open in the spring, with more to follow in the autumn.',
  'Residents of the eastern suburbs have waited a decade for a direct connection to the centre.',
  'The transport office must publish the new timetables by April 1, the council ruled.',
];
const article = (paragraphs: string[]) => `<article><h1>Night buses for every district</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
const page = (body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night buses</title></head><body><header><a href="/">Home</a></header><main id="main">${body}</main>${script}</body></html>`;

const versions: Record<string, string> = {};
const session = useFirefox({
  '/changing.html': () => versions.changing ?? '',
  '/closed.html': () => versions.closed ?? '',
  '/late.html': () => versions.late ?? '',
  '/spa/a': () => versions.spa ?? '',
  '/spa/b': () => versions.spa ?? '',
  '/edit.html': page(article(PARAGRAPHS)),
});

async function highlight(p: Page, text: string) {
  await selectText(p, 'main', text);
  await click(p, 'highlight-button');
  await expect.poll(() => drawn(p)).toContain(text);
}

/** The library's orphan filter label once it has counted ("… (N)"). */
async function orphansLabel(): Promise<string> {
  const library = await session.firefox.extensionPage('library.html');
  try {
    await library.waitForFunction(() => /\(\d+\)/.test(document.querySelector('label.orphans-filter')?.textContent ?? ''), { timeout: 5_000 });
    return await library.$eval('label.orphans-filter', (el) => el.textContent ?? '');
  } finally {
    await library.close();
  }
}

describe('highlights that survive, in Firefox', () => {
  it('are edited in the page editor (colour, note, tags), deleted and brought back with undo', async () => {
    const p = await session.open('/edit.html');
    await selectText(p, 'main', 'expand the night bus network');
    await click(p, 'color-green');
    await expect.poll(async () => (await drawnTexts(p)).green ?? []).toEqual(['expand the night bus network']);

    await clickInText(p, 'p', 'xpand the night');
    const note = await byTestId(p, 'note-input');
    await note.type('Ask the council about weekend routes.');
    const tag = await byTestId(p, 'tag-input');
    await tag.type('transport');
    await tag.press('Enter');
    await expect.poll(() => texts(p, 'tag')).toEqual([expect.stringContaining('transport')]);
    await note.focus();
    await tag.focus(); // the note is saved when it loses the focus

    await p.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await drawnTexts(p)).green ?? [], { timeout: 10_000 }).toEqual(['expand the night bus network']);
    await clickInText(p, 'p', 'xpand the night');
    await expect.poll(async () => (await byTestId(p, 'note-input')).evaluate((e) => (e as HTMLTextAreaElement).value)).toBe('Ask the council about weekend routes.');
    expect(await texts(p, 'tag')).toEqual([expect.stringContaining('transport')]);
    await click(p, 'color-blue');
    await expect.poll(async () => (await drawnTexts(p)).blue ?? []).toEqual(['expand the night bus network']);

    await click(p, 'delete-highlight');
    await expect.poll(() => drawn(p)).toEqual([]);
    await click(p, 'undo');
    await expect.poll(async () => (await drawnTexts(p)).blue ?? []).toEqual(['expand the night bus network']);
    await p.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await drawnTexts(p)).blue ?? [], { timeout: 10_000 }).toEqual(['expand the night bus network']);
    await p.close();
  });

  it('draws highlights on a page whose article is inserted by script two seconds after load', async () => {
    versions.late = page(article(PARAGRAPHS));
    const p = await session.open('/late.html');
    await highlight(p, 'waited a decade for a direct connection');
    const json = JSON.stringify(article(PARAGRAPHS));
    versions.late = page('<p>Loading…</p>', `<script>setTimeout(() => { document.getElementById('main').innerHTML = ${json}; }, 2000);</script>`);
    await p.reload({ waitUntil: 'load' });
    expect(await drawn(p)).toEqual([]);
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['waited a decade for a direct connection']);
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

  it('shows the right orphan count when the page changed between visits', async () => {
    versions.changing = page(article(PARAGRAPHS));
    const p = await session.open('/changing.html');
    await highlight(p, 'open in the spring');
    await highlight(p, 'publish the new timetables');
    versions.changing = page(article(['A correction was added to this story.', PARAGRAPHS[0]!, PARAGRAPHS[2]!, PARAGRAPHS[3]!]));
    await p.reload({ waitUntil: 'load' });
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['publish the new timetables']);
    const popup = await session.firefox.popup(p);
    await expect.poll(() => textOf(popup, 'highlight-count')).toBe('2');
    expect(await textOf(popup, 'orphan-count')).toBe('1');
    expect(await textOf(popup, 'orphan')).toContain('open in the spring');
    await popup.close();

    versions.changing = page(article(PARAGRAPHS));
    await p.reload({ waitUntil: 'load' });
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['open in the spring', 'publish the new timetables']);
    const again = await session.firefox.popup(p);
    await expect.poll(() => textOf(again, 'orphan-count')).toBe('0');
    await again.close();
    await p.close();
  });

  it("lists a visit's orphans in the library when the reader closes the tab before the page settles", async () => {
    versions.closed = page(article(PARAGRAPHS));
    const p = await session.open('/closed.html');
    await highlight(p, 'open in the spring');
    await highlight(p, 'publish the new timetables');
    versions.closed = page(article([PARAGRAPHS[0]!, PARAGRAPHS[2]!, PARAGRAPHS[3]!]));
    const before = await orphansLabel();
    await p.reload({ waitUntil: 'load' });
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['publish the new timetables']);
    // Closed long before the page's 10 s of quiet (lib/page/late-content.ts).
    await session.firefox.closeTab(p);
    const count = (label: string) => Number(/\((\d+)\)/.exec(label)?.[1]);
    await expect.poll(async () => count(await orphansLabel()), { timeout: 5_000, interval: 500 }).toBe(count(before) + 1);
  });
});
