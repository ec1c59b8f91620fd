// Exact evidence: the quote at its stored position, and every exact copy of it
// on the page, with how well each copy's surroundings fit the stored context.
import { LIMITS } from './thresholds';
import type { Selectors } from '../model/selectors';
import type { TextMatch } from './types';
import type { TextIndex } from './text-index';
import { normalizeString, toNormalizedOffset, toRawSpan } from './normalize';
import { prefixSimilarity, scoreCandidate, sharedContextLength, suffixSimilarity, type PreparedQuote } from './context';

/** A long quote only needs one side that does not contradict it. */
const LONG_QUOTE_MIN_CONTEXT = 0;
/** Context similarity of a side intact character for character. */
const WHOLE_SIDE = 1;


export function withoutContext({ context: _, lastResort: __, ...match }: ExactMatch): TextMatch {
  return match;
}

export interface ExactMatch extends TextMatch {
  /** A short quote found once, in a setting that contradicts it: taken only when nothing else fits. */
  lastResort?: boolean;
  /** The better of prefix and suffix similarity. */
  context: number;
}


/** The stored position still holds the quote, and its context agrees (or the quote is distinctive). */
export function matchAtPosition(index: TextIndex, selectors: Selectors, prepared: () => PreparedQuote): TextMatch | null {
  const { start, end } = selectors.position;
  if (end <= start || end > index.raw.length) return null;
  const there = index.raw.slice(start, end);
  // The common case, a revisit of an unchanged page: the very characters, and a quote long enough to need no context.
  if (there === selectors.quote.exact && there.length >= LIMITS.length.distinctive && !/\s\s/.test(there) && there.trim()) return { start, end, method: 'position', score: 1 };
  const quote = prepared();
  if (!quote.exact || normalizeString(there).trim() !== quote.exact) return null;
  if (quote.exact.length < LIMITS.length.distinctive) {
    // A short quote can reappear at the same offset by chance after an edit above it. (Its
    // context is read from the raw text around it: the whole page need not be normalised.)
    const raw = index.raw;
    const quoted = raw.slice(start, end);
    const lead = /^\s*/.exec(quoted)![0];
    const trail = /\s*$/.exec(quoted)![0];
    const before = normalizedNear(raw, start, -1, quote.prefix.length, lead);
    const after = normalizedNear(raw, end, 1, quote.suffix.length, trail);
    const fit = Math.max(prefixSimilarity(before, before.length, quote.prefix), suffixSimilarity(after, 0, quote.suffix));
    if (fit < LIMITS.exact.shortMinContext) return null;
  }
  return { start, end, method: 'position', score: 1 };
}

/**
 * At least `chars` normalised characters of the raw text before (step -1) or after (step 1)
 * offset `at`, with the quote's own edge white space on the quote's side.
 */
function normalizedNear(raw: string, at: number, step: 1 | -1, chars: number, edge: string): string {
  for (let span = 4 * chars + 16; ; span *= 2) {
    const from = step < 0 ? Math.max(0, at - span) : at;
    const to = step < 0 ? at : Math.min(raw.length, at + span);
    const text = normalizeString(step < 0 ? raw.slice(from, to) + edge : edge + raw.slice(from, to));
    // One more character than needed: a window that starts inside a run of white space folds it short.
    if (text.length > chars || (step < 0 ? from === 0 : to === raw.length)) return text;
  }
}

/** Copies of the quote that fit about equally well, and how near the nearest is to the quote's old place. */
export interface Ambiguous {
  ambiguous: true;
  nearestCopy: number;
}

/** All exact occurrences; the one whose context fits best wins, ties go to the nearest. */
export function matchExactly(index: TextIndex, selectors: Selectors, quote: PreparedQuote): ExactMatch | Ambiguous | null {
  const text = index.norm.text;
  const expected = toNormalizedOffset(index.norm, selectors.position.start);
  const found: { start: number; cheap: number }[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    found.push({ start: at, cheap: sharedContextLength(text, at, at + quote.exact.length, quote) });
  }
  if (!found.length) return null;
  found.sort((a, b) => b.cheap - a.cheap || Math.abs(a.start - expected) - Math.abs(b.start - expected));
  const scored = found.slice(0, LIMITS.exact.toScore).map(({ start }) => {
    const end = start + quote.exact.length;
    const pre = prefixSimilarity(text, start, quote.prefix);
    const suf = suffixSimilarity(text, end, quote.suffix);
    return { start, score: scoreCandidate(1, pre, suf, start - expected, text.length), context: Math.max(pre, suf) };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return null;
  // Copies that fit about equally well, none perfectly: the context that told
  // them apart was changed, so any pick would be a guess.
  // One side that still fits clearly better (a paragraph inserted above breaks
  // only the prefix) is evidence enough to choose.
  // So is one whole side intact word for word where every other copy's differs.
  // (Against every copy within the margin, not only the runner-up: in a
  // templated list the runner-up by score may be a copy with a worse side
  // than a third one that keeps a whole side as well as the best does.)
  const rivals = scored.filter((c) => c !== best && c.score > best.score - LIMITS.exact.tieMargin);
  const clearlyBetterSide =
    rivals.every((r) => best.context >= r.context + LIMITS.exact.sideMargin) || (best.context >= WHOLE_SIDE && rivals.every((r) => r.context < WHOLE_SIDE));
  if (rivals.length && best.score < LIMITS.exact.trustedScore && !clearlyBetterSide) return { ambiguous: true, nearestCopy: found.reduce((near, c) => Math.min(near, Math.abs(c.start - expected)), Infinity) };
  // Context that contradicts the quote on both sides means an identical copy
  // in another setting (a headline repeated in a teaser box): not the reader's.
  // Unless it is the only copy of a quote of a few words (a list item whose
  // neighbours were re-ordered away): then it is the reader's text or nothing
  // is, and it stands if no changed version fits better (matchInText).
  const needed = quote.exact.length < LIMITS.length.distinctive ? LIMITS.exact.shortMinContext : LONG_QUOTE_MIN_CONTEXT;
  const lastResort = best.context < needed && found.length === 1 && quote.exact.length >= LIMITS.length.uniqueAlone;
  if (best.context < needed && !lastResort) return null;
  const raw = toRawSpan(index.norm, best.start, best.start + quote.exact.length);
  return { ...raw, method: 'quote', score: best.score, context: best.context, lastResort };
}
