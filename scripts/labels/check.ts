// `npm run --silent labels:check [-- FILE...]`: checks every label file (data/brief/labels, data/brief/labels-second)
// against the rubric's format: the schema, the article it names (in the training pool), and every key verbatim
// and unique in the article's text as the brief sees it. Prints one line per problem, a summary by language and
// category, and `N passed, N failed` (files).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../lib/brief/text';
import { docName, loadArticle, type LoadedArticle } from '../lib/load';
import { labelFile, labelsDir, secondLabelsDir, trainPool, type LabelFile } from '../lib/labels';
import { sharedDir } from '../lib/shared';
import { categoryOf } from './categories';

/** The scorer's normalisation (../shared/eval/score.mjs), so "unique" means unique to the scorer too. */
export function norm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'").replace(/[‐‑‒–—―]/g, '-').replace(/\s+/g, ' ').trim();
}

const DEADLINE_VALUE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|P(?:\d+(?:\.\d+)?[YMWD])+(?:T(?:\d+(?:\.\d+)?[HMS])+)?|PT(?:\d+(?:\.\d+)?[HMS])+)$/;

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

const articles = new Map<string, LoadedArticle>();
function article(source: string): LoadedArticle {
  let a = articles.get(source);
  if (!a) {
    a = loadArticle(path.join(sharedDir, source));
    articles.set(source, a);
  }
  return a;
}

/** Problems of one label file: errors fail it, warnings are for the labeller to look at. */
export function checkLabel(file: string, pool: Set<string>, firstLabels?: Map<string, LabelFile>) {
  const errors: string[] = [];
  const warnings: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { errors: [`not JSON: ${(e as Error).message}`], warnings, label: null };
  }
  const parsed = labelFile.safeParse(raw);
  if (!parsed.success) {
    return { errors: parsed.error.issues.map((i) => `schema: ${i.path.join('.') || '(file)'}: ${i.message}`), warnings, label: null };
  }
  const label = parsed.data;
  if (path.basename(file) !== `${label.doc}.json`) errors.push(`the file is named ${path.basename(file)} but its doc is "${label.doc}"`);
  if (!pool.has(label.source)) errors.push(`${label.source} is not in ../shared/eval/train-pool.txt: it may not be labelled`);
  if (docName(label.source) !== label.doc) errors.push(`doc "${label.doc}" does not name its source ${label.source}`);
  if (!existsSync(path.join(sharedDir, label.source))) return { errors: [...errors, `no such article: ${label.source}`], warnings, label };
  const a = article(label.source);
  if (a.lang !== label.lang) errors.push(`lang is "${label.lang}" but the article reads as "${a.lang}"`);
  const text = a.text;
  const normText = norm(text);
  const sentences = splitSentences(text, a.lang);
  const sentenceAt = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);

  const checkKey = (kind: string, key: string): number => {
    if (!text.includes(key.normalize('NFC'))) {
      errors.push(`${kind} key not verbatim in the text: "${key}"`);
      return -1;
    }
    const n = occurrences(normText, norm(key));
    if (n > 1) errors.push(`${kind} key occurs ${n} times in the text, make it longer: "${key}"`);
    return text.indexOf(key.normalize('NFC'));
  };
  const seen = new Set<string>();
  const sentenceOfDirective = new Map<number, string>();
  for (const d of label.directives) {
    if (seen.has(norm(d.key))) errors.push(`directive key given twice: "${d.key}"`);
    seen.add(norm(d.key));
    const words = d.key.split(/\s+/).length;
    if (words < 3 || words > 25) errors.push(`directive key has ${words} words (5 to 15): "${d.key}"`);
    else if (words < 5 || words > 15) warnings.push(`directive key has ${words} words (5 to 15): "${d.key}"`);
    const at = checkKey('directive', d.key);
    if (at >= 0) {
      const s = sentenceAt(at);
      const other = sentenceOfDirective.get(s);
      if (s >= 0 && other !== undefined) errors.push(`two directives in one sentence (one item per sentence): "${other}" and "${d.key}"`);
      if (s >= 0 && !sentences[s]!.text.includes(d.key.normalize('NFC'))) warnings.push(`directive key runs past its sentence: "${d.key}"`);
      sentenceOfDirective.set(s, d.key);
    }
    for (const field of ['addressee', 'issuer'] as const) {
      const v = d[field];
      if (v && !normText.includes(norm(v))) warnings.push(`${field} "${v}" is not written so in the text (fine when it is resolved or inherited)`);
    }
    if (d.required && !d.action) warnings.push(`required directive without an action: "${d.key}"`);
  }
  seen.clear();
  for (const t of label.targets) {
    if (seen.has(norm(t.key))) errors.push(`target key given twice: "${t.key}"`);
    seen.add(norm(t.key));
    checkKey('target', t.key);
    if (t.kind === 'quantity' && t.value !== null && typeof t.value !== 'number') errors.push(`quantity value must be a number: "${t.key}" → ${JSON.stringify(t.value)}`);
    if (t.kind === 'quantity' && t.required && t.value === null) errors.push(`required quantity without a value: "${t.key}"`);
    if (t.kind === 'deadline' && t.value !== null && !(typeof t.value === 'string' && DEADLINE_VALUE.test(t.value))) {
      errors.push(`deadline value must be an ISO date, month, year or duration (2025-06-30, 2025-06, 2025, P14D, PT48H): "${t.key}" → ${JSON.stringify(t.value)}`);
    }
    if (t.by !== null && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t.by)) errors.push(`by must be an ISO date, month or year: "${t.key}" → "${t.by}"`);
  }
  if (firstLabels) {
    const first = firstLabels.get(label.doc);
    if (!first) warnings.push(`a second labelling of ${label.doc}, which has no first labelling in data/brief/labels yet`);
    else if (first.labeller === label.labeller) errors.push(`the second labelling must be by another labeller than "${first.labeller}"`);
  }
  return { errors, warnings, label };
}

