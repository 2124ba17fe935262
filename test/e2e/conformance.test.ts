/**
 * Partner-page conformance: the built bundle on pages we have never seen, with every element it registers.
 *
 * Pages: hostile global CSS; a strict Content Security Policy with Trusted Types; the script included twice plus the
 * classic build; the script from another origin on a Spanish page; JavaScript off with the README's fallback snippet.
 * Every page: each element renders, axe finds nothing, no uncaught or console errors, no request off the script's
 * origin (except a `src` the page set), no cookies and no storage of any kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watch, type PageWatch } from './support/browser.js';
import { repoRoot, serve, type StaticServer } from './support/server.js';
import {
  NOTHING_STORED,
  axeViolations,
  builtLocaleChunks,
  elementsMarkup,
  offOriginRequests,
  partnerPage,
  readmeEmbedSnippet,
  registeredTags,
  rendered,
  storage,
  waitForElements,
  type AxeViolation,
  type RenderedElement,
  type StorageReport,
} from './support/partner-page.js';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; " +
  // The strictest Trusted Types allow-list we can live with: Lit's own policy, nothing else (no 'default').
  'trusted-types lit-html';

/** Global rules from popular CSS frameworks and resets that are known to break embedded widgets. */
const HOSTILE_CSS = `
html { font-size: 62.5%; }
* { box-sizing: content-box; line-height: 1; }
button, a { all: unset; }
ul { list-style: none; padding: 0; }
body { font-size: 1.2rem; }
`;

