import { html, nothing, type PropertyValues } from 'lit';
import { property } from '../base/decorators.js';
import { msg } from '@lit/localize';
import { HeatHeadedElement } from '../base/heat-headed-element.js';
import { dataText } from '../base/data-text.js';
import { heading } from '../base/heading.js';
import { channelAction, channelDetails } from '../base/channel-action.js';
import { sourceLine } from '../base/source-line.js';
import { LineDataController } from '../data/line-data-controller.js';
import { DataTextController } from '../i18n/data-text-controller.js';
import { bundledLines } from '../data/bundled-lines.js';
import { normalizeRegion, parseTokens, regionCovers } from '../data/regions.js';
import { isEmergency, selectResources } from '../data/select.js';
import type { Resource } from '../data/types.js';
import type { RegionPicker } from './picker.js';
import { hotlineListStyles } from './hotline-list.styles.js';

/** Above this many listings, off-screen ones are laid out lazily (see the styles). */
const LONG_LIST = 50;

/**
 * @tag heat-hotline-list
 * @summary Hotlines and support lines (call, text, web) for a region, filterable by topic.
 *
 * @attr region - Region code: `us`, a state (`us-tx`) or a California county (`us-ca-butte`). Shows that region's
 *   lines and every broader region's, the most local first (a county list includes its state and national lines); a
 *   state without a statewide line shows how to report there. An unknown code shows its nearest known region and
 *   warns once in the console. Default `us`.
 * @attr topics - Space-separated topics to show, e.g. `csec report`. Emergency lines always show. Default: all.
 * @attr src - URL of a partner JSON file in the heat-widgets data schema. Its lines are added to ours (unless the
 *   file sets `replaceBundled`); the bundled data shows until it loads valid, and stays on any failure.
 * @attr heading - The heading text. Default "Get help".
 * @attr heading-level - Level of the heading, 1-6 (default 2); each listing's name uses the next level.
 * @attr theme - `light`, `dark` or `auto` (default: follow the reader's system setting).
 * @attr {boolean} picker - Lets the reader choose: "Where are you?" (a state, then a county where we have counties)
 *   and "What do you need help with?", above the list, starting from `region` and `topics`. The list changes in place
 *   and a polite status says what it shows. Nothing is remembered (no storage, cookies, URL or history), and the only
 *   request is the chosen region's own data file. Its code loads only when this is set.
 *
 * @fires heat-region-change - The reader chose another place or need (`picker`); `detail: { region, topics }`.
 *   Cancelable: `preventDefault()` keeps the list as it was.
 * @fires heat-data-error - `src` could not be used; `detail: { url, reason, message }`. Bundled data stays on screen.
 * @fires heat-data-load - `src` loaded and is shown; `detail: { url, dropped }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The heading.
 * @csspart status - The quiet loading note (a polite live region).
 * @csspart picker - The reader's choice of place and need (`picker`).
 * @csspart list - The list of listings.
 * @csspart item - One listing.
 * @csspart item-emergency - The emergency listing, shown first.
 * @csspart guidance - How to report in a state without a statewide line (also `item`).
 * @csspart name - A listing's name.
 * @csspart description - What a listing is for.
 * @csspart note - A presentation note that must stay with its listing (e.g. "does not take reports").
 * @csspart actions - A listing's list of actions.
 * @csspart action - Every action link; also `action-call`, `action-text`, `action-web`, `action-email`.
 * @csspart channel-details - Hours, languages and notes under an action.
 * @csspart source - The "Source, verified" line.
 *
 * @slot - Fallback links for readers without JavaScript; also shown while a state's or county's lines load.
 *
 * @cssprop --heat-color-background - Panel background.
 * @cssprop --heat-color-text - Body text.
 * @cssprop --heat-color-text-muted - Secondary text (hours, sources).
 * @cssprop --heat-color-border - Borders between listings.
 * @cssprop --heat-color-surface - Listing background.
 * @cssprop --heat-color-accent - Action button background.
 * @cssprop --heat-color-on-accent - Action button text.
 * @cssprop --heat-color-link - Link text.
 * @cssprop --heat-color-focus - Focus outline.
 * @cssprop --heat-color-danger - Emergency listing accent.
 * @cssprop --heat-color-on-danger - Text on the emergency accent.
 * @cssprop --heat-font-family - Font (default: the page's).
 * @cssprop --heat-font-size - Base size (default: the reader's browser setting, never the page's root size).
 * @cssprop --heat-radius - Corner radius.
 * @cssprop --heat-spacing - Base spacing.
 */
export class HeatHotlineList extends HeatHeadedElement {
  static override styles = [HeatHeadedElement.styles, hotlineListStyles];

  /** Region code; the list includes every broader region. */
  // Not reflected: with the picker, the reader's choice would otherwise be written into the page's own DOM, where a
  // page's session-recording or analytics script could read where someone looked for help.
  @property() region = 'us';

