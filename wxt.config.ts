import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. contextMenus: "Highlight" on a selection. activeTab: lets the popup see
    // the current tab's address (to explain browser pages) only when the reader opens it.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    options_ui: { page: 'library.html', open_in_tab: true },
    // Readability and the brief load into the content script only when the popup asks.
    web_accessible_resources: [{ resources: ['article-reader.js'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
  },
});
