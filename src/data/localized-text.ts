import type { LocalizedText } from './types.js';

/**
 * The text for `locale`, falling back field by field: `es-MX` -> `es` -> `en`.
 * Data text is never HTML: callers render the result through Lit text bindings only.
 */
export function pickText(text: LocalizedText, locale: string): string;
export function pickText(text: LocalizedText | undefined, locale: string): string | undefined;
export function pickText(text: LocalizedText | undefined, locale: string): string | undefined {
  if (!text) return undefined;
  for (let tag = locale; tag; tag = tag.slice(0, Math.max(0, tag.lastIndexOf('-')))) {
    const value = text[tag];
    if (value) return value;
  }
  return text.en;
}
