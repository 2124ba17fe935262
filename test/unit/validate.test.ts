import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled-data.js';
import { validateDataset } from '../../src/data/validate.js';

const now = new Date('2026-11-25T00:00:00Z');
const line = (over: Record<string, unknown> = {}) => ({
  id: 'test-line',
  name: 'Test line',
  description: 'For tests.',
  region: 'us',
  topics: ['support'],
  channels: [{ kind: 'call', number: '+12025550123', display: '(202) 555-0123' }],
  verified: '2026-11-01',
  ...over,
});
const fact = (over: Record<string, unknown> = {}) => ({
  id: 'test-fact',
  scope: 'national',
  region: 'us',
  statement: 'A statement.',
  source: { title: 'A study', publisher: 'A university', year: 2020 },
  ...over,
});
const errors = (input: unknown) => validateDataset(input, { now }).problems.filter((p) => p.severity === 'error');

describe('validateDataset', () => {
  it('accepts the bundled dataset unchanged and without errors', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(bundledData)), { now, ours: true });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.dataset).toEqual(bundledData);
  });

  it('rejects files whose top level is unusable', () => {
    for (const bad of [null, 42, 'x', [], {}, { version: 2, resources: [] }, { version: 1 }, { version: 1, resources: 'x' }]) {
      expect(validateDataset(bad).dataset, JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('drops bad entries one by one and keeps the good ones', () => {
    const result = validateDataset({ version: 1, resources: [line(), line({ id: 'Bad Id' }), line({ id: 'two', region: 'Mars' })] }, { now });
    expect(result.dataset?.resources.map((r) => r.id)).toEqual(['test-line']);
    expect(result.problems.map((p) => p.path)).toEqual(['$.resources[1].id', '$.resources[2].region']);
  });

  it('drops unsafe channels and keeps the listing when a good one remains', () => {
    const result = validateDataset(
      {
        version: 1,
        resources: [
          line({
            channels: [
              { kind: 'web', url: 'javascript:alert(1)' },
              { kind: 'call', number: 'javascript:alert(1)', display: '911' },
              { kind: 'call', number: '+12025550123', display: '(202) 555-0123' },
            ],
          }),
        ],
      },
      { now },
    );
    expect(result.dataset?.resources[0].channels).toEqual([{ kind: 'call', number: '+12025550123', display: '(202) 555-0123' }]);
    expect(result.problems.map((p) => p.path)).toEqual(['$.resources[0].channels[0].url', '$.resources[0].channels[1].number']);
  });

  it('refuses a display form that shows other digits than the number dialled', () => {
    expect(errors({ version: 1, resources: [line({ channels: [{ kind: 'call', number: '+12025550123', display: '(202) 555-9999' }] })] })[0]
      .path).toBe('$.resources[0].channels[0].display');
  });

  it('refuses keywords that could inject URL parameters', () => {
    const result = validateDataset(
      { version: 1, resources: [line({ channels: [{ kind: 'text', number: '233733', keyword: 'HELP&body=x' }] })] },
      { now },
    );
    expect(result.dataset?.resources).toEqual([]);
  });

  it('never lets __proto__ or constructor keys reach our objects', () => {
    const input = JSON.parse(
      `{"version":1,"__proto__":{"polluted":1},"resources":[{"id":"p","__proto__":{"polluted":1},"name":{"en":"N","__proto__":"x","constructor":"y"},"description":"D","region":"us","channels":[{"kind":"call","number":"911","display":"911","__proto__":{"polluted":1}}],"verified":"2026-11-01"}]}`,
    );
    const result = validateDataset(input, { now });
    const resource = result.dataset!.resources[0];
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(resource)).toBe(Object.prototype);
    expect(Object.keys(resource.name)).toEqual(['en']);
    expect((resource as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((resource.channels[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a fact without a source, and a disputed figure without its caveat', () => {
    const result = validateDataset(
      {
        version: 1,
        facts: [fact(), fact({ id: 'no-source', source: undefined }), fact({ id: 'disputed', confidence: 'disputed' })],
      },
      { now },
    );
    expect(result.dataset?.facts.map((f) => f.id)).toEqual(['test-fact']);
    expect(result.problems.map((p) => p.path)).toEqual(['$.facts[1].source', '$.facts[2].caveat']);
  });

  it('never ships unverified entries', () => {
    const result = validateDataset({ version: 1, facts: [fact({ confidence: 'unverified' })] }, { now });
    expect(result.dataset?.facts).toEqual([]);
  });

  it('keeps text as text and per-locale maps with English required', () => {
    const result = validateDataset(
      { version: 1, resources: [line({ name: { en: '<b>Line</b>', es: 'Línea', 'not a locale': 'x' }, description: { es: 'Solo español' } })] },
      { now },
    );
    expect(result.dataset?.resources).toEqual([]);
    expect(errors({ version: 1, resources: [line({ description: { es: 'Solo español' } })] })[0].path).toBe('$.resources[0].description.en');
    const ok = validateDataset({ version: 1, resources: [line({ name: { en: '<b>Line</b>', es: 'Línea', 'not a locale': 'x' } })] }, { now });
    expect(ok.dataset?.resources[0].name).toEqual({ en: '<b>Line</b>', es: 'Línea' });
  });

  it('warns about stale entries and short codes, without dropping them', () => {
    const result = validateDataset(
      { version: 1, resources: [line({ verified: '2024-01-01', channels: [{ kind: 'call', number: '988' }] })] },
      { now },
    );
    expect(result.dataset?.resources).toHaveLength(1);
    expect(result.problems.map((p) => [p.severity, p.path])).toEqual([
      ['warning', '$.resources[0].channels[0].number'],
      ['warning', '$.resources[0].verified'],
    ]);
  });

  it('drops repeated ids after the first', () => {
    const result = validateDataset({ version: 1, resources: [line(), line({ name: 'Second' })] }, { now });
    expect(result.dataset?.resources.map((r) => r.name.en)).toEqual(['Test line']);
  });
});
