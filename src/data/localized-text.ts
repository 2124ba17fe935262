import type { LocalizedText } from './types.js';

/**
 * The text for `locale` and the tag it was found under, falling back field by field: `es-MX` -> `es` -> `en`.
 * Data text is never HTML: callers render the result through Lit text bindings only.
 */
export function pickTextAndTag(text: LocalizedText | undefined, locale: string): [text: string, tag: string] | undefined {
  if (!text) return undefined;
  for (let tag = locale; tag; tag = tag.slice(0, Math.max(0, tag.lastIndexOf('-')))) {
    const value = text[tag];
    if (value) return [value, tag];
  }
  return text.en ? [text.en, 'en'] : undefined;
}

/** The text for `locale` (see `pickTextAndTag`), for attributes and plain strings. */
export function pickText(text: LocalizedText, locale: string): string;
export function pickText(text: LocalizedText | undefined, locale: string): string | undefined;
export function pickText(text: LocalizedText | undefined, locale: string): string | undefined {
  return pickTextAndTag(text, locale)?.[0];
}
