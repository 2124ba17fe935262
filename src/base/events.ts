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

declare global {
  interface GlobalEventHandlersEventMap {
    /** A partner `src` could not be used; the element keeps showing the bundled data. */
    'heat-data-error': CustomEvent<HeatDataErrorDetail>;
    /** A partner `src` loaded and is now shown. */
    'heat-data-load': CustomEvent<HeatDataLoadDetail>;
    /** A reader closed a dismissible banner; cancel it (`preventDefault()`) to keep the banner. Nothing is stored. */
    'heat-dismiss': CustomEvent<HeatDismissDetail>;
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
