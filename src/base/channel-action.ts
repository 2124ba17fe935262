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
import { unconfirmed } from './source-line.js';
import type { Channel, Hours, NumberChannel, Schedule } from '../data/types.js';
import { formatLanguages } from '../i18n/format.js';

/** A number, keyword or address: always left to right, whatever the language around it. */
const ltr = (value: string) => html`<span class="ltr" dir="ltr">${value}</span>`;

/** The visible label of a channel's action: the message itself, with no wrapper template of its own. */
export function channelLabel(channel: Channel, locale: string): TemplateResult | string {
  switch (channel.kind) {
    case 'call':
      return msg(html`Call ${ltr(channel.display)}`, { id: 'action.call' });
    case 'tty':
      return msg(html`TTY ${ltr(channel.display)}`, { id: 'action.tty' });
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

/**
 * For a line with office hours: "Open now" or "Closed now" where the schedule is published (`open`, judged by the
 * caller on the line's own clock), and always the number to call when it is closed: holidays are not in the
 * schedule, so "usually open now" is what the published hours say, and the alternative stays in sight.
 */
function availability(channel: NumberChannel, siblings: readonly Channel[], open: boolean | undefined) {
  const after = channel.afterHours && siblings.find((c): c is NumberChannel => 'display' in c && c.number === channel.afterHours);
  return html`${open === undefined
    ? nothing
    : html`<span class="detail">${open
        ? msg('Usually open now', { id: 'hours.open-now' })
        : msg('Closed now', { id: 'hours.closed-now' })}</span>`}${after
    ? html`<span class="detail">${msg(html`When closed, call ${ltr(after.display)}`, { id: 'hours.after-hours' })}</span>`
    : nothing}`;
}

/**
 * Hours, availability, languages and notes of a channel, as short facts under its action. `siblings` are the
 * listing's channels, where an after-hours number is looked up; `isOpen` judges a published schedule (absent where
 * nothing on the page can: the judge loads with state and county data).
 */
export function channelDetails(
  channel: Channel,
  locale: string,
  siblings: readonly Channel[] = [],
  isOpen?: (schedule: Schedule) => boolean,
): TemplateResult | typeof nothing {
  const dial = 'display' in channel;
  const hours = dial ? hoursText(channel.hours, locale) : undefined;
  const languages = channel.languages?.length ? formatLanguages(channel.languages, locale) : undefined;
  const note = dataText(channel.note, locale);
  const tty = channel.kind === 'tty';
  const open = dial && channel.schedule && isOpen ? isOpen(channel.schedule) : undefined;
  const officeHours = dial && (open !== undefined || channel.afterHours);
  // A number checked less far than its listing (a seed alternate of a confirmed line) says so beside it.
  const seed = channel.confidence === 'seed';
  if (!hours && !languages && !note && !tty && !officeHours && !seed) return nothing;
  return html`<p class="channel-details" part="channel-details">
    <span class="detail" ?hidden=${!hours}>${hours}</span>
    ${officeHours ? availability(channel, siblings, open) : nothing}
    ${tty ? html`<span class="detail">${msg('For deaf and hard-of-hearing callers', { id: 'channel.tty' })}</span>` : nothing}
    ${languages ? html`<span class="detail">${msg(str`Languages: ${languages}`, { id: 'channel.languages' })}</span>` : nothing}
    ${note ? html`<span class="detail detail--note">${note}</span>` : nothing}
    ${seed ? html`<span class="detail">${unconfirmed()}</span>` : nothing}
  </p>`;
}
