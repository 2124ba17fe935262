/**
 * Template tags for the generated locale modules (`src/i18n/generated/locales/*`), which `vite.config.ts` points here
 * instead of at 'lit' and '@lit/localize'.
 *
 * Why: a locale module imports `html` and `str` only to tag its translated templates. Importing them from Lit made
 * the bundler split all of Lit into a shared chunk (Lit was needed by the entry and by the locale chunks), so every
 * page paid a second request and about 0.5 KB gzip more. These tags return the very same plain objects (Lit's HTML
 * template result, type 1, and lit-localize's `str` result; `test/unit/locale-tags.test.ts` compares them), so a locale
 * chunk imports nothing and Lit stays in the entry.
 */
import type { TemplateResult } from 'lit';
import type { StrResult } from '@lit/localize';

/** Same result as `html` from 'lit' (`_$litType$: 1` is Lit's HTML result type). */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult<1> => ({
  ['_$litType$']: 1,
  strings,
  values,
});

/** Same result as `str` from '@lit/localize'. */
export const str = (strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values });
