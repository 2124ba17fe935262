/**
 * The translator tooling (scripts/i18n): the number check, data text units and their XLIFF, the status rules, the
 * generated loader map and the pseudo-locale. And the repository's own translations, through the same rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { digitProblems, digitSequences, figureConvention, localFigure, readFigure, sameFigure, splitDigits } from '../../scripts/i18n/digits.js';
import { NEEDS_REVIEW, readDataXliff, writeDataXliff, type DataUnit } from '../../scripts/i18n/data-xliff.js';
import { dataTables, judgeUnit, mergeUnits, sourceUnits } from '../../scripts/i18n/data-units.js';
import { LOCALE_SYNONYMS, coreBundleSource, localeAliases, loaderMapSource } from '../../scripts/i18n/generate.js';
import { resolveLocale } from '../../src/i18n/resolve-locale.js';
import { localeLoaders } from '../../src/i18n/generated/locale-loaders.js';
import { projectStatus } from '../../scripts/i18n/main.js';
import { accent, pseudoLocalize } from '../../scripts/i18n/pseudo.js';
import { pluralNote, pluralSamples } from '../../scripts/i18n/interface-notes.js';
import { computeStatus, interfaceProblems, shares, type StatusInput } from '../../scripts/i18n/status.js';
import { bundledData } from '../../src/data/bundled-data.js';
import { NEVER_SHOWN } from '../fixtures/hostile-inputs.js';

const unit = (id: string, en: string, target?: string, state?: string): DataUnit => {
  const source = splitDigits(en);
  const toSegments = (text: string) =>
    text.split(/\{(\d+)\}/).map((part, i) => (i % 2 ? { placeholder: part, text: '' } : part)).filter((p) => p !== '');
  return { id, source, target: target === undefined ? undefined : toSegments(target), state };
};

describe('digit sequences', () => {
  it('finds each number whole, with its separators', () => {
    expect(digitSequences('Between 244,000 and 325,000; 3.5% (about 1 in 30); open 24/7; WIC 16524.6.')).toEqual([
      '244,000',
      '325,000',
      '3.5',
      '1',
      '30',
      '24/7',
      '16524.6',
    ]);
  });
  it('turns every number of English data text into a numbered placeholder', () => {
    expect(splitDigits('From 2011 to 2016, 454 cases.')).toEqual([
      'From ',
      { placeholder: '0', text: '2011' },
      ' to ',
      { placeholder: '1', text: '2016' },
      ', ',
      { placeholder: '2', text: '454' },
      ' cases.',
    ]);
  });
  it('reports a number changed, added or dropped, and accepts a reordering', () => {
    expect(digitProblems(['12', '14'], ['14', '12'])).toEqual([]);
    expect(digitProblems(['244,000'], ['244.000'])).toEqual(['changes 244,000 to 244.000']);
    expect(digitProblems([], ['24'])).toEqual(['adds 24']);
    expect(digitProblems(['711'], [])).toEqual(['drops 711']);
  });
});

describe('figures in each language’s convention (issue 15: "100,000" reads as 100 in Vietnamese)', () => {
  it('takes each language’s marks from Intl, except Spanish, which groups with a narrow no-break space (RAE)', () => {
    expect(figureConvention('vi')).toEqual({ group: '.', decimal: ',' });
    expect(figureConvention('zh-Hans')).toEqual({ group: ',', decimal: '.' });
    expect(figureConvention('ar')).toEqual({ group: ',', decimal: '.' });
    expect(figureConvention('es')).toEqual({ group: '\u202f', decimal: '.' });
    expect(figureConvention('en')).toEqual({ group: ',', decimal: '.' });
  });

  it('reads a figure as its digits, or not at all when it is no one number in the convention', () => {
    const vi = figureConvention('vi');
    expect(readFigure('100.000', vi)).toEqual({ digits: '100000', grouped: true });
    expect(readFigure('3,5', vi)).toEqual({ digits: '3.5', grouped: false });
    expect(readFigure('100,000', vi)).toEqual({ digits: '100.000', grouped: false });
    expect(readFigure('1.234.567,5', vi)).toEqual({ digits: '1234567.5', grouped: true });
    expect(readFigure('12.34', vi)).toBeUndefined();
    expect(readFigure('24/7', vi)).toBeUndefined();
    // A no-break space groups in any language (none writes a decimal with it).
    expect(readFigure('244\u202f000', vi)).toEqual({ digits: '244000', grouped: true });
  });

  it('a digit sequence finds a number grouped with no-break spaces whole, and an ordinary space ends it', () => {
    expect(digitSequences('entre 244\u202f000 y 325\u00a0000')).toEqual(['244\u202f000', '325\u00a0000']);
    expect(digitSequences('entre 244 000')).toEqual(['244', '000']);
  });

  it('accepts a figure written the locale’s way iff it reads as the same number there', () => {
    const vi = sameFigure('vi');
    expect(vi('100,000', '100.000')).toBe(true);
    expect(vi('3.5', '3,5')).toBe(true);
    // The English way reads as 100 in Vietnamese: refused.
    expect(vi('100,000', '100,000')).toBe(false);
    expect(vi('100,000', '100.001')).toBe(false);
    expect(vi('3.5', '3,50')).toBe(false);
    // Grouping only where the English groups: never a short code, a year or a section number.
    expect(vi('233733', '233.733')).toBe(false);
    expect(vi('2014', '2.014')).toBe(false);
    // No number in the locale's convention: the English characters exactly.
    expect(vi('24/7', '24/7')).toBe(true);
    expect(vi('16524.6', '16524.6')).toBe(true);
    expect(vi('24/7', '24/8')).toBe(false);
    const zh = sameFigure('zh-Hans');
    // "." is the decimal mark in Chinese: "100.000" could be 100, so it is refused.
    expect(zh('100,000', '100.000')).toBe(false);
    expect(zh('100,000', '100,000')).toBe(true);
    expect(sameFigure('es')('244,000', '244\u202f000')).toBe(true);
    expect(sameFigure('es')('244,000', '244.000')).toBe(false);
    expect(digitProblems(['244,000', '3.5'], ['3,5', '244.000'], vi)).toEqual([]);
    expect(digitProblems(['244,000'], ['244,000'], vi)).toEqual(['changes 244,000 to 244,000']);
  });

  it('writes an English grouped figure the locale’s way, and leaves what the build cannot tell apart', () => {
    expect(localFigure('100,000', 'vi')).toBe('100.000');
    expect(localFigure('1,234.5', 'vi')).toBe('1.234,5');
    expect(localFigure('244,000', 'es')).toBe('244\u202f000');
    expect(localFigure('244,000', 'zh-Hans')).toBe('244,000');
    for (const kept of ['3.5', '16524.6', '2014', '233733', '24/7']) expect(localFigure(kept, 'vi')).toBe(kept);
  });

  it('ship a placeholder’s figure the locale’s way, and take a figure written out only if it is the same number', () => {
    const source = unit('fact.x.statement', 'Between 244,000 and 325,000 children, 3.5%.');
    const placeholders = source.source.filter((s) => typeof s !== 'string') as { placeholder: string; text: string }[];
    const target = ['Từ ', placeholders[0], ' đến ', placeholders[1], ' trẻ em, 3,5%.'];
    expect(judgeUnit(source, { ...source, target }, 'vi')).toEqual({ kind: 'translated', text: 'Từ 244.000 đến 325.000 trẻ em, 3,5%.' });
    const typed = ['Từ 244.000 đến ', placeholders[1], ' trẻ em, ', placeholders[2], '%.'];
    expect(judgeUnit(source, { ...source, target: typed }, 'vi')).toEqual({ kind: 'translated', text: 'Từ 244.000 đến 325.000 trẻ em, 3.5%.' });
    const misread = ['Từ 244,000 đến ', placeholders[1], ' trẻ em, ', placeholders[2], '%.'];
    const verdict = judgeUnit(source, { ...source, target: misread }, 'vi');
    expect(verdict.kind === 'broken' && verdict.problems).toEqual(['placeholder 0 (244,000) missing', 'adds 244,000 (numbers are placeholders)']);
    // Where the locale writes it as English does, a number is still never typed.
    expect(judgeUnit(source, { ...source, target: ['244,000 ', placeholders[1], placeholders[2]] }, 'zh-Hans').kind).toBe('broken');
    expect(judgeUnit(source, { ...source, target: ['entre ', placeholders[0], ' y ', placeholders[1], ', ', placeholders[2], ' %'] }, 'es')).toEqual({
      kind: 'translated',
      text: 'entre 244\u202f000 y 325\u202f000, 3.5 %',
    });
  });

  it('refuse a placeholder whose English figure would read as another number in the locale', () => {
    // "1.500" (one and a half) reads as fifteen hundred where "." groups thousands.
    const source = unit('fact.x.statement', 'About 1.500 times.');
    const target = ['Khoảng ', source.source[1], ' lần.'];
    const verdict = judgeUnit(source, { ...source, target }, 'vi');
    expect(verdict.kind === 'broken' && verdict.problems.join(' ')).toContain('reads as another number in vi');
    expect(judgeUnit(source, { ...source, target: ['Khoảng 1,500 lần.'] }, 'vi').kind).toBe('translated');
  });

  it('the shipped translations write no figure the English way where it reads as another number', () => {
    const dir = new URL('../../src/i18n/generated/bundles/', import.meta.url);
    const problems: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('en-XA'))) {
      const locale = file.replace(/(-facts)?\.ts$/, '');
      const { group } = figureConvention(locale);
      // The figures table's keys are the English figures it translates; its values, like all text, must be local.
      const text = readFileSync(new URL(file, dir), 'utf8').replace(/export const figures[\s\S]*$/, (table) => table.replace(/^(\s*)"[^"]*":/gm, '$1'));
      for (const sequence of digitSequences(text)) {
        // An English-grouped thousand ("100,000") where the locale groups otherwise.
        if (group !== ',' && /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(sequence)) problems.push(`${file}: ${sequence}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('data text units', () => {
  it('cover every localized text of the bundled data, with ids that name where each lives', () => {
    const units = sourceUnits(bundledData);
    const ids = units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('resource.nhth.name');
    expect(ids).toContain('resource.nhth.channels.0.note');
    expect(ids).toContain('fact.polaris-100k.caveat');
    const facts = bundledData.facts.length;
    expect(ids.filter((id) => id.endsWith('.statement'))).toHaveLength(facts);
    // The English source of a data file carries no number as text: all are placeholders.
    for (const u of units) for (const s of u.source) if (typeof s === 'string') expect(s).not.toMatch(/\d/);
  });

  it('ship a translation with the English numbers put back, wherever the translator moved them', () => {
    const source = unit('fact.x.statement', 'Between 244,000 and 325,000 children.')!;
    const verdict = judgeUnit(source, { ...source, target: unit('', '', 'Entre {0} y {1} niños.').target });
    expect(verdict).toEqual({ kind: 'translated', text: 'Entre 244,000 y 325,000 niños.' });
  });

  it('refuse a translation that types a number, drops or repeats a placeholder', () => {
    const source = unit('fact.x.statement', 'Between 244,000 and 325,000 children.');
    const typed = judgeUnit(source, { ...source, target: ['Entre 244.000 y ', { placeholder: '1', text: '' }, ' niños.'] });
    expect(typed.kind).toBe('broken');
    expect(typed.kind === 'broken' && typed.problems.join(' ')).toContain('placeholder 0 (244,000) missing');
    expect(typed.kind === 'broken' && typed.problems.join(' ')).toContain('adds 244.000');
    const repeated = judgeUnit(source, { ...source, target: unit('', '', '{0} {0} {1}').target });
    expect(repeated.kind).toBe('broken');
  });

  it('ship English, not a stale translation, once the English source has changed', () => {
    const old = unit('resource.a.name', 'Old name', 'Nombre viejo');
    const fresh = unit('resource.a.name', 'New name');
    const merged = mergeUnits([fresh, unit('resource.b.name', 'Other')], [old]);
    expect(merged[0].state).toBe(NEEDS_REVIEW);
    expect(merged[1].target).toBeUndefined();
    expect(judgeUnit(fresh, merged[0])).toEqual({ kind: 'needs-review' });
    // Reviewed (state cleared) with the new source: ships again.
    expect(judgeUnit(fresh, { ...merged[0], state: 'translated' }).kind).toBe('translated');
    expect(dataTables([fresh], [merged[0]])).toEqual({ core: {}, facts: {} });
  });

  it('round-trip through XLIFF, escaping markup and keeping placeholders', () => {
    const units = [unit('fact.a.statement', 'Tom & Jerry <b> 3.5%', '{0}% de <Tom> & Jerry'), unit('resource.b.name', 'B')];
    const xml = writeDataXliff('es', units);
    expect(xml).toContain('<x id="0" equiv-text="3.5"/>');
    expect(xml).toContain('&lt;b&gt;');
    const read = readDataXliff(xml);
    expect(read.map((u) => u.id)).toEqual(['fact.a.statement', 'resource.b.name']);
    expect(read[0].source).toEqual(units[0].source);
    expect(read[0].target).toEqual(['', { placeholder: '0', text: '' }, '% de <Tom> & Jerry'].filter((p) => p !== ''));
    expect(read[1].target).toBeUndefined();
    expect(() => readDataXliff('<xliff><file>', 'broken.xlf')).toThrow(/broken\.xlf/);
  });
});

describe('i18n:status rules', () => {
  const messages = [
    { id: 'a.call', parts: ['Call ', { placeholder: '${ltr(display)}' }] },
    { id: 'a.heading', parts: ['Get help'] },
  ];
  const base: StatusInput = {
    sourceLocale: 'en',
    targetLocales: ['es', 'ar'],
    messages,
    interfaceTranslations: new Map([
      ['es', [{ id: 'a.call', parts: ['Llamar al ', { placeholder: '${ltr(display)}' }] }, { id: 'a.heading', parts: ['Pedir ayuda'] }]],
      ['ar', [{ id: 'a.call', parts: ['اتصل على ', { placeholder: '${ltr(display)}' }] }]],
    ]),
    dataSource: [unit('resource.x.name', 'Line 988')],
    dataTranslations: new Map([
      ['es', [unit('resource.x.name', 'Line 988', 'Línea {0}')]],
      ['ar', []],
    ]),
    required: ['en', 'es'],
  };

  it('passes when the required locales are complete, whatever the others lack', () => {
    const report = computeStatus(base);
    expect(report.failures).toEqual([]);
    const ar = report.locales.find((l) => l.locale === 'ar')!;
    expect(ar.interface).toEqual({ translated: 1, total: 2, missing: ['a.heading'] });
    expect(ar.data.missing).toEqual(['resource.x.name']);
  });

  it('fails when a required locale drops below 100%, as when a new msg() is not yet translated', () => {
    const report = computeStatus({ ...base, messages: [...messages, { id: 'a.new', parts: ['New'] }] });
    expect(report.failures).toEqual(['es: required at 100%, has interface 66% and data text 100%']);
  });

  it('counts as reviewed only translations signed off by a fluent reader (state signed-off or final)', () => {
    const unreviewed = computeStatus(base).locales.find((r) => r.locale === 'es')!;
    expect(shares(unreviewed)).toEqual({ translated: 100, reviewed: 0 });
    const signed = computeStatus({
      ...base,
      interfaceStates: new Map([['es', new Map([['a.call', 'signed-off'], ['a.heading', 'translated']])]]),
      dataTranslations: new Map([['es', [{ ...unit('resource.x.name', 'Line 988', 'Línea {0}'), state: 'final' }]]]),
    }).locales.find((r) => r.locale === 'es')!;
    expect(signed.reviewed).toBe(2);
    expect(shares(signed)).toEqual({ translated: 100, reviewed: 66 });
  });

  it('fails on a broken placeholder in any locale, required or not', () => {
    const translations = new Map(base.interfaceTranslations);
    translations.set('ar', [{ id: 'a.call', parts: ['اتصل على'] }]);
    const report = computeStatus({ ...base, interfaceTranslations: translations });
    expect(report.failures).toEqual(['ar: a.call: broken placeholder: missing ${ltr(display)}']);
  });

  it('fails when a translation changes, adds or drops a number', () => {
    expect(interfaceProblems(messages[1], { id: 'a.heading', parts: ['Llame al 911'] })).toEqual(['adds 911']);
    const data = new Map(base.dataTranslations);
    data.set('ar', [unit('resource.x.name', 'Line 988', 'خط 988')]);
    const report = computeStatus({ ...base, dataTranslations: data });
    expect(report.failures.join('\n')).toMatch(/ar: resource\.x\.name: placeholder 0 \(988\) missing/);
    expect(report.failures.join('\n')).toMatch(/adds 988/);
  });

  it('fails when the English source puts a number inside a translatable string', () => {
    const report = computeStatus({ ...base, messages: [...messages, { id: 'a.hours', parts: ['Open 24/7'] }] });
    expect(report.failures.some((f) => f.startsWith('en: a.hours: numbers inside a translatable string (24/7)'))).toBe(true);
  });

  it('counts a msg() without an explicit id against English', () => {
    const report = computeStatus({ ...base, messages: [...messages, { id: 's0123456789abcdef', parts: ['Hi'] }], required: ['en'] });
    expect(report.locales[0].interface.translated).toBe(2);
    expect(report.failures).toEqual(['en: required at 100%, has interface 66% and data text 100%']);
  });
});

describe('generated loader map', () => {
  it('has one entry per configured locale, relative to the module, sorted; the fact text loads through it', () => {
    const source = loaderMapSource(['fr', 'es'], ['en-XA']);
    expect(source.indexOf('"es": () => import("./bundles/es.js")')).toBeLessThan(source.indexOf('"fr": () => import("./bundles/fr.js")'));
    // One entry per locale in the page's own code: the fact text's loader is in the locale's chunk.
    expect(source.match(/"fr":/g)).toHaveLength(1);
    expect(coreBundleSource('fr', {})).toContain("export const facts = () => import('./fr-facts.js');");
    // The pseudo-locale only behind the development flag.
    expect(source).toMatch(/\.env\?\.DEV\s*\?[\s\S]*"en-XA": \(\) => import\("\.\/bundles\/en-XA\.js"\)/);
  });
});

describe('language codes that name the same language (issue 15: a page marked fil reaches a tl translation)', () => {
  /** The keys the page would resolve among, had the project these target locales. */
  const keysFor = (locales: string[]) => ['en', ...Object.keys({ ...Object.fromEntries(locales.map((l) => [l, l])), ...localeAliases(locales) })];

  it('a page marked with either code of a pair reaches the translation made under the other, both ways', () => {
    for (const pair of LOCALE_SYNONYMS) {
      for (const [page, configured] of [pair, [...pair].reverse()]) {
        const keys = keysFor([configured, 'es']);
        const resolved = resolveLocale(page, keys);
        // Either the code itself, or an alias entry that loads the configured locale's chunk.
        const loads = resolved === configured ? configured : localeAliases([configured, 'es'])[resolved];
        expect(loads, `lang="${page}" with "${configured}" translated`).toBe(configured);
        // Regional forms too: fil-PH, iw-IL, no-NO.
        expect(resolveLocale(`${page}-${page.includes('-') ? 'u-nu-latn' : 'XX'}`, keys), `${page} with a region`).not.toBe('en');
      }
    }
  });

  it('writes an alias into the loader map only where the page’s own resolution would miss it', () => {
    expect(localeAliases(['tl'])).toEqual({ fil: 'tl' });
    expect(localeAliases(['fil'])).toEqual({}); // Intl reads tl as fil
    expect(localeAliases(['nb'])).toEqual({ no: 'nb' });
    expect(localeAliases(['no'])).toEqual({ nb: 'no' });
    expect(localeAliases(['he', 'id', 'zh-Hans', 'zh-Hant'])).toEqual({}); // iw, in, zh-CN/SG, zh-TW/HK: likely subtags
    const source = loaderMapSource(['tl', 'es']);
    expect(source).toContain('"fil": () => import("./bundles/tl.js"), // fil is tl');
    expect(source.match(/import\("\.\/bundles\/tl\.js"\)/g)).toHaveLength(2);
  });

  it('today’s locales need no alias: the English page pays nothing', () => {
    expect(localeAliases(['ar', 'es', 'vi', 'zh-Hans'])).toEqual({});
    // The generated map: the configured locales, plus only the aliases they need.
    const { targetLocales } = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));
    expect(Object.keys(localeLoaders).sort()).toEqual([...targetLocales, ...Object.keys(localeAliases(targetLocales))].sort());
  });
});

