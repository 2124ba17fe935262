/**
 * The static site (`npm run build:site`) as a webmaster hosts it and a partner uses it: the folder served under a
 * sub-path of one origin (127.0.0.1), the configurator's snippet copied from it and pasted into a page on a second
 * origin (localhost). The snippet must render the county's lines there, every script file it loads must be
 * integrity-checked, and in Chromium a tampered file (the entry, a chunk, a region file) must be refused.
 * Needs `npm run build` first (npm test does it); builds the site into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, watch } from './support/browser.js';
import { repoRoot, serve, type StaticServer } from './support/server.js';
import { STANISLAUS_TEL } from '../fixtures/verified-targets.js';

const PATH = '/help/heat';

let work: string;
let browser: Browser;
/** The host serving the built folder: 127.0.0.1, the folder at a sub-path, CORS for `dist/` as `_headers` asks. */
let host: StaticServer;
/** The partner: another origin (localhost), one page that is whatever the test pastes. */
let partner: StaticServer;
let partnerOrigin: string;
/** The partner's page (served for real: a page the test fulfils itself would count as public, and Chromium's local
 * network access rules would then refuse its requests to 127.0.0.1). */
let partnerRoutes: Record<string, { body: string }>;
/** Files the host answers with other bytes than it has (a tampered copy), by path. */
let routes: Record<string, { type?: string; body: string; headers?: Record<string, string> }>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'heat-site-'));
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-site.mjs'), '--out', join(work, 'www', PATH)], { cwd: repoRoot, stdio: 'pipe' });
  routes = {};
  host = await serve({
    root: join(work, 'www'),
    routes,
    headers: (path) => (path.startsWith(`${PATH}/dist/`) ? { 'access-control-allow-origin': '*' } : undefined),
  });
  partnerRoutes = {};
  partner = await serve({ routes: partnerRoutes });
  // Same server, another host name: another origin for the browser.
  partnerOrigin = partner.origin.replace('127.0.0.1', 'localhost');
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await partner?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface SnippetChoice {
  format?: 'classic' | 'module';
  updates?: 'pinned' | 'major';
  locale?: string;
}

/** The configurator on the host, Stanislaus County chosen: the snippet it hands out. */
async function copySnippet(choice: SnippetChoice = {}): Promise<string> {
  const tab = await browser.newPage();
  await tab.goto(`${host.origin}${PATH}/configurator/`);
  await tab.selectOption('#attr-region', 'us-ca-stanislaus');
  if (choice.locale) await tab.selectOption('#locale', choice.locale);
  if (choice.format) await tab.check(`input[name="format"][value="${choice.format}"]`);
  if (choice.updates) await tab.check(`input[name="updates"][value="${choice.updates}"]`);
  // The fallback is written in the chosen language once its text has loaded.
  if (choice.locale) {
    await tab.waitForFunction((lang) => document.querySelector<HTMLTextAreaElement>('#snippet')!.value.includes(`<ul lang="${lang}">`), choice.locale);
  }
  const snippet = await tab.locator('#snippet').inputValue();
  await tab.close();
  return snippet;
}

