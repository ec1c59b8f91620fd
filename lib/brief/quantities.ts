// Quantity candidates: a number with what it counts ("95%", "3.000 km", "50 tỷ USD", "$2.6 billion",
// "pounds 264m", "104,000 jobs"), the qualifiers and lead verb before it ("tối thiểu đạt trên", "at least",
// "cut"), a range's upper bound and an "or more" after it. Every word class comes from the lexicon tables.
import type { Lexicon } from './lexicon';
import { enNumber, splitGlued, viNumber } from './numerals';
import { phraseEndingAt, type Comparator, type Span } from './spans';
import type { Token } from './tokens';

/** How far back qualifiers and lead verbs are read before a number. */
const MAX_LEAD_PHRASES = 3;

interface Read {
  value: number;
  /** Token after the number (and its glued or following scale). */
  next: number;
  scale: number;
  scaleWord: string | null;
  /** A unit written against the number ("208km"). */
  gluedUnit?: string;
}

/** The number at token i, with a scale glued to it ("264m") or written after it ("2,5 nghìn tỷ", "2.6 billion"). */
function readNumber(lex: Lexicon, tokens: readonly Token[], i: number): Read | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'word') {
    const w = lex.numberWords.longestAt(tokens, i);
    if (!w) return null;
    const value = lex.tables.numberWord?.[w.tag];
    return value === undefined ? null : { value, next: w.to, scale: 1, scaleWord: null };
  }
  if (t.kind !== 'num' || t.text.includes('/')) return null;
  const { digits, letters } = splitGlued(t.text);
  const base = lex.lang === 'vi' ? viNumber(digits) : enNumber(digits);
  if (base === null) return null;
  if (letters) {
    // "264m", "1bn": a scale; "208km", "45kg": a unit, read by the caller; "20h": a time, not a count.
    const s = lex.tables.scale[letters];
    if (s) return { value: base, next: i + 1, scale: s, scaleWord: letters };
    return lex.tables.unit.includes(letters) ? { value: base, next: i + 1, scale: 1, scaleWord: null, gluedUnit: t.text.slice(digits.length) } : null;
  }
  const s = lex.scales.longestAt(tokens, i + 1);
  if (s) return { value: base, next: s.to, scale: lex.tables.scale[s.tag] ?? 1, scaleWord: s.tag };
  return { value: base, next: i + 1, scale: 1, scaleWord: null };
}

const isWord = (t: Token | undefined) => !!t && t.kind === 'word';
/** Tokens [from, to) as the article writes them. */
const written = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to).map((t) => t.text).join(' ');

