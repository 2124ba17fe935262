import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minify } from 'terser';
import { releaseInfo } from './scripts/release-info.mjs';
import { ELEMENT_ENTRIES } from './scripts/element-entries.mjs';
import MagicString from 'magic-string';
import { templateWhitespaceEdits } from './scripts/minify-html-templates.mjs';

/**
 * Modules whose chunk must import nothing from the entry take 'lit' and '@lit/localize' from a small tags file
 * instead: Lit's template results and `nothing` are plain values, so their templates render in the entry's Lit.
 *
 * - Generated locale modules use `src/i18n/locale-tags.ts`: otherwise all of Lit would be split into a chunk that every
 *   page loads as a second request (see that file).
 * - Views loaded with `import()` only when a page asks for them (the region picker, `src/hotline-list/picker.ts`) use
 *   `src/i18n/lazy-tags.ts`, which adds the page's configured `msg`: importing Lit would make their chunk import the
 *   entry, which a page that loads `heat-widgets.js?ver=2` would then download and run a second time. Their relative
 *   imports get their own copies, like the loader's (`validatorChunkCarriesItsHelpers`).
 */
function litValuesFrom(name: string, importers: RegExp, tagsFile: string): Plugin {
  const tags = fileURLToPath(new URL(tagsFile, import.meta.url));
  return {
    name: `heat:${name}`,
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && importers.test(importer) && (source === 'lit' || source === '@lit/localize')) return tags;
      return undefined;
    },
  };
}
const localeChunksImportNothing = () =>
  litValuesFrom('locale-chunks-import-nothing', /[\\/]src[\\/]i18n[\\/]generated[\\/]locales[\\/]/, './src/i18n/locale-tags.ts');
const lazyViewsImportNoEntry = () =>
  litValuesFrom('lazy-views-import-no-entry', /[\\/]src[\\/]hotline-list[\\/]picker\.ts$/, './src/i18n/lazy-tags.ts');

/**
 * Partner-data loading (`src/data/loader.ts` and the validator it uses) loads only when an element has a `src`. It
 * uses a few stateless helpers the entry also uses (link and region patterns). Left alone, the bundler would move those into a shared
 * chunk that every page then loads as a second, serial request; merging them into the entry instead would make the
 * loader chunk import the entry by its plain URL, so a page that loads `heat-widgets.js?ver=2` would download and
 * run the entry twice. So the loader's chunk gets its own copy of what it imports from `src/` (a few hundred bytes,
 * paid only by pages with `src`). Only pure modules may be imported there: a copy has its own module state. The same
 * holds for the other lazy chunks named here: region loading, the picker, and the state and local facts (their copy
 * of the fact sources they cite).
 */
function validatorChunkCarriesItsHelpers(): Plugin {
  const validator = /[\\/]src[\\/](data[\\/](loader|validate|region-data|regional-facts)|hotline-list[\\/]picker)\.ts$/;
  const COPY = '?validator-copy';
  return {
    name: 'heat:validator-chunk-carries-its-helpers',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return undefined;
      if (!validator.test(importer) && !importer.endsWith(COPY)) return undefined;
      const resolved = await this.resolve(source, importer.replace(COPY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !/[\\/]src[\\/]/.test(resolved.id)) return undefined;
      return `${resolved.id}${COPY}`;
    },
  };
}

/**
 * Each state's and county's data file (`src/data/regions/<code>.json`) becomes `dist/regions/<code>.js`, a module
 * loaded only when a list for that region is shown, from beside the script (`src/data/region-data.ts`). The ES build
 * writes them; the classic script, which cannot split, loads the same files from beside itself.
 */
