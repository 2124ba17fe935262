/**
 * Locale-aware formatting through `Intl`, never string concatenation: dates, language names, lists.
 * Formatters are cached per locale because lists re-render often.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** "November 24, 2026" / "24 de noviembre de 2026". Dates are calendar dates, so formatted in UTC. */
export function formatDate(isoDate: string, locale: string): string {
  // Every listing carries a date and most share one: format each date once per locale.
  return cached(`day:${locale} ${isoDate}`, () => {
    const date = new Date(`${isoDate}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return isoDate;
    // Western digits in every locale (Arabic included), like the phone numbers and figures beside the date.
    return cached(
      `date:${locale}`,
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }),
    ).format(date);
  });
}

/** "English, Spanish" / "inglés, español": language names in the reader's language. */
export function formatLanguages(tags: readonly string[], locale: string): string {
  const names = cached(`lang:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }));
  const list = cached(`list:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  return list.format(
    tags.map((tag) => {
      try {
        return names.of(tag) ?? tag;
      } catch {
        return tag;
      }
    }),
  );
}

/** Plural category for `count` in `locale` ("one", "other"…), for messages that vary with a number. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural:${locale}`, () => new Intl.PluralRules(locale)).select(count);
}
