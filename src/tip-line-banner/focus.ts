/**
 * Where focus goes when a banner closes under it: the next focusable thing after the banner in reading order (so a
 * keyboard user carries on where they were), else the nearest one before it. Open shadow roots are searched too, since
 * the next thing on the page may well be another web component. Candidates are whatever the browser puts in the tab
 * order; one that does not take focus (disabled, hidden, in a closed `<details>`) is skipped by checking it did.
 */
export function focusAfter(host: Element): void {
  const candidates: HTMLElement[] = [];
  let at = 0;
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el === host) at = candidates.length;
      else if (!host.contains(el)) {
        if (el.tabIndex >= 0) candidates.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    }
  };
  walk(host.ownerDocument);
  for (const el of [...candidates.slice(at), ...candidates.slice(0, at).reverse()]) {
    el.focus();
    if (el.matches(':focus')) return;
  }
}
