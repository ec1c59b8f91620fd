import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { useBrowser } from './setup';
import { inUi } from './page-ui';
import { allDrawn, drawnTexts, highlightTexts, selectText } from './browser';
import { newsPage } from './news-page';

// "Open at the passage": from the library to the page, scrolled to the highlight and flashed, by the
// link's Text Fragment and by the extension's own anchoring, also after the page changed.

const QUOTE = 'hoàn thành giải phóng mặt bằng trước ngày 30/6';
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Đoạn ${i + 1}: các bộ, ngành tiếp tục rà soát danh mục dự án, báo cáo tiến độ hằng tuần và đề xuất giải pháp tháo gỡ vướng mắc cho từng địa phương trong khu vực.`);
let inserted = false;
const article = () =>
  newsPage({
    title: 'Đường vành đai 4 phải xong mặt bằng trong tháng 6',
    paragraphs: [
      'Thủ tướng yêu cầu đẩy nhanh tiến độ đường vành đai 4.',
      ...(inserted ? ['Cập nhật: một đoạn mới được thêm vào đầu bài sau khi bạn đánh dấu, đẩy mọi đoạn khác xuống dưới.'] : []),
      ...filler(30),
      `Các địa phương phải ${QUOTE}, bàn giao cho nhà thầu thi công.`,
      ...filler(10),
    ],
  });
const session = useBrowser({ '/vanh-dai-4.html': article });

/** True when the paragraph holding the quote is inside the window (the page scrolled to it). */
const passageInView = (page: Page) =>
  page.evaluate((quote) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(quote))!;
    const r = p.getBoundingClientRect();
    return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, QUOTE);

async function openFromLibrary(library: Page): Promise<Page> {
  const link = library.getByTestId('open-at-passage').first();
  expect(await link.getAttribute('href')).toMatch(/^http:\/\/localhost:\d+\/vanh-dai-4\.html#:~:text=/);
  const [opened] = await Promise.all([session.browser.context.waitForEvent('page'), link.click()]);
  return opened;
}

describe('open at the passage', () => {
  it('opens the page scrolled to the passage and flashes it, and still does after a paragraph was inserted above it', async () => {
    const page = await session.open('/vanh-dai-4.html');
    await selectText(page, 'article', QUOTE);
    await inUi(page, 'highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain(QUOTE);
    await page.close();

    const library = await session.browser.context.newPage();
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    for (const change of ['as saved', 'a paragraph inserted above']) {
      inserted = change !== 'as saved';
      const opened = await openFromLibrary(library);
      await expect.poll(() => passageInView(opened), { timeout: 10_000, message: change }).toBe(true);
      await expect.poll(async () => (await highlightTexts(opened)).flash ?? [], { timeout: 10_000, message: change }).toContain(QUOTE);
      await opened.close();
    }
    await library.close();
  });

  it('is a standard Text Fragment: a browser without the extension scrolls to the passage too', async () => {
    inserted = true;
    const library = await session.browser.context.newPage();
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    const href = (await library.getByTestId('open-at-passage').first().getAttribute('href'))!;
    await library.close();
    const plain = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await plain.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(href);
      await expect.poll(() => passageInView(page), { timeout: 10_000 }).toBe(true);
    } finally {
      await plain.close();
    }
  });

  it('takes a note on the whole page in the side panel, which the library shows at the top of the page’s group', async () => {
    const page = await session.open('/vanh-dai-4.html');
    const panel = await session.browser.sidePanel(page, 400);
    await panel.getByTestId('highlights-tab').click();
    const note = panel.getByTestId('page-note');
    await expect.poll(() => note.isEnabled()).toBe(true);
    await note.fill('Theo dõi tiến độ:\n- tháng 6\n- tháng 9');
    await panel.getByTestId('highlights-tab').focus();
    const library = await session.browser.context.newPage();
    await expect
      .poll(async () => {
        await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
        await library.getByTestId('highlight-row').first().waitFor();
        return (await library.getByTestId('page-note').count()) ? library.getByTestId('page-note').textContent() : null;
      })
      .toBe('Theo dõi tiến độ:\n- tháng 6\n- tháng 9');

    // "Export this page" from the side panel: one Markdown note, named and laid out as in the zip.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-page').click()]);
    expect(download.suggestedFilename()).toBe('Báo Điện tử (mẫu) - Đường vành đai 4 phải xong mặt bằng trong tháng 6.md');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toMatch(/^---\ntitle: "Đường vành đai 4[^\n]*"\nurl: "http:\/\/localhost:\d+\/vanh-dai-4\.html"\n/);
    expect(text).toContain('Theo dõi tiến độ:  \n\\- tháng 6  \n\\- tháng 9\n\n');
    expect(text).toContain(`> ${QUOTE}\n>\n> [Open at the passage](<http://localhost:`);
    for (const p of [library, panel, page]) await p.close();
  });
});
