/**
 * State and county texts: translated inline in the region files (`src/data/regions/<code>.json`; `us.json` holds the
 * national lines, whose texts are the XLIFF files' data text), and signed off in a sidecar file,
 * `locales/data/regions-review.json`, that no page loads:
 *
 *   { "es": { "us-ca-alameda:resource.heat-watch-tip-line.name": "<hash>", … }, … }
 *
 * A sign-off records a hash of the English and of the translation as the reviewer read them, so a change to either
 * withdraws it (as `i18n:extract` withdraws a changed XLIFF sign-off). `npm run i18n:sign-off` writes the hashes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digitProblems, digitSequences, monthNumbers, sameFigure, withoutMonthNumbers } from './digits.js';

/** One text of a region file: its English and its translations, by locale. */
export interface RegionUnit {
  /** `<file code>:<where>`: `us-ca-alameda:region.us-ca-alameda.name`, `us-ak:resource.ak-child-abuse-hotline.description`. */
  id: string;
  en: string;
  translations: Record<string, string>;
}

/** Per locale, per unit id, the hash of what the reviewer signed off. */
export type RegionReview = Record<string, Record<string, string>>;

export const REGION_REVIEW_FILE = join('locales', 'data', 'regions-review.json');

/** The region file whose texts are the national data text (in the XLIFF files), not region texts. */
const NATIONAL = 'us';

/** Every translatable text of one region file, in file order, with an id that says where it lives. */
export function regionFileUnits(code: string, file: unknown): RegionUnit[] {
  const units: RegionUnit[] = [];
  const walk = (value: unknown, where: string): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string') {
      const translations: Record<string, string> = {};
      for (const [locale, text] of Object.entries(record)) if (locale !== 'en' && typeof text === 'string' && text.trim()) translations[locale] = text;
      units.push({ id: `${code}:${where}`, en: record.en, translations });
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, `${where}.${key}`);
  };
  const { regions = [], resources = [] } = file as { regions?: { code: string }[]; resources?: { id: string }[] };
  for (const region of regions) walk(region, `region.${region.code}`);
  for (const resource of resources) walk(resource, `resource.${resource.id}`);
  return units;
}

/**
 * A region file's content; when it is not valid JSON, an error that names the file and the usual cause (a file a
 * translator edited by hand, in a plain-text editor).
 */
export function parseRegionFile(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    const line = position ? `, line ${text.slice(0, Number(position[1])).split('\n').length}` : '';
    throw new Error(`${name} is not valid JSON${line} (${reason}). Look for a missing comma between two keys, a comma after the last one, or a missing quote.`);
  }
}

/** The region texts of every region file in `dir` (the national file excepted), by file name. */
export function readRegionUnits(dir: string): RegionUnit[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== `${NATIONAL}.json`)
    .sort()
    .flatMap((f) => regionFileUnits(f.replace(/\.json$/, ''), parseRegionFile(readFileSync(join(dir, f), 'utf8'), join(dir, f))));
}

export function readRegionReview(root: string): RegionReview {
  const file = join(root, REGION_REVIEW_FILE);
  if (!existsSync(file)) return {};
  const review = JSON.parse(readFileSync(file, 'utf8')) as RegionReview;
  return Object.fromEntries(Object.entries(review).filter(([locale, units]) => !locale.startsWith('//') && units && typeof units === 'object'));
}

/** The sign-off hash of a translation: of the English and the translation together, as they are now. */
export function signOffHash(en: string, text: string): string {
  return createHash('sha256').update(JSON.stringify([en, text])).digest('hex').slice(0, 16);
}

/** How a region translation's numbers differ from its English (see `sameFigure`; a named month may be a number). */
export function regionNumberProblems(en: string, locale: string, text: string): string[] {
  const same = sameFigure(locale);
  const source = digitSequences(en);
  return digitProblems(source, withoutMonthNumbers(digitSequences(text), source, monthNumbers(en), same), same);
}

export interface RegionCoverage {
  total: number;
  /** Units with a translation whose numbers are the English ones. */
  translated: number;
  /** Of those, units whose sign-off matches the English and the translation as they are now. */
  reviewed: number;
  /** Units with no translation: they show in English, marked English. */
  missing: string[];
  /** Signed off, but the English or the translation has changed since: no longer reviewed. */
  withdrawn: string[];
  /** Sign-offs of units that no longer exist. */
  unknown: string[];
  problems: string[];
}

export function regionCoverage(units: readonly RegionUnit[], review: RegionReview, locale: string): RegionCoverage {
  const signed = review[locale] ?? {};
  const coverage: RegionCoverage = { total: units.length, translated: 0, reviewed: 0, missing: [], withdrawn: [], unknown: [], problems: [] };
  for (const unit of units) {
    const text = unit.translations[locale];
    if (!text) {
      coverage.missing.push(unit.id);
      continue;
    }
    const problems = regionNumberProblems(unit.en, locale, text);
    if (problems.length) {
      coverage.problems.push(...problems.map((p) => `${unit.id}: ${p}`));
      continue;
    }
    coverage.translated++;
    const hash = signed[unit.id];
    if (hash === signOffHash(unit.en, text)) coverage.reviewed++;
    else if (hash) coverage.withdrawn.push(unit.id);
  }
  const ids = new Set(units.map((u) => u.id));
  coverage.unknown = Object.keys(signed).filter((id) => !ids.has(id));
  return coverage;
}

/**
 * `review` with every translated `locale` text of the region files `codes` signed off as it is now (a text whose
 * numbers differ from the English is never signed off), and the sign-offs of units that no longer exist dropped.
 */
export function signOffRegions(
  units: readonly RegionUnit[],
  review: RegionReview,
  locale: string,
  codes: readonly string[],
): { review: RegionReview; signed: string[]; refused: string[] } {
  const ids = new Set(units.map((u) => u.id));
  const mine = Object.fromEntries(Object.entries(review[locale] ?? {}).filter(([id]) => ids.has(id)));
  const signed: string[] = [];
  const refused: string[] = [];
  for (const unit of units) {
    if (!codes.includes(unit.id.slice(0, unit.id.indexOf(':')))) continue;
    const text = unit.translations[locale];
    if (!text) continue;
    if (regionNumberProblems(unit.en, locale, text).length) refused.push(unit.id);
    else {
      mine[unit.id] = signOffHash(unit.en, text);
      signed.push(unit.id);
    }
  }
  const sorted = Object.fromEntries(Object.entries(mine).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { review: { ...review, [locale]: sorted }, signed, refused };
}

/** The sidecar file's text: locales sorted, one sign-off a line. */
export function formatRegionReview(review: RegionReview): string {
  const locales = Object.keys(review).sort().filter((l) => Object.keys(review[l]).length);
  return `${JSON.stringify(Object.fromEntries(locales.map((l) => [l, review[l]])), null, 2)}\n`;
}
