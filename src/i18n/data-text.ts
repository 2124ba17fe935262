/**
 * Translated data text (names, descriptions, notes, labels, fact statements, caveats) for the bundled dataset.
 *
 * Translators work on `locales/data/<locale>.xlf`; `npm run i18n:build` turns each file into a table keyed like its
 * units (`resource.nhth.name`, `resource.nhth.channels.0.note`, `fact.polaris-100k.caveat`), with every number
 * already put back from the English source. Loading a table writes its strings into the bundled data's
 * `LocalizedText` maps, so elements keep reading text through `pickText()` with its per-field fallback.
 * Partner data is never touched: a partner file carries its own translations.
 */
import type { Dataset, LocalizedText } from '../data/types.js';

/** Translated strings for one locale, keyed by data text id. */
export type DataTextTable = Readonly<Record<string, string>>;

/** The part a data text id belongs to: fact text ships in its own chunk, loaded only where facts are shown. */
export type DataTextPart = 'core' | 'facts';

export function dataTextPart(id: string): DataTextPart {
  return id.startsWith('fact.') ? 'facts' : 'core';
}

/**
 * Every translatable text of `dataset`, by id, in data order. The one definition of the id scheme: the extractor
 * that writes the XLIFF and the runtime that applies translations both walk the data through this function.
 */
export function collectDataText(dataset: Dataset): Map<string, LocalizedText> {
  const texts = new Map<string, LocalizedText>();
  const add = (id: string, text: LocalizedText | string | undefined) => {
    if (text && typeof text === 'object' && typeof text.en === 'string') texts.set(id, text);
  };
  for (const resource of dataset.resources) {
    const base = `resource.${resource.id}`;
    add(`${base}.name`, resource.name);
    add(`${base}.description`, resource.description);
    add(`${base}.note`, resource.note);
    resource.channels.forEach((channel, index) => {
      const at = `${base}.channels.${index}`;
      if (channel.kind === 'call' || channel.kind === 'text') add(`${at}.hours`, channel.hours);
      if (channel.kind === 'web') add(`${at}.label`, channel.label);
      add(`${at}.note`, channel.note);
    });
  }
  for (const fact of dataset.facts) {
    const base = `fact.${fact.id}`;
    add(`${base}.statement`, fact.statement);
    fact.items?.forEach((item, index) => add(`${base}.items.${index}`, item));
    add(`${base}.label`, fact.label);
    add(`${base}.caveat`, fact.caveat);
  }
  return texts;
}

const indexes = new WeakMap<Dataset, Map<string, LocalizedText>>();

/** Writes `table`'s strings for `locale` into `dataset`'s text maps. Unknown ids (data since removed) are ignored. */
export function applyDataText(dataset: Dataset, locale: string, table: DataTextTable): void {
  let index = indexes.get(dataset);
  if (!index) {
    index = collectDataText(dataset);
    indexes.set(dataset, index);
  }
  for (const [id, value] of Object.entries(table)) {
    const text = index.get(id);
    if (text && value) text[locale] = value;
  }
}

/** What a locale's data text chunk exports. */
export interface DataTextModule {
  dataText: DataTextTable;
}
