/**
 * Gives an element its data: the bundled dataset at once, then a partner's `src` when it arrives valid.
 * Help never waits on the network and never goes blank: every failure keeps the bundled data on screen, fires
 * `heat-data-error` and is logged once per URL.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../base/events.js';
import { warnOnce } from '../base/warn-once.js';
import type { DataErrorReason } from './loader.js';
import type { ChainData } from './region-data.js';
import type { Dataset, RegionCode, Resource, Schedule } from './types.js';

/** What a failed load reports: the loader's DataLoadError, or the same shape when the loader itself did not load. */
interface DataFailure {
  reason: DataErrorReason;
  url: string;
  message: string;
}

/**
 * Where region files are found (`regions/` beside it): this module's own URL, which is the entry script's in a build
 * and the data folder in the sources. The classic script has no import.meta.url: its <script>, read while it runs.
 */
const regionBase = import.meta.url || (document.currentScript as HTMLScriptElement | null)?.src;

export class DataController implements ReactiveController {
  /** The partner's data once its file has loaded: its lines (none before), and its facts (ours before, or instead of none). */
  dataset: Dataset;
  /** True while a partner file is on its way (the bundled data is showing meanwhile). */
  loading = false;
  /** Set when the partner file was used. */
  partnerUrl?: string;

  /** True while a state's or county's file is on its way (the national lines are showing meanwhile). */
  regionLoading = false;
  /** Whether a published schedule is open now, on the line's own clock; loads with state and county data. */
  isOpen?: (schedule: Schedule) => boolean;
  /** The state's and county's data for the region asked for, once arrived. */
  private regional?: ChainData;
  private region: string = 'us';

  private src?: string;
  private abort?: AbortController;

  /** Before a partner file: no partner lines, and our facts (if the element shows any). */
  private readonly noPartner: Dataset;

  /**
   * `bundled` is the part of our data the element shows (`bundledLines` or `bundledFacts`), so that each element's
   * script carries only its own.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly bundled: Dataset,
  ) {
    host.addController(this);
    this.dataset = this.noPartner = { ...bundled, resources: [] };
  }

  /**
   * Call from the host's `willUpdate` when `src` changes. The latest `src` always wins. The loader keeps a file only
   * while an element uses it: this controller's abort signal (another `src`, the element removed) lets it go.
   */
  setSource(src: string | null | undefined): void {
    const next = src?.trim() || undefined;
    if (next === this.src) return;
    this.src = next;
    this.reset();
    if (this.host.isConnected) this.start();
  }

  /**
   * Call from the host's `willUpdate` when `region` changes. For a state or county, the region index and the
   * region's files load (once per page, shared by every element) and the host renders again when they arrive;
   * national lines never wait for them. `line:<id>` asks for the region whose file holds our line `id`
   * (`line:tx-child-abuse-hotline`), for an element that shows one line.
   */
  setRegion(code: RegionCode | `line:${string}`): void {
    if (code === this.region) return;
    this.region = code;
    this.regional = undefined;
    this.regionLoading = code !== 'us';
    if (!this.regionLoading) return;
    import('./region-data.js')
      .then(({ loadChain, openNowJudge }) => {
        this.isOpen ??= openNowJudge(this.host);
        return loadChain(code, regionBase!);
      })
      // A region that cannot load (offline) has warned in the console; the national lines stay.
      .catch(() => undefined)
      .then((data) => {
        if (this.region !== code) return;
        this.regional = data;
        this.regionLoading = false;
        this.host.requestUpdate();
      });
  }

  /**
   * How to report in each region that publishes guidance, as listings without a number, broadest first; none when a
   * partner file shows only its own lines.
   */
  get guidance(): Resource[] {
    return (!this.dataset.replaceBundled && this.regional?.guidance) || [];
  }

  /** Our lines for the region: national, then the state's and county's once they have arrived. */
  get bundledResources(): Resource[] {
    return this.regional ? [...this.bundled.resources, ...this.regional.resources] : this.bundled.resources;
  }

  /**
   * The lines to choose from. A partner file adds its lines to ours; one that sets `replaceBundled` shows only its
   * own (the list adds 911 whatever the file holds). Partner lines cannot reuse our ids (the validator refuses them).
   */
  get resources(): Resource[] {
    return this.dataset.replaceBundled ? this.dataset.resources : [...this.dataset.resources, ...this.bundledResources];
  }

  hostConnected(): void {
    if (this.src && !this.partnerUrl && !this.loading) this.start();
  }

  hostDisconnected(): void {
    // A removed element stops its request (shared requests stop when no element still wants them).
    this.abort?.abort();
    this.abort = undefined;
    this.loading = false;
  }

  private reset(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.dataset = this.noPartner;
    this.partnerUrl = undefined;
    this.loading = false;
  }

  private start(): void {
    const src = this.src;
    if (!src) return;
    const { signal } = (this.abort = new AbortController());
    this.loading = true;
    this.host.requestUpdate();
    // Fetching and validating partner data is a third of our code and only pages with a `src` need it: it loads on
    // first use, from beside the entry. If even that fails (offline), the bundled data stays, as for any failure.
    import('./loader.js')
      .then(
        ({ loadSource }) => loadSource(src, signal),
        // `src` as written, but never a user name or password (the loader, which refuses those, did not load).
        () => Promise.reject({ reason: 'network', url: src.replace(/\/\/.*@/, '//'), message: 'could not load the heat-widgets data loader' }),
      )
      .then(
        ({ url, dataset, dropped }) => {
          if (!this.settled(signal)) return;
          // The list adds the partner's lines to ours (see `resources`); where its facts say nothing for a selection
          // (none at all, say), the facts panel shows ours.
          this.dataset = dataset;
          this.partnerUrl = url;
          emit(this.host, 'heat-data-load', { url, dropped });
        },
        ({ url, reason, message }: DataFailure) => {
          if (!this.settled(signal)) return;
          warnOnce(`data:${url} ${reason}`, `heat-widgets: could not use data from ${url}: it ${message} (${reason}). Showing the bundled data instead.`);
          emit(this.host, 'heat-data-error', { url, reason, message });
        },
      );
  }

  /** The load for `signal` ended: false when it no longer counts (another `src`, the element removed). */
  private settled(signal: AbortSignal): boolean {
    if (signal.aborted) return false;
    this.loading = false;
    this.host.requestUpdate();
    return true;
  }
}
