/**
 * The only way a link target is made. Only `tel:`, `sms:`, `https:` and `mailto:` ever reach an `href`; anything else
 * (including `javascript:`, `data:` and plain `http:`) yields `undefined`, and the caller renders no link.
 */
import type { Channel, DialString } from './types.js';

/** E.164 (`+18883737888`) or a short code / service number of 3 to 8 digits (`911`, `233733`). */
export const DIAL_PATTERN = /^(\+[1-9][0-9]{6,14}|[0-9]{3,8})$/;
/** Keywords are plain words services match literally; nothing that could smuggle extra URL parameters. */
export const KEYWORD_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u;
// No `?`, `&`, `=`, `%` or `/`: a hidden `?bcc=` would copy a reader's message to a stranger.
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"?&=%/]+@[^\s@<>()[\]\\,;:"?&=%/]+\.[^\s@<>()[\]\\,;:"?&=%/]+$/;

export function isDialString(value: unknown): value is DialString {
  return typeof value === 'string' && DIAL_PATTERN.test(value);
}

export function isE164(value: string): boolean {
  return /^\+[1-9][0-9]{6,14}$/.test(value);
}

/** Returns the URL as written when it is an absolute `https:` URL without credentials; otherwise undefined. */
export function safeHttpsUrl(value: unknown): string | undefined {
  // No whitespace or control characters: the URL parser would strip them, and what we check must be what we emit.
  if (typeof value !== 'string' || value.length > 2048 || /[\s\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  // `https:example.org` parses, but in a page's href it is a relative path: demand the `//`.
  if (!/^https:\/\//i.test(value)) return undefined;
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return undefined;
  return value;
}

export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL_PATTERN.test(value);
}

export function telHref(number: DialString): string | undefined {
  return isDialString(number) ? `tel:${number}` : undefined;
}

export function smsHref(number: DialString, keyword?: string): string | undefined {
  if (!isDialString(number)) return undefined;
  if (keyword === undefined) return `sms:${number}`;
  if (!KEYWORD_PATTERN.test(keyword)) return undefined;
  return `sms:${number}?body=${encodeURIComponent(keyword)}`;
}

/** The `href` for a channel, or undefined when it cannot be made safe. */
export function channelHref(channel: Channel): string | undefined {
  switch (channel.kind) {
    case 'call':
    case 'tty':
      return telHref(channel.number);
    case 'text':
      return smsHref(channel.number, channel.keyword);
    case 'web':
      return safeHttpsUrl(channel.url);
    case 'email':
      return isEmailAddress(channel.address) ? `mailto:${channel.address}` : undefined;
  }
}

/** Last line of defence at render time: the scheme of any href we emit. */
export function isAllowedHref(href: string): boolean {
  return /^(tel:|sms:|https:\/\/|mailto:)/i.test(href);
}

/**
 * Where a quick exit may go: an absolute `https:` URL without credentials, or a URL on the page's own origin (a
 * partner's session-clearing path such as `/logout?next=…`). Returns the resolved URL, or undefined.
 */
export function safeExitUrl(value: unknown, pageUrl: string): string | undefined {
  if (typeof value !== 'string' || value.length > 2048 || /[\s\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  let page: URL;
  try {
    url = new URL(value, pageUrl);
    page = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  // The help page itself is no exit ("#" and "#top" are common placeholders): it would reload the page, or stay on it
  // under the cover.
  const sameDocument = (u: URL) => u.origin + u.pathname + u.search;
  if (sameDocument(url) === sameDocument(page)) return undefined;
  if (url.protocol === 'https:' && url.hostname) return url.href;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === page.origin) return url.href;
  return undefined;
}
