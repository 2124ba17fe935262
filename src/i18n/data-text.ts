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

/**
 * Writes `table`'s strings for `locale` into `dataset`'s text maps, following each id as a path
 * (`resource.<id>.channels.0.note`: the resource with that id, then its properties). Ids that lead to no text (data
 * since removed) are ignored. Walking the path, rather than indexing every text first, keeps this small in the entry.
 */
export function applyDataText(dataset: Dataset, locale: string, table: DataTextTable): void {
  for (const id in table) {
    const [kind, key, ...path] = id.split('.');
    const entries: readonly { id: string }[] = kind === 'fact' ? dataset.facts : kind === 'resource' ? dataset.resources : [];
    let node: unknown = entries.find((entry) => entry.id === key);
    for (const step of path) node = (node as Record<string, unknown> | undefined)?.[step];
    const text = node as LocalizedText | undefined;
    if (text && typeof text.en === 'string' && table[id]) text[locale] = table[id];
  }
}

/** What a locale's data text chunk exports; a fact chunk also has the figures the language writes differently. */
export interface DataTextModule {
  dataText: DataTextTable;
  figures?: DataTextTable;
}

/** A locale's main chunk: its core data text, and the loader of its fact text chunk. */
export interface CoreTextModule extends DataTextModule {
  facts: () => Promise<DataTextModule>;
}
