/**
 * Gives an element its data: the bundled dataset at once, then a partner's `src` when it arrives valid.
 * Help never waits on the network and never goes blank: every failure keeps the bundled data on screen, fires
 * `heat-data-error` and is logged once per URL.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../base/events.js';
import { warnOnce } from '../base/warn-once.js';
import { bundledData } from './bundled-data.js';
import type { DataErrorReason, LoadedData } from './loader.js';
import type { Dataset } from './types.js';

/** What a failed load reports: the loader's DataLoadError, or the same shape when the loader itself did not load. */
interface DataFailure {
  reason: DataErrorReason;
  url: string;
  message: string;
}

const warnedProblems = new WeakSet<LoadedData>();

export class DataController implements ReactiveController {
  /** The bundled data, for anything a partner file does not cover. */
  readonly fallback: Dataset = bundledData;
  /** The data to render: bundled until a partner file has loaded. */
  dataset: Dataset = bundledData;
  /** True while a partner file is on its way (the bundled data is showing meanwhile). */
  loading = false;
  /** Set when the partner file was used. */
  partnerUrl?: string;

  private src?: string;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Call from the host's `willUpdate` when `src` changes. The latest `src` always wins. */
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
    this.dataset = bundledData;
    this.partnerUrl = undefined;
    this.loading = false;
  }

  private start(): void {
    const src = this.src;
    if (!src) return;
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.host.requestUpdate();
    const failed = (error: DataFailure) => {
      if (abort.signal.aborted) return;
      this.loading = false;
      this.fail(error);
      this.host.requestUpdate();
    };
    // Fetching and validating partner data is a third of our code and only pages with a `src` need it: it loads on
    // first use, from beside the entry. If even that fails (offline), the bundled data stays, as for any failure.
    import('./loader.js').then(
      ({ DataLoadError, loadData, resolveDataUrl }) => {
        if (abort.signal.aborted) return;
        let url: string;
        try {
          url = resolveDataUrl(src);
        } catch (error) {
          failed(error as DataFailure);
          return;
        }
        loadData(url, abort.signal).then(
          (loaded) => {
            if (abort.signal.aborted) return;
            this.loading = false;
            this.show(url, loaded);
          },
          (error: unknown) => failed(error instanceof DataLoadError ? error : { reason: 'network', url, message: String(error) }),
        );
      },
      () => failed({ reason: 'network', url: src, message: 'could not load the heat-widgets data loader' }),
    );
  }

  private show(url: string, loaded: LoadedData): void {
    this.dataset = {
      version: 1,
      // An empty list in the partner file would blank the panel: keep ours for that part.
      resources: loaded.dataset.resources.length ? loaded.dataset.resources : bundledData.resources,
      facts: loaded.dataset.facts.length ? loaded.dataset.facts : bundledData.facts,
    };
    this.partnerUrl = url;
    const dropped = loaded.problems.filter((p) => p.severity === 'error');
    if (dropped.length && !warnedProblems.has(loaded)) {
      warnedProblems.add(loaded);
      console.warn(
        `heat-widgets: ${url}: ${dropped.length} invalid value(s) were left out:\n` +
          dropped.map((p) => `  ${p.path} ${p.message}`).join('\n'),
      );
    }
    emit(this.host, 'heat-data-load', { url, dropped: dropped.length });
    this.host.requestUpdate();
  }

  private fail(error: DataFailure): void {
    warnOnce(
      `data:${error.url} ${error.reason}`,
      `heat-widgets: could not use data from ${error.url}: it ${error.message} (${error.reason}). Showing the bundled data instead.`,
    );
    emit(this.host, 'heat-data-error', { url: error.url, reason: error.reason, message: error.message });
  }
}
