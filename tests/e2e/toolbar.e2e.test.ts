import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { allDrawn, drawnTexts, selectText } from './browser';
import { inUi } from './page-ui';

const long = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long read</title></head><body><article><h1>A long read</h1>
${Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1}: the council asked residents to comment on the plan for the river path, section ${i + 1}.</p>`).join('\n')}
</article></body></html>`;

const session = useBrowser({ '/long.html': long });

describe('the selection toolbar', () => {
  it('follows its selection when the page scrolls, and goes when the selection leaves the window', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(session.server.url('/long.html'));
    await selectText(page, 'article', 'the plan for the river path, section 12');
    const button = inUi(page, 'highlight-button');
    await button.waitFor();
    const selectionTop = () => page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top);
    const gap = async () => (await button.boundingBox())!.y - (await selectionTop());
    const before = await gap();
    await page.mouse.wheel(0, 120);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // Still beside its text, the same distance away.
    await expect.poll(async () => Math.abs((await gap()) - before)).toBeLessThan(2);
    // Scrolled out of the window: the toolbar goes rather than float over other text.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await button.waitFor({ state: 'detached' });
    await page.close();
  });

  it('moves through its colours with the arrow keys, and Enter picks one', async () => {
    const page = await session.open('/long.html');
    await selectText(page, 'article', 'comment on the plan for the river path, section 3');
    await inUi(page, 'highlight-button').waitFor();
    await page.keyboard.press('Tab'); // to the toolbar's first button, "Highlight"
    await page.keyboard.press('ArrowRight'); // yellow
    await page.keyboard.press('ArrowRight'); // green
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await drawnTexts(page)).green ?? []).toEqual(['comment on the plan for the river path, section 3']);
    await page.close();
  });

  it('opens a highlight for editing with Enter when the caret is in it, with the note field focused', async () => {
    const page = await session.open('/long.html');
    await selectText(page, 'article', 'river path, section 5');
    await inUi(page, 'highlight-button').click();
    await expect.poll(async () => allDrawn(await drawnTexts(page))).toContain('river path, section 5');
    // The caret inside the highlight (caret browsing, or the keyboard's own selection).
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes('section 5.'))!;
      const text = p.firstChild!;
      const at = text.textContent!.indexOf('river path') + 3;
      window.getSelection()!.collapse(text, at);
    });
    await page.keyboard.press('Enter');
    await inUi(page, 'highlight-editor').waitFor();
    await page.keyboard.type('Walk it first');
    await page.keyboard.press('Tab'); // leaving the note saves it
    await page.keyboard.press('Escape');
    await inUi(page, 'highlight-editor').waitFor({ state: 'detached' });
    const panel = await session.browser.sidePanel(page);
    await panel.getByTestId('highlights-tab').click();
    await expect.poll(() => panel.getByTestId('panel-note').allTextContents()).toContain('Walk it first');
    await panel.close();
    await page.close();
  });
});
