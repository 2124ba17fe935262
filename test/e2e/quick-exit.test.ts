/**
 * <heat-quick-exit> in a real tab, built from dist/: what only real navigation shows. Back after replace and push,
 * the back-forward cache restore, the cover while the next page loads, the referrer the destination sees, and one
 * keyboard listener with the script included twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, watch } from './support/browser.js';
import { serve, type StaticServer } from './support/server.js';

let browser: Browser;
let site: StaticServer;

const TITLE = 'Help for young people';

/** Counts keyboard listeners on window, installed before any heat-widgets script runs. */
const COUNT_LISTENERS = `<script>
  window.__keyListeners = new Set();
  window.__shows = [];
  const add = window.addEventListener;
  window.addEventListener = function (type, listener, options) {
    if (type === 'keydown' || type === 'keyup') window.__keyListeners.add(listener);
    return add.call(this, type, listener, options);
  };
  addEventListener('pageshow', (event) => window.__shows.push(event.persisted));
</script>`;

const helpPage = (scripts: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${TITLE}</title>${COUNT_LISTENERS}${scripts}</head>
<body>${body}<main><h1>${TITLE}</h1><p>Someone to talk to, any time.</p><input aria-label="Your message"></main></body></html>`;

const MODULE = '<script type="module" src="/dist/heat-widgets.js"></script>';
const CLASSIC = '<script src="/dist/heat-widgets.iife.js"></script>';

beforeAll(async () => {
  site = await serve({
    routes: {
      '/start.html': { body: '<!doctype html><title>Start</title><p>Start</p>' },
      '/destination.html': { body: '<!doctype html><title>Weather</title><p>Sunny</p>' },
      '/slow-destination.html': { body: '<!doctype html><title>Weather</title><p>Sunny</p>', delayMs: 1500 },
      '/very-slow-destination.html': { body: '<!doctype html><title>Weather</title><p>Sunny</p>', delayMs: 4000 },
      '/help-escape-slow.html': { body: helpPage(MODULE, '<heat-quick-exit escape href="/very-slow-destination.html"></heat-quick-exit>') },
      // An unsaved form: the page asks the browser to confirm leaving once the reader has typed, the usual way (a
      // listener added when the form changes), and the old way (the onbeforeunload property, set up front).
      '/help-unsaved.html': {
        body: helpPage(
          MODULE + `<script>document.addEventListener('input', () => addEventListener('beforeunload', (event) => { event.preventDefault(); event.returnValue = ''; }), { once: true });</script>`,
          '<heat-quick-exit href="/destination.html"></heat-quick-exit>',
        ),
      },
      '/help-unsaved-property.html': {
        body: helpPage(`<script>onbeforeunload = () => 'Unsaved changes';</script>` + MODULE, '<heat-quick-exit href="/destination.html"></heat-quick-exit>'),
      },
      // A listener added before heat-widgets loads runs before ours: that one cannot be stopped.
      '/help-unsaved-early.html': {
        body: helpPage(
          `<script>addEventListener('beforeunload', (event) => { event.preventDefault(); event.returnValue = ''; });</script>` + MODULE,
          '<heat-quick-exit href="/destination.html"></heat-quick-exit>',
        ),
      },
      '/help-slow.html': { body: helpPage(MODULE, '<heat-quick-exit href="/slow-destination.html"></heat-quick-exit>') },
      '/help-replace.html': { body: helpPage(MODULE, '<heat-quick-exit href="/destination.html"></heat-quick-exit>') },
      '/help-push.html': { body: helpPage(MODULE, '<heat-quick-exit href="/destination.html" history="push"></heat-quick-exit>') },
      '/help-twice.html': {
        body: helpPage(
          MODULE + CLASSIC,
          '<heat-quick-exit href="/destination.html"></heat-quick-exit><heat-quick-exit href="/destination.html"></heat-quick-exit><heat-quick-exit href="/destination.html" position="static"></heat-quick-exit>',
        ),
      },
    },
  });
  // Playwright turns the back-forward cache off by default; restoring from it is what these tests are about.
  browser = await launch({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}/start.html`);
  await page.goto(`${site.origin}${path}`);
  await page.locator('heat-quick-exit a').first().waitFor();
  return page;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

