/**
 * `heat-widgets validate`: what a partner sees for their file, and the exit code their script sees.
 * Most cases call the command's main(); one compiles the real `bin` and runs it with node.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, main } from '../../src/cli/validate-command.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
// After the last `verified` date in our region files: a date after `now` is refused as not yet come.
const now = new Date('2026-12-01T00:00:00Z');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (l) => out.push(l), error: (l) => err.push(l) }, now);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('heat-widgets validate', () => {
  it('passes a good file with exit code 0 and says what would show', async () => {
    const { code, out } = await run('validate', fixture('cli-good.json'));
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('no problems found');
    expect(out).toContain('1 resource and 0 facts would show; 0 errors, 0 warnings.');
    // A partner file adds to the bundled lines, and the summary says where its lines show.
    expect(out).toContain('These lines are added to the bundled national, state and county lines');
    expect(out).toContain('They show on pages whose region is, or is inside: us-ca-stanislaus.');
  });

  it('validates our own region files (their ids are ours) and refuses those ids in a partner file', async () => {
    const ours = fileURLToPath(new URL('../../src/data/regions/us-tx.json', import.meta.url));
    const good = await run('validate', ours);
    expect(good.code).toBe(EXIT.ok);
    expect(good.out).toContain('1 resource and 0 facts would show');
    expect(good.out).not.toContain('added to the bundled');
    const partner = join(mkdtempSync(join(tmpdir(), 'heat-cli-')), 'partner.json');
    writeFileSync(partner, readFileSync(ours, 'utf8'));
    const refused = await run('validate', partner);
    expect(refused.code).toBe(EXIT.invalid);
    expect(refused.out).toContain('"tx-child-abuse-hotline" is the id of one of our verified lines');
  });

  it('lists each error with its JSON path and exits 1', async () => {
    const { code, out } = await run('validate', fixture('cli-bad.json'));
    expect(code).toBe(EXIT.invalid);
    expect(out).toMatch(/error +\$\.resources\[1\]\.id +must be lower-case letters, digits and hyphens; this entry is left out/);
    expect(out).toMatch(/error +\$\.resources\[2\]\.channels\[0\]\.number +must be an E\.164 number/);
    expect(out).toMatch(/error +\$\.resources\[2\]\.channels\[1\]\.url +must be an absolute https: address/);
    // The listing keeps its one good channel; the bad entry is dropped; the good one stays.
    expect(out).toContain('2 resources and 0 facts would show; 3 errors, 0 warnings.');
    expect(out).toContain('Entries with errors are left out on the page');
  });

  it('warns about a stale verified date and a short code, without failing', async () => {
    const { code, out } = await run('validate', fixture('cli-stale-short.json'));
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/warning +\$\.resources\[0\]\.verified +was last checked on 2024-01-15, more than 12 months ago/);
    expect(out).toMatch(/warning +\$\.resources\[1\]\.channels\[0\]\.number +"55501" is a short code, not an E\.164 number/);
    expect(out).toContain('0 errors, 2 warnings.');
  });

  it('points at the line and column of broken JSON', async () => {
    const { code, out } = await run('validate', fixture('cli-not-json.json'));
    expect(code).toBe(EXIT.invalid);
    expect(out).toMatch(/is not valid JSON: .* at line 4, column \d+/);
  });

  it('refuses a file over the loader’s 1 MB limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heat-cli-'));
    const big = join(dir, 'big.json');
    writeFileSync(big, `{"version":1,"resources":[],"pad":"${'x'.repeat(1024 * 1024)}"}`);
    const { code, err } = await run('validate', big);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(EXIT.unreadable);
    expect(err).toMatch(/refuse data files over 1048576 bytes/);
  });

  it('says so when the file does not exist (exit 3)', async () => {
    const { code, err } = await run('validate', 'no-such-file.json');
    expect(code).toBe(EXIT.unreadable);
    expect(err).toMatch(/cannot read no-such-file\.json: no such file/);
  });

  it('refuses http: addresses, as pages do (exit 2)', async () => {
    const { code, err } = await run('validate', 'http://example.org/data.json');
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/only https: addresses/);
  });

  it('refuses an address with a user name or password before any request, and never prints the password (exit 2)', async () => {
    for (const target of ['https://reader:s3cr3t-pass@127.0.0.1:9/data.json', 'https://:s3cr3t-pass@127.0.0.1:9/data.json', 'http://reader:s3cr3t-pass@example.org/x.json']) {
      const { code, out, err } = await run('validate', target);
      expect(code, target).toBe(EXIT.usage);
      expect(err).toMatch(/user name or password/);
      expect(out + err).not.toContain('s3cr3t');
      // It still says which address it means, without the credential.
      expect(err).toContain(`//${new URL(target).host}/`);
    }
    const broken = await run('validate', 'https://reader:s3cr3t-pass@[not-a-host/data.json');
    expect(broken.out + broken.err).not.toContain('s3cr3t');
  });

  it('reports an unreachable https: address (exit 3)', async () => {
    // Port 9 on the loopback address: nothing listens, the connection is refused at once.
    const { code, err } = await run('validate', 'https://127.0.0.1:9/data.json');
    expect(code).toBe(EXIT.unreadable);
    expect(err).toMatch(/https:\/\/127\.0\.0\.1:9\/data\.json could not be reached/);
  });

  it('explains its usage when called wrongly (exit 2)', async () => {
    expect((await run()).code).toBe(EXIT.usage);
    expect((await run('validate')).code).toBe(EXIT.usage);
    const unknown = await run('check', 'x.json');
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toMatch(/Unknown command "check"[\s\S]*Usage: heat-widgets validate/);
  });
});

describe('the built heat-widgets command', () => {
  let dir: string;
  beforeAll(() => {
    // Compile the package's Node build (the same tsconfig as `npm run build`) into a scratch folder.
    dir = mkdtempSync(join(tmpdir(), 'heat-bin-'));
    const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', dir, '--declaration', 'false'], {
      encoding: 'utf8',
    });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const bin = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'cli/heat-widgets.js'), ...args], { encoding: 'utf8' });

  it('exits 0 for a good file and 1 for a bad one, printing the paths', () => {
    const good = bin('validate', fixture('cli-good.json'));
    expect(good.status, good.stderr).toBe(0);
    const bad = bin('validate', fixture('cli-bad.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('$.resources[1].id');
  });

  it('exits 3 for a missing file, with the reason on stderr', () => {
    const missing = bin('validate', 'missing.json');
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/no such file/);
  });
});
