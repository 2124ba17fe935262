/**
 * `heat-widgets/elements`: the element classes without registering anything (no side effects). Register them
 * yourself, under our tag names or your own: `customElements.define('heat-hotline-list', HeatHotlineList)`.
 * `heat-widgets` (the package's main entry) registers every element instead.
 *
 * Generated from custom-elements.json by scripts/generate-from-manifest.mjs: do not edit.
 */
export * from './csec-facts/csec-facts.js';
export * from './hotline-list/hotline-list.js';
export * from './quick-exit/quick-exit.js';
export * from './tip-line-banner/tip-line-banner.js';
export type * from './base/events.js';
export { setHeatLocale } from './i18n/localization.js';
