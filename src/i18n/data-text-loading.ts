/**
 * Translated data text for the bundled data of the elements in this script. Each element's script carries the data it
 * shows (lines, facts) and this module with it; the core tells it of every locale chunk (`onLocaleModule`), and the
 * chunk's text is written into the data before the switch re-renders. A part a page needs later (the fact text, or
 * any text for a script loaded after the page switched language) loads through `requireDataText`.
 *
 * An English page never translates, so the work itself (`data-text-apply.ts`) loads with the first other language.
 * This module keeps the state it works on, and passes it: the applier imports nothing of a script, so the classic
 * script can load the module build's copy.
 */
import type { Dataset } from '../data/types.js';
import type { DataTextPart } from './data-text.js';
import type { DataTextState } from './data-text-apply.js';
import { localeChunk, onLocaleModule, translatedLocales } from './locale-loaders.js';

const state: DataTextState = {
  datasets: [],
  tables: [],
  // Parts some element in this script shows; every switch loads them. The core text comes with the locale chunk.
  wanted: new Set(['core']),
  loads: new Map(),
  done: new Set(),
  figures: new Map(),
  chunk: localeChunk,
};

const applier = () => import('./data-text-apply.js');

// A part that fails to load leaves its text in English; the applier failing to load fails the switch, so the page
// stays in English as a whole (with the core's console warning), never half translated.
onLocaleModule((locale) =>
  applier().then(({ loadDataText }) => Promise.all([...state.wanted].map((part) => loadDataText(state, locale, part).catch(() => undefined)))),
);

/** Registers bundled `dataset` for translation: every locale's data text, loaded or to come, is written into it. */
export function translatedWithLocale(dataset: Dataset): Dataset {
  state.datasets.push(dataset);
  // Text already loaded means the applier has too (it sets `apply`).
  for (const [locale, table] of state.tables) state.apply!(dataset, locale, table);
  return dataset;
}

/**
 * Asks for a part of the data text in `locale`. Returns `undefined` when it is already there (or the locale has no
 * translations), else a promise that settles once it is; from then on, locale switches load it too.
 */
export function requireDataText(part: DataTextPart, locale: string): Promise<void> | undefined {
  state.wanted.add(part);
  if (!translatedLocales.includes(locale) || state.done.has(`${locale} ${part}`)) return undefined;
  return applier().then(({ loadDataText }) => loadDataText(state, locale, part));
}

/** `figure` as `locale` writes it, once that locale's fact text has loaded (until then, and for other figures, as is). */
export const localFigure = (figure: string, locale: string): string => state.figures.get(locale)?.[figure] ?? figure;
