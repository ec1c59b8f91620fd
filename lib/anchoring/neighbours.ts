// A quote's old neighbours: the stored context, looked for on the page now, as
// evidence of whether the quote's place survives (the page re-ordered) or was
// cut out (the quote removed), when the quote's own text changed too.
import { LIMITS } from './thresholds';
import { bestMatchInWindow, occursWithin } from './edit-distance';
import { prefixSimilarity, suffixSimilarity, type PreparedQuote } from './context';
import { findAll, MAX_SEED_HITS, MIN_PIECE, splitEvenly, type Candidate } from './candidate';


/**
 * Evidence about the quote's old place, from its old neighbours (the stored
 * context) found on the page, each exactly once:
 * - in place: a neighbour still borders the candidate, so the candidate holds
 *   the quote's old place and only the other side changed;
 * - moved: both neighbours are still there, but apart from each other and from
 *   the candidate, so the page was re-ordered rather than cut;
 * - left open: one neighbour is there, away from the candidate, with other text
 *   beside it than the quote's other neighbour, which is still on the page.
 * Without either, a passage that lost both contexts may simply be gone, and a
 * near-copy elsewhere (a teaser, a table of contents, the same sentence with
 * another apostrophe) would be taken for it. Neighbours closed up around the
 * old place mean the quote was cut out there.
 */
export function placeVouched(text: string, quote: PreparedQuote, c: Candidate): boolean {
  const before = neighbour(text, quote.prefix, -1);
  const after = neighbour(text, quote.suffix, 1);
  if (before && after && after.start >= before.end && after.start - before.end <= quote.exact.length + LIMITS.neighbours.cutOutSlack) {
    return before.end <= c.start && c.end <= after.start;
  }
  // (Only a whole side found word for word: part of one, or an approximate
  // one, bordering the candidate may be nothing but the candidate's own
  // context, in a paragraph that repeats a few of the quote's surroundings.)
  const borders = (n: typeof before, gap: number): boolean => !!n && gap >= 0 && gap <= LIMITS.neighbours.border;
  if ((before?.exact && borders(before, c.start - before.end)) || (after?.exact && borders(after, after.start - c.end))) return true;
  // A side mostly intact (a word in it corrected) with the other side's old
  // neighbour found elsewhere: the quote stayed, its other neighbour moved away.
  if (borders(before, c.start - (before?.end ?? 0)) && c.prefixSim >= LIMITS.neighbours.mostlyIntact && after && !borders(after, after.start - c.end)) return true;
  if (borders(after, (after?.start ?? 0) - c.end) && c.suffixSim >= LIMITS.neighbours.mostlyIntact && before && !borders(before, c.start - before.end)) return true;
  if (before && after) return Math.abs(c.start - before.end) > LIMITS.neighbours.cutOutSlack && Math.abs(after.start - c.end) > LIMITS.neighbours.cutOutSlack;
  // One neighbour alone cannot tell a moved quote from a removed one: both
  // leave it without the quote beside it. Unless the old place did not close
  // up, and the other neighbour is somewhere else:
  // - the other neighbour is boilerplate (a reference ending "Retrieved 7
  //   January 2011.") found in several places, none of them next to the first;
  // - or the text beside the neighbour found is not the other old neighbour,
  //   and that one is still on the page in some form (edited, or one of
  //   several look-alikes): a reference list shuffled and an item corrected.
  //   (When the quote's own paragraph held that side, a headline and its
  //   byline, cutting it out removes that side too, and leaves no closed-up
  //   place to see: the side must be found.)
  const found = before ?? after;
  if (!found || Math.abs(before ? c.start - found.end : found.start - c.end) <= LIMITS.neighbours.cutOutSlack) return false;
  const copies = occurrences(text, before ? nearPiece(quote.suffix, 1) : nearPiece(quote.prefix, -1));
  const boilerplateElsewhere =
    copies.length >= 2 &&
    copies.every((at) => (before ? at - found.end : found.start - at) < 0 || Math.abs(before ? at - found.end : found.start - at) > quote.exact.length + LIMITS.neighbours.cutOutSlack);
  if (boilerplateElsewhere) return true;
  const closedUp = before ? suffixSimilarity(text, found.end, quote.suffix) : prefixSimilarity(text, found.start, quote.prefix);
  return closedUp < LIMITS.neighbours.closedUp && somewhere(text, before ? quote.suffix : quote.prefix);
}


/** Whether a side of context occurs on the page, exactly or with a word or two edited. */
function somewhere(text: string, context: string): boolean {
  const whole = context.trim();
  if (whole.replace(/ /g, '').length < LIMITS.neighbours.piece) return false;
  return occursWithin(text, whole, 0, text.length, Math.floor(whole.length * LIMITS.neighbours.errorRate));
}

/** The part of one side of context nearest the quote. */
function nearPiece(context: string, side: -1 | 1): string {
  return (side < 0 ? context.slice(-LIMITS.neighbours.piece) : context.slice(0, LIMITS.neighbours.piece)).trim();
}

/** Where an informative `piece` occurs (up to MAX_SEED_HITS + 1 places). */
function occurrences(text: string, piece: string): number[] {
  if (piece.replace(/ /g, '').length < LIMITS.neighbours.piece / 2) return [];
  return findAll(text, piece, MAX_SEED_HITS);
}




