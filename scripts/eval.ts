// `npm run eval [-- --verbose]`: briefs every gold article, scores them with shared/eval/score.mjs, checks the goals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeBrief } from '../lib/brief/index';
import { loadArticle } from './lib/load';
import { sharedDir } from './lib/shared';

interface Figures {
  directives: { f1: number };
  targets: { f1: number };
  valueAccuracy: number | null;
  addresseeAccuracy: number | null;
}

const verbose = process.argv.includes('--verbose');
const goldDir = path.join(sharedDir, 'eval', 'gold');
const score = path.join(sharedDir, 'eval', 'score.mjs');

const lines: string[] = [];
let loadErrors = 0;
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as { doc: string; source: string };
  try {
    const a = loadArticle(path.join(sharedDir, gold.source));
    const b = computeBrief(a.text, a.lang, { published: a.published });
    lines.push(JSON.stringify({ doc: gold.doc, lang: a.lang, title: a.title, directives: b.directives, targets: b.targets }));
  } catch (e) {
    loadErrors++;
    console.error(`eval: ${gold.doc}: ${(e as Error).message}`);
  }
}
const pred = path.join(mkdtempSync(path.join(tmpdir(), 'brieflight-eval-')), 'pred.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');

const run = (extra: string[]) => spawnSync(process.execPath, [score, '--gold', goldDir, '--pred', pred, ...extra], { encoding: 'utf8' });
const report = run(verbose ? ['--verbose'] : []);
process.stdout.write(report.stdout);
if (report.status !== 0) {
  process.stderr.write(report.stderr);
  process.exit(1);
}
const json = JSON.parse(run(['--json']).stdout) as { sets: Record<string, Figures>; all: Figures };

const goals: [string, number | null | undefined, number][] = [
  ['vi directives F1', json.sets.vi?.directives.f1, 0.95],
  ['vi targets F1', json.sets.vi?.targets.f1, 0.9],
  ['en directives F1', json.sets.en?.directives.f1, 0.85],
  ['en targets F1', json.sets.en?.targets.f1, 0.85],
  ['value accuracy', json.all.valueAccuracy, 0.95],
  ['addressee accuracy', json.all.addresseeAccuracy, 0.85],
];
let passed = 0;
let failed = loadErrors ? 1 : 0;
for (const [name, got, goal] of goals) {
  const ok = typeof got === 'number' && got >= goal;
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${got ?? '-'} (goal ≥ ${goal})`);
}
console.log(`predictions: ${pred}`);
console.log(`eval: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
