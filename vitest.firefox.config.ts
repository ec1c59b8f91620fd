import { defineConfig } from 'vitest/config';

// End-to-end tests in the system Firefox (ESR) with the built add-on, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
