// What a target candidate is: a span of a sentence that a parser read as a quantity or a deadline, with the
// value it stands for. The parsers (quantities.ts, deadlines.ts) find every such span; the model decides which
// are goals someone must reach.
import type { Hit, PhraseIndex } from './lexicon';
import type { Token } from './tokens';

export type Comparator = '>=' | '>' | '<=' | '<' | '=' | '~';

export interface Span {
  kind: 'quantity' | 'deadline';
  /** Tokens [from, to) of the sentence. */
  from: number;
  to: number;
  /** Where the number (or date) itself is, for features. */
  core: number;
  value: number | string | null;
  comparator: Comparator;
  unit: string | null;
  by: string | null;
  /** What the parser read: pct, money, count, bare (quantities); date, month, quarter, year, period, duration, relative, weekday (deadlines). */
  shape: string;
  /** The qualifier or deadline word that opens the span ("tối thiểu", "trước", "by"), if any. */
  lead: string | null;
  /** The upper bound of a range ("từ 11,5 - 12,4%"): kept for the reader, not compared. */
  upper?: number;
}

/** The phrase of `index` that ends right before token `end` (longest first), scanning back at most 5 tokens. */
export function phraseEndingAt(index: PhraseIndex, tokens: readonly Token[], end: number): Hit | null {
  for (let from = Math.max(0, end - 5); from < end; from++) {
    const h = index.at(tokens, from).find((x) => x.to === end);
    if (h) return { tag: h.tag, from, to: end };
  }
  return null;
}
