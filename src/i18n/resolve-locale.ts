import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

/** Locales whose script runs right to left. */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

export function isRtl(locale: string): boolean {
  return RTL.has(locale.split('-')[0].toLowerCase());
}

/**
 * The best supported locale for a BCP 47 tag: exact (case-insensitive), then shorter prefixes, else the source
 * locale. `es-MX` -> `es`; `zh-Hans-CN` -> `zh-Hans`; `fr` (unsupported) -> `en`.
 */
export function resolveLocale(requested: string | null | undefined, available: readonly string[] = supportedLocales): string {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  let tag = (requested ?? '').trim().replace(/_/g, '-').toLowerCase();
  while (tag) {
    const match = byLower.get(tag);
    if (match) return match;
    tag = tag.slice(0, Math.max(0, tag.lastIndexOf('-')));
  }
  return sourceLocale;
}

