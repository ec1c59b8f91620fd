// The anchoring suite's engine, for any set of pages: pick highlights on each
// page (seeded, so runs repeat), then for each kind of change re-parse the
// page, apply it, track where each quote's text went, anchor against the
// changed text with the DOM-free matchInText, and tally the outcomes by change
// and by what happened to the quote.
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { buildTextModel } from '../../../lib/anchoring/text-model';
import { normalizeString } from '../../../lib/anchoring/normalize';
import { indexText, matchInText, placeOf } from '../../../lib/anchoring/match-quote';
import { decidedBy, printRules } from './decided-by';
import { leafBlocks } from './blocks';
import { pickHighlights } from './pick';
import { MUTATIONS, mutate, track, truthAfter, type Mutation } from './mutate';
import { seededRng, seedOf } from '../../../scripts/lib/prng';
import { add, classify, emptyTally, groupOf, isAmbiguous, type Group, type Tally } from './classify';

export interface SuitePage {
  name: string;
  html: string;
}

export interface SuiteResult {
  byMutation: Map<Mutation, Tally>;
  byGroup: Map<Group, Tally>;
  all: Tally;
  /** Every wrong anchor (and, with `verbose`, every orphan whose text survives), described. */
  failures: string[];
  /** How many cases each rule of the policy decided. */
  rules: Map<string, number>;
}

function bodyOf(html: string): Element {
  const { document } = parseHTML(html);
  return document.body ?? document.documentElement;
}

export function runSuite(pages: Iterable<SuitePage>, highlightsPerPage: number, verbose = false): SuiteResult {
  const byMutation = new Map<Mutation, Tally>(MUTATIONS.map((m) => [m, emptyTally()]));
  const byGroup = new Map<Group, Tally>((['survives', 'edited', 'removed', 'ambiguous'] as const).map((g) => [g, emptyTally()]));
  const failures: string[] = [];
  const rules = new Map<string, number>();

  for (const { name: page, html } of pages) {
    const original = bodyOf(html);
    const model = buildTextModel(original);
    const picked = pickHighlights(model, leafBlocks(model), highlightsPerPage, seededRng(seedOf(page)));
    if (!picked.length) continue;
    const normalizedOriginal = normalizeString(model.text);
    const ambiguous = picked.map(({ selectors: { quote: q } }) => isAmbiguous(normalizedOriginal, q.prefix, q.exact, q.suffix));

    for (const kind of MUTATIONS) {
      const root = bodyOf(html);
      const fresh = buildTextModel(root);
      const blocks = leafBlocks(fresh);
      const tracked = track(fresh, blocks, picked);
      mutate(kind, root, blocks, tracked, seededRng(seedOf(page + kind)));
      const after = truthAfter(root, tracked);
      const index = indexText(after.model.text);
      picked.forEach((h, i) => {
        const truth = after.spans[i] ?? null;
        const decision = matchInText(after.model.text, h.selectors, index);
        const result = placeOf(decision);
        const rule = decidedBy(decision);
        rules.set(rule, (rules.get(rule) ?? 0) + 1);
        const outcome = classify(truth, result, index, h.selectors.quote.exact);
        const group = groupOf(truth, tracked[i]!.editedChars, ambiguous[i]!);
        add(byMutation.get(kind)!, outcome);
        add(byGroup.get(group)!, outcome);
        const bad = outcome === 'wrong' || (outcome === 'orphan' && truth);
        if (bad && (verbose || outcome === 'wrong')) {
          const got = result ? JSON.stringify(after.model.text.slice(result.start, result.end)).slice(0, 120) : '-';
          const want = truth ? JSON.stringify(after.model.text.slice(truth.start, truth.end)).slice(0, 120) : '-';
          failures.push(`${outcome} ${group} ${page} ${kind} ${rule} ${result?.score.toFixed(3) ?? ''}\n   quote ${JSON.stringify(h.selectors.quote.exact).slice(0, 120)}\n   want  ${want}\n   got   ${got}`);
        }
      });
    }
  }
  const all = emptyTally();
  for (const t of byMutation.values()) for (const k of ['cases', 'right', 'orphan', 'elsewhere', 'copy', 'wrong'] as const) all[k] += t[k];
  return { byMutation, byGroup, all, failures, rules };
}

/** The suite's table: outcomes by kind of change, then by what happened to the quote. */
function printTables({ byMutation, byGroup, all, rules }: SuiteResult): void {
  const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(2)}%` : '-');
  const row = (name: string, t: Tally) =>
    `${name.padEnd(18)} ${String(t.cases).padStart(6)} ${String(t.right).padStart(6)} ${String(t.orphan).padStart(7)} ${String(t.elsewhere).padStart(9)} ${String(t.copy).padStart(5)} ${String(t.wrong).padStart(6)}   ${pct(t.right, t.cases)}`;
  console.log(`${'mutation'.padEnd(18)} ${'cases'.padStart(6)} ${'right'.padStart(6)} ${'orphan'.padStart(7)} ${'elsewhere'.padStart(9)} ${'copy'.padStart(5)} ${'wrong'.padStart(6)}   right%`);
  for (const [m, t] of byMutation) console.log(row(m, t));
  console.log('-- by what happened to the quote --');
  for (const [g, t] of byGroup) console.log(row(g, t));
  console.log(row('overall', all));
  printRules(rules);
}

/** Prints each goal as PASS or FAIL and the `anchoring: N passed, N failed` line; returns the failures. */
function reportGoals(goals: [string, boolean][], started: number): number {
  for (const [name, ok] of goals) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
  console.log(`time ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const failed = goals.filter(([, ok]) => !ok).length;
  console.log(`anchoring: ${goals.length - failed} passed, ${failed} failed`);
  return failed;
}

/**
 * A suite's command line: checks that the corpus is there, runs the suite
 * (`--verbose` also lists orphans whose text survives), prints failures and
 * tables, then the goals; exits non-zero when a goal is missed.
 */
export function suiteMain(
  corpus: string,
  pages: () => Iterable<SuitePage>,
  highlightsPerPage: number,
  goals: (result: SuiteResult) => [string, boolean][],
): void {
  if (!existsSync(corpus)) {
    console.error(`corpus not found at ${corpus}`);
    process.exit(2);
  }
  const started = performance.now();
  const verbose = process.argv.includes('--verbose');
  const result = runSuite(pages(), highlightsPerPage, verbose);
  for (const f of result.failures.slice(0, verbose ? 1000 : 60)) console.log(f);
  printTables(result);
  process.exit(reportGoals(goals(result), started) ? 1 : 0);
}
