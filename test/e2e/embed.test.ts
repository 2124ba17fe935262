/**
 * The embed as a partner uses it: `dist/` served from one origin (a CDN), a page on another, one script tag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watch } from './support/browser.js';
import { serve, type StaticServer } from './support/server.js';
import { STANISLAUS_TEL, STANISLAUS_SMS } from '../fixtures/verified-targets.js';

let browser: Browser;
let cdn: StaticServer;
let site: StaticServer;

const page = (script: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
${script}</head><body><main><heat-hotline-list region="us-ca-stanislaus"></heat-hotline-list></main></body></html>`;

beforeAll(async () => {
  // The CDN allows cross-origin module loads, as jsDelivr and unpkg do.
  cdn = await serve({ headers: () => ({ 'access-control-allow-origin': '*' }) });
  site = await serve({
    routes: {
      '/module.html': { body: page(`<script type="module" src="${cdn.origin}/dist/heat-widgets.js"></script>`) },
      '/classic.html': { body: page(`<script src="${cdn.origin}/dist/heat-widgets.iife.js"></script>`) },
    },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await cdn?.close();
  await site?.close();
});

async function render(path: string) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const seen = watch(tab);
  await tab.goto(`${site.origin}${path}`);
  // The county's lines load on demand from beside the script: wait for its last one.
  await tab.locator(`heat-hotline-list a[href="${STANISLAUS_TEL.at(-5)}"]`).waitFor();
  const hrefs = await tab.locator('heat-hotline-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await context.close();
  return { hrefs: hrefs as string[], seen };
}

describe('embed from another origin', () => {
  for (const [name, path] of [
    ['ES module', '/module.html'],
    ['classic script', '/classic.html'],
  ]) {
    it(`${name}: renders the Stanislaus listings with exactly the verified tel: and sms: targets`, async () => {
      const { hrefs, seen } = await render(path);
      expect(hrefs.filter((h) => h.startsWith('tel:'))).toEqual(STANISLAUS_TEL);
      expect(hrefs.filter((h) => h.startsWith('sms:'))).toEqual(STANISLAUS_SMS);
      expect(seen.errors).toEqual([]);
      // Only the page and the CDN were asked for anything.
      const origins = new Set(seen.requests.map((r) => new URL(r).origin));
      expect([...origins].sort()).toEqual([cdn.origin, site.origin].sort());
    });
  }
});
