// Anchoring benchmark (`npm run bench`): in headless Chromium, on the largest
// readability page, anchor 500 highlights on the unchanged page and on a changed
// one, with lib/anchoring and with a Hypothesis-style baseline. Prints figures
// and merges them into bench/results/anchoring.json (other benches may add keys).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForPage } from './lib/bundle';
import { round } from './lib/figures';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { buildTextModel } from '../lib/anchoring/text-model';
import type { PageFigures, PlanName } from './lib/anchoring-page';

const HIGHLIGHTS = 500;
const SEED = 20261127;
const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../shared/corpus/readability-pages');
const resultFile = path.join(here, 'results', 'anchoring.json');

/** The corpus page with the most text (as our text model reads it). */
function largestPage(): { name: string; html: string; chars: number } {
  let best = { name: '', html: '', chars: -1 };
  for (const name of readdirSync(corpus)) {
    const file = path.join(corpus, name, 'source.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const { document } = parseHTML(html);
    const chars = buildTextModel(document.body ?? document.documentElement).text.length;
    if (chars > best.chars) best = { name, html, chars };
  }
  return best;
}


async function main(): Promise<void> {
  const page = largestPage();
  const script = await bundleForPage(path.join(here, 'lib', 'anchoring-page.ts'));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  // Each changed page in a fresh tab: the bench changes the page it runs on.
  const run = async (plan: PlanName): Promise<PageFigures> => {
    const tab = await browser.newPage();
    // The saved page must not reach the network nor run its own scripts.
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(page.html.replace(/<script\b[\s\S]*?<\/script>/gi, ''), { waitUntil: 'domcontentloaded' });
    await tab.addScriptTag({ content: script });
    const figures = await tab.evaluate(
      ([count, seed, name]) =>
        (globalThis as unknown as { runAnchoringBench: (c: number, s: number, p: PlanName) => PageFigures }).runAnchoringBench(count, seed, name),
      [HIGHLIGHTS, SEED, plan] as const,
    );
    await tab.close();
    return figures;
  };
  let figures: PageFigures;
  let revised: PageFigures;
  try {
    figures = await run('changed');
    revised = await run('revised');
  } finally {
    await browser.close();
  }

  const speedup = figures.baselineChangedMs / figures.changedMs;
  // Failures on the changed page: orphans whose text is still there, wrong text, identical copies elsewhere.
  // (An orphan whose paragraph was removed is the right outcome, for either side.)
  const failures = figures.missed + figures.wrong + figures.copies;
  const baselineFailures = figures.baselineMissed + figures.baselineWrong + figures.baselineCopies;
  const result = {
    page: page.name,
    pageChars: page.chars,
    ...figures,
    unchangedMs: round(figures.unchangedMs),
    baselineUnchangedMs: round(figures.baselineUnchangedMs),
    changedMs: round(figures.changedMs),
    baselineChangedMs: round(figures.baselineChangedMs),
    speedup: round(speedup),
    failures,
    baselineFailures,
    // A revision that keeps every quote's text (no highlighted paragraph removed, nothing re-ordered).
    revised: {
      mutations: revised.mutations,
      changedMs: round(revised.changedMs),
      baselineChangedMs: round(revised.baselineChangedMs),
      speedup: round(revised.baselineChangedMs / revised.changedMs),
      right: revised.right,
      baselineRight: revised.baselineRight,
      wrong: revised.wrong,
      copies: revised.copies,
      orphans: revised.orphans,
      baselineWrong: revised.baselineWrong,
      baselineCopies: revised.baselineCopies,
      baselineOrphans: revised.baselineOrphans,
    },
  };
  console.log(`page ${page.name} (${page.chars} chars), ${figures.highlights} highlights`);
  console.log(`unchanged page: ${result.unchangedMs} ms for all (runs ${figures.unchangedRuns.join(', ')}), wrong ${figures.unchangedWrong}, orphans ${figures.unchangedOrphans}; baseline ${result.baselineUnchangedMs} ms`);
  console.log(`changed page (${figures.mutations.join(', ')}): ${figures.expectedOrphans} quotes removed with their paragraph`);
  const line = (name: string, ms: number, right: number, wrong: number, copies: number, orphans: number, missed: number) =>
    `  ${name.padEnd(9)} ${ms} ms, right ${right}, wrong ${wrong}, identical copy elsewhere ${copies}, orphans ${orphans} (text still there: ${missed})`;
  console.log(line('ours', result.changedMs, figures.right, figures.wrong, figures.copies, figures.orphans, figures.missed));
  console.log(line('baseline', result.baselineChangedMs, figures.baselineRight, figures.baselineWrong, figures.baselineCopies, figures.baselineOrphans, figures.baselineMissed));
  console.log(`  failures (text still there but orphaned + wrong + identical copy elsewhere): ours ${failures}, baseline ${baselineFailures}`);
  console.log(`  speedup   ${result.speedup}×`);
  const r = result.revised;
  console.log(`revised page (${r.mutations.join(', ')}): every quote's text is still there`);
  console.log(line('ours', r.changedMs, r.right, r.wrong, r.copies, r.orphans, r.orphans));
  console.log(line('baseline', r.baselineChangedMs, r.baselineRight, r.baselineWrong, r.baselineCopies, r.baselineOrphans, r.baselineOrphans));
  console.log(`  speedup   ${r.speedup}×`);

  // Goals, each a ratio or a count against the baseline in the same run.
  const goals: [string, boolean][] = [
    ['changed page: fewer failures than the baseline', failures < baselineFailures],
    ['revised page: at least as many right as the baseline, and none wrong', r.right >= r.baselineRight && r.wrong === 0],
    [
      `unchanged page: ${figures.highlights} highlights in at most 2× the baseline's time`,
      figures.highlights >= HIGHLIGHTS && figures.unchangedMs <= 2 * figures.baselineUnchangedMs,
    ],
    ['changed page: at least 10× faster than the baseline', speedup >= 10],
  ];
  for (const [name, ok] of goals) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);

  // Merge, so figures other benches add to this file survive.
  mkdirSync(path.dirname(resultFile), { recursive: true });
  const previous = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(resultFile, JSON.stringify({ ...previous, ...result, goalsMet: goals.every(([, ok]) => ok) }, null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), resultFile)}`);
  process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
}

await main();
