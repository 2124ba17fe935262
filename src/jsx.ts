/**
 * `heat-widgets/jsx`: types for writing the tags in JSX or checking attributes in TypeScript. Framework-neutral:
 * add `HeatWidgetsElements` to your framework's `JSX.IntrinsicElements` (React users get it with
 * `heat-widgets/react`). `HTMLElementTagNameMap` entries come with the classes themselves.
 *
 * Generated from custom-elements.json by scripts/generate-from-manifest.mjs: do not edit.
 */
import type { CsecFacts } from './csec-facts/csec-facts.js';
import type { HeatHotlineList } from './hotline-list/hotline-list.js';
import type { HeatQuickExit } from './quick-exit/quick-exit.js';
import type { TipLineBanner } from './tip-line-banner/tip-line-banner.js';

type EventFor<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;

/** Attributes of `<csec-facts>` as written in HTML or JSX. */
export interface CsecFactsAttributes {
  /** Space-separated scopes to show, in any order: `definitions`, `national`, `state`, `local`. Always shown in that order. Default: all. */
  'scope'?: string;
  /** Region code for state and local facts, e.g. `us-ca` or `us-ca-alameda`: shows that region's facts and every broader region's. Default `us` (definitions and national facts). State and local facts load on first use (1.8 KB, from beside the script); the definitions and national facts show meanwhile. */
  'region'?: string;
  /** Show at most this many facts, in order (the profile chart counts as one). Default: all. */
  'limit'?: number | string;
  /** Open every "Source" disclosure at first (readers can still close them). */
  'show-sources'?: boolean;
  /** URL of a partner JSON file in the heat-widgets data schema. The bundled facts show until it loads valid, and stay on any failure. A fact without a source in it is left out. */
  'src'?: string;
  /** The heading text. Default "Facts about child sexual exploitation". */
  'heading'?: string;
  /** Level of the heading, 1-6 (default 2); scope headings use the next level. */
  'heading-level'?: number | string;
  /** `light`, `dark` or `auto` (default: follow the reader's system setting). */
  'theme'?: 'light' | 'dark' | 'auto';
}

/** Events `<csec-facts>` fires, by name. */
export interface CsecFactsEvents {
  /** `src` could not be used; `detail: { url, reason, message }`. Bundled facts stay on screen. */
  'heat-data-error': EventFor<'heat-data-error'>;
  /** `src` loaded and is shown; `detail: { url, dropped }`. */
  'heat-data-load': EventFor<'heat-data-load'>;
}

/** Public properties of `<csec-facts>`, typed from the class. */
export type CsecFactsProperties = Partial<Pick<CsecFacts, 'scope' | 'region' | 'limit' | 'showSources' | 'src' | 'heading' | 'headingLevel' | 'theme'>>;

/** Attributes of `<heat-hotline-list>` as written in HTML or JSX. */
export interface HeatHotlineListAttributes {
  /** Region code: `us`, a state (`us-tx`) or a California county (`us-ca-butte`). Shows that region's lines and every broader region's, the most local first (a county list includes its state and national lines); a state without a statewide line shows how to report there. An unknown code shows its nearest known region and warns once in the console. Default `us`. */
  'region'?: string;
  /** Space-separated topics to show, e.g. `csec report`. Emergency lines always show. Default: all. */
  'topics'?: string;
  /** URL of a partner JSON file in the heat-widgets data schema. Its lines are added to ours (unless the file sets `replaceBundled`); the bundled data shows until it loads valid, and stays on any failure. */
  'src'?: string;
  /** The heading text. Default "Get help". */
  'heading'?: string;
  /** Level of the heading, 1-6 (default 2); each listing's name uses the next level. */
  'heading-level'?: number | string;
  /** `light`, `dark` or `auto` (default: follow the reader's system setting). */
  'theme'?: 'light' | 'dark' | 'auto';
  /** Lets the reader choose: "Where are you?" (a state, then a county where we have counties) and "What do you need help with?", above the list, starting from `region` and `topics`. The list changes in place and a polite status says what it shows. Nothing is remembered (no storage, cookies, URL or history), and the only request is the chosen region's own data file. Its code loads only when this is set. */
  'picker'?: boolean;
}

