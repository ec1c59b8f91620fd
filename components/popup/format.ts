import type { Directive, Target } from '@/lib/model/brief';

const LOCALE = { vi: 'vi-VN', en: 'en-US' } as const;

/** A target's value as a reader writes it: `95%`, `4.423 tỷ đồng`, `2025-06-30`. */
export function formatValue(target: Pick<Target, 'value' | 'unit' | 'kind'>, lang: string): string {
  if (typeof target.value === 'string') return target.value;
  const number = target.value.toLocaleString(lang === 'vi' ? LOCALE.vi : LOCALE.en, { maximumFractionDigits: 4 });
  if (!target.unit) return number;
  return /^(%|‰)$/.test(target.unit) ? `${number}${target.unit}` : `${number} ${target.unit}`;
}

const COMPARATOR: Record<Target['comparator'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '', '~': '≈' };

/** `> 95%`: the comparator and value of a target. */
export function formatGoal(target: Target, lang: string): string {
  const sign = COMPARATOR[target.comparator];
  return `${sign ? `${sign} ` : ''}${formatValue(target, lang)}`;
}

/** The first letter in upper case, the way a metric starts a table row. */
export const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Directives grouped by who must act, in the order they first appear. */
export function groupByAddressee(directives: Directive[], fallback: string): [string, Directive[]][] {
  const groups = new Map<string, Directive[]>();
  for (const d of directives) {
    const key = d.addressee?.trim() || fallback;
    const list = groups.get(key) ?? [];
    list.push(d);
    groups.set(key, list);
  }
  return [...groups.entries()];
}
