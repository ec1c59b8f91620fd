// `npm run --silent labels:agreement [-- --verbose]`: how far two labellers agree. Each second labelling
// (data/brief/labels-second) is scored against the first (data/brief/labels) with ../shared/eval/score.mjs, and
// the other way round: a directive key stands for its whole sentence (as the brief predicts sentences), a target
// key for itself. Prints F1 per language for directives and targets, and with --verbose every disagreement.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { splitSentences } from '../../lib/brief/text';
import { loadArticle } from '../lib/load';
import { labelsDir, readLabels, secondLabelsDir, type LabelFile } from '../lib/labels';
import { sharedDir } from '../lib/shared';

const verbose = process.argv.includes('--verbose');
const score = path.join(sharedDir, 'eval', 'score.mjs');

/** A labelling as the scorer's prediction: each directive key widened to its sentence. */
function asPrediction(label: LabelFile) {
  const a = loadArticle(path.join(sharedDir, label.source));
  const sentences = splitSentences(a.text, a.lang);
  const sentenceOf = (key: string) => {
    const at = a.text.indexOf(key);
    return sentences.find((s) => s.start <= at && at < s.end)?.text ?? key;
  };
  return {
    doc: label.doc,
    directives: label.directives.map((d) => ({ text: sentenceOf(d.key), addressee: d.addressee })),
    targets: label.targets.map((t) => ({ text: t.key, value: t.value })),
  };
}

function scoreAgainst(gold: LabelFile[], pred: LabelFile[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'brieflight-agreement-'));
  mkdirSync(path.join(dir, 'gold'));
  for (const g of gold) writeFileSync(path.join(dir, 'gold', `${g.doc}.json`), JSON.stringify(g));
  writeFileSync(path.join(dir, 'pred.jsonl'), pred.map((p) => JSON.stringify(asPrediction(p))).join('\n') + '\n');
  const run = (extra: string[]) => spawnSync(process.execPath, [score, '--gold', path.join(dir, 'gold'), '--pred', path.join(dir, 'pred.jsonl'), ...extra], { encoding: 'utf8' });
  if (verbose) process.stdout.write(run(['--verbose']).stdout);
  return JSON.parse(run(['--json']).stdout) as { sets: Record<string, { directives: { f1: number }; targets: { f1: number }; addresseeAccuracy: number | null; valueAccuracy: number | null }> };
}

const second = readLabels(secondLabelsDir);
const first = new Map(readLabels(labelsDir).map((l) => [l.doc, l]));
const pairs = second.filter((s) => first.has(s.doc));
console.log(`${pairs.length} articles labelled twice`);
const a = scoreAgainst(pairs.map((s) => first.get(s.doc)!), pairs);
const b = scoreAgainst(pairs, pairs.map((s) => first.get(s.doc)!));
for (const lang of Object.keys(a.sets).sort()) {
  const x = a.sets[lang]!;
  const y = b.sets[lang]!;
  const mean = (p: number, q: number) => ((p + q) / 2).toFixed(3);
  console.log(
    `${lang}: directives F1 ${mean(x.directives.f1, y.directives.f1)} (${x.directives.f1} / ${y.directives.f1}), ` +
      `targets F1 ${mean(x.targets.f1, y.targets.f1)} (${x.targets.f1} / ${y.targets.f1}), ` +
      `addressee ${x.addresseeAccuracy ?? '-'} / ${y.addresseeAccuracy ?? '-'}, value ${x.valueAccuracy ?? '-'} / ${y.valueAccuracy ?? '-'}`,
  );
}
