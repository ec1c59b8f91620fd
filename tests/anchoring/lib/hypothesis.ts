// The comparison: what the Hypothesis client does to re-anchor a stored
// TextPositionSelector and TextQuoteSelector in a page's text (its
// src/annotator/anchoring/html.ts and match-quote.ts, read and written again
// here). The position is tried first and kept only if its text is the quote
// exactly; otherwise every exact occurrence of the quote, or when there is none
// an approximate search allowing errors up to half the quote's length (at most
// 256), each scored 50 for the quote, 20 for each side of context and 2 for
// nearness to the old position, the best taken whatever its score.
import approxSearch from 'approx-string-match';
import type { Selectors } from '../../../lib/model/selectors';

export interface HypothesisMatch {
  start: number;
  end: number;
  score: number;
}

interface Found {
  start: number;
  end: number;
  errors: number;
}

/** Exact occurrences when there are any (the library has no such shortcut), else approximate ones. */
function occurrences(text: string, pattern: string, maxErrors: number): Found[] {
  const exact: Found[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) exact.push({ start: at, end: at + pattern.length, errors: 0 });
  return exact.length ? exact : approxSearch(text, pattern, maxErrors);
}

/**
 * Similarity of `text` to `pattern`: from the first match the search reports (as the client
 * does; with errors up to the pattern's length there is always one).
 */
function contextScore(text: string, pattern: string): number {
  if (!pattern.length || !text.length) return 0;
  const first = occurrences(text, pattern, pattern.length)[0];
  return first ? 1 - first.errors / pattern.length : 0;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_ERRORS_CAP = 256;

export function hypothesisMatchQuote(text: string, quote: string, prefix: string, suffix: string, hint: number): HypothesisMatch | null {
  if (!quote.length) return null;
  const found = occurrences(text, quote, Math.min(MAX_ERRORS_CAP, quote.length / 2));
  let best: HypothesisMatch | null = null;
  for (const f of found) {
    const quoteScore = 1 - f.errors / quote.length;
    const prefixScore = prefix ? contextScore(text.slice(Math.max(0, f.start - prefix.length), f.start), prefix) : 1;
    const suffixScore = suffix ? contextScore(text.slice(f.end, f.end + suffix.length), suffix) : 1;
    const positionScore = 1 - Math.abs(f.start - hint) / text.length;
    const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
    const score = (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) / total;
    // The client sorts by score and takes the first: the earliest of equal scores.
    if (!best || score > best.score) best = { start: f.start, end: f.end, score };
  }
  return best;
}

/** The client's anchoring of one highlight in plain text: position if it still holds the quote, else matchQuote. */
export function hypothesisAnchor(text: string, s: Selectors): HypothesisMatch | null {
  const { start, end } = s.position;
  if (text.slice(start, end) === s.quote.exact) return { start, end, score: 1 };
  return hypothesisMatchQuote(text, s.quote.exact, s.quote.prefix, s.quote.suffix, start);
}
