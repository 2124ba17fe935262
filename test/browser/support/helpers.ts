/** Small helpers that look at elements the way a user (or assistive technology) does. */
import { regionalFactsLoaded } from '../../../src/csec-facts/regional-facts-loading.js';
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** The element's idle status live region is in the page (so it announces later) and takes no room. */
export function expectIdleStatusTakesNoRoom(el: Element): void {
  const status = shadow(el).querySelector('[part="status"]')!;
  expect(status.getAttribute('role')).to.equal('status');
  expect(getComputedStyle(status).display).not.to.equal('none');
  // Heading to content: no gap left by an empty paragraph's margin.
  expect(getComputedStyle(status).marginBlockEnd).to.equal('0px');
  expect(status.getBoundingClientRect().height).to.equal(0);
}

export function links(el: Element): HTMLAnchorElement[] {
  return Array.from(shadow(el).querySelectorAll('a'));
}

export function hrefs(el: Element, scheme?: string): string[] {
  return links(el)
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => !scheme || href.startsWith(scheme));
}

/** Visible text, whitespace collapsed, without visually hidden parts. */
export function visibleText(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function waitForEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  timeout = 5000,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

/**
 * The accessible names of every link in the page, as Chromium's accessibility tree computes them. Chromium builds that
 * tree lazily, and in a window that is not in front (two test files run at once) the first snapshot can come back
 * empty, so this asks again, briefly, until the tree has links.
 */
export async function accessibleLinkNames(): Promise<string[]> {
  for (let attempt = 0; ; attempt++) {
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
    const names: string[] = [];
    const walk = (node: AxNode) => {
      if (node.role === 'link') names.push(node.name);
      node.children?.forEach(walk);
    };
    walk(snapshot);
    if (names.length || attempt >= 20) return names;
    await sleep(100);
  }
}

/** Records fetch() calls made by the page (the platform API, not our code). */
export function recordFetches(): { calls: { url: string; signal?: AbortSignal | null }[]; restore: () => void } {
  const original = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal });
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** Collects console.warn calls while a test runs. */
export function recordWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/**
 * Waits until an element's state or county data (loaded on demand: a list's or banner's lines,
 * `src/data/region-data.ts`; a facts panel's state and local facts, `src/data/regional-facts.ts`) has arrived and the
 * element rendered with it; at once for elements that need none.
 */
export async function regionReady(el: Element): Promise<void> {
  const host = el as Element & { data?: { regionLoading: boolean }; updateComplete?: Promise<unknown> };
  const start = Date.now();
  while (host.data?.regionLoading && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 10));
  if (el.localName === 'csec-facts') await regionalFactsLoaded();
  await host.updateComplete;
}

/** Every character of `root`'s text with its box on screen, in DOM order (characters without a box left out). */
export function characterBoxes(root: Node): { char: string; box: DOMRect }[] {
  const out: { char: string; box: DOMRect }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (box) out.push({ char: node.textContent![i], box });
    }
  }
  return out;
}
