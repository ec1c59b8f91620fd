import { uiLanguage } from '@/lib/i18n';

/** A language's name in the reader's language: `fr` → "French" / "Tiếng Pháp"; the code when it has none. */
export function languageName(code: string, ui: string = uiLanguage()): string {
  if (!code || code === 'und') return '?';
  try {
    const name = new Intl.DisplayNames([ui], { type: 'language' }).of(code);
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase(ui) + name.slice(1);
  } catch {
    // Not a language code Intl knows.
  }
  return code;
}
