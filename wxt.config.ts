import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';
import { GECKO_ID } from './scripts/firefox.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Firefox's add-on settings. A fixed id keeps the add-on's storage (its IndexedDB) across
 * reinstalls; 153 is the oldest Firefox we test (Debian's ESR); Brieflight collects nothing, which
 * addons.mozilla.org asks every new add-on to declare.
 */
export const FIREFOX_SETTINGS = {
  gecko: {
    id: GECKO_ID,
    strict_min_version: '153.0',
    data_collection_permissions: { required: ['none'] },
  },
};

// See ../shared/design/ARCHITECTURE.md for the contexts and who owns what.
export default defineConfig({
  srcDir: '.',
  vite: () => ({ plugins: [preact()] }),
  // `npm run dev` opens the system Chromium (CHROMIUM_PATH or Debian's) with the extension loaded;
  // without a display it only rebuilds on change, for loading .output/chrome-mv3-dev by hand.
  webExt: {
    disabled: process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    binaries: existsSync(chromium) ? { chrome: chromium } : undefined,
    // Chromium refuses to start as root without this (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  // `npm run zip:firefox` also writes the sources archive addons.mozilla.org asks for: what builds the
  // add-on (`npm ci && npx wxt build -b firefox`), without tests, benchmarks and training data.
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'docs/**', 'test-results/**', 'data/brief/labels/**', 'data/brief/labels-second/**', 'data/brief/notes/**', 'data/brief/sample.json'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. contextMenus: "Highlight" on a selection. activeTab: lets the popup see
    // the current tab's address (to explain browser pages) only when the reader opens it.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    options_ui: { page: 'library.html', open_in_tab: true },
    // Readability and the brief load into the content script only when the popup asks. A dynamic URL
    // (a new one each session, known only to our scripts) keeps pages from fetching it to tell that
    // Brieflight is installed, or to run its code in their own world. WXT gives its own CSS one too.
    web_accessible_resources: [{ resources: ['article-reader.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandSidePanel__',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
});
