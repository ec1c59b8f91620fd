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
/**
 * Short quotes must also keep both sides of their context this well, unless
 * one whole side is intact (32 characters right against the quote pin its
 * place however short it is; the other side may have been re-ordered away).
 */
const SHORT_QUOTE_LENGTH = 32;
const SHORT_QUOTE_MIN_CONTEXT = 0.6;
/** A seed piece is at least this long, or it matches everywhere. */
const MIN_PIECE = 6;
/** Pieces that occur more often than this say nothing about where the quote is. */
const MAX_SEED_HITS = 40;
const MAX_WINDOWS = 8;
/**
 * Each piece costs a scan of the page. Pigeonhole would need k + 1 pieces for
 * k edits, but edits come as a few changed words, so eight spread pieces
 * leave several untouched.
 */
const MAX_PIECES = 8;
const CONTEXT_SEED = 12;
/** How far around the old position the first, cheap window reaches. */
const NEAR_SLACK = 256;

interface Candidate {
  start: number;
  end: number;
  score: number;
  quoteSim: number;
  prefixSim: number;
  suffixSim: number;
}

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
  consider(tryWindow(index, quote, expected, expected - maxErrors - NEAR_SLACK, expected + m + maxErrors + NEAR_SLACK, maxErrors));
  for (const [from, to] of seedWindows(text, quote, maxErrors)) consider(tryWindow(index, quote, expected, from, to, maxErrors));

  const found = candidates.filter((c) => accepted(c, m) && (!restsOnOneSide(c, m) || oneSidePinsPlace(text, quote, c)));
  if (found.length) {
    found.sort((a, b) => b.score - a.score);
    const [best, runnerUp] = found;
    // Two places that fit about as well (list items, repeated boxes) mean the
    // quote's own place may be gone and we would pick a look-alike: orphan it.
    if (!best || (runnerUp && runnerUp.score > best.score - AMBIGUITY_MARGIN)) return null;
    return { ...toRawSpan(index.norm, best.start, best.end), method: 'fuzzy', score: best.score };
  }
  const alone = vouchedByQuote(text, quote, candidates);
  return alone ? { ...toRawSpan(index.norm, alone.start, alone.end), method: 'fuzzy', score: alone.score } : null;
}

/**
 * When both sides of context changed too (a reference list re-ordered and one
 * reference corrected), the quote is the only evidence left. It is enough when
 * the quote is not short, nearly intact, nothing else on the page comes close,
 * it keeps the quote's word edges, and the quote's old neighbours show the page
 * was re-ordered rather than cut (placeVouched): a passage 90% the same as the
 * quote, with no rival anywhere, is then the quote's own text edited, not a
 * look-alike. Templated quotes ("Retrieved 7 January 2011.") have rivals.
 */
/** Shorter quotes (a few words) are too easily another passage with the same words. */
const QUOTE_ALONE_MIN_LENGTH = 32;
/** At most one character in ten changed (the edits a revision makes, not another passage). */
const QUOTE_ALONE_MIN_SIM = 0.9;
/** The matched text's length may differ from the quote's by at most this share. */
const QUOTE_ALONE_LENGTH_SLACK = 0.1;
/**
 * Another place fitting the quote within this of the best makes the best one
 * of a look-alike family: if the quote's own place were gone, one sibling would
 * be the best and the next within this margin, so neither can be trusted.
 */
const QUOTE_ALONE_MARGIN = 0.12;

function vouchedByQuote(text: string, quote: PreparedQuote, candidates: readonly Candidate[]): Candidate | null {
  const m = quote.exact.length;
  if (m < QUOTE_ALONE_MIN_LENGTH) return null;
  const ranked = [...candidates].sort((a, b) => b.quoteSim - a.quoteSim);
  const [best, second] = ranked;
  // An exact copy is matchQuote's business (it only reaches here in a contradicting setting).
  if (!best || best.quoteSim < QUOTE_ALONE_MIN_SIM || best.quoteSim >= 1) return null;
  if (Math.abs(best.end - best.start - m) > m * QUOTE_ALONE_LENGTH_SLACK) return null;
  if (!sameWordEdges(text, best, quote)) return null;
  const rivalSim = best.quoteSim - QUOTE_ALONE_MARGIN;
  if (second && second.quoteSim > rivalSim) return null;
  if (!placeVouched(text, quote, best)) return null;
  return hasRival(text, quote, best, rivalSim) ? null : best;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined): boolean => !!c && WORD.test(c);

