import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled-data.js';
import { normalizeRegion, parseTokens, regionCovers } from '../../src/data/regions.js';
import { selectResources } from '../../src/data/select.js';
import { loadChain } from '../../src/data/region-data.js';
import type { Resource } from '../../src/data/types.js';

// What a list has to choose from once its region's files arrived: national lines, and both counties' (to show that
// selection keeps each county's own).
const counties = await Promise.all(['us-ca-stanislaus', 'us-ca-alameda'].map((code) => loadChain(code, new URL('../../src/data/', import.meta.url).href)));
const all: Resource[] = [...bundledData.resources, ...counties.flatMap((c) => c.resources)];
const ids = (region: string, topics: string[] = []) => selectResources(all, region, topics).map((r) => r.id);

describe('region matching', () => {
  it('covers the region itself and every region inside it', () => {
    expect(regionCovers('us', 'us')).toBe(true);
    expect(regionCovers('us', 'us-ca-stanislaus')).toBe(true);
    expect(regionCovers('us-ca', 'us-ca-alameda')).toBe(true);
    expect(regionCovers('us-ca-alameda', 'us-ca')).toBe(false);
    expect(regionCovers('us-ca-alameda', 'us-ca-stanislaus')).toBe(false);
    // A prefix of letters is not a parent region.
    expect(regionCovers('us-ca', 'us-cal')).toBe(false);
  });

  it('normalises attribute values and falls back to the whole US', () => {
    expect(normalizeRegion(' US-CA-Stanislaus ')).toBe('us-ca-stanislaus');
    expect(normalizeRegion('<script>')).toBe('us');
    expect(normalizeRegion(null)).toBe('us');
  });

  it('parses space-separated tokens', () => {
    expect(parseTokens('  csec  Report csec ')).toEqual(['csec', 'report']);
    expect(parseTokens(undefined)).toEqual([]);
  });
});

describe('selecting listings', () => {
  it('a county list has its own lines first, then national ones, with 911 on top', () => {
    expect(ids('us-ca-stanislaus')).toEqual([
      'emergency',
      'stanislaus-protective-services',
      'without-permission',
      'haven-womens-center',
      'stanislaus-family-justice-center',
      'nhth',
      'ncmec',
      'childhelp',
      '988',
    ]);
  });

  it('does not mix in another county', () => {
    expect(ids('us-ca-stanislaus')).not.toContain('heat-watch-tip-line');
    expect(ids('us-ca-alameda')).toContain('heat-watch-tip-line');
    expect(ids('us-ca-alameda')).not.toContain('without-permission');
  });

  it('the whole US shows only national lines', () => {
    expect(ids('us')).toEqual(['emergency', 'nhth', 'ncmec', 'childhelp', '988']);
  });

  it('filters by any of the topics, keeping emergency help', () => {
    expect(ids('us-ca-stanislaus', ['mental-health'])).toEqual(['emergency', '988']);
    expect(ids('us', ['no-such-topic'])).toEqual(['emergency']);
  });
});
