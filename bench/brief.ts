// Benchmark of the brief (run by `npm run bench`): Readability's parse vs the brief on the same pages,
// and the brief over every vi-dantri article (median, p95, MB/s, ms per KB small vs large = linear growth).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { computeBrief } from '../lib/brief/index';
import { extractArticle } from '../lib/article/index';
import { parseTxt } from '../scripts/lib/load';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '..', '..', 'shared');
if (!existsSync(shared)) {
  console.error(`bench brief: ${shared} is missing`);
  process.exit(1);
}
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
}
/** Best of n runs: the least disturbed by GC and the scheduler. */
function time(fn: () => void, n: number): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}
const round = (x: number, d = 3) => +x.toFixed(d);

// 1. Readability pages: linkedom parse (reported apart), Readability on a fresh document, brief on its text.
const pagesDir = path.join(shared, 'corpus', 'readability-pages');
const pages = readdirSync(pagesDir).map((d) => path.join(pagesDir, d, 'source.html')).filter(existsSync);
const parseMs: number[] = [];
const readabilityMs: number[] = [];
const pageBriefMs: number[] = [];
const ratios: number[] = [];
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const { document } = parseHTML(html);
  parseMs.push(performance.now() - t0);
  const article = extractArticle(document as unknown as Document, 'https://example.org/');
  if (!article) continue;
  let r = Infinity;
  for (let i = 0; i < 3; i++) {
    const fresh = parseHTML(html).document as unknown as Document; // Readability mutates its document
    const t = performance.now();
    new Readability(fresh).parse();
    r = Math.min(r, performance.now() - t);
  }
  const b = time(() => computeBrief(article.text, article.lang === 'vi' ? 'vi' : 'en'), 5);
  readabilityMs.push(r);
  pageBriefMs.push(b);
  ratios.push(b / r);
}

// 2. Every vi-dantri article.
const viDir = path.join(shared, 'corpus', 'vi-dantri');
const texts = readdirSync(viDir).filter((f) => f.endsWith('.txt')).map((f) => parseTxt(readFileSync(path.join(viDir, f), 'utf8')).text);
for (const t of texts.slice(0, 200)) computeBrief(t, 'vi'); // warm-up
const rows = texts.map((t) => ({ bytes: Buffer.byteLength(t), ms: time(() => computeBrief(t, 'vi'), 3) }));
const totalMs = rows.reduce((a, r) => a + r.ms, 0);
const totalBytes = rows.reduce((a, r) => a + r.bytes, 0);
rows.sort((a, b) => a.bytes - b.bytes);
const tenth = Math.max(1, Math.floor(rows.length / 10));
const perKb = (rs: typeof rows) => rs.reduce((a, r) => a + r.ms, 0) / (rs.reduce((a, r) => a + r.bytes, 0) / 1024);
// A doubled article: growth must stay linear (same ms/KB), even for text far longer than any article.
const big = texts.slice(0, 200).join('\n');
const bigMs = time(() => computeBrief(big, 'vi'), 3);
// A run-on sentence full of triggers (the case a unit test once timed): ms per KB at 1× and 4× the text.
const runOn = 'UBND tỉnh đề nghị các sở cần phải tăng 5% và giao cho Bộ Y tế sẽ đạt 10% trước ngày 1/1/2025, ';
const runOnPerKb = (n: number) => {
  const t = runOn.repeat(n);
  return time(() => computeBrief(t, 'vi'), 3) / (Buffer.byteLength(t) / 1024);
};

const result = {
  pages: readabilityMs.length,
  linkedomParseMedianMs: round(median(parseMs)),
  readabilityMedianMs: round(median(readabilityMs)),
  pageBriefMedianMs: round(median(pageBriefMs)),
  briefToReadability: round(median(ratios), 4),
  articles: rows.length,
  briefMedianMs: round(median(rows.map((r) => r.ms))),
  briefP95Ms: round(quantile(rows.map((r) => r.ms), 0.95)),
  briefMBps: round(totalBytes / 1e6 / (totalMs / 1000), 2),
  msPerKbSmallest: round(perKb(rows.slice(0, tenth)), 4),
  msPerKbLargest: round(perKb(rows.slice(-tenth)), 4),
  msPerKbConcatenated: round(bigMs / (Buffer.byteLength(big) / 1024), 4),
  concatenatedKb: round(Buffer.byteLength(big) / 1024, 0),
  msPerKbRunOn94Kb: round(runOnPerKb(1000), 4),
  msPerKbRunOn376Kb: round(runOnPerKb(4000), 4),
};
console.log(`readability pages: ${result.pages}; linkedom parse median ${result.linkedomParseMedianMs} ms (not counted)`);
console.log(`Readability parse median ${result.readabilityMedianMs} ms; brief on the same text median ${result.pageBriefMedianMs} ms; brief/Readability median ${result.briefToReadability} (goal ≤ 0.1)`);
console.log(`vi-dantri: ${result.articles} articles; brief median ${result.briefMedianMs} ms, p95 ${result.briefP95Ms} ms, ${result.briefMBps} MB/s`);
console.log(`linearity, ms per KB: msPerKbSmallest ${result.msPerKbSmallest} (smallest tenth), msPerKbLargest ${result.msPerKbLargest} (largest tenth), ${result.concatenatedKb} KB concatenated ${result.msPerKbConcatenated}`);
console.log(`run-on sentence, ms per KB: 94 KB ${result.msPerKbRunOn94Kb}, 376 KB ${result.msPerKbRunOn376Kb}`);
mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(path.join(here, 'results', 'brief.json'), JSON.stringify(result, null, 2) + '\n');
if (!(result.briefToReadability <= 0.1)) {
  console.error('bench brief: the brief takes more than 10% of Readability\'s time');
  process.exit(1);
}
