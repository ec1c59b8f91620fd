import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { EN_PAGE, TT_PAGE, VN_PAGE, makeArticle, smallLibrary } from '../fixtures/library/records';
import type { Highlight } from '../../lib/model/highlight';
import { generateLibrary } from '../../bench/lib/storage-data';
import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';

// The library page in a real Chromium with the built extension: seeded by importing a backup
// through its own file input, as a reader moving to a new computer would.

const library = smallLibrary();
const articles = [makeArticle(VN_PAGE, 'Thủ tướng yêu cầu giải ngân vốn đầu tư công', 'VnExpress'), makeArticle(EN_PAGE, 'Vietnam sets 8% growth target', 'Reuters'), makeArticle(TT_PAGE, 'Đà Nẵng mở rộng sân bay', 'Tuổi Trẻ')];
const backupOf = (highlights: unknown[]) => JSON.stringify({ format: 'brieflight-backup', version: 1, exported: '2026-11-26T00:00:00.000Z', highlights, articles });
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
});
afterAll(async () => {
  await browser?.close();
});

const rows = () => page.getByTestId('highlight-row');
const quotes = async () => (await page.getByTestId('row-quote').allTextContents()).map((q) => q.trim());
const count = () => page.getByTestId('result-count').textContent();
const search = async (text: string) => {
  await page.getByTestId('search-input').fill(text);
};
async function download(testId: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}
async function downloadBytes(testId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
}
const NOTE = 'Mục tiêu tăng trưởng:\nso với năm 2025';
async function exportedBackup(): Promise<{ highlights: Highlight[] }> {
  return JSON.parse((await download('export-backup')).text) as { highlights: Highlight[] };
}
const byId = (list: Highlight[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('the library page', () => {
  it('disables the export buttons on an empty library, saying why', async () => {
    await expect.poll(count).toBe('0 highlights');
    for (const format of ['w3c', 'markdown', 'csv', 'backup']) expect(await page.getByTestId(`export-${format}`).isDisabled()).toBe(true);
    expect(await page.getByTestId('export-status').textContent()).toBe('Nothing to export: your library is empty.');
  });

  it('imports a backup and lists its highlights newest first, grouped by page', async () => {
    await page.getByTestId('import-input').setInputFiles(file('backup.json', backupOf(library)));
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('added 6, updated 0, skipped 0');
    await expect.poll(count).toBe('6 highlights');
    expect(await quotes()).toEqual([...library].reverse().map((h) => h.text));
    expect(await page.getByTestId('page-header').allTextContents()).toHaveLength(3);
    expect(await page.getByTestId('orphan-badge').count()).toBe(2);
  });

  it('sorts newest first, oldest first, by page title, and in reading order within a page; a page folds away', async () => {
    const sortBy = async (value: string) => page.getByTestId('sort-select').selectOption(value);
    const text = (i: number) => library[i]!.text;
    await sortBy('oldest');
    await expect.poll(quotes).toEqual(library.map((h) => h.text));
    await sortBy('page');
    await expect.poll(quotes).toEqual([text(4), text(5), text(0), text(1), text(2), text(3)]);
    expect(await page.getByTestId('page-header').allTextContents()).toEqual([expect.stringContaining('Đà Nẵng mở rộng sân bay'), expect.stringContaining('Thủ tướng'), expect.stringContaining('Vietnam sets')]);
    await sortBy('reading');
    await expect.poll(quotes).toEqual([text(4), text(5), text(2), text(3), text(0), text(1)]);
    await page.getByTestId('collapse-page').first().click();
    await expect.poll(quotes).toEqual([text(2), text(3), text(0), text(1)]);
    expect(await page.getByTestId('page-header').count()).toBe(3);
    await page.getByTestId('collapse-page').first().click();
    await expect.poll(quotes).toHaveLength(6);
    await sortBy('newest');
    await expect.poll(quotes).toEqual([...library].reverse().map((h) => h.text));
  });

  it('searches as you type, with or without Vietnamese diacritics', async () => {
    await search('giai ngan');
    await expect.poll(quotes).toEqual([library[1]!.text, library[0]!.text]);
    await search('giải ngân');
    await expect.poll(quotes).toEqual([library[1]!.text, library[0]!.text]);
    await search('reuters invest');
    await expect.poll(quotes).toEqual([library[3]!.text]);
    await search('');
    await expect.poll(count).toBe('6 highlights');
  });

  it('filters by colour and by orphans', async () => {
    await page.getByTestId('filter-color').selectOption('green');
    await expect.poll(quotes).toEqual([library[4]!.text, library[1]!.text]);
    await page.getByTestId('filter-color').selectOption('');
    await page.getByTestId('filter-orphans').check();
    await expect.poll(quotes).toEqual([library[5]!.text, library[1]!.text]);
    await page.getByTestId('filter-orphans').uncheck();
    await expect.poll(count).toBe('6 highlights');
  });

  it('reads as a list, and saves a note and a colour in the editor that a click opens', async () => {
    const row = rows().filter({ hasText: library[2]!.text });
    expect(await row.locator('textarea, input[type=text], select').count()).toBe(0);
    await row.getByTestId('edit-highlight').click();
    await row.getByTestId('note-editor').fill(NOTE);
    await row.getByTestId('row-color').selectOption('purple');
    await expect.poll(() => row.getAttribute('data-color')).toBe('purple');
    await row.getByTestId('note-editor').press('Escape');
    await expect.poll(() => row.getByTestId('note-editor').count()).toBe(0);
    expect(await row.getByTestId('row-note').textContent()).toBe(NOTE);
    await page.reload();
    await expect.poll(count).toBe('6 highlights');
    const again = rows().filter({ hasText: library[2]!.text });
    expect(await again.getByTestId('row-note').textContent()).toBe(NOTE);
    expect(await again.getAttribute('data-color')).toBe('purple');
    await search('muc tieu');
    await expect.poll(quotes).toEqual([library[2]!.text]);
    await search('');
  });

  it('keeps a note on a whole page at the top of its group, as written, and exports it', async () => {
    const header = page.getByTestId('page-header').filter({ hasText: 'Vietnam sets 8% growth target' });
    await header.getByTestId('add-page-note').click();
    await page.getByTestId('page-note-editor').fill('Cả bài:\nso sánh với kế hoạch 2025');
    await page.getByTestId('page-note-editor').press('Escape');
    await expect.poll(() => page.getByTestId('page-note').textContent()).toBe('Cả bài:\nso sánh với kế hoạch 2025');
    await page.reload();
    await expect.poll(() => page.getByTestId('page-note').textContent()).toBe('Cả bài:\nso sánh với kế hoạch 2025');
    expect((await download('export-markdown')).text).toContain('Cả bài:  \nso sánh với kế hoạch 2025\n\n>');
  });

  it('deletes the selected highlights and brings them back with Undo', async () => {
    await expect.poll(count).toBe('6 highlights');
    await rows().filter({ hasText: library[0]!.text }).getByTestId('select-row').check();
    await rows().filter({ hasText: library[3]!.text }).getByTestId('select-row').check();
    await page.getByTestId('delete-selected').click();
    await expect.poll(count).toBe('4 highlights');
    expect(await quotes()).not.toContain(library[0]!.text);
    await page.getByTestId('undo').click();
    await expect.poll(count).toBe('6 highlights');
    expect(await quotes()).toContain(library[0]!.text);
  });

  it('exports each format with what the library shows', async () => {
    const w3c = JSON.parse((await download('export-w3c')).text) as { type: string; total: number; first: { items: { target: { selector?: { exact?: string }[] } }[] } };
    expect(w3c.type).toBe('AnnotationCollection');
    // Six highlights and the page note written above (an annotation of the whole page, after them).
    expect(w3c.total).toBe(7);
    expect(w3c.first.items.slice(0, 6).map((a) => a.target.selector![0]!.exact)).toEqual(await quotes());
    expect(w3c.first.items[6]!.target.selector).toBeUndefined();

    const csv = (await download('export-csv')).text;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(7);
    expect(csv).toContain('Đà Nẵng mới giải ngân được 45%');

    const markdown = (await download('export-markdown')).text;
    expect(markdown.match(/^## /gm)).toHaveLength(3);
    expect(markdown).toContain('Sân bay Đà Nẵng');

    await search('san bay');
    await expect.poll(count).toBe('2 highlights');
    const shown = JSON.parse((await download('export-w3c')).text) as { total: number };
    expect(shown.total).toBe(2);
    await search('');
    await expect.poll(count).toBe('6 highlights');

    const backup = await exportedBackup();
    expect(backup.highlights).toHaveLength(6);
  });

  it('carries the multi-line note edited in the library into every export, character for character', async () => {
    const edited = library[2]!;
    expect((await exportedBackup()).highlights.find((h) => h.id === edited.id)!.note).toBe(NOTE);
    const w3c = JSON.parse((await download('export-w3c')).text) as { first: { items: { id: string; body?: { value: string; purpose: string }[] }[] } };
    expect(w3c.first.items.find((a) => a.id === `urn:uuid:${edited.id}`)!.body!.find((b) => b.purpose === 'commenting')!.value).toBe(NOTE);
    expect((await download('export-csv')).text).toContain(`"${NOTE}"`);
    expect((await download('export-markdown')).text).toContain(`> **Note:** ${NOTE.replace('\n', '\n> ')}`);
    const zip = unzipSync((await downloadBytes('export-markdown-zip')).bytes);
    const file = Object.entries(zip).find(([name]) => name.includes('Vietnam sets 8% growth target'))!;
    expect(strFromU8(file[1])).toContain(`> **Note:** ${NOTE.replace('\n', '\n> ')}`);
  });

  it('exports a Markdown zip: a file per page that parses as front matter plus Markdown, holding every highlight of its page', async () => {
    const { name, bytes } = await downloadBytes('export-markdown-zip');
    expect(name).toMatch(/^brieflight-markdown-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['Reuters - Vietnam sets 8% growth target.md', 'Tuổi Trẻ - Đà Nẵng mở rộng sân bay.md', 'VnExpress - Thủ tướng yêu cầu giải ngân vốn đầu tư công.md']);
    for (const bytesOf of Object.values(files)) {
      const m = /^---\n([\s\S]*?)\n---\n\n# (.+)\n([\s\S]*)$/.exec(strFromU8(bytesOf))!;
      expect(m).not.toBeNull();
      const meta = load(m[1]!) as { url: string; title: string; site: string; highlighted: string; tags: string[] };
      const onPage = library.filter((h) => h.url === meta.url);
      expect(m[2]).toBe(meta.title);
      expect(meta.highlighted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const h of onPage) expect(m[3]).toContain(`> ${h.text}`);
      expect(m[3]!.match(/^> \[Open at the passage\]\(<https:/gm)).toHaveLength(onPage.length);
    }
  });

  it('exports CSV with an id column, dates a spreadsheet reads, and the passage link', async () => {
    const lines = (await download('export-csv')).text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('id,Quote,Note,Tags,Colour,Page title,URL,Passage link,Created,Modified,Created UTC,Modified UTC,Page note');
    const first = lines.find((l) => l.startsWith(library[0]!.id))!;
    // The link holds the Text Fragment's commas: a quoted cell.
    expect(first).toMatch(/,"https:\/\/vnexpress\.net\/[^"]*#:~:text=[^"]+",\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},2026-11-20T01:00:00\.000Z,2026-11-20T01:00:00\.000Z,$/);
  });

  it('gives back every highlight field for field after export, delete all and import', async () => {
    const before = await exportedBackup();
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-backup').click()]);
    const backupPath = await saved.path();
    await page.getByTestId('select-all').click();
    await page.getByTestId('delete-selected').click();
    await expect.poll(count).toBe('0 highlights');
    await page.getByTestId('import-input').setInputFiles(backupPath);
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('added 6, updated 0, skipped 0');
    await expect.poll(count).toBe('6 highlights');
    const after = await exportedBackup();
    expect(byId(after.highlights)).toEqual(byId(before.highlights));
  });

  it('refuses a broken file with a message that names the fault, and changes nothing', async () => {
    await page.getByTestId('import-input').setInputFiles(file('notes.json', 'these are my notes, not JSON'));
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('not JSON');
    expect(await count()).toBe('6 highlights');

    const { text: _missing, ...noQuote } = { ...library[1]!, id: '11111111-2222-4333-8444-555555555555' };
    const fresh = { ...library[0]!, id: '11111111-2222-4333-8444-666666666666' };
    await page.getByTestId('import-input').setInputFiles(file('broken-backup.json', backupOf([fresh, noQuote])));
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('Record 2 (11111111-2222-4333-8444-555555555555): "text" is missing');
    await page.reload();
    await expect.poll(count).toBe('6 highlights');
    await search('giai ngan');
    await expect.poll(quotes).toEqual([library[1]!.text, library[0]!.text]);
  });
});

describe('a large library', () => {
  it('draws only the rows in view and reaches the oldest highlight by scrolling', async () => {
    const big = generateLibrary(5_000, 250, 42);
    const fresh = await browser.context.newPage();
    await fresh.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await fresh.getByTestId('import-input').setInputFiles(file('big.json', JSON.stringify({ format: 'brieflight-backup', version: 1, exported: '2026-11-26T00:00:00.000Z', highlights: big.highlights, articles: big.articles })));
    await expect.poll(() => fresh.getByTestId('import-result').textContent(), { timeout: 30_000 }).toContain('added 5000');
    // The six highlights of the tests above share this browser profile.
    await expect.poll(() => fresh.getByTestId('result-count').textContent()).toBe('5006 highlights');
    expect(await fresh.getByTestId('highlight-row').count()).toBeLessThan(40);

    const oldest = [...big.highlights, ...library].sort((a, b) => a.created.localeCompare(b.created))[0]!;
    await fresh.getByTestId('library-list').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(async () => (await fresh.getByTestId('row-quote').allTextContents()).map((q) => q.trim()), { timeout: 10_000 }).toContain(oldest.text);
    expect(await fresh.getByTestId('highlight-row').count()).toBeLessThan(40);
    await fresh.close();
  });
});
