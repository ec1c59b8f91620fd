// The article's own time: which year a date written without one belongs to, and which years are past.
// Read from the publication date when the caller knows it, else from the dates written in the text.
import { enMonth } from './numbers';

export interface DateContext {
  /** Year that completes a day and month written without one ("30/6", "June 30"). */
  year: number | null;
  /** The article's date (publication, or the latest full date in the text): earlier years are reported results. */
  ref: { y: number; m: number; d: number } | null;
  /** The article's year: that of `ref`, else `year`. Years before it are past. */
  refYear: number | null;
}

const MONTH_NAMES = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;
const EN_FULL = new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2}),?\s+(20\d\d)\b`, 'g');
const VI_FULL = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(20\d\d)(?!\d)/g;

/** "2025-03-12", "2025-03-12T09:30:00+07:00", "20250312", "March 3, 2025" → y/m/d; null when unreadable. */
export function parsePublished(p: string | null | undefined): DateContext['ref'] {
  const s = (p ?? '').trim();
  if (!s) return null;
  let m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(String.raw`^(${MONTH_NAMES})\.?\s+(\d{1,2}),?\s+(\d{4})`, 'i').exec(s);
  if (m) return valid(Number(m[3]), enMonth(m[1]!) ?? 0, Number(m[2]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function valid(y: number, m: number, d: number): DateContext['ref'] {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { y, m, d } : null;
}

/**
 * The date context of an article. Without a publication date: the year most full dates carry (ties: the latest),
 * else the most frequent year written at all (ties: the latest); the reference is the latest full date.
 */
export function dateContext(text: string, lang: string, published?: string | null): DateContext {
  const pub = parsePublished(published);
  if (pub) return { year: pub.y, ref: pub, refYear: pub.y };
  const full: { y: number; m: number; d: number }[] = [];
  if (lang === 'vi') {
    for (const m of text.matchAll(VI_FULL)) {
      const v = valid(Number(m[3]), Number(m[2]), Number(m[1]));
      if (v) full.push(v);
    }
  } else {
    for (const m of text.matchAll(EN_FULL)) {
      const v = valid(Number(m[3]), enMonth(m[1]!) ?? 0, Number(m[2]));
      if (v) full.push(v);
    }
  }
  const mostFrequent = (years: number[]) => {
    const counts = new Map<number, number>();
    for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
    let best: number | null = null;
    for (const [y, n] of counts) {
      const b = best === null ? -1 : counts.get(best)!;
      if (n > b || (n === b && y > best!)) best = y;
    }
    return best;
  };
  let ref: DateContext['ref'] = null;
  for (const f of full) if (!ref || f.y * 400 + f.m * 32 + f.d > ref.y * 400 + ref.m * 32 + ref.d) ref = f;
  const year = mostFrequent(full.map((f) => f.y)) ?? mostFrequent([...text.matchAll(/(?<![\d/.,])(20\d\d)(?![\d/])/g)].map((m) => Number(m[1])));
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
