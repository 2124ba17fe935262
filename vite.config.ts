import { defineConfig } from 'vite';

/**
 * `vite build` writes the ES module entry (`dist/heat-widgets.js`) with its locale chunks beside it;
 * `vite build --mode iife` adds the self-contained classic script (`dist/heat-widgets.iife.js`).
 * `vite` (dev) serves the demo and configurator from `demo/`.
 */
export default defineConfig(({ command, mode }) => {
  const iife = mode === 'iife';
  if (command === 'serve') {
    return { root: '.', server: { open: '/demo/' } };
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
