/** See format-json.mjs. */
export function formatDataJson(value: unknown): string;
