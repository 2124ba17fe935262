#!/usr/bin/env node
/**
 * `npm run bench`: figures, not a test. Headless Chromium (playwright-core) against the built dist/, medians of
 * `--runs` (default 20), each comparison measured in the same run. Prints Markdown tables (for the README).
 *
 * 1. A page with every registered element against its static twin: the same elements as plain HTML with declarative
 *    shadow roots (their rendered DOM and styles, serialized from the live page), no script. Time to rendered content
 *    (the first animation frame after every element shows its content) and LCP. Pairs alternate which goes first.
 * 2. `<heat-hotline-list>` with 100, 1,000 and 10,000 generated resources (fictional 555-01xx numbers), handed to the
 *    element's data controller before it connects (the `src` route is capped at 1 MB, too small for 10,000): first
 *    render, and a `topics` change, each until Lit has rendered and the browser has laid the result out. Baseline in
 *    the same run: the same DOM cloned without Lit, and the same listings removed by hand.
 * 2a. A region change through the picker (`<heat-hotline-list picker>`) at 1,000 listings: the reader chooses Texas
 *    instead of Stanislaus County, until the Texas lines are on screen and laid out (the region's file is already
 *    loaded once, as on a second visit to a region). Baseline in the same run: the same change done by hand on the
 *    same DOM without Lit (the listings that go removed, the ones that come inserted in place).
 * 2b. Layout shift when a state's or county's lines load (they come from their own file beside the script): a page with
 *    the list and, below it, a paragraph, measured as cumulative layout shift (the browser's layout-shift entries) from
 *    navigation until the region's lines are on screen and 500 ms more. With the configurator's fallback links inside
 *    the element (which carry the region's numbers) and without them; the static fallback page without the script as
 *    the baseline. Goal 0, limit 0.05 (issue 12). Then `<csec-facts>` the same way: national (nothing to load), and a
 *    county whose state and local facts come from their own file, with all scopes and with its local facts alone.
 * 3. 10,000 connect/disconnect cycles of each element, with the JS heap measured (after forced GC, over CDP) before
 *    and after: a new element every cycle, and one element attached and detached again.
 *
 * Goals (issue 7): at most 50 ms behind the twin; 1,000 entries in at most 50 ms; a topics change within 16 ms;
 * cost growing linearly; a flat heap.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { buildIfNeeded } from './size-budget.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argRuns = process.argv.indexOf('--runs');
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 20;
const CYCLES = 10_000;
const SIZES = [100, 1_000, 10_000];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

// ---- a static server for dist/ and the bench pages --------------------------------------------------------------

const pages = new Map();
const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (pages.has(url.pathname)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(pages.get(url.pathname));
    return;
  }
  const file = normalize(join(root, url.pathname));
  if (!file.startsWith(join(root, 'dist'))) return res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});

const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench</title>${head}</head><body><main><h1>A partner page</h1>${body}</main></body></html>`;
const SCRIPT = '<script type="module" src="/dist/heat-widgets.js"></script>';
const ATTRIBUTES = { 'heat-hotline-list': 'region="us-ca-stanislaus"' };
const markup = (tags) => tags.map((tag) => `<${tag} ${ATTRIBUTES[tag] ?? ''}></${tag}>`).join('\n');

// ---- helpers ----------------------------------------------------------------------------------------------------

async function registeredTags(context, origin) {
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    window.__defined = [];
    const define = CustomElementRegistry.prototype.define;
    CustomElementRegistry.prototype.define = function (name, ...rest) {
      window.__defined.push(name);
      return define.call(this, name, ...rest);
    };
  });
  pages.set('/discover.html', page('', SCRIPT));
  await tab.goto(`${origin}/discover.html`);
  await tab.waitForFunction(() => window.__defined.length > 0);
  const tags = await tab.evaluate(() => window.__defined);
  await tab.close();
  return [...new Set(tags)];
}

/** The live page's elements as static HTML: each shadow root serialized as a declarative one, with its styles. */
async function staticTwin(context, origin, tags) {
  const tab = await context.newPage();
  await tab.goto(`${origin}/with-script.html`);
  await tab.waitForFunction((names) => names.every((t) => document.querySelector(t)?.shadowRoot?.textContent?.trim()), tags);
  const body = await tab.evaluate((names) => {
    return names
      .map((tag) => {
        const el = document.querySelector(tag);
        const css = el.shadowRoot.adoptedStyleSheets.map((sheet) => Array.from(sheet.cssRules, (r) => r.cssText).join('')).join('');
        const open = el.cloneNode(false).outerHTML.replace(/<\/[^>]+>$/, '');
        const inner = el.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
        return `${open}<template shadowrootmode="open"><style>${css}</style>${inner}</template></${tag}>`;
      })
      .join('\n');
  }, tags);
  await tab.close();
  return page(body);
}

