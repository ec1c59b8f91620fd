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

// Abbreviations after which ICU's sentence segmenter wrongly breaks ("Mr. Trump").
const ABBREV = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|No|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|TP|Th\.S|TS|PGS|GS)\.\s*$/;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
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
      for (const s of seg.segment(line)) {
        const end = s.index + s.segment.length;
        if (pending) pending.end = end;
        else pending = { start: s.index, end };
        // Keep going when the break follows an abbreviation or a lone initial ("Nguyễn V. A").
        const sofar = line.slice(Math.max(pending.start, end - 12), end);
        if (ABBREV.test(sofar) || /(?:^|\s)\p{Lu}\.\s*$/u.test(sofar)) continue;
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
