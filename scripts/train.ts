// `npm run train`: trains the brief's models from data/brief/labels (the articles read from ../shared) and writes
// data/brief/model.json. Deterministic: the same labels and code give a byte-identical file; `-- --check`
// compares what it would write with the committed file instead.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BriefModel } from '../lib/brief/model';
import { labelledArticle } from './lib/brief-examples';
import { labelsHash, SETTINGS, trainLanguage } from './lib/brief-train';
import { readLabels } from './lib/labels';
import { hasShared, repoRoot } from './lib/shared';

export const MODEL_FILE = path.join(repoRoot, 'data', 'brief', 'model.json');

/** Sorted keys at every level, so the file's bytes depend only on its content. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]));
  return value;
}

export function trainModel(): BriefModel {
  const articles = readLabels().map(labelledArticle);
  const languages: BriefModel['languages'] = {};
  for (const lang of ['en', 'vi'] as const) languages[lang] = trainLanguage(articles.filter((a) => a.label.lang === lang));
  return { trainedOn: { labels: labelsHash(articles), articles: articles.length, settings: JSON.stringify(SETTINGS) }, languages };
}

export function modelJson(model: BriefModel): string {
  return JSON.stringify(stable(model)) + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'train.ts'))) {
  if (!hasShared()) {
    console.error('train: ../shared is missing: the labelled articles are read from ../shared/corpus.');
    process.exit(1);
  }
  const started = Date.now();
  const json = modelJson(trainModel());
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (process.argv.includes('--check')) {
    // CI: the committed weights must be what the committed labels and code train, byte for byte.
    const same = existsSync(MODEL_FILE) && readFileSync(MODEL_FILE, 'utf8') === json;
    console.log(same ? `train: data/brief/model.json is reproduced byte for byte (${secs} s)` : 'train: data/brief/model.json differs from what `npm run train` writes now: train again and commit it');
    console.log(`train: ${same ? 1 : 0} passed, ${same ? 0 : 1} failed`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(MODEL_FILE, json);
  console.log(`train: wrote ${path.relative(process.cwd(), MODEL_FILE)} (${(json.length / 1024).toFixed(0)} KB) in ${secs} s`);
}
