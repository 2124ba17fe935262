/** The quick-exit shortcuts as pure logic, on a clock the test controls. */
import { describe, expect, it } from 'vitest';
import {
  ESCAPE_PRESSES,
  SHIFT_PRESSES,
  escapeSequence,
  shiftSequence,
  type KeyInput,
  type SequenceStep,
} from '../../src/quick-exit/shortcut-sequence.js';

/** A sequence's answer to one key event, spelled out so the assertions read as what a reader would notice. */
type Step = { kind: 'none' } | { kind: 'reset' } | { kind: 'progress'; pressed: number; remaining: number } | { kind: 'complete' };

/** Reads the machine's answer: the number of presses counted (see `SequenceStep`). */
function stepOf(pressed: SequenceStep, presses: number): Step {
  if (pressed === undefined) return { kind: 'none' };
  if (pressed === 0) return { kind: 'reset' };
  if (pressed >= presses) return { kind: 'complete' };
  return { kind: 'progress', pressed, remaining: presses - pressed };
}

/** Esc twice, answering in `Step`s. */
class EscapeSequence {
  private readonly sequence = escapeSequence();
  keydown(event: KeyInput, now: number, belongsElsewhere: boolean): Step {
    return stepOf(this.sequence.keydown(event, now, belongsElsewhere), ESCAPE_PRESSES);
  }
}

/** Replays key events the way a browser orders them, at times the test chooses. */
class Keyboard {
  now = 1000;
  readonly steps: Step[] = [];
  private shiftHeld = 0;
  private readonly shift = shiftSequence();

  down(key: string, extra: Partial<KeyInput> = {}) {
    if (key === 'Shift') this.shiftHeld++;
    this.steps.push(stepOf(this.shift.keydown({ key, shiftKey: this.shiftHeld > 0, ...extra }), SHIFT_PRESSES));
  }

  up(key: string, extra: Partial<KeyInput> = {}) {
    if (key === 'Shift') this.shiftHeld--;
    // A Shift keyup carries shiftKey only while the other Shift is still held.
    this.steps.push(stepOf(this.shift.keyup({ key, shiftKey: this.shiftHeld > 0, ...extra }, this.now), SHIFT_PRESSES));
  }

  tapShift(after = 200) {
    this.now += after;
    this.down('Shift');
    this.up('Shift');
  }

  /** Types text as people do: Shift held around capitals, released after the letter or (`early`) before it. */
  type(text: string, early = false) {
    for (const char of text) {
      this.now += 120;
      const capital = char !== char.toLowerCase();
      if (capital) this.down('Shift');
      this.down(char);
      if (capital && early) {
        this.up('Shift');
        this.up(char);
      } else {
        this.up(char);
        if (capital) this.up('Shift');
      }
    }
  }

  get completed() {
    return this.steps.filter((s) => s.kind === 'complete').length;
  }

  get progress() {
    return this.steps.filter((s) => s.kind === 'progress');
  }
}

