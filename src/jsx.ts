/**
 * `heat-widgets/jsx`: types for writing the tags in JSX or checking attributes in TypeScript. Framework-neutral:
 * add `HeatWidgetsElements` to your framework's `JSX.IntrinsicElements` (React users get it with
 * `heat-widgets/react`). `HTMLElementTagNameMap` entries come with the classes themselves.
 *
 * Generated from custom-elements.json by scripts/generate-from-manifest.mjs: do not edit.
 */
import type { HeatHotlineList } from './hotline-list/hotline-list.js';
import type { HeatQuickExit } from './quick-exit/quick-exit.js';

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

/** Attributes of `<heat-quick-exit>` as written in HTML or JSX. */
export interface HeatQuickExitAttributes {
  /** Where to go. An `https:` URL, or a path on your own site (for example a session-clearing URL). Default `https://www.wikipedia.org/`. Without it, the `href` of a fallback link inside the element is used. */
  'href'?: string;
  /** `replace` (default): the help page is replaced in the tab's history, so Back does not return to it. `push`: an ordinary navigation that Back returns from. */
  'history'?: 'replace' | 'push';
  /** `sticky` (default: stays at the top of its container while the page scrolls), `fixed` (top corner of the window) or `static`. */
  'position'?: 'sticky' | 'fixed' | 'static';
  /** Also exit on Esc pressed twice within a second. Off by default; never in text fields or while a dialog is open. */
  'escape'?: boolean;
  /** `light`, `dark` or `auto` (default: follow the reader's system setting). */
  'theme'?: 'light' | 'dark' | 'auto';
  /** Level (1-6) of the element's heading; the host page owns its outline. Sub-headings use the next level. */
  'heading-level'?: number | string;
}

/** Events `<heat-quick-exit>` fires, by name. */
export interface HeatQuickExitEvents {
  /** Before leaving; cancelable. `detail: { href, history, trigger }`. */
  'heat-quick-exit': EventFor<'heat-quick-exit'>;
}

/** Public properties of `<heat-quick-exit>`, typed from the class. */
export type HeatQuickExitProperties = Partial<Pick<HeatQuickExit, 'href' | 'history' | 'position' | 'escape' | 'theme' | 'headingLevel'>>;

/** Every heat-widgets tag and the attributes it takes. */
export interface HeatWidgetsElements {
  'heat-hotline-list': HeatHotlineListAttributes;
  'heat-quick-exit': HeatQuickExitAttributes;
}

/** Every heat-widgets tag and its events. */
export interface HeatWidgetsEvents {
  'heat-hotline-list': HeatHotlineListEvents;
  'heat-quick-exit': HeatQuickExitEvents;
}
