/**
 * `heat-widgets/jsx`: types for writing the tags in JSX or checking attributes in TypeScript. Framework-neutral:
 * add `HeatWidgetsElements` to your framework's `JSX.IntrinsicElements` (React users get it with
 * `heat-widgets/react`). `HTMLElementTagNameMap` entries come with the classes themselves.
 *
 * Generated from custom-elements.json by scripts/generate-from-manifest.mjs: do not edit.
 */
import type { HeatHotlineList } from './hotline-list/hotline-list.js';

type EventFor<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;

/** Attributes of `<heat-hotline-list>` as written in HTML or JSX. */
export interface HeatHotlineListAttributes {
  /** Region code, e.g. `us`, `us-ca`, `us-ca-stanislaus`. Shows that region's lines and every broader region's (a county list includes its state and national lines). Default `us`. */
  'region'?: string;
  /** Space-separated topics to show, e.g. `csec report`. Emergency lines always show. Default: all. */
  'topics'?: string;
  /** URL of a partner JSON file in the heat-widgets data schema. The bundled data shows until it loads valid, and stays on any failure. */
  'src'?: string;
  /** The heading text. Default "Get help". */
  'heading'?: string;
  /** Level of the heading, 1-6 (default 2); each listing's name uses the next level. */
  'heading-level'?: number | string;
  /** `light`, `dark` or `auto` (default: follow the reader's system setting). */
  'theme'?: 'light' | 'dark' | 'auto';
}

/** Events `<heat-hotline-list>` fires, by name. */
export interface HeatHotlineListEvents {
  /** `src` could not be used; `detail: { url, reason, message }`. Bundled data stays on screen. */
  'heat-data-error': EventFor<'heat-data-error'>;
  /** `src` loaded and is shown; `detail: { url, dropped }`. */
  'heat-data-load': EventFor<'heat-data-load'>;
}

/** Public properties of `<heat-hotline-list>`, typed from the class. */
export type HeatHotlineListProperties = Partial<Pick<HeatHotlineList, 'region' | 'topics' | 'src' | 'heading' | 'theme' | 'headingLevel'>>;

/** Every heat-widgets tag and the attributes it takes. */
export interface HeatWidgetsElements {
  'heat-hotline-list': HeatHotlineListAttributes;
}

/** Every heat-widgets tag and its events. */
export interface HeatWidgetsEvents {
  'heat-hotline-list': HeatHotlineListEvents;
}
