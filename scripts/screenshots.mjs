#!/usr/bin/env node
/**
 * Screenshots of every element in light, dark and forced colors at 320 and 1280 px, for a person to look at.
 * `node scripts/screenshots.mjs [out-dir] [filter]` (default out-dir: a temp folder; PNGs are never committed).
 * Serves the sources through Vite, loads the demo page's script, then renders each case alone on a blank body.
 */
import { mkdirSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const out = process.argv[2] ?? join(tmpdir(), 'heat-shots');
const filter = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });

const cases = {
  'facts-us': '<csec-facts></csec-facts>',
  'facts-alameda': '<csec-facts region="us-ca-alameda" scope="state local"></csec-facts>',
  'facts-definitions': '<csec-facts scope="definitions" show-sources></csec-facts>',
  'banner-nhth': '<tip-line-banner dismissible></tip-line-banner>',
  'banner-heat-watch': '<tip-line-banner line="heat-watch-tip-line"></tip-line-banner>',
  'banner-bar': '<tip-line-banner variant="bar" dismissible></tip-line-banner>',
  'banner-bar-heat-watch': '<tip-line-banner variant="bar" line="heat-watch-tip-line" dismissible></tip-line-banner>',
  // The picker before and after a reader's change: the partner's national list, then Texas chosen in "Where are you?".
  'picker-before': '<heat-hotline-list picker></heat-hotline-list>',
  'picker-after': { markup: '<heat-hotline-list picker></heat-hotline-list>', choose: ['select#where', 'us-tx'] },
};
const modes = [
  ['light', { colorScheme: 'light', forcedColors: 'none' }, 'light'],
  ['dark', { colorScheme: 'dark', forcedColors: 'none' }, 'dark'],
  ['forced', { colorScheme: 'light', forcedColors: 'active' }, 'auto'],
];
const widths = [320, 1280];

const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const args = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
if (process.getuid?.() === 0) args.push('--no-sandbox');

const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath, args });
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${base}demo/index.html`);
    await page.waitForFunction(() => customElements.get('csec-facts') && customElements.get('tip-line-banner'));
    for (const [name, shown] of Object.entries(cases)) {
      if (filter && !name.includes(filter)) continue;
      const { markup, choose } = typeof shown === 'string' ? { markup: shown } : shown;
      for (const [mode, media, theme] of modes) {
        await page.emulateMedia(media);
        await page.evaluate(
          ({ markup, theme, dark }) => {
            document.body.innerHTML = `<div id="case" style="padding:8px;background:${dark ? '#0d0f12' : '#fafbfc'}">${markup}</div>`;
            document.querySelector('#case').firstElementChild.setAttribute('theme', theme);
          },
          { markup, theme, dark: mode === 'dark' },
        );
        await page.evaluate(() => Promise.all([...document.querySelectorAll('#case > *')].map((el) => el.updateComplete)));
        // A list with a picker: its controls and its region's lines on screen; then the reader's choice, if any.
        const settled = () =>
          [...document.querySelectorAll('#case > [picker]')].every((el) => el.shadowRoot?.querySelector('[part="picker"]') && !el.data.regionLoading);
        await page.waitForFunction(settled);
        if (choose) {
          await page.evaluate(([selector, value]) => {
            const select = document.querySelector('#case > *').shadowRoot.querySelector(selector);
            select.value = value;
            select.dispatchEvent(new Event('change'));
          }, choose);
          await page.waitForFunction(settled);
          await page.waitForFunction(() => document.querySelector('#case > *').shadowRoot.querySelector('[part="picker"] [role="status"]').textContent.trim());
        }
        // Tall cases come in slices a viewer can show at full size.
        const box = await page.locator('#case').boundingBox();
        const slice = 1100;
        for (let y = 0, n = 1; y < box.height; y += slice, n++) {
          const file = join(out, `${name}-${mode}-${width}${box.height > slice ? `-p${n}` : ''}.png`);
          const clip = { x: box.x, y: box.y + y, width: box.width, height: Math.min(slice, box.height - y) };
          await page.screenshot({ path: file, clip, fullPage: true });
          console.log(file);
        }
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