/**
 * A selection that began at the start of a word is found at the start of a
 * word (and likewise at its end): an alignment that cuts into a word is a
 * different passage that happens to share letters ("Request created" vs "Request (Reque").
 */
function sameWordEdges(text: string, c: Candidate, quote: PreparedQuote): boolean {
  const q = quote.exact;
  const startsWord = isWord(q[0]) && !isWord(quote.prefix[quote.prefix.length - 1]);
  const endsWord = isWord(q[q.length - 1]) && !isWord(quote.suffix[0]);
  if (startsWord && (!isWord(text[c.start]) || isWord(text[c.start - 1]))) return false;
  if (endsWord && (!isWord(text[c.end - 1]) || isWord(text[c.end]))) return false;
  return true;
}

/** Characters of stored context, nearest the quote, looked for on the page as the quote's old neighbours. */
const NEIGHBOUR_PIECE = 16;
/**
 * Old neighbours closer together than the quote's length plus this (in
 * characters) still hold the quote's old place between them: the quote was cut
 * out or rewritten there, and a look-alike elsewhere is not it.
 */
const CUT_OUT_SLACK = 400;

/**
 * Evidence about the quote's old place, from its old neighbours (the stored
 * context) found on the page, each exactly once:
 * - in place: a neighbour still borders the candidate, so the candidate holds
 *   the quote's old place and only the other side changed;
 * - moved: both neighbours are still there, but apart from each other and from
 *   the candidate, so the page was re-ordered rather than cut.
 * Without either, a passage that lost both contexts may simply be gone, and a
 * near-copy elsewhere (a teaser, a table of contents, the same sentence with
 * another apostrophe) would be taken for it. Neighbours closed up around the
 * old place mean the quote was cut out there.
 */
function placeVouched(text: string, quote: PreparedQuote, c: Candidate): boolean {
  const before = neighbour(text, quote.prefix, -1);
  const after = neighbour(text, quote.suffix, 1);
  if (before && after && after.start >= before.end && after.start - before.end <= quote.exact.length + CUT_OUT_SLACK) {
    return before.end <= c.start && c.end <= after.start;
  }
  // (Only a whole side found word for word: part of one, or an approximate
  // one, bordering the candidate may be nothing but the candidate's own
  // context, in a paragraph that repeats a few of the quote's surroundings.)
  const borders = (n: typeof before, gap: number): boolean => !!n && gap >= 0 && gap <= BORDER;
  if ((before?.exact && borders(before, c.start - before.end)) || (after?.exact && borders(after, after.start - c.end))) return true;
  // A side mostly intact (a word in it corrected) with the other side's old
  // neighbour found elsewhere: the quote stayed, its other neighbour moved away.
  if (borders(before, c.start - (before?.end ?? 0)) && c.prefixSim >= MOSTLY_INTACT && after && !borders(after, after.start - c.end)) return true;
  if (borders(after, (after?.start ?? 0) - c.end) && c.suffixSim >= MOSTLY_INTACT && before && !borders(before, c.start - before.end)) return true;
  if (before && after) return Math.abs(c.start - before.end) > CUT_OUT_SLACK && Math.abs(after.start - c.end) > CUT_OUT_SLACK;
  // One neighbour alone cannot tell a moved quote from a removed one: both
  // leave it without the quote beside it. Unless the other neighbour is
  // boilerplate (a reference ending "Retrieved 7 January 2011.") found in
  // several places, none of them next to the first: then the old place did not
  // close up, the other neighbour is somewhere, and the page was re-ordered.
  const found = before ?? after;
  if (!found || Math.abs(before ? c.start - found.end : found.start - c.end) <= CUT_OUT_SLACK) return false;
  const copies = occurrences(text, before ? nearPiece(quote.suffix, 1) : nearPiece(quote.prefix, -1));
  if (copies.length < 2) return false;
  return copies.every((at) => (before ? at - found.end : found.start - at) < 0 || Math.abs(before ? at - found.end : found.start - at) > quote.exact.length + CUT_OUT_SLACK);
}

/** The part of one side of context nearest the quote. */
function nearPiece(context: string, side: -1 | 1): string {
  return (side < 0 ? context.slice(-NEIGHBOUR_PIECE) : context.slice(0, NEIGHBOUR_PIECE)).trim();
}

