/**
 * Locale-aware formatting through `Intl`, never string concatenation: dates, language names, lists.
 * Formatters are cached per locale because lists re-render often.
 *
 * English, the source language, is the one exception: its few words here are written out, because a page's first
 * `Intl` call starts ICU, about 20 ms on a modest machine and more on a phone, before the first listing can show.
 * What they produce equals Intl's `en` output (a unit test compares them); anything beyond them goes to Intl.
 */
const cache = new Map<string, unknown>();

const ENGLISH_MONTHS = 'January February March April May June July August September October November December'.split(' ');
/** The languages the bundled lines offer; a partner file's others are named by Intl. */
const ENGLISH_LANGUAGES = new Map([
  ['en', 'English'],
  ['es', 'Spanish'],
]);

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
    // Year 0 is "1" in Intl's era-based calendar: leave such dates to it.
    if (locale === 'en' && date.getUTCFullYear() > 0) return `${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
    // Western digits in every locale (Arabic included), like the phone numbers and figures beside the date.
    return cached(
      `date:${locale}`,
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }),
    ).format(date);
  });
}

/** "English and Spanish" / "inglés y español": language names in the reader's language. */
export function formatLanguages(tags: readonly string[], locale: string): string {
  // One or two known names ("English and Spanish", as the bundled lines have); longer lists go to Intl.
  if (locale === 'en' && tags.length < 3 && tags.every((tag) => ENGLISH_LANGUAGES.has(tag))) {
    return tags.map((tag) => ENGLISH_LANGUAGES.get(tag)).join(' and ');
  }
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
