// `npm run eval [-- --verbose] [--fast]`: how good the brief is on articles it did not learn from.
//   (a) 5-fold cross-validation by article over data/brief/labels: models trained on four folds brief the fifth,
//       scored with ../shared/eval/score.mjs, per language and per category;
//   (b) the 21 articles of ../shared/eval/gold, never trained on, briefed by the shipped model (data/brief/model.json).
// Ends with `eval: N passed, N failed` against the goals below.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { briefWith } from '../lib/brief/brief';
import { briefModel, type BriefModel } from '../lib/brief/model';
import { labelledArticle, type LabelledArticle } from './lib/brief-examples';
import { foldOf, QUIET_FALSE_PER_TEN, SETTINGS, trainLanguage } from './lib/brief-train';
import { readLabels } from './lib/labels';
import { loadArticle } from './lib/load';
import { sharedDir } from './lib/shared';
import { categoryOf, QUIET_CATEGORIES } from './labels/categories';
import { MODEL_FILE } from './train';

interface Figures {
  directives: { precision: number; recall: number; f1: number; predicted: number };
  targets: { precision: number; recall: number; f1: number };
  valueAccuracy: number | null;
  addresseeAccuracy: number | null;
}
type Prediction = { doc: string; lang: string; directives: unknown[]; targets: unknown[] };

