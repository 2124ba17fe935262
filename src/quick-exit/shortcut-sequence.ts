/**
 * The keyboard shortcuts of `<heat-quick-exit>` as pure state machines: they see key events and a clock, never the
 * DOM, so every rule (and the time windows) is tested in Node with a controllable clock. They are closures rather
 * than classes because the minifier can shorten local variables but not property names.
 *
 * Shift taps: Shift pressed and released on its own, `presses` times, each within `windowMs` of the last.
 * - A Shift keyup counts only if Shift went down with no other key pressed since (a "tap"), and the previous keyup
 *   did not carry Shift. Typing capitals (Shift held while a letter goes down and up) never counts, whichever of the
 *   two keys is released first; GOV.UK's rule alone counts the Shift when it is released before the letter.
 * - A Shift keyup never marks the next one as "modified": rolling from Left Shift to Right Shift keeps counting
 *   (GOV.UK issue #5393, where the second Shift aborted the sequence).
 * - Any other key, modifiers included, resets the count.
 * - Key events that belong to an IME composition are ignored: Shift switches input modes in Japanese and Chinese IMEs.
 *
 * Escape taps: Esc pressed `presses` times, each within `windowMs` of the last, unless the caller says Esc belongs to
 * something else (an editable field, an open dialog), which resets the count.
 */

/** The fields of a `KeyboardEvent` the sequences read. */
export interface KeyInput {
  key: string;
  shiftKey: boolean;
  repeat?: boolean;
  isComposing?: boolean;
}

/**
 * What a key event did to a sequence, as the number of presses counted: `undefined`, nothing changed; `0`, a count
 * in progress was abandoned; `1` to `presses - 1`, a press counted; `presses`, the sequence is complete (and starts
 * again from zero). A number rather than an object: the page listener only compares it.
 */
export type SequenceStep = number | undefined;

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;
export const ESCAPE_PRESSES = 2;
export const ESCAPE_WINDOW_MS = 1000;

function composing(event: KeyInput): boolean {
  return Boolean(event.isComposing) || event.key === 'Process';
}

/** Counts presses that each come within `windowMs` of the previous one. */
function counter(presses: number, windowMs: number) {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  return {
    press(now: number): SequenceStep {
      if (now - last > windowMs) count = 0;
      last = now;
      const pressed = ++count;
      if (pressed >= presses) count = 0;
      return pressed;
    },
    /** Abandons a count; says `0` only when there was one, so callers do not redraw for every keystroke. */
    reset(): SequenceStep {
      if (!count) return undefined;
      count = 0;
      return 0;
    },
  };
}

export interface ShiftSequence {
  keydown(event: KeyInput): SequenceStep;
  keyup(event: KeyInput, now: number): SequenceStep;
  reset(): SequenceStep;
}

export function shiftSequence(presses = SHIFT_PRESSES, windowMs = SHIFT_WINDOW_MS): ShiftSequence {
  const count = counter(presses, windowMs);
  /** Shift went down and nothing else has gone down since. */
  let tapping = false;
  /** The previous keyup of another key carried Shift (it was typed as a capital or symbol). */
  let previousKeyupShifted = false;
  return {
    keydown(event) {
      if (composing(event)) return undefined;
      tapping = event.key === 'Shift';
      return tapping ? undefined : count.reset();
    },
    keyup(event, now) {
      if (composing(event)) return undefined;
      const shift = event.key === 'Shift';
      const counts = shift && tapping && !previousKeyupShifted;
      tapping = false;
      // A Shift keyup never marks the next one as modified (Left to Right Shift keeps counting).
      previousKeyupShifted = !shift && event.shiftKey;
      return counts ? count.press(now) : shift ? undefined : count.reset();
    },
    reset() {
      tapping = previousKeyupShifted = false;
      return count.reset();
    },
  };
}

export interface EscapeSequence {
  /** `belongsElsewhere`: focus is in an editable field or a dialog is open, so Esc is theirs and never counts. */
  keydown(event: KeyInput, now: number, belongsElsewhere: boolean): SequenceStep;
  reset(): SequenceStep;
}

export function escapeSequence(presses = ESCAPE_PRESSES, windowMs = ESCAPE_WINDOW_MS): EscapeSequence {
  const count = counter(presses, windowMs);
  return {
    keydown(event, now, belongsElsewhere) {
      if (composing(event)) return undefined;
      // 'Escape' in every browser Lit 3 runs in ('Esc' was Internet Explorer's and old Edge's).
      if (event.key !== 'Escape') return count.reset();
      if (event.repeat) return undefined;
      return belongsElsewhere ? count.reset() : count.press(now);
    },
    reset: count.reset,
  };
}
