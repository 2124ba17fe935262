/** See region-names.mjs. */
export function regionNamesModule(): string;
