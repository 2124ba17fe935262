/**
 * Localization in one place: which locale is active, and switching to it.
 *
 * Resolution order (first match wins):
 *   1. `setHeatLocale('es')` from page script (the documented JS API);
 *   2. `data-heat-locale` on `<html>`, then on our `<script>` tag, for pages whose `lang` a translation tool rewrites;
 *   3. `<html lang>`, followed live, since site language switchers change it after load;
 *   4. English.
 * Each tag falls back along its subtags (`es-MX` -> `es`) before English; an unknown locale is English, silently.
 *
 * lit-localize may be configured once per page, so the first copy of heat-widgets on a page owns it and records
 * itself on `globalThis`; a second copy finds that record and does nothing (its elements are never registered).
 */
import { configureLocalization, msg } from '@lit/localize';
import { sourceLocale } from './generated/locale-codes.js';
import { loadLocaleModule, translatedLocales } from './locale-loaders.js';
import { resolveLocale as resolveAmong } from './resolve-locale.js';

export { isRtl } from './resolve-locale.js';

/** Locales this build can show: the source and every locale with a generated chunk. */
const available: readonly string[] = [sourceLocale, ...translatedLocales];

/** The locale that `requested` (any BCP 47 tag) shows as: `es-MX` -> `es`, unknown -> `en`. */
export function resolveLocale(requested: string | null | undefined): string {
  return resolveAmong(requested, available);
}

interface LocalizationState {
  getLocale: () => string;
  setLocale: (locale: string) => Promise<void>;
  override?: string;
  scriptLocale?: string;
  refresh: () => void;
  /** The configured `msg`, for views loaded later that must not import the entry (`lazy-tags.ts`). */
  msg: typeof msg;
}

const KEY = Symbol.for('heat-widgets.localization');
type GlobalWithState = typeof globalThis & { [KEY]?: LocalizationState };

/** The `data-heat-locale` of the script tag that loaded us, read once at start-up. */
function scriptTagLocale(moduleUrl: string | undefined): string | undefined {
  const current = document.currentScript;
  if (current?.dataset.heatLocale) return current.dataset.heatLocale;
  // Without `moduleUrl` (the classic build), no script's `src` matches.
  for (const script of document.scripts) {
    if (script.src === moduleUrl && script.dataset.heatLocale) return script.dataset.heatLocale;
  }
  return undefined;
}

function wantedLocale(state: LocalizationState): string | undefined {
  const html = document.documentElement;
  // `||`, not `??`: an empty attribute (`data-heat-locale=""`, `lang=""`) says nothing and must not mask the next one.
  return state.override || html.dataset.heatLocale || state.scriptLocale || html.lang || undefined;
}

/**
 * Starts localization for this page, once. `moduleUrl` is `import.meta.url` of the entry (absent in the classic
 * build, where `document.currentScript` is used instead).
 */
export function startLocalization(moduleUrl?: string): LocalizationState {
  const global = globalThis as GlobalWithState;
  const existing = global[KEY];
  if (existing) return existing;

  const { getLocale, setLocale } = configureLocalization({
    sourceLocale,
    targetLocales: translatedLocales,
    loadLocale: loadLocaleModule,
  });
  const state: LocalizationState = {
    getLocale,
    setLocale,
    msg,
    scriptLocale: scriptTagLocale(moduleUrl),
    refresh: () => {
      // Always ask, even when the wanted locale is the active one: another may still be loading (lang went es -> en
      // before Spanish arrived), and only a newer request cancels it. lit-localize ignores a request for the locale
      // it is already showing or loading.
      const locale = resolveLocale(wantedLocale(state));
      setLocale(locale).catch((error: unknown) => {
        console.warn(`heat-widgets: could not load the "${locale}" translations; showing English.`, error);
      });
    },
  };
  global[KEY] = state;
  // An attribute filter implies `attributes: true`.
  new MutationObserver(state.refresh).observe(document.documentElement, { attributeFilter: ['lang', 'data-heat-locale'] });
  state.refresh();
  return state;
}

function state(): LocalizationState {
  return (globalThis as GlobalWithState)[KEY] ?? startLocalization();
}

/** The active locale. */
export function activeLocale(): string {
  return state().getLocale();
}

/**
 * Public API: pins every heat-widgets element on the page to `locale` (any BCP 47 tag; unsupported means English),
 * or, with `undefined`, goes back to following the page. Resolves once the locale is showing.
 */
export function setHeatLocale(locale: string | undefined): Promise<void> {
  const current = state();
  current.override = locale;
  return current.setLocale(resolveLocale(wantedLocale(current)));
}
