// Deadline candidates: dates, months, quarters, years, periods, durations and relative dates, each with the word
// that opens it ("trước ngày 24 tháng 7 năm 2025", "quý III/2025", "6 tháng cuối năm 2024", "từ 0h ngày 1/5",
// "by the end of next year", "within 48 hours"), read into an ISO value with the article's date context.
import { isoDate, monthEnd, quarterEnd, yearFor, type DateContext } from './calendar';
import type { Lexicon } from './lexicon';
import { romanNumber } from './numerals';
import { phraseEndingAt, type Comparator, type Span } from './spans';
import type { Token } from './tokens';

interface Found {
  from: number;
  to: number;
  core: number;
  value: string | null;
  shape: string;
  /** Set when the date says which end of its period it means ("cuối năm 2028"). */
  edge?: 'end' | 'start' | 'middle';
}

const YEAR = /^(?:19|20)\d\d$/;
const DAY_MONTH = /^(\d{1,2})[/.](\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/;
const CLOCK = /^\d{1,2}h(?:\d{2})?$/;

const is = (lex: Lexicon, t: Token | undefined, kind: 'day' | 'month' | 'year' | 'quarter' | 'hour') => !!t && !!lex.tables.dateWord?.[kind].includes(t.low);
const num = (t: Token | undefined) => (t && /^\d+$/.test(t.text) ? Number(t.text) : null);

/** A Vietnamese date starting at token i, or null. */
function dateVi(lex: Lexicon, tk: readonly Token[], i: number, ctx: DateContext): Found | null {
  const t = tk[i]!;
  // "24/7/2025", "24/7", "5.5" (a day and month written with a dot only after "ngày" or a deadline word).
  let m = DAY_MONTH_YEAR.exec(t.text);
  if (m) return { from: i, to: i + 1, core: i, value: isoDate(Number(m[3]), Number(m[2]), Number(m[1])), shape: 'date' };
  m = DAY_MONTH.exec(t.text);
  if (m && (t.text.includes('/') || is(lex, tk[i - 1], 'day') || phraseEndingAt(lex.deadlineLeads, tk, i))) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) return { from: i, to: i + 1, core: i, value: isoDate(yearFor(ctx, mo, d), mo, d), shape: 'date' };
  }
  // "ngày 24 tháng 7 năm 2025"
  if (is(lex, t, 'day') && num(tk[i + 1]) !== null && is(lex, tk[i + 2], 'month') && num(tk[i + 3]) !== null) {
    const d = num(tk[i + 1])!;
    const mo = num(tk[i + 3])!;
    const withYear = is(lex, tk[i + 4], 'year') && YEAR.test(tk[i + 5]?.text ?? '');
    const y = withYear ? Number(tk[i + 5]!.text) : yearFor(ctx, mo, d);
    return { from: i, to: withYear ? i + 6 : i + 4, core: i + 1, value: isoDate(y, mo, d), shape: 'date' };
  }
  // "tháng 6/2026", "tháng 6 năm 2026", "tháng 6"
  if (is(lex, t, 'month')) {
    const next = tk[i + 1];
    const my = next && MONTH_YEAR.exec(next.text);
    if (my) return { from: i, to: i + 2, core: i + 1, value: isoDate(Number(my[2]), Number(my[1])), shape: 'month' };
    const mo = num(next);
    if (mo !== null && mo >= 1 && mo <= 12) {
      const withYear = is(lex, tk[i + 2], 'year') && YEAR.test(tk[i + 3]?.text ?? '');
      const y = withYear ? Number(tk[i + 3]!.text) : yearFor(ctx, mo, 28);
      return { from: i, to: withYear ? i + 4 : i + 2, core: i + 1, value: isoDate(y, mo), shape: 'month' };
    }
  }
  // "24-5-2021": a date written with hyphens, its parts touching.
  if (num(t) !== null && tk[i + 1]?.text === '-' && num(tk[i + 2]) !== null && tk[i + 3]?.text === '-' && YEAR.test(tk[i + 4]?.text ?? '') && tk[i + 4]!.start - t.end === 3) {
    return { from: i, to: i + 5, core: i, value: isoDate(Number(tk[i + 4]!.text), num(tk[i + 2])!, num(t)!), shape: 'date' };
  }
  // "quý III/2025", "quý 3/2026", "quý 3 năm 2025"
  const qy = is(lex, t, 'quarter') ? MONTH_YEAR.exec(tk[i + 1]?.text ?? '') : null;
  if (qy) return { from: i, to: i + 2, core: i + 1, value: quarterEnd(Number(qy[2]), Number(qy[1])), shape: 'quarter' };
  if (is(lex, t, 'quarter')) {
    const q = romanNumber(tk[i + 1]?.text ?? '') ?? num(tk[i + 1]);
    let to = i + 2;
    let y: number | null = null;
    if (tk[i + 2]?.text === '/' && YEAR.test(tk[i + 3]?.text ?? '')) {
      y = Number(tk[i + 3]!.text);
      to = i + 4;
    } else if (is(lex, tk[i + 2], 'year') && YEAR.test(tk[i + 3]?.text ?? '')) {
      y = Number(tk[i + 3]!.text);
      to = i + 4;
    }
    if (q && q >= 1 && q <= 4) return { from: i, to, core: i + 1, value: y ? quarterEnd(y, q) : null, shape: 'quarter' };
  }
  // "năm 2025"; "cuối năm" alone is this year's end.
  if (is(lex, t, 'year') && YEAR.test(tk[i + 1]?.text ?? '')) return { from: i, to: i + 2, core: i + 1, value: tk[i + 1]!.text, shape: 'year' };
  if (is(lex, t, 'year') && phraseEndingAt(lex.periodEdges, tk, i) && ctx.refYear !== null) return { from: i, to: i + 1, core: i, value: String(ctx.refYear), shape: 'relative' };
  return null;
}

