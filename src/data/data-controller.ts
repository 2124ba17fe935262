/**
 * Gives an element its data: the bundled dataset at once, then a partner's `src` when it arrives valid.
 * Help never waits on the network and never goes blank: every failure keeps the bundled data on screen and fires
 * `heat-data-error`; a failure of the partner file is logged once per URL and reason (a loader chunk that cannot load
 * is named by the browser's own console).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../base/events.js';
import { warnOnce } from '../base/warn-once.js';
import type { PartnerDataUser } from './loader.js';
import type { Dataset } from './types.js';

/**
 * When the bundled data was last checked as a whole: the newest `verified` date in `src/data/regions/` (a unit test
 * keeps them equal). Set it again whenever the data is re-verified for a release.
 */
export const DATA_CHECKED = '2026-11-30';

export class DataController implements ReactiveController, PartnerDataUser {
  /** The partner's data once its file has loaded: its lines (none before), and its facts (ours before, or instead of none). */
  dataset: Dataset;
  /** True while a partner file is on its way (the bundled data is showing meanwhile). */
  loading = false;
  /** Set when the partner file was used. */
  partnerUrl?: string;

  private src?: string;
  private abort?: AbortController;

  /** Before a partner file: no partner lines, and our facts (if the element shows any). */
  private readonly noPartner: Dataset;

  /**
   * `bundled` is the part of our data the element shows (`bundledLines` or `bundledFacts`), so that each element's
   * script carries only its own.
   */
  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    protected readonly bundled: Dataset,
  ) {
    host.addController(this);
    this.dataset = this.noPartner = { ...bundled, resources: [] };
    // A pinned copy keeps the numbers it shipped with: after a year, tell the partner where corrected ones are.
    if (Date.now() - Date.parse(DATA_CHECKED) > 365 * 864e5) {
      warnOnce(
        'data-age',
        `heat-widgets: bundled numbers last checked ${DATA_CHECKED}, over a year ago. Load the current major version for corrections.`,
      );
    }
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
    // Fetching, validating and reporting partner data is a third of our code and only pages with a `src` need it: it
    // loads on first use, from beside the entry. If even that fails (offline), the bundled data stays, as for any
    // failure, and the page hears of it (the browser's console names the file that did not load).
    import('./loader.js').then(
      ({ usePartnerData }) => usePartnerData(this, src, signal),
      () => {
        // `src` as written, but never a user name or password (the loader, which refuses those, did not load).
        const url = src.replace(/\/\/.*@/, '//');
        if (this.settled(signal)) emit(this.host, 'heat-data-error', { url, reason: 'network', message: 'could not load the heat-widgets data loader' });
      },
    );
  }

  /**
   * The load for `signal` ended: false when it no longer counts (another `src`, the element removed).
   * @internal For the loader, which hands over the outcome.
   */
  settled(signal: AbortSignal): boolean {
    if (signal.aborted) return false;
    this.loading = false;
    this.host.requestUpdate();
    return true;
  }
}
