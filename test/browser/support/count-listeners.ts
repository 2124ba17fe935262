/**
 * Counts the keyboard listeners on `window`, by wrapping the platform's add/removeEventListener. Import it before
 * anything that could add one, so that every listener is seen.
 */
type Listener = EventListenerOrEventListenerObject;

const active = new Map<string, Set<Listener>>();
const capture = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

const add = window.addEventListener;
const remove = window.removeEventListener;

window.addEventListener = function (this: Window, type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
  if (listener && (type === 'keydown' || type === 'keyup')) {
    const key = `${type}${capture(options) ? ':capture' : ''}`;
    if (!active.has(key)) active.set(key, new Set());
    active.get(key)!.add(listener);
  }
  return add.call(this, type, listener as Listener, options);
} as typeof window.addEventListener;

window.removeEventListener = function (this: Window, type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
  if (listener) active.get(`${type}${capture(options) ? ':capture' : ''}`)?.delete(listener);
  return remove.call(this, type, listener as Listener, options);
} as typeof window.removeEventListener;

/** How many `type` listeners are on `window` now (capture phase unless `capturing` is false). */
export function windowListeners(type: 'keydown' | 'keyup', capturing = true): number {
  return active.get(`${type}${capturing ? ':capture' : ''}`)?.size ?? 0;
}