/** An English date starting at token i, or null. */
function dateEn(lex: Lexicon, tk: readonly Token[], i: number, ctx: DateContext): Found | null {
  const months = lex.tables.month!;
  const t = tk[i]!;
  const mo = months[t.low];
  // "May" is also a modal: a month only with a capital letter.
  if (mo && /^\p{Lu}/u.test(t.text)) {
    let j = i + 1;
    if (tk[j]?.text === '.') j++;
    const day = num(tk[j]);
    if (day !== null && day >= 1 && day <= 31 && !YEAR.test(tk[j]!.text)) {
      let k = j + 1;
      if (tk[k]?.text === ',') k++;
      const y = YEAR.test(tk[k]?.text ?? '') ? Number(tk[k]!.text) : null;
      return { from: i, to: y ? k + 1 : j + 1, core: i, value: isoDate(y ?? yearFor(ctx, mo, day), mo, day), shape: 'date' };
    }
    if (YEAR.test(tk[j]?.text ?? '')) return { from: i, to: j + 1, core: i, value: isoDate(Number(tk[j]!.text), mo), shape: 'month' };
    return { from: i, to: i + 1, core: i, value: isoDate(yearFor(ctx, mo, 28), mo), shape: 'month' };
  }
  // "15 May 2025", "15 May"
  const day = num(t);
  const m2 = tk[i + 1] && months[tk[i + 1]!.low];
  if (day !== null && day >= 1 && day <= 31 && m2 && /^\p{Lu}/u.test(tk[i + 1]!.text)) {
    const y = YEAR.test(tk[i + 2]?.text ?? '') ? Number(tk[i + 2]!.text) : null;
    return { from: i, to: y ? i + 3 : i + 2, core: i, value: isoDate(y ?? yearFor(ctx, m2, day), m2, day), shape: 'date' };
  }
  if (YEAR.test(t.text) && t.kind === 'num') return { from: i, to: i + 1, core: i, value: t.text, shape: 'year' };
  const wd = lex.weekdays.longestAt(tk, i);
  if (wd && /^\p{Lu}/u.test(t.text)) return { from: i, to: wd.to, core: i, value: weekdayDate(ctx, lex.tables.weekday!.indexOf(wd.tag)), shape: 'weekday' };
  return null;
}

/** The first such weekday after the article's date (Monday = 0), or null without one. */
function weekdayDate(ctx: DateContext, weekday: number): string | null {
  const r = ctx.ref;
  if (!r || weekday < 0) return null;
  const d = new Date(Date.UTC(r.y, r.m - 1, r.d));
  const today = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() + (((weekday - today + 7) % 7) || 7));
  return d.toISOString().slice(0, 10);
}

/** A relative date ("năm nay", "next year", "the next decade") starting at token i. */
function relative(lex: Lexicon, tk: readonly Token[], i: number, ctx: DateContext): Found | null {
  const r = lex.relative.longestAt(tk, i);
  // "năm sau 2025" never; but a relative phrase right before a year is that year's name ("năm 2025"), not relative.
  if (!r || /^(?:19|20)\d\d$/.test(tk[r.to]?.text ?? '')) return null;
  const [unit, offset] = r.tag.split(':') as [string, string];
  const n = Number(offset);
  const y = ctx.refYear;
  let value: string | null = null;
  if (y !== null) {
    if (unit === 'year') value = String(y + n);
    else if (unit === 'decade') value = String(Math.floor(y / 10) * 10 + 10 * n + 9);
    else if (unit === 'month' && ctx.ref) value = isoDate(ctx.ref.y + Math.floor((ctx.ref.m - 1 + n) / 12), ((ctx.ref.m - 1 + n) % 12) + 1);
  }
  return { from: i, to: r.to, core: i, value, shape: 'relative' };
}

