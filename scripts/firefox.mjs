// Where the system Firefox is (FIREFOX_PATH, else Debian's firefox-esr), and how our tests start it:
// puppeteer-core over WebDriver BiDi, with the built add-on installed as a temporary add-on.
import { existsSync } from 'node:fs';

/** The add-on's id (wxt.config.ts) and the fixed host our tests give it: moz-extension://<uuid>/. */
export const GECKO_ID = 'brieflight@brieflight.app';
export const TEST_UUID = '6b1e2f4a-3c5d-4e7f-8a9b-0c1d2e3f4a5b';

export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found. Install Firefox ESR (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary (153 or newer).',
    );
  }
  return found;
}

/**
 * Preferences for a test profile: the add-on at a known host, downloads saved to `downloadDir`
 * without asking (without `alwaysOpenPanel` the downloads panel takes the keyboard), and no
 * first-run pages or network chatter.
 */
export function firefoxPrefs(downloadDir, locale) {
  return {
    'remote.experimental.enabled': true,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: TEST_UUID }),
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.aboutConfig.showWarning': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.enabled': false,
    ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
  };
}
