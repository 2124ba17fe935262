/**
 * Loading a locale's data text and writing it into bundled data: the work behind `data-text-loading.ts`, in its own
 * chunk because only a page in another language than English needs it. It imports no script's modules (the state
 * comes as an argument), so that the classic script, which loads the module build's chunks, shares it.
 */
import type { Dataset } from '../data/types.js';
import { applyDataText, type CoreTextModule, type DataTextPart, type DataTextTable } from './data-text.js';

/** What one script's data text loading keeps (see `data-text-loading.ts`). */
export interface DataTextState {
  datasets: Dataset[];
  /** Every table loaded so far, for data registered later. */
  tables: [locale: string, table: DataTextTable][];
  wanted: Set<DataTextPart>;
  loads: Map<string, Promise<void>>;
  done: Set<string>;
  /** Per locale, the bundled figures it writes differently ("100,000" is "100.000" in Vietnamese). */
  figures: Map<string, DataTextTable | undefined>;
  /** The core's locale chunk loader. */
  chunk: (locale: string) => Promise<CoreTextModule> | undefined;
  /** Set once this module has loaded. */
  apply?: typeof applyDataText;
}

/** Loads `part` of `locale`'s data text (once) and writes it into every registered dataset. */
export function loadDataText(state: DataTextState, locale: string, part: DataTextPart): Promise<void> {
  state.apply = applyDataText;
  const key = `${locale} ${part}`;
  let loading = state.loads.get(key);
  if (!loading) {
    loading = state
      .chunk(locale)!
      .then((module) => (part == 'core' ? module : module[part]()))
      .then(
        (module) => {
          const { dataText } = module;
          if (part != 'core') state.figures.set(locale, module.figures);
          state.tables.push([locale, dataText]);
          for (const dataset of state.datasets) applyDataText(dataset, locale, dataText);
          state.done.add(key);
        },
        (error: unknown) => {
          console.warn(`heat-widgets: could not load the "${locale}" ${part} text; showing English.`, error);
          // Forget the failure, so that the next locale switch or element tries again (a network blip is not final).
          state.loads.delete(key);
          throw error;
        },
      );
    state.loads.set(key, loading);
  }
  return loading;
}
