// What the fuzzy search and the rules that accept its matches share: a candidate
// place for a changed quote, what counts as a word character, and how pieces of
// text are looked for.
import { LIMITS } from './thresholds';

/** A place in the normalised text that fits a changed quote within the edits allowed. */
export interface Candidate {
  start: number;
  end: number;
  score: number;
  quoteSim: number;
  prefixSim: number;
  suffixSim: number;
}

/** A seed piece is at least this long, or it matches everywhere. */
export const MIN_PIECE = LIMITS.search.minPiece;
/** Pieces that occur more often than this say nothing about where the quote is. */
export const MAX_SEED_HITS = LIMITS.search.maxSeedHits;

const WORD = /[\p{L}\p{N}]/u;
export const isWord = (c: string | undefined): boolean => !!c && WORD.test(c);

/**
 * Where `piece` occurs in `text`: every place, or, once there are more than `limit`, the first
 * `limit + 1` (enough to tell that the piece is too common to say where anything is).
 */
export function findAll(text: string, piece: string, limit = Infinity): number[] {
  const hits: number[] = [];
  for (let at = text.indexOf(piece); at !== -1 && hits.length <= limit; at = text.indexOf(piece, at + 1)) hits.push(at);
  return hits;
}

/** `s` cut into `n` pieces of equal length (the last takes the rest), each with where it starts in `s`. */
export function splitEvenly(s: string, n: number): { piece: string; offset: number }[] {
  const size = Math.floor(s.length / n);
  return Array.from({ length: n }, (_, p) => ({ piece: s.slice(p * size, p === n - 1 ? s.length : (p + 1) * size), offset: p * size }));
}