  /** Space-separated topics to show; empty shows all. */
  @property() topics = '';

  /** Partner data URL (heat-widgets data schema). */
  @property() src?: string;

  /** Heading text; defaults to a localized "Get help". */
  @property() heading?: string;

  /** Lets the reader choose the place and the need (its code loads only when set). */
  @property({ type: Boolean }) picker?: boolean;

  private readonly data = new LineDataController(this, bundledLines);
  /** Names and notes in the active language, also when this script arrived after the page switched language. */
  protected readonly linesText = new DataTextController(this, 'core');

  private pick?: RegionPicker;
  private picking?: Promise<void>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The picker's code, once it is asked for. Offline, the list stays as it is, without it (the browser's console
    // already names the file that failed).
    if (this.picker) this.picking ??= import('./picker.js').then((m) => m.attach(this), () => undefined);
    if (changed.has('src')) this.data.setSource(this.src);
    if (changed.has('region')) this.data.setRegion(normalizeRegion(this.region));
  }

  /**
   * What the list shows, in order: 911, the most local lines, then a state's guidance on how to report where no
   * reporting line of its own or below it is on screen (a county without a shippable line shows California's), then
   * national lines.
   */
  private get visibleResources(): Resource[] {
    const region = normalizeRegion(this.region);
    const topics = parseTokens(this.topics);
    let fromData = selectResources(this.data.resources, region, topics);
    // Partner data that has nothing for this region must not blank the panel: fall back to ours.
    if (this.data.partnerUrl && !fromData.some((r) => !isEmergency(r))) fromData = selectResources(this.data.bundledResources, region, topics);
    // Emergency help is shown first whenever someone may be in danger now, whatever the partner's file holds.
    const emergency = fromData.some(isEmergency) ? [] : bundledLines.resources.filter(isEmergency);
    // Our emergency line is national: it serves every region.
    const shown = [...emergency, ...fromData];
    const guidance = selectResources(this.data.guidance, region, topics).filter(
      (g) => !shown.some((r) => r.topics.includes('report') && regionCovers(g.region, r.region)),
    );
    const at = shown.findIndex((r) => !isEmergency(r) && r.region === 'us');
    shown.splice(at < 0 ? shown.length : at, 0, ...guidance);
    return shown;
  }

  protected override render() {
    const locale = this.locale;
    // While a state's or county's lines load, the page's own fallback links (which carry them) stay on screen, so
    // the region's lines never arrive as a late jump. Without fallback links, the national lines show at once.
    // Not under the picker, which must stay where the reader is: the national lines show while the region loads.
    if (this.data.regionLoading && this.firstElementChild && !this.pick) return html`<slot></slot>`;
    const resources = this.visibleResources;
    const onlyEmergency = !resources.some((r) => !isEmergency(r));
    return html`<section class="root" part="base" dir=${this.textDirection} lang=${locale} aria-labelledby="heading">
      ${heading(this.level, this.heading || msg('Get help', { id: 'hotline-list.heading' }), 'heading')}
      <p class="status" part="status" role="status">${this.data.loading ? msg('Checking for updated listings…', { id: 'data.loading' }) : nothing}</p>
      ${this.pick?.render(resources) ??
        (onlyEmergency && this.topics.trim()
          ? html`<p class="empty">${msg('No listings match these topics here.', { id: 'hotline-list.no-match' })}</p>`
          : nothing)}
      <ul class="list ${resources.length > LONG_LIST ? 'list--long' : ''}" part="list" role="list">
        ${resources.map((resource) => this.renderResource(resource, locale))}
      </ul>
    </section>`;
  }

  private renderResource(resource: Resource, locale: string) {
    const name = dataText(resource.name, locale);
    const emergency = isEmergency(resource);
    const note = dataText(resource.note, locale);
    // A listing without channels is a state's guidance on how to report.
    const guidance = !resource.channels.length;
    return html`<li class="item ${emergency ? 'item--emergency' : ''}" part="item${emergency ? ' item-emergency' : guidance ? ' guidance' : ''}">
      ${heading(this.subLevel, name, `name-${resource.id}`, 'name')}
      <p class="description" part="description">${dataText(resource.description, locale)}</p>
      ${note ? html`<p class="note" part="note">${note}</p>` : nothing}
      ${guidance
        ? nothing
        : html`<ul class="actions" part="actions" role="list">
            ${resource.channels.map(
              (channel) => html`<li class="channel">${channelAction(channel, name, locale)}${channelDetails(channel, locale, resource.channels, this.data.isOpen)}</li>`,
            )}
          </ul>`}
      <p class="source" part="source">${sourceLine(resource, locale)}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'heat-hotline-list': HeatHotlineList;
  }
}
