import type { Highlight } from '../model/highlight';

/**
 * Words for search, in the form a Dexie multi-entry index stores them: NFC, lower case, Vietnamese
 * diacritics folded (so "giai ngan" finds "giải ngân" and "da nang" finds "Đà Nẵng"), split on
 * anything that is not a letter or a digit, without repeats.
 */

/** The longest word kept: a longer run is a URL or a hash, not something a reader types. */
const MAX_WORD_LENGTH = 40;
/** Words indexed per highlight: enough for a long quote and note, bounded for 100,000 highlights. */
export const MAX_INDEXED_WORDS = 300;

/**
 * Folds text to the form words are compared in. `đ` has no combining mark, so it is mapped by hand;
 * so is `ð` (the Icelandic eth, Ð), which some keyboards and OCR put where Vietnamese Đ belongs.
 */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đð]/g, 'd').normalize('NFC');
}

function* wordsIn(text: string): Generator<string> {
  for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) if (word) yield word.slice(0, MAX_WORD_LENGTH);
}

/** The distinct folded words of the fields, in order of first appearance: at least `minLength` long, at most `cap` of them. */
function distinctWords(fields: readonly string[], minLength = 1, cap = Infinity): string[] {
  const words = new Set<string>();
  for (const field of fields) {
    for (const word of wordsIn(field)) {
      if (word.length < minLength) continue;
      words.add(word);
      if (words.size >= cap) return [...words];
    }
  }
  return [...words];
}

/** Every distinct folded word of the text, in order of first appearance. */
export function searchWords(text: string): string[] {
  return distinctWords([text]);
}

/** The query's words, folded the same way; each must match the start of some word of a highlight. */
export function queryWords(query: string): string[] {
  return searchWords(query);
}

function fieldsOf(h: Highlight, site?: string): string[] {
  // Tags, title and site first: when a very long quote hits the cap, these short fields are still indexed.
  return [h.tags.join(' '), h.title, site ?? '', h.note, h.text];
}

/**
 * The words a highlight is indexed under (multi-entry index). Single letters are left out: every
 * record would have them, and a one-letter query is still checked by matchesQuery on the candidates.
 */
export function wordsOfHighlight(h: Highlight, site?: string): string[] {
  return distinctWords(fieldsOf(h, site), 2, MAX_INDEXED_WORDS);
}

/**
 * The words a highlight is indexed under by itself (database version 3 on): quote, note and tags.
 * The page title and site words are the same for every highlight of a page, so they are indexed
 * once per page (see pageWords) instead of once per highlight. Single letters and digits are
 * indexed too (version 4 on): "y tế", "ở", "8%" are words readers search for whole, and without
 * them such a search read every candidate's record (most of a second at 100,000 highlights).
 * The same cap applies.
 */
export function ownWords(h: Pick<Highlight, 'tags' | 'note' | 'text'>): string[] {
  return distinctWords([h.tags.join(' '), h.note, h.text], 1, MAX_INDEXED_WORDS);
}

/** The words a page is indexed under: its title's and its site's, folded (single letters too, as in ownWords). */
export function pageWords(title: string, site: string): string[] {
  return distinctWords([title, site]);
}

/**
 * True when every query word is the start of some word in the highlight (quote, note, tags, title, site).
 * Works on all words, not only the indexed ones, so it is the final word on what a search shows.
 */
export function matchesQuery(h: Highlight, words: readonly string[], site?: string): boolean {
  if (!words.length) return true;
  const own = new Set<string>();
  for (const field of fieldsOf(h, site)) for (const w of wordsIn(field)) own.add(w);
  return words.every((q) => {
    const needle = foldText(q);
    for (const w of own) if (w.startsWith(needle)) return true;
    return false;
  });
}

/**
 * The query word to ask the index with (`where('words').startsWith(word)`): the longest one, because it
 * narrows the candidates most. Null when no word is long enough to be in the index.
 */
export function indexWordFor(words: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of words) if (w.length >= 2 && (!best || w.length > best.length)) best = w;
  return best;
}
