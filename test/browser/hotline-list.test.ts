import { expect, fixture as openFixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
// The runner's emulateMedia() drops forcedColors with the Chrome launcher; this one applies it.
import { emulateMedia } from './support/media.js';
import '../../src/index.js';
import { HeatHotlineList } from '../../src/hotline-list/hotline-list.js';
import { defineElement } from '../../src/base/define.js';
import { clearDataCache, loaderSettings } from '../../src/data/loader.js';
import {
  accessibleLinkNames,
  expectIdleStatusTakesNoRoom,
  hrefs,
  links,
  recordFetches,
  recordWarnings,
  shadow,
  sleep,
  visibleText,
  waitForEvent,
} from './support/helpers.js';
import { regionReady } from './support/helpers.js';

/** open-wc's fixture, then the element's state or county data (loaded on demand) has arrived and rendered. */
async function fixture<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await openFixture<T>(template);
  await regionReady(el);
  return el;
}
import { STANISLAUS_TEL, STANISLAUS_SMS } from '../fixtures/verified-targets.js';

const names = (el: Element) => Array.from(shadow(el).querySelectorAll('[part~="name"]')).map((n) => n.textContent?.trim());

afterEach(async () => {
  clearDataCache();
  loaderSettings.timeoutMs = 8000;
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  document.documentElement.style.fontSize = '';
});

describe('<heat-hotline-list>', () => {
  it('lists Stanislaus County, California and national lines with exactly the verified call and text targets', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus"></heat-hotline-list>`);
    expect(hrefs(el, 'tel:')).to.deep.equal(STANISLAUS_TEL);
    expect(hrefs(el, 'sms:')).to.deep.equal(STANISLAUS_SMS);
    expect(names(el)[0]).to.equal('Emergency services');
    expect(names(el)).to.include('Stanislaus County Protective Services');
    expect(names(el)).not.to.include('Alameda County H.E.A.T. Watch Tip Line');
    await expect(el).to.be.accessible();
  });

  it('reads "Call <number>" and names whom you call in the accessible name (WCAG 2.5.3)', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
    const call = links(el).find((a) => a.getAttribute('href') === 'tel:+18883737888')!;
    expect(visibleText(call)).to.equal('Call 1-888-373-7888');
    const accessible = await accessibleLinkNames();
    const name = accessible.find((n) => n.includes('1-888-373-7888'))!;
    expect(name).to.equal('Call 1-888-373-7888 (National Human Trafficking Hotline)');
    expect(name.startsWith(visibleText(call))).to.equal(true);
    // The national text line has no keyword (sources disagree): the link opens a message with no body.
    const text = links(el).find((a) => a.getAttribute('href') === 'sms:233733')!;
    expect(visibleText(text)).to.equal('Text 233733');
    expect(accessible).to.include('Text 233733 (National Human Trafficking Hotline)');
  });

  it('shows hours only where the data has them, languages, notes and a dated source line', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus"></heat-hotline-list>`);
    const items = Array.from(shadow(el).querySelectorAll('[part~="item"]'));
    const nhth = items.find((i) => i.textContent!.includes('National Human Trafficking Hotline'))!;
    expect(visibleText(nhth)).to.contain('Open 24/7');
    expect(visibleText(nhth)).to.contain('Languages: English and Spanish');
    expect(visibleText(nhth)).to.contain('dial 711 first');
    expect(visibleText(nhth)).to.contain('verified November 24, 2026');
    const county = items.find((i) => i.textContent!.includes('Stanislaus County Protective Services'))!;
    expect(visibleText(county), 'published hours disagree: none shown').not.to.contain('Open');
    const childhelp = items.find((i) => i.textContent!.includes('Childhelp'))!;
    expect(visibleText(childhelp)).to.contain('does not take reports');
  });

  it('tabs through the actions in reading order, every one focusable', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
    const expected = links(el);
    const seen: Element[] = [];
    for (let i = 0; i < expected.length; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push(shadow(el).activeElement!);
    }
    expect(seen).to.deep.equal(expected);
  });

  it('keeps its idle status live region in the page, taking no room', async () => {
    expectIdleStatusTakesNoRoom(await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus"></heat-hotline-list>`));
  });

  it('takes a heading level from the host page, and names one level below', async () => {
    const el = await fixture<HeatHotlineList>(
      html`<heat-hotline-list region="us" heading-level="4" heading="Where to get help"></heat-hotline-list>`,
    );
    const h = shadow(el).querySelector('h4')!;
    expect(h.textContent).to.equal('Where to get help');
    expect(shadow(el).querySelectorAll('h5').length).to.equal(5);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(shadow(el).querySelector('h2'), 'out-of-range levels fall back to 2').to.exist;
    await expect(el).to.be.accessible();
  });

  it('filters by topic and keeps the emergency line', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus" topics="mental-health"></heat-hotline-list>`);
    expect(names(el)).to.deep.equal(['Emergency services', '988 Suicide & Crisis Lifeline']);
    el.topics = 'no-such-topic';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Emergency services']);
    expect(visibleText(shadow(el).querySelector('.root')!)).to.contain('No listings match');
    await expect(el).to.be.accessible();
  });

  it('keeps touch targets at least 44 by 44 px and never scrolls sideways at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus"></heat-hotline-list>`);
    for (const a of links(el).filter((l) => l.classList.contains('action'))) {
      const box = a.getBoundingClientRect();
      expect(box.height, a.textContent!).to.be.at.least(44);
      expect(box.width, a.textContent!).to.be.at.least(44);
      expect(box.right, a.textContent!).to.be.at.most(320);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('is not shrunk by a page that sets html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
    const root = shadow(el).querySelector('.root')!;
    expect(getComputedStyle(root).fontSize).to.equal('16px');
    expect(links(el)[0].getBoundingClientRect().height).to.be.at.least(44);
  });

  it('has light, dark and forced-colors modes, each accessible', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us" theme="light"></heat-hotline-list>`);
    const root = shadow(el).querySelector('.root')!;
    const light = getComputedStyle(root).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    const dark = getComputedStyle(root).backgroundColor;
    expect(dark).not.to.equal(light);
    await expect(el).to.be.accessible();
    el.theme = 'auto';
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(root).backgroundColor).to.equal(dark);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a second registration warns once, with both versions, and does not throw', async () => {
    const warnings = recordWarnings();
    try {
      // What a second copy of the script does: its own class, perhaps another version, for the same tag.
      class SecondCopy extends HeatHotlineList {
        static override version = '9.9.9';
      }
      expect(() => defineElement('heat-hotline-list', SecondCopy)).not.to.throw();
      expect(() => defineElement('heat-hotline-list', SecondCopy)).not.to.throw();
    } finally {
      warnings.restore();
    }
    const relevant = warnings.messages.filter((m) => m.includes('<heat-hotline-list> is already defined'));
    expect(relevant).to.have.length(1);
    expect(relevant[0]).to.contain('0.1.0').and.to.contain('9.9.9');
    expect(customElements.get('heat-hotline-list')).to.equal(HeatHotlineList);
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
    expect(hrefs(el, 'tel:')).to.include('tel:+18883737888');
  });
});

