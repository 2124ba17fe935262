/**
 * Each element's folder under `src/` and its tag, which names its own script (`dist/<tag>.js`, built from
 * `src/<folder>/register.ts`). Read by vite.config.ts (the per-element builds) and scripts/build-elements.mjs.
 */
export const ELEMENT_ENTRIES = [
  ['hotline-list', 'heat-hotline-list'],
  ['tip-line-banner', 'tip-line-banner'],
  ['csec-facts', 'csec-facts'],
  ['quick-exit', 'heat-quick-exit'],
];
