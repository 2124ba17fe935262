import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionNamesModule } from '../../scripts/data/region-names.mjs';
import { REGION_CODES } from '../../src/data/region-index.js';
import { regionNames } from '../../src/hotline-list/picker.js';

describe('region names for the picker', () => {
  it('src/data/region-names.ts is what the region files say (npm run i18n:build rewrites it)', () => {
    expect(readFileSync(new URL('../../src/data/region-names.ts', import.meta.url), 'utf8')).toBe(regionNamesModule());
  });

  it('names every state and county, in each language the files give, English where they give none', () => {
    for (const locale of ['en', 'es', 'ar', 'vi', 'zh-Hans', 'tl']) {
      const names = regionNames(locale);
      expect([...names.keys()]).toEqual(REGION_CODES.slice(1));
      for (const code of REGION_CODES.slice(1)) {
        const file = JSON.parse(readFileSync(new URL(`../../src/data/regions/${code}.json`, import.meta.url), 'utf8'));
        const name = file.regions[0].name as Record<string, string>;
        expect(names.get(code), `${code} in ${locale}`).toBe(name[locale] ?? name.en);
      }
    }
  });
});
