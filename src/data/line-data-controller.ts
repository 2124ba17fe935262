/**
 * The lines' data controller (list, banner): a partner's `src` as `DataController` does, plus a state's or county's own
 * lines, loaded on demand. The facts panel uses `DataController` alone and does not carry this.
 */
import { DataController } from './data-controller.js';
import type { ChainData } from './region-data.js';
import type { RegionCode, Resource, Schedule } from './types.js';

/**
 * Where region files are found (`regions/` beside it): this module's own URL, which is the entry script's in a build
 * and the data folder in the sources. The classic script has no import.meta.url: its <script>, read while it runs.
 */
const regionBase = import.meta.url || (document.currentScript as HTMLScriptElement | null)?.src;

export class LineDataController extends DataController {
  /** True while a state's or county's file is on its way (the national lines are showing meanwhile). */
  regionLoading = false;
  /** Whether a published schedule is open now, on the line's own clock; loads with state and county data. */
  isOpen?: (schedule: Schedule) => boolean;
  /** The state's and county's data for the region asked for, once arrived. */
  private regional?: ChainData;
  private region: string = 'us';

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

  /**
   * The lines to choose from. A partner file adds its lines to ours; one that sets `replaceBundled` shows only its
   * own (the list adds 911 whatever the file holds). Partner lines cannot reuse our ids (the validator refuses them).
   */
  get resources(): Resource[] {
    return this.dataset.replaceBundled ? this.dataset.resources : [...this.dataset.resources, ...this.bundledResources];
  }

  /** Our lines for the region: national, then the state's and county's once they have arrived. */
  get bundledResources(): Resource[] {
    return this.regional ? [...this.bundled.resources, ...this.regional.resources] : this.bundled.resources;
  }
}
