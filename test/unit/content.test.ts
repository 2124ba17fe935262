/**
 * The bundled dataset against the project's verified content, when that content is present beside the checkout
 * (`../shared/content`). A user's clone has no such folder, and these tests are then skipped; the product never reads it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled-data.js';
import { parentRegion } from '../../src/data/region-index.js';
import { citedSources } from '../../src/data/facts.js';
import type { NumberChannel, Region, Resource, WebChannel } from '../../src/data/types.js';

/** Every line we ship: the national file and every state's and county's, as the build and the validator read them. */
const regionDir = fileURLToPath(new URL('../../src/data/regions/', import.meta.url));
const regionFiles = readdirSync(regionDir).filter((f) => f.endsWith('.json'));
const fileTexts = regionFiles.map((f) => readFileSync(`${regionDir}${f}`, 'utf8'));
const parsed = fileTexts.map((text) => JSON.parse(text) as { regions?: Region[]; resources: Resource[] });
const allResources: Resource[] = parsed.flatMap((f) => f.resources);
const allRegions: Region[] = parsed.flatMap((f) => f.regions ?? []);

const contentDir = fileURLToPath(new URL('../../../shared/content/', import.meta.url));
const present = existsSync(`${contentDir}lines.tsv`);

function readTsv(name: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(`${contentDir}${name}`, 'utf8').replace(/\n+$/, '').split('\n');
  const columns = header.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, i) => [columns[i], value ?? ''])));
}

/**
 * Our list items use today's words (Luxembourg Terminology Guidelines, 2016) for the source's older terms: each maps
 * back to the word the source uses, so the list still says what the source says, item for item.
 */
const SOURCE_TERM: Record<string, string> = {
  'sexual exploitation of children in prostitution': 'prostitution',
  'sexual exploitation in prostitution': 'prostitution',
  'child sexual abuse material': 'pornography',
  'sexual exploitation of children in travel and tourism': 'child sex tourism',
  'sexual exploitation in travel and tourism': 'sex tourism',
};

const numbersIn = (text: string) => text.match(/\d[\d,.]*\d|\d/g)?.map((n) => n.replace(/,/g, '')) ?? [];

