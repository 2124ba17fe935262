import { warnOnce } from './warn-once.js';

/**
 * Guarded, versioned registration. The same script can end up on a page twice (a CMS block pasted twice, a theme
 * and a plugin each adding it, the module and the classic build together). The first definition wins; later ones
 * do not throw, and the page gets one warning in all, with both versions, however many copies and elements there are.
 */
export const VERSION = '0.1.0';

export function defineElement(tag: string, constructor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  warnOnce(
    'define',
    `heat-widgets: included more than once on this page: <${tag}> is already defined (version ${existing.version ?? 'unknown'}); ` +
      `this copy (version ${constructor.version ?? VERSION}) was not registered. Include the script once per page.`,
  );
}
