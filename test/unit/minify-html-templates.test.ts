import { describe, expect, it } from 'vitest';
import { collapseTemplateWhitespace, minifyHtmlTemplates, unquoteAttributeWords } from '../../scripts/minify-html-templates.mjs';

describe('minifyHtmlTemplates (build step for html`` and svg`` literals)', () => {
  it('drops line breaks and indents between tags, and at the ends of a template', () => {
    const code = 'const t = html`\n  <ul>\n    <li>One</li>\n    <li>Two</li>\n  </ul>\n`;';
    expect(minifyHtmlTemplates(code)).toBe('const t = html`<ul><li>One</li><li>Two</li></ul>`;');
  });

  it('keeps one space where text meets a tag, and between two expressions', () => {
    expect(collapseTemplateWhitespace('Source:\n    <a>', false, false)).toBe('Source: <a>');
    expect(collapseTemplateWhitespace('</a>\n  verified', false, false)).toBe('</a> verified');
    // `${a}\n  ${b}`: the middle part sits between two expressions and renders as a space.
    expect(collapseTemplateWhitespace('\n  ', true, true)).toBe(' ');
  });

  it('drops the run between a tag and an expression', () => {
    expect(minifyHtmlTemplates('html`<p>\n  ${x}\n</p>`')).toBe('html`<p>${x}</p>`');
  });

  it('like JSX, drops a line break between inline siblings: content that needs a space keeps it on one line', () => {
    expect(minifyHtmlTemplates('html`<p><b>Hours:</b>\n  ${hours}</p>`')).toBe('html`<p><b>Hours:</b>${hours}</p>`');
    expect(minifyHtmlTemplates('html`<p><b>Hours:</b> ${hours}</p>`')).toBeUndefined();
    expect(minifyHtmlTemplates('html`<a>Call</a>\n  <a>Text</a>`')).toBe('html`<a>Call</a><a>Text</a>`');
  });

  it('never touches spaces typed on one line, other tags, or CSS', () => {
    expect(minifyHtmlTemplates('html`<th>${a} ${b}</th>`')).toBeUndefined();
    expect(minifyHtmlTemplates('css`\n  .a {\n  }\n`; other`\n <b>\n`')).toBeUndefined();
  });

  it('rewrites nested templates inside expressions too', () => {
    const code = 'html`<ul>\n  ${items.map((i) => html`\n    <li>${i}</li>\n  `)}\n</ul>`';
    expect(minifyHtmlTemplates(code)).toBe('html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`');
  });

  it('turns a line break inside a tag into a space between attributes, and drops it before >', () => {
    expect(minifyHtmlTemplates('html`<a\n    class="x y"\n    href=${h}\n  >go</a>`')).toBe('html`<a class="x y" href=${h}>go</a>`');
  });

  it('drops the quotes of a one-word attribute value, and only there', () => {
    expect(minifyHtmlTemplates('html`<p class="status" part="status" role="status">${x}</p>`')).toBe(
      'html`<p class=status part=status role=status>${x}</p>`',
    );
    // Several words, a value an expression completes, a `/` after it, odd characters, text: quoted as written.
    expect(unquoteAttributeWords('<li class="item item--x" part="item')).toBe('<li class="item item--x" part="item');
    expect(unquoteAttributeWords('<br class="x"/>')).toBe('<br class="x"/>');
    expect(unquoteAttributeWords('<a rel="noopener noreferrer" dir="ltr">')).toBe('<a rel="noopener noreferrer" dir=ltr>');
    expect(unquoteAttributeWords('<b data-x="a.b" title="Go!">')).toBe('<b data-x="a.b" title="Go!">');
    expect(unquoteAttributeWords('<span lang="en">${x}</span> said "yes"')).toBe('<span lang=en>${x}</span> said "yes"');
  });
});
