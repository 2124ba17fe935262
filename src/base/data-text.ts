import { html, type TemplateResult } from 'lit';
import { pickTextAndTag } from '../data/localized-text.js';
import { isRtl } from '../i18n/localization.js';
import type { LocalizedText } from '../data/types.js';

/**
 * Data text for a text position in a template. Text in the reader's language is a plain string; text that fell back
 * to another language (a partner file with only English, on a Spanish page) comes in a `<span lang>`, so a screen
 * reader reads it with the right voice (WCAG 3.1.2, language of parts), and its own direction, so English inside an
 * Arabic panel keeps its punctuation at its own end.
 *
 * Partner text never reorders ours (issue 13). Where data text shares a line with our words it is isolated in the
 * message itself (`Source: <bdi>${title}</bdi> (<bdi>${publisher}</bdi>), verified ${date}`, the citations, the chart
 * caption); everywhere else it is alone in its block (a heading, a paragraph, a flex item), and a block ends every
 * override. A plain string costs no element here: a thousand listings render as fast as before. The browser test
 * `test/browser/hostile-inputs.test.ts` puts an override at the end of every data text and measures that each of
 * our words still reads left to right.
 */
export function dataText(text: LocalizedText | undefined, locale: string): string | TemplateResult | undefined {
  const picked = pickTextAndTag(text, locale);
  if (!picked) return undefined;
  const [value, tag] = picked;
  // Found along the reader's own tag (`es` for `es-MX`): the same language.
  return locale === tag || locale.startsWith(`${tag}-`) ? value : html`<span lang=${tag} dir=${isRtl(tag) ? 'rtl' : 'ltr'}>${value}</span>`;
}
