/** The published JSON Schema and the runtime validator must agree: partners read one, the browser runs the other. */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled-data.js';
import { EMERGENCY_NUMBERS, validateDataset } from '../../src/data/validate.js';
import { HOSTILE_FILES, hostileFile } from '../fixtures/hostile-inputs.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/heat-data.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const check = ajv.compile(schema);

const base = {
  id: 'x',
  name: 'X',
  description: 'Y',
  region: 'us',
  channels: [{ kind: 'call', number: '+12025550123', display: '(202) 555-0123' }],
  verified: '2026-01-01',
};

describe('heat-data.schema.json', () => {
  it('accepts the bundled dataset', () => {
    expect(check(JSON.parse(JSON.stringify(bundledData))), JSON.stringify(check.errors)).toBe(true);
  });

  it('accepts every region data file (the files maintainers correct are in the published schema)', () => {
    const dir = new URL('../../src/data/regions/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      expect(check(data), `${file}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
  });

  it('rejects a TTY channel without a number and a schedule with a bad time, as the validator does', () => {
    for (const channel of [
      { kind: 'tty', display: '711' },
      { kind: 'call', number: '+12025550123', hours: 'Weekdays', schedule: { timeZone: 'America/Chicago', days: [1], opens: '8:00', closes: '17:00' } },
    ]) {
      const file = { version: 1, resources: [{ ...base, channels: [channel] }] };
      expect(check(file), JSON.stringify(channel)).toBe(false);
      expect(validateDataset(file).dataset?.resources ?? [], JSON.stringify(channel)).toEqual([]);
    }
  });

  const badEntries: [string, unknown][] = [
    ['javascript: url', { ...base, channels: [{ kind: 'web', url: 'javascript:alert(1)' }] }],
    ['http: url', { ...base, channels: [{ kind: 'web', url: 'http://example.org' }] }],
    ['number with dashes', { ...base, channels: [{ kind: 'call', number: '1-888-373-7888' }] }],
    ['no English text', { ...base, name: { es: 'Hola' } }],
    ['bad region', { ...base, region: 'US CA' }],
    ['no channels', { ...base, channels: [] }],
    ['bad date', { ...base, verified: '24/11/2026' }],
  ];
  for (const [what, entry] of badEntries) {
    it(`rejects an entry with ${what}, as the validator does`, () => {
      const file = { version: 1, resources: [entry] };
      expect(check(file)).toBe(false);
      expect(validateDataset(file).dataset?.resources).toEqual([]);
    });
  }

  it('accepts a fact whose statement introduces a list of items, as the validator does', () => {
    const fact = { id: 'f', scope: 'definitions', region: 'us', statement: 'It takes two forms:', items: ['One', { en: 'Two', es: 'Dos' }], source: { title: 'T', publisher: 'P' } };
    const file = { version: 1, facts: [fact] };
    expect(check(file), JSON.stringify(check.errors)).toBe(true);
    expect(validateDataset(file).dataset?.facts[0].items).toEqual([{ en: 'One' }, { en: 'Two', es: 'Dos' }]);
  });

  const badItems: [string, unknown][] = [
    ['an empty list', []],
    ['not a list', 'One, two'],
    ['an empty item', ['One', ' ']],
    ['an item without English', ['One', { es: 'Dos' }]],
    ['more than 50 items', Array.from({ length: 51 }, (_, i) => `Item ${i}`)],
  ];
  for (const [what, items] of badItems) {
    it(`rejects a fact whose items are ${what}, as the validator does`, () => {
      const fact = { id: 'f', scope: 'definitions', region: 'us', statement: 'S:', items, source: { title: 'T', publisher: 'P' } };
      const file = { version: 1, facts: [fact] };
      expect(check(file)).toBe(false);
      expect(validateDataset(file).dataset?.facts).toEqual([]);
    });
  }

  it('rejects a fact without a source and a disputed fact without a caveat, as the validator does', () => {
    const fact = { id: 'f', scope: 'national', region: 'us', statement: 'S', source: { title: 'T', publisher: 'P' } };
    for (const bad of [{ ...fact, source: undefined }, { ...fact, confidence: 'disputed' }]) {
      const file = JSON.parse(JSON.stringify({ version: 1, facts: [bad] }));
      expect(check(file)).toBe(false);
      expect(validateDataset(file).dataset?.facts).toEqual([]);
    }
  });

  // Every entry of the hostile-input corpus the schema can judge: the published schema refuses what the browser refuses.
  // It cannot know today (a date not yet come) or compare two fields (a display with other digits than the number).
  const beyondSchema = /future|next-year|digits-in-suffix/;
  for (const test of HOSTILE_FILES.filter((t) => !beyondSchema.test(t.name))) {
    it(`rejects the corpus entry ${test.name}, as the validator does`, () => {
      const file = hostileFile(test);
      expect(check(file)).toBe(false);
      expect(check({ ...file, [test.kind]: (file[test.kind] as unknown[]).slice(0, 1) }), JSON.stringify(check.errors)).toBe(true);
    });
  }

  it('lists the same emergency numbers as the validator, and keeps "711 (Maine Relay)" a valid display', () => {
    expect(schema.$defs.resource.then.properties.channels.items.properties.number.enum).toEqual(EMERGENCY_NUMBERS);
    const tty = { ...base, channels: [{ kind: 'tty', number: '711', display: '711 (Maine Relay)' }] };
    expect(check({ version: 1, resources: [tty] }), JSON.stringify(check.errors)).toBe(true);
    expect(validateDataset({ version: 1, resources: [tty] }).dataset?.resources).toHaveLength(1);
    const emergency = { ...base, topics: ['emergency'], channels: [{ kind: 'call', number: '112', display: '112' }] };
    expect(check({ version: 1, resources: [emergency] }), JSON.stringify(check.errors)).toBe(true);
    expect(validateDataset({ version: 1, resources: [emergency] }).dataset?.resources).toHaveLength(1);
  });
});
