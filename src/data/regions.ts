/**
 * Region codes are hierarchical, lower-case, hyphen-separated: `us` > `us-ca` > `us-ca-stanislaus`.
 * A listing applies to its own region and every region inside it.
 */
import type { RegionCode } from './types.js';

export const REGION_PATTERN = /^[a-z]{2}(-[a-z0-9]+)*$/;

export function normalizeRegion(value: string | null | undefined, fallback: RegionCode = 'us'): RegionCode {
  const region = (value ?? '').trim().toLowerCase();
  return REGION_PATTERN.test(region) ? region : fallback;
}

/** True when a listing for `listed` serves someone in `wanted` (same region, or a broader one). */
export function regionCovers(listed: RegionCode, wanted: RegionCode): boolean {
  return wanted === listed || wanted.startsWith(`${listed}-`);
}

/** 0 for a national listing, 1 for a state, 2 for a county…: more specific means more local. */
export function regionDepth(region: RegionCode): number {
  return region.split('-').length - 1;
}

/** Space-separated tokens, lower-cased and de-duplicated ("csec  report" -> ['csec', 'report']). */
export function parseTokens(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').toLowerCase().split(/\s+/).filter(Boolean))];
}
