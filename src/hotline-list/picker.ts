/**
 * The reader's own choice on `<heat-hotline-list picker>`: "Where are you?" (a state, then a county where we have
 * counties) and "What do you need help with?". Loaded with `import()` only when a list has `picker`, so other pages
 * pay nothing for it.
 *
 * Nothing is remembered: the choice lives in this object and the element's `region` and `topics`, and is gone with
 * the page. No storage, cookies, URL or history entry, no geolocation; the only request a change makes is the chosen
 * region's own data file, from beside the script (`src/data/region-data.ts`), as for a partner's `region`.
 *
 * In the build this module takes 'lit' and '@lit/localize' from `src/i18n/lazy-tags.ts` and gets its own copies of
 * the data modules it imports (`vite.config.ts`), so its chunk never imports the entry. It therefore imports nothing
 * else from `src/` but those pure data modules: whatever it needs of the element it reads from the element.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { REGION_CODES, nearestKnownRegion } from '../data/region-index.js';
import { REGION_NAMES } from '../data/region-names.js';
import type { Resource } from '../data/types.js';
import type { HeatHotlineList } from './hotline-list.js';

/** What a reader can ask for, each a few of the data's topics, in plain words. */
export const NEEDS: readonly (readonly [topics: string, label: () => string])[] = [
  ['report child-abuse csec', () => msg('Reporting abuse or exploitation of a child', { id: 'picker.need-report' })],
  ['trafficking', () => msg('Human trafficking', { id: 'picker.need-trafficking' })],
  ['missing-child', () => msg('A missing child', { id: 'picker.need-missing-child' })],
  ['crisis mental-health', () => msg('A crisis or thoughts of suicide', { id: 'picker.need-crisis' })],
  ['sexual-assault domestic-violence', () => msg('Sexual assault or domestic violence', { id: 'picker.need-assault' })],
];

/** The topics a list shows when the reader checks `checked` needs (none checked: every topic). */
export function topicsFor(checked: readonly boolean[]): string {
  return NEEDS.filter((_, i) => checked[i])
    .map(([topics]) => topics)
    .join(' ');
}

/** Which needs `topics` (an element's attribute) asks for: a need is checked when any of its topics is there. */
export function neededBy(topics: string): boolean[] {
  const wanted = topics.toLowerCase().split(/\s+/);
  return NEEDS.map(([mine]) => mine.split(' ').some((t) => wanted.includes(t)));
}

/** `us` for a national code, else the state a code sits in (`us-ca-butte` -> `us-ca`). */
export const stateOf = (code: string): string => code.slice(0, 5);

/** Every state's and county's name in `locale`, by code (English where the data has no translation). */
export function regionNames(locale: string): Map<string, string> {
  const english = REGION_NAMES.en.split('|');
  const own = (REGION_NAMES[locale] ?? '').split('|');
  return new Map(REGION_CODES.slice(1).map((code, i) => [code, own[i] || english[i]]));
}

const sortedStates = new Map<string, string[]>();

/** The states by their names in `locale`, as a reader looks for them (sorted once per locale). */
function statesByName(names: Map<string, string>, locale: string): string[] {
  let states = sortedStates.get(locale);
  if (!states) {
    const collator = new Intl.Collator(locale);
    states = REGION_CODES.filter((code) => code.length === 5).sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
    sortedStates.set(locale, states);
  }
  return states;
}

/**
 * "Showing 7 lines for Texas", with the count's plural form in the reader's language ("other" stands for "zero" and
 * "many" too, as in the quick exit's count).
 */
function showing(count: number, place: string, locale: string): string {
  // Western digits in every language, like every number the list shows.
  const n = String(count);
  switch (new Intl.PluralRules(locale).select(count)) {
    case 'one':
      return msg(str`Showing ${n} line for ${place}`, { id: 'picker.showing-one' });
    case 'two':
      return msg(str`Showing ${n} lines for ${place}`, { id: 'picker.showing-two' });
    case 'few':
      return msg(str`Showing ${n} lines for ${place}`, { id: 'picker.showing-few' });
    default:
      return msg(str`Showing ${n} lines for ${place}`, { id: 'picker.showing-other' });
  }
}

/**
 * The picker's styles. Adopted as a constructed style sheet, as Lit adopts the element's own: a `<style>` element in
 * the shadow root is inline style, which a page's Content Security Policy (`style-src 'self'`) refuses. Only a browser
 * without constructed style sheets gets the `<style>` element.
 */
const PICKER_CSS = `:host([theme=dark]) .picker{color-scheme:dark}
@media (prefers-color-scheme:dark){:host(:not([theme=light])) .picker{color-scheme:dark}}
.picker{display:grid;gap:0.75em;margin-block-end:0.75em}
.picker label{font-weight:700}
.picker select{display:block;width:100%;max-width:24em;min-height:44px;margin-block-start:0.25em;font:inherit;color:inherit;
background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);padding:0.25em 0.5em}
.picker fieldset{margin:0;padding:0;border:0;min-width:0}
.picker legend{padding:0;font-weight:700}
.picker .need{display:flex;align-items:center;gap:0.5em;min-height:44px;font-weight:normal}
.picker input{inline-size:1.25em;block-size:1.25em;margin:0;flex:none;accent-color:var(--_accent)}
.picker button{font:inherit;cursor:pointer}
.picker select:focus-visible,.picker input:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.picker .empty{margin:0;display:flex;flex-wrap:wrap;align-items:center;gap:0.5em}
.picker .status{margin:0}`;
const adopted = typeof Document != 'undefined' && 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;
let sheet: CSSStyleSheet | undefined;

