import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';

// A page that arrives slowly: the head and the start of the article at once, the rest when the test says.
let finish: () => void = () => {};
const slowPage = {
  serve: (res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council orders repairs</title></head><body><article><h1>Council orders repairs to every school roof</h1>');
    res.write(`${'<p>The council on Tuesday ordered the buildings department to repair every school roof before the winter, and told head teachers to report leaks within 48 hours.</p>'.repeat(3)}`);
    return new Promise<void>((resolve) => {
      finish = () => {
        res.end('<p>The department must publish its repair plan by 30 September 2025.</p></article></body></html>');
        resolve();
      };
    });
  },
};

// The smallest valid PDF: one empty page.
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF';
const paragraphs = (lang: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${text.slice(0, 40)}</title></head><body><article><h1>${text.slice(0, 60)}</h1>${`<p>${text}</p>`.repeat(6)}</article></body></html>`;

const session = useBrowser({
  '/slow.html': slowPage,
  '/report.pdf': { serve: (res) => void (res.writeHead(200, { 'content-type': 'application/pdf' }), res.end(PDF)) },
  '/fr.html': paragraphs('fr', "Le gouvernement a demandé aux régions de réduire leur consommation d'énergie de vingt pour cent avant la fin de l'année prochaine, a annoncé le ministre."),
  '/no-site-name.html': paragraphs('en', 'The minister ordered every hospital to publish its waiting times each week, starting in March, and told health boards to cut the longest waits by half.'),
});

describe('what the popup says of pages it cannot brief yet', () => {
  it('says a page is still loading, then fills in the brief when it is ready', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/slow.html'), { waitUntil: 'commit' });
    const popup = await session.browser.popup(page);
    const state = popup.getByTestId('page-state');
    await expect.poll(() => state.getAttribute('data-state')).toBe('pageLoading');
    expect(await state.textContent()).toMatch(/still loading/);
    finish();
    await popup.getByTestId('directive').first().waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('article-title').textContent()).toContain('Council orders repairs');
    expect(await state.count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says PDFs are not supported yet, not that highlights still work', async () => {
    const page = await session.open('/report.pdf');
    const popup = await session.browser.popup(page);
    const state = popup.getByTestId('page-state');
    await expect.poll(() => state.getAttribute('data-state')).toBe('pdf');
    expect(await state.textContent()).toMatch(/PDFs are not supported yet/);
    expect(await popup.getByTestId('highlight-count').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('names an unsupported language instead of giving its code', async () => {
    const page = await session.open('/fr.html');
    const popup = await session.browser.popup(page);
    const state = popup.getByTestId('page-state');
    await expect.poll(() => state.getAttribute('data-state')).toBe('unsupportedLang');
    expect(await state.textContent()).toContain('French');
    expect(await state.textContent()).not.toMatch(/\bfr\b/);
    expect(await popup.getByTestId('article-lang').textContent()).toBe('French');
    await popup.close();
    await page.close();
  });

  it('shows the host of a site that gives no name', async () => {
    const page = await session.open('/no-site-name.html');
    const popup = await session.browser.popup(page);
    await popup.getByTestId('article-site').waitFor();
    expect(await popup.getByTestId('article-site').textContent()).toBe(new URL(session.server.url('/')).host.replace(/:\d+$/, ''));
    await popup.close();
    await page.close();
  });
});
