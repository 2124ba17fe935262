/**
 * The page-wide keyboard listener behind `<heat-quick-exit>`: one `keydown` and one `keyup` listener on `window`, in
 * the capture phase, added when the script runs, however many elements are on the page and however many copies of
 * the script loaded. Window capture is the first place a key event reaches, so page code cannot stop it before us
 * (stopPropagation anywhere, or stopImmediatePropagation from a window listener added after ours); it hears keys typed
 * in inputs and inside shadow roots. Keys typed in a frame reach only the frame's window, so the listener follows
 * focus into same-origin frames (a cross-origin frame's keys cannot be heard from this page).
 *
 * The first copy creates the state and keeps it on `globalThis` under a registry symbol; later copies find it and
 * register their elements with it. With no element registered the listeners do nothing. Shortcuts act through the
 * first element in document order (its `href`, its announcements), so a page with several never announces twice; Esc
 * acts through the first element that has `escape` on.
 */
import { ESCAPE_PRESSES, SHIFT_PRESSES, SHIFT_WINDOW_MS, escapeSequence, shiftSequence, type SequenceStep } from './shortcut-sequence.js';

/** What an element offers the page listener. Kept small and stable: other copies of the script call it. */
export interface ShortcutTarget extends Element {
  /** Whether this element asked for the Esc Esc shortcut. */
  readonly escape: boolean;
  /** Shows and announces progress; `pressed` 0 clears it. */
  shortcutProgress(pressed: number, remaining: number): void;
  /** The shortcut is complete: leave. */
  exit(trigger: 'shift' | 'escape'): unknown;
}

export interface PageShortcuts {
  readonly version: 1;
  register(target: ShortcutTarget): void;
  unregister(target: ShortcutTarget): void;
  /** Forgets any count in progress (after a back-forward cache restore, for instance). */
  reset(): void;
}

const KEY = Symbol.for('heat-widgets.quick-exit.page-shortcuts.v1');
type GlobalWithShortcuts = typeof globalThis & { [KEY]?: PageShortcuts };

/** `Node.DOCUMENT_POSITION_PRECEDING`, written out: the minifier cannot shorten a property read. */
const PRECEDING = 2;

/** The first connected target in document order (registration order where the DOM cannot say). */
function firstInDocument(targets: Iterable<ShortcutTarget>): ShortcutTarget | undefined {
  let first: ShortcutTarget | undefined;
  for (const target of targets) {
    if (!target.isConnected) continue;
    if (!first || first.compareDocumentPosition(target) & PRECEDING) first = target;
  }
  return first;
}

/**
 * Text fields and widgets that own Esc themselves (a combobox closes its list with it). `:read-write` is every field
 * that takes typing (text-like inputs, textareas, contenteditable) and no button, checkbox or slider. A selector, not
 * `instanceof`: a node in a frame is an instance of the frame's classes.
 */
const EDITABLE = ':read-write,select,[role=combobox],[role=listbox],[role=menu],[role=searchbox],[role=textbox]';

/** Esc belongs to an open dialog, anywhere in the page or on the path of the key event (shadow roots, frames). */
function dialogOpen(event: Event): boolean {
  const modal = 'dialog[open],[aria-modal="true"]';
  return Boolean(document.querySelector(modal)) || event.composedPath().some((node) => (node as Element).matches?.(`${modal},[role="dialog"]`));
}

/** The window inside a same-origin frame element; none for anything else, or a cross-origin frame (no document). */
const frameWindow = (node: unknown) => (node as HTMLIFrameElement | null)?.contentDocument?.defaultView;

function createPageShortcuts(): PageShortcuts {
  const targets = new Set<ShortcutTarget>();
  const shift = shiftSequence();
  const escape = escapeSequence();
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  let showing: ShortcutTarget | undefined;

  const clear = () => {
    clearTimeout(clearTimer);
    clearTimer = undefined;
    showing?.shortcutProgress(0, 0);
    showing = undefined;
  };

  const applyShift = (pressed: SequenceStep) => {
    if (pressed === undefined) return;
    if (!pressed) return clear();
    const target = firstInDocument(targets);
    if (!target) return;
    if (pressed >= SHIFT_PRESSES) {
      clear();
      target.exit('shift');
      return;
    }
    if (showing && showing !== target) showing.shortcutProgress(0, 0);
    showing = target;
    target.shortcutProgress(pressed, SHIFT_PRESSES - pressed);
    // The window itself is judged by event time stamps; this timer only takes the stale count off the screen.
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => {
      shift.reset();
      clear();
    }, SHIFT_WINDOW_MS);
  };

  // performance.now(), not the events' time stamps: a frame's events count from the frame's own start.
  const onKeydown = (event: KeyboardEvent) => {
    applyShift(shift.keydown(event));
    const escapeTarget = firstInDocument([...targets].filter((t) => t.escape));
    if (!escapeTarget) return;
    const isEscape = event.key === 'Escape';
    const elsewhere = isEscape && (event.defaultPrevented || (event.composedPath()[0] as Element).matches?.(EDITABLE) || dialogOpen(event));
    if (escape.keydown(event, performance.now(), elsewhere) === ESCAPE_PRESSES) {
      event.preventDefault();
      escapeTarget.exit('escape');
    }
  };

  const onKeyup = (event: KeyboardEvent) => applyShift(shift.keyup(event, performance.now()));

  /**
   * Listens on `win`, and on the same-origin frame focus is in, if any, and so on down. Adding a listener twice is a
   * no-op, so this runs again whenever there may be a new document to listen on: `load` on a document (a frame was
   * added, reloaded or navigated: listen on it) and `blur` on a window (focus may have gone into a frame that loaded
   * before the script ran, or one in a shadow root, whose load this page cannot see).
   */
  const listen = (win: Window) => {
    win.addEventListener('keydown', onKeydown, true);
    win.addEventListener('keyup', onKeyup, true);
    win.addEventListener('blur', follow, true);
    win.document.addEventListener('load', follow, true);
    let active = win.document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const frame = frameWindow(active);
    if (frame) listen(frame);
  };
  // Only while an element is on the page: a page without one keeps its frames to itself. Listens on the frame that
  // loaded, else on the window of whatever blurred or loaded (a window's own blur has no view to say which).
  const follow = (event: Event) => {
    const target = event.target as Node;
    if (targets.size) listen(frameWindow(target) ?? target.ownerDocument?.defaultView ?? (target as unknown as Window));
  };

  const reset = () => {
    shift.reset();
    escape.reset();
    clear();
  };

  listen(window);
  return {
    version: 1,
    register(target) {
      targets.add(target);
      // Focus may already be in a frame.
      listen(window);
    },
    unregister(target) {
      if (!targets.delete(target)) return;
      if (showing === target) clear();
      if (!targets.size) reset();
    },
    reset,
  };
}

/** The page's one shortcut listener, created by whichever copy of heat-widgets asks first (when its script runs). */
export function pageShortcuts(): PageShortcuts {
  const global = globalThis as GlobalWithShortcuts;
  return (global[KEY] ??= createPageShortcuts());
}
