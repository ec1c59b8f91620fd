// One re-anchoring on a real revision, judged against the diff's truth.
import type { Truth } from './truth';

export type RevisionOutcome = 'right' | 'wrong' | 'partial' | 'copy elsewhere' | 'orphan, text still there' | 'correct orphan';
export const OUTCOMES: readonly RevisionOutcome[] = ['right', 'wrong', 'partial', 'copy elsewhere', 'orphan, text still there', 'correct orphan'];

/** Share of the union two spans must share to be the same place. */
const SAME_PLACE = 0.75;
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * right: on the quote's text now (≥ 75% overlap); partial: overlapping it, or for a quote
 * whose text is gone, overlapping what its characters became; copy elsewhere: on an
 * identical copy of the quote at another place; wrong: on other text.
 */
export function judge(newText: string, quote: string, truth: Truth, got: { start: number; end: number } | null): RevisionOutcome {
  if (!got) return truth.class === 'gone' ? 'correct orphan' : 'orphan, text still there';
  const t = truth.span;
  if (t) {
    const overlap = Math.min(t.end, got.end) - Math.max(t.start, got.start);
    const union = Math.max(t.end, got.end) - Math.min(t.start, got.start);
    if (truth.class !== 'gone' && overlap > 0 && overlap >= SAME_PLACE * union) return 'right';
    if (overlap > 0) return 'partial';
  }
  return fold(newText.slice(got.start, got.end)) === fold(quote) ? 'copy elsewhere' : 'wrong';
}
