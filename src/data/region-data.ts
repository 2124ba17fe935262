/**
 * The bundled data of states and counties: each region's name, guidance and lines, from
 * `src/data/regions/<code>.json`. Each file is its own chunk beside the entry (same origin as the script, never a
 * third party), fetched the first time a list for that region is shown and shared by every element on the page. The
 * files are our own, checked by the validator partners use in the unit tests, so they are not validated again here.
 *
 * This module and the region index load only on pages that show a state or county (`data-controller.ts`): a national
 * page pays nothing for them.
 */
import { warnOnce } from '../base/warn-once.js';
import { isKnownRegion, ourLineRegion, regionChain } from './region-index.js';
import type { Region, RegionCode, Resource } from './types.js';

export { openNowJudge } from './schedule.js';

interface RegionData {
  region: Region;
  resources: Resource[];
}

interface RegionFile {
  regions: Region[];
  resources: Resource[];
}

const loads = new Map<RegionCode, Promise<RegionData>>();

/** What a list for a region shows from our data: the lines of its state and county, and their guidance. */
export interface ChainData {
  resources: Resource[];
  /**
   * How to report in each region of the chain that publishes guidance (a state without a statewide line), as a
   * listing without a number: the region's name, the guidance, its source.
   */
  guidance: Resource[];
}

/**
 * The state's and county's data for `code`, from `regions/` beside `base` (the entry script, or the data folder of
 * the sources). An unknown code stands for its nearest known region, with one warning; `line:<id>` for the region
 * whose file holds our line `id` (see `ourLineRegion`). National lines are not here: they are in every page.
 */
export async function loadChain(code: RegionCode, base: string): Promise<ChainData> {
  // `line:<id>`: the region whose file holds our line `id`, or none (national lines only).
  const chain = code.startsWith('line:') ? regionChain(ourLineRegion(code.slice(5)) ?? 'us') : regionChain(code);
  try {
    const files = await Promise.all(chain.filter((at) => at !== 'us').map((at) => loadRegion(at, base)));
    const guidance = files.flatMap(({ region: { code, name, guidance } }) =>
      guidance ? [{ id: `guidance-${code}`, name, description: guidance.text, region: code, topics: ['child-abuse', 'report'], channels: [], ...guidance }] : [],
    );
    return { resources: files.flatMap((f) => f.resources), guidance };
  } catch (error) {
    warnOnce(`region-load:${code}`, `heat-widgets: could not load the lines for ${code}; showing the national lines. ${error}`);
    throw error;
  }
}

/**
 * Loads a known state's or county's file once per page. A failure is forgotten, so the next element that asks (or
 * this one, when its region changes) tries again.
 */
function loadRegion(code: RegionCode, _base: string): Promise<RegionData> {
  let load = loads.get(code);
  if (!load) {
    // Only codes from our own list reach the import: the attribute never becomes a path.
    if (!isKnownRegion(code) || code === 'us') return Promise.reject(new Error(`no region file for "${code}"`));
    // The JSON sources beside this module (development server, browser tests, the npm modules, whose bundlers see each
    // file). vite.config.ts replaces this line in our builds with `dist/regions/<code>.js` beside the script (`base`).
    const module: Promise<{ default: RegionFile }> = import(`./regions/${code}.json`, { with: { type: 'json' } });
    load = module.then(
      (module: { default: RegionFile }) => {
        const file = module.default;
        return { region: file.regions[0], resources: file.resources };
      },
      (error: unknown) => {
        loads.delete(code);
        throw error;
      },
    );
    loads.set(code, load);
  }
  return load;
}
