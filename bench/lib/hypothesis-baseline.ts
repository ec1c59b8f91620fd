// The baseline: what the Hypothesis client does to re-anchor a TextQuote /
// TextPosition pair (src/annotator/anchoring/html.ts and match-quote.ts),
// re-written here for the benchmark. Position first, kept only if its text is
// the quote; otherwise every exact occurrence, or an approximate search with up
// to half the quote's length in errors over the whole text, scored by quote
// (50), prefix (20), suffix (20) and position (2). No minimum score, no
// Unicode or white-space normalisation.
import search from 'approx-string-match';
import type { Selectors } from '../../lib/model/selectors';
import type { TextMatch } from '../../lib/anchoring/types';

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

/** Exact occurrences first (Hypothesis's own shortcut), else approx-string-match. */
function find(text: string, str: string, maxErrors: number): RawMatch[] {
  const exact: RawMatch[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) exact.push({ start: at, end: at + str.length, errors: 0 });
  return exact.length ? exact : search(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (!str.length || !text.length) return 0;
  const first = find(text, str, str.length)[0];
  return first ? 1 - first.errors / str.length : 0;
}

function matchQuote(text: string, quote: string, prefix: string, suffix: string, hint: number): TextMatch | null {
  if (!quote.length) return null;
  const matches = find(text, quote, Math.min(256, quote.length / 2));
  let best: TextMatch | null = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix ? textMatchScore(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? textMatchScore(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = 1 - Math.abs(m.start - hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, method: 'fuzzy', score };
  }
  return best;
}

/** Hypothesis-style anchoring of one highlight in plain text. */
export function hypothesisAnchor(text: string, s: Selectors): TextMatch | null {
  const { start, end } = s.position;
  if (text.slice(start, end) === s.quote.exact) return { start, end, method: 'position', score: 1 };
  return matchQuote(text, s.quote.exact, s.quote.prefix, s.quote.suffix, start);
}
