/**
 * Vite plugin for the configurator: `import release from 'virtual:heat-release'` gives the package name and version
 * and the Subresource Integrity hash (sha384) of the built classic script, `dist/heat-widgets.iife.js`, so that the
 * snippet can pin a published version. Read on every load: after `npm run build` a reload shows the new hash.
 * Without a build there is no hash, and the configurator says so instead of printing a wrong one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ID = 'virtual:heat-release';
const root = new URL('../', import.meta.url);

export function releaseInfo() {
  return {
    name: 'heat-release-info',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
      const file = fileURLToPath(new URL('dist/heat-widgets.iife.js', root));
      // Watch the file only when it exists: the dev server treats a watched path as an import and fails to resolve
      // a missing one, which left the configurator blank in a clone that had not been built.
      const built = existsSync(file);
      if (built) this.addWatchFile?.(file);
      const integrity = built ? `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}` : null;
      return `export default ${JSON.stringify({ name: pkg.name, version: pkg.version, integrity })};`;
    },
  };
}
