/**
 * Which Chrome to launch and with which flags, shared by the browser tests, the end-to-end tests and the benchmarks.
 * CHROME_PATH when set, else Debian's /usr/bin/chromium, else undefined (the launcher looks for an installed Chrome).
 */
import { existsSync } from 'node:fs';

export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Flags for a quiet headless Chrome on a closed network; no sandbox only where it cannot start (root). */
export function chromeArgs() {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
