import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { picture } from './pictures';

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
});
