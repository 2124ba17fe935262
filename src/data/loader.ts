/**
 * Fetches a partner's JSON (`src`) once per URL per page, with a time limit and a size limit, and validates it.
 * Nothing here touches the DOM; `data-controller.ts` loads it on an element's first `src` and `usePartnerData` hands
 * the outcome back, as data and events.
 *
 * Privacy: requests carry no cookies and no referrer, so the partner's server never learns which page (or which
 * person) asked for help.
 */
import { emit } from '../base/events.js';
import { warnOnce } from '../base/warn-once.js';
import type { Dataset } from './types.js';
import { type Problem, validateDataset } from './validate.js';

export type DataErrorReason = 'bad-url' | 'network' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'invalid';

export class DataLoadError extends Error {
  constructor(
    readonly reason: DataErrorReason,
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

export interface LoadedData {
  url: string;
  dataset: Dataset;
  /** Entries and values that were left out, with their JSON paths. */
  problems: Problem[];
}

/** Limits, as settings so that tests can shorten the wait; pages have no reason to change them. */
export const loaderSettings = { timeoutMs: 8000, maxBytes: 1024 * 1024 };

interface SharedLoad {
  promise: Promise<LoadedData>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const loads = new Map<string, SharedLoad>();

/**
 * `src` as a message may show it: never a user name or password. A parsed URL loses them (`https://host/x.json`); a
 * string that is no URL loses everything up to its last `@`.
 */
export function withoutCredentials(src: string | URL): string {
  if (typeof src === 'string') return src.replace(/^(.*?\/\/)?.*@/s, '$1');
  const url = new URL(src.href);
  url.username = url.password = '';
  return url.href;
}

/** Where data may come from: https:, or http: on the page's own origin (local development). */
function isAllowedSource(url: URL, base: string): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && url.origin === new URL(base).origin);
}

/**
 * Resolves `src` against the page; only https:, or http: on the page's own origin (local development), is fetched.
 * An address with a user name or password is refused before any request: it would put a credential in the console,
 * in events and in the server's logs.
 */
export function resolveDataUrl(src: string, base: string = document.baseURI): string {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new DataLoadError('bad-url', withoutCredentials(src), 'is not a URL');
  }
  if (url.username || url.password) {
    throw new DataLoadError('bad-url', withoutCredentials(url), 'must not carry a user name or password (user:pass@)');
  }
  if (!isAllowedSource(url, base)) {
    throw new DataLoadError('bad-url', src, 'must be an https: address (or on this page’s own origin)');
  }
  return url.href;
}

