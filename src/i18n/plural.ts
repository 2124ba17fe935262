/** `Intl.PluralRules` per locale, made once: each takes ICU time to build. */
const rules = new Map<string, Intl.PluralRules>();

/** Plural category for `count` in `locale` ("one", "other"…), for messages that vary with a number. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  // English whole numbers, written out: the quick exit asks on the first Shift press, which should not start ICU.
  if (locale === 'en' && Number.isInteger(count)) return count === 1 ? 'one' : 'other';
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(count);
}