describe('Shift three times', () => {
  it('completes on the third tap, reporting 2 and then 1 remaining', () => {
    const keys = new Keyboard();
    keys.tapShift();
    keys.tapShift();
    expect(keys.completed).toBe(0);
    keys.tapShift();
    expect(keys.progress.map((s) => (s.kind === 'progress' ? s.remaining : -1))).toEqual([2, 1]);
    expect(keys.completed).toBe(1);
  });

  it('accepts taps exactly 5 s apart and starts again after a gap longer than 5 s', () => {
    const keys = new Keyboard();
    keys.tapShift();
    keys.tapShift(5000);
    keys.tapShift(5000);
    expect(keys.completed).toBe(1);

    const slow = new Keyboard();
    slow.tapShift();
    slow.tapShift(4000);
    slow.tapShift(5001); // counts as a first press again
    expect(slow.completed).toBe(0);
    expect(slow.progress.at(-1)).toEqual({ kind: 'progress', pressed: 1, remaining: 2 });
    slow.tapShift(100);
    slow.tapShift(100);
    expect(slow.completed).toBe(1);
  });

  it('never completes while "Hello World From Ana" is typed, whichever key is released first', () => {
    for (const early of [false, true]) {
      const keys = new Keyboard();
      keys.type('Hello World From Ana', early);
      expect(keys.completed, `early release: ${early}`).toBe(0);
      expect(keys.progress, `early release: ${early}`).toEqual([]);
    }
  });

  it('does not count a Shift used for a capital right after two taps, and resets', () => {
    const keys = new Keyboard();
    keys.tapShift();
    keys.tapShift();
    keys.type('A');
    keys.tapShift();
    expect(keys.completed).toBe(0);
    expect(keys.steps.some((s) => s.kind === 'reset')).toBe(true);
  });

  it('resets on any other key, modifiers included', () => {
    for (const key of ['a', 'Enter', 'Tab', 'Control', 'Alt', 'Meta', 'ArrowDown', 'CapsLock']) {
      const keys = new Keyboard();
      keys.tapShift();
      keys.tapShift();
      keys.down(key);
      keys.up(key);
      keys.tapShift();
      expect(keys.completed, key).toBe(0);
      expect(keys.steps.filter((s) => s.kind === 'reset'), key).toHaveLength(1);
    }
  });

  it('keeps counting when Left and Right Shift overlap (GOV.UK #5393)', () => {
    const keys = new Keyboard();
    keys.tapShift();
    // Left down, Right down, Left up (carries Shift: Right is held), Right up.
    keys.now += 150;
    keys.down('Shift');
    keys.down('Shift');
    keys.up('Shift');
    keys.up('Shift');
    keys.tapShift();
    expect(keys.steps.some((s) => s.kind === 'reset')).toBe(false);
    expect(keys.completed).toBe(1);
  });

  it('does not count the other Shift tapped right after a capital typed with one Shift held', () => {
    const keys = new Keyboard();
    keys.now += 100;
    keys.down('Shift'); // left, held
    keys.down('A');
    keys.up('A'); // carries Shift
    keys.down('Shift'); // right
    keys.up('Shift');
    keys.up('Shift');
    expect(keys.progress).toEqual([]);
  });

  it('ignores keys that belong to an IME composition', () => {
    const keys = new Keyboard();
    keys.tapShift();
    keys.down('Process', { isComposing: true });
    keys.up('a', { isComposing: true });
    keys.tapShift();
    keys.tapShift();
    expect(keys.completed).toBe(1);
  });

  it('holding Shift (auto-repeat) and releasing counts once', () => {
    const keys = new Keyboard();
    keys.now += 100;
    keys.down('Shift');
    keys.down('Shift', { repeat: true });
    keys.down('Shift', { repeat: true });
    keys.up('Shift');
    expect(keys.progress).toEqual([{ kind: 'progress', pressed: 1, remaining: 2 }]);
  });
});

describe('Esc twice', () => {
  const esc = { key: 'Escape', shiftKey: false };

  it('completes on the second Esc within 1 s, not after a longer gap', () => {
    const sequence = new EscapeSequence();
    expect(sequence.keydown(esc, 0, false).kind).toBe('progress');
    expect(sequence.keydown(esc, 1000, false).kind).toBe('complete');

    const slow = new EscapeSequence();
    slow.keydown(esc, 0, false);
    expect(slow.keydown(esc, 1001, false).kind).toBe('progress');
  });

  it('never counts when Esc belongs to a field or a dialog, and another key resets', () => {
    const sequence = new EscapeSequence();
    sequence.keydown(esc, 0, false);
    expect(sequence.keydown(esc, 100, true).kind).toBe('reset');
    expect(sequence.keydown(esc, 200, false).kind).toBe('progress');
    sequence.keydown({ key: 'x', shiftKey: false }, 300, false);
    expect(sequence.keydown(esc, 400, false).kind).toBe('progress');
    expect(sequence.keydown({ ...esc, repeat: true }, 450, false).kind).toBe('none');
    expect(sequence.keydown(esc, 500, false).kind).toBe('complete');
  });
});
