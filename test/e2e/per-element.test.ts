/**
 * Per-element scripts (issue 17): a page pays only for the elements it uses, and elements loaded from separate
 * scripts still behave as one library (one Lit, one locale state, one registration). Also the classic script under a
 * strict policy, now that it loads its locale chunk on demand instead of carrying every language.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watch, type PageWatch } from './support/browser.js';
import { axeViolations, elementsMarkup, partnerPage, waitForElements } from './support/partner-page.js';
import { repoRoot, serve, type StaticServer } from './support/server.js';

const ELEMENT_SCRIPTS: Record<string, string> = {
  'heat-hotline-list': '/dist/heat-hotline-list.js',
  'tip-line-banner': '/dist/tip-line-banner.js',
  'csec-facts': '/dist/csec-facts.js',
  'heat-quick-exit': '/dist/heat-quick-exit.js',
};

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; " +
  'trusted-types lit-html';
const CSP_LISTENER = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;

let browser: Browser;
let site: StaticServer;
const routes: Record<string, { type?: string; body: string; headers?: Record<string, string> }> = {};

beforeAll(async () => {
  site = await serve({ routes });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Opened {
  context: BrowserContext;
  tab: Page;
  seen: PageWatch;
  /** Paths the page requested under /dist/, hashes dropped (`/dist/chunks/core`). */
  paths: () => string[];
}

async function open(path: string, tags: string[]): Promise<Opened> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const seen = watch(tab);
  await tab.goto(`${site.origin}${path}`);
  await waitForElements(tab, tags);
  const paths = () =>
    seen.requests
      .map((url) => new URL(url).pathname)
      .filter((p) => p.startsWith('/dist/'))
      .map((p) => p.replace(/-[\w-]{8}\.js$/, ''));
  return { context, tab, seen, paths };
}

const scripts = (tags: string[]) => tags.map((tag) => `<script type="module" src="${ELEMENT_SCRIPTS[tag]}"></script>`).join('\n');

describe('per-element scripts: each element alone', () => {
  for (const tag of Object.keys(ELEMENT_SCRIPTS)) {
    it(`<${tag}> alone loads its script and the core chunk, nothing of the other elements, and passes axe`, async () => {
      routes[`/${tag}.html`] = { body: partnerPage({ title: tag, head: scripts([tag]), body: elementsMarkup([tag]) }) };
      const page = await open(`/${tag}.html`, [tag]);
      try {
        const paths = page.paths();
        expect(paths.slice(0, 2)).toEqual([ELEMENT_SCRIPTS[tag], '/dist/chunks/core']);
        // Nothing else before first render: later requests are only data this element needs (a region's lines).
        const others = Object.values(ELEMENT_SCRIPTS).filter((script) => script !== ELEMENT_SCRIPTS[tag]);
        expect(paths.filter((p) => others.includes(p) || p === '/dist/heat-widgets.js')).toEqual([]);
        // An English page without `src`, `picker` or a region: no translation, no partner loader, no picker, no state
        // and local facts.
        expect(paths.filter((p) => /\/chunks\/(data-text-apply|loader|picker|regional-facts)$/.test(p))).toEqual([]);
        expect(page.seen.errors).toEqual([]);
        expect(page.seen.warnings.filter((w) => w.startsWith('heat-widgets'))).toEqual([]);
        expect(await axeViolations(page.tab)).toEqual([]);
      } finally {
        await page.context.close();
      }
    });
  }
});

