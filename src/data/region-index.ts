/**
 * Every region code the product knows, and how an unknown one is read. Kept here as two short lists (a few hundred
 * bytes in the entry) so that a page can find the nearest known region without a request; each region's name,
 * guidance and lines live in its own data file, `src/data/regions/<code>.json`, loaded only when it is shown.
 * `test/unit/region-files.test.ts` checks that these lists and those files agree.
 */
import { warnOnce } from '../base/warn-once.js';
import type { RegionCode } from './types.js';

// The 50 states and DC, then California's 58 counties (the only state with counties so far).
const STATES = 'ak al ar az ca co ct dc de fl ga hi ia id il in ks ky la ma md me mi mn mo ms mt nc nd ne nh nj nm nv ny oh ok or pa ri sc sd tn tx ut va vt wa wi wv wy';
const CA_COUNTIES =
  'alameda alpine amador butte calaveras colusa contra-costa del-norte el-dorado fresno glenn humboldt imperial inyo kern kings lake lassen los-angeles madera marin mariposa mendocino merced modoc mono monterey napa nevada orange placer plumas riverside sacramento san-benito san-bernardino san-diego san-francisco san-joaquin san-luis-obispo san-mateo santa-barbara santa-clara santa-cruz shasta sierra siskiyou solano sonoma stanislaus sutter tehama trinity tulare tuolumne ventura yolo yuba';

/** `us`, every state (`us-tx`) and every California county (`us-ca-butte`), in that order. */
export const REGION_CODES: readonly RegionCode[] = [
  'us',
  ...STATES.split(' ').map((s) => `us-${s}`),
  ...CA_COUNTIES.split(' ').map((c) => `us-ca-${c}`),
];

const known = new Set(REGION_CODES);

export function isKnownRegion(code: string): boolean {
  return known.has(code);
}

/** The region a code sits in: `us-ca-butte` -> `us-ca` -> `us`; `us` has none. */
export function parentRegion(code: RegionCode): RegionCode | undefined {
  if (code === 'us') return undefined;
  // Every code below the country starts with its state's five characters (`us-ca`), and county names may hold hyphens.
  return code.length > 5 ? code.slice(0, 5) : 'us';
}

/**
 * The known regions a list for `code` shows, broadest first: `us-ca-butte` -> [us, us-ca, us-ca-butte]. An unknown
 * code stands for its nearest known ancestor (`us-ca-modesto` -> us-ca), with one console warning per page that
 * names the code and the closest valid ones.
 */
export function regionChain(code: RegionCode): RegionCode[] {
  const nearest = nearestKnownRegion(code);
  if (nearest !== code) {
    warnOnce(
      `region:${code}`,
      `heat-widgets: unknown region "${code}"; showing ${nearest} instead. Did you mean ${closestRegions(code).join(', ')}?`,
    );
  }
  const chain: RegionCode[] = [];
  for (let at: RegionCode | undefined = nearest; at; at = parentRegion(at)) chain.unshift(at);
  return chain;
}

/** The code itself when known, else the longest known prefix (`us-ca-modesto` -> `us-ca`, `us-zz` -> `us`). */
export function nearestKnownRegion(code: RegionCode): RegionCode {
  for (let at = code; at; at = at.slice(0, Math.max(0, at.lastIndexOf('-')))) if (known.has(at)) return at;
  return 'us';
}

/** Up to three known codes closest to `code` in spelling (edit distance), for warnings and the validator. */
export function closestRegions(code: RegionCode): RegionCode[] {
  return REGION_CODES.map((candidate) => [editDistance(code, candidate), candidate] as const)
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1))
    .slice(0, 3)
    .map(([, candidate]) => candidate);
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** The two seed counties' lines keep the ids they were published under. */
const SEED_LINES: Record<string, RegionCode> = {
  'heat-watch-tip-line': 'us-ca-alameda',
  'alameda-child-abuse-hotline': 'us-ca-alameda',
  'stanislaus-protective-services': 'us-ca-stanislaus',
  'without-permission': 'us-ca-stanislaus',
  'haven-womens-center': 'us-ca-stanislaus',
  'stanislaus-family-justice-center': 'us-ca-stanislaus',
};

/** The ids of our national lines (`src/data/regions/us.json`). */
const NATIONAL_LINES = ['emergency', 'nhth', 'ncmec', 'childhelp', '988'];

/**
 * The region whose data file holds our line `id`: `us` for a national line, `us-tx` for `tx-child-abuse-hotline`,
 * `us-ca-butte` for `ca-butte-child-abuse-hotline`, the seed counties for their lines; undefined for any other id.
 * Partner files may not use these ids (a file must not change a verified number); a unit test checks every bundled id
 * is covered.
 */
export function ourLineRegion(id: string): RegionCode | undefined {
  if (NATIONAL_LINES.includes(id)) return 'us';
  const match = /^(.+)-child-abuse-hotline$/.exec(id);
  const code = SEED_LINES[id] ?? (match ? `us-${match[1]}` : undefined);
  return code && known.has(code) ? code : undefined;
}
