/**
 * The configurator's output: the HTML a partner pastes. Pure functions (no DOM), so unit tests can read every line.
 *
 * The fallback inside the element (shown when JavaScript is off or the script cannot load) lists the same call
 * lines the element would show, straight from the bundled data through the same selection code: numbers are never
 * typed by hand here. The notes that must stay with a line ("This line does not take reports…", "dial 711 first")
 * go with it, and a banner's fallback keeps the emergency line the banner shows. Text is the data's, in the chosen
 * locale where its data text is loaded (the configurator waits for it), else English.
 */
import { allData } from './all-regions.js';
import { telHref } from '../../src/data/links.js';
import { pickText } from '../../src/data/localized-text.js';
import { normalizeRegion, parseTokens, regionCovers } from '../../src/data/regions.js';
import { isEmergency, selectResources } from '../../src/data/select.js';
import { isRtl } from '../../src/i18n/resolve-locale.js';
import type { Dataset, Resource } from '../../src/data/types.js';

export interface Release {
  name: string;
  version: string;
  /** `sha384-…` of `dist/heat-widgets.iife.js`, or null when it has not been built. */
  integrity: string | null;
}

export type ScriptSource = 'jsdelivr' | 'unpkg' | 'self';

export interface SnippetOptions {
  tag: string;
  /** Attribute name -> value (null: a boolean attribute, written bare); empty values and defaults are left out. */
  attributes: [string, string | null][];
  /**
   * What the no-JavaScript fallback lists: the call lines for `region` and `topics` (a list of lines), the call
   * lines of the one `line` (a banner for one line), or nothing (elements that show no lines). Default `region`.
   */
  fallback?: 'region' | 'line' | 'none';
  /** A supported locale, or '' to follow the page's language. */
  locale: string;
  script: ScriptSource;
  /** Where a self-hosted copy of `dist/` lives (for `script: 'self'`). */
  selfHostedUrl?: string;
  release: Release;
}

export interface FallbackLink {
  href: string;
  /** Whom the number reaches, in the chosen language where the data has it. */
  name: string;
  /** The number as written ("1-888-373-7888"): data, never translated. */
  number: string;
  /** A number for deaf and hard-of-hearing callers using a text telephone. */
  tty: boolean;
  /** What must be read with this number: the line's own note (with its first number), then the number's. */
  notes: string[];
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The pinned URL of the classic script on a public CDN, or the self-hosted one. */
export function scriptUrl(options: Pick<SnippetOptions, 'script' | 'selfHostedUrl' | 'release'>): string {
  const { name, version } = options.release;
  switch (options.script) {
    case 'jsdelivr':
      return `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/heat-widgets.iife.js`;
    case 'unpkg':
      return `https://unpkg.com/${name}@${version}/dist/heat-widgets.iife.js`;
    case 'self':
      return options.selfHostedUrl?.trim() || '/heat-widgets/dist/heat-widgets.iife.js';
  }
}

/**
 * One link per call and TTY channel of `resource`, each with what must stay with it: the line's note, office hours
 * (never "24/7", which every such line is unless it says otherwise) and the channel's own note ("For Oahu.").
 */
function callLinks(resource: Resource, locale: string): FallbackLink[] {
  const name = pickText(resource.name, locale);
  const lineNote = pickText(resource.note, locale);
  const links: FallbackLink[] = [];
  for (const channel of resource.channels) {
    if (channel.kind !== 'call' && channel.kind !== 'tty') continue;
    const href = telHref(channel.number);
    if (!href) continue;
    const hours = typeof channel.hours === 'object' ? pickText(channel.hours, locale) : undefined;
    const notes = [links.length === 0 ? lineNote : undefined, hours, pickText(channel.note, locale)];
    links.push({ href, name, number: channel.display, tty: channel.kind === 'tty', notes: notes.filter((n): n is string => Boolean(n)) });
  }
  return links;
}

/** One plain `tel:` link per call channel the element would show for this region and these topics. */
export function fallbackLinks(region: string, topics: string, locale: string, data: Dataset = allData): FallbackLink[] {
  const resources = selectResources(data.resources, normalizeRegion(region), parseTokens(topics));
  return resources.flatMap((resource) => callLinks(resource, locale || 'en'));
}

/**
 * The call links of one resource, by id, then the emergency line that covers its region, as `<tip-line-banner>`
 * shows it ("In immediate danger? Call 911"), taken from the data like every other number.
 */
export function lineFallbackLinks(id: string, locale: string, data: Dataset = allData): FallbackLink[] {
  const resource = data.resources.find((r) => r.id === id);
  if (!resource) return [];
  const links = callLinks(resource, locale || 'en');
  const emergency = isEmergency(resource)
    ? undefined
    : data.resources.find((r) => isEmergency(r) && regionCovers(r.region, resource.region) && r.channels.some((c) => c.kind === 'call'));
  if (emergency) links.push(...callLinks(emergency, locale || 'en'));
  return links;
}

export function buildSnippet(options: SnippetOptions): string {
  const { tag, attributes, locale, release } = options;
  const pinned = options.script !== 'self';
  const scriptAttributes: [string, string | null][] = [['src', scriptUrl(options)]];
  if (pinned && release.integrity) {
    scriptAttributes.push(['integrity', release.integrity], ['crossorigin', 'anonymous']);
  }
  if (locale) scriptAttributes.push(['data-heat-locale', locale]);
  scriptAttributes.push(['defer', null]);
  const renderAttrs = (list: [string, string | null][]) =>
    list.map(([name, value]) => (value === null ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');

  const lines = [`<script${renderAttrs(scriptAttributes)}></script>`, `<${tag}${renderAttrs(attributes)}>`];
  const attribute = (wanted: string) => attributes.find(([name]) => name === wanted)?.[1] ?? '';
  const fallback = options.fallback ?? 'region';
  const links =
    fallback === 'region'
      ? fallbackLinks(attribute('region') || 'us', attribute('topics'), locale)
      : fallback === 'line' && attribute('line')
        ? lineFallbackLinks(attribute('line'), locale)
        : [];
  if (links.length) {
    // The list is in the chosen language, whatever the page's is.
    const language = locale ? ` lang="${escapeHtml(locale)}"${isRtl(locale) ? ' dir="rtl"' : ''}` : '';
    lines.push('  <!-- Shown when JavaScript is off, the script cannot load, or while the region\'s lines load. -->', `  <ul${language}>`);
    for (const link of links) {
      const notes = link.notes.length ? `<br>${escapeHtml(link.notes.join(' '))}` : '';
      // The name is isolated from what follows it, and the number reads left to right in every script: without the
      // isolation an Arabic page shows "1-888-373-7888" as "7888-373-888-1".
      const number = `<span dir="ltr">${escapeHtml(link.number)}</span>`;
      lines.push(`    <li><a href="${escapeHtml(link.href)}"><bdi>${escapeHtml(link.name)}</bdi>: ${link.tty ? 'TTY ' : ''}${number}</a>${notes}</li>`);
    }
    lines.push('  </ul>');
  }
  lines.push(`</${tag}>`);
  return `${lines.join('\n')}\n`;
}
