/**
 * The picker as the built bundle ships it: its chunk loads only on a list with `picker`, imports nothing from the entry
 * (a page that loads `heat-widgets.js?ver=2` runs the entry once), takes the page's language through the entry's
 * localization, and works from the classic script, which inlines it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watch } from './support/browser.js';
import { repoRoot, serve, type StaticServer } from './support/server.js';

let browser: Browser;
let server: StaticServer;

const page = (lang: string, script: string, body = '<heat-hotline-list picker></heat-hotline-list>') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner</title>${script}</head><body><main>${body}</main></body></html>`;

beforeAll(async () => {
  server = await serve({
    routes: {
      '/module-es.html': { body: page('es', '<script type="module" src="/dist/heat-widgets.js?ver=2"></script>') },
      '/classic-ar.html': { body: page('ar', '<script src="/dist/heat-widgets.iife.js"></script>') },
      '/no-picker.html': { body: page('en', '<script type="module" src="/dist/heat-widgets.js"></script>', '<heat-hotline-list region="us-tx"></heat-hotline-list>') },
    },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the picker in the built bundle', () => {
  it('its chunks (one from heat-widgets.js, one from heat-hotline-list.js) import only other lazy chunks, never an entry or the core', () => {
    const chunks = readdirSync(`${repoRoot}dist/chunks`).filter((name) => /^picker-.*\.js$/.test(name));
    expect(chunks.length).toBeGreaterThanOrEqual(1);
    expect(chunks.length).toBeLessThanOrEqual(2);
    for (const chunk of chunks) {
      const code = readFileSync(`${repoRoot}dist/chunks/${chunk}`, 'utf8');
      const imports = [...code.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? m[2]);
      expect(imports.length).toBeGreaterThan(0);
      for (const path of imports) expect(path, `${chunk}: ${path}`).toMatch(/^\.\/(region-index|locale-tags)-[\w-]+\.js$/);
    }
  });

  it('ES module, Spanish page, entry loaded as heat-widgets.js?ver=2: shows, changes in place, in Spanish, the entry once', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const seen = watch(tab);
    await tab.goto(`${server.origin}/module-es.html`);
    const where = tab.locator('heat-hotline-list select#where');
    await where.waitFor();
    // The Spanish text may arrive just after the picker (a first render in English is the fallback, not a failure).
    await expect.poll(async () => (await tab.locator('heat-hotline-list label[for="where"]').textContent())?.trim()).toBe('¿Dónde se encuentra?');
    await where.selectOption('us-tx');
    const status = tab.locator('heat-hotline-list [part="picker"] [role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/^Se muestran \d+ líneas para Texas$/);
    await tab.locator('heat-hotline-list a[href="tel:+18002525400"]').waitFor();
    expect(seen.errors).toEqual([]);
    const entries = seen.requests.filter((url) => /\/heat-widgets\.js(\?|$)/.test(url));
    expect(entries).toEqual([`${server.origin}/dist/heat-widgets.js?ver=2`]);
    expect(seen.requests.some((url) => /\/chunks\/picker-/.test(url))).toBe(true);
    await context.close();
  });

  it('classic script, Arabic page: the picker is inlined and works right to left', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const seen = watch(tab);
    await tab.goto(`${server.origin}/classic-ar.html`);
    const where = tab.locator('heat-hotline-list select#where');
    await where.waitFor();
    await expect.poll(() => tab.locator('heat-hotline-list label[for="where"]').textContent()).toBe('أين أنت؟');
    expect(await where.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await where.selectOption('us-ca');
    await tab.locator('heat-hotline-list select#county').selectOption('us-ca-stanislaus');
    await tab.locator('heat-hotline-list a[href="tel:+18005583665"]').waitFor();
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('when the picker cannot load (offline), the list shows its lines without it, and nothing is thrown', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const thrown: string[] = [];
    tab.on('pageerror', (error) => thrown.push(String(error)));
    await tab.route(/\/chunks\/picker-/, (route) => route.abort('internetdisconnected'));
    await tab.goto(`${server.origin}/module-es.html`);
    await tab.locator('heat-hotline-list a[href="tel:+18883737888"]').waitFor();
    // Long enough for the refused chunk's rejection to have surfaced.
    await tab.waitForTimeout(300);
    expect(await tab.locator('heat-hotline-list select').count()).toBe(0);
    expect(thrown).toEqual([]);
    await context.close();
  });

  it('a list without picker never loads the picker', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const seen = watch(tab);
    await tab.goto(`${server.origin}/no-picker.html`);
    await tab.locator('heat-hotline-list a[href="tel:+18002525400"]').waitFor();
    expect(seen.requests.filter((url) => /\/chunks\/picker-/.test(url))).toEqual([]);
    expect(await tab.locator('heat-hotline-list select').count()).toBe(0);
    await context.close();
  });
});
