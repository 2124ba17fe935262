/** Headless Chromium for end-to-end tests, with the flags that work on a closed network (see scripts/chrome.mjs). */
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome.mjs';

/** `options` adds to the defaults (e.g. `ignoreDefaultArgs` to keep the back-forward cache Playwright turns off). */
export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = chromePath();
  if (!executablePath) {
    throw new Error('No Chrome found: set CHROME_PATH, or install Chromium (Debian: apt-get install chromium).');
  }
  return chromium.launch({ executablePath, headless: true, args: chromeArgs(), ...options });
}

export interface PageWatch {
  errors: string[];
  warnings: string[];
  requests: string[];
  cspViolations: string[];
}

/** Records uncaught errors, console errors and warnings, and every request the page makes. */
export function watch(page: Page): PageWatch {
  const result: PageWatch = { errors: [], warnings: [], requests: [], cspViolations: [] };
  page.on('pageerror', (error) => result.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') result.errors.push(message.text());
    if (message.type() === 'warning') result.warnings.push(message.text());
  });
  page.on('request', (request) => result.requests.push(request.url()));
  return result;
}