describe('<heat-hotline-list src>', () => {
  const failures: [string, string][] = [
    ['/test-data/not-found.json', 'http'],
    ['/test-data/server-error.json', 'http'],
    ['/test-data/malformed.json', 'not-json'],
    ['/test-data/html.json', 'not-json'],
    ['/test-data/invalid.json', 'invalid'],
    ['/test-data/oversize.json', 'too-large'],
    ['http://127.0.0.1:1/unreachable.json', 'bad-url'],
    ['javascript:alert(1)', 'bad-url'],
  ];
  for (const [src, reason] of failures) {
    it(`keeps the bundled lines when src fails (${src} -> ${reason})`, async () => {
      const warnings = recordWarnings();
      try {
        const started = performance.now();
        const el = await openFixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus" src=${src}></heat-hotline-list>`);
        const failure = waitForEvent(el, 'heat-data-error');
        await regionReady(el);
        expect(performance.now() - started, 'help shows within a second').to.be.below(1000);
        expect(hrefs(el, 'tel:')).to.deep.equal(STANISLAUS_TEL);
        const event = await failure;
        expect(event.detail.reason).to.equal(reason);
        expect(event.bubbles && event.composed).to.equal(true);
        await el.updateComplete;
        expect(hrefs(el, 'tel:')).to.deep.equal(STANISLAUS_TEL);
        expect(shadow(el).querySelector('[part="status"]')!.textContent!.trim()).to.equal('');
        expect(warnings.messages.filter((m) => m.includes('could not use data from'))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  it('gives up after the time limit and keeps the bundled lines', async () => {
    loaderSettings.timeoutMs = 300;
    const warnings = recordWarnings();
    try {
      const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus" src="/test-data/slow.json?ms=3000"></heat-hotline-list>`);
      expect(hrefs(el, 'tel:')).to.deep.equal(STANISLAUS_TEL);
      expect(shadow(el).querySelector('[part="status"]')!.textContent).to.contain('Checking for updated listings');
      const event = await waitForEvent(el, 'heat-data-error');
      expect(event.detail.reason).to.equal('timeout');
      expect(hrefs(el, 'tel:')).to.deep.equal(STANISLAUS_TEL);
    } finally {
      warnings.restore();
    }
  });

  it('shows the bundled lines at once, then the partner’s when they arrive valid', async () => {
    const el = await openFixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus" src="/test-data/slow.json?ms=300"></heat-hotline-list>`);
    const dataLoaded = waitForEvent(el, 'heat-data-load');
    await regionReady(el);
    expect(names(el)).to.include('Stanislaus County Protective Services');
    const status = shadow(el).querySelector('[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Checking for updated listings');
    await dataLoaded;
    await el.updateComplete;
    expect(names(el)).to.include('Partner Youth Line');
    // A partner file adds its lines to ours: the county's verified line stays.
    expect(names(el)).to.include('Stanislaus County Protective Services');
    // The partner's file has no emergency line: 911 still comes first.
    expect(names(el)[0]).to.equal('Emergency services');
    expect(hrefs(el, 'tel:')[0]).to.equal('tel:911');
    expect(status.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('renders hostile strings as text and drops every unsafe link', async () => {
    const warnings = recordWarnings();
    try {
      const el = await openFixture<HeatHotlineList>(html`<heat-hotline-list region="us" src="/test-data/hostile.json"></heat-hotline-list>`);
      const dataLoaded = waitForEvent(el, 'heat-data-load');
      await regionReady(el);
      const loaded = await dataLoaded;
      await el.updateComplete;
      expect(loaded.detail.dropped).to.be.greaterThan(0);
      const root = shadow(el);
      expect(root.querySelector('img, script, b'), 'no markup from data').to.equal(null);
      expect(root.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      for (const href of hrefs(el)) expect(href, href).to.match(/^(tel:|sms:|https:\/\/|mailto:)/);
      expect(hrefs(el).some((h) => /javascript|data:/i.test(h))).to.equal(false);
      // The listing whose every channel was unsafe is gone.
      expect(names(el)).not.to.include('Bad links only');
      expect(warnings.messages.some((m) => m.includes('were left out'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('shares one request per URL between elements', async () => {
    const fetches = recordFetches();
    const loaded = new Set<EventTarget>();
    const onLoad = (event: Event) => loaded.add(event.target!);
    document.addEventListener('heat-data-load', onLoad);
    try {
      const el = await fixture<HTMLElement>(html`<div>
        <heat-hotline-list region="us" src="/test-data/valid.json?shared"></heat-hotline-list>
        <heat-hotline-list region="us-ca-stanislaus" src="/test-data/valid.json?shared"></heat-hotline-list>
      </div>`);
      const [a, b] = Array.from(el.querySelectorAll('heat-hotline-list'));
      await waitUntil(() => loaded.has(a) && loaded.has(b), 'both elements load', { timeout: 5000 });
      expect(fetches.calls.filter((c) => c.url.includes('valid.json?shared'))).to.have.length(1);
    } finally {
      document.removeEventListener('heat-data-load', onLoad);
      fetches.restore();
    }
  });

  it('aborts its request when removed from the page', async () => {
    const fetches = recordFetches();
    try {
      const el = await fixture<HeatHotlineList>(html`<heat-hotline-list src="/test-data/slow.json?ms=2000&abort"></heat-hotline-list>`);
      await waitUntil(() => fetches.calls.some((c) => c.url.includes('abort')), 'the request starts');
      const call = fetches.calls.find((c) => c.url.includes('abort'))!;
      expect(call.signal!.aborted).to.equal(false);
      el.remove();
      expect(call.signal!.aborted).to.equal(true);
    } finally {
      fetches.restore();
    }
  });

  it('when src changes in flight, the last one wins', async () => {
    const el = await openFixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus" src="/test-data/slow.json?ms=400&first"></heat-hotline-list>`);
    const dataLoaded = waitForEvent(el, 'heat-data-load');
    await regionReady(el);
    el.src = '/test-data/alternate.json';
    await dataLoaded;
    await sleep(600);
    await el.updateComplete;
    expect(names(el)).to.include('Alternate Partner Line');
    expect(names(el)).not.to.include('Partner Youth Line');
  });

  it('requests carry no cookies and no referrer', async () => {
    const fetches = recordFetches();
    const original = window.fetch;
    let init: RequestInit | undefined;
    window.fetch = (input, options) => {
      init = options;
      return original(input, options);
    };
    try {
      const el = await openFixture<HeatHotlineList>(html`<heat-hotline-list src="/test-data/valid.json?privacy"></heat-hotline-list>`);
      const dataLoaded = waitForEvent(el, 'heat-data-load');
      await regionReady(el);
      await dataLoaded;
      expect(init?.credentials).to.equal('omit');
      expect(init?.referrerPolicy).to.equal('no-referrer');
    } finally {
      window.fetch = original;
      fetches.restore();
    }
  });
});
