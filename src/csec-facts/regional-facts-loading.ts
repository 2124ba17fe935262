/**
 * The state and local facts (`src/data/regional-facts.ts`): loaded once per page, for every facts panel of this
 * script whose region asks for them, as region lines are. Kept out of the element's module so that nothing here is
 * public API (`heat-widgets/elements` re-exports the element modules).
 */
import type { ReactiveControllerHost } from 'lit';
import { warnOnce } from '../base/warn-once.js';
import type { Fact } from '../data/types.js';
import { translatedWithLocale } from '../i18n/data-text-loading.js';

let loaded: Fact[] | undefined;
let loading: Promise<unknown> | undefined;

/** Our state and local facts, once loaded. */
export const regionalFacts = (): Fact[] | undefined => loaded;

/** True while they are on their way (a panel then shows no "no facts" for a region that may have some). */
export const regionalFactsPending = (): boolean => !loaded && !!loading;

/** For tests: settles once the load asked for so far has ended, loaded or not. */
export const regionalFactsLoaded = (): Promise<unknown> | undefined => loading;

/** Loads them (once, or again after a failure) and renders `host` again when the load ends. */
export function requireRegionalFacts(host: ReactiveControllerHost): void {
  if (loaded) return;
  (loading ??= import('../data/regional-facts.js').then(
    (module) => (loaded = translatedWithLocale({ version: 1, resources: [], facts: module.regionalFacts }).facts),
    () => {
      // Offline: the national facts stay, and the next panel or region asked for tries again.
      loading = undefined;
      warnOnce('regional-facts', 'heat-widgets: could not load the state and local facts; showing the national ones.');
    },
  )).then(() => host.requestUpdate());
}
