import { VERSION } from './define.js';

/**
 * Where the classic script (`heat-widgets.iife.js`) finds its chunks and region files: its own URL, read while it
 * runs (document.currentScript is ours only then). A snippet that follows the current major version
 * (`…/heat-widgets@0/dist/…`) may get this script from a cache and its chunks from a newer release, whose chunk names
 * differ, so chunks come from this script's own version. Only the classic build imports this (see vite.config.ts).
 */
export const classicBase = (document.currentScript as HTMLScriptElement | null)?.src.replace(
  /(\/heat-widgets@)[^/]+/,
  (_, at: string) => at + VERSION,
);
