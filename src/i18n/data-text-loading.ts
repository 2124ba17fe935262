/**
 * Translated data text for the bundled data of the elements in this script. Each element's script carries the data it
 * shows (lines, facts) and this module with it; the core tells it of every locale chunk (`onLocaleModule`), and it
 * writes that chunk's text into its data before the switch re-renders. A part a page needs later (the fact text, or
 * any text for a script loaded after the page switched language) loads through `requireDataText`.
 */
import type { Dataset } from '../data/types.js';
import { applyDataText, type DataTextPart, type DataTextTable } from './data-text.js';
import { localeChunk, onLocaleModule, translatedLocales } from './locale-loaders.js';

const datasets: Dataset[] = [];
const tables: [string, DataTextTable][] = [];
/** Parts some element in this script shows; every switch loads them. The core text comes with the locale chunk. */
const wanted = new Set<DataTextPart>(['core']);
const loads = new Map<string, Promise<void>>();
const done = new Set<string>();
/** Per locale, the bundled figures it writes differently ("100,000" is "100.000" in Vietnamese). */
const figures = new Map<string, DataTextTable | undefined>();

function load(locale: string, part: DataTextPart): Promise<void> {
  const key = `${locale} ${part}`;
  let loading = loads.get(key);
  if (!loading) {
    loading = localeChunk(locale)!
      .then((module) => (part == 'core' ? module : module[part]()))
      .then(
        (module) => {
          const { dataText } = module;
          if (part != 'core') figures.set(locale, module.figures);
          tables.push([locale, dataText]);
          for (const dataset of datasets) applyDataText(dataset, locale, dataText);
          done.add(key);
        },
        (error: unknown) => {
          console.warn(`heat-widgets: could not load the "${locale}" ${part} text; showing English.`, error);
          // Forget the failure, so that the next locale switch or element tries again (a network blip is not final).
          loads.delete(key);
          throw error;
        },
      );
    loads.set(key, loading);
  }
  return loading;
}

onLocaleModule((locale) => Promise.all([...wanted].map((part) => load(locale, part).catch(() => undefined))));

/** Registers bundled `dataset` for translation: every locale's data text, loaded or to come, is written into it. */
export function translatedWithLocale(dataset: Dataset): Dataset {
  datasets.push(dataset);
  for (const [locale, table] of tables) applyDataText(dataset, locale, table);
  return dataset;
}

/**
 * Asks for a part of the data text in `locale`. Returns `undefined` when it is already there (or the locale has no
 * translations), else a promise that settles once it is; from then on, locale switches load it too.
 */
export function requireDataText(part: DataTextPart, locale: string): Promise<void> | undefined {
  wanted.add(part);
  if (!translatedLocales.includes(locale) || done.has(`${locale} ${part}`)) return undefined;
  return load(locale, part);
}

/** `figure` as `locale` writes it, once that locale's fact text has loaded (until then, and for other figures, as is). */
export const localFigure = (figure: string, locale: string): string => figures.get(locale)?.[figure] ?? figure;
