#!/usr/bin/env node
// `npm start`: builds the extension and opens Chromium with it loaded on a sample news article.
// Without a display (`--headless`, or no DISPLAY) it prints the brief and saves a screenshot of the popup.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, extensionWorker, findChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const extension = path.join(root, '.output/chrome-mv3');

let executablePath;
try {
  executablePath = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

console.log('Building the extension…');
const build = spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const pages = path.join(root, 'tests/pages');
const server = http.createServer((req, res) => {
  const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname) || 'vi-chinh-phu.html';
  let body;
  try {
    body = readFileSync(path.join(pages, name));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const articleUrl = `http://localhost:${server.address().port}/vi-chinh-phu.html`;

const profile = path.join(os.tmpdir(), 'brieflight-start-profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  viewport: headless ? { width: 1200, height: 900 } : null,
});
const worker = await extensionWorker(context);
const extensionId = new URL(worker.url()).host;
const article = context.pages()[0] ?? (await context.newPage());
await article.goto(articleUrl);
const tabs = await worker.evaluate(async () => (await chrome.tabs.query({})).sort((a, b) => a.index - b.index).map((t) => t.id));
const tabId = tabs[context.pages().indexOf(article)];
const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
await popup.setViewportSize({ width: 480, height: 640 }).catch(() => {});
await popup.getByTestId('directive').first().waitFor({ timeout: 20_000 }).catch(() => {});

if (headless) {
  const title = await popup.getByTestId('article-title').textContent().catch(() => '');
  const brief = await popup.evaluate(() => {
    const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const targets = [...document.querySelectorAll('[data-testid="target"]')].map((row) => ({
      metric: text(row.querySelector('[data-testid="target-metric"]')),
      goal: text(row.querySelector('[data-testid="target-goal"]')),
      due: text(row.querySelector('[data-testid="target-due"]')),
    }));
    const directives = [...document.querySelectorAll('.group')].map((group) => ({
      addressee: text(group.querySelector('[data-testid="addressee-group"] span')),
      items: [...group.querySelectorAll('[data-testid="directive"]')].map((d) => ({
        action: text(d.querySelector('[data-testid="directive-action"]')),
        deadline: text(d.querySelector('[data-testid="directive-deadline"]')),
        issuer: text(d.querySelector('[data-testid="directive-issuer"]')),
      })),
    }));
    return { directives, targets };
  });
  console.log(`\n${title}\n${articleUrl}\n\nTargets:`);
  for (const t of brief.targets) console.log(`  • ${t.metric}: ${t.goal}${t.due ? ` (${t.due})` : ''}`);
  console.log('\nDirectives, by who must act:');
  for (const group of brief.directives) {
    console.log(`\n  ${group.addressee}`);
    for (const d of group.items) console.log(`    • ${d.action}${d.deadline ? `  [${d.deadline}]` : ''}${d.issuer ? `  ${d.issuer}` : ''}`);
  }
  mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const shot = path.join(root, 'test-results/start-popup.png');
  await popup.screenshot({ path: shot, fullPage: true });
  console.log(`\nA screenshot of the popup: ${path.relative(process.cwd(), shot)}`);
  await context.close();
  server.close();
} else {
  await article.bringToFront();
  console.log(`\nChromium is open on ${articleUrl} with Brieflight loaded; the popup's view is in the second tab.`);
  console.log('Click the Brieflight icon in the toolbar for the popup. Close the browser to stop.');
  context.on('close', () => server.close());
}
