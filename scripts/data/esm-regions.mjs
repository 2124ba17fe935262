#!/usr/bin/env node
/**
 * The npm modules (`dist/esm/`, written by tsc) get the region data files as JavaScript modules,
 * `dist/esm/data/regions/<code>.js` (`export default {…}`), with a map of one literal `import()` per file
 * (`regions/index.js`) that `region-data.js` uses: every bundler splits literal imports into chunks, and every browser
 * loads them, while an import with a variable and attributes is left alone by some bundlers (Vite). Run by
 * `npm run build` after tsc.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const from = `${root}src/data/regions/`;
const to = `${root}dist/esm/data/regions/`;
mkdirSync(to, { recursive: true });
const codes = [];
for (const file of readdirSync(from)) {
  if (!file.endsWith('.json')) continue;
  codes.push(file.replace(/\.json$/, ''));
  const data = JSON.parse(readFileSync(`${from}${file}`, 'utf8'));
  delete data.$schema;
  writeFileSync(`${to}${file.replace(/\.json$/, '.js')}`, `export default ${JSON.stringify(data)};\n`);
}

const loaders = codes.filter((c) => c !== 'us').map((c) => `  ${JSON.stringify(c)}: () => import(${JSON.stringify(`./${c}.js`)}),`);
writeFileSync(`${to}index.js`, `// Written by scripts/data/esm-regions.mjs.\nexport default {\n${loaders.join('\n')}\n};\n`);

const module = `${root}dist/esm/data/region-data.js`;
const code = readFileSync(module, 'utf8');
const out = code.replace("import(`./regions/${code}.json`, { with: { type: 'json' } })", 'import(\'./regions/index.js\').then((regions) => regions.default[code]())');
if (out === code) throw new Error('esm-regions: dist/esm/data/region-data.js no longer imports region files as expected');
writeFileSync(module, out);
