// Fuzzy re-anchoring for quotes whose text changed a little. Rather than an
// approximate search over the whole page for every quote, we look first in a
// window around the old position, then only around "seeds": places where a
// piece of the quote (or of its context) still occurs exactly. With at most k
// edits, one of k + 1 pieces survives untouched (pigeonhole), so seeds find
// every match a full search would, for pieces long enough to be selective.
import type { Selectors } from '../model/selectors';
import type { TextMatch } from './types';
import type { TextIndex } from './match-quote';
import { bestMatchInWindow, editDistance } from './edit-distance';
import { prefixSimilarity, scoreCandidate, suffixSimilarity, type PreparedQuote } from './context';
import { toNormalizedOffset, toRawSpan } from './normalize';
import { findAll, isWord, MAX_SEED_HITS, MIN_PIECE, splitEvenly, type Candidate } from './candidate';
import { oldNeighbourMovedUp, oneSidePinsPlace } from './neighbours';
import { vouchedByQuote } from './quote-alone';

/** Edits allowed, as a share of the quote's length. */
const MAX_ERROR_RATE = 0.12;
/** Quotes shorter than this are never matched fuzzily: one edit makes them another word. */
const MIN_FUZZY_LENGTH = 8;
/** Minimum weighted score (quote, prefix, suffix, position) for a fuzzy match. */
export const FUZZY_MIN_SCORE = 0.88;
/** Similarity at which one side of context alone vouches for a fuzzy match. */
const ONE_SIDE_INTACT = 0.95;
/** A runner-up scoring within this of the best makes a fuzzy match ambiguous. */
const AMBIGUITY_MARGIN = 0.05;
/** Another place whose text fits the quote within this of the best makes them a family of look-alikes. */
const FAMILY_MARGIN = 0.05;
/**
 * Short quotes must also keep both sides of their context this well, unless
 * one whole side is intact (32 characters right against the quote pin its
 * place however short it is; the other side may have been re-ordered away).
 */
const SHORT_QUOTE_LENGTH = 32;
const SHORT_QUOTE_MIN_CONTEXT = 0.6;
const MAX_WINDOWS = 8;
/** Fits looked for in one window, best first, then on either side of those found. */
const FITS_PER_WINDOW = 6;
/**
 * Each piece costs a scan of the page. Pigeonhole would need k + 1 pieces for
 * k edits, but edits come as a few changed words, so eight spread pieces
 * leave several untouched.
 */
const MAX_PIECES = 8;
const CONTEXT_SEED = 12;
/** How far around the old position the first, cheap window reaches. */
const NEAR_SLACK = 256;

/** Finds a changed quote; null when nothing scores above the acceptance bar. */
export function findFuzzy(index: TextIndex, selectors: Selectors, quote: PreparedQuote): TextMatch | null {
  const m = quote.exact.length;
  if (m < MIN_FUZZY_LENGTH) return null;
  const text = index.norm.text;
  const maxErrors = Math.floor(m * MAX_ERROR_RATE);
  const expected = toNormalizedOffset(index.norm, selectors.position.start);

  // Every place that fits the quote within maxErrors, one per stretch of text.
  const candidates: Candidate[] = [];
  const consider = (c: Candidate | null): void => {
    if (!c) return;
    const i = candidates.findIndex((f) => f.start < c.end && c.start < f.end);
    if (i === -1) candidates.push(c);
    else if (c.score > candidates[i]!.score) candidates[i] = c;
  };
  // A window yields its best fit, then the best fits on either side of it, and
  // so on, up to a few: seeds from neighbouring items of a list merge into one
  // window, and siblings or copies that fit a little better must not hide the
  // quote's own, edited, item (nor the other way round) from the checks below.
  const search = (from: number, to: number): void => {
    const parts: [number, number][] = [[from, to]];
    for (let hits = 0; parts.length && hits < FITS_PER_WINDOW; ) {
      const [a, b] = parts.shift()!;
      if (b - a < m - maxErrors) continue;
      const best = tryWindow(index, quote, expected, a, b, maxErrors);
      if (!best) continue;
      consider(best);
      hits++;
      parts.push([a, best.start], [best.end, b]);
    }
  };
  search(expected - maxErrors - NEAR_SLACK, expected + m + maxErrors + NEAR_SLACK);
  for (const [from, to] of seedWindows(text, quote, maxErrors)) search(from, to);

  const found = candidates.filter((c) => accepted(c, m) && (!restsOnOneSide(c, m) || oneSidePinsPlace(text, quote, c)));
  if (found.length) {
    found.sort((a, b) => b.score - a.score);
    const [best, runnerUp] = found;
    // Two places that fit about as well (list items, repeated boxes) mean the
    // quote's own place may be gone and we would pick a look-alike: orphan it.
    if (!best || (runnerUp && runnerUp.score > best.score - AMBIGUITY_MARGIN)) return null;
    // Another place fits the quote's own text about as well (or better): a
    // family of look-alikes, list items that differ in a year or a word, whose
    // contexts are one another's text. Context then tells them apart only when
    // it is intact on both sides; the best may otherwise be a sibling that slid
    // into the quote's old setting, and the quote its edited self elsewhere.
    // (An exact copy is matchInText's to weigh: it asks for a changed version
    // because it holds one.)
    const family = candidates.some((c) => c !== best && c.quoteSim >= best.quoteSim - FAMILY_MARGIN && c.quoteSim < 1);
    if (family && Math.min(best.prefixSim, best.suffixSim) < 1) return null;
    if (oldNeighbourMovedUp(text, quote, best)) return null;
    return { ...toRawSpan(index.norm, best.start, best.end), method: 'fuzzy', score: best.score };
  }
  const alone = vouchedByQuote(text, quote, candidates);
  if (!alone || oldNeighbourMovedUp(text, quote, alone)) return null;
  return { ...toRawSpan(index.norm, alone.start, alone.end), method: 'fuzzy', score: alone.score };
}

