import { describe, expect, it } from 'vitest';
import { html as litHtml, nothing as litNothing } from 'lit';
import { msg as litMsg, str as litStr } from '@lit/localize';
import { html, msg, nothing, str } from '../../src/i18n/lazy-tags.js';

// The picker's chunk uses these instead of Lit's and lit-localize's (see vite.config.ts): they must be indistinguishable.
describe('lazy view template tags', () => {
  it('html makes the same template result as Lit', () => {
    const place = 'Texas';
    expect(html`<option>${place}</option>`).toEqual(litHtml`<option>${place}</option>`);
  });

  it('nothing is the very same value as Lit’s', () => {
    expect(nothing).toBe(litNothing);
  });

  it('msg calls the page’s configured msg, recorded on the localization state', () => {
    const key = Symbol.for('heat-widgets.localization');
    const global = globalThis as unknown as Record<symbol, unknown>;
    const before = global[key];
    const calls: unknown[][] = [];
    global[key] = { msg: (...args: unknown[]) => (calls.push(args), 'translated') };
    try {
      const template = str`Showing ${'7'} lines for ${'Texas'}`;
      expect(msg(template, { id: 'picker.showing-other' })).toBe('translated');
      expect(calls).toEqual([[template, { id: 'picker.showing-other' }]]);
      expect(template).toEqual(litStr`Showing ${'7'} lines for ${'Texas'}`);
      // With the real one recorded, the result is lit-localize's own.
      global[key] = { msg: litMsg };
      expect(msg(str`All of ${'California'}`, { id: 'picker.all-of-state' })).toBe(litMsg(litStr`All of ${'California'}`, { id: 'picker.all-of-state' }));
    } finally {
      global[key] = before;
    }
  });

  it('msg shows the English source when an older copy owns localization and offers no msg', () => {
    const key = Symbol.for('heat-widgets.localization');
    const global = globalThis as unknown as Record<symbol, unknown>;
    const before = global[key];
    global[key] = { getLocale: () => 'en' };
    try {
      expect(msg('Where are you?', { id: 'picker.where' })).toBe('Where are you?');
      expect(msg(str`Showing ${7} lines for ${'Texas'}`, { id: 'picker.showing-other' })).toBe('Showing 7 lines for Texas');
    } finally {
      global[key] = before;
    }
  });
});
