/**
 * The core that the per-element scripts (`heat-hotline-list.js`, `heat-quick-exit.js`, …) share: Lit, lit-localize,
 * the locale state and the shared base. The build (`scripts/build-elements.mjs`) writes it once, as
 * `dist/chunks/core-<hash>.js`, and every per-element script imports it from there, so two elements loaded from two
 * scripts run one Lit, one lit-localize and one locale state: they switch language together and register once.
 *
 * Every binding an element imports from these modules must be exported here (the build checks it). Not a public API:
 * the package's entry points are `heat-widgets` and the element scripts.
 */
export { LitElement, adoptStyles, css, html, nothing } from 'lit';
export { property, state } from './base/decorators.js';
export { configureLocalization, msg, str, updateWhenLocaleChanges } from '@lit/localize';
export { HeatElement } from './base/heat-element.js';
export { VERSION, defineElement } from './base/define.js';
export { themeStyles } from './base/theme.styles.js';
export { warnOnce } from './base/warn-once.js';
export { activeLocale, isRtl, resolveLocale, setHeatLocale, startLocalization } from './i18n/localization.js';
export { loadLocaleModule, localeChunk, onLocaleModule, translatedLocales } from './i18n/locale-loaders.js';
