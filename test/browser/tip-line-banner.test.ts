import { expect, fixture as openFixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia } from './support/media.js';
import '../../src/index.js';
import type { TipLineBanner } from '../../src/tip-line-banner/tip-line-banner.js';
import { bundledData } from '../../src/data/bundled-data.js';
import { clearDataCache } from '../../src/data/loader.js';
import type { CallChannel, Resource, TextChannel } from '../../src/data/types.js';
import { accessibleLinkNames, recordWarnings, shadow, visibleText, waitForEvent } from './support/helpers.js';
import { regionReady } from './support/helpers.js';
import alameda from '../../src/data/regions/us-ca-alameda.json' with { type: 'json' };
import stanislaus from '../../src/data/regions/us-ca-stanislaus.json' with { type: 'json' };

/** open-wc's fixture, then the element's state or county data (loaded on demand) has arrived and rendered. */
async function fixture<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await openFixture<T>(template);
  await regionReady(el);
  return el;
}

/** The banner's actions (call, text, 911, the always-open alternative): its source link is checked on its own. */
const links = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('a[part~="action"]'));
const hrefs = (el: Element, scheme?: string) =>
  links(el)
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => !scheme || href.startsWith(scheme));
const resource = (id: string) => [...bundledData.resources, ...(alameda.resources as Resource[]), ...(stanislaus.resources as Resource[])].find((r) => r.id === id)!;
/** The tel:/sms: targets the data gives a line, built here from the bundled values (not from our link code). */
const phoneHrefs = (r: Resource, kinds: ('call' | 'text')[] = ['call', 'text']) =>
  r.channels
    .filter((c): c is CallChannel | TextChannel => (kinds as string[]).includes(c.kind))
    .map((c) => (c.kind === 'call' ? `tel:${c.number}` : `sms:${c.number}${c.keyword ? `?body=${c.keyword}` : ''}`));