describe('per-element scripts: two elements from two scripts', () => {
  let page: Opened;
  const tags = ['heat-hotline-list', 'heat-quick-exit', 'csec-facts'];
  beforeAll(async () => {
    // The list's script twice (two URLs), as a CMS that adds a block twice would.
    routes['/two-scripts.html'] = {
      body: partnerPage({
        title: 'Two scripts',
        head: `${scripts(tags)}\n<script type="module" src="/dist/heat-hotline-list.js?copy=2"></script>`,
        body: elementsMarkup(tags),
      }),
    };
    page = await open('/two-scripts.html', tags);
  });
  afterAll(async () => {
    await page?.context.close();
  });

  it('loads one core chunk for all of them', () => {
    expect(page.paths().filter((p) => p === '/dist/chunks/core')).toHaveLength(1);
  });

  it('registers each element once; the second copy of the list script is not registered and warns once', async () => {
    const defined = await page.tab.evaluate((names) => names.map((name) => Boolean(customElements.get(name))), tags);
    expect(defined).toEqual([true, true, true]);
    expect(await page.tab.locator('heat-hotline-list').evaluateAll((els) => els.map((el) => el.shadowRoot?.childElementCount ?? 0))).not.toContain(0);
    expect(page.seen.errors).toEqual([]);
    const warnings = page.seen.warnings.filter((w) => w.startsWith('heat-widgets'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<heat-hotline-list> is already defined/);
  });

  it('switches language together when the page language changes, each loading only its own text', async () => {
    await page.tab.evaluate(() => document.documentElement.setAttribute('lang', 'es'));
    await page.tab.locator('heat-hotline-list h2', { hasText: 'Pedir ayuda' }).waitFor();
    await page.tab.locator('heat-quick-exit a', { hasText: 'Salir de esta página' }).waitFor();
    // The facts panel's own text (a fact statement) arrives in Spanish too, through its own script's data text.
    const facts = page.tab.locator('csec-facts');
    await expect.poll(async () => facts.evaluate((el) => el.shadowRoot!.querySelector('.root')!.getAttribute('lang'))).toBe('es');
    const es = page.paths().filter((p) => /\/dist\/chunks\/es(-facts)?$/.test(p));
    expect(es.sort()).toEqual(['/dist/chunks/es', '/dist/chunks/es-facts']);
    // Every element answers to the same locale state: lit-localize runs once.
    expect(page.seen.errors).toEqual([]);
  });
});

describe('a language whose data translation code cannot load', () => {
  it('leaves the whole page in English, with one console warning, never half translated', async () => {
    routes['/es-no-applier.html'] = {
      body: partnerPage({ lang: 'es', title: 'Sin traducción', head: scripts(['heat-hotline-list']), body: '<heat-hotline-list></heat-hotline-list>' }),
    };
    const context = await browser.newContext();
    const tab = await context.newPage();
    const seen = watch(tab);
    await tab.route(/\/chunks\/data-text-apply-/, (route) => route.abort('internetdisconnected'));
    try {
      await tab.goto(`${site.origin}/es-no-applier.html`);
      await expect.poll(() => seen.warnings.filter((w) => w.includes('could not load the "es" translations'))).toHaveLength(1);
      // The interface stays English with the data: the list's heading and its action, not "Pedir ayuda" over English names.
      await tab.locator('heat-hotline-list h2', { hasText: 'Get help' }).waitFor();
      await tab.locator('heat-hotline-list a', { hasText: 'Call 1-888-373-7888' }).waitFor();
      expect(await tab.locator('heat-hotline-list h2', { hasText: 'Pedir ayuda' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('<csec-facts> for a county: its state and local facts load on demand', () => {
  it('shows the national facts at once, never "no facts" while the county\'s are on their way, then the county\'s', async () => {
    routes['/facts-alameda.html'] = {
      body: partnerPage({
        title: 'Alameda facts',
        head: scripts(['csec-facts']),
        body:
          '<csec-facts region="us-ca-alameda" scope="local"></csec-facts><csec-facts id="two" region="us-ca-alameda"></csec-facts>' +
          '<csec-facts id="three" scope="local"></csec-facts>',
      }),
    };
    const context = await browser.newContext();
    const tab = await context.newPage();
    const seen = watch(tab);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await tab.route(/\/chunks\/regional-facts-/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await tab.goto(`${site.origin}/facts-alameda.html`);
      // The second panel shows the definitions and national facts before the county's arrive.
      await tab.locator('#two >> [part~="fact"]').first().waitFor();
      const first = tab.locator('csec-facts').first();
      expect(await first.locator('.empty').count()).toBe(0);
      // A national panel has nothing to wait for: it says at once that no local facts match, while the county's load.
      await tab.locator('#three .empty').waitFor();
      release();
      await tab.locator('csec-facts').first().locator('caption', { hasText: 'young people' }).waitFor();
      expect(await first.locator('.empty').count()).toBe(0);
      // One request for both panels.
      expect(seen.requests.filter((url) => /\/chunks\/regional-facts-/.test(url))).toHaveLength(1);
      expect(seen.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('mixing kinds of script: a per-element script, then heat-widgets.js', () => {
  it('the elements heat-widgets.js registers follow the page language too, through the core that arrived first', async () => {
    routes['/mixed.html'] = {
      body: partnerPage({
        lang: 'es',
        title: 'Mixed',
        head: `${scripts(['heat-hotline-list'])}\n<script type="module" src="/dist/heat-widgets.js"></script>`,
        body: elementsMarkup(['heat-hotline-list', 'tip-line-banner', 'heat-quick-exit']),
      }),
    };
    const page = await open('/mixed.html', ['heat-hotline-list', 'tip-line-banner', 'heat-quick-exit']);
    try {
      await page.tab.locator('heat-hotline-list h2', { hasText: 'Pedir ayuda' }).waitFor();
      // Registered by heat-widgets.js, whose own lit-localize the core's configured one stands in for.
      await page.tab.locator('heat-quick-exit a', { hasText: 'Salir de esta página' }).waitFor();
      await page.tab.locator('tip-line-banner a', { hasText: 'Llamar al 1-888-373-7888' }).waitFor();
      expect(page.seen.errors).toEqual([]);
    } finally {
      await page.context.close();
    }
  });
});

describe('the classic script on a strict-CSP page with Trusted Types', () => {
  let page: Opened;
  let violations: string[];
  beforeAll(async () => {
    routes['/csp-listener.js'] = { type: 'text/javascript', body: CSP_LISTENER };
    routes['/classic-es.html'] = {
      body: partnerPage({
        lang: 'es',
        title: 'Clásico',
        head: '<script src="/csp-listener.js"></script><script src="/dist/heat-widgets.iife.js"></script>',
        body: `${elementsMarkup(['heat-hotline-list', 'heat-quick-exit'])}\n<heat-hotline-list picker heading="Elige"></heat-hotline-list>`,
      }),
      headers: { 'content-security-policy': STRICT_CSP },
    };
    page = await open('/classic-es.html', ['heat-hotline-list', 'heat-quick-exit']);
    await page.tab.locator('heat-hotline-list h2', { hasText: 'Pedir ayuda' }).waitFor();
    violations = await page.tab.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  });
  afterAll(async () => {
    await page?.context.close();
  });

  it('loads its Spanish chunk on demand, from beside itself, and renders in Spanish', async () => {
    const paths = page.paths();
    expect(paths[0]).toBe('/dist/heat-widgets.iife.js');
    expect(paths).toContain('/dist/chunks/es');
    expect(paths.filter((p) => /\/chunks\/(ar|vi|zh-Hans)$/.test(p))).toEqual([]);
    const call = await page.tab.locator('heat-hotline-list a[href="tel:+18883737888"]').first().textContent();
    expect(call!.replace(/\s+/g, ' ')).toContain('Llamar al 1-888-373-7888');
  });

  it('causes zero policy violations and no errors, the reader\'s picker included, styled (44 px controls)', async () => {
    const select = page.tab.locator('heat-hotline-list[picker] select#where');
    await select.waitFor();
    expect(await select.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
    violations = await page.tab.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
    expect(page.seen.errors).toEqual([]);
  });
});

describe('per-element scripts: the reader\'s picker from heat-hotline-list.js', () => {
  it('loads the picker chunk on demand, which imports no element script, and changes the region in Spanish', async () => {
    routes['/picker.html'] = {
      body: partnerPage({ lang: 'es', title: 'Selector', head: scripts(['heat-hotline-list']), body: '<heat-hotline-list picker></heat-hotline-list>' }),
    };
    const page = await open('/picker.html', ['heat-hotline-list']);
    try {
      const state = page.tab.locator('heat-hotline-list select').first();
      await state.waitFor();
      await page.tab.locator('heat-hotline-list h2', { hasText: 'Pedir ayuda' }).waitFor();
      await state.selectOption('us-tx');
      await expect.poll(async () => (await page.tab.locator('heat-hotline-list [role="status"]').allTextContents()).join(' ')).toMatch(/Texas/);
      const paths = page.paths();
      expect(paths).toContain('/dist/chunks/picker');
      expect(paths).toContain('/dist/regions/us-tx.js');
      expect(paths.filter((p) => p === '/dist/heat-widgets.js' || p === '/dist/chunks/core').length).toBe(1);
      expect(page.seen.errors).toEqual([]);
    } finally {
      await page.context.close();
    }
  });
});

describe('the classic script from a version range (a "current major" snippet)', () => {
  it('loads its chunks from its own version, so a cached script never asks a newer release for chunks it lacks', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    // A CDN folder per version; "@0" holds only the script (as a cache may), its chunks live under the exact version.
    const cdnRoot = mkdtempSync(join(tmpdir(), 'heat-cdn-'));
    mkdirSync(join(cdnRoot, 'npm', `heat-widgets@${version}`), { recursive: true });
    symlinkSync(join(repoRoot, 'dist'), join(cdnRoot, 'npm', `heat-widgets@${version}`, 'dist'), 'dir');
    mkdirSync(join(cdnRoot, 'npm', 'heat-widgets@0', 'dist'), { recursive: true });
    copyFileSync(join(repoRoot, 'dist', 'heat-widgets.iife.js'), join(cdnRoot, 'npm', 'heat-widgets@0', 'dist', 'heat-widgets.iife.js'));
    const cdn = await serve({ root: cdnRoot, headers: () => ({ 'access-control-allow-origin': '*' }) });
    routes['/major.html'] = {
      body: partnerPage({
        lang: 'es',
        title: 'Versión',
        head: `<script src="${cdn.origin}/npm/heat-widgets@0/dist/heat-widgets.iife.js"></script>`,
        body: '<heat-hotline-list region="us-tx"></heat-hotline-list>',
      }),
    };
    const page = await open('/major.html', ['heat-hotline-list']);
    try {
      await page.tab.locator('heat-hotline-list h2', { hasText: 'Pedir ayuda' }).waitFor();
      await page.tab.locator('heat-hotline-list a[href="tel:+18002525400"]').waitFor();
      const fromCdn = page.seen.requests.filter((url) => url.startsWith(cdn.origin)).map((url) => new URL(url).pathname);
      expect(fromCdn[0]).toBe('/npm/heat-widgets@0/dist/heat-widgets.iife.js');
      expect(fromCdn.slice(1).length).toBeGreaterThan(0);
      for (const path of fromCdn.slice(1)) expect(path).toMatch(new RegExp(`^/npm/heat-widgets@${version.replace(/\./g, '\\.')}/dist/(chunks|regions)/`));
      expect(page.seen.errors).toEqual([]);
    } finally {
      await page.context.close();
      await cdn.close();
      rmSync(cdnRoot, { recursive: true, force: true });
    }
  });
});