/** Records, from the first byte, when every element first shows content (next frame) and the LCP. */
function timingProbe(tags) {
  const done = () =>
    tags.every((t) => {
      const all = document.querySelectorAll(t);
      return all.length > 0 && Array.from(all).every((el) => el.shadowRoot && el.shadowRoot.textContent.trim());
    });
  const tick = () => {
    if (done()) requestAnimationFrame((time) => (window.__rendered = time));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

async function timePage(browser, url, tags) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(timingProbe, tags);
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__rendered > 0);
  // LCP settles after the last large paint; two frames and a short pause are enough on a static page.
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
  const result = await tab.evaluate(() => ({ rendered: window.__rendered, lcp: window.__lcp }));
  await context.close();
  return result;
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

function machine(browserVersion) {
  const cpuModel = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model;
    } catch {
      return cpus()[0]?.model;
    }
  })();
  return `${cpus().length} CPU (\`nproc\`), ${cpuModel}, ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Chromium ${browserVersion} headless, Node ${process.version}`;
}

// ---- layout shift when a region's lines load ----------------------------------------------------------------------

/** The call links the configurator writes into the element for `codes` (national first in the file, region lines). */
function fallbackFor(codes) {
  const read = (code) => JSON.parse(readFileSync(join(root, 'src/data/regions', `${code}.json`), 'utf8'));
  const resources = [...codes.slice(1).reverse().flatMap((c) => read(c).resources), ...read('us').resources];
  const emergency = resources.filter((r) => r.topics.includes('emergency'));
  const rest = resources.filter((r) => !r.topics.includes('emergency'));
  const items = [...emergency, ...rest].flatMap((r) =>
    r.channels.filter((c) => c.kind === 'call' || c.kind === 'tty').map((c) => `<li><a href="tel:${c.number}">${r.name.en}: ${c.display}</a></li>`),
  );
  return `<ul>${items.join('')}</ul>`;
}

