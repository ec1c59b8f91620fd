import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { inUi } from './page-ui';
import { picture } from './pictures';
import { allDrawn, drawnTexts, selectText } from './browser';

const session = useBrowser({}, { locale: 'vi-VN' });

describe('a browser in Vietnamese', () => {
  it('shows the popup in Vietnamese', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.browser.popup(page);
    await popup.getByTestId('directive').first().waitFor();
    expect(await popup.getByTestId('copy-brief').textContent()).toBe('Sao chép tóm lược');
    expect(await popup.locator('h2').allTextContents()).toEqual([expect.stringMatching(/^Chỉ tiêu/), expect.stringMatching(/^Chỉ đạo/)]);
    expect(await popup.getByTestId('article-lang').textContent()).toBe('Tiếng Việt');
    // The README's pictures of the popup and the side panel on a Vietnamese article.
    await popup.setViewportSize({ width: 440, height: 600 });
    await picture(popup, 'popup-vi');
    const panel = await session.browser.sidePanel(page, 400);
    await panel.getByTestId('directive').first().waitFor();
    expect(await panel.getByTestId('brief-tab').textContent()).toBe('Tóm lược');
    await picture(panel, 'side-panel-vi');
    await panel.close();
    await popup.close();
    await page.close();
  });

  it('shows the library in Vietnamese (the README picture)', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    await selectText(page, 'article', 'rà soát, điều chuyển vốn');
    await inUi(page, 'highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain('rà soát, điều chuyển vốn');
    const library = await session.browser.context.newPage();
    await library.setViewportSize({ width: 1000, height: 640 });
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    await library.getByTestId('highlight-row').first().waitFor();
    expect(await library.getByTestId('open-at-passage').first().textContent()).toBe('Mở tại đoạn này');
    expect(await library.getByTestId('sort-select').locator('option').allTextContents()).toEqual(['Mới nhất trước', 'Cũ nhất trước', 'Theo tiêu đề trang', 'Theo thứ tự đọc trong trang']);
    await picture(library, 'library-vi', { fullPage: false });
    await library.close();
    await page.close();
  });
});