/** A partner's page on the other origin with `snippet` pasted into it. */
async function openPartnerPage(snippet: string): Promise<{ tab: Page; seen: ReturnType<typeof watch> }> {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner</title></head>
<body><main><h1>A partner</h1>
${snippet}
</main></body></html>`;
  const context = await browser.newContext();
  const tab = await context.newPage();
  partnerRoutes['/'] = { body };
  await tab.addInitScript(() => {
    (globalThis as unknown as { __tampered: number }).__tampered = 0;
  });
  const seen = watch(tab);
  await tab.goto(`${partnerOrigin}/`);
  return { tab, seen };
}

/** The rendered list's tel: targets (its shadow DOM, not the fallback inside the element). */
const renderedTel = (tab: Page) =>
  tab.evaluate(() =>
    Array.from(document.querySelector('heat-hotline-list')?.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? []).map((a) => a.getAttribute('href')),
  );

const waitForCounty = (tab: Page) =>
  tab.waitForFunction(
    (href) => Boolean(document.querySelector('heat-hotline-list')?.shadowRoot?.querySelector(`a[href="${href}"]`)),
    STANISLAUS_TEL.at(-5),
  );

/** The snippet's integrity: the entry's attribute, and the import map's URLs. */
function integrityOf(snippet: string): { entry: string; entryIntegrity: string | null; map: Record<string, string> } {
  const script = /<script (?!type="importmap")[^>]*src="([^"]+)"[^>]*>/.exec(snippet);
  const entryIntegrity = script?.[0].match(/integrity="([^"]+)"/)?.[1] ?? null;
  const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(snippet);
  return { entry: script![1], entryIntegrity, map: map ? (JSON.parse(map[1]) as { integrity: Record<string, string> }).integrity : {} };
}

/** Script files of the host's `dist/` the page requested (not source maps). */
const distScripts = (requests: readonly string[]) =>
  requests.filter((url) => url.startsWith(`${host.origin}${PATH}/dist/`) && url.endsWith('.js'));

/** Marks a file as tampered: same code, plus a line that counts its runs. */
function tamper(url: string) {
  const path = new URL(url).pathname;
  const original = readFileSync(join(work, 'www', path), 'utf8');
  routes[path] = { type: 'text/javascript; charset=utf-8', body: `${original}\n;globalThis.__tampered++;\n` };
}

const untamper = () => {
  for (const path of Object.keys(routes)) delete routes[path];
};

describe('the static site (npm run build:site)', () => {
  it('is one folder with the gallery, the configurator and dist/, and only relative URLs', async () => {
    const root = join(work, 'www', PATH);
    expect(readdirSync(root)).toEqual(expect.arrayContaining(['index.html', 'configurator', 'dist', 'assets', '_headers']));
    expect(readdirSync(join(root, 'dist'))).toEqual(expect.arrayContaining(['heat-widgets.js', 'heat-widgets.iife.js', 'regions', 'chunks']));
    expect(readdirSync(join(root, 'dist'))).not.toContain('esm');
    for (const page of ['index.html', 'configurator/index.html']) {
      const html = readFileSync(join(root, page), 'utf8');
      expect(html.match(/(?:src|href)="(?:\/|https?:)[^"]*"/g) ?? [], page).toEqual([]);
    }
    // Served under a sub-path, the gallery renders its elements.
    const tab = await browser.newPage();
    const seen = watch(tab);
    await tab.goto(`${host.origin}${PATH}/`);
    await tab.locator('heat-hotline-list[region="us-ca-stanislaus"] >> nth=0').locator(`a[href="${STANISLAUS_TEL.at(-5)}"]`).waitFor();
    expect(seen.errors.filter((e) => !/favicon|404/.test(e))).toEqual([]);
    await tab.close();
  });

  it('defaults to this host, pinned with integrity, as a classic script', async () => {
    const snippet = await copySnippet();
    const { entry, entryIntegrity, map } = integrityOf(snippet);
    expect(entry).toBe(`${host.origin}${PATH}/dist/heat-widgets.iife.js`);
    expect(entryIntegrity).toMatch(/^sha384-/);
    expect(snippet).toContain('crossorigin="anonymous"');
    // The county's and its state's files are in the import map.
    expect(Object.keys(map)).toEqual(
      expect.arrayContaining([`${host.origin}${PATH}/dist/regions/us-ca.js`, `${host.origin}${PATH}/dist/regions/us-ca-stanislaus.js`]),
    );
  });

  for (const format of ['classic', 'module'] as const) {
    describe(`${format} script, pinned, from a second origin`, () => {
      let snippet: string;
      let loaded: string[];

      beforeAll(async () => {
        untamper();
        snippet = await copySnippet({ format, locale: 'es' });
      });

      it('renders the county’s verified lines in Spanish, with no error', async () => {
        const { tab, seen } = await openPartnerPage(snippet);
        await waitForCounty(tab);
        expect(await renderedTel(tab)).toEqual(STANISLAUS_TEL);
        await tab.waitForFunction(() => document.querySelector('heat-hotline-list')?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === 'es');
        expect(seen.errors).toEqual([]);
        loaded = distScripts(seen.requests);
        expect(new Set(seen.requests.map((url) => new URL(url).origin))).toEqual(new Set([partnerOrigin, host.origin]));
        await tab.context().close();
      });

      it('integrity-checks every script file it loaded: the entry by its attribute, the rest by the import map', () => {
        const { entry, entryIntegrity, map } = integrityOf(snippet);
        expect(loaded).toContain(entry);
        expect(loaded.length).toBeGreaterThan(1);
        const dist = join(work, 'www', PATH, 'dist');
        const hash = (url: string) =>
          `sha384-${execFileSync('openssl', ['dgst', '-sha384', '-binary', join(dist, new URL(url).pathname.slice(`${PATH}/dist/`.length))]).toString('base64')}`;
        expect(entryIntegrity).toBe(hash(entry));
        for (const url of loaded.filter((u) => u !== entry)) {
          expect(map[url], `${url} is not in the snippet's import map`).toBe(hash(url));
        }
      });

      it('refuses each tampered file in Chromium, one at a time: no tampered byte runs', async () => {
        const { entry } = integrityOf(snippet);
        for (const url of loaded.filter((u) => u !== entry)) {
          tamper(url);
          try {
            const { tab, seen } = await openPartnerPage(snippet);
            await expect
              .poll(() => seen.errors.some((e) => /Failed to find a valid digest in the 'integrity' attribute/.test(e) && e.includes(url)), {
                message: `${url} was not refused`,
                timeout: 5000,
              })
              .toBe(true);
            expect(await tab.evaluate(() => (globalThis as unknown as { __tampered: number }).__tampered), url).toBe(0);
            await tab.context().close();
          } finally {
            untamper();
          }
        }
      });

      it('with the county’s file tampered, keeps the national lines', async () => {
        tamper(`${host.origin}${PATH}/dist/regions/us-ca-stanislaus.js`);
        try {
          const { tab } = await openPartnerPage(snippet);
          await tab.waitForFunction(() => {
            const list = document.querySelector('heat-hotline-list') as (Element & { data?: { regionLoading?: boolean } }) | null;
            return Boolean(list?.shadowRoot?.querySelector('a[href^="tel:"]')) && list?.data?.regionLoading === false;
          });
          const tel = await renderedTel(tab);
          expect(tel).toContain('tel:+18883737888');
          expect(tel).not.toContain(STANISLAUS_TEL.at(-5));
          expect(await tab.evaluate(() => (globalThis as unknown as { __tampered: number }).__tampered)).toBe(0);
          await tab.context().close();
        } finally {
          untamper();
        }
      });

      it('refuses a tampered entry: the page shows the snippet’s fallback links', async () => {
        const { entry } = integrityOf(snippet);
        tamper(entry);
        try {
          const { tab, seen } = await openPartnerPage(snippet);
          await tab.waitForLoadState('load');
          await tab.waitForTimeout(300);
          expect(await tab.evaluate(() => Boolean(customElements.get('heat-hotline-list')))).toBe(false);
          expect(await tab.evaluate(() => (globalThis as unknown as { __tampered: number }).__tampered)).toBe(0);
          expect(seen.errors.some((e) => e.includes('integrity') && e.includes(entry))).toBe(true);
          const fallback = await tab.locator('heat-hotline-list > ul a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          expect(fallback).toEqual(STANISLAUS_TEL);
          await tab.context().close();
        } finally {
          untamper();
        }
      });
    });
  }

  it('"what this site serves now": no integrity, no import map, and it renders from the second origin', async () => {
    const snippet = await copySnippet({ updates: 'major' });
    expect(snippet).not.toContain('integrity');
    expect(snippet).not.toContain('importmap');
    const { tab, seen } = await openPartnerPage(snippet);
    await waitForCounty(tab);
    expect(await renderedTel(tab)).toEqual(STANISLAUS_TEL);
    expect(seen.errors).toEqual([]);
    await tab.context().close();
  });
});
