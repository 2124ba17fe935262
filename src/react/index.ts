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
import { HeatHotlineList as HeatHotlineListElement } from '../hotline-list/hotline-list.js';
import type { HeatWidgetsElements } from '../jsx.js';

type EventFor<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;

/** React wrapper for `<heat-hotline-list>`: Hotlines and support lines (call, text, web) for a region, filterable by topic. */
export const HeatHotlineList = createComponent({
  tagName: 'heat-hotline-list',
  elementClass: HeatHotlineListElement,
  react: React,
  events: {
    /** `src` could not be used; `detail: { url, reason, message }`. Bundled data stays on screen. */
    onHeatDataError: 'heat-data-error' as EventName<EventFor<'heat-data-error'>>,
    /** `src` loaded and is shown; `detail: { url, dropped }`. */
    onHeatDataLoad: 'heat-data-load' as EventName<EventFor<'heat-data-load'>>,
  },
  displayName: 'HeatHotlineList',
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
      'heat-hotline-list': HeatIntrinsic<'heat-hotline-list'>;
    }
  }
}
