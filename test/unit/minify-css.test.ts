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
    `)).toBe('.a,.b{color:var(--x,#fff);margin:0 0 .5em}');
  });

  it('keeps the spaces that carry meaning', () => {
    // A descendant combinator before a pseudo-class, value lists, and media queries.
    expect(minifyCss('.item :focus-visible { outline: 3px solid red; }')).toBe('.item :focus-visible{outline:3px solid red}');
    expect(minifyCss('@media (forced-colors: active) { .a { color: LinkText; } }')).toBe(
      '@media (forced-colors:active){.a{color:LinkText}}',
    );
    expect(minifyCss(':host(:not([theme="light"])) .x > .y { gap: 0 0.75em; }')).toBe(':host(:not([theme=light])) .x > .y{gap:0 .75em}');
  });

  it('writes the same values shorter, and only where they mean the same', () => {
    expect(minifyCss('.a { margin: -0.5em 0.25em 10.5px 0; line-height: 1.5; }')).toBe('.a{margin:-.5em .25em 10.5px 0;line-height:1.5}');
    expect(minifyCss('.a { color: #FFFFFF; background: #1b1d21; border-color: #aabbcc; }')).toBe('.a{color:#FFF;background:#1b1d21;border-color:#abc}');
    expect(minifyCss('.a { width: 1px !important; }')).toBe('.a{width:1px!important}');
    // Quotes stay where the value is not a plain identifier (a space, a digit first, an empty value).
    expect(minifyCss(":host([theme='dark']) [data-x='a b'] [data-y='1a'] [data-z='']{color:red}")).toBe(
      ":host([theme=dark]) [data-x='a b'] [data-y='1a'] [data-z='']{color:red}",
    );
    // Names that hold digits are not numbers.
    expect(minifyCss('.x0.5 { --a-0.5: 0; }')).toBe('.x0.5{--a-0.5:0}');
  });
});