describe.runIf(present)('bundled data matches ../shared/content', () => {
  const lines = present ? readTsv('lines.tsv') : [];
  const facts = present ? readTsv('facts.tsv') : [];
  const sources = present ? Object.fromEntries(readTsv('sources.tsv').map((s) => [s.id, s])) : {};
  const resources = new Map(allResources.map((r) => [r.id, r]));
  const regions = present ? readTsv('regions.tsv') : [];

  it('every verified line is bundled, with the exact number, display form, keyword, hours and languages', () => {
    const shippable = lines.filter((l) => l.confidence !== 'unverified');
    expect(shippable.length).toBeGreaterThan(10);
    for (const line of shippable) {
      const resource = resources.get(line.id);
      expect(resource, line.id).toBeDefined();
      const channel = resource!.channels.find(
        (c) => c.kind === line.channel && (c as NumberChannel).number === line.e164,
      ) as NumberChannel | undefined;
      expect(channel, `${line.id} ${line.channel} ${line.e164}`).toBeDefined();
      expect(channel!.display).toBe(line.display);
      expect(channel!.kind === 'text' ? channel!.keyword ?? '' : '').toBe(line.sms_keyword);
      // "24/7" only where the agency says so; office hours written out (never 24/7); none where the source has none.
      if (line.hours === '24/7' || !line.hours) expect(channel!.hours ?? '', `${line.id} ${line.e164} hours`).toBe(line.hours);
      else expect(typeof channel!.hours === 'object' && channel!.hours.en, `${line.id} ${line.e164} hours`).toBeTruthy();
      expect((channel!.languages ?? []).join(' '), `${line.id} languages`).toBe(line.languages);
      expect(resource!.verified).toBe(line.checked);
      expect(resource!.region).toBe(line.region);
      expect(resource!.topics.join(' ')).toBe(line.topics);
      expect(channel!.confidence ?? resource!.confidence, `${line.id} ${line.e164} confidence`).toBe(line.confidence);
      // A scope note ("in-state only", "Oahu", "from outside Illinois") stays with the number it qualifies.
      if (/^scope: (yes|no)\b/.test(line.note) && !/^scope: no \(page says|^scope: no \('This number/.test(line.note)) {
        expect(channel!.note?.en, `${line.id} ${line.e164} scope note`).toBeTruthy();
      }
      if (line.source) expect(resource!.source?.title).toBe(sources[line.source].title);
      if (line.url) {
        const web = resource!.channels.filter((c): c is WebChannel => c.kind === 'web').map((c) => c.url.replace(/\/$/, ''));
        expect(web, `${line.id} url`).toContain(line.url.replace(/\/$/, ''));
      }
    }
  });

  it('bundles no number the content does not hold: no unverified number, no number from the evidence column', () => {
    const verified = new Set(lines.filter((l) => l.confidence !== 'unverified').map((l) => `${l.id} ${l.channel} ${l.e164}`));
    for (const resource of allResources) {
      for (const channel of resource.channels) {
        if (!('number' in channel)) continue;
        expect(verified, `${resource.id} ${channel.kind} ${channel.number}`).toContain(`${resource.id} ${channel.kind} ${channel.number}`);
      }
    }
    // Any phone-like number anywhere in the files (text included) is a verified one; unverified ones appear nowhere.
    const digits = (n: string) => n.replace(/\D/g, '').replace(/^1(\d{10})$/, '$1');
    const allowed = new Set(lines.filter((l) => l.confidence !== 'unverified').flatMap((l) => [digits(l.e164), digits(l.display)]));
    const unverified = lines.filter((l) => l.confidence === 'unverified').map((l) => digits(l.e164));
    const phoneLike = /(\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\+1\d{10}/g;
    fileTexts.forEach((text, i) => {
      for (const found of text.match(phoneLike) ?? []) expect(allowed, `${regionFiles[i]}: ${found}`).toContain(digits(found));
      for (const number of unverified) expect(text.replace(/\D/g, ''), `${regionFiles[i]} holds unverified ${number}`).not.toContain(`1${number}`.slice(-11));
    });
  });

  it('knows every region of the content, with its name, kind and parent, and each state’s guidance with its source', () => {
    const ours = new Map(allRegions.map((r) => [r.code, r]));
    for (const row of regions) {
      if (row.code === 'us') continue;
      const region = ours.get(row.code);
      expect(region, row.code).toBeDefined();
      expect(region!.name.en).toBe(row.name);
      expect(parentRegion(row.code)).toBe(row.parent);
      expect(row.kind).toBe(row.code.split('-').length === 2 ? 'state' : 'county');
      expect(Boolean(region!.guidance), `${row.code} guidance`).toBe(Boolean(row.reporting));
      if (row.reporting) {
        expect(region!.guidance!.source.title).toBe(sources[row.source].title);
        expect(region!.guidance!.source.url ?? '').toBe(sources[row.source].url);
        // Our own words: no phone number in the guidance but 911 ("24-hour" is not one).
        expect(region!.guidance!.text.en.match(/\d{3,}/g)).toEqual(['911']);
      }
    }
  });

  it('every fact that may ship is bundled, nothing unverified is, and figures are exact', () => {
    const bundled = new Map(bundledData.facts.map((f) => [f.id, f]));
    for (const row of facts) {
      const fact = bundled.get(row.id);
      if (row.confidence === 'unverified') {
        expect(fact, `${row.id} must not ship`).toBeUndefined();
        continue;
      }
      expect(fact, row.id).toBeDefined();
      expect(fact!.confidence).toBe(row.confidence);
      expect(fact!.scope).toBe(row.scope);
      expect(fact!.region).toBe(row.region);
      expect(fact!.source.title).toBe(sources[row.source].title);
      expect(String(fact!.year ?? ''), `${row.id} year`).toBe(row.year);
      if (row.confidence === 'disputed') expect(fact!.caveat?.en, `${row.id} caveat`).toBeTruthy();
      if (row.caveat) expect(fact!.caveat?.en, `${row.id} caveat`).toBeTruthy();
      // Every number the content gives is still there; no number appears that the content does not give.
      const contentNumbers = new Set([...numbersIn(row.figure), ...numbersIn(row.statement), ...numbersIn(row.caveat), row.year]);
      const items = (fact!.items ?? []).map((item) => item.en);
      const ours = [...numbersIn(fact!.figure ?? ''), ...numbersIn(fact!.statement.en), ...items.flatMap(numbersIn)];
      // A list says what the content says, item for item, and has as many items as the figure counts.
      for (const item of items) {
        const ours = item.toLowerCase().replace(/^the /, '');
        expect(row.statement.toLowerCase(), `${row.id} item "${item}"`).toContain(SOURCE_TERM[ours] ?? ours);
      }
      if (items.length && /^\d+$/.test(row.figure)) expect(items.length, `${row.id} items`).toBe(Number(row.figure));
      for (const n of numbersIn(row.figure)) expect(ours, `${row.id} keeps ${n}`).toContain(n);
      for (const n of ours) expect(contentNumbers, `${row.id} invents ${n}`).toContain(n);
    }
  });

  it('every citation shows the year its source has, and only that (no fact year borrowed for a page without one)', () => {
    for (const fact of bundledData.facts) {
      const row = facts.find((r) => r.id === fact.id)!;
      expect(String(citedSources([fact])[0].year ?? ''), `${fact.id}`).toBe(sources[row.source].year);
    }
  });

  it('chart labels say what the source says', () => {
    const row = facts.find((r) => r.id === 'alameda-518-social-services')!;
    const label = bundledData.facts.find((f) => f.id === row.id)!.label!.en.toLowerCase();
    expect(row.statement.toLowerCase()).toContain(label);
  });

  it('sources carry the content’s titles, publishers, years and links', () => {
    const all = [
      ...bundledData.facts.map((f) => f.source),
      ...allResources.flatMap((r) => (r.source ? [r.source] : [])),
      ...allRegions.flatMap((r) => (r.guidance ? [r.guidance.source] : [])),
    ];
    for (const source of all) {
      const row = Object.values(sources).find((s) => s.title === source.title && s.publisher === source.publisher);
      expect(row, source.title).toBeDefined();
      expect(source.url ?? '').toBe(row!.url);
      expect(String(source.year ?? '')).toBe(row!.year);
    }
  });
});
