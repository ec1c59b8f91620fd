// Finding a stored quote in plain text, without a DOM: position first, then an
// exact search among all occurrences, then fuzzy. Offsets in and out are raw
// offsets into the text; all comparison happens on its normalised copy.
import type { Selectors } from '../model/selectors';
import type { TextMatch } from './types';
import { normalizeString, normalizeText, toNormalizedOffset, toRawSpan, type NormalizedText } from './normalize';
import {
  prefixSimilarity,
  prepareQuote,
  scoreCandidate,
  sharedContextLength,
  suffixSimilarity,
  type PreparedQuote,
} from './context';
import { findFuzzy } from './fuzzy';

/** A text prepared once for many look-ups (anchoring 500 highlights normalises the page once). */
export interface TextIndex {
  readonly raw: string;
  readonly norm: NormalizedText;
}

/** Prepares `raw` for matching. */
export function indexText(raw: string): TextIndex {
  return { raw, norm: normalizeText(raw) };
}

/**
 * Below this many normalised characters a quote is too common to trust
 * without context: "the state" found elsewhere on the page is not the
 * reader's "the state".
 */
export const DISTINCTIVE_LENGTH = 24;
/**
 * A short quote this long (two or three words) found exactly once on the page
 * is taken even in a contradicting setting, when nothing else fits: shorter
 * ones ("the state") are too likely another passage's words.
 */
const UNIQUE_QUOTE_LENGTH = 16;
/** A short quote needs this much similarity on at least one side of context (0.5 = no evidence). */
const SHORT_QUOTE_MIN_CONTEXT = 0.5;
/** A long quote only needs one side that does not contradict it. */
const LONG_QUOTE_MIN_CONTEXT = 0;
/** Two occurrences whose fit differs by less than this cannot be told apart. */
const AMBIGUITY_MARGIN = 0.03;
/** How much better one side of context must fit to settle a near tie. */
const SIDE_MARGIN = 0.08;
/** Context similarity of a side intact character for character. */
const WHOLE_SIDE = 1;
/**
 * How many occurrences, ranked by a cheap context test, get the full context
 * comparison. The cheap test stops at the first changed character, so a word
 * edited right next to the quote ranks its own place below every copy with
 * untouched boilerplate around it ("Ministry for Culture and Heritage" in a
 * reference list): all copies of a common quote are compared, up to a bound
 * for one-letter quotes on huge pages.
 */
const OCCURRENCES_TO_SCORE = 1000;

/** Finds where `selectors` point in `text` now; null when the quote cannot be found safely (an orphan). */
export function matchInText(text: string, selectors: Selectors, index: TextIndex = indexText(text)): TextMatch | null {
  const quote = prepareQuote(selectors);
  if (!quote.exact) return null;
  const atPosition = matchAtPosition(index, selectors, quote);
  if (atPosition) return atPosition;
  const exact = matchExactly(index, selectors, quote);
  // The quote is on the page, in places we cannot tell apart ("for Culture" in
  // every "Ministry for Culture and Heritage" of a reference list). A changed
  // version elsewhere is no better a guess, unless its context is intact on both
  // sides (the copies tie because none of theirs is) and it is nearer the old
  // place than any copy: then it is the quote's own place, a letter corrected.
  if (exact && 'ambiguous' in exact) {
    const fuzzy = findFuzzy(index, selectors, quote);
    return fuzzy && contextIntact(index, fuzzy, quote) && nearerThan(index, fuzzy, selectors, exact.nearestCopy) ? fuzzy : null;
  }
  if (exact && (exact.score >= TRUSTED_EXACT_SCORE || exact.context >= CONTRADICTING_CONTEXT)) return withoutContext(exact);
  // The quote's exact text is here but in a setting that contradicts it on both
  // sides. If a changed version sits in the right setting, one of the two is a
  // copy (a teaser, a caption, a list neighbour) and nothing tells which: orphan.
  const fuzzy = findFuzzy(index, selectors, quote);
  if (!exact) return fuzzy;
  // A short quote's only copy, in a contradicting setting, is the last resort:
  // a changed version the fuzzy search accepts comes first.
  if (exact.lastResort) return fuzzy ?? withoutContext(exact);
  return fuzzy ? null : withoutContext(exact);
}

/**
 * The match is nearer the quote's old place than any exact copy: on a page that
 * repeats a menu, an edited copy in an intact menu elsewhere must not win over
 * the quote's own, unchanged, in a menu whose surroundings changed.
 */
