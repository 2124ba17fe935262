/**
 * Loading a locale: one chunk with its interface strings and core data text (names, descriptions, notes); its fact
 * text is a second chunk, loaded through the first. The map of chunks is generated from `lit-localize.json` by
 * `npm run i18n:build` (`generated/locale-loaders.ts`), so adding a locale edits no code. Vite resolves the chunks
 * relative to the script, so they load from any path or CDN; the classic script loads the same chunks.
 *
 * This is in the core every element shares, so it knows nothing of data: the elements that show data text hear of
 * each chunk through `onLocaleModule` and apply its text to their own data (`data-text-loading.ts`).
 */
import type { LocaleModule } from '@lit/localize';
import type { CoreTextModule } from './data-text.js';
import { devLocaleLoaders, localeLoaders } from './generated/locale-loaders.js';

export type LocaleChunk = LocaleModule & CoreTextModule;
type Listener = (locale: string) => unknown;

const loaders: Record<string, () => Promise<LocaleChunk>> = { ...localeLoaders, ...devLocaleLoaders };
const listeners: Listener[] = [];

/** Every locale with translations, the development-only pseudo-locale included when present. */
export const translatedLocales: readonly string[] = Object.keys(loaders);

/** The chunk of `locale` (loaded once; later calls return the same module), or undefined if it has none. */
export const localeChunk = (locale: string): Promise<LocaleChunk> | undefined => loaders[locale]?.();

/**
 * Hears of every locale as its chunk starts loading (so that what `listen` loads comes in parallel); a switch waits for
 * what `listen` returns before anything re-renders.
 */
export function onLocaleModule(listen: Listener): void {
  listeners.push(listen);
}

/** lit-localize's `loadLocale`: the locale's chunk, with what the listeners need done before anything re-renders. */
export async function loadLocaleModule(locale: string): Promise<LocaleModule> {
  const module = localeChunk(locale);
  if (!module) throw new Error(`no translations for "${locale}"`);
  // Together, so that a chunk that fails is handled at once, not after the listeners.
  return (await Promise.all([module, ...listeners.map((listen) => listen(locale))]))[0];
}