/** Reads a response body, refusing more than `max` bytes (exported for the `heat-widgets validate` command). */
export async function readLimited(response: Response, url: string, max: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) throw new DataLoadError('too-large', url, `is ${declared} bytes; the limit is ${max}`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new DataLoadError('too-large', url, `is more than ${max} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * A day known to be past: a `verified` date our region files have reached (a unit test checks it is one, within a
 * year of the latest). Partner dates are judged against the later of this and the reader's clock, so a phone whose
 * clock went back to 2020 does not refuse every partner line as checked in the future. (This chunk cannot import
 * the bundled data: it carries its own copy of what it imports.)
 */
export const KNOWN_PAST = '2026-11-30';
const knownPast = Date.parse(KNOWN_PAST);

/** Fetches, reads and validates `url`; no time limit of its own (see `fetchAndValidate`). */
async function fetchAndRead(url: string, controller: AbortController): Promise<LoadedData> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw controller.signal.reason instanceof DataLoadError ? controller.signal.reason : new DataLoadError('network', url, 'could not be reached');
  }
  // A redirect may have left https: (an http: page loads http: without a word): the final address must pass too.
  let final: URL | undefined;
  try {
    final = new URL(response.url || url);
  } catch {
    // No address to judge: refused below.
  }
  if (!final || final.username || final.password || !isAllowedSource(final, document.baseURI)) {
    throw new DataLoadError('bad-url', url, 'was redirected to an address that is not https: (nor on this page’s own origin)');
  }
  if (!response.ok) throw new DataLoadError('http', url, `answered HTTP ${response.status}`);
  let text: string;
  try {
    text = await readLimited(response, url, loaderSettings.maxBytes);
  } catch (e) {
    if (e instanceof DataLoadError) throw e;
    throw controller.signal.reason instanceof DataLoadError ? controller.signal.reason : new DataLoadError('network', url, 'broke off while loading');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataLoadError('not-json', url, 'is not valid JSON');
  }
  const { dataset, problems } = validateDataset(json, { now: new Date(Math.max(Date.now(), knownPast)) });
  if (!dataset) {
    const first = problems.find((p) => p.severity === 'error');
    throw new DataLoadError('invalid', url, `does not match the heat-widgets data schema: ${first?.path} ${first?.message}`);
  }
  return { url, dataset, problems };
}

/**
 * `fetchAndRead` within the time limit, whatever the page's `fetch` does: the request is aborted at the limit, and the
 * load gives up at the same moment even when that `fetch` (a page's wrapper, a polyfill) or its body ignores the abort.
 */
async function fetchAndValidate(url: string, controller: AbortController): Promise<LoadedData> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DataLoadError('timeout', url, `did not answer within ${loaderSettings.timeoutMs / 1000} s`);
      controller.abort(error);
      reject(error);
    }, loaderSettings.timeoutMs);
  });
  try {
    return await Promise.race([fetchAndRead(url, controller), limit]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads and validates `url`. Callers asking for the same URL share one request and one copy of the data. `signal`
 * says how long the caller uses it: when every caller has aborted (another `src`, the element left the page), an
 * unfinished request is aborted and the data is forgotten, so a page that goes through many files keeps only those on
 * screen. Rejects with a DataLoadError, or with the caller's abort reason.
 */
export function loadData(url: string, signal: AbortSignal): Promise<LoadedData> {
  let load = loads.get(url);
  if (!load) {
    const controller = new AbortController();
    const created: SharedLoad = { controller, users: 0, settled: false, promise: fetchAndValidate(url, controller) };
    created.promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        // A failure is not kept: a later element (or a reload of `src`) may try again.
        if (loads.get(url) === created) loads.delete(url);
      },
    );
    loads.set(url, created);
    load = created;
  }
  const shared = load;
  shared.users++;
  const release = () => {
    if (--shared.users) return;
    if (!shared.settled) shared.controller.abort();
    if (loads.get(url) === shared) loads.delete(url);
  };
  return new Promise<LoadedData>((resolve, reject) => {
    const onAbort = () => {
      release();
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(resolve, (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(error);
    });
  });
}

/**
 * What an element's data controller calls, the one entry into this chunk: `src` resolved against the page, loaded,
 * validated, and its left-out entries warned about once per URL. Rejects with a DataLoadError, or with the caller's
 * abort reason.
 */
export async function loadSource(src: string, signal: AbortSignal): Promise<{ url: string; dataset: Dataset; dropped: number }> {
  const url = resolveDataUrl(src);
  let loaded: LoadedData;
  try {
    loaded = await loadData(url, signal);
  } catch (error) {
    throw error instanceof DataLoadError || signal.aborted ? error : new DataLoadError('network', url, String(error));
  }
  const dropped = loaded.problems.filter((p) => p.severity === 'error');
  // Once per URL per page, also when the file is loaded again after no element used it.
  if (dropped.length && !signal.aborted) {
    warnOnce(
      `data:${url} dropped`,
      `heat-widgets: ${url}: ${dropped.length} invalid value(s) were left out:\n` + dropped.map((p) => `  ${p.path} ${p.message}`).join('\n'),
    );
  }
  return { url, dataset: loaded.dataset, dropped: dropped.length };
}

/** What `usePartnerData` hands the outcome to: an element's data controller (`data-controller.ts`). */
export interface PartnerDataUser {
  readonly host: EventTarget;
  dataset: Dataset;
  partnerUrl?: string;
  /** False when the load for `signal` no longer counts (another `src`, the element removed); else ends the loading. */
  settled(signal: AbortSignal): boolean;
}

/**
 * Loads `src` for a data controller and hands over the outcome: the partner's data and `heat-data-load`, or, on any
 * failure, one console warning per URL and reason and `heat-data-error` (the bundled data stays). Here, not in the
 * controller, so that pages without `src` never download it.
 */
export function usePartnerData(user: PartnerDataUser, src: string, signal: AbortSignal): Promise<void> {
  return loadSource(src, signal).then(
    ({ url, dataset, dropped }) => {
      if (!user.settled(signal)) return;
      // The list adds the partner's lines to ours; where its facts say nothing for a selection (none at all, say),
      // the facts panel shows ours.
      user.dataset = dataset;
      user.partnerUrl = url;
      emit(user.host, 'heat-data-load', { url, dropped });
    },
    ({ url, reason, message }: DataLoadError) => {
      if (!user.settled(signal)) return;
      warnOnce(`data:${url} ${reason}`, `heat-widgets: could not use data from ${url}: it ${message} (${reason}). Showing the bundled data instead.`);
      emit(user.host, 'heat-data-error', { url, reason, message });
    },
  );
}

/** The URLs whose loads are kept for elements that use them (tests). */
export function cachedDataUrls(): string[] {
  return [...loads.keys()];
}

/** Forgets finished loads (tests; a page never needs it). */
export function clearDataCache(): void {
  loads.clear();
}
