import type { DataErrorReason } from '../data/loader.js';

export interface HeatDataErrorDetail {
  /** The `src` URL as resolved against the page. */
  url: string;
  /** Machine-readable reason: bad-url, network, http, timeout, too-large, not-json or invalid. */
  reason: DataErrorReason;
  /** A human-readable explanation, in English, for the console and logs. */
  message: string;
}

export interface HeatDataLoadDetail {
  url: string;
  /** How many entries or values were left out because they were invalid. */
  dropped: number;
}

export interface HeatDismissDetail {
  /** Id of the line the dismissed banner showed (`nhth`, `heat-watch-tip-line`…). */
  line: string;
}

export interface HeatRegionChangeDetail {
  /** The region the reader chose: `us`, a state (`us-tx`) or a county (`us-ca-butte`). */
  region: string;
  /** The topics the reader's needs stand for, space-separated; empty for every topic. */
  topics: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A partner `src` could not be used; the element keeps showing the bundled data. */
    'heat-data-error': CustomEvent<HeatDataErrorDetail>;
    /** A partner `src` loaded and is now shown. */
    'heat-data-load': CustomEvent<HeatDataLoadDetail>;
    /** A reader closed a dismissible banner; cancel it (`preventDefault()`) to keep the banner. Nothing is stored. */
    'heat-dismiss': CustomEvent<HeatDismissDetail>;
    /**
     * A reader chose another place or need in a list's picker; cancel it (`preventDefault()`) to keep the list as it
     * was. Nothing is stored.
     */
    'heat-region-change': CustomEvent<HeatRegionChangeDetail>;
  }
}

/** Every heat-widgets event bubbles and crosses shadow roots, so a page can listen on `document`. */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  init: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, ...init }));
}
