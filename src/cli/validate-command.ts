/**
 * `heat-widgets validate <file-or-https-URL>`: checks a partner data file with the same code the browser loader runs
 * (`src/data/validate.ts`), under the same limits (1 MB, 8 s, https only), and explains every problem with its JSON
 * path. Node only; never bundled into the embed script.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataLoadError, loaderSettings, readLimited, withoutCredentials } from '../data/loader.js';
import { type Problem, validateDataset } from '../data/validate.js';
import { VERSION } from '../base/define.js';

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/** Exit codes: a script can tell "your file has errors" from "the check could not run". */
export const EXIT = { ok: 0, invalid: 1, usage: 2, unreadable: 3 } as const;

const USAGE = `Usage: heat-widgets validate <file.json | https://…/file.json>

Checks a heat-widgets data file (the JSON a page gives an element in "src") exactly as the
browser does, and lists every problem with its JSON path.

  Errors    the entry or value is left out on the page (or the whole file is refused)
  Warnings  shown as they are, but check them: stale "verified" dates (over 12 months),
            short codes instead of E.164 numbers, links that are not https

Exit code: 0 no errors (warnings allowed), 1 errors, 2 wrong usage, 3 file or URL unreadable.
Schema: node_modules/heat-widgets/schema/heat-data.schema.json`;

class ReadError extends Error {}

async function readLocal(path: string): Promise<string> {
  const full = resolve(path);
  let size: number;
  try {
    const info = await stat(full);
    if (!info.isFile()) throw new ReadError(`${path} is not a file`);
    size = info.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`cannot read ${path}: no such file (looked at ${full})`);
  }
  if (size > loaderSettings.maxBytes) {
    throw new ReadError(`${path} is ${size} bytes; pages refuse data files over ${loaderSettings.maxBytes} bytes (1 MB)`);
  }
  return readFile(full, 'utf8');
}

async function readRemote(href: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), loaderSettings.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(href, { signal: controller.signal, redirect: 'follow', headers: { accept: 'application/json' } });
    } catch {
      throw new ReadError(
        controller.signal.aborted
          ? `${href} did not answer within ${loaderSettings.timeoutMs / 1000} s (pages give up after that too)`
          : `${href} could not be reached (check the address, and that the server is up)`,
      );
    }
    if (!response.ok) throw new ReadError(`${href} answered HTTP ${response.status}`);
    if (new URL(response.url || href).protocol !== 'https:') throw new ReadError(`${href} redirected away from https:`);
    try {
      return await readLimited(response, href, loaderSettings.maxBytes);
    } catch (e) {
      if (e instanceof DataLoadError) throw new ReadError(`${href} ${e.message} (pages refuse it too)`);
      throw new ReadError(`${href} broke off while loading`);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** "Unexpected token } in JSON at position 120" becomes "line 7, column 3". */
function jsonErrorLocation(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = Number(position[1]) - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')} at line ${line}, column ${column}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatProblem(problem: Problem): string {
  const label = problem.severity === 'error' ? 'error  ' : 'warning';
  return `  ${label}  ${problem.path}  ${problem.message}`;
}

export async function validateCommand(target: string, out: Output, now = new Date()): Promise<number> {
  let text: string;
  let isUrl = false;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
      isUrl = true;
      const url = new URL(target);
      // Refused before any request, as pages refuse it; the credential is never printed.
      if (url.username || url.password) {
        out.error(`${withoutCredentials(url)}: an address with a user name or password (user:pass@) is refused, as pages refuse it`);
        return EXIT.usage;
      }
      if (url.protocol !== 'https:') {
        out.error(`${target}: only https: addresses can be checked, because pages only load data over https:`);
        return EXIT.usage;
      }
      text = await readRemote(url.href);
    } else {
      text = await readLocal(target);
    }
  } catch (e) {
    if (e instanceof ReadError || e instanceof TypeError) {
      out.error(e instanceof ReadError ? e.message : `${withoutCredentials(target)} is not a valid address`);
      return EXIT.unreadable;
    }
    throw e;
  }

  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    out.log(`${target}`);
    out.log(`  error    $  is not valid JSON: ${jsonErrorLocation(text, e)}`);
    out.log(`\n${target}: not valid JSON; pages would keep showing the bundled data. 1 error.`);
    return EXIT.invalid;
  }

  // Our own region files (src/data/regions/) carry our ids, which partner files may not reuse.
  const ours = !isUrl && /[\\/]src[\\/]data[\\/]regions[\\/][a-z-]+\.json$/.test(target);
  const { dataset, problems } = validateDataset(json, { now, ours });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  out.log(target);
  for (const problem of problems) out.log(formatProblem(problem));
  if (!problems.length) out.log('  no problems found');

  const where = isUrl ? 'this URL' : 'this file';
  const summary = dataset
    ? `${plural(dataset.resources.length, 'resource')} and ${plural(dataset.facts.length, 'fact')} would show`
    : `pages would refuse ${where} and keep showing the bundled data`;
  out.log(`\n${target}: ${summary}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
  if (dataset?.resources.length && !ours) {
    const places = [...new Set(dataset.resources.map((r) => r.region))].sort();
    out.log(
      dataset.replaceBundled
        ? 'replaceBundled is true: pages show only these lines, plus 911; the bundled national, state and county lines are hidden.'
        : 'These lines are added to the bundled national, state and county lines (911 always first, the most local next).',
    );
    out.log(`They show on pages whose region is, or is inside: ${places.join(', ')}.`);
  }
  if (dataset && errors) out.log('Entries with errors are left out on the page; fix them and run this again.');
  return errors ? EXIT.invalid : EXIT.ok;
}

/** The command line: `heat-widgets validate <file-or-URL>`. Returns the exit code. */
export async function main(argv: readonly string[], out: Output = console, now = new Date()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    out.log(VERSION);
    return EXIT.ok;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out.log(USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command !== 'validate') {
    out.error(`Unknown command "${command}".\n\n${USAGE}`);
    return EXIT.usage;
  }
  const targets = rest.filter((arg) => arg !== '--');
  if (targets.length === 0 || targets.some((t) => t.startsWith('-') && t !== '-')) {
    out.error(USAGE);
    return EXIT.usage;
  }
  let worst: number = EXIT.ok;
  for (const [i, target] of targets.entries()) {
    if (i > 0) out.log('');
    worst = Math.max(worst, await validateCommand(target, out, now));
  }
  return worst;
}
