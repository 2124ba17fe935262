/**
 * What every partner page in the conformance suite shares: which elements exist, the markup that puts each on a page,
 * and the audit every page must pass (renders, axe, errors, requests, cookies, storage).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { repoRoot } from './server.js';

const require = createRequire(import.meta.url);
export const axePath = require.resolve('axe-core');

/**
 * Attributes that give an element real content on a test page. Elements not listed here go on the page bare: they
 * must render something useful with their defaults.
 */
const PAGE_ATTRIBUTES: Record<string, string> = {
  'heat-hotline-list': 'region="us-ca-stanislaus"',
};

/**
 * Every element the built bundle registers, in registration order: a page loads `scriptUrl` with
 * `customElements.define` observed, so a new element is on every conformance page the day it is registered.
 */
export async function registeredTags(browser: Browser, pageUrl: string): Promise<string[]> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __heatDefined: string[] }).__heatDefined = []);
    const define = CustomElementRegistry.prototype.define;
    CustomElementRegistry.prototype.define = function (this: CustomElementRegistry, name, ...rest) {
      seen.push(name);
      return define.call(this, name, ...rest);
    };
  });
  await tab.goto(pageUrl);
  await tab.waitForFunction(() => (window as unknown as { __heatDefined: string[] }).__heatDefined.length > 0);
  // Registration happens in one synchronous run of the entry: once the first tag is in, so are the others.
  const tags = await tab.evaluate(() => (window as unknown as { __heatDefined: string[] }).__heatDefined);
  await context.close();
  return tags;
}

/** One instance of each element, with the attributes it needs to show real content. */
export function elementsMarkup(tags: readonly string[], extra: Record<string, string> = {}): string {
  return tags
    .map((tag) => `<${tag} ${PAGE_ATTRIBUTES[tag] ?? ''} ${extra[tag] ?? ''}></${tag}>`)
    .join('\n');
}

export function partnerPage(options: { lang?: string; head?: string; body: string; title?: string }): string {
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title ?? 'A partner page'}</title>
${options.head ?? ''}
</head>
<body>
<main>
<h1>${options.title ?? 'A partner page'}</h1>
${options.body}
</main>
</body>
</html>`;
}

/** The HTML snippet under the README's "Embed" heading, as a partner copies it. */
export function readmeEmbedSnippet(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Embed'));
  const snippet = section?.match(/```html\n([\s\S]*?)```/)?.[1];
  if (!snippet) throw new Error('README.md has no ```html block under "## Embed"');
  return snippet;
}

/** Waits until every element has rendered its shadow content, with its state's or county's lines once they arrived. */
export async function waitForElements(tab: Page, tags: readonly string[]): Promise<void> {
  await tab.waitForFunction(
    (names) =>
      names.every((tag) => {
        const all = document.querySelectorAll(tag);
        return (
          all.length > 0 &&
          Array.from(all).every(
            (el) =>
              (el.shadowRoot?.textContent ?? '').trim().length > 0 &&
              !(el as Element & { data?: { regionLoading?: boolean } }).data?.regionLoading,
          )
        );
      }),
    tags,
  );
}

export interface RenderedElement {
  tag: string;
  /** Shadow text, whitespace collapsed. */
  text: string;
  width: number;
  height: number;
  /** How many copies of the element's content its shadow root holds (its outermost rendered blocks). */
  roots: number;
}

/** What each element put on screen: its shadow text and its size. */
export async function rendered(tab: Page, tags: readonly string[]): Promise<RenderedElement[]> {
  return tab.evaluate(
    (names) =>
      names.flatMap((tag) =>
        Array.from(document.querySelectorAll(tag)).map((el) => {
          const box = el.getBoundingClientRect();
          const shadow = el.shadowRoot;
          return {
            tag,
            text: (shadow?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            width: box.width,
            height: box.height,
            roots: shadow ? Array.from(shadow.children).filter((c) => !['STYLE', 'LINK', 'SLOT'].includes(c.tagName)).length : 0,
          };
        }),
      ),
    tags,
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (from node_modules) on the whole page, shadow roots included. The page must allow inline script. */
export async function axeViolations(tab: Page): Promise<AxeViolation[]> {
  await tab.addScriptTag({ path: axePath });
  return tab.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n: { target: unknown }) => JSON.stringify(n.target)),
    }));
  });
}

export interface StorageReport {
  cookies: number;
  documentCookie: string;
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  cacheStorage: string[];
}

/** Everything a page could have left behind: cookies and every kind of storage. */
export async function storage(context: BrowserContext, tab: Page): Promise<StorageReport> {
  const cookies = (await context.cookies()).length;
  const inPage = await tab.evaluate(async () => ({
    documentCookie: document.cookie,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name ?? '(unnamed)'),
    cacheStorage: 'caches' in window ? await caches.keys() : [],
  }));
  return { cookies, ...inPage };
}

export const NOTHING_STORED: StorageReport = {
  cookies: 0,
  documentCookie: '',
  localStorage: [],
  sessionStorage: [],
  indexedDB: [],
  cacheStorage: [],
};

/** Requests that went anywhere but the allowed origins (the page document itself excepted). */
export function offOriginRequests(requests: readonly string[], pageUrl: string, allowedOrigins: readonly string[], allowedUrls: readonly string[] = []): string[] {
  return requests.filter((url) => url !== pageUrl && !allowedUrls.includes(url) && !allowedOrigins.includes(new URL(url).origin));
}

/** Built locale chunks in dist/, by locale (`es` -> `chunks/es-1a2b3c.js`). */
export function builtLocaleChunks(): Map<string, string> {
  const manifestless = new Map<string, string>();
  const entry = readFileSync(join(repoRoot, 'dist/heat-widgets.js'), 'utf8');
  for (const match of entry.matchAll(/import\(\s*[`'"]\.\/(chunks\/([a-z]{2,3}(?:[-_][A-Za-z0-9]+)*)-[A-Za-z0-9_-]{6,}\.js)[`'"]\s*\)/g)) {
    const map = JSON.parse(readFileSync(join(repoRoot, 'dist', `${match[1]}.map`), 'utf8')) as { sources: string[] };
    if (map.sources.some((s) => s.includes('i18n/generated/locales/'))) manifestless.set(match[2], match[1]);
  }
  return manifestless;
}
