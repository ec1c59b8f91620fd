import { uiLanguage } from '@/lib/i18n';

/** A date as the reader's language writes it (20/11/2026 in Vietnamese, Nov 20, 2026 in English). */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return date.toLocaleDateString(uiLanguage() === 'vi' ? 'vi-VN' : 'en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The start of a local calendar day (from `<input type="date">`) as an ISO time; `next` gives the start of the day after. */
export function dayStart(day: string, next = false): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (next ? 1 : 0)).toISOString();
}
