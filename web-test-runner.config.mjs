// Browser tests: real headless Chromium, TypeScript through esbuild.
import { existsSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countReporter } from './test/browser/support/count-reporter.mjs';
import { testDataMiddleware } from './test/browser/support/test-data-middleware.mjs';

/** Chrome: CHROME_PATH, else Debian's chromium, else whatever Chrome the launcher finds. */
function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

const args = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// The sandbox cannot start as root (containers, CI); everywhere else keep it.
if (process.getuid?.() === 0) args.push('--no-sandbox');

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args },
    }),
  ],
  plugins: [a11ySnapshotPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  middleware: [testDataMiddleware],
  reporters: [
    defaultReporter(),
    ...(process.env.HEAT_TEST_COUNTS ? [countReporter(process.env.HEAT_TEST_COUNTS)] : []),
  ],
};