/** Gives `host` its picker, once; the element calls this when `picker` is set. */
export function attach(host: HeatHotlineList): void {
  if (host['pick']) return;
  host['pick'] = new RegionPicker(host);
  const root = host.renderRoot as ShadowRoot;
  if (adopted) {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(PICKER_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  host.requestUpdate();
}

export class RegionPicker implements ReactiveController {
  /** Counts the reader's changes, so that only the latest one is announced. */
  private changes = 0;
  /** The change whose announcement waits for its region's lines. */
  private waiting = 0;
  /** Whether the status says what the latest change shows (empty between a change and its lines). */
  private said = false;
  /** The state and the place the selects show, from the last render. */
  private shown: [string, string] = ['us', 'us'];

  constructor(private readonly host: HeatHotlineList) {
    host.addController(this);
  }

  /**
   * Once a change's lines are on screen, the status says what is shown, a moment later: the status was empty in
   * between, so assistive technology announces it once, even when the words are the same as before.
   */
  hostUpdated(): void {
    // `selected` attributes stop steering a select once the reader has used it: set its value, so that it always says
    // what the list shows (the page may set `region` after the reader chose, or a change may be refused).
    const root = this.host.renderRoot;
    const [state, at] = this.shown;
    const where = root.querySelector<HTMLSelectElement>('#where');
    const county = root.querySelector<HTMLSelectElement>('#county');
    if (where) where.value = state;
    if (county) county.value = at;
    const change = this.waiting;
    if (!change || this.host['data'].regionLoading) return;
    this.waiting = 0;
    setTimeout(() => {
      if (change !== this.changes) return;
      this.said = true;
      this.host.requestUpdate();
    }, 100);
  }

  /** Asks the page (a cancelable `heat-region-change`), then shows the reader's choice; `undo` puts a refused one back. */
  private go(region: string, topics: string, undo: () => void): boolean {
    const host = this.host;
    const event = new CustomEvent('heat-region-change', { detail: { region, topics }, bubbles: true, composed: true, cancelable: true });
    if (!host.dispatchEvent(event)) {
      undo();
      return false;
    }
    this.said = false;
    this.waiting = ++this.changes;
    host.region = region;
    host.topics = topics;
    host.requestUpdate();
    return true;
  }

  /**
   * The controls, the status and, when only emergency help matches, a way back to every need; undefined once the
   * element's `picker` is off (the element then says itself when nothing matches).
   */
  render(resources: readonly Resource[]) {
    const host = this.host;
    if (!host.picker) return undefined;
    const locale = host['locale'];
    const names = regionNames(locale);
    // A page script may set null: read as the element does (national; every topic).
    const at = nearestKnownRegion((host.region ?? '').trim().toLowerCase());
    const state = stateOf(at);
    this.shown = [state, at];
    const topics = host.topics ?? '';
    const needs = neededBy(topics);
    const states = statesByName(names, locale);
    const counties = state === 'us' ? [] : REGION_CODES.filter((code) => code.startsWith(`${state}-`));
    const settled = !host['data'].regionLoading;
    const onlyEmergency = settled && !resources.some((r) => !r.topics.includes('emergency'));
    const place = at === 'us' ? msg('the United States', { id: 'picker.place-us' }) : names.get(at)!;
    const lines = resources.filter((r) => r.channels.length).length;
    const onlyEmergencyText = msg(str`Only emergency help matches these needs in ${place}.`, { id: 'picker.only-emergency' });
    const choose = (from: string) => (e: Event) => {
      const select = e.target as HTMLSelectElement;
      this.go(select.value, topics, () => (select.value = from));
    };
    return html`<div class="picker" part="picker">
      ${adopted ? nothing : html`<style>${PICKER_CSS}</style>`}
      <p><label for="where">${msg('Where are you?', { id: 'picker.where' })}</label>
        <select id="where" @change=${choose(state)}>
          <option value="us" ?selected=${state === 'us'}>${msg('Anywhere in the US', { id: 'picker.anywhere' })}</option>
          ${states.map((code) => html`<option value=${code} ?selected=${code === state}>${names.get(code)}</option>`)}
        </select></p>
      ${counties.length
        ? html`<p><label for="county">${msg('County', { id: 'picker.county' })}</label>
            <select id="county" @change=${choose(at)}>
              <option value=${state} ?selected=${at === state}>${msg(str`All of ${names.get(state)!}`, { id: 'picker.all-of-state' })}</option>
              ${counties.map((code) => html`<option value=${code} ?selected=${code === at}>${names.get(code)}</option>`)}
            </select></p>`
        : nothing}
      <fieldset>
        <legend>${msg('What do you need help with?', { id: 'picker.needs' })}</legend>
        ${NEEDS.map(
          ([, label], i) => html`<label class="need"><input type="checkbox" .checked=${needs[i]} @change=${(e: Event) => {
            const box = e.target as HTMLInputElement;
            this.go(at, topicsFor(needs.map((on, j) => (j === i ? box.checked : on))), () => (box.checked = !box.checked));
          }}>${label()}</label>`,
        )}
      </fieldset>
      <p class="status" role="status">${this.said ? (onlyEmergency && topics.trim() ? onlyEmergencyText : showing(lines, place, locale)) : ''}</p>
      ${onlyEmergency && topics.trim()
        ? html`<p class="empty">${this.said ? nothing : onlyEmergencyText} <button type="button" class="action action--web" @click=${() => {
            // The button goes with the message: the reader's place moves to the first need.
            if (this.go(at, '', () => undefined)) host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.need input')?.focus());
          }}>${msg('Show all needs', { id: 'picker.show-all' })}</button></p>`
        : nothing}
    </div>`;
  }
}
