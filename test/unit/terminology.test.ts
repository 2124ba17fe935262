/**
 * Today's words (Luxembourg Terminology Guidelines, 2016): our sentences never call a child a prostitute or abuse
 * material "pornography", in any shipped locale. An older term may appear only quoted, as a source's own term
 * ("High Intensity Child Prostitution", the FBI's), never in our words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled-data.js';
import { collectDataText } from '../../src/i18n/data-text.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What our own words must not say, per language. */
const AVOID: Record<string, RegExp> = {
  en: /\bchild(ren)?(['’]s)? prostitut|\bprostituted\b|\bprostitutes?\b|pornograph|\bporn\b|sex tourism|child sex worker/i,
  es: /prostituci[oó]n infantil|prostituid|pornograf|turismo sexual/i,
  ar: /بغاء الأطفال|دعارة الأطفال|إباحي|السياحة الجنسية/,
  vi: /mại dâm trẻ em|khiêu dâm|du lịch tình dục/i,
  'zh-Hans': /儿童卖淫|儿童色情|色情制品|性旅游/,
};

/** Text outside quotation marks: a quoted term is a source's own, attributed beside it. */
const unquoted = (text: string) => text.replace(/“[^”]*”|«[^»]*»|"[^"]*"/g, '');

/** Every shipped string, by locale: interface and data XLIFF targets, the bundled English, every region file. */
function shippedStrings(): [locale: string, where: string, text: string][] {
  const out: [string, string, string][] = [];
  for (const [id, text] of collectDataText(bundledData)) out.push(['en', id, text.en]);
  for (const file of ['locales', 'locales/data']) {
    for (const name of readdirSync(`${root}${file}`).filter((n) => n.endsWith('.xlf'))) {
      const xml = readFileSync(`${root}${file}/${name}`, 'utf8');
      const locale = name.replace(/\.xlf$/, '');
      for (const m of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
        const strip = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
        const source = /<source>([\s\S]*?)<\/source>/.exec(m[2]);
        const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(m[2]);
        if (source) out.push(['en', `${file}/${name} ${m[1]}`, strip(source[1])]);
        if (target) out.push([locale, `${file}/${name} ${m[1]}`, strip(target[1])]);
      }
    }
  }
  const regions = `${root}src/data/regions/`;
  for (const name of readdirSync(regions)) {
    const walk = (value: unknown, path: string): void => {
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string') {
        for (const [locale, text] of Object.entries(record)) if (typeof text === 'string') out.push([locale, `${name} ${path}`, text]);
        return;
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
    };
    walk(JSON.parse(readFileSync(`${regions}${name}`, 'utf8')), '$');
  }
  return out;
}

describe('terminology', () => {
  const strings = shippedStrings();

  it('reads every shipped string in every locale, and knows what to avoid in each we ship', () => {
    expect(strings.length).toBeGreaterThan(1000);
    // A language a translator adds is read too; its own list of words to avoid comes with its review.
    const shipped = JSON.parse(readFileSync(`${root}lit-localize.json`, 'utf8')).targetLocales as string[];
    expect(new Set(strings.map(([locale]) => locale))).toEqual(new Set(['en', ...shipped]));
    for (const locale of ['en', 'es', 'ar', 'vi', 'zh-Hans']) expect(AVOID[locale], locale).toBeDefined();
  });

  it('never uses the older terms in our own words, in any locale', () => {
    const found = strings.filter(([locale, , text]) => AVOID[locale]?.test(unquoted(text)));
    expect(found.map(([locale, where, text]) => `${locale} ${where}: ${text}`)).toEqual([]);
  });

  it('keeps a source’s own term only quoted and attributed to it', () => {
    const quoted = strings.filter(([locale, , text]) => AVOID[locale]?.test(text) && !AVOID[locale]?.test(unquoted(text)));
    expect(quoted.length).toBeGreaterThan(0);
    for (const [, where, text] of quoted) expect(text, where).toMatch(/FBI/);
  });
});

describe('translations promise no more than the English', () => {
  it('"confidentially" stays confidentially: not "in complete confidentiality" (ar, zh-Hans)', () => {
    const xml = (locale: string) => readFileSync(`${root}locales/data/${locale}.xlf`, 'utf8');
    const nhth = (locale: string) => /<trans-unit id="resource\.nhth\.description">[\s\S]*?<target[^>]*>([\s\S]*?)<\/target>/.exec(xml(locale))![1];
    expect(nhth('ar')).toContain('بسرية');
    expect(nhth('ar')).not.toContain('تامة');
    expect(nhth('zh-Hans')).toContain('保密');
    expect(nhth('zh-Hans')).not.toContain('全程');
  });
});