async function regionShift(browser, origin) {
  const cases = [
    { name: 'national (us), nothing to load', codes: ['us'], last: '+18883737888' },
    { name: 'a state (us-tx)', codes: ['us', 'us-tx'], last: '+18002525400' },
    { name: 'a county (us-ca-santa-clara)', codes: ['us', 'us-ca', 'us-ca-santa-clara'], last: '+16504931186' },
  ];
  const probe = () => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  };
  /** CLS from navigation until the element shows `selector` in its own rendering (if given), and 500 ms more. */
  const measure = async (url, tag, selector) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.addInitScript(probe);
    const start = Date.now();
    await tab.goto(url, { waitUntil: 'load' });
    if (selector) await tab.waitForFunction(([t, sel]) => document.querySelector(t)?.shadowRoot?.querySelector(sel), [tag, selector]);
    const shown = Date.now() - start;
    await tab.waitForTimeout(500);
    const cls = await tab.evaluate(() => window.__cls);
    await context.close();
    return { cls, shown };
  };
  const row = async (name, path, tag, selector) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(`${origin}${path}`, tag, selector));
    const cls = median(runs.map((r) => r.cls));
    const worst = Math.max(...runs.map((r) => r.cls));
    const ok = cls <= 0.05 ? (cls === 0 ? '✓ goal' : '✓ limit') : '✗';
    const shown = selector ? ms(median(runs.map((r) => r.shown))) : '';
    console.log(`| ${name} | ${cls.toFixed(3)} ${ok} | ${worst.toFixed(3)} | ${shown} |`);
  };
  console.log('| Layout shift while a region\'s lines load (390 px wide) | CLS, median | Worst | Region lines shown |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const c of cases) {
    const region = c.codes.at(-1);
    const after = '<p>The partner page goes on below the list.</p>';
    const fallback = fallbackFor(c.codes);
    pages.set('/shift-static.html', page(`<heat-hotline-list region="${region}">${fallback}</heat-hotline-list>${after}`));
    pages.set('/shift-fallback.html', page(`<heat-hotline-list region="${region}">${fallback}</heat-hotline-list>${after}`, SCRIPT));
    pages.set('/shift-bare.html', page(`<heat-hotline-list region="${region}"></heat-hotline-list>${after}`, SCRIPT));
    // The region's last number inside the element's own rendering (the fallback links in the page hold it too).
    const last = `a[href="tel:${c.last}"]`;
    await row(`${c.name}, static fallback, no script (baseline)`, '/shift-static.html');
    await row(`${c.name}, with the configurator's fallback links`, '/shift-fallback.html', 'heat-hotline-list', last);
    await row(`${c.name}, without fallback links`, '/shift-bare.html', 'heat-hotline-list', last);
  }
  // The facts panel: a county's state and local facts come from their own file, below the national ones.
  for (const [name, attrs, selector] of [
    ['<csec-facts>, national (us), nothing to load', '', '[part~="fact"]'],
    ['<csec-facts>, a county (us-ca-alameda)', ' region="us-ca-alameda"', 'caption'],
    ['<csec-facts>, a county, its local facts alone', ' region="us-ca-alameda" scope="local"', 'caption'],
  ]) {
    pages.set('/shift-facts.html', page(`<csec-facts${attrs}></csec-facts><p>The partner page goes on below the facts.</p>`, SCRIPT));
    await row(`${name}, no fallback`, '/shift-facts.html', 'csec-facts', selector);
  }
  console.log('');
}

// ---- a region change through the picker -------------------------------------------------------------------------

