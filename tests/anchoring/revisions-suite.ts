// `npm run anchoring:revisions`: re-anchoring on real revisions of prose
// documents (data/revisions: pairs of versions from public git histories,
// rendered to text). Quotes are sampled on the old version, anchored on the new
// one by Brieflight (matchInText) and by our port of the Hypothesis client's
// matchQuote, and judged against a character diff of old to new
// (lib/revisions/truth.ts). Prints, for both, the outcomes by where the quoted
// text is now, and which rule decided each of Brieflight's cases. Fails on any
// wrong anchor by Brieflight.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { indexText, matchInText, placeOf } from '../../lib/anchoring/match-quote';
import { seededRng, seedOf } from '../../scripts/lib/prng';
import { hypothesisAnchor } from './lib/hypothesis';
import { CLASSES, diffRevision, truthOf, type RevisionClass } from './lib/revisions/truth';
import { sampleQuotes } from './lib/revisions/quotes';
import { judge, OUTCOMES, type RevisionOutcome } from './lib/revisions/judge';
import { decidedBy, printRules } from './lib/decided-by';
import { POLICY } from '../../lib/anchoring/policy';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.resolve(here, '../../data/revisions');
const Manifest = z.object({ pairs: z.array(z.object({ id: z.string(), repo: z.string(), licence: z.string() })) });

type Table = Map<RevisionClass, Record<RevisionOutcome, number>>;
const emptyTable = (): Table => new Map(CLASSES.map((c) => [c, Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<RevisionOutcome, number>]));

const verbose = process.argv.includes('--verbose');
const started = performance.now();
const ours = emptyTable();
const theirs = emptyTable();
const rules = new Map<string, number>();
let cases = 0;
const failures: string[] = [];
const { pairs } = Manifest.parse(JSON.parse(readFileSync(path.join(data, 'manifest.json'), 'utf8')));
// Every case read once: the pair's texts and diff, the quotes and their truth.
const prepared = pairs.map((pair) => {
  const read = (name: string) => readFileSync(path.join(data, pair.id, name), 'utf8');
  const revision = diffRevision(read('old.txt'), read('new.txt'));
  const quotes = sampleQuotes(revision, seededRng(seedOf(pair.id))).map((q) => ({ q, truth: truthOf(revision, q.start, q.end) }));
  return { pair, revision, index: indexText(revision.new), quotes };
});
let hypothesisMs = 0;
let oursMs = 0;
for (const { pair, revision, index, quotes } of prepared) {
  for (const { q, truth } of quotes) {
    const t0 = performance.now();
    const decision = matchInText(revision.new, q.selectors, index);
    const mine = placeOf(decision);
    const t1 = performance.now();
    const hyp = hypothesisAnchor(revision.new, q.selectors);
    hypothesisMs += performance.now() - t1;
    oursMs += t1 - t0;
    cases++;
    const quote = q.selectors.quote.exact;
    const mineOutcome = judge(revision.new, quote, truth, mine);
    ours.get(truth.class)![mineOutcome]++;
    theirs.get(truth.class)![judge(revision.new, quote, truth, hyp)]++;
    const rule = decidedBy(decision);
    rules.set(rule, (rules.get(rule) ?? 0) + 1);
    if (mineOutcome === 'wrong' || (verbose && mineOutcome === 'orphan, text still there')) {
      const show = (s: { start: number; end: number } | null | undefined) => (s ? JSON.stringify(revision.new.slice(s.start, s.end)).slice(0, 160) : '-');
      failures.push(`${mineOutcome} ${truth.class} (${truth.similarity.toFixed(2)}) ${pair.id} ${q.kind}/${q.place} by ${rule}\n   quote ${JSON.stringify(quote).slice(0, 160)}\n   want  ${show(truth.span)}\n   got   ${show(mine)}`);
    }
  }
}

for (const f of failures.slice(0, verbose ? 2000 : 60)) console.log(f);
const cell = (n: number) => String(n).padStart(9);
function printTable(name: string, table: Table): void {
  console.log(`\n${name}`);
  console.log(`${'where the quoted text is now'.padEnd(30)}${'cases'.padStart(7)}${OUTCOMES.map((o) => o.padStart(Math.max(9, o.length + 2))).join('')}`);
  const all = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<RevisionOutcome, number>;
  for (const [cls, row] of table) {
    const n = OUTCOMES.reduce((s, o) => s + row[o], 0);
    OUTCOMES.forEach((o) => (all[o] += row[o]));
    console.log(`${cls.padEnd(30)}${String(n).padStart(7)}${OUTCOMES.map((o) => cell(row[o]).padStart(Math.max(9, o.length + 2))).join('')}`);
  }
  console.log(`${'all'.padEnd(30)}${String(cases).padStart(7)}${OUTCOMES.map((o) => cell(all[o]).padStart(Math.max(9, o.length + 2))).join('')}`);
}
printTable('Brieflight (lib/anchoring matchInText)', ours);
printTable('Hypothesis (our port of the client’s matchQuote)', theirs);
console.log(`\n${pairs.length} pairs (${new Set(pairs.map((p) => p.repo)).size} repositories), ${cases} quotes`);
console.log(`time anchoring: Brieflight ${oursMs.toFixed(0)} ms, Hypothesis ${hypothesisMs.toFixed(0)} ms`);
printRules(rules);

// `--ablate`: each rule taken out in turn, and what that changes (how each rule earns its place).
if (process.argv.includes('--ablate')) {
  console.log('\nwithout each rule (outcome changes, from → to):');
  for (const rule of POLICY) {
    const changes = new Map<string, number>();
    const without = POLICY.filter((r) => r !== rule);
    for (const { revision, index, quotes } of prepared) {
      for (const { q, truth } of quotes) {
        const a = judge(revision.new, q.selectors.quote.exact, truth, placeOf(matchInText(revision.new, q.selectors, index)));
        const b = judge(revision.new, q.selectors.quote.exact, truth, placeOf(matchInText(revision.new, q.selectors, index, without)));
        if (a !== b) changes.set(`${a} → ${b}`, (changes.get(`${a} → ${b}`) ?? 0) + 1);
      }
    }
    console.log(`  ${rule.id.padEnd(34)} ${[...changes].map(([k, n]) => `${n} ${k}`).join('; ') || 'no change'}`);
  }
}

const sum = (t: Table, o: RevisionOutcome, only?: (c: RevisionClass) => boolean) => [...t].filter(([c]) => !only || only(c)).reduce((s, [, row]) => s + row[o], 0);
const survives = (c: RevisionClass) => c !== 'gone';
const wrong = sum(ours, 'wrong');
const rightOurs = sum(ours, 'right', survives);
const rightTheirs = sum(theirs, 'right', survives);
const goals: [string, boolean][] = [[`no wrong anchor (Brieflight: ${wrong})`, wrong === 0]];
for (const [name, ok] of goals) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
// Printed, not yet a gate: where the text survives, Brieflight should find at least as many as Hypothesis.
console.log(`${rightOurs >= rightTheirs ? 'MET ' : 'OPEN'} right where the text survives: Brieflight ${rightOurs}, Hypothesis ${rightTheirs}`);
console.log(`time ${((performance.now() - started) / 1000).toFixed(1)} s`);
const failed = goals.filter(([, ok]) => !ok).length;
console.log(`anchoring revisions: ${goals.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
