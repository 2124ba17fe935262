/**
 * The page-wide keyboard listener behind `<heat-quick-exit>`: one `keydown` and one `keyup` listener on `document`,
 * in the capture phase (so it hears keys typed in inputs and inside shadow roots, before page code can stop them),
 * however many elements are on the page and however many copies of the script loaded.
 *
 * The first copy creates the state and keeps it on `globalThis` under a registry symbol; later copies find it and
 * register their elements with it. The listeners are added when the first element connects and removed when the
 * last one leaves. Shortcuts act through the first element in document order (its `href`, its announcements), so a
 * page with several never announces twice; Esc acts through the first element that has `escape` on.
 */
import { ESCAPE_PRESSES, SHIFT_PRESSES, SHIFT_WINDOW_MS, escapeSequence, shiftSequence, type SequenceStep } from './shortcut-sequence.js';

/** What an element offers the page listener. Kept small and stable: other copies of the script call it. */
export interface ShortcutTarget extends Element {
  /** Whether this element asked for the Esc Esc shortcut. */
  readonly escapeShortcut: boolean;
  /** Shows and announces progress; `pressed` 0 clears it. */
  shortcutProgress(pressed: number, remaining: number): void;
  /** The shortcut is complete: leave. */
  exitByShortcut(trigger: 'shift' | 'escape'): void;
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

/** Text fields and widgets that own Esc themselves (a combobox closes its list with it). */
function isEditable(node: EventTarget | undefined): boolean {
  if (!(node instanceof HTMLElement)) return false;
  if (node instanceof HTMLInputElement) return !/^(button|checkbox|color|file|hidden|image|radio|range|reset|submit)$/.test(node.type);
  return node.isContentEditable || /^(TEXTAREA|SELECT)$/.test(node.tagName) || /^(combobox|listbox|menu|searchbox|textbox)$/.test(node.getAttribute('role') ?? '');
}

/** Esc belongs to an open dialog, anywhere in the page or on the path of the key event (shadow roots included). */
function dialogOpen(event: Event): boolean {
  const modal = 'dialog[open],[aria-modal="true"]';
  return Boolean(document.querySelector(modal)) || event.composedPath().some((node) => node instanceof Element && node.matches(`${modal},[role="dialog"]`));
}

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
      target.exitByShortcut('shift');
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

  const onKeydown = (event: KeyboardEvent) => {
    applyShift(shift.keydown(event));
    const escapeTarget = firstInDocument([...targets].filter((t) => t.escapeShortcut));
    if (!escapeTarget) return;
    const isEscape = event.key === 'Escape';
    const elsewhere = isEscape && (event.defaultPrevented || isEditable(event.composedPath()[0]) || dialogOpen(event));
    if (escape.keydown(event, event.timeStamp, elsewhere) === ESCAPE_PRESSES) {
      event.preventDefault();
      escapeTarget.exitByShortcut('escape');
    }
  };

  const onKeyup = (event: KeyboardEvent) => applyShift(shift.keyup(event, event.timeStamp));

  const reset = () => {
    shift.reset();
    escape.reset();
    clear();
  };

  return {
    version: 1,
    register(target) {
      if (targets.has(target)) return;
      targets.add(target);
      if (targets.size === 1) {
        document.addEventListener('keydown', onKeydown, true);
        document.addEventListener('keyup', onKeyup, true);
      }
    },
    unregister(target) {
      if (!targets.delete(target)) return;
      if (showing === target) clear();
      if (targets.size === 0) {
        document.removeEventListener('keydown', onKeydown, true);
        document.removeEventListener('keyup', onKeyup, true);
        reset();
      }
    },
    reset,
  };
}

/** The page's one shortcut listener, created by whichever copy of heat-widgets asks first. */
export function pageShortcuts(): PageShortcuts {
  const global = globalThis as GlobalWithShortcuts;
  return (global[KEY] ??= createPageShortcuts());
}
