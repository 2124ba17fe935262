import { defineConfig } from 'vitest/config';

// Unit tests only: the browser tests under test/browser run in Chromium through @web/test-runner.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
