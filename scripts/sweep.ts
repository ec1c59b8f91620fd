// `npm run sweep`: the brief over every article of ../shared/corpus (vi-dantri, vi-gov, bbc-news) and extractArticle
// + brief over every HTML page.
// No exception is allowed; any failure is listed with its file and makes the exit code non-zero.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { brief as briefSchema } from '../lib/model/brief';
import { computeBrief } from '../lib/brief/index';
import { loadArticle } from './lib/load';
import { sharedDir } from './lib/shared';

const corpus = path.join(sharedDir, 'corpus');
const files: string[] = [];
for (const name of ['vi-dantri', 'vi-gov', 'bbc-news']) {
  const dir = path.join(corpus, name);
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(path.join(dir, f));
}
const pages = path.join(corpus, 'readability-pages');
if (existsSync(pages)) for (const d of readdirSync(pages).sort()) {
  const f = path.join(pages, d, 'source.html');
  if (existsSync(f)) files.push(f);
}
const en = path.join(corpus, 'news-en');
if (existsSync(en)) for (const f of readdirSync(en).sort()) if (f.endsWith('.html')) files.push(path.join(en, f));
if (!files.length) {
  console.error(`sweep: no corpus under ${corpus}`);
  process.exit(1);
}

const t0 = performance.now();
let passed = 0;
let notArticle = 0;
let directives = 0;
let targets = 0;
const langs = new Map<string, number>();
const failures: string[] = [];
for (const file of files) {
  try {
    const a = loadArticle(file);
    if (!a.text) notArticle++;
    const b = computeBrief(a.text, a.lang, { published: a.published });
    const check = briefSchema.safeParse(b);
    if (!check.success) throw new Error(`brief does not fit the schema: ${check.error.issues[0]?.message}`);
    for (const item of [...b.directives, ...b.targets]) {
      if (a.text.normalize('NFC').slice(item.start, item.end) !== item.text) throw new Error(`offsets do not point at "${item.text.slice(0, 40)}"`);
    }
    directives += b.directives.length;
    targets += b.targets.length;
    langs.set(a.lang, (langs.get(a.lang) ?? 0) + 1);
    passed++;
  } catch (e) {
    failures.push(`${path.relative(sharedDir, file)}: ${(e as Error).stack?.split('\n').slice(0, 2).join(' ') ?? e}`);
  }
}
const secs = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`files ${files.length} in ${secs}s; not an article ${notArticle}; directives ${directives}; targets ${targets}`);
console.log(`languages: ${[...langs].map(([l, n]) => `${l} ${n}`).join(', ')}`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`sweep: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
