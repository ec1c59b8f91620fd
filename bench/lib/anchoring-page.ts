// Runs inside Chromium (bundled by bench/anchoring.ts): picks highlights on the
// page, changes the page the ways the corpus suite does, and times re-anchoring
// with lib/anchoring and with the Hypothesis-style baseline.
import { anchorAll } from '../../lib/anchoring/anchor';
import { buildTextModel } from '../../lib/anchoring/text-model';
import { indexText } from '../../lib/anchoring/match-quote';
import { normalizeString } from '../../lib/anchoring/normalize';
import type { TextMatch } from '../../lib/anchoring/types';
import { leafBlocks } from '../../tests/anchoring/lib/blocks';
import { pickHighlights } from '../../tests/anchoring/lib/pick';
import { mutate, track, truthAfter } from '../../tests/anchoring/lib/mutate';
import { seededRng } from '../../scripts/lib/prng';
import { classify, groupOf, isAmbiguous } from '../../tests/anchoring/lib/classify';
import { hypothesisAnchor } from './hypothesis-baseline';
import { median } from './figures';
import { COMBINED_PLAN, REVISED_PLAN } from '../../tests/anchoring/lib/plan';

/** The changed pages the bench knows: every kind of change at once, or a revision that keeps every quote. */
export const PLANS = { changed: COMBINED_PLAN, revised: REVISED_PLAN } as const;
export type PlanName = keyof typeof PLANS;

export interface PageFigures {
  highlights: number;
  unchangedMs: number;
  unchangedRuns: number[];
  unchangedWrong: number;
  unchangedOrphans: number;
  changedMs: number;
  baselineChangedMs: number;
  /** The baseline's whole pass over the unchanged page (its text read, then every highlight). */
  baselineUnchangedMs: number;
  right: number;
  baselineRight: number;
  wrong: number;
  copies: number;
  baselineCopies: number;
  orphans: number;
  missed: number;
  baselineWrong: number;
  baselineOrphans: number;
  baselineMissed: number;
  expectedOrphans: number;
  mutations: string[];
}

interface Tally {
  right: number;
  wrong: number;
  copies: number;
  orphans: number;
  missed: number;
}



export function runBench(count: number, seed: number, planName: PlanName = 'changed'): PageFigures {
  const PLAN = PLANS[planName];
  const root = document.body;
  const model = buildTextModel(root);
  const blocks = leafBlocks(model);
  const picked = pickHighlights(model, blocks, count, seededRng(seed));
  const selectors = picked.map((h) => h.selectors);
  const normalized = normalizeString(model.text);
  const ambiguous = picked.map(({ selectors: { quote: q } }) => isAmbiguous(normalized, q.prefix, q.exact, q.suffix));

  // Unchanged page: the whole pass, text model included, ours and the baseline's in turn, many
  // times (the first warms the JIT; the machine may be shared, so turns alternate and medians count).
  const runs: number[] = [];
  const baselineRuns: number[] = [];
  let unchanged: (TextMatch | null)[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    unchanged = anchorAll(root, selectors);
    runs.push(performance.now() - t0);
    const t1 = performance.now();
    const text = buildTextModel(root).text;
    for (const s of selectors) hypothesisAnchor(text, s);
    baselineRuns.push(performance.now() - t1);
  }

  const tracked = track(model, blocks, picked);
  const unchangedTally = judge(unchanged, { model, spans: picked.map((h) => ({ start: h.start, end: h.end })) });

  const rng = seededRng(seed + 1);
  for (const [kind, share] of PLAN) {
    // Local changes target a share of the highlights; every highlight's place is still tracked.
    const targets = share >= 1 ? tracked : tracked.filter(() => rng() < share);
    mutate(kind, root, blocks.filter((b) => b.element.isConnected), tracked, rng, targets);
  }
  const truth = truthAfter(root, tracked);

  let ours: (TextMatch | null)[] = [];
  const changedRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    ours = anchorAll(root, selectors);
    changedRuns.push(performance.now() - t0);
  }
  const changedMs = median(changedRuns);

  const t1 = performance.now();
  const text = buildTextModel(root).text;
  const baseline = selectors.map((s) => hypothesisAnchor(text, s));
  const baselineChangedMs = performance.now() - t1;

  const oursTally = judge(ours, truth);
  const baseTally = judge(baseline, truth);
  return {
    highlights: picked.length,
    unchangedMs: median(runs.slice(1)),
    unchangedRuns: runs.map((r) => Math.round(r * 10) / 10),
    unchangedWrong: unchangedTally.wrong,
    unchangedOrphans: unchangedTally.orphans,
    changedMs,
    baselineChangedMs,
    baselineUnchangedMs: median(baselineRuns.slice(1)),
    right: oursTally.right,
    baselineRight: baseTally.right,
    wrong: oursTally.wrong,
    copies: oursTally.copies,
    baselineCopies: baseTally.copies,
    orphans: oursTally.orphans,
    missed: oursTally.missed,
    baselineWrong: baseTally.wrong,
    baselineOrphans: baseTally.orphans,
    baselineMissed: baseTally.missed,
    expectedOrphans: truth.spans.filter((s) => !s).length,
    mutations: PLAN.map(([k, share]) => `${k}${share < 1 ? ` (${share * 100}% of highlights)` : ''}`),
  };

  /** Same rules as the corpus suite: a copy counts as wrong unless the selector was ambiguous. */
  function judge(results: (TextMatch | null)[], t: { model: { text: string }; spans: ({ start: number; end: number } | null)[] }): Tally {
    const index = indexText(t.model.text);
    const tally: Tally = { right: 0, wrong: 0, copies: 0, orphans: 0, missed: 0 };
    results.forEach((r, i) => {
      const span = t.spans[i] ?? null;
      const outcome = classify(span, r, index, selectors[i]!.quote.exact);
      const group = groupOf(span, tracked[i]?.editedChars ?? 0, ambiguous[i]!);
      // As in the corpus suite: wrong = other text; an identical copy elsewhere is counted apart.
      if (outcome === 'right') tally.right++;
      if (outcome === 'wrong') tally.wrong++;
      if (outcome === 'copy' && group !== 'ambiguous') tally.copies++;
      if (outcome === 'orphan') {
        tally.orphans++;
        if (span) tally.missed++;
      }
    });
    return tally;
  }
}

(globalThis as unknown as { runAnchoringBench: typeof runBench }).runAnchoringBench = runBench;
