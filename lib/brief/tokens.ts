// Tokens of a sentence: words (a Vietnamese syllable is a word here), numbers with their marks ("30/6/2025",
// "1.500", "4,5"), and single punctuation marks, each with its offsets. The brief's phrase tables, parsers and
// features all read these tokens, so none of them needs its own regular expression for words.

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, for the phrase tables and features. */
  low: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && isUnicodeLetter(c));
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const letterRe = /[\p{L}\p{M}]/u;
/** Letters among the first 0x3000 code points (Latin with every Vietnamese letter, Greek, Cyrillic …), computed once. */
let letterTable: Uint8Array | null = null;
function isUnicodeLetter(c: number): boolean {
  if (c >= 0x3000) return letterRe.test(String.fromCharCode(c));
  if (!letterTable) {
    letterTable = new Uint8Array(0x3000);
    for (let k = 0; k < 0x3000; k++) letterTable[k] = letterRe.test(String.fromCharCode(k)) ? 1 : 0;
  }
  return letterTable[c] === 1;
}
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
/** Marks that join digits inside one number: 1.500 / 4,5 / 30/6 / 30-6. */
const isNumberJoin = (c: number) => c === 0x2e || c === 0x2c || c === 0x2f;

/** Splits `text` (from `offset` in the article) into tokens. Linear in the text. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c)) {
      kind = 'num';
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        // A joining mark counts only between digits: "30/6", "1.500"; "2025." ends the number.
        if (i + 1 < n && isNumberJoin(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
      // "20h", "0h", "10km": letters glued to a number stay one token ("0h"), read by the parsers.
      while (i < n && isLetter(text.charCodeAt(i))) i++;
    } else if (isLetter(c)) {
      kind = 'word';
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        // Apostrophes and hyphens inside English words: "don't", "co-operate", "Covid-19".
        if (isLetter(d) || isDigit(d)) i++;
        else if ((d === 0x27 || d === 0x2019 || d === 0x2d) && i + 1 < n && (isLetter(text.charCodeAt(i + 1)) || isDigit(text.charCodeAt(i + 1)))) i += 2;
        else break;
      }
    } else {
      kind = 'punct';
      // A surrogate pair (an emoji) is one mark.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const t = text.slice(start, i);
    out.push({ text: t, low: t.toLowerCase(), start: offset + start, end: offset + i, kind });
  }
  return out;
}

/** Lower case without diacritics: "Giải ngân" → "giai ngan" (đ → d). For matching only, never shown. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