/** Same-origin, external (CSP allows it): records every policy violation the page sees, from the first byte on. */
const CSP_LISTENER = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '(inline)') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
});`;

const PARTNER_JSON = readFileSync(join(repoRoot, 'test/browser/fixtures/partner-valid.json'), 'utf8');

let browser: Browser;
let cdn: StaticServer;
let site: StaticServer;
let tags: string[];
const routes: Record<string, { type?: string; body: string; headers?: Record<string, string> }> = {};

interface Visit {
  url: string;
  watch: PageWatch;
  elements: RenderedElement[];
  axe: AxeViolation[];
  storage: StorageReport;
  context: BrowserContext;
  tab: Page;
}

/** Opens a page, waits for every element, and collects what every page is checked for. `axe: false` skips axe. */
async function visit(path: string, options: { javaScript?: boolean; axe?: boolean; waitFor?: string[] } = {}): Promise<Visit> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
  const tab = await context.newPage();
  const seen = watch(tab);
  const url = `${site.origin}${path}`;
  await tab.goto(url);
  await waitForElements(tab, options.waitFor ?? tags);
  const elements = await rendered(tab, tags);
  const axe = options.axe === false ? [] : await axeViolations(tab);
  return { url, watch: seen, elements, axe, storage: await storage(context, tab), context, tab };
}

beforeAll(async () => {
  // The CDN allows cross-origin module loads, as jsDelivr and unpkg do.
  cdn = await serve({ headers: () => ({ 'access-control-allow-origin': '*' }) });
  site = await serve({ routes });
  routes['/discover.html'] = { body: partnerPage({ head: `<script type="module" src="${cdn.origin}/dist/heat-widgets.js"></script>`, body: '' }) };
  browser = await launch();
  tags = await registeredTags(browser, `${site.origin}/discover.html`);
});

afterAll(async () => {
  await browser?.close();
  await cdn?.close();
  await site?.close();
});

/** The checks every page gets. */
function everyPageChecks(get: () => Visit, allowed: () => { origins: string[]; urls?: string[] }) {
  it('renders every registered element, each with visible content', () => {
    const { elements } = get();
    expect([...new Set(elements.map((e) => e.tag))].sort()).toEqual([...tags].sort());
    for (const element of elements) {
      expect(element.text.length, `${element.tag} shows text`).toBeGreaterThan(0);
      expect(element.width * element.height, `${element.tag} takes up space`).toBeGreaterThan(0);
    }
  });

  it('axe finds no violations', () => {
    expect(get().axe).toEqual([]);
  });

  it('has no uncaught errors and no console errors', () => {
    expect(get().watch.errors).toEqual([]);
  });

  it('asks nothing of any origin but the script’s', () => {
    const { watch: seen, url } = get();
    const { origins, urls = [] } = allowed();
    expect(offOriginRequests(seen.requests, url, origins, urls)).toEqual([]);
  });

  it('sets no cookie and stores nothing', () => {
    expect(get().storage).toEqual(NOTHING_STORED);
  });
}

describe('conformance: element discovery', () => {
  it('finds the registered elements in the built bundle', () => {
    // Read from the bundle's own registrations; the reference element must be among them, so this cannot pass empty.
    expect(tags).toContain('heat-hotline-list');
    expect(new Set(tags).size).toBe(tags.length);
  });
});

describe('conformance: page with aggressive global CSS', () => {
  let page: Visit;
  beforeAll(async () => {
    routes['/hostile-css.html'] = {
      body: partnerPage({
        title: 'Hostile CSS',
        head: `<style>${HOSTILE_CSS}</style><script type="module" src="${cdn.origin}/dist/heat-widgets.js"></script>`,
        body: elementsMarkup(tags),
      }),
    };
    page = await visit('/hostile-css.html');
    await page.tab.screenshot({ path: join(repoRoot, '.test-results/conformance-hostile-css.png'), fullPage: true });
  });
  afterAll(() => page?.context.close());

  everyPageChecks(() => page, () => ({ origins: [cdn.origin] }));

  it('keeps 16 px text and 1.5 line height on each element’s inner root, whatever the page’s root size', async () => {
    const roots = await page.tab.evaluate((names) => {
      return names.map((tag) => {
        const root = document.querySelector(tag)!.shadowRoot!.querySelector('.root, [part~="base"]');
        const style = root ? getComputedStyle(root) : undefined;
        return { tag, fontSize: style?.fontSize, lineHeight: style?.lineHeight };
      });
    }, tags);
    // The page's own text is 12 px (1.2rem of 10 px): the elements must not follow it.
    expect(await page.tab.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('12px');
    for (const root of roots) {
      expect(root, `${root.tag} inner root`).toEqual({ tag: root.tag, fontSize: '16px', lineHeight: '24px' });
    }
  });

  it('keeps every action and button at least 44 by 44 px', async () => {
    const targets = await page.tab.evaluate((names) => {
      return names.flatMap((tag) =>
        Array.from(document.querySelectorAll(tag)).flatMap((el) =>
          Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('button, [part~="action"]'))
            .filter((t) => t.getClientRects().length > 0)
            .map((t) => {
              const box = t.getBoundingClientRect();
              return { tag, label: (t.textContent ?? '').trim().slice(0, 40), width: Math.round(box.width), height: Math.round(box.height) };
            }),
        ),
      );
    }, tags);
    expect(targets.length).toBeGreaterThan(0);
    const small = targets.filter((t) => t.width < 44 || t.height < 44);
    expect(small).toEqual([]);
  });

  it('keeps list semantics: every list and list item is in the accessibility tree', async () => {
    for (const tag of tags) {
      const counts = await page.tab.evaluate((name) => {
        const shadow = document.querySelector(name)!.shadowRoot!;
        const visible = (e: Element) => e.getClientRects().length > 0;
        return {
          lists: Array.from(shadow.querySelectorAll('ul, ol')).filter(visible).length,
          items: Array.from(shadow.querySelectorAll('ul > li, ol > li')).filter(visible).length,
        };
      }, tag);
      if (!counts.lists) continue;
      const tree = await page.tab.locator(tag).ariaSnapshot();
      expect(tree.match(/^\s*- list\b/gm)?.length ?? 0, `${tag} lists`).toBe(counts.lists);
      expect(tree.match(/^\s*- listitem\b/gm)?.length ?? 0, `${tag} list items`).toBe(counts.items);
    }
  });
});

describe('conformance: strict Content Security Policy with Trusted Types', () => {
  let page: Visit;
  let twin: Visit;
  let violations: string[];
  const body = () =>
    `${elementsMarkup(tags)}