/**
 * `page.goBack()`, finished when the previous page shows. A page restored from the back-forward cache fires none of
 * the navigation events Playwright's own wait relies on, so the wait is on the page itself.
 */
async function goBack(page: Page): Promise<string> {
  const from = page.url();
  const navigation = page.goBack({ timeout: 15000 }).catch(() => null);
  for (;;) {
    const here = await page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => false);
    if (here && here !== from) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  void navigation;
  return new URL(await page.evaluate(() => location.href)).pathname;
}

/**
 * Whether a cover is on screen: the middle of the window, looked up through open shadow roots, is a modal dialog.
 * Wherever the element puts its cover, this is what a reader sees. A string, to be evaluated in the page.
 */
const COVERED_SOURCE = `() => {
  let root = document, hit = null;
  for (;;) {
    const next = root.elementFromPoint(innerWidth / 2, innerHeight / 2);
    if (!next || next === hit || !next.shadowRoot) { hit = next || hit; break; }
    hit = next;
    root = next.shadowRoot;
  }
  return Boolean(hit && hit.matches('dialog:modal'));
}`;
declare const COVERED: () => boolean;
/** Installs `COVERED()` in the page. */
const defineCovered = (page: Page) => page.evaluate(`window.COVERED = ${COVERED_SOURCE}`);

/** What a reader would see of the page: its title, whether a cover is up, what is under the middle of the window. */
const looks = async (page: Page) => {
  await defineCovered(page);
  return page.evaluate(() => ({
    title: document.title,
    coverOpen: COVERED(),
    overHeading: (() => {
      const box = document.querySelector('h1')!.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.localName;
    })(),
  }));
};

