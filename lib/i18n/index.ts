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

/**
 * The UI text for `key`, with `{name}` placeholders filled from `values`, and `{name|one|other}`
 * the word for that many in the UI language ("1 highlight", "2 highlights").
 */
export function t(key: MessageKey, values: Record<string, string | number> = {}, lang = uiLanguage()): string {
  const table = lang === 'vi' ? vi : en;
  return table[key].replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (_, name: string, one?: string, other?: string) => {
    const value = values[name] ?? '';
    if (one === undefined || other === undefined) return String(value);
    return new Intl.PluralRules(lang).select(Number(value)) === 'one' ? one : other;
  });
}