<heat-hotline-list region="us-ca-stanislaus" src="/partner.json" heading="Local lines"></heat-hotline-list>`;
  beforeAll(async () => {
    routes['/csp-listener.js'] = { type: 'text/javascript', body: CSP_LISTENER };
    routes['/partner.json'] = { type: 'application/json', body: PARTNER_JSON };
    const html = partnerPage({
      title: 'Strict CSP',
      head: `<script src="/csp-listener.js"></script><script type="module" src="/dist/heat-widgets.js"></script>`,
      body: body(),
    });
    routes['/strict-csp.html'] = { body: html, headers: { 'content-security-policy': STRICT_CSP } };
    // The same page without the policy, for axe: injecting axe is itself inline script, which the policy forbids.
    routes['/strict-csp-twin.html'] = { body: html };
    page = await visit('/strict-csp.html', { axe: false });
    // The partner file arrives after the first render; the policy must allow that too (connect-src, the validator chunk).
    await page.tab.locator('heat-hotline-list[src] a[href="tel:+12025550123"]').waitFor();
    violations = await page.tab.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    twin = await visit('/strict-csp-twin.html');
  });
  afterAll(async () => {
    await page?.context.close();
    await twin?.context.close();
  });

  everyPageChecks(
    () => ({ ...page, axe: twin.axe }),
    () => ({ origins: [site.origin] }),
  );

  it('sends the policy as a response header', async () => {
    const response = await fetch(`${site.origin}/strict-csp.html`);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
  });

  it('causes zero securitypolicyviolation events', () => {
    expect(violations).toEqual([]);
    expect(page.watch.errors.filter((e) => /Content Security Policy|Trusted Type/i.test(e))).toEqual([]);
  });

  it('loads a partner src and its validator under the policy', async () => {
    const shown = await page.tab.locator('heat-hotline-list[src] a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(shown).toContain('tel:+12025550123');
    expect(page.watch.requests).toContain(`${site.origin}/partner.json`);
  });
});

describe('conformance: the script twice (two URLs) plus the classic build', () => {
  let page: Visit;
  let single: Visit;
  beforeAll(async () => {
    routes['/single.html'] = {
      body: partnerPage({ title: 'Once', head: `<script type="module" src="/dist/heat-widgets.js"></script>`, body: elementsMarkup(tags) }),
    };
    routes['/twice.html'] = {
      body: partnerPage({
        title: 'Twice',
        head: `<script type="module" src="/dist/heat-widgets.js"></script>
