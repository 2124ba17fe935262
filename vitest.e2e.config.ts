import { defineConfig } from 'vitest/config';

// End-to-end tests: Node drives headless Chromium (playwright-core) against the built `dist/`, as a partner's page would.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 30000,
    fileParallelism: false,
  },
});
