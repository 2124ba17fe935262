/**
 * Review status of the state and county texts (issue 15): translated inline in the region files, signed off in
 * `locales/data/regions-review.json` with a hash of the English and the translation, counted by `npm run i18n:status`,
 * and shown honestly in the README's locale table.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formatRegionReview,
  readRegionReview,
  readRegionUnits,
  regionCoverage,
  regionFileUnits,
  signOffHash,
  signOffRegions,
} from '../../scripts/i18n/region-review.js';
import { projectStatus } from '../../scripts/i18n/main.js';
import { computeStatus, formatStatus, shares } from '../../scripts/i18n/status.js';

const file = {
  version: 1,
  regions: [{ code: 'us-zz', name: { en: 'Zed', es: 'Zeta' }, guidance: { text: { en: 'Call 711 first.', es: 'Llame primero al 711.' } } }],
  resources: [
    {
      id: 'zz-line',
      name: { en: 'Zed County Line' },
      description: { en: 'About 100,000 calls a year.', es: 'Unas 100\u202f000 llamadas al año.', vi: 'Khoảng 100,000 cuộc gọi mỗi năm.' },
      channels: [{ kind: 'call', number: '711', display: '711', note: { en: 'For Zed.', es: 'Para Zeta.' } }],
      source: { title: 'Not a text', publisher: 'Plain strings are data' },
    },
  ],
};
const units = regionFileUnits('us-zz', file);

describe('region texts as units', () => {
  it('have ids that name the file and where the text lives, regions and lines alike', () => {
    expect(units.map((u) => u.id)).toEqual([
      'us-zz:region.us-zz.name',
      'us-zz:region.us-zz.guidance.text',
      'us-zz:resource.zz-line.name',
      'us-zz:resource.zz-line.description',
      'us-zz:resource.zz-line.channels.0.note',
    ]);
    expect(units[3].translations).toEqual({ es: 'Unas 100\u202f000 llamadas al año.', vi: 'Khoảng 100,000 cuộc gọi mỗi năm.' });
  });

  it('count translated and reviewed per locale; a text whose numbers differ is a problem, not a translation', () => {
    const none = regionCoverage(units, {}, 'es');
    expect(none).toMatchObject({ total: 5, translated: 4, reviewed: 0, missing: ['us-zz:resource.zz-line.name'] });
    const vi = regionCoverage(units, {}, 'vi');
    expect(vi.translated).toBe(0);
    expect(vi.problems).toEqual(['us-zz:resource.zz-line.description: changes 100,000 to 100,000']);
  });

  it('a sign-off counts only while the English and the translation are what the reviewer read', () => {
    const { review, signed, refused } = signOffRegions(units, {}, 'es', ['us-zz']);
    expect(signed).toHaveLength(4);
    expect(refused).toEqual([]);
    expect(regionCoverage(units, review, 'es')).toMatchObject({ translated: 4, reviewed: 4, withdrawn: [] });
    // The English changes: withdrawn.
    const english = regionFileUnits('us-zz', { ...file, regions: [{ ...file.regions[0], name: { en: 'Zed State', es: 'Zeta' } }] });
    expect(regionCoverage(english, review, 'es')).toMatchObject({ reviewed: 3, withdrawn: ['us-zz:region.us-zz.name'] });
    // The translation changes: withdrawn too.
    const translation = regionFileUnits('us-zz', { ...file, regions: [{ ...file.regions[0], name: { en: 'Zed', es: 'Zed' } }] });
    expect(regionCoverage(translation, review, 'es').withdrawn).toEqual(['us-zz:region.us-zz.name']);
    // Another locale's sign-off is not this one's.
    expect(regionCoverage(units, review, 'ar').reviewed).toBe(0);
    expect(review.es['us-zz:region.us-zz.name']).toBe(signOffHash('Zed', 'Zeta'));
  });

  it('never signs off a text whose numbers differ, and drops sign-offs of texts that no longer exist', () => {
    const stale = { vi: { 'us-zz:resource.gone.name': 'abc' } };
    expect(regionCoverage(units, stale, 'vi').unknown).toEqual(['us-zz:resource.gone.name']);
    const { review, signed, refused } = signOffRegions(units, stale, 'vi', ['us-zz']);
    expect(signed).toEqual([]);
    expect(refused).toEqual(['us-zz:resource.zz-line.description']);
    expect(review.vi).toEqual({});
    expect(formatRegionReview(review)).toBe('{}\n');
  });

  it('are counted by i18n:status in the locale’s translated and reviewed shares', () => {
    const input = {
      sourceLocale: 'en',
      targetLocales: ['es'],
      messages: [{ id: 'a', parts: ['A'] }],
      interfaceTranslations: new Map([['es', [{ id: 'a', parts: ['A'] }]]]),
      dataSource: [],
      dataTranslations: new Map(),
      interfaceStates: new Map([['es', new Map([['a', 'signed-off']])]]),
      required: ['es'],
      regionUnits: units,
    };
    const before = computeStatus(input);
    const es = before.locales[1];
    expect(es.regions).toMatchObject({ total: 5, translated: 4, reviewed: 0 });
    // 1 interface text + 5 region texts: 5 translated (83%), 1 reviewed (16%).
    expect(shares(es)).toEqual({ translated: 83, reviewed: 16 });
    // Region texts are not required: a line's name may stay the agency's own.
    expect(before.failures).toEqual([]);
    const after = computeStatus({ ...input, regionReview: signOffRegions(units, {}, 'es', ['us-zz']).review });
    expect(shares(after.locales[1])).toEqual({ translated: 83, reviewed: 83 });
    expect(formatStatus(after, ['es'], 'en')).toMatch(/regions \(reviewed\)/);
  });
});

describe('the repository’s region texts', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dir = fileURLToPath(new URL('../../src/data/regions/', import.meta.url));

  it('every sign-off in locales/data/regions-review.json is of a text that exists, as it is now', () => {
    const review = readRegionReview(root);
    const all = readRegionUnits(dir);
    for (const locale of Object.keys(review)) {
      const coverage = regionCoverage(all, review, locale);
      expect(coverage.unknown, locale).toEqual([]);
      expect(coverage.withdrawn, locale).toEqual([]);
    }
  });

  it('the README’s locale table shows the figures i18n:status computes', () => {
    const report = projectStatus(root, []);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = report.locales.slice(1).map((r) => [r, readme.split('\n').find((line) => line.startsWith(`| \`${r.locale}\` `))] as const);
    // The languages we ship have a row; a translator's new language gets one when it is handed in (TRANSLATING.md).
    for (const locale of ['es', 'ar', 'vi', 'zh-Hans']) expect(rows.find(([r, row]) => r.locale === locale && row), locale).toBeTruthy();
    for (const [r, row] of rows) {
      if (!row) continue;
      const [translated, reviewed, regions, regionsReviewed] = row!.split('|').slice(2, 6).map((c) => c.trim());
      const { translated: t, reviewed: v } = shares(r);
      const pct = (n: number, total: number) => `${Math.floor((100 * n) / total)}%`;
      expect([translated, reviewed, regions, regionsReviewed], `README.md's row for ${r.locale}: update it to what npm run i18n:status prints`).toEqual([
        `${t}%`,
        `${v}%`,
        pct(r.regions.translated, r.regions.total),
        pct(r.regions.reviewed, r.regions.total),
      ]);
    }
  }, 30_000);
});
