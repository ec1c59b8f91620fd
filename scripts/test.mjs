#!/usr/bin/env node
// `npm test`: unit tests, then a build and the end-to-end tests in the system Chromium, then a Firefox
// build and the end-to-end tests in the system Firefox ESR. Ends with one line `N passed, N failed` for all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';
import { findFirefox } from './firefox.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
mkdirSync('test-results', { recursive: true });

function vitest(label, args) {
  const out = `test-results/${label}.json`;
  rmSync(out, { force: true });
  const run = spawnSync(bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { stdio: 'inherit' });
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (run.status !== 0 && report.numFailedTests === 0 ? 1 : 0) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const totals = { passed: 0, failed: 0 };
const add = (r) => {
  totals.passed += r.passed;
  totals.failed += r.failed;
};

add(vitest('unit', []));

let chromium = null;
try {
  chromium = findChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  totals.failed += 1;
}
if (chromium) {
  const build = spawnSync(bin('wxt'), ['build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The extension did not build, so the end-to-end tests cannot run.');
    totals.failed += 1;
  } else {
    add(vitest('e2e', ['--config', 'vitest.e2e.config.ts']));
  }
}

let firefox = null;
try {
  firefox = findFirefox();
} catch (error) {
  console.error(`\n${error.message}\n`);
  totals.failed += 1;
}
if (firefox) {
  const build = spawnSync(bin('wxt'), ['build', '-b', 'firefox'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The Firefox add-on did not build, so the Firefox end-to-end tests cannot run.');
    totals.failed += 1;
  } else {
    add(vitest('e2e-firefox', ['--config', 'vitest.firefox.config.ts']));
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
