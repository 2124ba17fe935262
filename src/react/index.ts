/**
 * `heat-widgets/react`: React components for every element, made with @lit/react. Properties are set as
 * properties, events arrive through typed `on…` props (`onHeatDataError`). Importing this module registers the
 * elements; it runs in the browser (in Next.js, a client component).
 *
 * Generated from custom-elements.json by scripts/generate-from-manifest.mjs: do not edit.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../index.js';
import { CsecFacts as CsecFactsElement } from '../csec-facts/csec-facts.js';
import { HeatHotlineList as HeatHotlineListElement } from '../hotline-list/hotline-list.js';
import { HeatQuickExit as HeatQuickExitElement } from '../quick-exit/quick-exit.js';
import { TipLineBanner as TipLineBannerElement } from '../tip-line-banner/tip-line-banner.js';
import type { HeatWidgetsElements } from '../jsx.js';

type EventFor<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;

/** React wrapper for `<csec-facts>`: Facts about the commercial sexual exploitation of children (CSEC): definitions, national, state and local figures, each with its source and, where there is one, its caveat. */
export const CsecFacts = createComponent({
  tagName: 'csec-facts',
  elementClass: CsecFactsElement,
  react: React,
  events: {
    /** `src` could not be used; `detail: { url, reason, message }`. Bundled facts stay on screen. */
    onHeatDataError: 'heat-data-error' as EventName<EventFor<'heat-data-error'>>,
    /** `src` loaded and is shown; `detail: { url, dropped }`. */
    onHeatDataLoad: 'heat-data-load' as EventName<EventFor<'heat-data-load'>>,
  },
  displayName: 'CsecFacts',
});

/** React wrapper for `<heat-hotline-list>`: Hotlines and support lines (call, text, web) for a region, filterable by topic. */
export const HeatHotlineList = createComponent({
  tagName: 'heat-hotline-list',
  elementClass: HeatHotlineListElement,
  react: React,
  events: {
    /** The reader chose another place or need (`picker`); `detail: { region, topics }`. Cancelable: `preventDefault()` keeps the list as it was. */
    onHeatRegionChange: 'heat-region-change' as EventName<EventFor<'heat-region-change'>>,
    /** `src` could not be used; `detail: { url, reason, message }`. Bundled data stays on screen. */
    onHeatDataError: 'heat-data-error' as EventName<EventFor<'heat-data-error'>>,
    /** `src` loaded and is shown; `detail: { url, dropped }`. */
    onHeatDataLoad: 'heat-data-load' as EventName<EventFor<'heat-data-load'>>,
  },
  displayName: 'HeatHotlineList',
});

/** React wrapper for `<heat-quick-exit>`: A safety exit: "Exit this page" hides the page at once and leaves for a neutral site. Also Shift three times from anywhere on the page, and optionally Esc twice. */
export const HeatQuickExit = createComponent({
  tagName: 'heat-quick-exit',
  elementClass: HeatQuickExitElement,
  react: React,
  events: {
    /** Before leaving; cancelable. `detail: { href, history, trigger }`. */
    onHeatQuickExit: 'heat-quick-exit' as EventName<EventFor<'heat-quick-exit'>>,
  },
  displayName: 'HeatQuickExit',
});

/** React wrapper for `<tip-line-banner>`: One help or tip line as a banner, in the same place on every page: whom you reach and what for, call and text actions, hours where published, and "In immediate danger? Call 911" beside it. */
export const TipLineBanner = createComponent({
  tagName: 'tip-line-banner',
  elementClass: TipLineBannerElement,
  react: React,
  events: {
    /** The reader closed the banner; `detail: { line }`. Cancelable: `preventDefault()` keeps it open. */
    onHeatDismiss: 'heat-dismiss' as EventName<EventFor<'heat-dismiss'>>,
    /** `src` could not be used; `detail: { url, reason, message }`. The bundled line stays. */
    onHeatDataError: 'heat-data-error' as EventName<EventFor<'heat-data-error'>>,
    /** `src` loaded and is shown; `detail: { url, dropped }`. */
    onHeatDataLoad: 'heat-data-load' as EventName<EventFor<'heat-data-load'>>,
  },
  displayName: 'TipLineBanner',
});

// React 19 renders custom elements directly too: type the plain tags for JSX.
type HeatIntrinsic<K extends keyof HeatWidgetsElements & keyof HTMLElementTagNameMap> = React.DetailedHTMLProps<
  React.HTMLAttributes<HTMLElementTagNameMap[K]>,
  HTMLElementTagNameMap[K]
> &
  HeatWidgetsElements[K];

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'csec-facts': HeatIntrinsic<'csec-facts'>;
      'heat-hotline-list': HeatIntrinsic<'heat-hotline-list'>;
      'heat-quick-exit': HeatIntrinsic<'heat-quick-exit'>;
      'tip-line-banner': HeatIntrinsic<'tip-line-banner'>;
    }
  }
}
