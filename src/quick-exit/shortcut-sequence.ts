/**
 * The keyboard shortcuts of `<heat-quick-exit>` as pure state machines: they see key events and a clock, never the
 * DOM, so every rule (and the time windows) is tested in Node with a controllable clock.
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

export type SequenceStep =
  /** Nothing changed. */
  | { kind: 'none' }
  /** A press counted; `remaining` more complete the sequence. */
  | { kind: 'progress'; pressed: number; remaining: number }
  /** A count in progress was abandoned. */
  | { kind: 'reset' }
  /** The sequence is complete: exit. */
  | { kind: 'complete' };

const NONE: SequenceStep = { kind: 'none' };
const RESET: SequenceStep = { kind: 'reset' };

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;
export const ESCAPE_PRESSES = 2;
export const ESCAPE_WINDOW_MS = 1000;

function composing(event: KeyInput): boolean {
  return Boolean(event.isComposing) || event.key === 'Process';
}

/** Counts presses that each come within `windowMs` of the previous one. */
class Counter {
  count = 0;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    readonly presses: number,
    readonly windowMs: number,
  ) {}

  press(now: number): SequenceStep {
    if (this.count > 0 && now - this.last > this.windowMs) this.count = 0;
    this.count += 1;
    this.last = now;
    if (this.count >= this.presses) {
      this.count = 0;
      return { kind: 'complete' };
    }
    return { kind: 'progress', pressed: this.count, remaining: this.presses - this.count };
  }

  /** Abandons a count; says `reset` only when there was one, so callers do not redraw for every keystroke. */
  reset(): SequenceStep {
    if (this.count === 0) return NONE;
    this.count = 0;
    return RESET;
  }

}

export class ShiftSequence {
  private readonly counter: Counter;
  /** Shift went down and nothing else has gone down since. */
  private tapping = false;
  /** The previous keyup of another key carried Shift (it was typed as a capital or symbol). */
  private previousKeyupShifted = false;

  constructor(presses = SHIFT_PRESSES, windowMs = SHIFT_WINDOW_MS) {
    this.counter = new Counter(presses, windowMs);
  }

  keydown(event: KeyInput): SequenceStep {
    if (composing(event)) return NONE;
    if (event.key === 'Shift') {
      this.tapping = true;
      return NONE;
    }
    this.tapping = false;
    return this.counter.reset();
  }

  keyup(event: KeyInput, now: number): SequenceStep {
    if (composing(event)) return NONE;
    if (event.key !== 'Shift') {
      this.previousKeyupShifted = event.shiftKey;
      this.tapping = false;
      return this.counter.reset();
    }
    const counts = this.tapping && !this.previousKeyupShifted;
    this.tapping = false;
    this.previousKeyupShifted = false;
    return counts ? this.counter.press(now) : NONE;
  }

  reset(): SequenceStep {
    this.tapping = false;
    this.previousKeyupShifted = false;
    return this.counter.reset();
  }
}

export class EscapeSequence {
  private readonly counter: Counter;

  constructor(presses = ESCAPE_PRESSES, windowMs = ESCAPE_WINDOW_MS) {
    this.counter = new Counter(presses, windowMs);
  }

  /** `belongsElsewhere`: focus is in an editable field or a dialog is open, so Esc is theirs and never counts. */
  keydown(event: KeyInput, now: number, belongsElsewhere: boolean): SequenceStep {
    if (composing(event)) return NONE;
    if (event.key !== 'Escape' && event.key !== 'Esc') return this.counter.reset();
    if (event.repeat) return NONE;
    if (belongsElsewhere) return this.counter.reset();
    return this.counter.press(now);
  }

  reset(): SequenceStep {
    return this.counter.reset();
  }
}
