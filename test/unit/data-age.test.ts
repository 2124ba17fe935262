import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_CHECKED } from '../../src/data/data-controller.js';

const regions = join(__dirname, '../../src/data/regions');

describe('DATA_CHECKED (the date the old-data warning counts from)', () => {
  it('is the newest verified date in the bundled data, so the warning never counts from a stale date', () => {
    const dates = readdirSync(regions)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => [...readFileSync(join(regions, name), 'utf8').matchAll(/"verified": "(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]));
    expect(dates.length).toBeGreaterThan(100);
    expect(DATA_CHECKED).toBe(dates.sort().at(-1));
  });
});
