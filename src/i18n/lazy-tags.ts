/**
 * What a lazily loaded view (`src/hotline-list/picker.ts`) takes from 'lit' and '@lit/localize' in the build:
 * `vite.config.ts` points its imports here (see `lazyViewsImportNoEntry` there).
 *
 * Why: a chunk loaded with `import()` must not import the entry. A page that loads `heat-widgets.js?ver=2` would
 * download and run the entry a second time under its plain URL, and the classic script cannot be imported at all.
 * Lit's `html` and `nothing` are plain values (a template result object, a registered symbol), and `msg` is the one
 * the page's localization configured, recorded on its global state by `src/i18n/localization.ts`. So the view's chunk
 * imports nothing from the entry, and its templates render in the entry's Lit. `test/unit/lazy-tags.test.ts` compares
 * these with the real ones.
 */
import type { msg as litMsg } from '@lit/localize';

export { html, str } from './locale-tags.js';

/** Lit's `nothing`: a registered symbol, the same in every copy of Lit. */
export const nothing: unique symbol = Symbol.for('lit-nothing') as never;

/**
 * The page's configured `msg` (the first copy of heat-widgets on the page owns localization). Called through a plain
 * function type: `lit-localize extract` takes any call of `msg`'s own type for a message to extract.
 */
export const msg = ((template: unknown, ...rest: unknown[]) => {
  const state = (globalThis as unknown as Record<symbol, { msg?: (...args: unknown[]) => unknown } | undefined>)[
    Symbol.for('heat-widgets.localization')
  ];
  if (state?.msg) return state.msg(template, ...rest);
  // An older copy of heat-widgets owns this page's localization and offers no `msg`: show the English source.
  if (typeof template == 'string') return template;
  const { strings, values } = template as { strings: readonly string[]; values: unknown[] };
  return strings.reduce((text, part, i) => `${text}${String(values[i - 1])}${part}`);
}) as typeof litMsg;
