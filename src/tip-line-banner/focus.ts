/**
 * Where focus goes when a banner closes under it: the next focusable thing after the banner in reading order (so a
 * keyboard user carries on where they were), else the last one before it. Open shadow roots are searched too, since
 * the next thing on the page may well be another web component.
 */
const FOCUSABLE =
  'a[href],area[href],button:not([disabled]),input:not([disabled]):not([type="hidden"]),select:not([disabled]),' +
  'textarea:not([disabled]),summary,iframe,[contenteditable=""],[contenteditable="true"],[tabindex]:not([tabindex="-1"])';

function isFocusable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.matches(FOCUSABLE)) return false;
  // Hidden, `display: none` or inside a closed <details>: not a place to land.
  return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : el.offsetParent !== null;
}

/** Focusable elements before and after `host`, in document order, looking into open shadow roots. */
function around(host: Element): { before: HTMLElement[]; after: HTMLElement[] } {
  const before: HTMLElement[] = [];
  const after: HTMLElement[] = [];
  let passed = false;
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el === host) {
        passed = true;
        continue;
      }
      if (host.contains(el)) continue;
      if (isFocusable(el)) (passed ? after : before).push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.ownerDocument);
  return { before, after };
}

/** Moves focus off a banner that is about to disappear; returns the element focused, if any. */
export function focusAfter(host: Element): HTMLElement | undefined {
  const { before, after } = around(host);
  for (const target of [...after, ...before.reverse()]) {
    target.focus();
    if (target.matches(':focus') || target.shadowRoot?.activeElement) return target;
  }
  return undefined;
}
