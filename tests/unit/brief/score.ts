// The matching rules of shared/eval/score.mjs (RUBRIC.md), for scoring the fixtures inside the unit tests.
import type { Brief } from '../../../lib/model/brief';

export interface GoldItem {
  key: string;
  required?: boolean;
  addressee?: string | null;
  kind?: string;
  value?: number | string | null;
}
export interface Gold {
  doc: string;
  lang: string;
  directives: GoldItem[];
  targets: GoldItem[];
}

export const norm = (s: string | null | undefined) =>
  String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const words = (s: string | null | undefined) => new Set(norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
export function sameParty(pred: string | null, gold: string): boolean {
  const g = words(gold);
  const p = words(pred);
  if (!g.size || !p.size) return false;
  let shared = 0;
  for (const w of g) if (p.has(w)) shared++;
  return shared / g.size >= 0.5;
}

interface Tally {
  predicted: number;
  correct: number;
  required: number;
  found: number;
  missed: string[];
  wrong: string[];
  pairs: [{ text: string; addressee?: string | null; value?: number | string }, GoldItem][];
}

function match<P extends { text: string }>(preds: P[], golds: GoldItem[], fits: (p: P, g: GoldItem) => boolean): Tally {
  const used = new Set<number>();
  const t: Tally = { predicted: preds.length, correct: 0, required: 0, found: 0, missed: [], wrong: [], pairs: [] };
  for (const p of preds) {
    const i = golds.findIndex((g, j) => !used.has(j) && fits(p, g));
    if (i < 0) t.wrong.push(p.text);
    else {
      used.add(i);
      t.correct++;
      t.pairs.push([p, golds[i]!]);
    }
  }
  golds.forEach((g, j) => {
    if (g.required === false) return;
    t.required++;
    if (used.has(j)) t.found++;
    else t.missed.push(g.key);
  });
  return t;
}

export const f1 = (t: Tally) => {
  const p = t.predicted ? t.correct / t.predicted : t.required ? 0 : 1;
  const r = t.required ? t.found / t.required : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export function score(brief: Brief, gold: Gold) {
  const directives = match(brief.directives, gold.directives, (p, g) => norm(p.text).includes(norm(g.key)));
  const targets = match(brief.targets, gold.targets, (p, g) => {
    const t = norm(p.text);
    const k = norm(g.key);
    return t.includes(k) || (k.includes(t) && /\d/.test(t));
  });
  return { directives, targets };
}