/** Where an informative `piece` occurs (up to MAX_SEED_HITS + 1 places). */
function occurrences(text: string, piece: string): number[] {
  if (piece.replace(/ /g, '').length < NEIGHBOUR_PIECE / 2) return [];
  const hits: number[] = [];
  for (let at = text.indexOf(piece); at !== -1 && hits.length <= MAX_SEED_HITS; at = text.indexOf(piece, at + 1)) hits.push(at);
  return hits;
}

/**
 * Edits allowed when looking for an old neighbour that was itself corrected:
 * one word in a 32-character context is up to a quarter of it. Only a single
 * such place counts, so a looser fit does not make a neighbour out of boilerplate.
 */
const NEIGHBOUR_ERROR_RATE = 0.25;

/** Similarity of a side of context whose words are mostly in place (one in four changed). */
const MOSTLY_INTACT = 0.75;

/** Characters (a space) that may separate a neighbour from the quote it borders. */
const BORDER = 1;

/**
 * Where one side of stored context is on the page now, when it is there
 * exactly once: the whole side, or else its part nearest the quote, or else
 * the whole side with a word or two edited (neighbours get corrected too).
 */
function neighbour(text: string, context: string, side: -1 | 1): { start: number; end: number; exact: boolean } | null {
  const whole = context.trim();
  for (const piece of [whole, nearPiece(context, side)]) {
    if (piece.replace(/ /g, '').length < NEIGHBOUR_PIECE / 2) continue;
    const at = text.indexOf(piece);
    if (at !== -1) return text.indexOf(piece, at + 1) === -1 ? { start: at, end: at + piece.length, exact: piece === whole } : null;
  }
  if (whole.replace(/ /g, '').length < NEIGHBOUR_PIECE) return null;
  const approximate = uniqueApproximate(text, whole, Math.floor(whole.length * NEIGHBOUR_ERROR_RATE));
  return approximate && { ...approximate, exact: false };
}

/** The one place where `piece` occurs with at most `maxErrors` edits; null when none or several. */
function uniqueApproximate(text: string, piece: string, maxErrors: number): { start: number; end: number } | null {
  const n = Math.max(1, Math.min(maxErrors + 1, Math.floor(piece.length / MIN_PIECE)));
  const size = Math.floor(piece.length / n);
  const starts: number[] = [];
  for (let p = 0; p < n; p++) {
    const part = piece.slice(p * size, p === n - 1 ? piece.length : (p + 1) * size);
    const hits: number[] = [];
    for (let at = text.indexOf(part); at !== -1 && hits.length <= MAX_SEED_HITS; at = text.indexOf(part, at + 1)) hits.push(at - p * size);
    // A part this common is boilerplate; the other parts say where the neighbour is.
    if (hits.length <= MAX_SEED_HITS) starts.push(...hits);
  }
  starts.sort((a, b) => a - b);
  let found: { start: number; end: number } | null = null;
  let last = NaN;
  for (const s of starts) {
    if (s === last) continue;
    last = s;
    const hit = bestMatchInWindow(text, piece, s - maxErrors, s + piece.length + maxErrors, maxErrors);
    if (!hit) continue;
    if (found && (hit.start >= found.end || hit.end <= found.start)) return null;
    found = { start: hit.start, end: hit.end };
  }
  return found;
}

/** Pieces for the rival search: shorter than the seeds, so a rival with more edits still has intact ones. */
const RIVAL_PIECE = 8;
const MAX_RIVAL_PIECES = 24;
/**
 * Places where two or more pieces agree are verified, most agreeing first, up
 * to this many: a rival shares most of the quote's pieces, so it comes first;
 * the long tail shares only the list's boilerplate.
 */
const MAX_RIVAL_WINDOWS = 48;

/**
 * True when some place outside `best` fits the quote with similarity above
 * `minSim`. A piece found very often is not skipped: in a templated list
 * ("Te Ara: The Encyclopedia of New Zealand. Retrieved 9 January 2011.") every
 * piece of the quote may be boilerplate, and then the rivals are exactly the
 * places where several of those pieces line up. Places seen by one common
 * piece only are left out (a common word says nothing); places seen by a rarer
 * piece, or by several pieces together, are checked.
 */
