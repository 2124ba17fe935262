import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minify } from 'terser';
import { releaseInfo } from './scripts/release-info.mjs';
import MagicString from 'magic-string';
import { templateWhitespaceEdits } from './scripts/minify-html-templates.mjs';

/**
 * Generated locale modules take their template tags from `src/i18n/locale-tags.ts` instead of 'lit' and
 * '@lit/localize', so a locale chunk imports nothing and Lit is not split into a shared chunk (see that file).
 */
function localeChunksImportNothing(): Plugin {
  const generatedLocale = /[\\/]src[\\/]i18n[\\/]generated[\\/]locales[\\/]/;
  const tags = fileURLToPath(new URL('./src/i18n/locale-tags.ts', import.meta.url));
  return {
    name: 'heat:locale-chunks-import-nothing',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && generatedLocale.test(importer) && (source === 'lit' || source === '@lit/localize')) return tags;
      return undefined;
    },
  };
}

/**
 * Views loaded with `import()` only when a page asks for them (the region picker, `src/hotline-list/picker.ts`)
 * take 'lit' and '@lit/localize' from `src/i18n/lazy-tags.ts`: Lit's plain template values and the page's configured
 * `msg`. Importing them from Lit would make their chunk import the entry, which a page that loads
 * `heat-widgets.js?ver=2` would then download and run a second time (see that file). Their relative imports get their
 * own copies, like the loader's (`validatorChunkCarriesItsHelpers`).
 */
function lazyViewsImportNoEntry(): Plugin {
  const lazyView = /[\\/]src[\\/]hotline-list[\\/]picker\.ts$/;
  const tags = fileURLToPath(new URL('./src/i18n/lazy-tags.ts', import.meta.url));
  return {
    name: 'heat:lazy-views-import-no-entry',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && lazyView.test(importer) && (source === 'lit' || source === '@lit/localize')) return tags;
      return undefined;
    },
  };
}

/**
 * Partner-data loading (`src/data/loader.ts` and the validator it uses) loads only when an element has a `src`. It
 * uses a few stateless helpers the entry also uses (link and region patterns). Left alone, the bundler would move those into a shared
 * chunk that every page then loads as a second, serial request; merging them into the entry instead would make the
 * loader chunk import the entry by its plain URL, so a page that loads `heat-widgets.js?ver=2` would download and
 * run the entry twice. So the loader's chunk gets its own copy of what it imports from `src/` (a few hundred bytes,
 * paid only by pages with `src`). Only pure modules may be imported there: a copy has its own module state.
 */
function validatorChunkCarriesItsHelpers(): Plugin {
  const validator = /[\\/]src[\\/](data[\\/](loader|validate|region-data)|hotline-list[\\/]picker)\.ts$/;
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

/**
 * `vite build` writes the ES module entry (`dist/heat-widgets.js`) with its locale chunks beside it;
 * `vite build --mode iife` adds the self-contained classic script (`dist/heat-widgets.iife.js`).
 * `vite` (dev) serves the configurator (`demo/configurator/`) and the gallery of every element (`demo/`);
 * `vite build --mode demo` writes both as a static site to `dist-demo/` (run `npm run build` first: the snippet's
 * integrity hash is that of `dist/heat-widgets.iife.js`).
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
        outDir: '../dist-demo',
        emptyOutDir: true,
        target: 'es2021',
        rolldownOptions: { input: { gallery: 'demo/index.html', configurator: 'demo/configurator/index.html' } },
      },
    };
  }
  return {
    plugins: [
      explicitMessageIdsOnly(),
      regionChunks(!iife),
      localeChunksImportNothing(), lazyViewsImportNoEntry(), validatorChunkCarriesItsHelpers(), minifyCssLiterals(), minifyHtmlLiterals(), terserFirst()],
    // The classic script has no import.meta; localization finds its <script> through document.currentScript.
    // A module script never has a document.currentScript (only the classic one does), so the module build drops the
    // code that reads it.
    define: iife ? { 'import.meta.url': 'undefined' } : { 'document.currentScript': 'null' },
    build: {
      outDir: 'dist',
      emptyOutDir: !iife,
      target: 'es2021',
      sourcemap: true,
      lib: {
        entry: 'src/index.ts',
        formats: [iife ? 'iife' : 'es'],
        name: 'HeatWidgets',
        fileName: () => (iife ? 'heat-widgets.iife.js' : 'heat-widgets.js'),
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
