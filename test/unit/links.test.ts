import { describe, expect, it } from 'vitest';
import { channelHref, isAllowedHref, safeHttpsUrl, smsHref, telHref } from '../../src/data/links.js';

describe('link allow-list', () => {
  it('makes tel: and sms: links from E.164 numbers and short codes', () => {
    expect(telHref('+18883737888')).toBe('tel:+18883737888');
    expect(telHref('911')).toBe('tel:911');
    expect(smsHref('233733')).toBe('sms:233733');
  });

  it('puts a keyword in the message body, encoded', () => {
    expect(smsHref('988', 'HELLO')).toBe('sms:988?body=HELLO');
    expect(smsHref('988', 'HOLA AMIGO')).toBe('sms:988?body=HOLA%20AMIGO');
  });

  it('refuses keywords that would add URL parameters', () => {
    expect(smsHref('988', 'HELP&body=evil')).toBeUndefined();
    expect(smsHref('988', 'a?b')).toBeUndefined();
  });

  it('refuses anything that is not a dialable number', () => {
    for (const bad of ['javascript:alert(1)', '1-888-373-7888', '+0123', '12', '+1888373788812345678', '']) {
      expect(telHref(bad), bad).toBeUndefined();
      expect(smsHref(bad), bad).toBeUndefined();
    }
  });

  it('allows only https: web links, without credentials', () => {
    expect(safeHttpsUrl('https://humantraffickinghotline.org')).toBe('https://humantraffickinghotline.org');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://example.org/',
      '//example.org/',
      '/relative',
      'https://user:pass@example.org/',
      'vbscript:msgbox(1)',
      'https:example.org',
      'https:/example.org',
    ]) {
      expect(safeHttpsUrl(bad), bad).toBeUndefined();
    }
  });

  it('makes mailto: only from plain addresses', () => {
    expect(channelHref({ kind: 'email', address: 'help@example.org' })).toBe('mailto:help@example.org');
    expect(channelHref({ kind: 'email', address: 'a@b.c?body=<script>' })).toBeUndefined();
    expect(channelHref({ kind: 'email', address: 'javascript:alert(1)//@x.y' })).toBeUndefined();
    expect(channelHref({ kind: 'email', address: 'help@org.example?bcc=watcher%40evil.example' })).toBeUndefined();
    expect(channelHref({ kind: 'email', address: 'help@org.example?body=hi&cc=x@y.z' })).toBeUndefined();
  });

  it('recognises only the four allowed schemes at render time', () => {
    expect(isAllowedHref('tel:+18883737888')).toBe(true);
    expect(isAllowedHref('sms:233733')).toBe(true);
    expect(isAllowedHref('https://x.org/')).toBe(true);
    expect(isAllowedHref('mailto:a@b.org')).toBe(true);
    expect(isAllowedHref('javascript:alert(1)')).toBe(false);
    expect(isAllowedHref('http://x.org/')).toBe(false);
  });
});
