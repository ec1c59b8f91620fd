import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { allDrawn, clickInText, countedOrphansLabel, drawnTexts, selectText } from './browser';
import { inUi } from './page-ui';

// A reader moves to a new computer: the backup is imported in the library, and the highlights,
// stored now in an import's segment (lib/db/blocks.ts), come back on their page, can be edited
// there, and become orphans when their text goes, as highlights saved one by one do.

const PARAGRAPHS = [
  'The provincial committee asked every district to finish land clearance by the end of June.',
  'Disbursement of public investment must reach at least 95 percent this year, the chairman said.',
  'Contractors who fall behind schedule will lose their projects, according to the decision.',
];
const page = (paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clearance deadline</title></head><body><main><article><h1>Clearance by June</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;

let version = page(PARAGRAPHS);
const session = useBrowser({ '/imported.html': () => version });

const drawn = async (p: Page) => allDrawn(await drawnTexts(p)).sort();

describe('imported highlights on their page', () => {
  it('are drawn again, edited in place, and counted as orphans when their text goes', async () => {
    const p = await session.open('/imported.html');
    for (const text of ['finish land clearance by the end of June', 'at least 95 percent this year']) {
      await selectText(p, 'main', text);
      await inUi(p, 'highlight-button').click();
      await expect.poll(() => drawn(p)).toContain(text);
    }

    // Export a backup, delete everything, import the backup.
    const library = await session.browser.context.newPage();
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    const count = () => library.getByTestId('result-count').textContent();
    await expect.poll(count).toBe('2 highlights');
    const [saved] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-backup').click()]);
    const backup = await saved.path();
    await library.getByTestId('select-all').click();
    await library.getByTestId('delete-selected').click();
    await expect.poll(count).toBe('0 highlights');
    await p.reload();
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual([]);
    await library.getByTestId('import-input').setInputFiles(backup);
    await expect.poll(() => library.getByTestId('import-result').textContent()).toContain('added 2, updated 0, skipped 0');

    // Back on the page.
    await p.reload();
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['at least 95 percent this year', 'finish land clearance by the end of June']);

    // Edit one (it leaves the import's segment): the colour stays after a reload.
    await clickInText(p, 'p', '95 percent');
    await inUi(p, 'color-pink').click();
    await expect.poll(async () => (await drawnTexts(p)).pink ?? []).toEqual(['at least 95 percent this year']);
    await p.reload();
    await expect.poll(async () => (await drawnTexts(p)).pink ?? [], { timeout: 10_000 }).toEqual(['at least 95 percent this year']);

    // The first paragraph goes: its imported highlight is an orphan, in the popup and in the library.
    version = page(PARAGRAPHS.slice(1));
    await p.reload();
    await expect.poll(() => drawn(p), { timeout: 10_000 }).toEqual(['at least 95 percent this year']);
    const popup = await session.browser.popup(p);
    await expect.poll(() => popup.getByTestId('orphan-count').textContent()).toBe('1');
    expect(await popup.getByTestId('orphan').textContent()).toContain('finish land clearance');
    await popup.close();
    // The page records its orphans once it has been quiet for 10 s (lib/page/late-content.ts).
    const orphansLabel = () => countedOrphansLabel(library, session.browser.extensionId);
    await expect.poll(orphansLabel, { timeout: 30_000, interval: 2_000 }).toContain('(1)');
    await library.getByTestId('filter-orphans').check();
    await expect.poll(() => library.getByTestId('row-quote').allTextContents()).toEqual([expect.stringContaining('finish land clearance')]);
    await library.close();
    await p.close();
  });
});
