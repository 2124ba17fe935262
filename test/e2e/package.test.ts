/**
 * Proof of packaging: `npm pack` the built package, install the tarball into a fresh project as a user would,
 * type-check against its exports, build a page that imports it with vite, and render that page in Chromium.
 * Also runs the installed `heat-widgets validate` command. Needs `npm run build` first (npm test does it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launch, watch } from './support/browser.js';
import { repoRoot, serve, type StaticServer } from './support/server.js';
import { STANISLAUS_TEL } from '../fixtures/verified-targets.js';

let work: string;
let project: string;
let packed: { filename: string; files: { path: string; mode: number }[] };
let browser: Browser;
let site: StaticServer;

const write = (file: string, text: string) => {
  mkdirSync(join(project, file, '..'), { recursive: true });
  writeFileSync(join(project, file), text);
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'heat-pack-'));
  // The build already ran (npm test builds before the end-to-end suite); pack exactly what is in dist/.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  packed = JSON.parse(out)[0];

  project = join(work, 'site');
  write('package.json', JSON.stringify({ name: 'partner-site', private: true, type: 'module' }, null, 2));
  // Everything comes from the local npm cache (lit, react…); nothing else is fetched when it is there.
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      join(work, packed.filename),
      'react@19',
      'react-dom@19',
      '@lit/react@1',
      '@types/react@19',
    ],
    { cwd: project, encoding: 'utf8', stdio: 'pipe' },
  );

  write(
    'index.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script type="module" src="./main.js"></script></head>
<body><main><heat-hotline-list region="us-ca-stanislaus"></heat-hotline-list><div id="react"></div></main></body></html>`,
  );
  write(
    'main.js',
    `import 'heat-widgets';
import { HeatHotlineList } from 'heat-widgets/elements';
import schema from 'heat-widgets/schema.json';
import pkg from 'heat-widgets/package.json';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { HeatHotlineList as ReactHotlineList } from 'heat-widgets/react';

window.checks = {
  sameClass: customElements.get('heat-hotline-list') === HeatHotlineList,
  schemaTitle: schema.title,
  version: pkg.version,
};
window.reactErrors = [];
createRoot(document.getElementById('react')).render(
  createElement(ReactHotlineList, {
    region: 'us-ca-alameda',
    theme: 'dark',
    // Nothing listens on port 9: the element keeps its bundled data and fires heat-data-error.
    src: 'https://127.0.0.1:9/partner.json',
    onHeatDataError: (event) => window.reactErrors.push(event.detail.reason),
  }),
);
`,
  );
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every file under `dir` (relative to the repository, `/` separators). */
const filesUnder = (dir: string) =>
  readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(repoRoot.length).split('\\').join('/').replace(/^\//, ''));

describe('what `npm publish` would publish (npm pack --dry-run)', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  let listed: string[];

  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
    listed = (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path).sort();
  });

  it('lists exactly the built dist/ (no declaration maps), the schema, the manifest, README, LICENSE if any, and package.json', () => {
    const expected = [
      'package.json',
      'README.md',
      'custom-elements.json',
      ...filesUnder('schema'),
      // Not the build's manifest (dist/.vite/), which only the classic build reads.
      ...filesUnder('dist').filter((f) => !f.endsWith('.d.ts.map') && !f.startsWith('dist/.vite/')),
      ...['LICENSE', 'LICENSE.md', 'CHANGELOG.md'].filter((f) => existsSync(join(repoRoot, f))),
    ].sort();
    expect(listed).toEqual(expected);
    expect(listed.filter((f) => /^(src|test|demo|scripts|site|docs|locales|node_modules|\.ci)\//.test(f) || f.endsWith('.tgz'))).toEqual([]);
  });

  it('holds every file package.json points at: exports, main, types, the CLI bin, side effects, CDN fields', () => {
    const pointed: string[] = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types'], pkg.unpkg, pkg.jsdelivr];
    for (const target of Object.values(pkg.exports as Record<string, string | Record<string, string>>)) {
      pointed.push(...(typeof target === 'string' ? [target] : Object.values(target)));
    }
    pointed.push(...Object.values(pkg.bin as Record<string, string>), ...pkg.sideEffects);
    for (const path of pointed) expect(listed, path).toContain(path.replace(/^\.\//, ''));
    expect(listed).toContain('dist/esm/cli/heat-widgets.js');
  });

  it('holds every region file and every script a snippet can load (all of dist/ but the npm modules)', () => {
    const regions = readdirSync(join(repoRoot, 'src/data/regions')).filter((f) => f.endsWith('.json') && f !== 'us.json');
    expect(regions.length).toBeGreaterThan(50);
    for (const file of regions) expect(listed).toContain(`dist/regions/${file.replace(/\.json$/, '.js')}`);
    for (const file of filesUnder('dist').filter((f) => f.endsWith('.js') && !f.startsWith('dist/esm/'))) expect(listed).toContain(file);
  });

  it('has a package.json that npm publishes as written (`npm pkg fix` changes nothing: npm 11 dropped a "./" bin)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'heat-pkg-fix-'));
    try {
      writeFileSync(join(copy, 'package.json'), JSON.stringify(pkg, null, 2));
      for (const bin of Object.values(pkg.bin as Record<string, string>)) {
        mkdirSync(join(copy, bin, '..'), { recursive: true });
        writeFileSync(join(copy, bin), '#!/usr/bin/env node\n');
      }
      execFileSync('npm', ['pkg', 'fix'], { cwd: copy, stdio: 'pipe' });
      expect(JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'))).toEqual(pkg);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the npm package', () => {
  it('builds the bin executable, so `npx heat-widgets` runs in a clone as well as when installed', () => {
    const bin = join(repoRoot, 'dist/esm/cli/heat-widgets.js');
    expect(statSync(bin).mode & 0o777).toBe(0o755);
    expect(packed.files.find((f) => f.path === 'dist/esm/cli/heat-widgets.js')?.mode).toBe(0o755);
    // Run the file itself (its shebang), as npx does, not through `node file`.
    const result = spawnSync(bin, ['validate', join(repoRoot, 'test/unit/fixtures/cli-good.json')], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.stdout).toContain('no problems found');
    expect(result.status).toBe(0);
  });

  it('ships the builds, types, manifest, schema and editor data, and no sources or tests', () => {
    const files = packed.files.map((f) => f.path);
    for (const file of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'schema/heat-data.schema.json',
      'dist/heat-widgets.js',
      'dist/heat-widgets.iife.js',
      'dist/esm/index.js',
      'dist/esm/index.d.ts',
      'dist/esm/elements.js',
      'dist/esm/elements.d.ts',
      'dist/esm/react/index.js',
      'dist/esm/react/index.d.ts',
      'dist/esm/jsx.d.ts',
      'dist/esm/cli/heat-widgets.js',
      'dist/web-types.json',
      'dist/vscode.html-custom-data.json',
      'dist/vscode.css-custom-data.json',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((f) => /^(src|test|demo|scripts)\//.test(f))).toEqual([]);
  });

  it('keeps React out of the embed script', () => {
    for (const file of ['dist/heat-widgets.js', 'dist/heat-widgets.iife.js']) {
      expect(readFileSync(join(repoRoot, file), 'utf8')).not.toMatch(/createComponent|@lit\/react|\bReact\b/);
    }
  });

  it('type-checks a partner’s code against its exports (tag map, classes, React events)', () => {
    write(
      'check.tsx',
      `import 'heat-widgets';
import { HeatHotlineList, type HeatDataErrorDetail } from 'heat-widgets/elements';
import type { HeatWidgetsElements } from 'heat-widgets/jsx';
import { HeatHotlineList as ReactHotlineList } from 'heat-widgets/react';

const el: HeatHotlineList = document.createElement('heat-hotline-list');
el.region = 'us-ca-alameda';
el.addEventListener('heat-data-error', (event) => {
  const reason: HeatDataErrorDetail['reason'] = event.detail.reason;
  console.log(reason);
});
const attrs: HeatWidgetsElements['heat-hotline-list'] = { region: 'us', theme: 'dark', 'heading-level': 3 };
export const wrapper = <ReactHotlineList region="us" onHeatDataError={(event) => console.log(event.detail.url)} />;
export const plain = <heat-hotline-list region="us" theme="light" />;
// @ts-expect-error: not a theme
export const wrong: HeatWidgetsElements['heat-hotline-list'] = { theme: 'purple' };
console.log(attrs);
`,
    );
    write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          target: 'ES2021',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['check.tsx'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
  });

  it('builds with vite and renders in Chromium, registering once, with working React wrappers', async () => {
    await build({ root: project, logLevel: 'silent', configFile: false, build: { outDir: join(project, 'dist') } });
    site = await serve({ root: join(project, 'dist') });
    const page = await browser.newPage();
    const seen = watch(page);
    await page.goto(`${site.origin}/index.html`);
    const list = page.locator('main > heat-hotline-list');
    // The county's lines load on demand, as a JSON module beside the package's modules: wait for them.
    await list.locator(`a[href="${STANISLAUS_TEL.at(-5)}"]`).waitFor({ timeout: 5000 });
    const hrefs = await list.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(STANISLAUS_TEL);

    const checks = await page.evaluate(() => (window as unknown as { checks: Record<string, unknown> }).checks);
    expect(checks).toEqual({ sameClass: true, schemaTitle: 'heat-widgets data', version: JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version });

    // The React wrapper rendered the real element with its props, and its typed event prop heard the failure.
    const wrapped = page.locator('#react heat-hotline-list');
    await wrapped.locator('a[href="tel:+15102084959"]').waitFor();
    expect(await wrapped.getAttribute('theme')).toBe('dark');
    await page.waitForFunction(() => (window as unknown as { reactErrors: string[] }).reactErrors.length > 0);
    expect(await page.evaluate(() => (window as unknown as { reactErrors: string[] }).reactErrors)).toEqual(['network']);
    expect(seen.errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  it('installs the heat-widgets command: npx heat-widgets validate', () => {
    const good = join(repoRoot, 'test/unit/fixtures/cli-good.json');
    const ok = spawnSync('npx', ['--no-install', 'heat-widgets', 'validate', good], { cwd: project, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('would show');
    const bad = spawnSync('npx', ['--no-install', 'heat-widgets', 'validate', join(repoRoot, 'test/unit/fixtures/cli-bad.json')], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('$.resources[2].channels[0].number');
  });
});
