// `npm run labels:sample`: which articles of ../shared/eval/train-pool.txt get labelled, and in which batch.
// Deterministic (articles ordered by a hash of their path), so the list can be rebuilt and extended; writes
// data/brief/sample.json. Only the training pool is ever drawn from.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticle } from '../lib/load';
import { trainPool } from '../lib/labels';
import { repoRoot, sharedDir } from '../lib/shared';
import { categoryOf } from './categories';

/**
 * How many articles of each category, round by round: weighted to government, society, business, education and
 * world news. A later round only adds articles (its own batches), so earlier batches never change.
 */
const ROUNDS: Record<string, number>[] = [
  {
    'vi-gov': 172,
    news_society: 50, news_business: 45, news_education: 40, news_world: 35, news_health: 15, news_science: 10,
    news_sport: 22, news_entertainment: 20, news_tech: 18, news_travel: 15,
    bbc_politics: 70, bbc_business: 70, bbc_tech: 25, bbc_entertainment: 20, bbc_sport: 25,
    'readability-pages': 20,
  },
  // Round 2: more of the government news and English politics and business the brief reads most, and more
  // articles of the quiet categories (at least 60 Vietnamese ones with no directive).
  {
    'vi-gov': 140,
    news_sport: 8, news_entertainment: 8, news_tech: 6,
    bbc_politics: 110, bbc_business: 100, bbc_tech: 30,
  },
];
/** Articles per batch, by kind: government articles are long and dense. */
const BATCH = { gov: 35, vi: 34, en: 39 };
const SECOND_SHARE = 0.1;

const rank = (s: string) => createHash('sha256').update(`brieflight-labels\0${s}`).digest('hex');

interface Picked { source: string; lang: 'vi' | 'en'; category: string; batch: string; second?: string }

function main() {
  const pool = [...trainPool()].sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
  const picked: Picked[] = [];
  ROUNDS.forEach((quota, round) => pickRound(pool, quota, round, picked));
  // The agreement sample: every tenth article of each round by rank, labelled again by someone who did not
  // label its batch.
  ROUNDS.forEach((_, round) => {
    const inRound = (p: Picked) => (round ? p.batch.includes(`-r${round + 1}-`) : !/-r\d+-/.test(p.batch));
    for (const lang of ['vi', 'en'] as const) {
      const group = picked.filter((p) => p.lang === lang && inRound(p)).sort((a, b) => (rank(`2\0${a.source}`) < rank(`2\0${b.source}`) ? -1 : 1));
      group.slice(0, Math.round(group.length * SECOND_SHARE)).forEach((p) => (p.second = round ? `second-r${round + 1}-${lang}` : `second-${lang}`));
    }
  });
  picked.sort((a, b) => a.batch.localeCompare(b.batch) || a.source.localeCompare(b.source));
  writeFileSync(path.join(repoRoot, 'data', 'brief', 'sample.json'), JSON.stringify(picked, null, 1) + '\n');
  const by = (f: (p: Picked) => string) => Object.entries(picked.reduce<Record<string, number>>((m, p) => ((m[f(p)] = (m[f(p)] ?? 0) + 1), m), {}));
  console.log(`${picked.length} articles`, Object.fromEntries(by((p) => p.lang)));
  console.log(Object.fromEntries(by((p) => p.batch)));
  console.log(Object.fromEntries(by((p) => p.second ?? '-')));
}

/** Adds one round's articles to `picked`, the next ones by rank in each category, dealt into new batches. */
function pickRound(pool: string[], quota: Record<string, number>, round: number, picked: Picked[]): void {
  const already = new Set(picked.map((p) => p.source));
  const taken = new Map<string, number>();
  const fresh: Picked[] = [];
  for (const source of pool) {
    if (already.has(source)) continue;
    const category = categoryOf(source);
    if ((taken.get(category) ?? 0) >= (quota[category] ?? 0)) continue;
    let lang: 'vi' | 'en' = source.includes('/vi-') ? 'vi' : 'en';
    if (category === 'readability-pages') {
      // Real English pages only, of a length a reader would brief (not the parser's test fixtures).
      const a = loadArticle(path.join(sharedDir, source));
      if (a.lang !== 'en' || a.text.length < 1500 || a.text.length > 30_000 || /lorem ipsum/i.test(a.text)) continue;
      lang = 'en';
    }
    taken.set(category, (taken.get(category) ?? 0) + 1);
    fresh.push({ source, lang, category, batch: '' });
  }
  const kinds: [keyof typeof BATCH, (p: Picked) => boolean][] = [
    ['gov', (p) => p.category === 'vi-gov'],
    ['vi', (p) => p.lang === 'vi' && p.category !== 'vi-gov'],
    ['en', (p) => p.lang === 'en'],
  ];
  for (const [kind, is] of kinds) {
    const group = fresh.filter(is);
    const batches = Math.ceil(group.length / BATCH[kind]);
    // Dealt round-robin so that every batch gets every category.
    group.sort((a, b) => a.category.localeCompare(b.category) || (rank(a.source) < rank(b.source) ? -1 : 1));
    const suffix = round ? `-r${round + 1}` : '';
    group.forEach((p, i) => (p.batch = `${kind}${suffix}-${String((i % batches) + 1).padStart(2, '0')}`));
  }
  picked.push(...fresh);
}
main();
