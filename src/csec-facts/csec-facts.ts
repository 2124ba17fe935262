import { html, nothing, type PropertyValues } from 'lit';
import { property } from '../base/decorators.js';
import { msg } from '@lit/localize';
import { HeatHeadedElement } from '../base/heat-headed-element.js';
import { heading } from '../base/heading.js';
import { DataController } from '../data/data-controller.js';
import { bundledFacts } from '../data/bundled-facts.js';
import { blockFacts, citedSources, factBlocks, limitBlocks, parseScopes, selectFacts, type FactBlock } from '../data/facts.js';
import { safeHttpsUrl } from '../data/links.js';
import { dataText } from '../base/data-text.js';
import { inEnglish, unconfirmed } from '../base/source-line.js';
import { normalizeRegion } from '../data/regions.js';
import type { Fact, FactScope } from '../data/types.js';
import { DataTextController } from '../i18n/data-text-controller.js';
import { localFigure } from '../i18n/data-text-loading.js';
import { csecFactsStyles } from './csec-facts.styles.js';
import { regionalFacts, regionalFactsPending, requireRegionalFacts } from './regional-facts-loading.js';
import { panelStyles } from '../base/panel.styles.js';

/**
 * @tag csec-facts
 * @summary Facts about the commercial sexual exploitation of children (CSEC): definitions, national, state and local
 *   figures, each with its source and, where there is one, its caveat.
 *
 * @attr scope - Space-separated scopes to show, in any order: `definitions`, `national`, `state`, `local`. Always shown
 *   in that order. Default: all.
 * @attr region - Region code for state and local facts, e.g. `us-ca` or `us-ca-alameda`: shows that region's facts and
 *   every broader region's. Default `us` (definitions and national facts). State and local facts load on first use
 *   (1.8 KB, from beside the script); the definitions and national facts show meanwhile.
 * @attr limit - Show at most this many facts, in order (the profile chart counts as one). Default: all.
 * @attr show-sources - Open every "Source" disclosure at first (readers can still close them).
 * @attr src - URL of a partner JSON file in the heat-widgets data schema. The bundled facts show until it loads valid,
 *   and stay on any failure. A fact without a source in it is left out.
 * @attr heading - The heading text. Default "Facts about child sexual exploitation".
 * @attr heading-level - Level of the heading, 1-6 (default 2); scope headings use the next level.
 * @attr theme - `light`, `dark` or `auto` (default: follow the reader's system setting).
 *
 * @fires heat-data-error - `src` could not be used; `detail: { url, reason, message }`. Bundled facts stay on screen.
 * @fires heat-data-load - `src` loaded and is shown; `detail: { url, dropped }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The heading.
 * @csspart status - The quiet loading note (a polite live region).
 * @csspart scope-heading - The heading of each scope (shown when more than one scope is on screen).
 * @csspart list - The list of facts of one scope.
 * @csspart fact - One fact; also `fact-disputed` on a disputed figure, `profile` on the profile chart's block.
 * @csspart figure - The figure, shown large.
 * @csspart statement - The fact in one sentence.
 * @csspart items - The list a statement introduces (the forms of CSEC, the activities it covers).
 * @csspart caveat - The caveat, always visible in the fact's block.
 * @csspart chart - The profile's table, drawn as bars.
 * @csspart bar - One bar of the chart.
 * @csspart sources - The "Source" disclosure (a native `<details>`).
 * @csspart source - One citation in it.
 *
 * @cssprop --heat-color-background - Panel background.
 * @cssprop --heat-color-text - Body text.
 * @cssprop --heat-color-text-muted - Secondary text (sources, table headers).
 * @cssprop --heat-color-border - Borders between facts, bar tracks.
 * @cssprop --heat-color-surface - Fact background.
 * @cssprop --heat-color-accent - Figures and bars.
 * @cssprop --heat-color-link - Link text.
 * @cssprop --heat-color-focus - Focus outline.
 * @cssprop --heat-color-caveat-background - Caveat background.
 * @cssprop --heat-color-caveat-text - Caveat text.
 * @cssprop --heat-font-family - Font (default: the page's).
 * @cssprop --heat-font-size - Base size (default: the reader's browser setting, never the page's root size).
 * @cssprop --heat-radius - Corner radius.
 * @cssprop --heat-spacing - Base spacing.
 */