function hasRival(text: string, quote: PreparedQuote, best: Candidate, minSim: number): boolean {
  const m = quote.exact.length;
  const maxErrors = Math.floor(m * (1 - minSim));
  const pieces = Math.max(1, Math.min(maxErrors + 1, MAX_RIVAL_PIECES, Math.floor(m / RIVAL_PIECE)));
  const seeds: { at: number; piece: number; rare: boolean }[] = [];
  const size = Math.floor(m / pieces);
  for (let p = 0; p < pieces; p++) {
    const piece = quote.exact.slice(p * size, p === pieces - 1 ? m : (p + 1) * size);
    const hits: number[] = [];
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      if (at >= best.start - size && at < best.end) continue;
      hits.push(at - p * size);
    }
    const rare = hits.length <= MAX_SEED_HITS;
    for (const at of hits) seeds.push({ at, piece: p, rare });
  }
  seeds.sort((a, b) => a.at - b.at);
  // Seeds that point at the same start, give or take the edits a rival may
  // have (its pieces shift by up to maxErrors either way), share one window;
  // look-alikes side by side in a list stay one window each rather than
  // merging into one window over the whole list (slow to verify).
  const windows: { first: number; from: number; to: number; pieces: Set<number>; rare: boolean }[] = [];
  for (const s of seeds) {
    const last = windows[windows.length - 1];
    if (last && s.at - last.first <= 2 * maxErrors) {
      last.to = s.at + m + maxErrors;
      last.pieces.add(s.piece);
      last.rare ||= s.rare;
    } else windows.push({ first: s.at, from: s.at - maxErrors, to: s.at + m + maxErrors, pieces: new Set([s.piece]), rare: s.rare });
  }
  const agreed = windows
    .filter((w) => w.pieces.size >= 2)
    .sort((a, b) => b.pieces.size - a.pieces.size)
    .slice(0, MAX_RIVAL_WINDOWS);
  for (const { from, to } of [...agreed, ...windows.filter((w) => w.pieces.size < 2 && w.rare)]) {
    // Only text wholly before or after the best match can be a rival.
    for (const [a, b] of [[from, Math.min(to, best.start)], [Math.max(from, best.end), to]] as const) {
      if (b - a < m - maxErrors) continue;
      const hit = bestMatchInWindow(text, quote.exact, a, b, maxErrors);
      if (hit && 1 - hit.errors / m > minSim) return true;
    }
  }
  return false;
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

/**
 * One side of context pins a short quote's place only if that context is
 * found once on the page (a sentence repeated in a summary, "…anomalies with
 * less than 10 entries", brings its context along and the copy would do as
 * well), and only if the other side's old text is still on the page somewhere:
 * moved away, not deleted along with the quote. (Lorem-ipsum-like text starts
 * its next paragraph with the very words a removed one had in the middle.)
 */
function oneSidePinsPlace(text: string, quote: PreparedQuote, c: Candidate): boolean {
  const prefixIntact = c.prefixSim >= c.suffixSim;
  const side = (prefixIntact ? quote.prefix : quote.suffix).trim();
  if (!uniqueApproximate(text, side, Math.floor(side.length * NEIGHBOUR_ERROR_RATE))) return false;
  return prefixIntact ? neighbour(text, quote.suffix, 1) !== null : neighbour(text, quote.prefix, -1) !== null;
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
  // Whole words first (the last start and end tried), the aligner's span last.
  for (const s of starts.reverse()) {
    for (const e of [...ends].reverse()) {
      const errors = s === start && e === end ? hit.errors : editDistance(q, text.slice(s, e));
      if (errors > budget(s, e)) continue;
      const quoteSim = 1 - errors / q.length;
      const prefixSim = prefixSimilarity(text, s, quote.prefix);
      const suffixSim = suffixSimilarity(text, e, quote.suffix);
      const score = scoreCandidate(quoteSim, prefixSim, suffixSim, s - expected, text.length);
      return { start: s, end: e, score, quoteSim, prefixSim, suffixSim };
    }
  }
  return null;
}

/** Windows [from, to) around every place a piece of the quote or its context survives. */
function seedWindows(text: string, quote: PreparedQuote, maxErrors: number): [number, number][] {
  const m = quote.exact.length;
  const starts: number[] = [];
  const addHits = (piece: string, toQuoteStart: number): void => {
    if (piece.trim().length < MIN_PIECE - 2) return;
    const hits: number[] = [];
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      hits.push(at + toQuoteStart);
      if (hits.length > MAX_SEED_HITS) return;
    }
    starts.push(...hits);
  };
  const pieces = Math.max(1, Math.min(maxErrors + 1, MAX_PIECES, Math.floor(m / MIN_PIECE)));
  const size = Math.floor(m / pieces);
  for (let p = 0; p < pieces; p++) addHits(quote.exact.slice(p * size, p === pieces - 1 ? m : (p + 1) * size), -p * size);
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
