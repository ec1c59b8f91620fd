// Fuzzy re-anchoring for quotes whose text changed a little. Rather than an
// approximate search over the whole page for every quote, we look first in a
// window around the old position, then only around "seeds": places where a
// piece of the quote (or of its context) still occurs exactly. With at most k
// edits, one of k + 1 pieces survives untouched (pigeonhole), so seeds find
// every match a full search would, for pieces long enough to be selective.
import { LIMITS } from './thresholds';
import type { Selectors } from '../model/selectors';
import type { TextMatch } from './types';
import type { TextIndex } from './text-index';
import { bestMatchInWindow, editDistance } from './edit-distance';
import { prefixSimilarity, scoreCandidate, suffixSimilarity, type PreparedQuote } from './context';
import { toNormalizedOffset, toRawSpan } from './normalize';
import { findAll, isWord, MAX_SEED_HITS, MIN_PIECE, splitEvenly, type Candidate } from './candidate';
import { oneSidePinsPlace } from './neighbours';


/** Versions of a changed quote on the page: every place that fits within the edits allowed, and those accepted, best first. */
export interface Versions {
  candidates: Candidate[];
  found: Candidate[];
}

/** Searches for versions of the quote (none for quotes too short to search with edits). */
export function searchVersions(index: TextIndex, selectors: Selectors, quote: PreparedQuote): Versions {
  const m = quote.exact.length;
  if (m < LIMITS.length.fuzzyMin) return { candidates: [], found: [] };
  const text = index.norm.text;
  const maxErrors = Math.floor(m * LIMITS.fuzzy.maxEditRate);
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
  // quote's own, edited, item (nor the other way round) from the rules.
  const search = (from: number, to: number): void => {
    const parts: [number, number][] = [[from, to]];
    for (let hits = 0; parts.length && hits < LIMITS.search.fitsPerWindow; ) {
      const [a, b] = parts.shift()!;
      if (b - a < m - maxErrors) continue;
      const best = tryWindow(index, quote, expected, a, b, maxErrors);
      if (!best) continue;
      consider(best);
      hits++;
      parts.push([a, best.start], [best.end, b]);
    }
  };
  search(expected - maxErrors - LIMITS.search.nearSlack, expected + m + maxErrors + LIMITS.search.nearSlack);
  for (const [from, to] of seedWindows(text, quote, maxErrors)) search(from, to);

  const found = candidates.filter((c) => accepted(c, m) && (!restsOnOneSide(c, m) || oneSidePinsPlace(text, quote, c)));
  found.sort((a, b) => b.score - a.score);
  return { candidates, found };
}

/**
 * Another place fits the quote's own text about as well as the best (or better):
 * a family of look-alikes, list items that differ in a year or a word, whose
 * contexts are one another's text. (An exact copy is the exact rules' to weigh.)
 */
export function hasLookAlikeFamily(v: Versions, best: Candidate): boolean {
  return v.candidates.some((c) => c !== best && c.quoteSim >= best.quoteSim - LIMITS.fuzzy.familyMargin && c.quoteSim < 1);
}

/** A version as a match in raw offsets. */
export function versionMatch(index: TextIndex, c: Candidate): TextMatch {
  return { ...toRawSpan(index.norm, c.start, c.end), method: 'fuzzy', score: c.score };
}

function accepted(c: Candidate, quoteLength: number): boolean {
  if (c.quoteSim < 1 - LIMITS.fuzzy.maxEditRate) return false;
  // Either the weighted score is high, or one whole side of context is intact:
  // 32 characters matching on one side is strong evidence of the place.
  // (One side alone vouches only for a quote at most 10% changed.)
  const oneSideVouches = Math.max(c.prefixSim, c.suffixSim) >= LIMITS.fuzzy.oneSideIntact && c.quoteSim >= LIMITS.fuzzy.oneSideQuoteSim;
  if (c.score < LIMITS.fuzzy.minScore && !oneSideVouches) return false;
  if (quoteLength < LIMITS.length.short && Math.min(c.prefixSim, c.suffixSim) < LIMITS.fuzzy.shortMinContext && !oneSideVouches) return false;
  return true;
}

/** A short quote accepted on the strength of one side of context alone. */
function restsOnOneSide(c: Candidate, quoteLength: number): boolean {
  return quoteLength < LIMITS.length.short && Math.min(c.prefixSim, c.suffixSim) < LIMITS.fuzzy.shortMinContext;
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
  const pieces = Math.max(1, Math.min(maxErrors + 1, LIMITS.search.maxPieces, Math.floor(m / MIN_PIECE)));
  for (const { piece, offset } of splitEvenly(quote.exact, pieces)) addHits(piece, -offset);
  const prefixSeed = quote.prefix.slice(-LIMITS.search.contextSeed);
  if (prefixSeed.length === LIMITS.search.contextSeed) addHits(prefixSeed, LIMITS.search.contextSeed);
  const suffixSeed = quote.suffix.slice(0, LIMITS.search.contextSeed);
  if (suffixSeed.length === LIMITS.search.contextSeed) addHits(suffixSeed, -m);

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
    .slice(0, LIMITS.search.maxWindows)
    .map((w): [number, number] => [w.from, w.to]);
}