function accepted(c: Candidate, quoteLength: number): boolean {
  if (c.quoteSim < 1 - MAX_ERROR_RATE) return false;
  // Either the weighted score is high, or one whole side of context is intact:
  // 32 characters matching on one side is strong evidence of the place.
  // (One side alone vouches only for a quote at most 10% changed.)
  const oneSideVouches = Math.max(c.prefixSim, c.suffixSim) >= ONE_SIDE_INTACT && c.quoteSim >= 0.9;
  if (c.score < FUZZY_MIN_SCORE && !oneSideVouches) return false;
  if (quoteLength < SHORT_QUOTE_LENGTH && Math.min(c.prefixSim, c.suffixSim) < SHORT_QUOTE_MIN_CONTEXT && !oneSideVouches) return false;
  return true;
}

/** A short quote accepted on the strength of one side of context alone. */
function restsOnOneSide(c: Candidate, quoteLength: number): boolean {
  return quoteLength < SHORT_QUOTE_LENGTH && Math.min(c.prefixSim, c.suffixSim) < SHORT_QUOTE_MIN_CONTEXT;
}

function tryWindow(index: TextIndex, quote: PreparedQuote, expected: number, from: number, to: number, maxErrors: number): Candidate | null {
  const text = index.norm.text;
  const hit = bestMatchInWindow(text, quote.exact, from, to, maxErrors);
  if (!hit) return null;
  // Alignment may swallow a space at either edge; the quote itself was trimmed.
  let { start, end } = hit;
  if (text[start] === ' ') start++;
  if (end > start && text[end - 1] === ' ') end--;
  // Ties in the alignment can stop inside a word ("routes 4 and 1" for a quote
  // that ended "12" and now reads "13"), and a last word replaced by a longer
  // one ("every ten" now "every twenty") aligns cheapest cut short ("every
  // twen"), leaving the rest of the word to spoil the context. Where the quote
  // ended (or began) at a word's edge, take the span out to the whole word: free
  // when that costs no extra edit, and within the edit budget when the quote's
  // edge word itself was changed (a selection of whole words is found as whole
  // words, see sameWordEdges). An edge word still intact stays as it is: the
  // page glued it to its neighbour ("AfricaThere was", blocks without a space),
  // and the quote's text is exactly there.
  const q = quote.exact;
  const firstWord = q.match(/^[\p{L}\p{N}]+/u)?.[0] ?? '';
  const lastWord = q.match(/[\p{L}\p{N}]+$/u)?.[0] ?? '';
  const ends = [end];
  if (lastWord && !isWord(quote.suffix[0]) && isWord(text[end - 1]) && isWord(text[end])) {
    let e = end;
    while (e < end + maxErrors + 1 && isWord(text[e])) e++;
    if (!isWord(text[e])) ends.push(e);
  }
  const starts = [start];
  if (firstWord && !isWord(quote.prefix[quote.prefix.length - 1]) && isWord(text[start]) && isWord(text[start - 1])) {
    let b = start;
    while (b > start - maxErrors - 1 && isWord(text[b - 1])) b--;
    if (!isWord(text[b - 1])) starts.push(b);
  }
  const budget = (s: number, e: number): number =>
    (s !== start && text.startsWith(firstWord, start)) || (e !== end && text.slice(end - lastWord.length, end) === lastWord) ? hit.errors : maxErrors;
  const candidateAt = (s: number, e: number, errors: number): Candidate => {
    const quoteSim = 1 - errors / q.length;
    const prefixSim = prefixSimilarity(text, s, quote.prefix);
    const suffixSim = suffixSimilarity(text, e, quote.suffix);
    const score = scoreCandidate(quoteSim, prefixSim, suffixSim, s - expected, text.length);
    return { start: s, end: e, score, quoteSim, prefixSim, suffixSim };
  };
  // Whole words first (the last start and end tried), the aligner's span last.
  let found: Candidate | null = null;
  search: for (const s of starts.reverse()) {
    for (const e of [...ends].reverse()) {
      const errors = s === start && e === end ? hit.errors : editDistance(q, text.slice(s, e));
      if (errors > budget(s, e)) continue;
      found = candidateAt(s, e, errors);
      break search;
    }
  }
  return found && replacedLastWord(text, quote, found, maxErrors, candidateAt);
}

