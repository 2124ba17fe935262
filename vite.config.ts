import { defineConfig } from 'vite';
import { releaseInfo } from './scripts/release-info.mjs';

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
    return { root: '.', server: { open: '/demo/configurator/' }, plugins: [releaseInfo()] };
  }
  if (mode === 'demo') {
    return {
      root: 'demo',
      base: './',
      plugins: [releaseInfo()],
      build: {
        outDir: '../dist-demo',
        emptyOutDir: true,
        target: 'es2021',
        rolldownOptions: { input: { gallery: 'demo/index.html', configurator: 'demo/configurator/index.html' } },
      },
    };
  }
  return {
    // The classic script has no import.meta; localization finds its <script> through document.currentScript.
    define: iife ? { 'import.meta.url': 'undefined' } : {},
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
