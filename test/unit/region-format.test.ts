/**
 * `npm run i18n:build` puts the region files a translator edited by hand into the project's layout (the one
 * `region-files.test.ts` enforces), so no layout a translator chooses fails a test (a translator's report: a new
 * key written on the same line as "en" failed "is written as the tools write it").
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDataJson } from '../../scripts/data/format-json.mjs';
import { formatRegionFiles, formatRegionText } from '../../scripts/i18n/region-format.js';

const regions = fileURLToPath(new URL('../../src/data/regions/', import.meta.url));
const shipped = readFileSync(join(regions, 'us-hi.json'), 'utf8');
/** us-hi.json with a French note added the way the translator did: on the same line as "en". */
const sameLine = shipped.replace('"en": "For Oahu.",', '"en": "For Oahu.", "fr": "Pour Oahu.",');

describe('the build step puts hand-edited region files in the project’s layout', () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it('a key written on the same line as "en" is moved to its own line, and nothing else changes', () => {
    expect(sameLine).not.toBe(shipped);
    expect(sameLine).not.toBe(formatDataJson(JSON.parse(sameLine)));
    const formatted = formatRegionText(sameLine, 'us-hi.json');
    expect(formatted).toBe(formatDataJson(JSON.parse(sameLine)));
    expect(JSON.parse(formatted)).toEqual(JSON.parse(sameLine));
    // Each key on its own line, in the translator's order.
    expect(formatted).toMatch(/\n( +)"en": "For Oahu\.",\n\1"fr": "Pour Oahu\.",\n\1"es": "Para Oahu\.",\n/);
    // Already in the layout: unchanged.
    expect(formatRegionText(shipped, 'us-hi.json')).toBe(shipped);
  });

  it('rewrites only the files not in the layout, and names the file that is not JSON', () => {
    scratch = mkdtempSync(join(tmpdir(), 'heat-region-format-'));
    const dir = join(scratch, 'src/data/regions');
    cpSync(regions, dir, { recursive: true });
    writeFileSync(join(dir, 'us-hi.json'), sameLine);
    expect(formatRegionFiles(scratch)).toEqual(['us-hi.json']);
    expect(readFileSync(join(dir, 'us-hi.json'), 'utf8')).toBe(formatDataJson(JSON.parse(sameLine)));
    expect(formatRegionFiles(scratch)).toEqual([]);
    // A missing comma between keys: an error that names the file, and no file rewritten.
    writeFileSync(join(dir, 'us-hi.json'), sameLine.replace('"fr": "Pour Oahu.",', '"fr": "Pour Oahu."'));
    writeFileSync(join(dir, 'us-ak.json'), readFileSync(join(dir, 'us-ak.json'), 'utf8').replace(/\n\s+/g, ' '));
    expect(() => formatRegionFiles(scratch!)).toThrow(/us-hi\.json is not valid JSON, line 28 /);
    expect(readFileSync(join(dir, 'us-ak.json'), 'utf8')).not.toBe(readFileSync(join(regions, 'us-ak.json'), 'utf8'));
  });
});
