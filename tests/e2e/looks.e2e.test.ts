import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { allDrawn, drawnTexts, selectText } from './browser';
import { inUi } from './page-ui';
import { picture } from './pictures';

const session = useBrowser();

/** The relative luminance of an element's background (walking up to the first one painted), 0 black to 1 white. */
const backgroundLuminance = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    let el: Element | null = document.querySelector(selector);
    let color = 'rgba(0, 0, 0, 0)';
    while (el && /rgba\(.*, 0\)|transparent/.test(color)) {
      color = getComputedStyle(el).backgroundColor;
      el = el.parentElement;
    }
    const [r, g, b] = color.match(/[\d.]+/g)!.map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }, selector);

describe('looks', () => {
  it('shows the popup and the side panel on an English article (the README pictures)', async () => {
    const page = await session.open('/en-news.html');
    const popup = await session.browser.popup(page);
    await popup.getByTestId('directive').first().waitFor();
    await popup.setViewportSize({ width: 440, height: 600 });
    await picture(popup, 'popup-en');
    const panel = await session.browser.sidePanel(page, 400);
    await panel.getByTestId('directive').first().waitFor();
    await picture(panel, 'side-panel-en');
    await popup.close();
    await panel.close();
    await page.close();
  });

  it('follows a dark system theme in the popup, the side panel, the library and the in-page toolbar', async () => {
    const page = await session.open('/vi-chinh-phu.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await selectText(page, 'article', 'rà soát, điều chuyển vốn');
    await inUi(page, 'highlight-button').waitFor();
    expect(await inUi(page, 'highlight-button').evaluate<string>('function () { return getComputedStyle(this.closest(".panel")).backgroundColor; }')).not.toBe('rgb(255, 255, 255)');
    await inUi(page, 'highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain('rà soát, điều chuyển vốn');

    const popup = await session.browser.popup(page);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.getByTestId('directive').first().waitFor();
    expect(await backgroundLuminance(popup, '.popup')).toBeLessThan(0.05);
    await popup.setViewportSize({ width: 440, height: 600 });
    await picture(popup, 'popup-vi-dark');

    const panel = await session.browser.sidePanel(page, 400);
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.getByTestId('directive').first().waitFor();
    expect(await backgroundLuminance(panel, '.panel')).toBeLessThan(0.05);
    await picture(panel, 'side-panel-vi-dark');

    const library = await session.browser.context.newPage();
    await library.emulateMedia({ colorScheme: 'dark' });
    await library.setViewportSize({ width: 1000, height: 640 });
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    await library.getByTestId('highlight-row').first().waitFor();
    expect(await backgroundLuminance(library, '.library')).toBeLessThan(0.05);
    expect(await backgroundLuminance(library, '[data-testid=highlight-row]')).toBeLessThan(0.05);
    await picture(library, 'library-vi-dark', { fullPage: false });

    for (const p of [popup, panel, page, library]) await p.close();
  });

  it('shows the library (the README picture)', async () => {
    const page = await session.open('/en-news.html');
    await selectText(page, 'article', 'cut their energy use');
    await inUi(page, 'highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain('cut their energy use');
    const library = await session.browser.context.newPage();
    await library.setViewportSize({ width: 1000, height: 640 });
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    await library.getByTestId('highlight-row').first().waitFor();
    await picture(library, 'library', { fullPage: false });
    // And with the editor open on a highlight.
    await library.getByTestId('edit-highlight').first().click();
    await library.getByTestId('note-editor').fill('Households: the first line\nand a second one');
    await picture(library, 'library-en-editing', { fullPage: false });
    await library.getByTestId('note-editor').press('Escape');
    await library.close();
    await page.close();
  });
});
