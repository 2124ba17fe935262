/**
 * Fetches a partner's JSON (`src`) once per URL per page, with a time limit and a size limit, and validates it.
 * Nothing here touches the DOM; `data-controller.ts` wires it to elements.
 *
 * Privacy: requests carry no cookies and no referrer, so the partner's server never learns which page (or which
 * person) asked for help.
 */
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

/** Resolves `src` against the page; only https:, or http: on the page's own origin (local development), is fetched. */
export function resolveDataUrl(src: string, base: string = document.baseURI): string {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new DataLoadError('bad-url', src, 'is not a URL');
  }
  const sameOrigin = url.origin === new URL(base).origin;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && sameOrigin)) {
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

async function fetchAndValidate(url: string, controller: AbortController): Promise<LoadedData> {
  const timer = setTimeout(() => controller.abort(new DataLoadError('timeout', url, `did not answer within ${loaderSettings.timeoutMs / 1000} s`)), loaderSettings.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
      });
    } catch (e) {
      throw controller.signal.reason instanceof DataLoadError ? controller.signal.reason : new DataLoadError('network', url, 'could not be reached');
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
    const { dataset, problems } = validateDataset(json);
    if (!dataset) {
      const first = problems.find((p) => p.severity === 'error');
      throw new DataLoadError('invalid', url, `does not match the heat-widgets data schema: ${first?.path} ${first?.message}`);
    }
    return { url, dataset, problems };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads and validates `url`. Callers asking for the same URL share one request; when every caller has aborted before
 * it finished, the request is aborted too. Rejects with a DataLoadError, or with the caller's abort reason.
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
  return new Promise<LoadedData>((resolve, reject) => {
    const onAbort = () => {
      shared.users--;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (loads.get(url) === shared) loads.delete(url);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (data) => {
        signal.removeEventListener('abort', onAbort);
        resolve(data);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Forgets finished loads (tests; a page never needs it). */
export function clearDataCache(): void {
  loads.clear();
}
