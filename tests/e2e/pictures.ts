// The README's pictures are taken by the end-to-end tests: each run writes them to test-results/pictures, and
// `UPDATE_PICTURES=1 npm run test:e2e` also to docs/pictures, where the README shows them from.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

const RESULTS = path.resolve(import.meta.dirname, '../../test-results/pictures');
const DOCS = path.resolve(import.meta.dirname, '../../docs/pictures');

export async function picture(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  if (process.env.UPDATE_PICTURES) {
    await mkdir(DOCS, { recursive: true });
    await copyFile(file, path.join(DOCS, `${name}.png`));
  }
}
