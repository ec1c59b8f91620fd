/** The add-on's gecko id, and the moz-extension host our tests fix for it. */
export const GECKO_ID: string;
export const TEST_UUID: string;
/** The system Firefox: FIREFOX_PATH, else Debian's firefox-esr; throws with how to install one. */
export function findFirefox(): string;
/** Preferences for a test profile (add-on host, downloads without asking, optional UI locale). */
export function firefoxPrefs(downloadDir: string, locale?: string): Record<string, unknown>;
