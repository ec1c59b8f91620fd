import { en, vi, type MessageKey } from './messages';

export type { MessageKey };

/** The UI language: Vietnamese for a Vietnamese browser, English otherwise. */
export function uiLanguage(): 'vi' | 'en' {
  let lang = '';
  try {
    lang = browser.i18n.getUILanguage();
  } catch {
    // Not in an extension context (tests, scripts).
  }
  if (!lang && typeof navigator !== 'undefined') lang = navigator.language;
  return lang.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The UI text for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}, lang = uiLanguage()): string {
  const table = lang === 'vi' ? vi : en;
  return table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
