import { describe, expect, it } from 'vitest';
import { html as litHtml } from 'lit';
import { str as litStr } from '@lit/localize';
import { html, str } from '../../src/i18n/locale-tags.js';

// The locale chunks use these tags instead of Lit's (see vite.config.ts): their results must be indistinguishable.
describe('locale template tags', () => {
  it('html makes the same template result as Lit', () => {
    const number = '1-888-373-7888';
    expect(html`Llame al ${number}`).toEqual(litHtml`Llame al ${number}`);
    expect(Object.keys(html`a`).sort()).toEqual(Object.keys(litHtml`a`).sort());
  });

  it('str makes the same result as lit-localize', () => {
    expect(str`Idiomas: ${'inglés'}`).toEqual(litStr`Idiomas: ${'inglés'}`);
  });
});
