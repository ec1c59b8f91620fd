import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests: lib/ and components/ under happy-dom, browser APIs through WXT's fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/anchoring/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 20_000,
  },
});