/**
 * A last word replaced by another ("Department of" now "Department about")
 * can align cheapest by dropping it, leaving the new word to spoil the context
 * after it although that context is intact. Where the quote ended at a word's
 * edge and the span's last word is not the quote's, the span taken out over
 * the next word is tried too, within the edit budget, and kept when it scores
 * better (quote and context together: a last word deleted, not replaced,
 * keeps the shorter span, whose context fits).
 */
function replacedLastWord(
  text: string,
  quote: PreparedQuote,
  c: Candidate,
  maxErrors: number,
  candidateAt: (s: number, e: number, errors: number) => Candidate,
): Candidate {
  const q = quote.exact;
  const lastWord = q.match(/[\p{L}\p{N}]+$/u)?.[0] ?? '';
  if (!lastWord || isWord(quote.suffix[0]) || isWord(text[c.end]) || text.slice(c.end - lastWord.length, c.end) === lastWord) return c;
  let e = c.end;
  if (text[e] === ' ') e++;
  const from = e;
  while (e < c.end + maxErrors + 2 && isWord(text[e])) e++;
  if (e === from || isWord(text[e])) return c;
  const errors = editDistance(q, text.slice(c.start, e));
  if (errors > maxErrors) return c;
  const wider = candidateAt(c.start, e, errors);
  return wider.score > c.score ? wider : c;
}

/** Windows [from, to) around every place a piece of the quote or its context survives. */
function seedWindows(text: string, quote: PreparedQuote, maxErrors: number): [number, number][] {
  const m = quote.exact.length;
  const starts: number[] = [];
  const addHits = (piece: string, toQuoteStart: number): void => {
    if (piece.trim().length < MIN_PIECE - 2) return;
    const hits = findAll(text, piece, MAX_SEED_HITS);
    // A piece this common says nothing about where the quote is.
    if (hits.length <= MAX_SEED_HITS) starts.push(...hits.map((at) => at + toQuoteStart));
  };
  const pieces = Math.max(1, Math.min(maxErrors + 1, MAX_PIECES, Math.floor(m / MIN_PIECE)));
  for (const { piece, offset } of splitEvenly(quote.exact, pieces)) addHits(piece, -offset);
  const prefixSeed = quote.prefix.slice(-CONTEXT_SEED);
  if (prefixSeed.length === CONTEXT_SEED) addHits(prefixSeed, CONTEXT_SEED);
  const suffixSeed = quote.suffix.slice(0, CONTEXT_SEED);
  if (suffixSeed.length === CONTEXT_SEED) addHits(suffixSeed, -m);

  // Merge seeds that point at the same place into one window; windows where
  // more pieces agree are likelier, so they are verified first and the rest dropped.
  starts.sort((a, b) => a - b);
  const windows: { from: number; to: number; seeds: number }[] = [];
  for (const s of starts) {
    const from = s - maxErrors;
    const to = s + m + maxErrors;
    const last = windows[windows.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.seeds++;
    } else windows.push({ from, to, seeds: 1 });
  }
  return windows
    .sort((a, b) => b.seeds - a.seeds)
    .slice(0, MAX_WINDOWS)
    .map((w): [number, number] => [w.from, w.to]);
}
