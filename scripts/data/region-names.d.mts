/** See region-names.mjs. */
export function regionNamesModule(): string;
/** Rewrites src/data/region-names.ts when the region files say otherwise; true when it changed. */
export function writeRegionNames(): boolean;
