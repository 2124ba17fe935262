/**
 * Loading a locale: one chunk with its interface strings and core data text (names, descriptions, notes), plus its
 * fact text in a second chunk (loaded through the first) once an element that shows facts is on the page. The map of chunks is generated from
 * `lit-localize.json` by `npm run i18n:build` (`generated/locale-loaders.ts`), so adding a locale edits no code.
 * Vite resolves the chunks relative to the entry, so they load from any path or CDN; the classic build inlines them.
 */
import type { LocaleModule } from '@lit/localize';
import type { Dataset } from '../data/types.js';
import { applyDataText, type CoreTextModule, type DataTextPart, type DataTextTable } from './data-text.js';
import { devLocaleLoaders, localeLoaders } from './generated/locale-loaders.js';

type Loader<T> = () => Promise<T>;

const coreLoaders: Record<string, Loader<LocaleModule & CoreTextModule>> = { ...localeLoaders, ...devLocaleLoaders };

/** Every locale with translations, the development-only pseudo-locale included when present. */
export const translatedLocales: readonly string[] = Object.keys(coreLoaders);

/**
 * The bundled datasets on this page and every data text table loaded so far. Each element's script brings the data it
 * shows (lines, facts) and registers it here, so a table loaded before that data arrived still applies to it.
 */
const datasets: Dataset[] = [];
const tables: [string, DataTextTable][] = [];

function applyTable(locale: string, table: DataTextTable): void {
  tables.push([locale, table]);
  for (const dataset of datasets) applyDataText(dataset, locale, table);
}

/** Registers bundled `dataset` for translation: every locale's data text, loaded or to come, is written into it. */
export function translatedWithLocale(dataset: Dataset): Dataset {
  datasets.push(dataset);
  for (const [locale, table] of tables) applyDataText(dataset, locale, table);
  return dataset;
}

/** Optional parts some element on the page needs; a locale switch loads them with the locale. */
const wantedParts = new Set<Exclude<DataTextPart, 'core'>>();
const partLoads = new Map<string, Promise<void>>();
const loadedParts = new Set<string>();

function loadPart(locale: string, part: Exclude<DataTextPart, 'core'>): Promise<void> {
  const key = `${locale} ${part}`;
  let load = partLoads.get(key);
  if (!load) {
    // The only optional part is the fact text, loaded through the locale's main chunk (cached once loaded).
    const core = coreLoaders[locale];
    load = core
      ? core().then((module) => module[part]()).then(
          (module) => {
            applyTable(locale, module.dataText);
            loadedParts.add(key);
          },
          (error: unknown) => {
            console.warn(`heat-widgets: could not load the "${locale}" ${part} text; showing English.`, error);
            // Forget the failure, so that the next locale switch or element tries again (a network blip is not final).
            partLoads.delete(key);
            throw error;
          },
        )
      : Promise.resolve().then(() => void loadedParts.add(key));
    partLoads.set(key, load);
  }
  return load;
}

/** lit-localize's `loadLocale`: the locale's chunk, with its data text applied before anything re-renders. */
export async function loadLocaleModule(locale: string): Promise<LocaleModule> {
  const load = coreLoaders[locale];
  if (!load) throw new Error(`no translations for "${locale}"`);
  const parts = [...wantedParts].map((part) => loadPart(locale, part).catch(() => undefined));
  const [module] = await Promise.all([load(), ...parts]);
  applyTable(locale, module.dataText);
  return module;
}

/**
 * Asks for an optional part of the data text in `locale`. Returns `undefined` when it is already there (or the locale
 * needs none), else a promise that settles once it is; from then on, locale switches load it too.
 */
export function requireDataText(part: Exclude<DataTextPart, 'core'>, locale: string): Promise<void> | undefined {
  wantedParts.add(part);
  if (!coreLoaders[locale] || loadedParts.has(`${locale} ${part}`)) return undefined;
  return loadPart(locale, part);
}
