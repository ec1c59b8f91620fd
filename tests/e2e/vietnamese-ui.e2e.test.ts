import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { startServer } from './server';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser({ locale: 'vi-VN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a browser in Vietnamese', () => {
  it('shows the popup in Vietnamese', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/vi-chinh-phu.html'));
    const popup = await browser.popup(page);
    await popup.getByTestId('directive').first().waitFor();
    expect(await popup.getByTestId('copy-brief').textContent()).toBe('Sao chép tóm lược');
    expect(await popup.locator('h2').allTextContents()).toEqual([expect.stringMatching(/^Chỉ đạo/), expect.stringMatching(/^Chỉ tiêu/)]);
    await popup.close();
    await page.close();
  });
});
