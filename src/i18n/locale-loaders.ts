/**
 * One loader per target locale. Each becomes its own chunk beside the entry (Vite resolves these imports relative to
 * the entry file, so it works from a CDN); the classic build inlines them all.
 */
import type { LocaleModule } from '@lit/localize';

const loaders: Record<string, () => Promise<LocaleModule>> = {
  es: () => import('./generated/locales/es.js'),
};

export function loadLocaleModule(locale: string): Promise<LocaleModule> {
  const load = loaders[locale];
  return load ? load() : Promise.reject(new Error(`no translations for "${locale}"`));
}