describe('<heat-quick-exit> navigation', () => {
  it('history="replace" (default): Back skips the help page', async () => {
    const page = await open('/help-replace.html');
    const seen = watch(page);
    await Promise.all([page.waitForURL('**/destination.html'), page.getByRole('link', { name: 'Exit this page' }).click()]);
    expect(await page.evaluate(() => document.referrer), 'the destination does not learn where the reader was').toBe('');
    expect(await goBack(page)).toBe('/start.html');
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('history="push": Back returns to the help page from the back-forward cache, uncovered, with its title', async () => {
    const page = await open('/help-push.html');
    await Promise.all([page.waitForURL('**/destination.html'), page.getByRole('link', { name: 'Exit this page' }).click()]);
    expect(await goBack(page)).toBe('/help-push.html');
    const shows = await page.evaluate(() => (window as unknown as { __shows: boolean[] }).__shows);
    expect(shows, 'restored from the back-forward cache, not reloaded').toEqual([false, true]);
    expect(await looks(page)).toEqual({ title: TITLE, coverOpen: false, overHeading: 'h1' });
    // Usable again: the shortcut still works after the restore.
    await page.locator('input').focus();
    await Promise.all([page.waitForURL('**/destination.html'), (async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    })()]);
    await page.context().close();
  });

  it('covers the page and sets a neutral title before the next page arrives', async () => {
    const page = await open('/help-slow.html');
    // Playwright holds page.evaluate while a navigation is pending, so the page reports what it is about to paint
    // (the first animation frame after the exit) through the console.
    await page.evaluate(`document.addEventListener('heat-quick-exit', () => requestAnimationFrame(() => {
      const box = document.querySelector('h1').getBoundingClientRect();
      console.log('painting:' + JSON.stringify({
        title: document.title,
        coverOpen: (${COVERED_SOURCE})(),
        covering: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) !== document.querySelector('h1'),
        stillHere: location.pathname,
      }));
    }))`);
    const painting = page.waitForEvent('console', (message) => message.text().startsWith('painting:'));
    // Enter on the focused control; a click would make Playwright wait for the navigation.
    await page.getByRole('link', { name: 'Exit this page' }).focus();
    await page.keyboard.press('Enter');
    const seen = JSON.parse((await painting).text().slice('painting:'.length));
    // The destination answers after 1.5 s; until then, this is what someone glancing at the screen sees.
    expect(seen).toEqual({ title: 'Loading', coverOpen: true, covering: true, stillHere: '/help-slow.html' });
    await page.waitForURL('**/slow-destination.html');
    await page.context().close();
  });

  it('typing "Hello World From Ana" with a real keyboard stays; Shift three times leaves', async () => {
    const page = await open('/help-replace.html');
    await page.locator('input').focus();
    await page.keyboard.type('');
    for (const char of 'Hello World From Ana') {
      if (char !== char.toLowerCase()) {
        await page.keyboard.down('Shift');
        await page.keyboard.press(char);
        await page.keyboard.up('Shift');
      } else await page.keyboard.press(char === ' ' ? 'Space' : char);
    }
    expect(await page.locator('input').inputValue()).toBe('Hello World From Ana');
    expect(pathOf(page)).toBe('/help-replace.html');
    await Promise.all([page.waitForURL('**/destination.html'), (async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    })()]);
    await page.context().close();
  });

  it('the module and the classic script together, three elements: one keydown and one keyup listener on window', async () => {
    const page = await open('/help-twice.html');
    const seen = watch(page);
    await page.waitForFunction(() => customElements.get('heat-quick-exit'));
    const count = await page.evaluate(() => (window as unknown as { __keyListeners: Set<unknown> }).__keyListeners.size);
    expect(count).toBe(2);
    await Promise.all([page.waitForURL('**/destination.html'), (async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    })()]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('Esc cannot take the cover off while a slow site loads (escape on: Esc twice leaves, Esc again did uncover)', async () => {
    const page = await open('/help-escape-slow.html');
    // Playwright holds page.evaluate while a navigation is pending: the page reports what it shows every 50 ms.
    await page.evaluate(`document.addEventListener('heat-quick-exit', () => setInterval(() => {
      console.log('showing:' + JSON.stringify({ title: document.title, covered: (${COVERED_SOURCE})(), here: location.pathname }));
    }, 50))`);
    let latest: { title: string; covered: boolean; here: string } | undefined;
    page.on('console', (message) => {
      if (message.text().startsWith('showing:')) latest = JSON.parse(message.text().slice('showing:'.length));
    });
    const settle = async () => {
      latest = undefined;
      await page.waitForTimeout(200);
      return latest;
    };
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await settle()).toEqual({ title: 'Loading', covered: true, here: '/help-escape-slow.html' });
    // The destination takes 4 s: every Esc in that time meets the cover.
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press('Escape');
      expect(await settle(), `after ${i} more Esc`).toEqual({ title: 'Loading', covered: true, here: '/help-escape-slow.html' });
    }
    await page.waitForURL('**/very-slow-destination.html');
    await page.context().close();
  });

  for (const path of ['/help-unsaved.html', '/help-unsaved-property.html']) {
    it(`a page that asks before unloading (an unsaved form, ${path}): no "Leave site?" prompt, the reader leaves`, async () => {
      const page = await open(path);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.dismiss(); // "Stay on page", the answer that would keep the help page
      });
      // The prompt is only shown after the reader interacted with the page: type in the form.
      await page.locator('input').pressSequentially('hello');
      await Promise.all([
        page.waitForURL('**/destination.html', { timeout: 5000 }),
        page.getByRole('link', { name: 'Exit this page' }).click({ noWaitAfter: true }),
      ]);
      expect(dialogs).toEqual([]);
      await page.context().close();
    });
  }

  it('a beforeunload listener added before heat-widgets still prompts; the cover stays up after "Stay"', async () => {
    const page = await open('/help-unsaved-early.html');
    const dialogs: string[] = [];
    const prompted = new Promise<void>((resolve) =>
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.dismiss().then(() => resolve());
      }),
    );
    await page.locator('input').pressSequentially('hello');
    await page.getByRole('link', { name: 'Exit this page' }).focus();
    await page.keyboard.press('Enter');
    await prompted;
    expect(dialogs).toEqual(['beforeunload']);
    expect(pathOf(page)).toBe('/help-unsaved-early.html');
    expect(await looks(page)).toEqual({ title: 'Loading', coverOpen: true, overHeading: expect.not.stringMatching(/^h1$/) });
    await page.context().close();
  });
});