/**
 * Where one side of stored context is on the page now, when it is there
 * exactly once: the whole side, or else its part nearest the quote, or else
 * the whole side with a word or two edited (neighbours get corrected too).
 */
export function neighbour(text: string, context: string, side: -1 | 1, approximate = true): Neighbour | null {
  const whole = context.trim();
  for (const piece of [whole, nearPiece(context, side)]) {
    if (piece.replace(/ /g, '').length < LIMITS.neighbours.piece / 2) continue;
    const at = text.indexOf(piece);
    if (at !== -1) return text.indexOf(piece, at + 1) === -1 ? { start: at, end: at + piece.length, exact: piece === whole, found: true } : null;
  }
  if (!approximate || whole.replace(/ /g, '').length < LIMITS.neighbours.piece) return null;
  const near = uniqueApproximate(text, whole, Math.floor(whole.length * LIMITS.neighbours.errorRate));
  return near && { ...near, exact: false, found: false };
}

/** An old neighbour on the page: `exact` when the whole side is there word for word, `found` when it or its part nearest the quote is. */
export interface Neighbour {
  start: number;
  end: number;
  exact: boolean;
  found: boolean;
}

/** The one place where `piece` occurs with at most `maxErrors` edits; null when none or several. */
function uniqueApproximate(text: string, piece: string, maxErrors: number): { start: number; end: number } | null {
  const n = Math.max(1, Math.min(maxErrors + 1, Math.floor(piece.length / MIN_PIECE)));
  const starts: number[] = [];
  for (const { piece: part, offset } of splitEvenly(piece, n)) {
    const hits = findAll(text, part, MAX_SEED_HITS);
    // A part this common is boilerplate; the other parts say where the neighbour is.
    if (hits.length <= MAX_SEED_HITS) starts.push(...hits.map((at) => at - offset));
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

/**
 * One side of context pins a short quote's place only if that context is
 * found once on the page (a sentence repeated in a summary, "…anomalies with
 * less than 10 entries", brings its context along and the copy would do as
 * well) or nothing else on the page looks like the quote (noLookAlike), and
 * only if the other side's old text is still on the page somewhere: moved
 * away, not deleted along with the quote. (Lorem-ipsum-like text starts its
 * next paragraph with the very words a removed one had in the middle.)
 */
export function oneSidePinsPlace(text: string, quote: PreparedQuote, c: Candidate): boolean {
  const prefixIntact = c.prefixSim >= c.suffixSim;
  const side = (prefixIntact ? quote.prefix : quote.suffix).trim();
  const otherSideThere = () => (prefixIntact ? neighbour(text, quote.suffix, 1) !== null : neighbour(text, quote.prefix, -1) !== null);
  if (uniqueApproximate(text, side, Math.floor(side.length * LIMITS.neighbours.errorRate))) return otherSideThere();
  return otherSideThere() && noLookAlike(text, quote, c);
}


/**
 * An intact side that is boilerplate found in several places ("New Zealand
 * History. Ministry for Culture and Heritage" after every item of a reference
 * list) still pins a short quote's place if nothing else on the page comes
 * close to the quote itself. A sibling taken for the quote (its own item
 * removed) would be a look-alike next to the same boilerplate; a family of
 * such siblings ("Retrieved 26 September 2019." and "…2016.") leaves its
 * other members within the margin, and then this refuses. (A family of two,
 * one of them removed, leaves none: the other side's old text, gone with it,
 * is what refuses then.)
 */
function noLookAlike(text: string, quote: PreparedQuote, c: Candidate): boolean {
  const m = quote.exact.length;
  // (Only short quotes rest on one side; a longer one cannot be searched for in one word: no vouching.)
  if (m > LIMITS.length.short) return false;
  const maxErrors = Math.floor(m * (1 - (c.quoteSim - LIMITS.neighbours.lookAlikeMargin)));
  return !occursWithin(text, quote.exact, 0, c.start, maxErrors) && !occursWithin(text, quote.exact, c.end, text.length, maxErrors);
}

/**
 * The candidate is the quote's old next (or previous) neighbour, moved up into
 * the quote's place after the quote was cut out: its text begins with the
 * stored suffix (or ends with the stored prefix). In a list of look-alikes (the
 * cases of a daily report, a reference list) the neighbour differs from the
 * quote by a number or a name, fits the quote within the edits allowed, and
 * keeps the quote's old context on the side it came from.
 */
export function oldNeighbourMovedUp(text: string, quote: PreparedQuote, c: Candidate): boolean {
  const suffix = quote.suffix.trim();
  const prefix = quote.prefix.trim();
  const informative = (side: string): boolean => side.replace(/ /g, '').length >= LIMITS.neighbours.piece;
  // (Where the quote itself begins like its neighbour, items that all open with
  // the same words, the neighbour's opening says nothing about which is which.)
  const beginsLikeNext = informative(suffix) && text.startsWith(suffix, c.start) && !quote.exact.startsWith(suffix);
  const endsLikePrevious = informative(prefix) && text.endsWith(prefix, c.end) && !quote.exact.endsWith(prefix);
  return beginsLikeNext || endsLikePrevious;
}