<script type="module" src="/dist/heat-widgets.js?copy=2"></script>`,
        body: `${elementsMarkup(tags)}\n<script src="/dist/heat-widgets.iife.js"></script>`,
      }),
    };
    single = await visit('/single.html', { axe: false });
    page = await visit('/twice.html');
  });
  afterAll(async () => {
    await page?.context.close();
    await single?.context.close();
  });

  everyPageChecks(() => page, () => ({ origins: [site.origin] }));

  it('loaded all three copies', () => {
    const paths = page.watch.requests.map((u) => new URL(u)).map((u) => u.pathname + u.search);
    expect(paths).toEqual(expect.arrayContaining(['/dist/heat-widgets.js', '/dist/heat-widgets.js?copy=2', '/dist/heat-widgets.iife.js']));
  });

  it('warns once for the whole page, however many copies ran (the README: one warning per page)', () => {
    const ours = page.watch.warnings.filter((w) => w.startsWith('heat-widgets'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(/included more than once/);
    expect(single.watch.warnings.filter((w) => w.startsWith('heat-widgets'))).toEqual([]);
  });

  it('renders each element once, exactly as with one copy', () => {
    const byTag = (visit: Visit) => visit.elements.map(({ tag, text, roots }) => ({ tag, text, roots }));
    expect(byTag(page)).toEqual(byTag(single));
    for (const element of page.elements) expect(element.roots, element.tag).toBe(1);
  });
});

describe('conformance: script from another origin on a Spanish page', () => {
  let page: Visit;
  const locales = () => builtLocaleChunks();
  beforeAll(async () => {
    routes['/es.html'] = {
      body: partnerPage({
        lang: 'es',
        title: 'Página de un socio',
        head: `<script type="module" src="${cdn.origin}/dist/heat-widgets.js"></script>`,
        body: elementsMarkup(tags),
      }),
    };
    page = await visit('/es.html');
    if (locales().has('es')) {
      // Elements re-render once the Spanish chunk has loaded.
      await page.tab.waitForFunction(() => document.querySelector('heat-hotline-list')?.shadowRoot?.querySelector('[lang="es"]'));
      page.elements = await rendered(page.tab, tags);
      page.axe = await axeViolations(page.tab);
    }
  });
  afterAll(() => page?.context.close());

  everyPageChecks(() => page, () => ({ origins: [cdn.origin] }));

  it('loads the entry once and every chunk from the script’s origin', () => {
    const scripts = page.watch.requests.filter((u) => u.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) expect(new URL(url).origin, url).toBe(cdn.origin);
    expect(scripts.filter((u) => new URL(u).pathname === '/dist/heat-widgets.js')).toHaveLength(1);
  });

  it('requests the Spanish chunk when the build has one, and shows Spanish', async () => {
    const es = locales().get('es');
    if (!es) {
      // No Spanish translations in this build: nothing beyond the entry may load.
      expect(page.watch.requests.filter((u) => u.includes('/chunks/'))).toEqual([]);
      return;
    }
    expect(page.watch.requests).toContain(`${cdn.origin}/dist/${es}`);
    const lang = await page.tab.evaluate(() => document.querySelector('heat-hotline-list')!.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'));
    expect(lang).toBe('es');
  });

  it('renders the translated call actions with their numbers intact', async () => {
    // Translated templates come from the locale chunk: each call action still carries its number, as text, left to right.
    const labels = await page.tab
      .locator('heat-hotline-list a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, number: a.querySelector('.ltr')?.textContent ?? '' })));
    expect(labels.length).toBeGreaterThan(0);
    for (const { href, number } of labels) {
      // "(209) 558-3665" dials tel:+12095583665: the digits shown end the digits dialled.
      const shown = number.replace(/\D/g, '');
      expect(shown.length, href).toBeGreaterThanOrEqual(3);
      expect(href.replace(/\D/g, '').endsWith(shown), `${href} shows ${number}`).toBe(true);
    }
  });
});

describe('conformance: JavaScript off, with the README’s fallback snippet', () => {
  let off: Visit;
  let on: Visit;
  let twin: Visit;
  const snippet = () => readmeEmbedSnippet().replace(/https:\/\/YOUR-CDN\/heat-widgets\/dist\/heat-widgets\.js/g, `${cdn.origin}/dist/heat-widgets.js`);
  beforeAll(async () => {
    routes['/no-js.html'] = { body: partnerPage({ title: 'Fallback', body: snippet() }) };
    // The fallback as a browser without scripts shows it, with scripting left on so axe can run: the same DOM.
    routes['/no-js-twin.html'] = { body: partnerPage({ title: 'Fallback', body: snippet().replace(/<script[\s\S]*?<\/script>/g, '') }) };
    const fallbackTags = ['heat-hotline-list'];
    off = await visit('/no-js.html', { javaScript: false, axe: false, waitFor: [] });
    twin = await visit('/no-js-twin.html', { waitFor: [] });
    on = await visit('/no-js.html', { waitFor: fallbackTags });
  });
  afterAll(async () => {
    await off?.context.close();
    await twin?.context.close();
    await on?.context.close();
  });

  it('the README snippet loads the script and carries a fallback', () => {
    expect(snippet()).toContain(`${cdn.origin}/dist/heat-widgets.js`);
    expect(snippet()).toMatch(/<a href="tel:/);
  });

  it('shows the hotline number as a visible, dialable tel: link', async () => {
    const links = await off.tab.locator('a[href^="tel:"]').all();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(await link.isVisible()).toBe(true);
      const href = (await link.getAttribute('href'))!;
      const text = (await link.textContent())!;
      const box = (await link.boundingBox())!;
      expect(box.width * box.height, href).toBeGreaterThan(0);
      // The number a reader sees is the number the phone dials.
      const digits = href.replace(/^tel:\+?1?/, '');
      expect(text.replace(/\D/g, ''), href).toContain(digits);
    }
    expect(await off.tab.locator('a[href="tel:+18883737888"]').textContent()).toContain('1-888-373-7888');
    // A list: each number on a line of its own, never two links run together.
    const tops = await off.tab.locator('heat-hotline-list a[href^="tel:"]').evaluateAll((a) => a.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(new Set(tops).size, `link tops ${tops}`).toBe(tops.length);
  });

  it('offers only numbers the element itself shows (verified data) once scripts run', async () => {
    const fallback = await off.tab.locator('heat-hotline-list > ul a[href^="tel:"]').evaluateAll((a) => a.map((l) => l.getAttribute('href')));
    expect(fallback.length).toBeGreaterThan(0);
    const shown = await on.tab.locator('heat-hotline-list a[href^="tel:"]').evaluateAll((a) => a.map((l) => l.getAttribute('href')));
    for (const href of fallback) expect(shown, `fallback ${href}`).toContain(href);
    // With scripts on, the fallback gives way to the element (no slot): nobody sees the numbers twice.
    expect(await on.tab.locator('heat-hotline-list > ul a').first().isVisible()).toBe(false);
  });

  it('axe finds no violations in the fallback', () => {
    expect(twin.axe).toEqual([]);
  });

  it('has no errors, makes no request beyond the page, and stores nothing', async () => {
    expect(off.watch.errors).toEqual([]);
    expect(offOriginRequests(off.watch.requests, off.url, [cdn.origin])).toEqual([]);
    expect(await off.context.cookies()).toEqual([]);
    expect(twin.storage).toEqual(NOTHING_STORED);
    expect(on.storage).toEqual(NOTHING_STORED);
    expect(on.watch.errors).toEqual([]);
  });
});