function nearerThan(index: TextIndex, match: TextMatch, selectors: Selectors, distance: number): boolean {
  return Math.abs(toNormalizedOffset(index.norm, match.start) - toNormalizedOffset(index.norm, selectors.position.start)) < distance;
}

/** Both sides of the stored context are still right against the match, character for character. */
function contextIntact(index: TextIndex, match: TextMatch, quote: PreparedQuote): boolean {
  const text = index.norm.text;
  let start = toNormalizedOffset(index.norm, match.start);
  let end = toNormalizedOffset(index.norm, match.end);
  while (text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return prefixSimilarity(text, start, quote.prefix) >= WHOLE_SIDE && suffixSimilarity(text, end, quote.suffix) >= WHOLE_SIDE;
}

/** Below this on both sides, context speaks against an exact match rather than for it. */
const CONTRADICTING_CONTEXT = 0.5;

function withoutContext({ context: _, lastResort: __, ...match }: ExactMatch): TextMatch {
  return match;
}

interface ExactMatch extends TextMatch {
  /** A short quote found once, in a setting that contradicts it: taken only when nothing else fits. */
  lastResort?: boolean;
  /** The better of prefix and suffix similarity. */
  context: number;
}

/** An exact match scoring this well (context nearly intact) needs no second opinion. */
const TRUSTED_EXACT_SCORE = 0.95;

/** The stored position still holds the quote, and its context agrees (or the quote is distinctive). */
function matchAtPosition(index: TextIndex, selectors: Selectors, quote: PreparedQuote): TextMatch | null {
  const { start, end } = selectors.position;
  if (end <= start || end > index.raw.length) return null;
  if (normalizeString(index.raw.slice(start, end)).trim() !== quote.exact) return null;
  if (quote.exact.length < DISTINCTIVE_LENGTH) {
    // A short quote can reappear at the same offset by chance after an edit above it.
    const ns = toNormalizedOffset(index.norm, start);
    const ne = ns + quote.exact.length;
    const text = index.norm.text;
    const lead = text[ns] === ' ' ? 1 : 0;
    const fit = Math.max(
      prefixSimilarity(text, ns + lead, quote.prefix),
      suffixSimilarity(text, ne + lead, quote.suffix),
    );
    if (fit < SHORT_QUOTE_MIN_CONTEXT) return null;
  }
  return { start, end, method: 'position', score: 1 };
}

/** Copies of the quote that fit about equally well, and how near the nearest is to the quote's old place. */
interface Ambiguous {
  ambiguous: true;
  nearestCopy: number;
}

/** All exact occurrences; the one whose context fits best wins, ties go to the nearest. */
function matchExactly(index: TextIndex, selectors: Selectors, quote: PreparedQuote): ExactMatch | Ambiguous | null {
  const text = index.norm.text;
  const expected = toNormalizedOffset(index.norm, selectors.position.start);
  const found: { start: number; cheap: number }[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    found.push({ start: at, cheap: sharedContextLength(text, at, at + quote.exact.length, quote) });
  }
  if (!found.length) return null;
  found.sort((a, b) => b.cheap - a.cheap || Math.abs(a.start - expected) - Math.abs(b.start - expected));
  const scored = found.slice(0, OCCURRENCES_TO_SCORE).map(({ start }) => {
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
  const rivals = scored.filter((c) => c !== best && c.score > best.score - AMBIGUITY_MARGIN);
  const clearlyBetterSide =
    rivals.every((r) => best.context >= r.context + SIDE_MARGIN) || (best.context >= WHOLE_SIDE && rivals.every((r) => r.context < WHOLE_SIDE));
  if (rivals.length && best.score < TRUSTED_EXACT_SCORE && !clearlyBetterSide) return { ambiguous: true, nearestCopy: found.reduce((near, c) => Math.min(near, Math.abs(c.start - expected)), Infinity) };
  // Context that contradicts the quote on both sides means an identical copy
  // in another setting (a headline repeated in a teaser box): not the reader's.
  // Unless it is the only copy of a quote of a few words (a list item whose
  // neighbours were re-ordered away): then it is the reader's text or nothing
  // is, and it stands if no changed version fits better (matchInText).
  const needed = quote.exact.length < DISTINCTIVE_LENGTH ? SHORT_QUOTE_MIN_CONTEXT : LONG_QUOTE_MIN_CONTEXT;
  const lastResort = best.context < needed && found.length === 1 && quote.exact.length >= UNIQUE_QUOTE_LENGTH;
  if (best.context < needed && !lastResort) return null;
  const raw = toRawSpan(index.norm, best.start, best.start + quote.exact.length);
  return { ...raw, method: 'quote', score: best.score, context: best.context, lastResort };
}