function regionChunks(emit: boolean): Plugin {
  const dir = fileURLToPath(new URL('./src/data/regions/', import.meta.url));
  return {
    name: 'heat:region-chunks',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      if (!emit) return;
      for (const file of readdirSync(dir)) {
        if (!file.endsWith('.json') || file === 'us.json') continue;
        this.emitFile({ type: 'chunk', id: `${dir}${file}`, fileName: `regions/${file.replace(/\.json$/, '.js')}` });
      }
    },
    transform(code, id) {
      // `$schema` serves editors; pages do not need it.
      if (/[\\/]src[\\/]data[\\/]regions[\\/][a-z-]+\.json$/.test(id)) return { code: code.replace(/^\s*"\$schema": "[^"]*",\n/m, ''), map: null };
      if (!/[\\/]src[\\/]data[\\/]region-data\.ts$/.test(id)) return undefined;
      const out = code.replace(
        "import(`./regions/${code}.json`, { with: { type: 'json' } })",
        'import(/* @vite-ignore */ new URL(`regions/${code}.js`, _base).href)',
      );
      if (out === code) this.error('region-data.ts no longer imports region files as the build expects');
      return { code: out, map: null };
    },
  };
}

/**
 * Every `msg()` in `src/` carries an explicit `{ id }`, so @lit/localize's id hashing never runs: the build swaps it
 * for a stub that throws (`src/i18n/explicit-msg-ids.ts`), about 0.2 KB gzip off every page.
 */
function explicitMessageIdsOnly(): Plugin {
  const stub = fileURLToPath(new URL('./src/i18n/explicit-msg-ids.ts', import.meta.url));
  return {
    name: 'heat:explicit-message-ids-only',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer && /[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(importer)) {
        return stub;
      }
      return undefined;
    },
  };
}

/**
 * Minifies the CSS inside our `css\`…\`` literals (comments, indentation, spaces around punctuation). The JS minifier
 * leaves template text alone, and that whitespace was about 0.3 KB gzip on every page. Only literals without `${…}`
 * are touched; nothing inside a rule changes meaning (spaces before `:` and inside selectors stay).
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'heat:minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const out = code.replace(/\bcss`([^`$\\]*)`/g, (_, text: string) => `css\`${minifyCss(text)}\``);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

/**
 * Terser's compressor before the bundler's own minifier: when added, the English entry measured 24.29 KB gzip with
 * oxc alone and 24.00 KB with both (terser alone was no smaller than oxc alone).
 */
function terserFirst(): Plugin {
  return {
    name: 'heat:terser-first',
    apply: 'build',
    async renderChunk(code, _chunk, options) {
      const result = await minify(code, {
        // Only an ES chunk is a module. The classic build's chunk is the whole script, `var HeatWidgets = …`
        // included: as a module, that top-level var would look unused and be dropped, and the global with it.
        module: options.format === 'es',
        ecma: 2020,
        compress: { passes: 3, pure_getters: true },
        mangle: true,
        sourceMap: true,
      });
      return { code: result.code ?? code, map: result.map as string };
    },
  };
}

/**
 * Terser's compressor once more, over the bundler's minified output (ES builds): each element's page measured 40 to
 * 53 B smaller gzip (2026-11-30), the all-four page 15 B. The source map is carried through, so the size breakdown
 * still attributes every byte.
 */
function terserLast(): Plugin {
  return {
    name: 'heat:terser-last',
    apply: 'build',
    // On the written files: the bundler minifies after `generateBundle`, so only here is its output final.
    async writeBundle(options, bundle) {
      // The classic script measured larger after it (+22 B): it keeps the bundler's output.
      if (options.format !== 'es') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const file = join(options.dir!, chunk.fileName);
        const mapFile = `${file}.map`;
        const name = chunk.fileName.split('/').pop()!;
        const result = await minify(readFileSync(file, 'utf8'), {
          module: true,
          ecma: 2020,
          compress: { passes: 3, pure_getters: true },
          // Names stay: mangling them again gained less on the element pages.
          mangle: false,
          sourceMap: existsSync(mapFile) ? { content: readFileSync(mapFile, 'utf8'), url: `${name}.map` } : false,
        });
        if (!result.code) continue;
        writeFileSync(file, result.code);
        if (typeof result.map === 'string') writeFileSync(mapFile, result.map);
      }
    },
  };
}

/**
 * Line breaks and indents inside `html`/`svg` templates (see that script for the rule). In every mode, and in the
 * browser tests (web-test-runner.config.mjs), so the tests render what the bundles ship. The npm modules (`dist/esm`,
 * written by tsc) keep the source's whitespace: no template may depend on the collapse to look right.
 */
