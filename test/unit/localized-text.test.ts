import { describe, expect, it } from 'vitest';
import { pickText, pickTextAndTag } from '../../src/data/localized-text.js';
import { formatDate, formatLanguages } from '../../src/i18n/format.js';
import { pluralCategory } from '../../src/i18n/plural.js';
import { isRtl, resolveLocale } from '../../src/i18n/resolve-locale.js';

describe('localized data text', () => {
  const text = { en: 'Call', es: 'Llamar', 'es-MX': 'Marcar' };
  it('picks the exact locale, then its language, then English', () => {
    expect(pickText(text, 'es-MX')).toBe('Marcar');
    expect(pickText(text, 'es-AR')).toBe('Llamar');
    expect(pickText(text, 'fr')).toBe('Call');
    expect(pickText(undefined, 'es')).toBeUndefined();
  });
  it('says which tag the text came from, so a fallback can carry its own lang', () => {
    expect(pickTextAndTag(text, 'es-MX')).toEqual(['Marcar', 'es-MX']);
    expect(pickTextAndTag(text, 'es-AR')).toEqual(['Llamar', 'es']);
    expect(pickTextAndTag(text, 'ar')).toEqual(['Call', 'en']);
    expect(pickTextAndTag({ en: '' }, 'en')).toBeUndefined();
  });
});

describe('locale resolution', () => {
  const available = ['en', 'es', 'ar', 'zh-Hans'];
  it('falls back along subtags to a supported locale', () => {
    expect(resolveLocale('es-MX', available)).toBe('es');
    expect(resolveLocale('ES_mx', available)).toBe('es');
    expect(resolveLocale('zh-Hans-CN', available)).toBe('zh-Hans');
    expect(resolveLocale('ar-EG', available)).toBe('ar');
  });
  it('finds the script a region implies: zh-CN and zh are Simplified, zh-TW is not', () => {
    expect(resolveLocale('zh-CN', available)).toBe('zh-Hans');
    expect(resolveLocale('zh', available)).toBe('zh-Hans');
    expect(resolveLocale('zh-TW', available)).toBe('en');
    expect(resolveLocale('not a tag!', available)).toBe('en');
  });
  it('means English for an unknown or empty locale', () => {
    expect(resolveLocale('fr-CA', available)).toBe('en');
    expect(resolveLocale('', available)).toBe('en');
    expect(resolveLocale(undefined, available)).toBe('en');
  });
  it('knows which scripts run right to left', () => {
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('he-IL')).toBe(true);
    expect(isRtl('es')).toBe(false);
    // By the language subtag alone, in any case: not a longer language code that starts the same.
    expect(isRtl('FA-ir')).toBe(true);
    expect(isRtl('yi')).toBe(true);
    expect(isRtl('arn')).toBe(false);
    expect(isRtl('en-ar')).toBe(false);
  });
});

describe('formatting', () => {
  it('formats verified dates in the reader’s language, as calendar dates', () => {
    expect(formatDate('2026-11-24', 'en')).toBe('November 24, 2026');
    expect(formatDate('2026-11-24', 'es')).toBe('24 de noviembre de 2026');
  });
  it('names languages in the reader’s language', () => {
    expect(formatLanguages(['en', 'es'], 'en')).toBe('English and Spanish');
    expect(formatLanguages(['en', 'es'], 'es')).toBe('inglés y español');
  });
  it('uses the locale’s plural rules', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(2, 'en')).toBe('other');
    expect(pluralCategory(3, 'ar')).toBe('few');
  });
});

// English is formatted without Intl (src/i18n/format.ts, to spare the page ICU's start-up): it must read exactly as
// Intl's `en` does.
describe('English formatting without ICU', () => {
  it('dates read as Intl writes them, every day of a year and around the edges', () => {
    const intl = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' });
    const days: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
    for (const iso of [...days, '1999-12-31', '2000-02-29', '2026-11-24', '2100-01-01']) {
      expect(formatDate(iso, 'en')).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
    expect(formatDate('not a date', 'en')).toBe('not a date');
    for (const iso of ['0000-01-01', '0001-01-01', '0999-12-31']) {
      expect(formatDate(iso, 'en')).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
  });

  it('language lists read as Intl writes them; other languages still get their names from Intl', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    for (const tags of [['en'], ['es'], ['en', 'es'], ['es', 'en']]) {
      expect(formatLanguages(tags, 'en')).toBe(list.format(tags.map((t) => names.of(t)!)));
    }
    expect(formatLanguages(['en', 'es', 'vi'], 'en')).toBe('English, Spanish, and Vietnamese');
    expect(formatLanguages(['constructor'], 'en')).toBe('constructor');
  });

  it('English plural categories are what Intl says, for whole numbers and fractions', () => {
    const rules = new Intl.PluralRules('en');
    for (const n of [0, 1, 2, 3, 11, 21, 100, 1.5]) expect(pluralCategory(n, 'en')).toBe(rules.select(n));
  });
});
