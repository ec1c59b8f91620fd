#!/usr/bin/env node
// `npm run icons`: renders assets/icon.svg to the PNG sizes the manifests and stores need
// (public/icon/<size>.png, which WXT puts in both manifests). Run after changing the mark; the PNGs are
// committed so that a build needs no browser.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const SIZES = [16, 32, 48, 96, 128];
const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'assets', 'icon.svg'), 'utf8');
const out = path.join(root, 'public', 'icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icons: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
