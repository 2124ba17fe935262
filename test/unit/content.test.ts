/**
 * The bundled dataset against the project's verified content, when that content is present beside the checkout
 * (`../shared/content`). A user's clone has no such folder, and these tests are then skipped; the product never reads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled-data.js';
import type { CallChannel, TextChannel, WebChannel } from '../../src/data/types.js';

const contentDir = fileURLToPath(new URL('../../../shared/content/', import.meta.url));
const present = existsSync(`${contentDir}lines.tsv`);

function readTsv(name: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(`${contentDir}${name}`, 'utf8').trimEnd().split('\n');
  const columns = header.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, i) => [columns[i], value ?? ''])));
}

const numbersIn = (text: string) => text.match(/\d[\d,.]*\d|\d/g)?.map((n) => n.replace(/,/g, '')) ?? [];

describe.runIf(present)('bundled data matches ../shared/content', () => {
  const lines = present ? readTsv('lines.tsv') : [];
  const facts = present ? readTsv('facts.tsv') : [];
  const sources = present ? Object.fromEntries(readTsv('sources.tsv').map((s) => [s.id, s])) : {};
  const resources = new Map(bundledData.resources.map((r) => [r.id, r]));

  it('every verified line is bundled, with the exact number, display form, keyword, hours and languages', () => {
    const shippable = lines.filter((l) => l.confidence !== 'unverified');
    expect(shippable.length).toBeGreaterThan(10);
    for (const line of shippable) {
      const resource = resources.get(line.id);
      expect(resource, line.id).toBeDefined();
      const channel = resource!.channels.find(
        (c) => c.kind === line.channel && (c as CallChannel | TextChannel).number === line.e164,
      ) as CallChannel | TextChannel | undefined;
      expect(channel, `${line.id} ${line.channel} ${line.e164}`).toBeDefined();
      expect(channel!.display).toBe(line.display);
      expect(channel!.kind === 'text' ? channel!.keyword ?? '' : '').toBe(line.sms_keyword);
      expect(channel!.hours ?? '', `${line.id} hours`).toBe(line.hours);
      expect((channel!.languages ?? []).join(' '), `${line.id} languages`).toBe(line.languages);
      expect(resource!.verified).toBe(line.checked);
      expect(resource!.region).toBe(line.region);
      expect(resource!.topics.join(' ')).toBe(line.topics);
      expect(resource!.confidence).toBe(line.confidence);
      if (line.source) expect(resource!.source?.title).toBe(sources[line.source].title);
      if (line.url) {
        const web = resource!.channels.filter((c): c is WebChannel => c.kind === 'web').map((c) => c.url.replace(/\/$/, ''));
        expect(web, `${line.id} url`).toContain(line.url.replace(/\/$/, ''));
      }
    }
  });

  it('bundles no number the content does not hold', () => {
    const verified = new Set(lines.filter((l) => l.confidence !== 'unverified').map((l) => `${l.id} ${l.channel} ${l.e164}`));
    for (const resource of bundledData.resources) {
      for (const channel of resource.channels) {
        if (channel.kind !== 'call' && channel.kind !== 'text') continue;
        expect(verified, `${resource.id} ${channel.kind} ${channel.number}`).toContain(
          `${resource.id} ${channel.kind} ${channel.number}`,
        );
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
        expect(row.statement.toLowerCase(), `${row.id} item "${item}"`).toContain(item.toLowerCase().replace(/^the /, ''));
      }
      if (items.length && /^\d+$/.test(row.figure)) expect(items.length, `${row.id} items`).toBe(Number(row.figure));
      for (const n of numbersIn(row.figure)) expect(ours, `${row.id} keeps ${n}`).toContain(n);
      for (const n of ours) expect(contentNumbers, `${row.id} invents ${n}`).toContain(n);
    }
  });

  it('sources carry the content’s titles, publishers, years and links', () => {
    const all = [...bundledData.facts.map((f) => f.source), ...bundledData.resources.flatMap((r) => (r.source ? [r.source] : []))];
    for (const source of all) {
      const row = Object.values(sources).find((s) => s.title === source.title && s.publisher === source.publisher);
      expect(row, source.title).toBeDefined();
      expect(source.url ?? '').toBe(row!.url);
      expect(String(source.year ?? '')).toBe(row!.year);
    }
  });
});
