// What a target measures, in the article's words: the words before the value in its clause, after the last
// duty or goal word ("phấn đấu giải ngân vốn đầu tư công năm 2024 đạt trên 95%" → "giải ngân vốn đầu tư công
// năm 2024"); when nothing stands there, the clause's words after it. Never empty for a reader.
import { firstHit, WINDOW, type ReadSentence } from './features';
import type { Span } from './spans';

const MAX_WORDS = 10;
const STARTS_METRIC = new Set(['order', 'modal', 'commit', 'goal', 'plan', 'drive', 'report', 'connector', 'upward']);

/** `previous` is the candidate before this one in the sentence, if any. */
export function metricOf(r: ReadSentence, span: Span, previous?: Span): string {
  const tk = r.tokens;
  // The clause: back to the last ; or : (a comma only ends it when a word follows it that opens a new clause).
  const floor = Math.max(0, span.from - WINDOW);
  let from = floor;
  for (let k = span.from - 1; k >= floor; k--) {
    const t = tk[k]!;
    if (t.kind === 'punct' && (t.text === ';' || t.text === ':' || t.text === '(' || t.text === ',')) {
      from = k + 1;
      break;
    }
  }
  // Another value before this one in the clause ends its own measure.
  if (previous && previous.to <= span.from && previous.to > from) from = previous.to;
  // After the last duty or goal word: what comes before it is the party.
  for (let k = firstHit(r.hits, from); k < r.hits.length && r.hits[k]!.from < span.from; k++) {
    const h = r.hits[k]!;
    if (STARTS_METRIC.has(h.tag) && h.to <= span.from) from = h.to;
  }
  const words = tk.slice(from, span.from).filter((t) => t.kind !== 'punct' || t.text === '-' || t.text === '/');
  const text = (list: typeof words) => list.slice(-MAX_WORDS).map((t) => t.text).join(' ').replace(/\s+([,.;:])/g, '$1');
  if (words.length) return text(words);
  // Nothing before: the clause after the value ("95% kế hoạch giải ngân").
  const after: typeof words = [];
  for (let k = span.to; k < tk.length && after.length < MAX_WORDS; k++) {
    const t = tk[k]!;
    if (t.kind === 'punct' && ',;:.!?'.includes(t.text)) break;
    after.push(t);
  }
  if (after.length) return text(after);
  const opening: typeof words = [];
  for (let k = 0; k < tk.length && opening.length < MAX_WORDS; k++) if (tk[k]!.kind !== 'punct') opening.push(tk[k]!);
  return text(opening);
}
