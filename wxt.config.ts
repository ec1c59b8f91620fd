import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/design/ARCHITECTURE.md for the contexts and who owns what.
export default defineConfig({
  srcDir: '.',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; contextMenus: "Highlight" on a selection; activeTab + scripting:
    // none needed beyond the content script, which runs on http(s) pages.
    permissions: ['storage', 'contextMenus'],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
  },
});
