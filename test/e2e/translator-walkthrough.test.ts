/**
 * TRANSLATING.md followed to the letter, for a language we do not ship (French), in a scratch copy of the project:
 * add the code to lit-localize.json, extract, translate two texts and a state text (its key on the same line as
 * "en", as a translator may write it), build, check. No code edit, and every affected check passes: the localization
 * status, the type check, the unit tests, the build and the size budget; the English page grows by less than 50
 * bytes for the new language. A typed number makes the build refuse, with a non-zero exit and nothing written.
 * The scratch copy is this checkout as it is, uncommitted work included (a translator runs `npm test` before
 * committing their new files).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let scratch: string;

/** Runs an npm script or command in the scratch copy, as the translator would; its output is kept for failures. */
function run(command: string, args: string[]) {
  // A translator's shell, not this test runner's: vitest's NODE_ENV=test would make Vite build for development.
  const { NODE_ENV: _test, VITEST: _vitest, ...env } = process.env;
  const result = spawnSync(command, args, { cwd: scratch, encoding: 'utf8', env: { ...env, FORCE_COLOR: '0' } });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every English page's size (each element alone, all four, the snippet), gzip -9 bytes, as `npm run size --json` measures them in `dir`. */
function pageBytes(dir: string): Record<string, number> {
  const out = execFileSync('node', ['scripts/size-budget.mjs', '--json'], { cwd: dir, encoding: 'utf8' });
  const pages: { id: string; gzip: number }[] = JSON.parse(out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1)).pages;
  return Object.fromEntries(pages.map((page) => [page.id, page.gzip]));
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'heat-translator-'));
  // The project as this checkout has it: tracked files and new ones not ignored (a translator's locales/fil.xlf
  // before it is committed), without the tracked files deleted here, with this checkout's installed packages.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(join(repo, file)));
  for (const file of new Set(files)) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(repo, file), join(scratch, file));
  }
  symlinkSync(join(repo, 'node_modules'), join(scratch, 'node_modules'), 'dir');
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('a translator adds French, following TRANSLATING.md', () => {
  it('1-2: adds the code and creates the files', () => {
    const config = JSON.parse(readFileSync(join(scratch, 'lit-localize.json'), 'utf8'));
    config.targetLocales = [...config.targetLocales, 'fr'].sort();
    writeFileSync(join(scratch, 'lit-localize.json'), `${JSON.stringify(config, null, 2)}\n`);
    const extract = run('npm', ['run', 'i18n:extract']);
    expect(extract.code, extract.output).toBe(0);
    expect(readFileSync(join(scratch, 'locales/fr.xlf'), 'utf8')).toContain('<trans-unit id="hotline-list.heading">');
    expect(readFileSync(join(scratch, 'locales/data/fr.xlf'), 'utf8')).toContain('<trans-unit id="resource.emergency.name">');
  }, 120_000);

  it('3-5: translates two texts and a state text, builds and checks, with no error', () => {
    const ui = join(scratch, 'locales/fr.xlf');
    writeFileSync(ui, readFileSync(ui, 'utf8').replace(/(<trans-unit id="hotline-list.heading">[\s\S]*?<source>Get help<\/source>)/, '$1\n  <target>Obtenir de l’aide</target>'));
    const data = join(scratch, 'locales/data/fr.xlf');
    writeFileSync(data, readFileSync(data, 'utf8').replace(/(<trans-unit id="resource.emergency.name">[\s\S]*?<source>Emergency services<\/source>)/, '$1\n  <target>Services d’urgence</target>'));
    // A state text, its key written on the same line as "en": the build puts it in the project's layout.
    const hawaii = join(scratch, 'src/data/regions/us-hi.json');
    const handEdited = readFileSync(hawaii, 'utf8').replace('"en": "For Oahu.",', '"en": "For Oahu.", "fr": "Pour Oahu.",');
    expect(handEdited).toContain('"fr": "Pour Oahu."');
    writeFileSync(hawaii, handEdited);
    const build = run('npm', ['run', 'i18n:build']);
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('us-hi.json');
    expect(readFileSync(hawaii, 'utf8')).toMatch(/\n( +)"en": "For Oahu\.",\n\1"fr": "Pour Oahu\.",\n/);
    const status = run('npm', ['run', 'i18n:status', '--silent']);
    expect(status.code, status.output).toBe(0);
    expect(status.output).toMatch(/^fr\s/m);
    expect(readFileSync(join(scratch, 'src/i18n/generated/bundles/fr.ts'), 'utf8')).toContain('Services d’urgence');
  }, 180_000);

  it('4: a typed number: the build refuses with a non-zero exit, names the text, and writes nothing', () => {
    const data = join(scratch, 'locales/data/fr.xlf');
    const good = readFileSync(data, 'utf8');
    const generated = join(scratch, 'src/i18n/generated/bundles/fr.ts');
    const before = readFileSync(generated, 'utf8');
    writeFileSync(data, good.replace(/(<trans-unit id="resource.988.name">[\s\S]*?<\/source>)/, '$1\n  <target>Ligne 988 pour le suicide et les crises</target>'));
    try {
      const build = run('npm', ['run', 'i18n:build']);
      expect(build.code, build.output).not.toBe(0);
      expect(build.output).toContain('Fix these translations first');
      expect(build.output).toContain('fr: resource.988.name: adds 988 (numbers are placeholders)');
      expect(readFileSync(generated, 'utf8')).toBe(before);
      // npm test's localization step (i18n:status) fails on it too.
      const status = run('npm', ['run', 'i18n:status', '--silent']);
      expect(status.code, status.output).not.toBe(0);
    } finally {
      writeFileSync(data, good);
    }
    const status = run('npm', ['run', 'i18n:status', '--silent']);
    expect(status.code, status.output).toBe(0);
  }, 180_000);

  it('passes the type check and the unit tests', () => {
    const tsc = run('npx', ['tsc', '-p', 'tsconfig.json']);
    expect(tsc.code, tsc.output).toBe(0);
    const unit = run('npx', ['vitest', 'run']);
    expect(unit.code, unit.output.slice(-3000)).toBe(0);
  }, 240_000);

  it('builds, stays within the size budget, and costs every English page less than 50 bytes', () => {
    const build = run('npm', ['run', 'build', '--silent']);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const size = run('node', ['scripts/size-budget.mjs']);
    expect(size.code, size.output).toBe(0);
    const before = pageBytes(repo);
    const after = pageBytes(scratch);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    // The figures TRANSLATING.md quotes ("about N bytes to every English page").
    console.log(`French adds, per English page: ${Object.entries(after).map(([page, bytes]) => `${page} +${bytes - before[page]} B`).join(', ')}`);
    for (const [page, bytes] of Object.entries(after)) {
      const growth = bytes - before[page];
      expect(growth, `the English ${page} page grew ${growth} B with French`).toBeLessThan(50);
      expect(growth).toBeGreaterThanOrEqual(0);
    }
  }, 240_000);
});
