import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/** Every locale of this build (the configurator lists them). */
export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

/** Whether a locale's script runs right to left: its language (the tag's first subtag) is one of these. */
export function isRtl(locale: string): boolean {
  return /^(ar|fa|he|ur|ps|yi)(-|$)/i.test(locale);
}

/** The first of `tag`'s prefixes (`es-MX`, then `es`) that is available, by lower-case tag. */
function walk(tag: string, byLower: Map<string, string>): string | undefined {
  for (let t = tag.toLowerCase(); t; t = t.slice(0, Math.max(0, t.lastIndexOf('-')))) {
    const match = byLower.get(t);
    if (match) return match;
  }
  return undefined;
}

/**
 * The best supported locale for a BCP 47 tag: exact (case-insensitive), then shorter prefixes, then the same with
 * the script made explicit (`zh-CN` is `zh-Hans-CN`, so Simplified Chinese), else the source locale.
 * `es-MX` -> `es`; `zh-Hans-CN` -> `zh-Hans`; `zh-CN` -> `zh-Hans`; `fr` (unsupported) -> `en`.
 */
export function resolveLocale(requested: string | null | undefined, available: readonly string[]): string {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  const tag = (requested ?? '').trim().replace(/_/g, '-');
  if (!tag) return sourceLocale;
  return walk(tag, byLower) ?? walk(maximize(tag), byLower) ?? sourceLocale;
}

/**
 * `zh-CN` -> `zh-Hans-CN`; '' for a tag that is not well-formed. Asked only when the plain walk finds nothing: the
 * first `Intl.Locale` of a page costs about 10 ms (likely-subtags data), which `en` and `es` pages need not pay.
 */
function maximize(tag: string): string {
  try {
    return new Intl.Locale(tag).maximize().toString();
  } catch {
    return '';
  }
}