describe('pseudo-locale', () => {
  it('accents text, keeps placeholders and is about 40% longer', () => {
    const message = ['Call ', { untranslatable: '${x}' }, ' now, or visit the website for help'];
    const pseudo = pseudoLocalize(message);
    expect(pseudo[1]).toBe(message[1]);
    const length = (parts: unknown[]) => parts.reduce<number>((n, p) => n + (typeof p === 'string' ? p.length : 4), 0);
    expect(length(pseudo) / length(message)).toBeGreaterThanOrEqual(1.35);
    expect(length(pseudo) / length(message)).toBeLessThanOrEqual(1.5);
    expect(accent('Get help')).toBe('Ĝéţ ĥéļþ');
    expect(String(pseudo[0])).toMatch(/^⟦Çáļļ $/);
  });
});

describe('the repository’s translations', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  it('have no broken placeholder and no changed number, and en and es are complete', () => {
    const report = projectStatus(root, ['en', 'es']);
    expect(report.failures).toEqual([]);
    expect(report.locales.map((l) => l.locale)).toEqual(expect.arrayContaining(['en', 'es', 'ar']));
  }, 30_000);
});

describe('every text has context for its translator', () => {
  const xml = readFileSync(new URL('../../locales/es.xlf', import.meta.url), 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">\s*(?:<note from="developer">([^<]*)<\/note>\s*)?<source>([\s\S]*?)<\/source>/g)];

  it('every interface unit carries a note that names each of its placeholders', () => {
    expect(units.length).toBeGreaterThan(40);
    for (const [, id, note, source] of units) {
      expect(note, `${id} has a note`).toBeTruthy();
      const placeholders = [...source.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]);
      for (const n of placeholders) expect(note, `${id} explains {${n}}`).toContain(`{${n}}`);
      if (placeholders.length) expect(note, `${id} gives the finished sentence`).toMatch(/Example:/);
    }
  });

  it('plural texts say which plural categories the language needs, from CLDR, with several numbers of each', () => {
    const ar = readFileSync(new URL('../../locales/ar.xlf', import.meta.url), 'utf8');
    expect(ar).toMatch(/quick-exit\.remaining-two">\s*<note from="developer">[^<]*"zero": 0; "one": 1; "two": 2; "few": 3, 4, 5, 6, 7, …; "many": 11, 12, 13, 14, 15, …; "other": 100, 101, 102, 200, 201, …\./);
    expect(ar).toMatch(/quick-exit\.remaining-other">\s*<note from="developer">[^<]*Write this text for the numbers of "zero", "many" and "other"\./);
    expect(ar).toMatch(/picker\.showing-few">\s*<note from="developer">[^<]*Write this text for the numbers of "few"\./);
  });

  it('a plural note does not read as singular and plural: Filipino "one" holds 0, 1, 2, 3, 5 (a translator’s report)', () => {
    // Before, the note said "one (e.g. 0), other (e.g. 4)", which read as a mistake.
    const note = pluralNote('fil', 'one');
    expect(note).toContain('"one": 0, 1, 2, 3, 5, …; "other": 4, 6, 9, 14, 16, ….');
    expect(note).toContain('not simply singular and plural');
    expect(note).toContain('Write this text for the numbers of "one".');
    expect(pluralNote('fil', 'few')).toContain('Your language has no "few": this text is never shown in it; copy your "other" wording into it.');
    // Each sample is in its category, and each category has the first whole numbers Intl puts in it, in order.
    for (const locale of ['fil', 'ar', 'ru', 'fr', 'cy', 'zh-Hans']) {
      const rules = new Intl.PluralRules(locale);
      const samples = pluralSamples(locale);
      expect(samples.map((s) => s.category).sort()).toEqual([...rules.resolvedOptions().pluralCategories].sort());
      for (const { category, whole, more, million, fraction } of samples) {
        const first = Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === category);
        expect(whole, `${locale} ${category}`).toEqual(first.slice(0, 5));
        expect(more).toBe(first.length > 5);
        if (!whole.length) expect(million ? rules.select(1e6) : rules.select(fraction!)).toBe(category);
      }
    }
    // A category without a whole number is said never to be a count (Russian "other", French "many").
    expect(pluralNote('ru', 'other')).toContain('"other": fractions only (such as 1.5), never a count here');
    expect(pluralNote('fr', 'other')).toContain('"many": only very large round numbers (a million, …), never a count here');
  });
});

describe('dates read naturally in every language', () => {
  it('a month the English names may be written as its number (2011年1月1日), and no other number may be added', () => {
    const source = unit('fact.x.statement', 'Between 1 January 2011 and 1 September 2016, 518 young people.');
    // Written with the English numbers as placeholders, the months as digits.
    const placeholders = source.source.filter((s) => typeof s !== 'string') as { placeholder: string; text: string }[];
    const target = ['从', placeholders[1], '年1月', placeholders[0], '日至', placeholders[3], '年9月', placeholders[2], '日，', placeholders[4], ' 名青少年。'];
    expect(judgeUnit(source, { ...source, target }).kind).toBe('translated');
    // A month the English does not name is a changed number.
    const wrong = ['从', placeholders[1], '年2月', placeholders[0], '日至', placeholders[3], '年9月', placeholders[2], '日，', placeholders[4], ' 名青少年。'];
    expect(judgeUnit(source, { ...source, target: wrong }).kind).toBe('broken');
  });

  it('the shipped Chinese writes the profile’s dates the Chinese way', () => {
    const zh = readFileSync(new URL('../../src/i18n/generated/bundles/zh-Hans-facts.ts', import.meta.url), 'utf8');
    expect(zh).toContain('2011年1月1日');
    expect(zh).toContain('2016年9月1日');
    expect(zh).not.toMatch(/[一二三四五六七八九十]月/);
  });
});

describe('translations of our data text (issue 13)', () => {
  // Shown beside our numbers like partner text, but they never pass the validator: the same two refusals here.
  const dir = new URL('../../locales/data/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
    it(`locales/data/${file} holds no bidirectional control and no digit but 0-9`, () => {
      const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
      expect(lines.filter((line) => NEVER_SHOWN.test(line))).toEqual([]);
    });
  }
});

describe('figures of the facts, as each language writes them (the fact chunk\'s figures table)', () => {
  it('writes every number of a figure in the language\'s convention, and nothing else', async () => {
    const { localFigureText, figureTable } = await import('../../scripts/i18n/digits.js');
    expect(localFigureText('100,000', 'vi')).toBe('100.000');
    expect(localFigureText('$150,000-$200,000', 'vi')).toBe('$150.000-$200.000');
    expect(localFigureText('3.5%', 'vi')).toBe('3,5%');
    expect(localFigureText('244,000-325,000', 'es')).toBe('244\u202f000-325\u202f000');
    expect(localFigureText('3.5%', 'es')).toBe('3.5%');
    expect(localFigureText('12-14 / 11-13', 'vi')).toBe('12-14 / 11-13');
    expect(localFigureText('100,000', 'zh-Hans')).toBe('100,000');
    expect(figureTable(['100,000', '95%', undefined, '518'], 'vi')).toEqual({ '100,000': '100.000' });
    expect(figureTable(['100,000'], 'zh-Hans')).toEqual({});
  });
});
