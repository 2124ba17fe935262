/** Translated data text at runtime: applied into the data, read through pickText's per-field fallback. */
import { digitProblems, digitSequences, monthNumbers, sameFigure, withoutMonthNumbers } from '../../scripts/i18n/digits.js';
import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled-data.js';
import { pickText } from '../../src/data/localized-text.js';
import type { Dataset } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';
import { applyDataText, collectDataText, dataTextPart } from '../../src/i18n/data-text.js';
import { dataText as esCore } from '../../src/i18n/generated/bundles/es.js';
import { dataText as esFacts } from '../../src/i18n/generated/bundles/es-facts.js';
import { dataText as arCore } from '../../src/i18n/generated/bundles/ar.js';
import { dataText as arFacts } from '../../src/i18n/generated/bundles/ar-facts.js';
import { dataText as viCore } from '../../src/i18n/generated/bundles/vi.js';
import { dataText as viFacts } from '../../src/i18n/generated/bundles/vi-facts.js';
import { dataText as zhCore } from '../../src/i18n/generated/bundles/zh-Hans.js';
import { dataText as zhFacts } from '../../src/i18n/generated/bundles/zh-Hans-facts.js';

const copy = (): Dataset => structuredClone(bundledData);

describe('data text at runtime', () => {
  it('writes a locale into the data, and pickText falls back es-MX -> es -> en per field', () => {
    const data = copy();
    applyDataText(data, 'es', { 'resource.nhth.name': 'Línea Directa Nacional contra la Trata de Personas' });
    const nhth = data.resources.find((r) => r.id === 'nhth')!;
    expect(pickText(nhth.name, 'es-MX')).toBe('Línea Directa Nacional contra la Trata de Personas');
    // A field without a Spanish translation stays English, field by field.
    expect(pickText(nhth.description, 'es-MX')).toBe(nhth.description.en);
    expect(pickText(nhth.name, 'qaa')).toBe('National Human Trafficking Hotline');
  });

  it('finds every text the extractor names, by following its id', () => {
    const data = copy();
    const ids = [...collectDataText(data).keys()];
    applyDataText(data, 'xx', Object.fromEntries(ids.map((id) => [id, `xx ${id}`])));
    for (const [id, text] of collectDataText(data)) expect(text.xx, id).toBe(`xx ${id}`);
  });

  it('ignores ids of data that no longer exists', () => {
    const data = copy();
    expect(() =>
      applyDataText(data, 'es', { 'resource.gone.name': 'x', 'fact.gone.statement': 'y', 'resource.nhth.channels.9.note': 'z', 'other.x': 'w' }),
    ).not.toThrow();
  });

  it('puts fact text in its own part, everything else in the core part', () => {
    expect(dataTextPart('fact.polaris-100k.caveat')).toBe('facts');
    expect(dataTextPart('resource.nhth.channels.0.note')).toBe('core');
    expect(Object.keys(esCore).every((id) => id.startsWith('resource.'))).toBe(true);
    expect(Object.keys(esFacts).every((id) => id.startsWith('fact.'))).toBe(true);
  });

  it('ships es, ar, vi and zh-Hans complete, each text with exactly the English numbers (figures the locale’s way)', () => {
    const texts = collectDataText(bundledData);
    const locales = [
      ['es', { ...esCore, ...esFacts }],
      ['ar', { ...arCore, ...arFacts }],
      ['vi', { ...viCore, ...viFacts }],
      ['zh-Hans', { ...zhCore, ...zhFacts }],
    ] as const;
    for (const [locale, table] of locales) {
      expect(Object.keys(table).sort(), locale).toEqual([...texts.keys()].sort());
      for (const [id, text] of texts) {
        // A month the English names may appear as its number (2011年1月1日); every other number is the English one,
        // a figure written the locale's way when it reads as the same number there ("100.000" in Vietnamese).
        const same = sameFigure(locale);
        const english = digitSequences(text.en);
        const shown = withoutMonthNumbers(digitSequences(table[id]), english, monthNumbers(text.en), same);
        expect(digitProblems(english, shown, same), `${locale} ${id}`).toEqual([]);
      }
    }
  });

  it('lets partner JSON carry its own translations, with per-field fallback to English', () => {
    const { dataset } = validateDataset({
      version: 1,
      resources: [
        {
          id: 'partner-line',
          name: { en: 'Partner Youth Line', es: 'Línea juvenil del socio', 'es-MX': 'Línea juvenil (MX)' },
          description: 'Support for young people.',
          region: 'us',
          topics: ['support'],
          channels: [{ kind: 'call', number: '+12025550123', display: '(202) 555-0123' }],
          source: { title: 'Test', publisher: 'Tests' },
          verified: '2026-11-01',
        },
      ],
    });
    const line = dataset!.resources[0];
    expect(pickText(line.name, 'es-MX')).toBe('Línea juvenil (MX)');
    expect(pickText(line.name, 'es-US')).toBe('Línea juvenil del socio');
    expect(pickText(line.name, 'ar')).toBe('Partner Youth Line');
    expect(pickText(line.description, 'es')).toBe('Support for young people.');
  });
});