/** A duration ("14 ngày", "48 hours", "six months") starting at token i. */
function duration(lex: Lexicon, tk: readonly Token[], i: number): Found | null {
  let n = num(tk[i]);
  let next = i + 1;
  if (n === null) {
    const w = lex.numberWords.longestAt(tk, i);
    if (!w) return null;
    n = lex.tables.numberWord?.[w.tag] ?? null;
    next = w.to;
  }
  if (n === null || n <= 0) return null;
  const u = lex.durationUnits.longestAt(tk, next);
  if (!u) return null;
  // "6 tháng cuối năm 2024" is a period of a year, not a time limit.
  if (lex.periodEdges.longestAt(tk, u.to)) return null;
  const code = lex.tables.durationUnit[u.tag]!;
  const value = code === 'H' ? `PT${n}H` : code === 'MIN' ? `PT${n}M` : code === '10Y' ? `P${10 * n}Y` : `P${n}${code}`;
  return { from: i, to: u.to, core: i, value, shape: 'duration' };
}

/** With an edge word before it ("cuối năm 2028", "the end of June"): the period's last or first day. */
function atEdge(f: Found, edge: 'end' | 'start' | 'middle'): Found {
  const v = f.value;
  if (!v) return { ...f, edge };
  if (edge === 'end') {
    if (/^\d{4}$/.test(v)) return { ...f, value: `${v}-12-31`, edge };
    const m = /^(\d{4})-(\d{2})$/.exec(v);
    if (m) return { ...f, value: monthEnd(Number(m[1]), Number(m[2])), edge };
  }
  return { ...f, edge };
}

const DEADLINE_COMPARATOR: Record<string, Comparator> = { '<': '<', '<=': '<=', '>=': '>=', '=': '=' };

/** Every deadline in a sentence's tokens. */
export function findDeadlines(lex: Lexicon, tk: readonly Token[], ctx: DateContext): Span[] {
  const out: Span[] = [];
  const vi = lex.lang === 'vi';
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    if (t.kind === 'punct' || (t.kind === 'word' && !lex.dateStarts.has(t.low))) continue;
    let found = relative(lex, tk, i, ctx) ?? duration(lex, tk, i) ?? (vi ? dateVi(lex, tk, i, ctx) : dateEn(lex, tk, i, ctx));
    if (!found) continue;
    // "6 tháng cuối năm 2024": a count of months at the edge of a year.
    let from = found.from;
    // A period edge before it: "cuối năm 2028", "đầu tháng 6", "the end of next year".
    const edge = phraseEndingAt(lex.periodEdges, tk, from);
    if (edge) {
      found = atEdge(found, edge.tag as 'end' | 'start' | 'middle');
      from = edge.from;
      const months = phraseEndingAt(lex.durationUnits, tk, from);
      if (months && num(tk[months.from - 1]) !== null) from = months.from - 1;
    }
    // A time of day before a date: "từ 0h ngày 1/5", "20 giờ ngày 30/4".
    if (vi && tk[from - 1] && is(lex, tk[from - 1], 'day') && found.shape === 'date' && found.from === from) from--;
    if (vi && CLOCK.test(tk[from - 1]?.text ?? '')) from--;
    else if (vi && is(lex, tk[from - 1], 'hour') && num(tk[from - 2]) !== null) from -= 2;
    // The deadline words before it, two at most ("chậm nhất vào ngày"); the outer one that is not "=" decides.
    let lead = phraseEndingAt(lex.deadlineLeads, tk, from);
    const outer = lead ? phraseEndingAt(lex.deadlineLeads, tk, lead.from) : null;
    // An English year or weekday alone is a deadline only with its deadline word ("by 2030", "from Monday").
    if (!vi && !lead && !edge && (found.shape === 'year' || found.shape === 'weekday' || found.shape === 'duration')) continue;
    if (lead) from = lead.from;
    if (outer) {
      from = outer.from;
      if (outer.tag !== '=' && lead!.tag === '=') lead = { ...lead!, tag: outer.tag };
      lead = { ...lead!, from: outer.from };
    }
    const comparator = lead ? DEADLINE_COMPARATOR[lead.tag] ?? '=' : found.edge === 'end' ? '<=' : '=';
    const value = found.value;
    out.push({
      kind: 'deadline', from, to: found.to, core: found.core, value, comparator, unit: null,
      by: value && /^\d{4}/.test(value) ? value.slice(0, 4) : null, shape: found.shape,
      lead: lead ? tk.slice(lead.from, lead.to).map((t) => t.low).join(' ') : null,
    });
    i = found.to - 1;
  }
  return out;
}
