// A quote's place pinned by its context. Both old neighbours on the page word
// for word, each once, side by side with only the room of the quote between
// them: what lies between is the quote's own text, however much a revision
// edited it ("…shifted management of a lock's lifetime…" now "…shifted the
// management of a guard's lifetime…"), as long as it is still mostly the quote.
// One such neighbour, with a close version of the quote right against it and
// nothing else on the page like the quote, pins it too.
import { prefixSimilarity, similarity, suffixSimilarity, type PreparedQuote } from './context';
import { bestMatchInWindow, distancesFrom, occursWithin } from './edit-distance';
import { isWord, type Candidate } from './candidate';
import { neighbour, oldNeighbourMovedUp } from './neighbours';
import { hasRival } from './quote-alone';

export interface PinnedPlace {
  start: number;
  end: number;
  quoteSim: number;
  /** How many old neighbours border the place. */
  sides: 1 | 2;
}

export interface PinLimits {
  /** Similarity the text between two intact neighbours needs. */
  bothSidesMinSim: number;
  /** How much better the quote must fit part of the gap than all of it to be that part. */
  innerMargin: number;
  /** Similarity the text beside one intact neighbour needs. */
  oneSideMinSim: number;
  /** Characters an edited quote beside one neighbour needs (one edit makes a shorter one another word). */
  oneSideMinEditedLength: number;
  /** Characters an unchanged quote beside one neighbour needs. */
  oneSideMinLength: number;
  /** How much longer than the quote its place may have grown. */
  growth: number;
  /** Similarity of the other side beside the place that shows it edited there, not replaced. */
  otherSideMinSim: number;
  /** Characters of a side compared with the quote's edge to tell list items that open alike. */
  templatePiece: number;
  /** Quotes up to this long are searched for look-alikes in one pass (bit-parallel); longer ones piece by piece. */
  lookAlikeSearchLength: number;
  /** A look-alike this close to the quote elsewhere leaves one side unable to tell them apart. */
  lookAlikeMargin: number;
}

export function pinnedByContext(text: string, quote: PreparedQuote, limits: PinLimits): PinnedPlace | null {
  const m = quote.exact.length;
  // Only neighbours found word for word (the approximate search is left for the checks below).
  const before = neighbour(text, quote.prefix, -1, false);
  const after = neighbour(text, quote.suffix, 1, false);
  if (before && after) {
    let start = before.end;
    let end = after.start;
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    // The quote may have grown, not doubled: a longer gap is other text put in between.
    if (end > start && end - start <= m * limits.growth) {
      const quoteSim = similarity(quote.exact, text.slice(start, end));
      // Other text moved in beside the quote (a paragraph shuffled in): the quote is the part of the gap it fits.
      const inner = betterInside(text, quote, start, end, quoteSim, limits);
      if (inner) return { ...inner, sides: 2 };
      if (quoteSim >= limits.bothSidesMinSim) return { start, end, quoteSim, sides: 2 };
    }
  }
  if (m < limits.oneSideMinLength) return null;
  for (const [side, step] of [[before, 1], [after, -1]] as const) {
    // Only a whole side word for word: part of one may be a repeat of the sentence's ending
    // ("…anomalies with less than 10 entries" in a summary of a removed paragraph).
    if (!side?.exact) continue;
    const place = besideNeighbour(text, quote, step > 0 ? side.end : side.start, step, limits.growth);
    if (!place || place.quoteSim < limits.oneSideMinSim || (place.quoteSim < 1 && m < limits.oneSideMinEditedLength)) continue;
    // The quote fits part of the place much better: it is not right against the neighbour, other text came between.
    if (betterInside(text, quote, place.start, place.end, place.quoteSim, limits)) continue;
    const otherSim = step > 0 ? suffixSimilarity(text, place.end, quote.suffix) : prefixSimilarity(text, place.start, quote.prefix);
    const c: Candidate = { ...place, score: place.quoteSim, prefixSim: step > 0 ? 1 : otherSim, suffixSim: step > 0 ? otherSim : 1 };
    if (oldNeighbourMovedUp(text, quote, c)) continue;
    // The other side was edited beside the quote, or moved away: not cut out with it (a
    // sentence repeated in a summary brings one side of its context along, and only that).
    if (otherSim < limits.otherSideMinSim && !neighbour(text, step > 0 ? quote.suffix : quote.prefix, step > 0 ? 1 : -1)) continue;
    // A whole side intact word for word, found once, tells a long quote's own place from its
    // look-alikes, which have other neighbours; not part of a side, nor in a list whose items
    // open alike (the next item, moved up, has the quote's old neighbour too).
    const templated = quote.suffix.includes(quote.exact.slice(0, limits.templatePiece)) || quote.prefix.includes(quote.exact.slice(-limits.templatePiece));
    const ownContext = side.exact && m > limits.lookAlikeSearchLength && !templated;
    if (!ownContext && lookAlikeElsewhere(text, quote, c, place.quoteSim - limits.lookAlikeMargin, limits.lookAlikeSearchLength)) continue;
    return { ...place, sides: 1 };
  }
  return null;
}

/** Part of [start, end) that fits the quote clearly better than all of it. */
function betterInside(text: string, quote: PreparedQuote, start: number, end: number, sim: number, limits: PinLimits): Omit<PinnedPlace, 'sides'> | null {
  const m = quote.exact.length;
  const inner = bestMatchInWindow(text, quote.exact, start, end, Math.floor(m * (1 - limits.bothSidesMinSim)));
  const innerSim = inner ? 1 - inner.errors / m : 0;
  return inner && innerSim > sim + limits.innerMargin ? { start: inner.start, end: inner.end, quoteSim: innerSim } : null;
}

/** The closest version of the quote right after (step 1) or before (step -1) offset `at`, ending at a word's edge where the quote did. */
function besideNeighbour(text: string, quote: PreparedQuote, at: number, step: 1 | -1, growth: number): Omit<PinnedPlace, 'sides'> | null {
  const q = quote.exact;
  let from = at;
  if (step > 0) while (text[from] === ' ') from++;
  else while (text[from - 1] === ' ') from--;
  const d = distancesFrom(q, text, from, Math.ceil(q.length * growth), step);
  // Where the quote's far edge was a word's edge, the place ends at one too.
  const wordEdge = step > 0 ? isWord(q[q.length - 1]) && !isWord(quote.suffix[0]) : isWord(q[0]) && !isWord(quote.prefix[quote.prefix.length - 1]);
  let best = -1;
  let bestSim = -1;
  for (let j = 1; j < d.length; j++) {
    const edge = step > 0 ? from + j : from - j;
    if (text[step > 0 ? edge - 1 : edge] === ' ') continue;
    if (wordEdge && isWord(text[edge - 1]) && isWord(text[edge])) continue;
    const sim = 1 - d[j]! / Math.max(q.length, j);
    if (sim > bestSim) {
      bestSim = sim;
      best = j;
    }
  }
  if (best < 0) return null;
  return step > 0 ? { start: from, end: from + best, quoteSim: bestSim } : { start: from - best, end: from, quoteSim: bestSim };
}

/** Some other place fits the quote with similarity above `minSim`. */
function lookAlikeElsewhere(text: string, quote: PreparedQuote, c: Candidate, minSim: number, searchLength: number): boolean {
  const m = quote.exact.length;
  if (m > searchLength) return hasRival(text, quote, c, minSim);
  const maxErrors = Math.floor(m * (1 - minSim));
  return occursWithin(text, quote.exact, 0, c.start, maxErrors) || occursWithin(text, quote.exact, c.end, text.length, maxErrors);
}