const emergencyTel = phoneHrefs(resource('emergency'), ['call']);
const nhthCall = phoneHrefs(resource('nhth'), ['call']);
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const storage = () => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length });

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}
async function buttonNames(): Promise<string[]> {
  const names: string[] = [];
  const walk = (node: AxNode) => {
    if (node.role === 'button') names.push(node.name);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return names;
}

afterEach(async () => {
  clearDataCache();
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
});

describe('<tip-line-banner>', () => {
  it('shows the national hotline by default: whom, what for, call and text exactly as the data has them, and 911', async () => {
    const el = await fixture<TipLineBanner>(html`<tip-line-banner></tip-line-banner>`);
    const nhth = resource('nhth');
    expect(part(el, 'name')!.textContent!.trim()).to.equal(nhth.name.en);
    expect(part(el, 'description')!.textContent!.trim()).to.equal(nhth.description.en);
    expect(hrefs(el, 'tel:').concat(hrefs(el, 'sms:'))).to.deep.equal([...nhthCall, ...emergencyTel, 'sms:233733']);
    expect(hrefs(el)).to.deep.equal([...phoneHrefs(nhth), ...emergencyTel]);
    // The national text line has no keyword (sources disagree).
    const text = links(el).find((a) => a.getAttribute('href')!.startsWith('sms:'))!;
    expect(visibleText(text)).to.equal('Text 233733');
    expect(visibleText(part(el, 'emergency')!)).to.equal('In immediate danger? Call 911');
    await expect(el).to.be.accessible();
  });

  it('names whom each action reaches, starting with its visible label (WCAG 2.5.3)', async () => {
    const el = await fixture<TipLineBanner>(html`<tip-line-banner dismissible></tip-line-banner>`);
    const names = await accessibleLinkNames();
    expect(names).to.deep.equal([
      'Call 1-888-373-7888 (National Human Trafficking Hotline)',
      'Text 233733 (National Human Trafficking Hotline)',
      'Call 911 (Emergency services)',
      // Last, the source, linked to its own page.
      'National Human Trafficking Hotline',
    ]);
    for (const a of links(el)) expect(names.some((n) => n.startsWith(visibleText(a)))).to.equal(true);
    expect(await buttonNames()).to.deep.equal(['Dismiss']);
  });

  it('shows hours only where the data has them, and each note under its own number', async () => {
    const el = await fixture<TipLineBanner>(html`<tip-line-banner></tip-line-banner>`);
    const details = Array.from(shadow(el).querySelectorAll('[part="channel-details"]'));
    // The call line is 24/7 in the data; the text line publishes no hours.
    const call = details.find((d) => d.closest('li')!.querySelector('a')!.getAttribute('href') === nhthCall[0])!;
    expect(visibleText(call)).to.contain('Open 24/7');
    expect(visibleText(call)).to.contain('dial 711 first');
    const text = details.find((d) => d.closest('li')!.querySelector('a')!.getAttribute('href') === 'sms:233733')!;
    expect(visibleText(text)).not.to.contain('Open');
  });

  it('says where the line comes from and when it was checked, and marks a line not yet confirmed independently, in en and ar', async () => {
    const confirmed = await fixture<TipLineBanner>(html`<tip-line-banner></tip-line-banner>`);
    const source = visibleText(part(confirmed, 'source')!);
    expect(source).to.contain('Source: National Human Trafficking Hotline');
    expect(source).to.contain('verified November 24, 2026');
    expect(source).not.to.contain('Not yet confirmed');
    expect(part(confirmed, 'source')!.querySelector('a')!.getAttribute('href')).to.equal('https://humantraffickinghotline.org');
    const seed = await fixture<TipLineBanner>(html`<tip-line-banner line="without-permission"></tip-line-banner>`);
    expect(visibleText(part(seed, 'source')!)).to.contain('Not yet confirmed by an independent source.');
    await expect(seed).to.be.accessible();
    document.documentElement.lang = 'ar';
    try {
      await waitUntil(() => /لم/.test(visibleText(part(seed, 'source')!)), 'the mark in Arabic');
      expect(visibleText(part(seed, 'source')!)).not.to.contain('Not yet confirmed');
      await expect(seed).to.be.accessible();
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('shows the H.E.A.T. Watch tip line with no hours, 911 beside it, and the national hotline as the always-open alternative', async () => {
    const el = await fixture<TipLineBanner>(html`<tip-line-banner line="heat-watch-tip-line"></tip-line-banner>`);
    const tip = resource('heat-watch-tip-line');
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Alameda County H.E.A.T. Watch Tip Line');
    expect(hrefs(el)).to.deep.equal([...phoneHrefs(tip), ...emergencyTel, ...nhthCall]);
    expect(shadow(el).querySelectorAll('[part="hours"]')).to.have.length(0);
    expect(visibleText(part(el, 'actions')!)).not.to.match(/open|24/i);
    expect(visibleText(part(el, 'emergency')!)).to.equal('In immediate danger? Call 911');
    expect(visibleText(part(el, 'alternative')!)).to.equal('Always open: National Human Trafficking Hotline Call 1-888-373-7888');
    expect(visibleText(part(el, 'note')!)).to.equal(tip.note!.en);
    expect(await accessibleLinkNames()).to.include('Call 1-888-373-7888 (National Human Trafficking Hotline)');
    await expect(el).to.be.accessible();
  });

  it('offers no alternative beside a line that is open around the clock', async () => {
    for (const line of ['nhth', 'childhelp', '988']) {
      const el = await fixture<TipLineBanner>(html`<tip-line-banner line=${line}></tip-line-banner>`);
      expect(part(el, 'alternative'), line).to.equal(null);
      expect(hrefs(el), line).to.deep.equal([...phoneHrefs(resource(line)), ...emergencyTel]);
    }
    const childhelp = await fixture<TipLineBanner>(html`<tip-line-banner line="childhelp"></tip-line-banner>`);
    expect(visibleText(part(childhelp, 'note')!)).to.contain('does not take reports');
  });

  it('falls back to the national hotline, with one console warning, for an unknown line', async () => {
    const warnings = recordWarnings();
    try {
      const el = await fixture<TipLineBanner>(html`<tip-line-banner line="no-such-line"></tip-line-banner>`);
      expect(part(el, 'name')!.textContent!.trim()).to.equal('National Human Trafficking Hotline');
      expect(hrefs(el)).to.deep.equal([...phoneHrefs(resource('nhth')), ...emergencyTel]);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('no line "no-such-line"'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('has an inline and a bar variant, both accessible; an unknown variant is inline', async () => {
    const bar = await fixture<TipLineBanner>(html`<tip-line-banner variant="bar" dismissible></tip-line-banner>`);
    expect(part(bar, 'base')!.classList.contains('root--bar')).to.equal(true);
    expect(getComputedStyle(part(bar, 'base')!).flexDirection).to.equal('row');
    await expect(bar).to.be.accessible();
    const odd = await fixture<TipLineBanner>(html`<tip-line-banner variant="floating"></tip-line-banner>`);
    expect(part(odd, 'base')!.classList.contains('root--inline')).to.equal(true);
    expect(getComputedStyle(part(odd, 'base')!).flexDirection).to.equal('column');
  });

  it('draws every action in the same system colours in forced colors, none in the theme’s own colours', async () => {
    await emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
    const el = await fixture<TipLineBanner>(html`<tip-line-banner line="heat-watch-tip-line" theme="light"></tip-line-banner>`);
    const colors = links(el).map((a) => getComputedStyle(a).color);
    expect(colors).to.have.length(3);
    // Main action, 911 and the always-open alternative: one system link colour, never the light theme's #0b57a4.
    expect(new Set(colors).size, colors.join(' ')).to.equal(1);
    expect(colors[0]).not.to.equal('rgb(11, 87, 164)');
  });

  it('takes a heading level from the host page', async () => {
    const el = await fixture<TipLineBanner>(html`<tip-line-banner heading-level="4"></tip-line-banner>`);
    expect(shadow(el).querySelector('h4')!.textContent!.trim()).to.equal('National Human Trafficking Hotline');
  });

  for (const width of [320, 1280]) {
    for (const variant of ['inline', 'bar']) {
      it(`${variant} at ${width} px: accessible in light, dark and forced colors, 44 px targets, no sideways scroll`, async () => {
        await setViewport({ width, height: 800 });
        const el = await fixture<TipLineBanner>(
          html`<tip-line-banner line="heat-watch-tip-line" variant=${variant} dismissible theme="light"></tip-line-banner>`,
        );
        for (const target of [...links(el), part(el, 'dismiss')!]) {
          const box = target.getBoundingClientRect();
          expect(box.height, target.textContent!).to.be.at.least(44);
          expect(box.width, target.textContent!).to.be.at.least(44);
          expect(box.right, target.textContent!).to.be.at.most(width);
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        await expect(el).to.be.accessible();
        el.theme = 'dark';
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.theme = 'auto';
        await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
        expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('<tip-line-banner dismissible>', () => {
  it('closes from the keyboard, fires heat-dismiss, moves focus on, and stores nothing anywhere', async () => {
    const before = storage();
    const page = await fixture<HTMLElement>(html`<div>
      <button id="before">Before</button>
      <tip-line-banner dismissible></tip-line-banner>
      <a id="after" href="#after">After</a>
    </div>`);
    const el = page.querySelector('tip-line-banner')!;
    await el.updateComplete;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    // Three actions, the source's link, then the close button.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
    const dismiss = part(el, 'dismiss')!;
    expect(shadow(el).activeElement === dismiss, 'focus on the close button').to.equal(true);
    const event = waitForEvent(el, 'heat-dismiss');
    await sendKeys({ press: 'Enter' });
    const fired = await event;
    expect(fired.detail).to.deep.equal({ line: 'nhth' });
    expect(fired.bubbles && fired.composed).to.equal(true);
    expect(el.hidden).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(document.activeElement?.id ?? document.activeElement?.localName).to.equal('after');
    expect(storage()).to.deep.equal(before);
    // Nothing remembers the dismissal: another banner on the same page still shows.
    const another = await fixture<TipLineBanner>(html`<tip-line-banner dismissible></tip-line-banner>`);
    expect(another.hidden).to.equal(false);
    expect(another.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(hrefs(another)).to.deep.equal([...phoneHrefs(resource('nhth')), ...emergencyTel]);
  });

  it('closes with Space too, and moves focus back when nothing follows it', async () => {
    const page = await fixture<HTMLElement>(html`<div><button id="before">Before</button><tip-line-banner dismissible></tip-line-banner></div>`);
    const el = page.querySelector('tip-line-banner')!;
    await el.updateComplete;
    part(el, 'dismiss')!.focus();
    await sendKeys({ press: 'Space' });
    expect(el.hidden).to.equal(true);
    expect(document.activeElement?.id ?? document.activeElement?.localName).to.equal('before');
  });

  it('stays open when the page cancels heat-dismiss', async () => {
    const el = await fixture<TipLineBanner>(html`<tip-line-banner dismissible @heat-dismiss=${(e: Event) => e.preventDefault()}></tip-line-banner>`);
    part(el, 'dismiss')!.click();
    expect(el.hidden).to.equal(false);
  });

  it('has no close button unless dismissible', async () => {
    const el = await fixture<TipLineBanner>(html`<tip-line-banner></tip-line-banner>`);
    expect(part(el, 'dismiss')).to.equal(null);
  });
});

describe('<tip-line-banner src>', () => {
  it('shows a partner line, with the keyword and emergency number from the partner data', async () => {
    const warnings = recordWarnings();
    try {
      const el = await openFixture<TipLineBanner>(html`<tip-line-banner line="partner-tip-line" src="/test-data/banner-partner.json"></tip-line-banner>`);
      const dataLoaded = waitForEvent(el, 'heat-data-load');
      await regionReady(el);
      await dataLoaded;
      await el.updateComplete;
      expect(part(el, 'name')!.textContent!.trim()).to.equal('Partner Tip Line');
      // The 911 line is built from the emergency resource in the data: here the partner's (a test number, 112).
      expect(hrefs(el)).to.deep.equal(['tel:+12025550123', 'sms:+12025550124?body=TIP', 'tel:112', ...nhthCall]);
      expect(visibleText(part(el, 'emergency')!)).to.equal('In immediate danger? Call 112');
      expect(visibleText(links(el)[1])).to.equal('Text TIP to (202) 555-0124');
      // No warning about an unknown line while the partner file that holds it was loading.
      expect(warnings.messages.filter((m) => m.includes('no line'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  for (const [src, reason] of [
    ['/test-data/not-found.json', 'http'],
    ['/test-data/malformed.json', 'not-json'],
    ['/test-data/oversize.json', 'too-large'],
    ['javascript:alert(1)', 'bad-url'],
  ]) {
    it(`never blanks when src fails (${reason})`, async () => {
      const warnings = recordWarnings();
      try {
        const el = await openFixture<TipLineBanner>(html`<tip-line-banner line="heat-watch-tip-line" src=${src}></tip-line-banner>`);
        const failure = waitForEvent(el, 'heat-data-error');
        await regionReady(el);
        const expected = [...phoneHrefs(resource('heat-watch-tip-line')), ...emergencyTel, ...nhthCall];
        expect(hrefs(el)).to.deep.equal(expected);
        const event = await failure;
        expect(event.detail.reason).to.equal(reason);
        await el.updateComplete;
        expect(hrefs(el)).to.deep.equal(expected);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
