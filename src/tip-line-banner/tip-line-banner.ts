import { html, nothing, type PropertyValues } from 'lit';
import { property } from '../base/decorators.js';
import { msg } from '@lit/localize';
import { HeatHeadedElement } from '../base/heat-headed-element.js';
import { heading } from '../base/heading.js';
import { channelAction, channelDetails } from '../base/channel-action.js';
import { sourceLine } from '../base/source-line.js';
import { emit } from '../base/events.js';
import { warnOnce } from '../base/warn-once.js';
import { LineDataController } from '../data/line-data-controller.js';
import { DataTextController } from '../i18n/data-text-controller.js';
import { bundledLines } from '../data/bundled-lines.js';
import { dataText } from '../base/data-text.js';
import { regionCovers } from '../data/regions.js';
import { isEmergency } from '../data/select.js';
import type { CallChannel, Channel, Resource } from '../data/types.js';
import { focusAfter } from './focus.js';
import { tipLineBannerStyles } from './tip-line-banner.styles.js';

export type BannerVariant = 'inline' | 'bar';

/** The national hotline: the default line, and the always-open alternative to a line that publishes no hours. */
const DEFAULT_LINE = 'nhth';

const isCall = (channel: Channel): channel is CallChannel => channel.kind === 'call';
const alwaysOpen = (channel: Channel) => 'hours' in channel && channel.hours === '24/7';

/**
 * @tag tip-line-banner
 * @summary One help or tip line as a banner, in the same place on every page: whom you reach and what for, call and
 *   text actions, hours where published, and "In immediate danger? Call 911" beside it.
 *
 * @attr line - Id of a line in the data: `nhth` (default), `heat-watch-tip-line`, `childhelp`, `ncmec`, `988`… An
 *   unknown id shows the National Human Trafficking Hotline and warns in the console. A line that publishes no hours
 *   gets the national hotline beside it as the always-open alternative.
 * @attr variant - `inline` (a block in the page's content, the default) or `bar` (a full-width strip).
 * @attr dismissible - Adds a close button. Closing hides the banner for this page view only: nothing is stored.
 * @attr src - URL of a partner JSON file in the heat-widgets data schema. The bundled line shows until it loads valid,
 *   and stays on any failure.
 * @attr heading-level - Level of the line's name as a heading, 1-6 (default 2).
 * @attr theme - `light`, `dark` or `auto` (default: follow the reader's system setting).
 *
 * @fires heat-dismiss - The reader closed the banner; `detail: { line }`. Cancelable: `preventDefault()` keeps it open.
 * @fires heat-data-error - `src` could not be used; `detail: { url, reason, message }`. The bundled line stays.
 * @fires heat-data-load - `src` loaded and is shown; `detail: { url, dropped }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart name - The line's name (a heading).
 * @csspart description - Whom you reach and what for.
 * @csspart note - A presentation note that must stay with the line.
 * @csspart actions - The list of call, TTY and text actions.
 * @csspart action - Every action link; also `action-call`, `action-tty`, `action-text`, `action-web`, `action-email`.
 * @csspart channel-details - Under an action, as in the hotline list: hours ("Open 24/7") where the data publishes
 *   them, languages, and any note that qualifies that number ("dial 711 first", "For Oahu.").
 * @csspart source - "Source: …, verified …", and "Not yet confirmed by an independent source." where that applies.
 * @csspart emergency - The "In immediate danger? Call 911" line.
 * @csspart alternative - The always-open national hotline beside a line without published hours.
 * @csspart dismiss - The close button.
 *
 * @cssprop --heat-color-background - Banner background.
 * @cssprop --heat-color-text - Body text.
 * @cssprop --heat-color-text-muted - Secondary text (hours, notes).
 * @cssprop --heat-color-border - Banner border.
 * @cssprop --heat-color-accent - Action button background and the banner's edge.
 * @cssprop --heat-color-on-accent - Action button text.
 * @cssprop --heat-color-focus - Focus outline.
 * @cssprop --heat-color-danger - The 911 action.
 * @cssprop --heat-color-on-danger - Text on the 911 action.
 * @cssprop --heat-font-family - Font (default: the page's).
 * @cssprop --heat-font-size - Base size (default: the reader's browser setting, never the page's root size).
 * @cssprop --heat-radius - Corner radius (inline variant).
 * @cssprop --heat-spacing - Base spacing.
 */
export class TipLineBanner extends HeatHeadedElement {
  static override styles = [HeatHeadedElement.styles, tipLineBannerStyles];

  /** Id of the line to show; unknown ids fall back to the national hotline. */
  @property({ reflect: true }) line = DEFAULT_LINE;

  /** `inline` or `bar`. */
  @property({ reflect: true }) variant: BannerVariant = 'inline';

  /** Show a close button; closing lasts for this page view only. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Partner data URL (heat-widgets data schema). */
  @property() src?: string;