function minifyHtmlLiterals(): Plugin {
  return {
    name: 'heat:minify-html-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return undefined;
      const edits = templateWhitespaceEdits(code, id);
      if (!edits.length) return undefined;
      const out = new MagicString(code);
      for (const { start, end, text } of edits) out.overwrite(start, end, text);
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * Our decorators (`src/base/decorators.ts`) go on class fields (TypeScript's experimentalDecorators). The bundler's
 * general `__decorate` helper also handles class, method and parameter decorators and `Reflect.decorate`; for field
 * decorators it only calls each one with the prototype and the name, which is all this version does (ours return
 * nothing to define). About 0.1 KB gzip off every page. Should the bundler's helper change shape, the build fails
 * here rather than quietly shipping the long one.
 */
export function fieldDecoratorsOnly(): Plugin {
  return {
    name: 'heat:field-decorators-only',
    apply: 'build',
    renderChunk(code) {
      const out = code.replace(DECORATE_HELPER, 'function $1(decorators, target, key) {\n\tfor (const d of decorators) d(target, key);\n}');
      if (out.includes('Reflect.decorate')) this.error('the bundler\'s __decorate helper no longer matches DECORATE_HELPER (vite.config.ts)');
      return out === code ? null : { code: out, map: null };
    },
  };
}
export const DECORATE_HELPER =
  /function (\w+)\(decorators, target, key, desc\) \{\s*var c = arguments\.length[^\n]*\n\s*if \(typeof Reflect === "object" && typeof Reflect\.decorate === "function"\)[^\n]*\n\s*else for \(var i = decorators\.length - 1; i >= 0; i--\)[^\n]*\n\s*return c > 3 && r && Object\.defineProperty\(target, key, r\), r;\s*\}/;

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([,:])\s+/g, '$1')
    .replace(/;}/g, '}')
    // Shorter spellings of the same values: `0.5em` is `.5em`, `#ffffff` is `#fff`, `x !important` is `x!important`.
    .replace(/(^|[^\w.#-])(-?)0\.(\d)/g, '$1$2.$3')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .replace(/ !important/g, '!important')
    // An attribute value that is a plain identifier needs no quotes: `[theme='dark']` is `[theme=dark]`.
    .replace(/\[([a-z-]+)=(['"])([a-z][a-z-]*)\2\]/gi, '[$1=$3]')
    .trim();
}

/** The module build's manifest (source file to chunk), which the classic build reads. */
const MODULE_MANIFEST = '.vite/manifest.json';
const ROOT = fileURLToPath(new URL('./', import.meta.url));
/** The classic script's own URL, pinned to its version (see that file). */
const CLASSIC_BASE = fileURLToPath(new URL('./src/base/classic-base.ts', import.meta.url));

/** The modules `src/core.ts` re-exports: in a per-element script, their imports go to the shared core chunk. */
const CORE_SOURCES = ['lit', '@lit/localize'];
const CORE_FILE = /[\\/]src[\\/](base[\\/](heat-element|define|decorators|theme\.styles|warn-once)|i18n[\\/](localization|locale-loaders))\.ts$/;

/**
 * The core chunk is private to our element scripts, so its exports need not keep their names: each gets a short one
 * (its place in `src/core.ts`'s sorted export list), in the core build and in every element build alike. About 0.1 KB
 * gzip off each per-element page.
 */
function coreExportNames(): Map<string, string> {
  const source = readFileSync(fileURLToPath(new URL('./src/core.ts', import.meta.url)), 'utf8');
  const names = [...source.matchAll(/^export \{([^}]*)\} from/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim())).filter(Boolean).sort();
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return new Map(names.map((name, i) => [name, letters[i % 52].repeat(1 + Math.floor(i / 52))]));
}

/** Writes the core chunk's exports under their short names (see `coreExportNames`). */
function coreExportsShortNames(): Plugin {
  return {
    name: 'heat:core-exports-short-names',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      const short = coreExportNames();
      const clause = /export\s*\{([^}]*)\};?\s*(\/\/# sourceMappingURL=\S*\s*)?$/.exec(code);
      if (!clause) this.error('the core chunk has no export clause at its end');
      const exported = clause[1].split(',').map((e) => e.trim().split(/\s+as\s+/));
      const names = exported.map((parts) => parts.at(-1)!);
      if (names.length !== short.size || names.some((name) => !short.has(name))) this.error(`the core chunk exports ${names.join(', ')}; src/core.ts lists ${[...short.keys()].join(', ')}`);
      const list = exported.map((parts) => `${parts[0]} as ${short.get(parts.at(-1)!)}`).join(',');
      return { code: `${code.slice(0, clause.index)}export{${list}};${clause[2] ? `\n${clause[2]}` : ''}`, map: null };
    },
  };
}

/**
 * A per-element script imports Lit, lit-localize, the locale state and the base from the core chunk the core build
 * wrote (`dist/chunks/core-<hash>.js`) instead of bundling its own copy. Only the entry may import it (lazy chunks
 * carry their own helpers, see `validatorChunkCarriesItsHelpers`), so its path is relative to `dist/`.
 */
function importsTheSharedCore(): Plugin {
  let coreFile = '';
  let coreExports = new Set<string>();
  return {
    name: 'heat:imports-the-shared-core',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      const chunks = fileURLToPath(new URL('./dist/chunks/', import.meta.url));
      const found = readdirSync(chunks).filter((name) => /^core-[\w-]+\.js$/.test(name));
      if (found.length !== 1) this.error(`expected one core chunk in dist/chunks (run the core build first), found ${found.length}`);
      coreFile = `./chunks/${found[0]}`;
      coreExports = new Set(coreExportNames().keys());
    },
    async resolveId(source, importer, options) {
      if (!importer || importer.includes('?')) return undefined;
      if (CORE_SOURCES.includes(source)) return { id: coreFile, external: true };
      if (!source.startsWith('.')) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && CORE_FILE.test(resolved.id) ? { id: coreFile, external: true } : undefined;
    },
    renderChunk(code, chunk) {
      if (!code.includes(coreFile.slice(2))) return null;
      if (!chunk.isEntry) this.error(`${chunk.fileName} imports the core chunk; only an element's entry may`);
      const short = coreExportNames();
      const from = coreFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      let found = 0;
      const out = code.replace(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*(["'])${from}\\2`, 'g'), (_, list: string, quote: string) => {
        found++;
        const bindings = list.split(',').map((b) => b.trim()).filter(Boolean).map((binding) => {
          const [name, local = name] = binding.split(/\s+as\s+/);
          if (!coreExports.has(name)) this.error(`src/core.ts does not export ${name} (imported by ${chunk.fileName})`);
          return `${short.get(name)} as ${local}`;
        });
        return `import{${bindings.join(',')}}from${quote}${coreFile}${quote}`;
      });
      if (!found) this.error(`${chunk.fileName} imports the core chunk in a way this plugin cannot rename`);
      return { code: out, map: null };
    },
  };
}

/**
 * The classic script cannot split, but it can still `import()` modules. So instead of inlining every locale and the
 * partner-data loader (which made it almost twice the module page), it loads the module build's own lazy chunks
 * (`dist/chunks/…`, from `vite build`'s manifest) from beside itself, as the module page does. Those chunks import
 * nothing from the entry (see `localeChunksImportNothing`, `validatorChunkCarriesItsHelpers`).
 */
function classicLoadsLazyChunks(): Plugin {
  const dist = fileURLToPath(new URL('./dist/', import.meta.url));
  let manifest: Record<string, { file: string }> = {};
  return {
    name: 'heat:classic-loads-lazy-chunks',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      try {
        manifest = JSON.parse(readFileSync(`${dist}${MODULE_MANIFEST}`, 'utf8'));
      } catch {
        this.error(`dist/${MODULE_MANIFEST} is missing: run \`vite build\` (the module build) before the classic one`);
      }
    },
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('import(')) return undefined;
      let changed = false;
      const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (whole, _q: string, path: string) => {
        const source = relative(ROOT, resolvePath(dirname(id), path.replace(/\.js$/, '.ts'))).replaceAll('\\', '/');
        const chunk = manifest[source];
        if (!chunk) return whole;
        changed = true;
        return `import(/* @vite-ignore */ new URL(${JSON.stringify(chunk.file)}, _heatClassicBase).href)`;
      });
      if (!changed) return undefined;
      const rebased = out.replaceAll('(document.currentScript as HTMLScriptElement | null)?.src', '_heatClassicBase');
      return { code: `import { classicBase as _heatClassicBase } from ${JSON.stringify(CLASSIC_BASE)};\n${rebased}`, map: null };
    },
  };
}


/**
 * `vite build` writes the all-in-one module script (`dist/heat-widgets.js`, one file) with its lazy chunks beside it
 * (locales, partner-data loading, region files) and a manifest of them; `scripts/build-elements.mjs` adds one script
 * per element sharing a core chunk (`--mode core`, then `--mode element:<tag>`); `vite build --mode iife` adds the
 * classic script (`dist/heat-widgets.iife.js`), which loads the module build's lazy chunks from beside itself.
 * `vite` (dev) serves the configurator (`demo/configurator/`) and the gallery of every element (`demo/`);
 * `vite build --mode demo` writes both to `site/`; `npm run build:site` (scripts/build-site.mjs) adds `dist/` beside
 * them, for any static host (run `npm run build` first: the snippets' integrity hashes are those of `dist/`).
 */
export default defineConfig(({ command, mode }) => {
  const iife = mode === 'iife';
  if (command === 'serve') {
    return { root: '.', server: { open: '/demo/configurator/' }, plugins: [releaseInfo(), minifyHtmlLiterals()] };
  }
  if (mode === 'demo') {
    return {
      root: 'demo',
      base: './',
      plugins: [releaseInfo(), minifyHtmlLiterals()],
      build: {
        outDir: '../site',
        emptyOutDir: true,
        target: 'es2021',
        rolldownOptions: { input: { gallery: 'demo/index.html', configurator: 'demo/configurator/index.html' } },
      },
    };
  }
  // `vite build` writes the all-in-one module (`heat-widgets.js`: one file, for a page with every element).
  // `--mode core`, then `--mode element:<tag>` for each element (scripts/build-elements.mjs), write one script per
  // element (`heat-hotline-list.js`, …) and the core chunk they all import (see src/core.ts).
  const core = mode === 'core';
  const element = ELEMENT_ENTRIES.find(([, tag]) => mode === `element:${tag}`);
  const entry: string | Record<string, string> = iife
    ? 'src/index.ts'
    : core
      ? { core: 'src/core.ts' }
      : element
        ? { [element[1]]: `src/${element[0]}/register.ts` }
        : { 'heat-widgets': 'src/index.ts' };
  return {
    plugins: [
      explicitMessageIdsOnly(),
      regionChunks(!iife && !core && !element),
      // Before the core's redirect: a lazy view takes its Lit values from lazy-tags, not from the core chunk.
      lazyViewsImportNoEntry(),
      ...(element ? [importsTheSharedCore()] : []),
      ...(core ? [coreExportsShortNames()] : []),
      ...(iife ? [classicLoadsLazyChunks()] : []),
      localeChunksImportNothing(), validatorChunkCarriesItsHelpers(), minifyCssLiterals(), minifyHtmlLiterals(), fieldDecoratorsOnly(), terserFirst(), terserLast()],
    // The classic script has no import.meta; localization finds its <script> through document.currentScript.
    // A module script never has a document.currentScript (only the classic one does), so the module build drops the
    // code that reads it.
    define: iife ? { 'import.meta.url': 'undefined' } : { 'document.currentScript': 'null' },
    build: {
      outDir: 'dist',
      emptyOutDir: !iife && !core && !element,
      target: 'es2021',
      sourcemap: true,
      // The classic build loads the module build's lazy chunks by their names in this manifest.
      manifest: !iife && !core && !element ? MODULE_MANIFEST : false,
      lib: {
        entry,
        formats: [iife ? 'iife' : 'es'],
        name: 'HeatWidgets',
        fileName: (_format, name) => (iife ? 'heat-widgets.iife.js' : core ? 'chunks/core-[hash].js' : `${name}.js`),
      },
      rolldownOptions: {
        output: {
          minify: true,
          // Chunks sit beside the entry and are imported relative to it, so the folder works from any path or CDN.
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
