// Text primitives shared by every rule: sentence splitting, quotes, word boundaries.
// Offsets always refer to the NFC article text.

/** A sentence of the article: verbatim text and its offsets; `para` counts lines (paragraphs). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  para: number;
  /** Index of the sentence inside its paragraph (0 = first). */
  indexInPara: number;
}

import common from '../../data/brief/lexicon/common.json';

/** Words after which ICU's sentence segmenter wrongly breaks ("Mr. Trump", "TP. HCM"): data/brief/lexicon/common.json. */
const ABBREVIATIONS = new Set<string>(common.abbreviation);

/** Does `sofar` end with an abbreviation and its full stop, or a lone initial ("Nguyễn V. A")? */
function endsWithAbbreviation(sofar: string): boolean {
  const m = /(?:^|[\s(])([^\s(]+)\.\s*$/u.exec(sofar);
  return (!!m && ABBREVIATIONS.has(m[1]!)) || /(?:^|\s)\p{Lu}\.\s*$/u.test(sofar);
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Marks after which ICU's segmenter may end a sentence (full stops, question and exclamation marks, of any script). */
const TERMINATORS = /[.!?\u0589\u061f\u06d4\u0700-\u0702\u0964\u0965\u1362\u1367\u1368\u166e\u1803\u1809\u1944\u1945\u203c\u203d\u2047-\u2049\u2e2e\u3002\ufe52\ufe56\ufe57\uff01\uff0e\uff1f\uff61\u2024\u2026]/u;
function hasInnerTerminator(line: string): boolean {
  const m = TERMINATORS.exec(line.trimEnd().slice(0, -1));
  return m !== null;
}

/**
 * Splits text into sentences: a line break always ends one, `.`/`!`/`?` end one (per Intl.Segmenter),
 * a semicolon never does. Linear in the text length.
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const out: Sentence[] = [];
  const seg = segmenter(lang);
  let lineStart = 0;
  let para = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      let pending: { start: number; end: number } | null = null;
      let indexInPara = 0;
      const flush = () => {
        if (!pending) return;
        const raw = line.slice(pending.start, pending.end);
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body) {
          const start = lineStart + pending.start + lead;
          out.push({ text: body, start, end: start + body.length, para, indexInPara: indexInPara++ });
        }
        pending = null;
      };
      // A line with no sentence mark before its last character is one sentence: no need to ask ICU.
      const segments = hasInnerTerminator(line) ? seg.segment(line) : [{ index: 0, segment: line }];
      for (const s of segments) {
        const end = s.index + s.segment.length;
        if (pending) pending.end = end;
        else pending = { start: s.index, end };
        // Keep going when the break follows an abbreviation or a lone initial ("Nguyễn V. A").
        if (endsWithAbbreviation(line.slice(Math.max(pending.start, end - 12), end))) continue;
        flush();
      }
      flush();
      para++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Text-quote selector context: up to 32 characters either side. */
export function quoteAt(text: string, start: number, end: number) {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  };
}

/** A clause longer than this many characters is cut at its commas around the item. */
const LONG_CLAUSE = 240;

/**
 * The clause of sentence [from, to) that holds [start, end): between the semicolons and colons around it, and
 * when that is long, between the commas around it. A parenthesis is an aside: the clause is the one around it.
 * What "Highlight this" saves for a target.
 */
export function clauseAround(text: string, from: number, to: number, start: number, end: number): { start: number; end: number } {
  const cut = (marks: RegExp, a: number, b: number): [number, number] => {
    let s = a;
    let e = b;
    for (let k = start - 1; k >= a; k--) if (marks.test(text[k]!)) { s = k + 1; break; }
    for (let k = end; k < b; k++) if (marks.test(text[k]!)) { e = k; break; }
    return [s, e];
  };
  // Looked for near the item only: a run-on "sentence" of a whole page must not be read once per target.
  let [s, e] = cut(/[;:]/, Math.max(from, start - 2 * LONG_CLAUSE), Math.min(to, end + 2 * LONG_CLAUSE));
  if (e - s > LONG_CLAUSE) [s, e] = cut(/[,;:]/, s, e);
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /[\s.,;:]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Builds a regex from alternatives, with Unicode-aware word boundaries (\b is ASCII-only in JS). */
export function wordsRe(words: readonly string[], flags = 'giu'): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, flags);
}

/** `s` as a regex source matching itself literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `s` as a regex source, any run of white space standing for each space. */
export function escapeRe(s: string): string {
  return escapeRegExp(s).replace(/ /g, '\\s+');
}

/** Trims a phrase to at most n words, stripping dangling punctuation. */
export function clip(s: string, n: number): string {
  const words = s.trim().split(/\s+/).slice(0, n).join(' ');
  return words.replace(/^[\s,;:–-]+|[\s,;:.–-]+$/g, '');
}