async function pickerRegionChange(browser, origin, size = 1_000) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/empty.html`);
  await tab.waitForFunction(() => customElements.get('heat-hotline-list'));
  const runs = [];
  for (let i = 0; i < RUNS + 1; i++) {
    runs.push(
      await tab.evaluate(async (n) => {
        // A task, not a frame: lets the region's (cached) file arrive without waiting for a paint.
        const yieldTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
        const settle = async (el) => {
          await el.updateComplete;
          while (el.data.regionLoading || el.isUpdatePending) {
            await yieldTask();
            await el.updateComplete;
          }
        };
        const resources = Array.from({ length: n }, (_, k) => ({
          id: `bench-${k}`,
          name: { en: `Bench line ${k}` },
          description: { en: 'A generated line for the benchmark.' },
          region: k % 2 ? 'us-ca-stanislaus' : 'us',
          topics: ['report'],
          channels: [{ kind: 'call', number: `+1202555${String(100 + (k % 100)).padStart(4, '0')}`, display: `(202) 555-${String(100 + (k % 100)).padStart(4, '0')}` }],
          source: { title: 'Benchmark data', publisher: 'heat-widgets bench' },
          verified: '2026-11-24',
        }));
        const el = document.createElement('heat-hotline-list');
        el.setAttribute('region', 'us-ca-stanislaus');
        el.setAttribute('picker', '');
        el.data.dataset = { version: 1, resources, facts: [] };
        document.querySelector('main').append(el);
        const started = performance.now();
        while (!el.shadowRoot?.querySelector('select#where') || el.data.regionLoading) {
          if (performance.now() - started > 10_000) throw new Error('the picker never showed');
          await new Promise((r) => setTimeout(r, 5));
        }
        await settle(el);
        void el.shadowRoot.querySelector('ul').offsetHeight;
        const before = el.shadowRoot.innerHTML;
        const idsOf = (root) => Array.from(root.querySelectorAll('.list > li [id^="name-"]'), (h) => h.id);

        const select = el.shadowRoot.querySelector('select#where');
        const t0 = performance.now();
        select.value = 'us-tx';
        select.dispatchEvent(new Event('change'));
        await settle(el);
        void el.shadowRoot.querySelector('ul').offsetHeight;
        const change = performance.now() - t0;
        const shown = el.shadowRoot.querySelectorAll('.list > li').length;
        const after = idsOf(el.shadowRoot);
        const afterItems = new Map(Array.from(el.shadowRoot.querySelectorAll('.list > li'), (li) => [li.querySelector('[id^="name-"]')?.id, li.cloneNode(true)]));
        const sheets = el.shadowRoot.adoptedStyleSheets;
        el.remove();

        // Baseline: the DOM before the change, cloned without Lit; then the same change by hand: the listings that go
        // removed, the ones that come inserted where they belong.
        const host = document.createElement('div');
        const root = host.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        const template = document.createElement('template');
        template.innerHTML = before;
        document.querySelector('main').append(host);
        root.append(document.importNode(template.content, true));
        void root.querySelector('ul').offsetHeight;
        const t1 = performance.now();
        const keep = new Set(after);
        const list = root.querySelector('.list');
        const byId = new Map();
        for (const li of Array.from(list.children)) {
          const id = li.querySelector('[id^="name-"]')?.id;
          if (keep.has(id)) byId.set(id, li);
          else li.remove();
        }
        // The listings that stay keep their order: each new one goes before the next that stays.
        let next = list.firstElementChild;
        for (const id of after) {
          const kept = byId.get(id);
          if (kept) next = kept.nextElementSibling;
          else list.insertBefore(afterItems.get(id), next);
        }
        void root.querySelector('ul').offsetHeight;
        const byHand = performance.now() - t1;
        const same = idsOf(root).join() === after.join();
        host.remove();
        return { change, byHand, shown, same };
      }, size),
    );
  }
  await context.close();
  const measured = runs.slice(1); // the first run loads the Texas file: a first visit, not the change measured
  if (!measured.every((r) => r.same)) throw new Error('the change by hand did not reach the same listings');
  const m = (key) => median(measured.map((r) => r[key]));
  console.log('| Region change through the picker (Stanislaus County -> Texas) | Change, Lit | Same change by hand, no Lit | Shown after the change |');
  console.log('| ---: | ---: | ---: | ---: |');
  console.log(`| ${size.toLocaleString('en')} listings | ${ms(m('change'))} | ${ms(m('byHand'))} | ${measured[0].shown.toLocaleString('en')} |`);
  console.log(
    '\nThe reader chooses Texas in "Where are you?"; timed until the Texas lines are on screen and laid out (the region file ' +
      'already loaded once). By hand: the same DOM without Lit, the listings that go removed and those that come inserted, in the same run.\n',
  );
}

// ---- the benchmark ----------------------------------------------------------------------------------------------

async function main() {
  buildIfNeeded();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: chromeArgs() });
  const setup = await browser.newContext();
  if (process.argv.includes('--picker-only')) {
    await setup.close();
    pages.set('/empty.html', page('', SCRIPT));
    await pickerRegionChange(browser, origin);
    await browser.close();
    server.close();
    return;
  }
  if (process.argv.includes('--regions-only')) {
    await setup.close();
    await regionShift(browser, origin);
    await browser.close();
    server.close();
    return;
  }
  const tags = await registeredTags(setup, origin);
  pages.set('/with-script.html', page(markup(tags), SCRIPT));
  pages.set('/static-twin.html', await staticTwin(setup, origin, tags));
  pages.set('/empty.html', page('', SCRIPT));
  await setup.close();

  console.log(`Machine: ${machine(browser.version())}\n`);
  console.log(`Elements: ${tags.map((t) => `\`<${t}>\``).join(', ')}; ${RUNS} runs each, medians.\n`);

  // 1. Page vs static twin.
  const pageRuns = { script: [], twin: [] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? ['twin', 'script'] : ['script', 'twin'];
    for (const which of order) {
      pageRuns[which].push(await timePage(browser, `${origin}/${which === 'script' ? 'with-script' : 'static-twin'}.html`, tags));
    }
  }
  const m = (which, key) => median(pageRuns[which].map((r) => r[key]));
  const behind = { rendered: m('script', 'rendered') - m('twin', 'rendered'), lcp: m('script', 'lcp') - m('twin', 'lcp') };
  console.log('| Page with every element | Rendered content | LCP |');
  console.log('| --- | ---: | ---: |');
  console.log(`| Static HTML twin (no script) | ${ms(m('twin', 'rendered'))} | ${ms(m('twin', 'lcp'))} |`);
  console.log(`| heat-widgets.js | ${ms(m('script', 'rendered'))} | ${ms(m('script', 'lcp'))} |`);
  console.log(`| Behind the twin (goal ≤ 50 ms) | ${ms(behind.rendered)} ${behind.rendered <= 50 ? '✓' : '✗'} | ${ms(behind.lcp)} ${behind.lcp <= 50 ? '✓' : '✗'} |\n`);

  // 2. Hotline list at scale.
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/empty.html`);
  await tab.waitForFunction(() => customElements.get('heat-hotline-list'));
  const scale = [];
  for (const size of SIZES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(
        await tab.evaluate(async (n) => {
          const topics = ['support', 'report', 'csec', 'trafficking', 'child-abuse'];
          const resources = Array.from({ length: n }, (_, k) => ({
            id: `bench-${k}`,
            name: { en: `Bench line ${k}` },
            description: { en: 'A generated line for the benchmark.' },
            region: k % 2 ? 'us-ca-stanislaus' : 'us',
            topics: [topics[k % 5], topics[(k + 2) % 5]],
            channels: [
              // Fictional numbers: the 555-01xx range.
              { kind: 'call', number: `+1202555${String(100 + (k % 100)).padStart(4, '0')}`, display: `(202) 555-${String(100 + (k % 100)).padStart(4, '0')}`, hours: '24/7' },
            ],
            source: { title: 'Benchmark data', publisher: 'heat-widgets bench' },
            verified: '2026-11-24',
          }));
          const el = document.createElement('heat-hotline-list');
          el.setAttribute('region', 'us-ca-stanislaus');
          // Bench hook: the element's data controller takes the generated dataset before the first render.
          el.data.dataset = { version: 1, resources, facts: [] };
          const t0 = performance.now();
          document.querySelector('main').append(el);
          await el.updateComplete;
          void el.shadowRoot.querySelector('ul').offsetHeight; // style and layout, as a reader would wait for
          const first = performance.now() - t0;
          const firstMarkup = el.shadowRoot.innerHTML;
          const t1 = performance.now();
          el.topics = 'report';
          await el.updateComplete;
          void el.shadowRoot.querySelector('ul').offsetHeight;
          const change = performance.now() - t1;
          const shown = el.shadowRoot.querySelectorAll('.list > li').length;
          const kept = new Set(Array.from(el.shadowRoot.querySelectorAll('.list > li [id^="name-"]'), (h) => h.id));
          const sheets = el.shadowRoot.adoptedStyleSheets;
          el.remove();

          // Baseline: the same DOM without Lit. The first render's markup (Lit's comment markers included, so the
          // node count is the same) cloned from a parsed template into a shadow root with the same styles; then the
          // listings the change drops, removed by hand. What the browser alone charges for that DOM, in this run.
          const host = document.createElement('div');
          const shadowRoot = host.attachShadow({ mode: 'open' });
          shadowRoot.adoptedStyleSheets = sheets;
          const template = document.createElement('template');
          template.innerHTML = firstMarkup;
          const t2 = performance.now();
          document.querySelector('main').append(host);
          shadowRoot.append(document.importNode(template.content, true));
          void shadowRoot.querySelector('ul').offsetHeight;
          const staticFirst = performance.now() - t2;
          const t3 = performance.now();
          for (const item of Array.from(shadowRoot.querySelectorAll('.list > li'))) {
            if (!kept.has(item.querySelector('[id^="name-"]')?.id)) item.remove();
          }
          void shadowRoot.querySelector('ul').offsetHeight;
          const staticChange = performance.now() - t3;
          host.remove();
          return { first, change, shown, staticFirst, staticChange };
        }, size),
      );
    }
    const m = (key) => median(runs.map((r) => r[key]));
    scale.push({ size, first: m('first'), change: m('change'), shown: runs[0].shown, staticFirst: m('staticFirst'), staticChange: m('staticChange') });
  }
  await context.close();
  console.log('| `<heat-hotline-list>` entries | First render | Same DOM, no Lit | `topics` change | Same change, no Lit | Shown after the change |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of scale) {
    const firstGoal = row.size === 1000 ? (row.first <= 50 ? ' ✓' : ' ✗') : '';
    const changeGoal = row.size === 1000 ? (row.change <= 16 ? ' ✓' : ' ✗') : '';
    console.log(
      `| ${row.size.toLocaleString('en')} | ${ms(row.first)}${firstGoal} | ${ms(row.staticFirst)} | ${ms(row.change)}${changeGoal} | ` +
        `${ms(row.staticChange)} | ${row.shown.toLocaleString('en')} |`,
    );
  }
  console.log(
    '\n"Same DOM, no Lit": the first render\'s markup cloned into a shadow root with the same styles, then the same ' +
      'listings removed by hand, in the same run: what the browser alone charges for that DOM.',
  );
  const per = scale.map((r) => r.first / r.size);
  console.log(
    `\nCost per entry (first render): ${scale.map((r, i) => `${r.size.toLocaleString('en')}: ${(per[i] * 1000).toFixed(0)} µs`).join(', ')} ` +
      `(linear when these stay about equal; 10,000 / 1,000 time ratio ${(scale[2].first / scale[1].first).toFixed(1)}).\n`,
  );

  await pickerRegionChange(browser, origin);

  await regionShift(browser, origin);

  // 3. Connect/disconnect cycles.
  console.log(`| ${CYCLES.toLocaleString('en')} cycles | Heap before | Heap after | Growth |`);
  console.log('| --- | ---: | ---: | ---: |');
  for (const tag of tags) {
    for (const mode of ['new', 'same']) {
      const ctx = await browser.newContext();
      const t = await ctx.newPage();
      await t.goto(`${origin}/empty.html`);
      await t.waitForFunction((name) => customElements.get(name), tag);
      const cdp = await ctx.newCDPSession(t);
      const cycle = (n) =>
        t.evaluate(
          async ({ name, n, mode, attributes }) => {
            const host = document.querySelector('main');
            const make = () => {
              const el = document.createElement(name);
              for (const [k, v] of attributes) el.setAttribute(k, v);
              return el;
            };
            const kept = mode === 'same' ? make() : undefined;
            for (let i = 0; i < n; i++) {
              const el = kept ?? make();
              host.append(el);
              await el.updateComplete;
              el.remove();
            }
          },
          { name: tag, n, mode, attributes: tag === 'heat-hotline-list' ? [['region', 'us-ca-stanislaus']] : [] },
        );
      await cycle(200); // warm-up: caches, compiled code, Lit's template cache
      const before = await heapUsed(cdp);
      await cycle(CYCLES);
      const after = await heapUsed(cdp);
      await ctx.close();
      const growth = after - before;
      const flat = growth < 256 * 1024;
      console.log(`| \`<${tag}>\`, ${mode === 'new' ? 'a new element each cycle' : 'the same element re-attached'} | ${mb(before)} | ${mb(after)} | ${(growth / 1024).toFixed(0)} KB ${flat ? '✓' : '✗'} |`);
    }
  }
  console.log('\nFlat: under 256 KB growth after forced garbage collection.');
  await browser.close();
  server.close();
}

main().catch((error) => {
  console.error(error);
  server.close();
  process.exit(1);
});
