// Browser tests: real headless Chromium, TypeScript through esbuild.
import { chromeArgs, chromePath } from './scripts/chrome.mjs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countReporter } from './test/browser/support/count-reporter.mjs';
import { testDataMiddleware } from './test/browser/support/test-data-middleware.mjs';
import { heatEmulateMediaPlugin } from './test/browser/support/emulate-media-plugin.mjs';
import { minifyHtmlTemplates } from './scripts/minify-html-templates.mjs';

/** The build's template whitespace collapse (see that script), so browser tests see the templates that ship. */
const shippedTemplates = {
  name: 'heat-shipped-templates',
  transform(context) {
    if (!/^\/src\/.*\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
    const body = minifyHtmlTemplates(context.body, context.path);
    return body === undefined ? undefined : { body };
  },
};

const args = ['--headless', ...chromeArgs()];
// esbuild's target is esnext so that JSON import attributes (`with { type: 'json' }`, the region data files) reach
// Chromium, which loads them natively; an older target silently drops them.

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args },
      // Each test file in its own browser context, hence its own window: with two files at once, a second tab in one
      // window would be hidden, and a hidden page gets no animation frames (a fixture that waits for one hangs).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  plugins: [a11ySnapshotPlugin(), heatEmulateMediaPlugin(), shippedTemplates, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' })],
  middleware: [testDataMiddleware],
  reporters: [
    defaultReporter(),
    ...(process.env.HEAT_TEST_COUNTS ? [countReporter(process.env.HEAT_TEST_COUNTS)] : []),
  ],
};
