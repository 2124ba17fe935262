/**
 * Where a listing comes from and when it was checked, the same way in every element: "Source: <title> (<publisher>),
 * verified <date>". A listing whose content is not yet confirmed by an independent source says so plainly: the
 * number is still the one the agency publishes, and the reader can weigh it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { safeHttpsUrl } from '../data/links.js';
import type { Resource } from '../data/types.js';
import { formatDate } from '../i18n/format.js';

/** "Not yet confirmed by an independent source.", for a listing, a number or a fact whose confidence is `seed`. */
export const unconfirmed = () => msg('Not yet confirmed by an independent source.', { id: 'source.unconfirmed' });

/**
 * A source's title or publisher: they name publications and agencies in their own language, English in our data, so
 * a screen reader on an Arabic page reads them with an English voice (WCAG 3.1.2), isolated from the text around.
 */
export const inEnglish = (text: unknown) => html`<bdi lang="en">${text}</bdi>`;

export function sourceLine(resource: Resource, locale: string) {
  const date = formatDate(resource.verified, locale);
  const source = resource.source;
  const url = safeHttpsUrl(source?.url);
  const title = inEnglish(url ? html`<a href=${url} rel="noopener noreferrer">${source!.title}</a>` : source?.title);
  const publisher = inEnglish(source?.publisher);
  return html`${source
    ? msg(html`Source: ${title} (${publisher}), verified ${date}`, { id: 'source.verified' })
    : msg(str`Verified ${date}`, { id: 'source.verified-only' })}${resource.confidence === 'seed' ? html`<br />${unconfirmed()}` : nothing}`;
}
