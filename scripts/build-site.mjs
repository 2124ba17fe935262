#!/usr/bin/env node
/**
 * `npm run build:site` (after `npm run build`): one static folder, `site/`, that any static host serves as it is:
 *
 *   site/index.html              the gallery of every element
 *   site/configurator/           the configurator; its default snippet loads the script from `dist/` beside it
 *   site/dist/                   the built scripts (entries, chunks, regions) with their source maps
 *   site/_headers, dist/.htaccess  CORS for `dist/` (Netlify and Cloudflare Pages; Apache), see below
 *
 * Every URL inside is relative, so the folder works at any path (`https://example.org/help/`). The configurator's
 * pinned snippets carry the sha384 of every file in `dist/` as this script copies it (scripts/release-info.mjs reads
 * `dist/` while the configurator is built, and the copy is byte for byte).
 *
 * A partner's page is another origin: the script's languages and regions are modules, which browsers fetch with CORS,
 * and an integrity-checked classic script too. So `dist/` must be served with `Access-Control-Allow-Origin: *`
 * (GitHub Pages does by default); `_headers` and `.htaccess` ask for it on hosts that read them.
 *
 * `dist/esm/` (the npm package's modules, which import bare names such as 'lit') is left out: no snippet loads it.
 *
 * Usage: node scripts/build-site.mjs [--out <folder>]   (default `site/`)
 */
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { releaseOf } from './release-info.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const at = process.argv.indexOf('--out');
const out = resolve(at > 0 ? process.argv[at + 1] : join(root, 'site'));
const dist = join(root, 'dist');

if (!existsSync(join(dist, 'heat-widgets.iife.js'))) {
  console.error('build-site: dist/ is not built. Run `npm run build` first (or `npm run build:site`, which does).');
  process.exit(1);
}

// The gallery and the configurator (vite.config.ts, mode "demo"), into `out`.
await build({
  root: join(root, 'demo'),
  configFile: join(root, 'vite.config.ts'),
  mode: 'demo',
  logLevel: 'warn',
  build: { outDir: out, emptyOutDir: true },
});

cpSync(dist, join(out, 'dist'), { recursive: true, filter: (from) => !from.startsWith(join(dist, 'esm')) });

writeFileSync(
  join(out, '_headers'),
  '# Netlify and Cloudflare Pages: partner pages on other origins load these scripts (modules need CORS).\n/dist/*\n  Access-Control-Allow-Origin: *\n',
);
writeFileSync(
  join(out, 'dist', '.htaccess'),
  '# Apache: partner pages on other origins load these scripts (modules need CORS).\n<IfModule mod_headers.c>\n  Header set Access-Control-Allow-Origin "*"\n</IfModule>\n',
);

// The copy must hash as the configurator's snippets say.
const built = releaseOf(dist, '../dist/').scriptFiles;
const copied = releaseOf(join(out, 'dist'), '../dist/').scriptFiles;
const differ = Object.keys(built).filter((path) => built[path] !== copied[path]);
if (differ.length || Object.keys(copied).length !== Object.keys(built).length) {
  console.error(`build-site: the copy of dist/ differs from dist/ (${differ.join(', ') || 'file count'})`);
  process.exit(1);
}

const size = (dir) =>
  readdirSync(dir, { recursive: true }).reduce((sum, path) => {
    const info = statSync(join(dir, String(path)));
    return sum + (info.isFile() ? info.size : 0);
  }, 0);
console.log(
  `build-site: wrote ${out} (${(size(out) / 1024).toFixed(0)} KB): the gallery (index.html), the configurator ` +
    `(configurator/) and dist/ with ${Object.keys(copied).length} script files, each hashed for the configurator's pinned snippets.`,
);