/** Every quantity in a sentence's tokens. */
export function findQuantities(lex: Lexicon, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  const vi = lex.lang === 'vi';
  for (let i = 0; i < tokens.length; i++) {
    const read = readNumber(lex, tokens, i);
    if (!read) continue;
    // A year on its own ("năm 2025", "in 2024") is a date, read by the deadline parser.
    if (read.scale === 1 && /^(?:19|20)\d\d$/.test(tokens[i]!.text)) continue;
    let j = read.next;
    let upper: number | undefined;
    let second: Read | null = null;
    const join = lex.rangeJoins.longestAt(tokens, j);
    if (join) {
      second = readNumber(lex, tokens, join.to);
      if (second) {
        upper = second.value * (vi ? 1 : second.scale);
        j = second.next;
      }
    }
    let unit: string | null = null;
    let shape = 'bare';
    let currency: string | null = null;
    // A currency written before the number: "$2.6 billion", "£1bn", "pounds 264m".
    const before = tokens[i - 1];
    if (!vi && before) {
      const symbol = lex.tables.currencySymbol?.[before.text];
      const word = lex.tables.currencyWord?.[before.low];
      currency = symbol ?? (word && read.scale > 1 ? word : null);
    }
    const glued = read.gluedUnit ?? second?.gluedUnit;
    if (glued) {
      unit = glued;
      shape = 'count';
    } else if (tokens[j]?.text === '%') {
      unit = '%';
      shape = 'pct';
      j++;
    } else {
      const cur = lex.currencies.longestAt(tokens, j);
      const u = lex.units.longestAt(tokens, j);
      if (cur && !currency) {
        currency = vi ? written(tokens, j, cur.to) : (lex.tables.currencyWord?.[cur.tag] ?? cur.tag.toUpperCase());
        j = cur.to;
      } else if (u && !currency) {
        unit = u.tag === 'per cent' || u.tag === 'percent' ? '%' : written(tokens, j, u.to);
        shape = unit === '%' ? 'pct' : 'count';
        j = u.to;
      }
    }
    if (currency) {
      shape = 'money';
      unit = vi ? [read.scaleWord, currency].filter(Boolean).join(' ') : currency;
    } else if (vi && read.scaleWord && !unit) {
      // "2,5 nghìn tỷ": money or a count by its scale alone; the unit keeps the scale word, as written.
      unit = read.scaleWord;
      shape = 'money';
    } else if (vi && read.scaleWord && unit) {
      unit = `${read.scaleWord} ${unit}`;
    }
    // Qualifiers and a lead verb before the number: "tối thiểu đạt trên 95%", "cut at least 30%".
    let from = currency && !vi && before && (lex.tables.currencySymbol?.[before.text] || lex.tables.currencyWord?.[before.low]) ? i - 1 : i;
    let comparator: Comparator = '=';
    let lead: string | null = null;
    let leadVerbs = 0;
    for (let n = 0; n < MAX_LEAD_PHRASES; n++) {
      const q = phraseEndingAt(lex.qualifiers, tokens, from);
      if (q) {
        if (comparator === '=') comparator = q.tag as Comparator;
        lead ??= tokens.slice(q.from, q.to).map((t) => t.low).join(' ');
        from = q.from;
        continue;
      }
      // One lead verb at most: "tăng trưởng đạt từ 11,5%" reads from "đạt".
      const l = leadVerbs === 0 ? phraseEndingAt(lex.leads, tokens, from) : null;
      if (l) {
        lead ??= tokens.slice(l.from, l.to).map((t) => t.low).join(' ');
        from = l.from;
        leadVerbs++;
        continue;
      }
      break;
    }
    // A bare number counts something only with a qualifier or lead and a noun after it ("ít nhất 200 xã").
    if (shape === 'bare') {
      if (!lead || !isWord(tokens[j]) || /\p{Lu}/u.test(tokens[j]!.text[0]!)) continue;
      unit = tokens[j]!.low;
      shape = 'count';
      j++;
    }
    const more = lex.orMore.longestAt(tokens, j);
    if (more) {
      comparator = more.tag as Comparator;
      j = more.to;
    }
    if (upper !== undefined && comparator === '=') comparator = '>=';
    // "10-20 million": the scale after the second number holds for the first too.
    const scale = read.scale === 1 && upper !== undefined && second !== null ? second.scale : read.scale;
    const value = vi ? read.value : read.value * scale;
    out.push({ kind: 'quantity', from, to: j, core: i, value, comparator, unit, by: null, shape, lead, ...(upper !== undefined ? { upper } : {}) });
    i = j - 1;
  }
  return joinPairs(lex, tokens, out);
}

/**
 * Two quantities of one unit joined as a range ("từ 10% đến 35%", "between 3% and 5%": at least the first, the
 * second kept as its upper bound) or as a change ("giảm từ 10% xuống 5%", "from £20m to £15m": the level to reach
 * is the second) become one span, so a reader sees one target and its value is the one that counts.
 */
function joinPairs(lex: Lexicon, tokens: readonly Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1];
    if (b && (a.unit === b.unit || a.unit === null) && typeof a.value === 'number' && typeof b.value === 'number') {
      const range = lex.rangeJoins.longestAt(tokens, a.to);
      const change = lex.changeJoins.longestAt(tokens, a.to);
      const opened = !!phraseEndingAt(lex.rangeStarts, tokens, a.core) || !!phraseEndingAt(lex.rangeStarts, tokens, a.from + 1);
      if (change && a.to <= b.from && b.from <= change.to && (opened || lex.lang === 'vi')) {
        out.push({ ...b, from: a.from, lead: a.lead ?? b.lead });
        k++;
        continue;
      }
      if (range && a.to <= b.from && b.from <= range.to) {
        out.push({ ...a, to: b.to, unit: a.unit ?? b.unit, comparator: a.comparator === '=' ? '>=' : a.comparator, upper: b.value, shape: b.shape });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