const verbose = process.argv.includes('--verbose');
const score = path.join(sharedDir, 'eval', 'score.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'brieflight-eval-'));

/** Scores predictions against gold files with the shared scorer; the figures per language and over all. */
function scoreSet(name: string, gold: { doc: string; json: string }[], preds: Prediction[], extra: string[] = []): { sets: Record<string, Figures>; all: Figures } {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'gold'), { recursive: true });
  for (const g of gold) writeFileSync(path.join(dir, 'gold', `${g.doc}.json`), g.json);
  const pred = path.join(dir, 'pred.jsonl');
  writeFileSync(pred, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const run = spawnSync(process.execPath, [score, '--gold', path.join(dir, 'gold'), '--pred', pred, '--json', ...extra], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`);
  if (verbose && extra.length === 0) {
    const v = spawnSync(process.execPath, [score, '--gold', path.join(dir, 'gold'), '--pred', pred, '--verbose'], { encoding: 'utf8' });
    writeFileSync(path.join(dir, 'verbose.txt'), v.stdout);
    console.log(`  (${name}: misses and wrong items in ${path.join(dir, 'verbose.txt')})`);
  }
  return JSON.parse(run.stdout);
}

const strip = ({ quote: _q, ...rest }: { quote: unknown }) => rest;
function predict(model: BriefModel, doc: string, text: string, lang: string, published: string | null): Prediction {
  const b = briefWith(model, text, lang, { published });
  return { doc, lang, directives: b.directives.map(strip), targets: b.targets.map(strip) };
}

const fmt = (f: Figures) =>
  `directives P ${f.directives.precision.toFixed(3)} R ${f.directives.recall.toFixed(3)} F1 ${f.directives.f1.toFixed(3)} · targets P ${f.targets.precision.toFixed(3)} R ${f.targets.recall.toFixed(3)} F1 ${f.targets.f1.toFixed(3)} · addressee ${f.addresseeAccuracy ?? '-'} · value ${f.valueAccuracy ?? '-'}`;

// (a) Cross-validation by article.
const articles = readLabels().map(labelledArticle);
const predictions: Prediction[] = [];
for (let k = 0; k < SETTINGS.folds; k++) {
  const train = articles.filter((a) => foldOf(a.label.doc, SETTINGS.folds) !== k);
  const model: BriefModel = { trainedOn: { labels: `fold ${k}`, articles: train.length, settings: '' }, languages: {} };
  for (const lang of ['en', 'vi'] as const) model.languages[lang] = trainLanguage(train.filter((a) => a.label.lang === lang));
  for (const a of articles.filter((a) => foldOf(a.label.doc, SETTINGS.folds) === k)) predictions.push(predict(model, a.label.doc, a.read.text, a.label.lang, a.published));
}
const goldOf = (a: LabelledArticle) => ({ doc: a.label.doc, json: JSON.stringify(a.label) });
const cv = scoreSet('cv', articles.map(goldOf), predictions);
console.log('(a) 5-fold cross-validation by article over data/brief/labels');
for (const [lang, f] of Object.entries(cv.sets).sort()) console.log(`  ${lang} (${articles.filter((a) => a.label.lang === lang).length} articles): ${fmt(f)}`);
const categories = [...new Set(articles.map((a) => `${a.label.lang} ${categoryOf(a.label.source)}`))].sort();
for (const cat of categories) {
  const inCat = articles.filter((a) => `${a.label.lang} ${categoryOf(a.label.source)}` === cat);
  const docs = new Set(inCat.map((a) => a.label.doc));
  const f = scoreSet(`cv-${cat.replace(/\W+/g, '-')}`, inCat.map(goldOf), predictions.filter((p) => docs.has(p.doc)), ['--quiet']).all;
  console.log(`    ${cat.padEnd(24)} ${String(inCat.length).padStart(3)}  ${fmt(f)}`);
}
// Articles with no directive at all, in the quiet categories: how many false directives per ten articles.
const quiet = articles.filter((a) => QUIET_CATEGORIES.has(categoryOf(a.label.source)) && a.label.directives.length === 0);
const quietDocs = new Set(quiet.map((a) => a.label.doc));
const falseDirectives = predictions.filter((p) => quietDocs.has(p.doc)).reduce((n, p) => n + p.directives.length, 0);
const perTen = quiet.length ? (10 * falseDirectives) / quiet.length : 0;
console.log(`  articles with no directive (sport, entertainment, tech, travel): ${quiet.length}, ${falseDirectives} false directives = ${perTen.toFixed(2)} per ten articles`);

// (b) The shared gold set, with the shipped model.
const shipped = briefModel.parse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
const goldDir = path.join(sharedDir, 'eval', 'gold');
const gold = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as { doc: string; source: string });
const goldPreds = gold.map((g) => {
  const a = loadArticle(path.join(sharedDir, g.source));
  return predict(shipped, g.doc, a.text, a.lang, a.published);
});
const heldOut = scoreSet('gold', gold.map((g) => ({ doc: g.doc, json: JSON.stringify(g) })), goldPreds);
console.log('(b) the 21 labelled articles of ../shared/eval/gold (never trained on), with data/brief/model.json');
for (const [lang, f] of Object.entries(heldOut.sets).sort()) console.log(`  ${lang}: ${fmt(f)}`);

/**
 * The goals, and the floors CI holds the brief to. The goals are not met yet (see docs/brief-model.md);
 * the floors are the figures of the shipped model less a small margin, so that a change that makes the brief
 * read worse on articles it never learned from fails CI.
 */
const MEASURES: [string, (r: typeof cv) => number | null | undefined, { goal: number; cv: number; gold: number }][] = [
  ['vi directives F1', (r) => r.sets.vi?.directives.f1, { goal: 0.92, cv: 0.65, gold: 0.8 }],
  ['vi targets F1', (r) => r.sets.vi?.targets.f1, { goal: 0.88, cv: 0.56, gold: 0.6 }],
  ['en directives F1', (r) => r.sets.en?.directives.f1, { goal: 0.85, cv: 0.61, gold: 0.66 }],
  ['en targets F1', (r) => r.sets.en?.targets.f1, { goal: 0.8, cv: 0.38, gold: 0.4 }],
  ['addressee accuracy', (r) => r.all.addresseeAccuracy, { goal: 0.85, cv: 0.52, gold: 0.49 }],
  ['value accuracy', (r) => r.all.valueAccuracy, { goal: 0.95, cv: 0.87, gold: 0.95 }],
];
let passed = 0;
let failed = 0;
for (const [set, result, key] of [['(a) cross-validation', cv, 'cv'], ['(b) gold', heldOut, 'gold']] as const) {
  for (const [name, get, levels] of MEASURES) {
    const got = get(result);
    const floor = levels[key];
    const ok = typeof got === 'number' && got >= floor;
    if (ok) passed++;
    else failed++;
    const goal = typeof got === 'number' && got >= levels.goal ? 'goal met' : `goal ${levels.goal} not met`;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${set} ${name} ${got ?? '-'} (floor ≥ ${floor}; ${goal})`);
  }
}
const quietOk = perTen <= QUIET_FALSE_PER_TEN;
if (quietOk) passed++;
else failed++;
console.log(`${quietOk ? 'ok  ' : 'FAIL'} false directives per ten articles with none ${perTen.toFixed(2)} (goal ≤ ${QUIET_FALSE_PER_TEN})`);
console.log(`eval: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
