/**
 * Vite plugin for the configurator: `import release from 'virtual:heat-release'` gives the package name and version,
 * the Subresource Integrity hash (sha384) of every script file in the built `dist/` (`scriptFiles`), which file names
 * which (`scriptLoads`), and where `dist/` sits relative to the configurator page (`distPath`). The snippet pins a
 * version with these hashes. Read on every load: after `npm run build` a reload shows the new hashes. Without a build
 * there are none, and the configurator says so instead of printing wrong ones.
 *
 * The file list is generic: every `.js` file under `dist/` except `dist/esm/` (the npm package's unbundled modules,
 * which import bare names such as 'lit' and so are never loaded by a snippet). Whatever entries and chunks the build
 * writes are hashed, without a list of names here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const ID = 'virtual:heat-release';
const root = new URL('../', import.meta.url);

/** `sha384-…` of a file's bytes, as `integrity` attributes and import maps write it. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every script file a snippet could load: `.js` under `dist/`, `dist/esm/` excepted; paths relative to `dist/`. */
export function scriptFilesIn(dist) {
  if (!existsSync(dist)) return [];
  return readdirSync(dist, { recursive: true, withFileTypes: false })
    .map((path) => String(path).split('\\').join('/'))
    .filter((path) => path.endsWith('.js') && !path.startsWith('esm/'))
    .sort();
}

/**
 * For each script file, the other script files whose names it contains (static and dynamic imports, and URLs built
 * from a literal name such as `new URL('chunks/es-….js', base)`), resolved both beside the file and beside the entry
 * (the root of `dist/`), followed through. A name built at run time (a region's file, `regions/${code}.js`) is not
 * found here; the snippet adds the region files itself.
 */
export function scriptLoads(dist, files, read = (path) => readFileSync(`${dist}/${path}`, 'utf8')) {
  const known = new Set(files);
  const direct = new Map();
  for (const file of files) {
    const names = new Set();
    for (const [token] of read(file).matchAll(/[\w.$@-]*(?:\/[\w.$@-]+)*\.js\b/g)) {
      for (const base of [posix.dirname(file), '.']) {
        const path = posix.normalize(posix.join(base, token));
        if (path !== file && known.has(path)) names.add(path);
      }
    }
    direct.set(file, names);
  }
  const loads = {};
  for (const file of files) {
    const seen = new Set();
    const next = [...direct.get(file)];
    while (next.length) {
      const path = next.pop();
      if (seen.has(path) || path === file) continue;
      seen.add(path);
      next.push(...direct.get(path));
    }
    loads[file] = [...seen].sort();
  }
  return loads;
}

/** Everything the configurator needs to write pinned snippets for the build in `dist`. */
export function releaseOf(dist, distPath) {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const files = scriptFilesIn(dist);
  const scriptFiles = Object.fromEntries(files.map((path) => [path, sriHash(readFileSync(`${dist}/${path}`))]));
  return {
    name: pkg.name,
    version: pkg.version,
    integrity: scriptFiles['heat-widgets.iife.js'] ?? null,
    scriptFiles,
    scriptLoads: scriptLoads(dist, files),
    distPath,
  };
}

export function releaseInfo() {
  const dist = fileURLToPath(new URL('dist', root));
  // The dev server serves the repository (the configurator at /demo/configurator/, dist/ at /dist/); the built site
  // puts the configurator at configurator/ and dist/ beside it (scripts/build-site.mjs).
  let distPath = '../../dist/';
  return {
    name: 'heat-release-info',
    configResolved(config) {
      if (config.command === 'build') distPath = '../dist/';
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const release = releaseOf(dist, distPath);
      // Watch the files only when they exist: the dev server treats a watched path as an import and fails to resolve
      // a missing one, which left the configurator blank in a clone that had not been built.
      for (const path of Object.keys(release.scriptFiles)) this.addWatchFile?.(`${dist}/${path}`);
      return `export default ${JSON.stringify(release)};`;
    },
  };
}
