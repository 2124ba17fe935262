/**
 * The region files (`src/data/regions/<code>.json`) in the project's own layout (`scripts/data/format-json.mjs`, which
 * `test/unit/region-files.test.ts` enforces). Translators add their texts by hand, in whatever layout they like:
 * `npm run i18n:build` rewrites every region file in this layout, so a layout never fails a test. Only the layout
 * changes: the values, and the order of keys, stay as the translator wrote them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDataJson } from '../data/format-json.mjs';
import { parseRegionFile } from './region-review.js';

export const REGIONS_DIR = join('src', 'data', 'regions');

/** `text`, a region file named `name` (for the message when it is not JSON), in the project's layout. */
export function formatRegionText(text: string, name: string): string {
  return formatDataJson(parseRegionFile(text, name));
}

/**
 * Rewrites each region file in `root`'s `src/data/regions/` that is not in the project's layout; returns the names
 * of the files it rewrote. Throws, naming the file, when one is not valid JSON (and then rewrites none).
 */
export function formatRegionFiles(root: string): string[] {
  const dir = join(root, REGIONS_DIR);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const changed: { file: string; text: string }[] = [];
  for (const file of files) {
    const old = readFileSync(join(dir, file), 'utf8');
    const text = formatRegionText(old, join(REGIONS_DIR, file));
    if (text !== old) changed.push({ file, text });
  }
  for (const { file, text } of changed) writeFileSync(join(dir, file), text);
  return changed.map((c) => c.file);
}
