import { html, type TemplateResult } from 'lit';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Parses the `heading-level` attribute: 1-6, anything else gives 2. */
export function toHeadingLevel(value: unknown): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level > 0 && level < 7 ? (level as HeadingLevel) : 2;
}

/**
 * A real `<h1>`-`<h6>` at a level the host page chooses, since the page owns its outline. Written out per level
 * because static tag names in Lit need `unsafeStatic`, which we never use. `level` is already valid (`toHeadingLevel`).
 */
export function heading(level: HeadingLevel, content: unknown, id: string, part = 'heading'): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part} class="heading">${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class="heading">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class="heading">${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class="heading">${content}</h6>`;
  }
}