function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const quiet = args.includes('--quiet');
  const only = args.filter((a) => !a.startsWith('--')).map((f) => path.resolve(f));
  const pool = trainPool();
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)) : []);
  let passed = 0;
  let failed = 0;
  const first = new Map<string, LabelFile>();
  const counts = new Map<string, { files: number; none: number; directives: number; targets: number }>();
  for (const [dir, second] of [[labelsDir, false], [secondLabelsDir, true]] as const) {
    for (const file of list(dir)) {
      if (only.length && !only.includes(file)) continue;
      let result;
      try {
        result = checkLabel(file, pool, second ? first : undefined);
      } catch (e) {
        result = { errors: [`cannot be checked: ${(e as Error).message}`], warnings: [], label: null };
      }
      const rel = path.relative(process.cwd(), file);
      for (const e of result.errors) console.log(`${rel}: error: ${e}`);
      if (!quiet) for (const w of result.warnings) console.log(`${rel}: warning: ${w}`);
      if (result.errors.length) failed++;
      else passed++;
      if (!result.label) continue;
      if (!second) first.set(result.label.doc, result.label);
      if (second) continue;
      const cat = `${result.label.lang} ${categoryOf(result.label.source)}`;
      const c = counts.get(cat) ?? { files: 0, none: 0, directives: 0, targets: 0 };
      c.files++;
      if (!result.label.directives.length) c.none++;
      c.directives += result.label.directives.length;
      c.targets += result.label.targets.length;
      counts.set(cat, c);
    }
  }
  console.log('\nlabels by language and category (files, with no directive, directives, targets):');
  for (const [cat, c] of [...counts].sort()) console.log(`  ${cat.padEnd(24)} ${String(c.files).padStart(4)} ${String(c.none).padStart(4)} ${String(c.directives).padStart(5)} ${String(c.targets).padStart(5)}`);
  console.log(`second labellings: ${list(secondLabelsDir).length}`);
  console.log(`\nlabels:check: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('labels', 'check.ts'))) main();
