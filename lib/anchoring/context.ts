// How well a candidate span's surroundings fit the stored prefix and suffix,
// and the quote itself prepared for comparison on normalised text.
import { LIMITS } from './thresholds';
import type { Selectors } from '../model/selectors';
import { editDistance } from './edit-distance';
import { normalizeString } from './normalize';

/** The stored quote and its context, normalised the way page text is. */
export interface PreparedQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Normalises the quote; white space at its edges moves into the context so edges compare fairly. */
export function prepareQuote(selectors: Selectors): PreparedQuote {
  const raw = normalizeString(selectors.quote.exact);
  const exact = raw.trim();
  const lead = raw.startsWith(' ') ? ' ' : '';
  const trail = raw.endsWith(' ') ? ' ' : '';
  return {
    exact,
    prefix: normalizeString(selectors.quote.prefix + lead),
    suffix: normalizeString(trail + selectors.quote.suffix),
  };
}

/** Similarity in [0, 1] of two short strings (1 = equal). */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (!longest) return 1;
  return 1 - editDistance(a, b) / longest;
}


function weighed(sim: number, context: string): number {
  const letters = context.replace(/ /g, '').length;
  const weight = Math.min(1, letters / LIMITS.context.informative);
  return 0.5 + (sim - 0.5) * weight;
}

/** Similarity of the stored prefix with the text just before `start`. */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  return weighed(similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)), prefix);
}

/** Similarity of the stored suffix with the text just after `end`. */
export function suffixSimilarity(text: string, end: number, suffix: string): number {
  return weighed(similarity(suffix, text.slice(end, end + suffix.length)), suffix);
}

/** Cheap context fit: how many characters of prefix and suffix agree, from the quote outwards. */
export function sharedContextLength(text: string, start: number, end: number, q: PreparedQuote): number {
  let n = 0;
  for (let i = 1; i <= q.prefix.length && start - i >= 0; i++) {
    if (text.charCodeAt(start - i) !== q.prefix.charCodeAt(q.prefix.length - i)) break;
    n++;
  }
  for (let i = 0; i < q.suffix.length && end + i < text.length; i++) {
    if (text.charCodeAt(end + i) !== q.suffix.charCodeAt(i)) break;
    n++;
  }
  return n;
}


/** Scores one candidate: quote similarity, both contexts, and closeness to the old position. */
export function scoreCandidate(quoteSim: number, prefixSim: number, suffixSim: number, distance: number, textLength: number): number {
  const pos = textLength ? 1 - Math.min(1, Math.abs(distance) / textLength) : 1;
  return (
    (LIMITS.weights.quote * quoteSim + LIMITS.weights.context * prefixSim + LIMITS.weights.context * suffixSim + LIMITS.weights.position * pos) /
    (LIMITS.weights.quote + 2 * LIMITS.weights.context + LIMITS.weights.position)
  );
}
