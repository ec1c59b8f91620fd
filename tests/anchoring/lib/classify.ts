// Judging one re-anchoring against the ground truth.
import type { TextMatch } from '../../../lib/anchoring/types';
import { normalizeString, toNormalizedOffset } from '../../../lib/anchoring/normalize';
import type { TextIndex } from '../../../lib/anchoring/match-quote';

/**
 * right: anchored where the quote's text now is (spans overlap by ≥ 75% of their union).
 * orphan: not anchored. elsewhere: the quote's text is gone but an identical copy of it
 * exists and was anchored (not wrong: the reader's words are there, just not where they were).
 * wrong: anchored on text that is not the quote's.
 */
export type Outcome = 'right' | 'orphan' | 'elsewhere' | 'copy' | 'wrong';

export function classify(
  truth: { start: number; end: number } | null,
  result: TextMatch | null,
  index: TextIndex,
  quote: string,
): Outcome {
  const text = index.raw;
  if (!result) return 'orphan';
  if (!truth) {
    return normalizeString(text.slice(result.start, result.end)).trim() === normalizeString(quote).trim() ? 'elsewhere' : 'wrong';
  }
  // Measured on normalised text, so a run of layout white space does not outweigh a word.
  const n = (raw: number) => toNormalizedOffset(index.norm, raw);
  const overlap = Math.min(n(truth.end), n(result.end)) - Math.max(n(truth.start), n(result.start));
  const union = Math.max(n(truth.end), n(result.end)) - Math.min(n(truth.start), n(result.start));
  if (overlap > 0 && overlap >= 0.75 * union) return 'right';
  return normalizeString(text.slice(result.start, result.end)).trim() === normalizeString(quote).trim() ? 'copy' : 'wrong';
}

/**
 * Which goal a case counts towards. 'ambiguous': the stored selector (prefix,
 * quote and suffix together) already fitted two places of the original page,
 * as on pages with repeated boxes; no selector-based method can tell those
 * apart, so there landing on an identical copy is not counted wrong.
 */
export type Group = 'survives' | 'edited' | 'removed' | 'ambiguous';

export function groupOf(truth: unknown, editedChars: number, ambiguous: boolean): Group {
  if (!truth) return 'removed';
  if (ambiguous) return 'ambiguous';
  return editedChars > 0 ? 'edited' : 'survives';
}

/** True when prefix + quote + suffix occur more than once in the original text. */
export function isAmbiguous(normalizedOriginal: string, prefix: string, exact: string, suffix: string): boolean {
  const whole = normalizeString(prefix + exact + suffix);
  const first = normalizedOriginal.indexOf(whole);
  return first !== -1 && normalizedOriginal.indexOf(whole, first + 1) !== -1;
}

export interface Tally {
  cases: number;
  right: number;
  orphan: number;
  elsewhere: number;
  copy: number;
  wrong: number;
}

export const emptyTally = (): Tally => ({ cases: 0, right: 0, orphan: 0, elsewhere: 0, copy: 0, wrong: 0 });

export function add(t: Tally, o: Outcome): void {
  t.cases++;
  t[o]++;
}
