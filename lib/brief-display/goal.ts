// A target's goal and due date as a person writes them, in the article's language: `> 95%`, `≥ 8%`,
// `3.000 km`, `50 tỷ USD`, `$50 billion`, `trong 10 ngày`, `trước 30/6/2025`. The brief keeps machine values
// (95, 'P10D', '2025-06-30'); this is the only place that turns them into words. The words are in words.json.
import type { Target } from '../model/brief';
import words from './words.json';

type Lang = keyof typeof words;
type Words = (typeof words)[Lang];

/** The display words of a language; an unknown one reads as English. */
export const wordsOf = (lang: string): Words => (lang in words ? words[lang as Lang] : words.en);

const SIGN: Record<Target['comparator'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '', '~': '≈' };

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

function number(value: number, w: Words): string {
  return value.toLocaleString(w.locale, { maximumFractionDigits: 2 });
}

/** A large amount in its scale word: 50 000 000 000 → `50 billion` / `50 tỷ`; below a million, digits. */
function scaled(value: number, w: Words): string {
  for (const [size, word] of w.scales as [number, string][]) {
    if (Math.abs(value) >= size) return `${number(value / size, w)} ${word}`;
  }
  return number(value, w);
}

/** An amount with its unit: `95%`, `3.000 km`, `12.000 tỷ đồng`, `$50 billion`, `50 tỷ USD`. */
export function formatAmount(value: number, unit: string | null, lang: string): string {
  const w = wordsOf(lang);
  if (!unit) return scaled(value, w);
  if (unit === '%' || unit === '‰') return `${number(value, w)}${unit}`;
  const currency = (w.currencies as Record<string, { before?: string; after?: string }>)[unit];
  if (currency) {
    const amount = scaled(value, w);
    return currency.before ? `${currency.before}${amount}` : `${amount} ${currency.after}`;
  }
  return `${scaled(value, w)} ${unit}`;
}

const DURATION = /^P(?:T(\d+(?:\.\d+)?)H|(\d+(?:\.\d+)?)([YMWD]))$/;

/** `P10D` → `10 ngày` / `10 days`; null when the value is not a duration. */
function formatDuration(value: string, w: Words): string | null {
  const m = DURATION.exec(value);
  if (!m) return null;
  const amount = Number(m[1] ?? m[2]);
  const unit = m[1] ? 'H' : (m[3] as 'Y' | 'M' | 'W' | 'D');
  const [one, other] = w.durations[unit];
  return `${number(amount, w)} ${amount === 1 ? one : other}`;
}

/** `2025-06-30` → `30/6/2025` / `30 June 2025`; `2025-07` → `tháng 7/2025`; `2025` → `năm 2025`. */
export function formatDate(value: string, lang: string): string | null {
  const w = wordsOf(lang);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [, year, month, day] = m;
  const monthName = month ? (w.months[Number(month) - 1] ?? month) : '';
  if (day) return fill(w.date, { day: Number(day), month: Number(month), monthName, year: year! });
  if (month) return fill(w.month, { month: Number(month), monthName, year: year! });
  return fill(w.year, { year: year! });
}

/** The goal of a target: comparator and amount for a quantity, the deadline in words for a deadline. */
export function formatGoal(target: Pick<Target, 'kind' | 'comparator' | 'value' | 'unit'>, lang: string): string {
  const w = wordsOf(lang);
  if (typeof target.value === 'number') {
    const sign = SIGN[target.comparator];
    return `${sign ? `${sign} ` : ''}${formatAmount(target.value, target.unit, lang)}`;
  }
  const duration = formatDuration(target.value, w);
  if (duration) return target.comparator === '<=' || target.comparator === '<' ? `${w.within} ${duration}` : duration;
  const date = formatDate(target.value, lang);
  if (!date) return target.value;
  const lead = w.deadline[target.comparator];
  return lead ? `${lead} ${date}` : date;
}

/** When a target is due, or '' when its goal already says it (a deadline) or nothing says it. */
export function formatDue(target: Pick<Target, 'kind' | 'value' | 'by'>, lang: string): string {
  if (!target.by) return '';
  if (target.kind === 'deadline' && typeof target.value === 'string' && target.value.startsWith(target.by)) return '';
  return formatDate(target.by, lang) ?? target.by;
}
