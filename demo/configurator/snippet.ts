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
import { ourLineRegion, regionChain } from '../../src/data/region-index.js';
import { normalizeRegion, parseTokens, regionCovers } from '../../src/data/regions.js';
import { isEmergency, selectResources } from '../../src/data/select.js';
import { isRtl } from '../../src/i18n/resolve-locale.js';
import type { Dataset, Resource } from '../../src/data/types.js';

export interface Release {
  name: string;
  version: string;
  /** `sha384-…` of `dist/heat-widgets.iife.js`, or null when it has not been built. */
  integrity: string | null;
  /**
   * `sha384-…` of every script file in the built `dist/` (`dist/esm/` excepted), by path relative to `dist/`
   * (`regions/us-tx.js`), computed from the files at build time (scripts/release-info.mjs); empty before a build.
   */
  scriptFiles?: Record<string, string>;
  /** For each script file, the script files it names and so may load (region files, whose names are built at run time, excepted). */
  scriptLoads?: Record<string, string[]>;
  /** Where `dist/` is, relative to the configurator page (`../dist/` in the built site). */
  distPath?: string;
}

/**
 * Where the snippet loads the script from: `site` is the host serving this configurator (`npm run build:site` puts
 * `dist/` beside it), which works before the package is published; the CDNs serve the published npm package.
 */
export type ScriptSource = 'site' | 'jsdelivr' | 'unpkg' | 'self';

/**
 * `pinned`: this version's files, each integrity-checked where the browser can, so a changed file is refused and the
 * numbers stay those of this version until a new snippet is pasted. `major`: the current release of this major
 * version (on the CDNs) or whatever the host serves now (this site), so corrected numbers arrive without a new
 * snippet, and nothing is integrity-checked.
 */
export type UpdatePolicy = 'pinned' | 'major';

/** A classic `<script src>` (any page), or `<script type="module">`. */
export type ScriptFormat = 'classic' | 'module';

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
  /** Default `pinned`. Not used for `self`, whose files we cannot know. */
  updates?: UpdatePolicy;
  /** Default `classic`. */
  format?: ScriptFormat;
  /** The absolute URL of `dist/` on the host serving the configurator, ending in `/` (for `script: 'site'`). */
  siteDistUrl?: string;
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

/** The file in `dist/` the snippet loads: the classic script, or the element's own module entry when the build has one. */
export function entryFile(options: Pick<SnippetOptions, 'tag' | 'format' | 'release'>): string {
  if ((options.format ?? 'classic') === 'classic') return 'heat-widgets.iife.js';
  const own = `${options.tag}.js`;
  return options.release.scriptFiles?.[own] ? own : 'heat-widgets.js';
}

/** The address of `dist/` for a hosted source (a CDN pinned to this version or to its major version, or this site). */
export function distUrl(options: Pick<SnippetOptions, 'script' | 'updates' | 'siteDistUrl' | 'release'>): string | undefined {
  const { name, version } = options.release;
  const at = (options.updates ?? 'pinned') === 'pinned' ? version : version.split('.')[0];
  switch (options.script) {
    case 'site':
      return options.siteDistUrl ?? '/dist/';
    case 'jsdelivr':
      return `https://cdn.jsdelivr.net/npm/${name}@${at}/dist/`;
    case 'unpkg':
      return `https://unpkg.com/${name}@${at}/dist/`;
    case 'self':
      return undefined;
  }
}

/** The URL of the script the snippet loads: on this site, on a public CDN, or the self-hosted one. */
export function scriptUrl(options: Pick<SnippetOptions, 'script' | 'updates' | 'siteDistUrl' | 'selfHostedUrl' | 'release' | 'tag' | 'format'>): string {
  const base = distUrl(options);
  if (base === undefined) return options.selfHostedUrl?.trim() || `/heat-widgets/dist/${entryFile(options)}`;
  return `${base}${entryFile(options)}`;
}

/** The state and county files a page with this element and these attributes loads (`regions/<code>.js`). */
function regionFiles(attributes: [string, string | null][]): string[] {
  const attribute = (wanted: string) => attributes.find(([name]) => name === wanted)?.[1] ?? '';
  const region = attribute('region') ? normalizeRegion(attribute('region')) : attribute('line') ? ourLineRegion(attribute('line')) : undefined;
  return regionChain(region ?? 'us')
    .filter((code) => code !== 'us')
    .map((code) => `regions/${code}.js`);
}

/**
 * The integrity of the entry (for its `integrity` attribute) and of every other script file this snippet can load
 * (for an import map): the chunks the entry names (languages, partner-data loader, shared code) and the region's
 * files. Empty when the snippet is not pinned or the build's hashes are not known.
 */
export function snippetIntegrity(options: SnippetOptions): { entry?: string; imports: [url: string, hash: string][] } {
  const base = distUrl(options);
  const files = options.release.scriptFiles ?? {};
  const entry = entryFile(options);
  if (base === undefined || (options.updates ?? 'pinned') !== 'pinned') return { imports: [] };
  const hash = files[entry] ?? (entry === 'heat-widgets.iife.js' ? options.release.integrity ?? undefined : undefined);
  // With the picker, the reader may choose any state or county: every region file must be checked, not only the
  // starting region's (a tampered file would otherwise show a wrong number to a reader who picks that place).
  const picker = options.attributes.some(([name]) => name === 'picker');
  const regions = picker ? Object.keys(files).filter((path) => path.startsWith('regions/')).sort() : regionFiles(options.attributes);
  const loads = [...(options.release.scriptLoads?.[entry] ?? []), ...regions];
  const imports = [...new Set(loads)].filter((path) => files[path]).map((path): [string, string] => [`${base}${path}`, files[path]]);
  return { entry: hash, imports };
}

/** An import map that carries only integrity: one `"url": "sha384-…"` a line. `<` is escaped so no URL can end the script. */
export function integrityImportMap(imports: [string, string][]): string {
  const lines = imports.map(([url, hash]) => `  ${JSON.stringify(url)}: ${JSON.stringify(hash)}`.replace(/</g, '\\u003c'));
  return `<script type="importmap">\n{"integrity": {\n${lines.join(',\n')}\n}}\n</script>`;
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
  const { tag, attributes, locale } = options;
  const format = options.format ?? 'classic';
  const integrity = snippetIntegrity(options);
  const scriptAttributes: [string, string | null][] = [];
  if (format === 'module') scriptAttributes.push(['type', 'module']);
  scriptAttributes.push(['src', scriptUrl(options)]);
  if (integrity.entry) {
    scriptAttributes.push(['integrity', integrity.entry]);
    // A classic script from another origin is checked only when fetched with CORS; a module always is.
    if (format === 'classic') scriptAttributes.push(['crossorigin', 'anonymous']);
  }
  if (locale) scriptAttributes.push(['data-heat-locale', locale]);
  // A module script is deferred already.
  if (format === 'classic') scriptAttributes.push(['defer', null]);
  const renderAttrs = (list: [string, string | null][]) =>
    list.map(([name, value]) => (value === null ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');

  const lines: string[] = [];
  if (integrity.imports.length) {
    // Before the script: a browser may ignore an import map that arrives after its first module load.
    lines.push('<!-- Integrity of the files the script loads (languages, regions): browsers that check it refuse a changed file. -->');
    lines.push(integrityImportMap(integrity.imports));
  }
  lines.push(`<script${renderAttrs(scriptAttributes)}></script>`, `<${tag}${renderAttrs(attributes)}>`);
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
