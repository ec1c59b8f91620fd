// The brief's learned models: linear scorers over feature names, with the weights `npm run train` writes to
// data/brief/model.json, keyed by feature hash. This file only reads weights and adds them up; what they are comes
// from the labels.
import { z } from 'zod';
import type { Features } from './hashing';

export const linearModel = z.object({
  bias: z.number(),
  /** Feature hashes (lib/brief/hashing.ts), ascending, and their weights; features not listed weigh 0. */
  features: z.array(z.number().int().nonnegative()),
  weights: z.array(z.number()),
  /** The probability from which an item is listed (chosen by cross-validation, never on one article). */
  threshold: z.number(),
  /**
   * An article lists directives only when at least `count` of its sentences score `at` or more: one weak
   * "phải" in a match report is not a brief. Chosen by cross-validation with at most one false directive per
   * ten articles that have none.
   */
  gate: z.object({ at: z.number(), count: z.number().int() }).optional(),
});
export type LinearModel = z.infer<typeof linearModel>;
export type Weights = Pick<LinearModel, 'bias' | 'features' | 'weights'>;

export const languageModels = z.object({
  directive: linearModel,
  target: linearModel,
  addressee: linearModel,
});
export type LanguageModels = z.infer<typeof languageModels>;

export const briefModel = z.object({
  /** What trained it: the label set's hash and the trainer's settings, so a stale file is noticed. */
  trainedOn: z.object({ labels: z.string(), articles: z.number(), settings: z.string() }),
  languages: z.record(languageModels),
});
export type BriefModel = z.infer<typeof briefModel>;

/**
 * A model's weights by feature hash, built once per model: an open-addressing table in typed arrays (linear
 * probing, twice as many slots as weights), which reads faster than a Map of numbers.
 */
interface Table {
  keys: Uint32Array;
  values: Float32Array;
  mask: number;
}
const tables = new WeakMap<readonly number[], Table>();
function table(model: Weights): Table {
  let t = tables.get(model.features);
  if (!t) {
    let size = 16;
    while (size < model.features.length * 2) size *= 2;
    t = { keys: new Uint32Array(size), values: new Float32Array(size), mask: size - 1 };
    model.features.forEach((f, i) => {
      const key = f || 1; // 0 marks an empty slot
      let slot = key & t!.mask;
      while (t!.keys[slot] !== 0 && t!.keys[slot] !== key) slot = (slot + 1) & t!.mask;
      t!.keys[slot] = key;
      t!.values[slot] = t!.values[slot]! + model.weights[i]!;
    });
    tables.set(model.features, t);
  }
  return t;
}
function lookup(t: Table, hash: number): number {
  const key = hash || 1;
  for (let slot = key & t.mask; ; slot = (slot + 1) & t.mask) {
    const k = t.keys[slot]!;
    if (k === key) return t.values[slot]!;
    if (k === 0) return 0;
  }
}

/** The weight of one feature hash. */
export const weightOf = (model: Weights, hash: number) => lookup(table(model), hash);

/** The weighted sum of a candidate's features. */
export function score(model: Weights, features: Features): number {
  const t = table(model);
  let sum = model.bias;
  const hashes = features.hashes;
  for (let i = 0; i < hashes.length; i++) sum += lookup(t, hashes[i]!);
  return sum;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The hashes of the features that pushed a score most (for "why is this here?"), strongest first. */
export function strongest(model: Weights, features: Features, n = 3): number[] {
  const t = table(model);
  const top: { h: number; w: number }[] = [];
  for (const h of new Set(features.hashes)) {
    const w = lookup(t, h);
    if (w <= 0 || (top.length === n && w <= top[n - 1]!.w)) continue;
    top.push({ h, w });
    top.sort((a, b) => b.w - a.w || a.h - b.h);
    if (top.length > n) top.pop();
  }
  return top.map(({ h }) => h);
}
