// Content-script start-up benchmark (`npm run bench`): the built extension in headless Chromium
// on a page with no highlights. Reports our own start-up work (less the wait for the
// background's reply) and the bundle size, merged into bench/results/anchoring.json.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/server';
import { median } from './lib/figures';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const resultFile = path.join(here, 'results', 'anchoring.json');
const contentJs = path.join(root, '.output/chrome-mv3/content-scripts/content.js');
const LOADS = 25;


if (spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'ignore' }).status !== 0) {
  console.error('The extension did not build.');
  process.exit(1);
}
const bundle = readFileSync(contentJs, 'utf8');
const server = await startServer();
const browser = await launchBrowser();
const own: number[] = [];
const ready: number[] = [];
try {
  const page = await browser.context.newPage();
  for (let i = 0; i < LOADS; i++) {
    await page.goto(server.url(`/en-news.html?brieflight-bench=${i}`));
    const handle = await page.waitForFunction(() => document.documentElement.dataset.brieflightStart, null, { timeout: 10_000 });
    const figures = JSON.parse(String(await handle.jsonValue())) as { ownMs: number; readyMs: number };
    own.push(figures.ownMs);
    ready.push(figures.readyMs);
  }
} finally {
  await browser.close();
  await server.close();
}

const figures = {
  contentScriptStartMs: +median(own).toFixed(2),
  contentScriptReadyMs: +median(ready).toFixed(2),
  contentScriptKB: +(statSync(contentJs).size / 1024).toFixed(1),
  // Dexie must never reach the page; Readability and the brief only run when the popup asks.
  contentScriptHasDexie: /\bDexie\b/.test(bundle),
};
console.log(`content script: own start-up work ${figures.contentScriptStartMs} ms (median of ${LOADS} loads; goal ≤ 5 ms)`);
console.log(`  until the page's highlights are drawn, waiting for the background included: ${figures.contentScriptReadyMs} ms`);
console.log(`  bundle ${figures.contentScriptKB} KB; Dexie in the bundle: ${figures.contentScriptHasDexie}`);
mkdirSync(path.dirname(resultFile), { recursive: true });
const previous = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as object) : {};
writeFileSync(resultFile, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`);
