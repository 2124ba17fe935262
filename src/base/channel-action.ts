/**
 * One action link per contact channel, shared by every element that offers a way to reach someone.
 *
 * The visible label ("Call 1-888-373-7888") starts the accessible name, and a visually hidden suffix says whom you
 * reach (" (National Human Trafficking Hotline)"), so voice-control users can say what they see (WCAG 2.5.3) and
 * screen-reader users hear where the link goes. Numbers and keywords are placeholders in the messages: translators
 * move them, never change them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { channelHref, isAllowedHref } from '../data/links.js';
import { dataText } from './data-text.js';
import type { Channel, Hours } from '../data/types.js';
import { formatLanguages } from '../i18n/format.js';

/** The visible label of a channel's action: the message itself, with no wrapper template of its own. */
export function channelLabel(channel: Channel, locale: string): TemplateResult | string {
  const ltr = (value: string) => html`<span class="ltr" dir="ltr">${value}</span>`;
  switch (channel.kind) {
    case 'call':
      return msg(html`Call ${ltr(channel.display)}`, { id: 'action.call' });
    case 'text':
      return channel.keyword
        ? msg(html`Text ${ltr(channel.keyword)} to ${ltr(channel.display)}`, { id: 'action.text-keyword' })
        : msg(html`Text ${ltr(channel.display)}`, { id: 'action.text' });
    case 'web':
      return dataText(channel.label, locale) ?? msg('Visit the website', { id: 'action.web' });
    case 'email':
      return msg(html`Email ${ltr(channel.address)}`, { id: 'action.email' });
  }
}

/**
 * An action link for `channel`, or nothing when its target is not an allowed, well-formed link. `whom` is the line's
 * name, as a string or as `dataText()` (which marks a name in another language).
 */
export function channelAction(channel: Channel, whom: string | TemplateResult | undefined, locale: string, part = 'action'): TemplateResult | typeof nothing {
  const href = channelHref(channel);
  if (!href || !isAllowedHref(href)) return nothing;
  const external = channel.kind === 'web';
  return html`<a
    class="action action--${channel.kind}"
    part="${part} ${part}-${channel.kind}"
    href=${href}
    rel=${external ? 'noopener noreferrer' : nothing}
    ><span>${channelLabel(channel, locale)}</span><span class="visually-hidden"> (${whom})</span></a
  >`;
}

/** "Open 24 hours, every day", or the published hours; nothing when the sources publish none. */
export function hoursText(hours: Hours | undefined, locale: string): string | TemplateResult | undefined {
  if (!hours) return undefined;
  // "24/7" is data, like every number: a placeholder translators move but never retype.
  if (hours === '24/7') return msg(str`Open ${hours}`, { id: 'hours.always' });
  return dataText(hours, locale);
}

/** Hours and languages of a channel, as short facts under its action. */
export function channelDetails(channel: Channel, locale: string): TemplateResult | typeof nothing {
  const hours = channel.kind === 'call' || channel.kind === 'text' ? hoursText(channel.hours, locale) : undefined;
  const languages = channel.languages?.length ? formatLanguages(channel.languages, locale) : undefined;
  const note = dataText(channel.note, locale);
  if (!hours && !languages && !note) return nothing;
  return html`<p class="channel-details" part="channel-details">
    <span class="detail" ?hidden=${!hours}>${hours}</span>
    ${languages ? html`<span class="detail">${msg(str`Languages: ${languages}`, { id: 'channel.languages' })}</span>` : nothing}
    ${note ? html`<span class="detail detail--note">${note}</span>` : nothing}
  </p>`;
}
