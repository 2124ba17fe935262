/**
 * The configurator's output: the HTML a partner pastes. Pure functions (no DOM), so unit tests can read every line.
 *
 * The fallback inside the element (shown when JavaScript is off or the script cannot load) lists the same call
 * lines the element would show, straight from the bundled data through the same selection code: numbers are never
 * typed by hand here.
 */
import { bundledData } from '../../src/data/bundled-data.js';
import { telHref } from '../../src/data/links.js';
import { pickText } from '../../src/data/localized-text.js';
import { normalizeRegion, parseTokens } from '../../src/data/regions.js';
import { selectResources } from '../../src/data/select.js';
import type { Dataset } from '../../src/data/types.js';

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
  text: string;
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

/** One plain `tel:` link per call channel the element would show for this region and these topics. */
export function fallbackLinks(region: string, topics: string, locale: string, data: Dataset = bundledData): FallbackLink[] {
  const links: FallbackLink[] = [];
  for (const resource of selectResources(data.resources, normalizeRegion(region), parseTokens(topics))) {
    for (const channel of resource.channels) {
      if (channel.kind !== 'call') continue;
      const href = telHref(channel.number);
      if (href) links.push({ href, text: `${pickText(resource.name, locale || 'en')}: ${channel.display}` });
    }
  }
  return links;
}

/** The call links of one resource, by id. */
export function lineFallbackLinks(id: string, locale: string, data: Dataset = bundledData): FallbackLink[] {
  const resource = data.resources.find((r) => r.id === id);
  if (!resource) return [];
  return resource.channels.flatMap((channel) => {
    const href = channel.kind === 'call' ? telHref(channel.number) : undefined;
    return href && channel.kind === 'call' ? [{ href, text: `${pickText(resource.name, locale || 'en')}: ${channel.display}` }] : [];
  });
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
    lines.push('  <!-- Shown only when JavaScript is off or the script cannot load. -->', '  <ul>');
    for (const link of links) lines.push(`    <li><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></li>`);
    lines.push('  </ul>');
  }
  lines.push(`</${tag}>`);
  return `${lines.join('\n')}\n`;
}
