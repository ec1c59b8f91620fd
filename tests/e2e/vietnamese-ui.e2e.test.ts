import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';

const session = useBrowser({}, { locale: 'vi-VN' });

describe('a browser in Vietnamese', () => {
  it('shows the popup in Vietnamese', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    const popup = await session.browser.popup(page);
    await popup.getByTestId('directive').first().waitFor();
    expect(await popup.getByTestId('copy-brief').textContent()).toBe('Sao chép tóm lược');
    expect(await popup.locator('h2').allTextContents()).toEqual([expect.stringMatching(/^Chỉ đạo/), expect.stringMatching(/^Chỉ tiêu/)]);
    await popup.close();
    await page.close();
  });
});
