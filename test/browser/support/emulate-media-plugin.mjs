/**
 * `heat-emulate-media`: media emulation for the Chrome (puppeteer) launcher that also covers forced colors.
 * The runner's own `emulateMedia()` passes only `prefers-color-scheme` and `prefers-reduced-motion` to puppeteer and
 * silently drops `forcedColors`, so a "forced colors" test through it runs in normal colours and cannot fail.
 *
 * Each call merges into the page's current settings (so `{ forcedColors: 'active' }` keeps an earlier colour scheme)
 * and sets them all at once through the DevTools protocol, on one session per page that stays attached (emulation
 * ends when its session detaches).
 */
const FEATURES = { colorScheme: 'prefers-color-scheme', reducedMotion: 'prefers-reduced-motion', forcedColors: 'forced-colors' };

export function heatEmulateMediaPlugin() {
  const pages = new Map(); // session id -> { client, features }
  return {
    name: 'heat-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'heat-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('heat-emulate-media supports the Chrome launcher only');
      let state = pages.get(session.id);
      if (!state) {
        const page = session.browser.getPage(session.id);
        state = { client: await page.createCDPSession(), features: {} };
        pages.set(session.id, state);
      }
      for (const [key, name] of Object.entries(FEATURES)) {
        if (payload?.[key] != null) state.features[name] = String(payload[key]);
      }
      await state.client.send('Emulation.setEmulatedMedia', {
        media: typeof payload?.media === 'string' ? payload.media : '',
        features: Object.entries(state.features).map(([name, value]) => ({ name, value })),
      });
      return true;
    },
  };
}
