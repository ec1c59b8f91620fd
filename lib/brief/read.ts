// One reading of an article for the brief: sentences, their tokens and lexicon hits, the target candidates of
// each, and the article's date context. The models, the trainer and the evaluation all start from this.
import { dateContextOf, type DateContext } from './calendar';
import { findDeadlines } from './deadlines';
import { readSentence, type ReadSentence } from './features';
import { lexicon, type Lexicon } from './lexicon';
import { findQuantities } from './quantities';
import type { Span } from './spans';
import { splitSentences } from './text';
import { tokenize } from './tokens';

export interface ReadArticle {
  lang: 'vi' | 'en';
  text: string;
  lex: Lexicon;
  dates: DateContext;
  sentences: ReadSentence[];
  /** Target candidates of each sentence, in text order; a deadline wins over a quantity it overlaps ("14 ngày"). */
  spans: Span[][];
}

/** The year a quantity is due: the last year named before it in its clause, else the sentence's first. */
function dueYears(quantities: Span[], deadlines: Span[]): void {
  const years = deadlines.filter((d) => d.by);
  for (const q of quantities) {
    const before = years.filter((d) => d.to <= q.from);
    q.by = (before[before.length - 1] ?? years[0])?.by ?? null;
  }
}

export function readArticle(input: string, lang: 'vi' | 'en', published?: string | null): ReadArticle {
  const text = input.normalize('NFC');
  const lex = lexicon(lang)!;
  const split = splitSentences(text, lang).map((s) => ({ s, tokens: tokenize(s.text, s.start) }));
  const dates = dateContextOf(split.map((x) => x.tokens), lang, published);
  const sentences: ReadSentence[] = [];
  const spans: Span[][] = [];
  for (const { s, tokens } of split) {
    sentences.push(readSentence(lex, s, tokens));
    const deadlines = findDeadlines(lex, tokens, dates);
    const taken = new Uint8Array(tokens.length + 1);
    for (const d of deadlines) taken.fill(1, d.core, d.to);
    const quantities = findQuantities(lex, tokens).filter((q) => !taken.subarray(q.core, q.to).some((x) => x === 1));
    dueYears(quantities, deadlines);
    spans.push([...quantities, ...deadlines].sort((a, b) => a.from - b.from));
  }
  return { lang, text, lex, dates, sentences, spans };
}

/** The text of a span of a sentence, as written. */
export function spanText(r: ReadArticle, i: number, span: Span): { text: string; start: number; end: number } {
  const tk = r.sentences[i]!.tokens;
  const start = tk[span.from]!.start;
  const end = tk[span.to - 1]!.end;
  return { text: r.text.slice(start, end), start, end };
}
