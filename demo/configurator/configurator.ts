/**
 * The configurator: pick an element and its options, see the real element, copy a snippet.
 *
 * Every element and option comes from `custom-elements.json` (an element another engineer adds appears here with
 * its attributes); regions and topics come from the bundled data. Rendered with Lit into the page's light DOM so
 * that the page's styles, axe and the keyboard see ordinary form controls.
 */
import { html, nothing, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { setHeatLocale } from '../../src/index.js';
import { bundledData } from '../../src/data/bundled-data.js';
import { allData, allRegions } from './all-regions.js';
import { reviewStatus } from '../../src/i18n/generated/review-status.js';
import { supportedLocales } from '../../src/i18n/resolve-locale.js';
import { buildSnippet, type Release, type ScriptFormat, type ScriptSource, type UpdatePolicy } from './snippet.js';

interface ManifestAttribute {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
interface ManifestElement {
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules: { declarations?: (ManifestElement & { customElement?: boolean })[] }[];
}
type Element_ = ManifestElement & { tagName: string };

export interface ConfiguratorOptions {
  manifest: Manifest;
  release: Release;
}

/** Region names for the codes in the bundled data; an unnamed code shows as itself. */
const REGION_NAMES: Record<string, string> = {
  us: 'United States (national lines)',
  'us-ca': 'California',
  'us-ca-alameda': 'Alameda County, California',
  'us-ca-stanislaus': 'Stanislaus County, California',
};

/** The options a partner looks for first, in this order; the rest follow in manifest order. */
const FIRST = ['region', 'theme', 'topics', 'heading-level'];

function customElementsOf(manifest: Manifest): Element_[] {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is Element_ & { customElement?: boolean } => Boolean(d.customElement && d.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function choicesOf(attribute: ManifestAttribute): string[] | undefined {
  const parts = (attribute.type?.text ?? '').replace(/\s*\|\s*undefined/g, '').split('|').map((t) => t.trim());
  return parts.length > 1 && parts.every((t) => /^'[^']*'$/.test(t)) ? parts.map((t) => t.slice(1, -1)) : undefined;
}

const isBoolean = (attribute: ManifestAttribute) => /^boolean\b/.test(attribute.type?.text ?? '');
/** Plain labels for the switches a partner may not know by their attribute names (the name follows, as in the snippet). */
const BOOLEAN_LABELS: Record<string, string> = { picker: 'Let the reader choose the place and the need' };
const defaultOf = (attribute: ManifestAttribute) => (attribute.default ?? '').replace(/^'(.*)'$/, '$1');

/** Every region we know: the country, then the states, then California's counties, by code. */
function regionsOfData(): string[] {
  return ['us', ...allRegions.map((r) => r.code)];
}

function topicsOfData(): string[] {
  return [...new Set(bundledData.resources.flatMap((r) => r.topics))].filter((t) => t !== 'emergency').sort();
}

/** A shipped locale that a person fluent in it has not fully signed off (see TRANSLATING.md). */
const unreviewed = (tag: string) => (reviewStatus[tag]?.reviewed ?? 100) < 100;

function localeName(tag: string): string {
  const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  return own === english ? `${own} (${tag})` : `${own}, ${english} (${tag})`;
}

export function mountConfigurator(root: HTMLElement, options: ConfiguratorOptions): { root: HTMLElement } {
  const elements = customElementsOf(options.manifest);
  const regions = regionsOfData();
  const topics = topicsOfData();
  const state = {
    tag: elements.find((e) => e.tagName === 'heat-hotline-list')?.tagName ?? elements[0]?.tagName ?? '',
    values: new Map<string, string>(),
    topics: new Set<string>(),
    locale: '',
    script: 'site' as ScriptSource,
    updates: 'pinned' as UpdatePolicy,
    format: 'classic' as ScriptFormat,
    selfHostedUrl: '',
    copyStatus: '',
  };

  const element = () => elements.find((e) => e.tagName === state.tag);
  const attributesOf = () => element()?.attributes ?? [];
  const value = (attribute: ManifestAttribute) => state.values.get(attribute.name) ?? defaultOf(attribute);

  /** The attributes to write: region always (it is the point), the others only when they differ from the default. */
  function chosenAttributes(): [string, string | null][] {
    const out: [string, string | null][] = [];
    for (const attribute of attributesOf()) {
      if (isBoolean(attribute)) {
        if (state.values.get(attribute.name) === 'true') out.push([attribute.name, null]);
        continue;
      }
      const chosen = attribute.name === 'topics' ? topics.filter((t) => state.topics.has(t)).join(' ') : value(attribute).trim();
      if (!chosen) continue;
      if (attribute.name !== 'region' && chosen === defaultOf(attribute)) continue;
      out.push([attribute.name, chosen]);
    }
    return out;
  }

  const names = () => new Set(attributesOf().map((a) => a.name));
  /** `dist/` beside this page, wherever it is hosted: the default snippet loads from here, and works before publishing. */
  const siteDistUrl = new URL(options.release.distPath ?? '../dist/', location.href).href;
  const snippet = () =>
    buildSnippet({
      fallback: names().has('line') ? 'line' : names().has('topics') ? 'region' : 'none',
      tag: state.tag,
      attributes: chosenAttributes(),
      locale: state.locale,
      script: state.script,
      updates: state.updates,
      format: state.format,
      siteDistUrl,
      selfHostedUrl: state.selfHostedUrl,
      release: options.release,
    });

  /**
   * The chosen locale, once it is showing: its data text (names, notes) is then loaded into the bundled data, so the
   * fallback can be written in it. Until then the snippet is English, and Copy waits for the locale.
   */
  let localeRequested: string | undefined;
  let localeReady: Promise<void> = Promise.resolve();
  function followLocale() {
    if (state.locale === localeRequested) return;
    const wanted = (localeRequested = state.locale);
    localeReady = setHeatLocale(wanted || undefined).then(
      () => {
        if (state.locale === wanted) update();
      },
      () => undefined, // Could not load: the page and the fallback stay English, as the elements do.
    );
  }

  let preview: HTMLElement | undefined;
  function updatePreview(host: HTMLElement) {
    if (!preview || preview.localName !== state.tag) {
      preview = document.createElement(state.tag);
      host.replaceChildren(preview);
    }
    const wanted = new Map(chosenAttributes());
    for (const name of preview.getAttributeNames()) if (!wanted.has(name)) preview.removeAttribute(name);
    for (const [name, v] of wanted) if (preview.getAttribute(name) !== (v ?? '')) preview.setAttribute(name, v ?? '');
    const theme = wanted.get('theme');
    host.dataset.theme = theme === 'dark' || theme === 'light' ? theme : 'auto';
    followLocale();
  }

  const set = (name: string, v: string) => {
    state.values.set(name, v);
    state.copyStatus = '';
    update();
  };

  async function copy() {
    await localeReady;
    const text = snippet();
    try {
      await navigator.clipboard.writeText(text);
      state.copyStatus = 'Copied. Paste it into your page’s HTML where the help should appear.';
    } catch {
      // Clipboard permission refused (or an old browser): select the text so that Ctrl+C / Cmd+C works.
      const area = root.querySelector<HTMLTextAreaElement>('#snippet');
      area?.focus();
      area?.select();
      state.copyStatus = 'Could not copy automatically. The snippet is selected: press Ctrl+C (or Cmd+C) to copy it.';
    }
    update();
  }

  function attributeControl(attribute: ManifestAttribute) {
    const id = `attr-${attribute.name}`;
    const hint = attribute.description
      ? html`<p class="hint" id="${id}-hint">${attribute.description.replace(/`/g, '')}</p>`
      : nothing;
    const describedBy = attribute.description ? `${id}-hint` : undefined;
    const onInput = (e: Event) => set(attribute.name, (e.target as HTMLInputElement).value);

    if (attribute.name === 'region') {
      return html`<div class="field">
        <label for=${id}>Region</label>
        <select id=${id} @change=${onInput}>
          ${regions.map((code) => html`<option value=${code} ?selected=${value(attribute) === code}>${REGION_NAMES[code] ?? allRegions.find((r) => r.code === code)?.name.en ?? code}</option>`)}
        </select>
        <p class="hint">Shows that region’s lines and every broader region’s (a county includes state and national lines).</p>
      </div>`;
    }
    if (attribute.name === 'topics') {
      return html`<fieldset class="field">
        <legend>Topics <span class="hint-inline">(none checked shows all; emergency help always shows)</span></legend>
        <div class="checks">
          ${topics.map(
            (topic) => html`<label class="check"><input
                type="checkbox"
                .checked=${live(state.topics.has(topic))}
                @change=${(e: Event) => {
                  if ((e.target as HTMLInputElement).checked) state.topics.add(topic);
                  else state.topics.delete(topic);
                  state.copyStatus = '';
                  update();
                }}
              />${topic}</label>`,
          )}
        </div>
      </fieldset>`;
    }
    if (attribute.name === 'heading-level') {
      return html`<div class="field">
        <label for=${id}>Heading level</label>
        <select id=${id} aria-describedby="${id}-hint" @change=${onInput}>
          ${[1, 2, 3, 4, 5, 6].map((n) => html`<option value=${n} ?selected=${value(attribute) === String(n)}>h${n}</option>`)}
        </select>
        <p class="hint" id="${id}-hint">Pick the level that fits your page’s outline: h2 under your page title, h3 inside a section.</p>
      </div>`;
    }
    if (attribute.name === 'line') {
      return html`<div class="field">
        <label for=${id}>Line</label>
        <select id=${id} aria-describedby=${describedBy ?? nothing} @change=${onInput}>
          <option value="" ?selected=${!value(attribute)}>(the element’s default)</option>
          ${allData.resources.map(
            (r) => html`<option value=${r.id} ?selected=${value(attribute) === r.id}>${r.name.en}</option>`,
          )}
        </select>
        ${hint}
      </div>`;
    }
    if (isBoolean(attribute)) {
      return html`<div class="field">
        <label class="check"><input
            id=${id}
            type="checkbox"
            aria-describedby=${describedBy ?? nothing}
            .checked=${live(state.values.get(attribute.name) === 'true')}
            @change=${(e: Event) => set(attribute.name, String((e.target as HTMLInputElement).checked))}
          />${BOOLEAN_LABELS[attribute.name] ? `${BOOLEAN_LABELS[attribute.name]} (${attribute.name})` : attribute.name}</label>
        ${hint}
      </div>`;
    }
    const values = choicesOf(attribute);
    if (values) {
      return html`<fieldset class="field" aria-describedby=${attribute.name === 'theme' ? nothing : describedBy ?? nothing}>
        <legend>${attribute.name === 'theme' ? 'Theme' : attribute.name}</legend>
        <div class="checks">
          ${values.map(
            (v) => html`<label class="check"><input
                type="radio"
                name=${id}
                value=${v}
                .checked=${live(value(attribute) === v)}
                @change=${onInput}
              />${v === 'auto' ? 'auto (follows the reader’s setting)' : v}</label>`,
          )}
        </div>
        ${attribute.name === 'theme' ? nothing : hint}
      </fieldset>`;
    }
    const numeric = /^number\b/.test(attribute.type?.text ?? '');
    return html`<div class="field">
      <label for=${id}>${attribute.name} <span class="hint-inline">(optional)</span></label>
      <input
        id=${id}
        type=${numeric ? 'number' : attribute.name === 'src' ? 'url' : 'text'}
        .value=${live(state.values.get(attribute.name) ?? '')}
        placeholder=${defaultOf(attribute)}
        aria-describedby=${describedBy ?? nothing}
        @input=${onInput}
      />
      ${hint}
    </div>`;
  }

  /** Not an attribute: one language per page, set on the script tag. */
  function languageControl() {
    return html`<div class="field">
            <label for="locale">Language</label>
            <select id="locale" aria-describedby="locale-hint" @change=${(e: Event) => {
              state.locale = (e.target as HTMLSelectElement).value;
              state.copyStatus = '';
              update();
            }}>
              <option value="" ?selected=${state.locale === ''}>Follow the page’s language</option>
              ${supportedLocales.map(
                (tag) => html`<option value=${tag} ?selected=${state.locale === tag}>${localeName(tag)}${unreviewed(tag) ? ': not yet reviewed by a native speaker' : ''}</option>`,
              )}
            </select>
            <p class="hint" id="locale-hint">“Follow the page” reads your page’s &lt;html lang&gt;; a fixed language is set on the script tag and applies to every element on the page.</p>
            ${state.locale && unreviewed(state.locale)
              ? html`<p class="hint warning" id="locale-review">${localeName(state.locale)}: not yet reviewed by a native speaker (${reviewStatus[state.locale].reviewed}% reviewed). Please have a fluent reader check it before readers see it.</p>`
              : nothing}
          </div>`;
  }

  /** Where the script comes from, whether it is pinned, and its type: what decides the snippet's first lines. */
  function scriptControls() {
    const { version } = options.release;
    const major = `${version.split('.')[0]}.x`;
    const radios = <T extends string>(name: string, current: T, choices: [T, string][], pick: (value: T) => void) => html`<div class="checks">
      ${choices.map(
        ([v, label]) => html`<label class="check"><input
            type="radio"
            name=${name}
            value=${v}
            .checked=${live(current === v)}
            @change=${() => {
              pick(v);
              state.copyStatus = '';
              update();
            }}
          />${label}</label>`,
      )}
    </div>`;
    const local = /^(localhost|127\.|\[::1\]$)/.test(location.hostname) || location.protocol === 'file:';
    const hashes = Object.keys(options.release.scriptFiles ?? {}).length > 0 || Boolean(options.release.integrity);
    return html`<fieldset class="field">
        <legend>Load the script from</legend>
        ${radios('script', state.script, [
          ['site', `This site (${new URL(siteDistUrl).host}): works now`],
          ['jsdelivr', 'jsDelivr: once the package is published on npm'],
          ['unpkg', 'unpkg: once the package is published on npm'],
          ['self', 'My own server'],
        ], (v) => (state.script = v))}
        ${state.script === 'site' && local
          ? html`<p class="hint warning" id="site-local">This address works only on this computer. Put the folder that <code>npm run build:site</code> writes on your web host, open the configurator there, and copy the snippet from it.</p>`
          : nothing}
        ${state.script === 'jsdelivr' || state.script === 'unpkg'
          ? html`<p class="hint" id="cdn-hint">The CDNs serve the package from npm: until version ${version} is published there, this snippet shows only its fallback links.</p>`
          : nothing}
        ${state.script === 'self'
          ? html`<label for="self-url">Address of your copy of <code>dist/${state.format === 'module' ? 'heat-widgets.js' : 'heat-widgets.iife.js'}</code></label>
              <input id="self-url" type="url" .value=${live(state.selfHostedUrl)} placeholder="/heat-widgets/dist/${state.format === 'module' ? 'heat-widgets.js' : 'heat-widgets.iife.js'}"
                @input=${(e: Event) => {
                  state.selfHostedUrl = (e.target as HTMLInputElement).value;
                  update();
                }} />
              <p class="hint">Copy all of <code>dist/</code>: the script loads its languages and regions from beside itself. No integrity is written: only you know your copy's files.</p>`
          : nothing}
      </fieldset>
      ${state.script === 'self'
        ? nothing
        : html`<fieldset class="field" aria-describedby="updates-hint">
            <legend>Updates</legend>
            ${radios('updates', state.updates, [
              ['pinned', `Pinned to version ${version}, integrity-checked`],
              ['major', state.script === 'site' ? 'What this site serves now: receives corrections, not checked' : `Current ${major} version: receives corrections, not checked`],
            ], (v) => (state.updates = v))}
            <p class="hint" id="updates-hint">A pinned snippet loads only files identical to version ${version}'s, so a tampered file is refused, but its phone numbers stay those of ${version} until you paste a new snippet. The other choice receives corrected numbers as soon as they are published, without any integrity check, so you trust the host with your page.</p>
            ${state.updates === 'pinned' && !hashes
              ? html`<p class="warning">No integrity hashes yet: run <code>npm run build</code>, then reload this page.</p>`
              : nothing}
          </fieldset>`}
      <fieldset class="field">
        <legend>Script type</legend>
        ${radios('format', state.format, [
          ['classic', 'Classic script: any page'],
          ['module', 'Module script (type="module")'],
        ], (v) => (state.format = v))}
      </fieldset>`;
  }

  function template() {
    const el = element();
    const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
    const ordered = [...attributesOf()].sort((a, b) => rank(a.name) - rank(b.name));
    const controls = ordered.map((attribute) => attributeControl(attribute));
    // Language right after the region (or first, for an element without one): it is what people look for next.
    const regionAt = ordered.findIndex((attribute) => attribute.name === 'region');
    controls.splice(regionAt + 1, 0, languageControl());
    const text = snippet();
    return html`
      <div class="layout">
        <form class="options" aria-labelledby="choose-heading" @submit=${(e: Event) => e.preventDefault()}>
          <h2 id="choose-heading">1. Choose</h2>
          <div class="field">
            <label for="element">Element</label>
            <select id="element" aria-describedby="element-hint" @change=${(e: Event) => {
              state.tag = (e.target as HTMLSelectElement).value;
              state.values.clear();
              state.topics.clear();
              state.copyStatus = '';
              update();
            }}>
              ${elements.map((e) => html`<option value=${e.tagName} ?selected=${e.tagName === state.tag}>&lt;${e.tagName}&gt;</option>`)}
            </select>
            <p class="hint" id="element-hint">${el?.summary ?? ''}</p>
          </div>
          ${controls}
          ${scriptControls()}
        </form>
        <div class="output">
          <section aria-labelledby="copy-heading">
            <h2 id="copy-heading">2. Copy the snippet</h2>
            <label for="snippet">Paste this into your page’s HTML where the help should appear. The list of numbers inside
              the element shows only when JavaScript is off or the script cannot load.</label>
            <textarea id="snippet" readonly rows=${Math.min(24, text.split('\n').length + 1)} spellcheck="false" .value=${live(text)}></textarea>
            <div class="copy-row">
              <button type="button" id="copy" @click=${copy}>Copy snippet</button>
              <p id="copy-status" role="status">${state.copyStatus}</p>
            </div>
          </section>
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">3. Check the preview</h2>
            <p class="hint">The real element, with the options above. Your visitors see this.</p>
            <div class="preview" id="preview"></div>
          </section>
        </div>
      </div>
    `;
  }

  function update() {
    render(template(), root);
    const host = root.querySelector<HTMLElement>('#preview');
    if (host) updatePreview(host);
  }

  update();
  return { root };
}