  private readonly data = new LineDataController(this, bundledLines);
  /** Names and notes in the active language, also when this script arrived after the page switched language. */
  protected readonly linesText = new DataTextController(this, 'core');

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.data.setSource(this.src);
    // A state's or county's line (`tx-child-abuse-hotline`) is in that region's file, loaded on demand.
    const id = this.line?.trim() || DEFAULT_LINE;
    if (changed.has('line') && !this.find(id)) this.data.setRegion(`line:${id}`);
  }

  /** A line in the partner's data, else ours. */
  private find(id: string): Resource | undefined {
    return this.lines.find((r) => r.id === id);
  }

  /** Every line we know, the partner's first: where both the line and its 911 are looked up. */
  private get lines(): Resource[] {
    return [...this.data.dataset.resources, ...this.data.bundledResources];
  }

  /** The line to show: never nothing. An unknown id warns once (not while a partner file that may hold it loads). */
  private get resource(): Resource {
    const id = this.line?.trim() || DEFAULT_LINE;
    const found = this.find(id);
    if (found) return found;
    if (!this.data.loading && !this.data.regionLoading) {
      warnOnce(`tip-line-banner:${id}`, `heat-widgets: <tip-line-banner> has no line "${id}"; showing "${DEFAULT_LINE}" instead.`);
    }
    return this.find(DEFAULT_LINE)!;
  }

  protected override render() {
    // While a state's or county's line loads, the page's fallback link (if any) stays: never another line meanwhile.
    if (this.data.regionLoading) return html`<slot></slot>`;
    const locale = this.locale;
    const resource = this.resource;
    const name = dataText(resource.name, locale);
    const note = dataText(resource.note, locale);
    const phones = resource.channels.filter((c) => c.kind !== 'web' && c.kind !== 'email');
    // A line with no phone channel still offers what it has (a web form, an address).
    const channels = phones.length ? phones : resource.channels;

    const emergency = isEmergency(resource)
      ? undefined
      : this.lines.find((r) => isEmergency(r) && regionCovers(r.region, resource.region) && r.channels.some(isCall));
    const emergencyCall = emergency?.channels.find(isCall);

    // A line that cannot promise to answer now gets the national hotline, open around the clock, beside it.
    const national = this.find(DEFAULT_LINE);
    const alternative =
      resource.id !== DEFAULT_LINE && !isEmergency(resource) && !channels.some(alwaysOpen)
        ? national?.channels.find((c): c is CallChannel => isCall(c) && alwaysOpen(c))
        : undefined;

    const variant = this.variant === 'bar' ? 'bar' : 'inline';
    return html`<section
      class="root root--${variant} ${this.dismissible ? 'root--dismissible' : ''}"
      part="base"
      dir=${this.textDirection}
      lang=${locale}
      aria-labelledby="name"
    >
      <div class="body">
        ${heading(this.level, name, 'name', 'name')}
        <p class="description" part="description">${dataText(resource.description, locale)}</p>
        ${note ? html`<p class="note" part="note">${note}</p>` : nothing}
      </div>
      <div class="reach">
        <ul class="actions" part="actions" role="list">
          ${channels.map(
            (channel) => html`<li class="channel">${channelAction(channel, name, locale)}${channelDetails(channel, locale, channels, this.data.isOpen)}</li>`,
          )}
        </ul>
      </div>
      ${emergency && emergencyCall
        ? html`<p class="emergency" part="emergency">
            ${msg(html`In immediate danger? ${channelAction(emergencyCall, dataText(emergency.name, locale), locale)}`, {
              id: 'tip-line-banner.emergency',
            })}
          </p>`
        : nothing}
      ${national && alternative
        ? html`<p class="alternative" part="alternative">
            ${msg(html`Always open: ${dataText(national.name, locale)} ${channelAction(alternative, dataText(national.name, locale), locale)}`, {
              id: 'tip-line-banner.alternative',
            })}
          </p>`
        : nothing}
      <p class="source" part="source">${sourceLine(resource, locale)}</p>
      ${this.dismissible
        ? html`<button type="button" class="dismiss" part="dismiss" @click=${this.dismiss}>
            <svg aria-hidden="true" width="16" height="16">
              <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
            <span class="visually-hidden">${msg('Dismiss', { id: 'tip-line-banner.dismiss' })}</span>
          </button>`
        : nothing}
    </section>`;
  }

  /** Hides the banner for this page view. Stores nothing: a reload, or another banner, shows it again. */
  private dismiss(): void {
    if (!emit(this, 'heat-dismiss', { line: this.resource.id }, { cancelable: true })) return;
    this.hidden = true;
    // The button under the reader's focus is gone: carry on from the next thing on the page.
    focusAfter(this);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tip-line-banner': TipLineBanner;
  }
}
