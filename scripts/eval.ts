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
const addresseeMisses: string[] = [];
let loadErrors = 0;
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as { doc: string; source: string };
  try {
    const a = loadArticle(path.join(sharedDir, gold.source));
    const b = computeBrief(a.text, a.lang, { published: a.published });
    lines.push(JSON.stringify({ doc: gold.doc, lang: a.lang, title: a.title, directives: b.directives, targets: b.targets }));
    if (verbose) addresseeMisses.push(...wrongAddressees(gold as unknown as Gold, b.directives));
  } catch (e) {
    loadErrors++;
    console.error(`eval: ${gold.doc}: ${(e as Error).message}`);
  }
}
/** With --verbose: matched directives whose addressee misses the gold one (score.mjs's rules, restated). */
interface Gold { doc: string; directives?: { key: string; addressee?: string | null }[] }
function norm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'").replace(/[‐‑‒–—―]/g, '-').replace(/\s+/g, ' ').trim();
}
function wrongAddressees(gold: Gold, predicted: { text: string; addressee: string | null; rule: string }[]): string[] {
  const words = (s: string) => new Set(norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const used = new Set<number>();
  const out: string[] = [];
  for (const p of predicted) {
    const i = (gold.directives ?? []).findIndex((g, j) => !used.has(j) && norm(p.text).includes(norm(g.key)));
    if (i < 0) continue;
    used.add(i);
    const g = gold.directives![i]!;
    if (!g.addressee) continue;
    const gw = words(g.addressee);
    const pw = words(p.addressee ?? '');
    let shared = 0;
    for (const w of gw) if (pw.has(w)) shared++;
    if (!pw.size || shared / gw.size < 0.5) out.push(`${gold.doc}\twrong addressee\t${p.rule}: "${p.addressee}" (gold "${g.addressee}")\t${p.text.slice(0, 100)}`);
  }
  return out;
}

const pred = path.join(mkdtempSync(path.join(tmpdir(), 'brieflight-eval-')), 'pred.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');

const run = (extra: string[]) => spawnSync(process.execPath, [score, '--gold', goldDir, '--pred', pred, ...extra], { encoding: 'utf8' });
const report = run(verbose ? ['--verbose'] : []);
process.stdout.write(addresseeMisses.map((l) => l + '\n').join('') + report.stdout);
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