export class CsecFacts extends HeatHeadedElement {
  static override styles = [HeatHeadedElement.styles, panelStyles, csecFactsStyles];

  /** Space-separated scopes: `definitions`, `national`, `state`, `local`; empty shows all. */
  @property() scope = '';

  /** Region code for state and local facts; broader regions' facts are included. */
  @property({ reflect: true }) region = 'us';

  /** Show at most this many facts (the profile chart counts as one); 0 or absent shows all. */
  @property({ type: Number }) limit?: number;

  /** Open the "Source" disclosures at first. */
  @property({ type: Boolean, attribute: 'show-sources', reflect: true }) showSources = false;

  /** Partner data URL (heat-widgets data schema). */
  @property() src?: string;

  /** Heading text; defaults to a localized "Facts about child sexual exploitation". */
  @property() heading?: string;

  private readonly data = new DataController(this, bundledFacts);
  /** Loads the fact text of the active locale (its own chunk, fetched only by pages that show facts). */
  protected readonly factsText = new DataTextController(this, 'facts');

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.data.setSource(this.src);
    // State and local facts load for a region other than the nation's, once per page, as region lines do.
    if (changed.has('region') && normalizeRegion(this.region) != 'us') requireRegionalFacts(this);
  }

  protected override render() {
    const locale = this.locale;
    const scopes = parseScopes(this.scope);
    const region = normalizeRegion(this.region);
    const regional = regionalFacts();
    const ours = regional ? [...bundledFacts.facts, ...regional] : bundledFacts.facts;
    let facts = selectFacts(this.data.partnerUrl ? this.data.dataset.facts : ours, scopes, region);
    // Partner facts that say nothing for this selection must not blank the panel: fall back to ours.
    if (!facts.length && this.data.partnerUrl) facts = selectFacts(ours, scopes, region);
    const blocks = limitBlocks(factBlocks(facts), this.limit);
    const shown = [...new Set(blocks.map((b) => b.scope))];
    // Scope headings help only when there is more than one scope to tell apart.
    const grouped = shown.length > 1;
    return html`<section class="root" part="base" dir=${this.textDirection} lang=${locale} aria-labelledby="heading">
      ${heading(this.level, this.heading || msg('Facts about child sexual exploitation', { id: 'csec-facts.heading' }), 'heading')}
      <p class="status" part="status" role="status">${this.data.loading ? msg('Checking for updated facts…', { id: 'csec-facts.loading' }) : nothing}</p>
      ${blocks.length
        ? shown.map(
            (scope) => html`${grouped ? heading(this.subLevel, scopeName(scope), `scope-${scope}`, 'scope-heading') : nothing}
              <ul class="facts facts--${scope}" part="list" role="list">
                ${blocks.filter((b) => b.scope === scope).map((b) => this.renderBlock(b, locale))}
              </ul>`,
          )
        : region != 'us' && regionalFactsPending()
          ? nothing // The region's own facts are on their way: no "no facts" before they arrive.
          : html`<p class="empty">${msg('No facts match this selection.', { id: 'csec-facts.empty' })}</p>`}
    </section>`;
  }

  /**
   * One fact, or the profile: its lead figure and statement, then its percentages as a table drawn as bars (numbers
   * stay text). Its caveat and sources stay in the same block.
   */
  private renderBlock(block: FactBlock, locale: string) {
    const facts = blockFacts(block);
    const profile = block.kind === 'profile';
    const lead = profile ? block.lead : block.fact;
    // A list says how many by itself: "3" over three forms would be a figure where words belong. A figure is written
    // the reader's way ("100.000" in Vietnamese) once the locale's fact text is here.
    const figure = lead?.items || !lead?.figure ? undefined : localFigure(lead.figure, locale);
    return html`<li
      class="fact${profile ? ' fact--profile' : ''}"
      part="fact${profile ? ' profile' : ''}${facts.some((f) => f.confidence === 'disputed') ? ' fact-disputed' : ''}"
    >
      ${figure ? figureText(figure) : nothing}
      ${lead
        ? html`<p class="statement" part="statement">${dataText(lead.statement, locale)}</p>
            ${lead.items
              ? html`<ul class="items" part="items">${lead.items.map((item) => html`<li>${dataText(item, locale)}</li>`)}</ul>`
              : nothing}
            ${caveat(lead, locale)}`
        : nothing}
      ${profile
        ? html`<table class="chart" part="chart">
            ${figure
              ? // The figure is data: isolated, so a partner's text cannot reorder the words around it.
                html`<caption>${msg(html`Of these ${isolated(figure)} young people`, { id: 'csec-facts.profile-caption' })}</caption>`
              : nothing}
            <thead>
              <tr>
                <th scope="col">${msg('Background', { id: 'csec-facts.profile-label' })}</th>
                <th scope="col">${msg('Share', { id: 'csec-facts.profile-share' })}</th>
              </tr>
            </thead>
            <tbody>
              ${block.bars.map(
                ({ fact, percent }) => html`<tr>
                  <th scope="row">${dataText(fact.label ?? fact.statement, locale)} ${caveat(fact, locale)}</th>
                  <td>
                    <div class="cell">
                      <svg class="bar" part="bar" aria-hidden="true">
                        <rect class="fill" width="${percent}%" height="100%"></rect>
                      </svg>
                      <span class="value ltr" dir="ltr">${localFigure(fact.figure!, locale)}</span>
                    </div>
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
      ${this.renderSources(facts)}
    </li>`;
  }

  /** Source(s) of the facts, collapsed under one native disclosure in the same block. */
  private renderSources(facts: Fact[]) {
    const list = citedSources(facts);
    const summary =
      list.length === 1
        ? msg(html`Source: ${inEnglish(list[0].publisher)}`, { id: 'csec-facts.source-summary' })
        : msg('Sources', { id: 'csec-facts.sources-summary' });
    const citations = list.map((source) => {
      const url = safeHttpsUrl(source.url);
      const title = html`<cite lang="en" dir="ltr">${url ? html`<a href=${url} rel="noopener noreferrer">${source.title}</a>` : source.title}</cite>`;
      const publisher = inEnglish(source.publisher);
      return source.year
        ? msg(html`${title}, ${publisher}, ${source.year}`, { id: 'csec-facts.citation-year' })
        : msg(html`${title}, ${publisher}`, { id: 'csec-facts.citation' });
    });
    // One source is a sentence, not a list of one (which a screen reader would announce as a list).
    return html`<details class="sources" part="sources" ?open=${this.showSources}>
      <summary>${summary}</summary>
      ${citations.length === 1
        ? html`<p class="source" part="source">${citations[0]}</p>`
        : html`<ul role="list">
            ${citations.map((citation) => html`<li class="source" part="source">${citation}</li>`)}
          </ul>`}
      ${facts.some((f) => f.confidence === 'seed') ? html`<p class="note">${unconfirmed()}</p>` : nothing}
    </details>`;
  }
}

/**
 * A figure, large. Ranges read with the typographic dash ("244,000–325,000"), and wrap only after it, keeping it on
 * the first line (a long one may: the browser breaks there on its own only for short ones), or after a pair's slash.
 * Numbers themselves never break.
 */
function figureText(figure: string) {
  // A narrow no-break space groups thousands in some languages ("244 000"): part of the number, not a gap.
  const parts = figure.replace(/(\d)-(?=[\d$](?:\S|\u202f){4})/g, '$1–\n').replace(/(\d)-/g, '$1–').split('\n');
  return html`<p class="figure" part="figure">
    <span class="ltr" dir="ltr">${parts.map((part, i) => (i ? html`<wbr />${part}` : part))}</span>
  </p>`;
}

/** Data inside one of our sentences, isolated so that it cannot reorder the words around it. */
const isolated = (text: string) => html`<bdi>${text}</bdi>`;

/** The caveat, always visible beside its figure: never collapsed, so a disputed figure never shows without it. */
function caveat(fact: Fact, locale: string) {
  const text = dataText(fact.caveat, locale);
  return text ? html`<p class="caveat" part="caveat">${text}</p>` : nothing;
}

const scopeName = (scope: FactScope): string =>
  ({
    definitions: msg('What it is', { id: 'csec-facts.scope-definitions' }),
    national: msg('Nationwide', { id: 'csec-facts.scope-national' }),
    state: msg('Statewide', { id: 'csec-facts.scope-state' }),
    local: msg('Locally', { id: 'csec-facts.scope-local' }),
  })[scope];

declare global {
  interface HTMLElementTagNameMap {
    'csec-facts': CsecFacts;
  }
}
