// The article's own time: which year a date written without one belongs to, which years are past, and the
// ISO forms of the dates the brief reads. From the publication date when the caller knows it, else from the
// full dates written in the text.
import { lexicon } from './lexicon';
import { tokenize, type Token } from './tokens';

export interface DateContext {
  /** Year that completes a day and month written without one ("30/6", "June 30"). */
  year: number | null;
  /** The article's date (publication, or the latest full date in the text). */
  ref: { y: number; m: number; d: number } | null;
  /** The article's year: that of `ref`, else `year`. Years before it are past. */
  refYear: number | null;
}

export type Ymd = { y: number; m: number; d: number };

function valid(y: number, m: number, d: number): Ymd | null {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { y, m, d } : null;
}

/** "2025-03-12", "2025-03-12T09:30:00+07:00", "20250312", "12/3/2025", "March 3, 2025" → y/m/d; null when unreadable. */
export function parsePublished(p: string | null | undefined): Ymd | null {
  const s = (p ?? '').trim();
  if (!s) return null;
  let m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  const full = fullDates(s, 'en')[0];
  if (full) return full;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Full dates written in a text: "12/3/2025" (vi), "March 3, 2025" and "3 March 2025" (en). */
export function fullDates(text: string, lang: string): Ymd[] {
  return fullDatesIn(tokenize(text), lang);
}

/** Full dates among tokens already read. */
export function fullDatesIn(tokens: readonly Token[], lang: string): Ymd[] {
  const out: Ymd[] = [];
  const months = lexicon('en')!.tables.month!;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only a number (vi) or a capitalised word (an English month) can hold a full date: most tokens stop here.
    if (lang === 'vi' ? t.kind !== 'num' || t.text.length < 8 : t.kind !== 'word' || t.text[0] === t.low[0]) continue;
    if (lang === 'vi') {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t.text);
      const v = m && valid(Number(m[3]), Number(m[2]), Number(m[1]));
      if (v) out.push(v);
      continue;
    }
    const month = months[t.low];
    if (!month) continue;
    // "March 3, 2025" / "March 3 2025"
    const day = tokens[i + 1];
    const comma = tokens[i + 2]?.text === ',' ? 1 : 0;
    const year = tokens[i + 2 + comma];
    if (day && /^\d{1,2}$/.test(day.text) && year && /^\d{4}$/.test(year.text)) {
      const v = valid(Number(year.text), month, Number(day.text));
      if (v) out.push(v);
      continue;
    }
    // "3 March 2025"
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before && /^\d{1,2}$/.test(before.text) && after && /^\d{4}$/.test(after.text)) {
      const v = valid(Number(after.text), month, Number(before.text));
      if (v) out.push(v);
    }
  }
  return out;
}

function mostFrequent(years: number[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) {
    const b = best === null ? -1 : counts.get(best)!;
    if (n > b || (n === b && y > best!)) best = y;
  }
  return best;
}

/**
 * The date context of an article. Without a publication date: the year most full dates carry (ties: the latest),
 * else the most frequent year written at all (ties: the latest); the reference is the latest full date.
 */
export function dateContext(text: string, lang: string, published?: string | null): DateContext {
  return dateContextOf([tokenize(text)], lang, published);
}

/** The date context from the tokens of the article's sentences (the brief has read them already). */
export function dateContextOf(sentences: readonly (readonly Token[])[], lang: string, published?: string | null): DateContext {
  const pub = parsePublished(published);
  if (pub) return { year: pub.y, ref: pub, refYear: pub.y };
  const full = sentences.flatMap((tokens) => fullDatesIn(tokens, lang));
  let ref: Ymd | null = null;
  for (const f of full) if (!ref || f.y * 400 + f.m * 32 + f.d > ref.y * 400 + ref.m * 32 + ref.d) ref = f;
  const written: number[] = [];
  for (const tokens of sentences) for (const t of tokens) if (t.kind === 'num' && t.text.length === 4 && /^(?:19|20)\d\d$/.test(t.text)) written.push(Number(t.text));
  const year = mostFrequent(full.map((f) => f.y)) ?? mostFrequent(written);
  return { year, ref, refYear: ref?.y ?? year };
}

/**
 * The year of a day and month written without one. With a known article date, a day more than a month before it
 * is taken as next year's (a deadline "by January 15" in a November article).
 */
export function yearFor(ctx: DateContext, month: number, day: number): number | null {
  const r = ctx.ref;
  if (!r || r.y !== ctx.year) return ctx.year;
  const daysBefore = (r.m - month) * 30.5 + (r.d - day);
  return daysBefore > 31 ? r.y + 1 : r.y;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date, month or year; without a year, "MM-DD". Null for an impossible day or month. */
export function isoDate(y: number | null, m: number, d?: number): string | null {
  if (m < 1 || m > 12 || (d !== undefined && (d < 1 || d > 31))) return null;
  if (d === undefined) return y ? `${y}-${pad(m)}` : null;
  return y ? `${y}-${pad(m)}-${pad(d)}` : `${pad(m)}-${pad(d)}`;
}

/** The last day of a month (no year known: February ends on the 28th). */
export function monthEnd(y: number | null, m: number): string | null {
  if (m < 1 || m > 12) return null;
  return isoDate(y, m, new Date(Date.UTC(y ?? 2023, m, 0)).getUTCDate());
}

export function quarterEnd(y: number, q: number): string | null {
  return q >= 1 && q <= 4 ? monthEnd(y, q * 3) : null;
}
