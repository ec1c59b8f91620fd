// What the fuzzy search and the rules that accept its matches share: a candidate
// place for a changed quote, and what counts as a word character.

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
export const MIN_PIECE = 6;
/** Pieces that occur more often than this say nothing about where the quote is. */
export const MAX_SEED_HITS = 40;

const WORD = /[\p{L}\p{N}]/u;
export const isWord = (c: string | undefined): boolean => !!c && WORD.test(c);
