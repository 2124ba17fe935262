/**
 * Locale chunks from a CDN: the built `dist/` on one origin, a partner page on another. The module build fetches the
 * page language's chunk relative to its entry (and no fact text, since no facts element is on the page); so does the
 * classic script, from beside itself (it loads the module build's chunks with `import()`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watch } from './support/browser.js';
import { serve, type StaticServer } from './support/server.js';

let browser: Browser;
let cdn: StaticServer;
let site: StaticServer;

const page = (lang: string, script: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>Partner</title>${script}</head><body><main><heat-hotline-list region="us"></heat-hotline-list></main></body></html>`;

beforeAll(async () => {
  cdn = await serve({ headers: () => ({ 'access-control-allow-origin': '*' }) });
  site = await serve({
    routes: {
      '/es.html': { body: page('es-MX', `<script type="module" src="${cdn.origin}/dist/heat-widgets.js"></script>`) },
      '/ar.html': { body: page('ar', `<script src="${cdn.origin}/dist/heat-widgets.iife.js"></script>`) },
    },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await cdn?.close();
  await site?.close();
});

async function open(path: string, heading: string) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const seen = watch(tab);
  await tab.goto(`${site.origin}${path}`);
  await tab.locator('heat-hotline-list h2', { hasText: heading }).waitFor();
  const call = (await tab.locator('heat-hotline-list a[href="tel:+18883737888"]').textContent())!.replace(/\s+/g, ' ');
  const dir = await tab.locator('heat-hotline-list .root').getAttribute('dir');
  await context.close();
  return { seen, call, dir };
}

describe('locale chunks from another origin', () => {
  it('ES module: <html lang="es-MX"> loads the es chunk beside the entry on the CDN, and no fact text', async () => {
    const { seen, call, dir } = await open('/es.html', 'Pedir ayuda');
    expect(call).toContain('Llamar al 1-888-373-7888');
    expect(dir).toBe('ltr');
    const chunks = seen.requests.filter((url) => url.includes('/dist/chunks/'));
    expect(chunks.some((url) => url.startsWith(`${cdn.origin}/dist/chunks/es-`) && !url.includes('facts'))).toBe(true);
    expect(chunks.filter((url) => url.includes('facts'))).toEqual([]);
    expect(chunks.filter((url) => /\/(ar|vi|zh-Hans)-/.test(url))).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('classic script: <html lang="ar"> loads only the Arabic chunk, from beside the script, and shows Arabic right to left', async () => {
    const { seen, call, dir } = await open('/ar.html', 'احصل على المساعدة');
    expect(call).toContain('1-888-373-7888');
    expect(dir).toBe('rtl');
    const paths = seen.requests.filter((url) => url.startsWith(cdn.origin)).map((url) => new URL(url).pathname);
    expect(paths[0]).toBe('/dist/heat-widgets.iife.js');
    // The Arabic interface chunk, the template tags it imports and the code that writes its data text into the lines
    // (which no English page loads); no fact text (no facts element) and no other language.
    expect(paths.slice(1).map((path) => path.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual([
      '/dist/chunks/ar',
      '/dist/chunks/data-text-apply',
      '/dist/chunks/locale-tags',
    ]);
    expect(seen.requests.filter((url) => !url.startsWith(cdn.origin) && !url.startsWith(site.origin))).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('classic script: the HeatWidgets global offers setHeatLocale, as the README documents', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const seen = watch(tab);
    await tab.goto(`${site.origin}/ar.html`);
    await tab.locator('heat-hotline-list h2', { hasText: 'احصل على المساعدة' }).waitFor();
    expect(await tab.evaluate(() => typeof (window as unknown as { HeatWidgets?: { setHeatLocale?: unknown } }).HeatWidgets?.setHeatLocale)).toBe(
      'function',
    );
    await tab.evaluate(() => (window as unknown as { HeatWidgets: { setHeatLocale: (l: string) => Promise<void> } }).HeatWidgets.setHeatLocale('es'));
    await tab.locator('heat-hotline-list h2', { hasText: 'Pedir ayuda' }).waitFor();
    expect(await tab.locator('heat-hotline-list .root').getAttribute('dir')).toBe('ltr');
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
