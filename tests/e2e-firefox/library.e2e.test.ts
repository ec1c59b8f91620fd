import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { useFirefox } from './setup';
import { byTestId, click, drawn, selectText, texts, textOf } from './page';
import { EN_PAGE, TT_PAGE, VN_PAGE, makeArticle, smallLibrary } from '../fixtures/library/records';
import type { Highlight } from '../../lib/model/highlight';

// The library page in Firefox: a highlight made on a page is listed, found, exported in every format,
// and a backup is imported (through the page's own file input) and exported back field for field.

const session = useFirefox();
const library = smallLibrary();
const articles = [makeArticle(VN_PAGE, 'Thủ tướng yêu cầu giải ngân vốn đầu tư công', 'VnExpress'), makeArticle(EN_PAGE, 'Vietnam sets 8% growth target', 'Reuters'), makeArticle(TT_PAGE, 'Đà Nẵng mở rộng sân bay', 'Tuổi Trẻ')];
const backupOf = (highlights: unknown[]) => JSON.stringify({ format: 'brieflight-backup', version: 1, exported: '2026-11-26T00:00:00.000Z', highlights, articles });

async function importFile(page: Page, name: string, text: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'brieflight-ff-import-'));
  const file = path.join(dir, name);
  await writeFile(file, text);
  const input = (await byTestId(page, 'import-input')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}
const byId = (list: Highlight[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('the library in Firefox', () => {
  it('lists a highlight made on a page, finds it without diacritics, and exports every format', async () => {
    const article = await session.open('/vi-chinh-phu.html');
    const quote = 'hướng dẫn tháo gỡ vướng mắc';
    await selectText(article, 'article', quote);
    await click(article, 'highlight-button');
    await expect.poll(() => drawn(article)).toContain(quote);

    const page = await session.firefox.extensionPage('library.html');
    await expect.poll(() => textOf(page, 'result-count')).toBe('1 highlight');
    expect(await texts(page, 'row-quote')).toEqual([quote]);
    const search = await byTestId(page, 'search-input');
    await search.type('thao go vuong mac');
    await expect.poll(() => texts(page, 'row-quote')).toEqual([quote]);
    await search.click({ count: 3 });
    await search.type('không có ở đâu');
    await expect.poll(() => textOf(page, 'result-count')).toBe('0 highlights');
    await search.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await expect.poll(() => textOf(page, 'result-count')).toBe('1 highlight');

    const w3c = await session.firefox.download(/^brieflight-w3c-.*\.jsonld?$/, () => click(page, 'export-w3c'));
    const collection = JSON.parse(w3c.text) as { type: string; total: number; first: { items: { target: { selector: { exact?: string }[] } }[] } };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items[0]!.target.selector[0]!.exact).toBe(quote);
    const markdown = await session.firefox.download(/^brieflight-markdown-.*\.md$/, () => click(page, 'export-markdown'));
    expect(markdown.text).toContain(quote);
    const csv = await session.firefox.download(/^brieflight-csv-.*\.csv$/, () => click(page, 'export-csv'));
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain(quote);
    await page.close();
    await article.close();
  });

  it('imports a backup through its file input, and gives every field back after export, delete all and import', async () => {
    const page = await session.firefox.extensionPage('library.html');
    await expect.poll(() => textOf(page, 'result-count')).toBe('1 highlight');
    await importFile(page, 'backup.json', backupOf(library));
    await expect.poll(() => textOf(page, 'import-result')).toContain('added 6, updated 0, skipped 0');
    await expect.poll(() => textOf(page, 'result-count')).toBe('7 highlights');

    const before = await session.firefox.download(/^brieflight-backup-.*\.json$/, () => click(page, 'export-backup'));
    await click(page, 'select-all');
    await click(page, 'delete-selected');
    await expect.poll(() => textOf(page, 'result-count')).toBe('0 highlights');
    await importFile(page, 'again.json', before.text);
    await expect.poll(() => textOf(page, 'import-result')).toContain('added 7, updated 0, skipped 0');
    await expect.poll(() => textOf(page, 'result-count')).toBe('7 highlights');
    const after = await session.firefox.download(/^brieflight-backup-.*\.json$/, () => click(page, 'export-backup'));
    const highlights = (text: string) => (JSON.parse(text) as { highlights: Highlight[] }).highlights;
    expect(byId(highlights(after.text))).toEqual(byId(highlights(before.text)));

    await importFile(page, 'notes.json', 'these are my notes, not JSON');
    await expect.poll(() => textOf(page, 'import-error')).toContain('not JSON');
    expect(await textOf(page, 'result-count')).toBe('7 highlights');
    await page.close();
  });
});
