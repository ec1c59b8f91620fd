// Logistic regression for the brief's models: AdaGrad over sparse binary features, L2-regularised, shuffled
// with a seeded generator so that the same examples always give byte-identical weights.
import { seededRng, shuffled } from './prng';

export interface Example {
  /** Feature hashes (lib/brief/hashing.ts), each once. */
  features: readonly number[];
  /** 1 for a positive, 0 for a negative. */
  y: 0 | 1;
  /** How much the example counts (1 by default). */
  weight?: number;
}

export interface TrainSettings {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer examples are left out. */
  minCount: number;
  seed: number;
  /** Weight of positives relative to negatives (classes are unbalanced). */
  positiveWeight: number;
}

export const DEFAULT_SETTINGS: TrainSettings = { epochs: 12, rate: 0.1, l2: 1e-5, minCount: 2, seed: 1, positiveWeight: 1 };

export interface Trained {
  bias: number;
  features: number[];
  weights: number[];
}

/** The features of a vocabulary with their weights, ascending by hash, rounded; near-zero weights left out. */
function finish(names: readonly number[], w: Float64Array, bias: number): Trained {
  const features: number[] = [];
  const weights: number[] = [];
  names.forEach((f, i) => {
    const v = Math.round(w[i]! * 1e4) / 1e4;
    if (Math.abs(v) >= 1e-3) {
      features.push(f);
      weights.push(v);
    }
  });
  return { bias: Math.round(bias * 1e4) / 1e4, features, weights };
}

/**
 * The features seen in at least minCount of `groups` (an example, or a choice's candidates together), in ascending
 * order so that it never depends on the order of the examples, and a row of vocabulary indices per feature list.
 */
function vocabulary(groups: readonly (readonly number[])[], minCount: number) {
  const counts = new Map<number, number>();
  for (const g of groups) for (const f of new Set(g)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort((a, b) => a - b);
  const id = new Map(names.map((f, i) => [f, i]));
  const row = (features: readonly number[]) => Int32Array.from(features.map((f) => id.get(f) ?? -1).filter((i) => i >= 0));
  return { names, row };
}

export function train(examples: readonly Example[], settings: TrainSettings = DEFAULT_SETTINGS): Trained {
  const { names, row } = vocabulary(examples.map((e) => e.features), settings.minCount);
  const rows = examples.map((e) => row(e.features));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  let bias = 0;
  let bias2 = 1e-8;
  const rand = seededRng(settings.seed);
  const indices = examples.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const k of shuffled(rand, indices)) {
      const e = examples[k]!;
      const row = rows[k]!;
      let z = bias;
      for (let n = 0; n < row.length; n++) z += w[row[n]!]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = (e.weight ?? 1) * (e.y === 1 ? settings.positiveWeight : 1);
      const g = (p - e.y) * weight;
      bias2 += g * g;
      bias -= (settings.rate * g) / Math.sqrt(bias2);
      for (let n = 0; n < row.length; n++) {
        const f = row[n]!;
        const grad = g + settings.l2 * w[f]!;
        g2[f] = g2[f]! + grad * grad;
        w[f] = w[f]! - (settings.rate * grad) / Math.sqrt(g2[f]!);
      }
    }
  }
  return finish(names, w, bias);
}

/** A group of candidates of which exactly one is right (an addressee among a sentence's phrases). */
export interface Choice {
  candidates: readonly (readonly number[])[];
  /** Index of the right candidate. */
  answer: number;
}

/**
 * A linear ranker trained with the softmax loss over each group's candidates (AdaGrad, L2), deterministic as
 * `train` is: the right candidate of a group should outscore the others of the same group.
 */
export function trainRanker(choices: readonly Choice[], settings: TrainSettings = DEFAULT_SETTINGS): Trained {
  const { names, row } = vocabulary(choices.map((c) => c.candidates.flat()), settings.minCount);
  const rows = choices.map((c) => c.candidates.map(row));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  const rand = seededRng(settings.seed);
  const indices = choices.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const k of shuffled(rand, indices)) {
      const group = rows[k]!;
      const z = group.map((row) => {
        let s = 0;
        for (let n = 0; n < row.length; n++) s += w[row[n]!]!;
        return s;
      });
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const sum = e.reduce((a, b) => a + b, 0);
      group.forEach((row, c) => {
        const g = e[c]! / sum - (c === choices[k]!.answer ? 1 : 0);
        for (let n = 0; n < row.length; n++) {
          const f = row[n]!;
          const grad = g + settings.l2 * w[f]!;
          g2[f] = g2[f]! + grad * grad;
          w[f] = w[f]! - (settings.rate * grad) / Math.sqrt(g2[f]!);
        }
      });
    }
  }
  return finish(names, w, 0);
}
