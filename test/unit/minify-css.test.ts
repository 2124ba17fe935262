import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../vite.config.js';

// The build minifies our css`` literals (vite.config.ts); it must never change what a rule means.
describe('CSS literal minifier', () => {
  it('drops comments and layout whitespace', () => {
    expect(minifyCss(`
      /* why */
      .a,
      .b {
        color: var(--x, #fff);
        margin: 0 0 0.5em;
      }
    `)).toBe('.a,.b{color:var(--x,#fff);margin:0 0 0.5em}');
  });

  it('keeps the spaces that carry meaning', () => {
    // A descendant combinator before a pseudo-class, value lists, and media queries.
    expect(minifyCss('.item :focus-visible { outline: 3px solid red; }')).toBe('.item :focus-visible{outline:3px solid red}');
    expect(minifyCss('@media (forced-colors: active) { .a { color: LinkText; } }')).toBe(
      '@media (forced-colors:active){.a{color:LinkText}}',
    );
    expect(minifyCss(':host(:not([theme="light"])) .x > .y { gap: 0 0.75em; }')).toBe(':host(:not([theme="light"])) .x > .y{gap:0 0.75em}');
  });
});
