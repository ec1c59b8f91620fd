import { en, vi, type MessageKey } from './messages';

export type { MessageKey };

/** The UI language: Vietnamese when the reader's browser prefers it to English, else English. */
export function uiLanguage(): 'vi' | 'en' {
  const preferred: string[] = [];
  if (typeof navigator !== 'undefined') preferred.push(...(navigator.languages ?? []), navigator.language);
  try {
    preferred.push(browser.i18n.getUILanguage());
  } catch {
    // Not in an extension context (tests, scripts).
  }
  const first = preferred.map((l) => (l ?? '').toLowerCase().slice(0, 2)).find((l) => l === 'vi' || l === 'en');
  return first === 'vi' ? 'vi' : 'en';
}

/** The UI text for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}, lang = uiLanguage()): string {
  const table = lang === 'vi' ? vi : en;
  return table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
