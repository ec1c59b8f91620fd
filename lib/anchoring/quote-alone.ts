// The last resort for a changed quote that lost both sides of its context: the
// quote alone, when it is long, nearly intact, has no rival on the page, and its
// old neighbours show the page was re-ordered rather than the quote cut out.
import { LIMITS } from './thresholds';
import { bestMatchInWindow } from './edit-distance';
import type { PreparedQuote } from './context';
import { findAll, isWord, MAX_SEED_HITS, splitEvenly, type Candidate } from './candidate';
import { placeVouched } from './neighbours';

/**
 * When both sides of context changed too (a reference list re-ordered and one
 * reference corrected), the quote is the only evidence left. It is enough when
 * the quote is not short, nearly intact, nothing else on the page comes close,
 * it keeps the quote's word edges, and the quote's old neighbours show the page
 * was re-ordered rather than cut (placeVouched): a passage 90% the same as the
 * quote, with no rival anywhere, is then the quote's own text edited, not a
 * look-alike. Templated quotes ("Retrieved 7 January 2011.") have rivals.
 */

export function vouchedByQuote(text: string, quote: PreparedQuote, candidates: readonly Candidate[]): Candidate | null {
  const m = quote.exact.length;
  if (m < LIMITS.length.short) return null;
  const ranked = [...candidates].sort((a, b) => b.quoteSim - a.quoteSim);
  const [best, second] = ranked;
  // An exact copy is matchQuote's business (it only reaches here in a contradicting setting).
  if (!best || best.quoteSim < LIMITS.alone.minSim || best.quoteSim >= 1) return null;
  if (Math.abs(best.end - best.start - m) > m * LIMITS.alone.lengthSlack) return null;
  if (!sameWordEdges(text, best, quote)) return null;
  const rivalSim = best.quoteSim - LIMITS.alone.rivalMargin;
  if (second && second.quoteSim > rivalSim) return null;
  if (!placeVouched(text, quote, best)) return null;
  return hasRival(text, quote, best, rivalSim) ? null : best;
}


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


/**
 * True when some place outside `best` fits the quote with similarity above
 * `minSim`. A piece found very often is not skipped: in a templated list
 * ("Te Ara: The Encyclopedia of New Zealand. Retrieved 9 January 2011.") every
 * piece of the quote may be boilerplate, and then the rivals are exactly the
 * places where several of those pieces line up. Places seen by one common
 * piece only are left out (a common word says nothing); places seen by a rarer
 * piece, or by several pieces together, are checked.
 */
export function hasRival(text: string, quote: PreparedQuote, best: Candidate, minSim: number): boolean {
  const m = quote.exact.length;
  const maxErrors = Math.floor(m * (1 - minSim));
  const pieces = Math.max(1, Math.min(maxErrors + 1, LIMITS.search.maxRivalPieces, Math.floor(m / LIMITS.search.rivalPiece)));
  const seeds: { at: number; piece: number; rare: boolean }[] = [];
  const size = Math.floor(m / pieces);
  splitEvenly(quote.exact, pieces).forEach(({ piece, offset }, p) => {
    const hits = findAll(text, piece).filter((at) => at < best.start - size || at >= best.end);
    const rare = hits.length <= MAX_SEED_HITS;
    for (const at of hits) seeds.push({ at: at - offset, piece: p, rare });
  });
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
    .slice(0, LIMITS.search.maxRivalWindows);
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