/** Events `<heat-hotline-list>` fires, by name. */
export interface HeatHotlineListEvents {
  /** The reader chose another place or need (`picker`); `detail: { region, topics }`. Cancelable: `preventDefault()` keeps the list as it was. */
  'heat-region-change': EventFor<'heat-region-change'>;
  /** `src` could not be used; `detail: { url, reason, message }`. Bundled data stays on screen. */
  'heat-data-error': EventFor<'heat-data-error'>;
  /** `src` loaded and is shown; `detail: { url, dropped }`. */
  'heat-data-load': EventFor<'heat-data-load'>;
}

/** Public properties of `<heat-hotline-list>`, typed from the class. */
export type HeatHotlineListProperties = Partial<Pick<HeatHotlineList, 'region' | 'topics' | 'src' | 'heading' | 'picker' | 'headingLevel' | 'theme'>>;

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
}

/** Events `<heat-quick-exit>` fires, by name. */
export interface HeatQuickExitEvents {
  /** Before leaving; cancelable. `detail: { href, history, trigger }`. */
  'heat-quick-exit': EventFor<'heat-quick-exit'>;
}

/** Public properties of `<heat-quick-exit>`, typed from the class. */
export type HeatQuickExitProperties = Partial<Pick<HeatQuickExit, 'href' | 'history' | 'position' | 'escape' | 'theme'>>;

/** Attributes of `<tip-line-banner>` as written in HTML or JSX. */
export interface TipLineBannerAttributes {
  /** Id of a line in the data: `nhth` (default), `heat-watch-tip-line`, `childhelp`, `ncmec`, `988`… An unknown id shows the National Human Trafficking Hotline and warns in the console. A line that publishes no hours gets the national hotline beside it as the always-open alternative. */
  'line'?: string;
  /** `inline` (a block in the page's content, the default) or `bar` (a full-width strip). */
  'variant'?: 'inline' | 'bar';
  /** Adds a close button. Closing hides the banner for this page view only: nothing is stored. */
  'dismissible'?: boolean;
  /** URL of a partner JSON file in the heat-widgets data schema. The bundled line shows until it loads valid, and stays on any failure. */
  'src'?: string;
  /** Level of the line's name as a heading, 1-6 (default 2). */
  'heading-level'?: number | string;
  /** `light`, `dark` or `auto` (default: follow the reader's system setting). */
  'theme'?: 'light' | 'dark' | 'auto';
}

/** Events `<tip-line-banner>` fires, by name. */
export interface TipLineBannerEvents {
  /** The reader closed the banner; `detail: { line }`. Cancelable: `preventDefault()` keeps it open. */
  'heat-dismiss': EventFor<'heat-dismiss'>;
  /** `src` could not be used; `detail: { url, reason, message }`. The bundled line stays. */
  'heat-data-error': EventFor<'heat-data-error'>;
  /** `src` loaded and is shown; `detail: { url, dropped }`. */
  'heat-data-load': EventFor<'heat-data-load'>;
}

/** Public properties of `<tip-line-banner>`, typed from the class. */
export type TipLineBannerProperties = Partial<Pick<TipLineBanner, 'line' | 'variant' | 'dismissible' | 'src' | 'headingLevel' | 'theme'>>;

/** Every heat-widgets tag and the attributes it takes. */
export interface HeatWidgetsElements {
  'csec-facts': CsecFactsAttributes;
  'heat-hotline-list': HeatHotlineListAttributes;
  'heat-quick-exit': HeatQuickExitAttributes;
  'tip-line-banner': TipLineBannerAttributes;
}

/** Every heat-widgets tag and its events. */
export interface HeatWidgetsEvents {
  'csec-facts': CsecFactsEvents;
  'heat-hotline-list': HeatHotlineListEvents;
  'heat-quick-exit': HeatQuickExitEvents;
  'tip-line-banner': TipLineBannerEvents;
}
