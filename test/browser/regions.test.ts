/**
 * State and county lines as a reader meets them: `<heat-hotline-list region>` for a state with a line, a state
 * without one (guidance), a county with office hours, a county without a line, TTY numbers, scope notes, look-alike
 * numbers, unknown codes, every known code, and the page's fallback links while a region loads. English and Arabic.
 *
 * Region files load once per page and stay, so the test that watches a load happen (the fallback) uses a county no
 * earlier test in this file shows, and the walk over every code runs last.
 */
import { expect, fixture, fixture as openFixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TipLineBanner } from '../../src/tip-line-banner/tip-line-banner.js';
import type { HeatHotlineList } from '../../src/hotline-list/hotline-list.js';
import { REGION_CODES } from '../../src/data/region-index.js';
import { activeLocale } from '../../src/i18n/localization.js';
import { accessibleLinkNames, hrefs, recordWarnings, regionReady, shadow, visibleText, waitForEvent } from './support/helpers.js';

const root = document.documentElement;

/** What a region file holds, read the way a partner reads it (the published schema), not through our loader. */
interface FileChannel {
  kind: string;
  number?: string;
  display?: string;
}
interface RegionFile {
  regions: { code: string; name: { en: string }; guidance?: unknown }[];
  resources: { id: string; region: string; name: { en: string }; channels: FileChannel[] }[];
}

async function regionFile(code: string): Promise<RegionFile> {
  const response = await fetch(`/src/data/regions/${code}.json`);
  if (!response.ok) throw new Error(`/src/data/regions/${code}.json: HTTP ${response.status}`);
  return response.json() as Promise<RegionFile>;
}

const regionLoading = (el: HeatHotlineList) => (el as unknown as { data: { regionLoading: boolean } }).data.regionLoading;

/** Waits until the state's and county's lines are on screen (not the fallback slot, not the national lines alone). */
async function regionShown(el: HeatHotlineList): Promise<void> {
  await waitUntil(
    () => !regionLoading(el) && !!shadow(el).querySelector('ul[part="list"]'),
    `the lines of ${el.region} never arrived`,
    { timeout: 5000 },
  );
  await el.updateComplete;
}

async function listFor(region: string): Promise<HeatHotlineList> {
  const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region=${region}></heat-hotline-list>`);
  await regionShown(el);
  return el;
}

/** The page in Arabic, the element re-rendered in it. */
async function inArabic(el: HeatHotlineList): Promise<void> {
  root.lang = 'ar';
  await waitUntil(() => activeLocale() === 'ar', 'the page never switched to Arabic');
  await el.updateComplete;
  const base = shadow(el).querySelector('[part="base"]')!;
  expect(base.getAttribute('lang')).to.equal('ar');
  expect(base.getAttribute('dir')).to.equal('rtl');
  expect(getComputedStyle(base).direction).to.equal('rtl');
}

const items = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLElement>('[part~="item"]'));
const nameOf = (item: Element) => item.querySelector('[part~="name"]')!.textContent!.trim();
const names = (el: Element) => items(el).map(nameOf);

function listing(el: Element, name: string): HTMLElement {
  const found = items(el).filter((item) => nameOf(item).includes(name));
  expect(found, `listings named "${name}" in ${names(el).join(' | ')}`).to.have.length(1);
  return found[0];
}

const actions = (within: Element | ShadowRoot, part = 'action') => Array.from(within.querySelectorAll<HTMLAnchorElement>(`a[part~="${part}"]`));

function action(within: Element, href: string): HTMLAnchorElement {
  const found = actions(within).filter((a) => a.getAttribute('href') === href);
  expect(found, `actions with href ${href}`).to.have.length(1);
  return found[0];
}

/**
 * Data text on an Arabic page: in Arabic where a translation exists, else the English, marked as English so a screen
 * reader reads it with an English voice (WCAG 3.1.2). Never unmarked English.
 */
function arabicOrMarkedEnglish(node: Element, english: string): void {
  const text = visibleText(node);
  if (text.includes(english)) {
    const marked = Array.from(node.querySelectorAll('[lang]')).filter((n) => n.getAttribute('lang') === 'en' && n.textContent!.includes(english));
    expect(marked, `"${english}" on an Arabic page is marked lang="en"`).to.have.length.greaterThan(0);
  } else {
    expect(text, `"${english}" in Arabic`).to.match(/[\u0600-\u06FF]/);
  }
}

/** The details paragraph under an action (its hours, availability, languages, notes), or null. */
const detailsOf = (a: Element) => a.closest('li')!.querySelector<HTMLElement>('[part="channel-details"]');

const NHTH = 'National Human Trafficking Hotline';

afterEach(async () => {
  root.lang = 'en';
  await waitUntil(() => activeLocale() === 'en', 'the page never switched back to English');
  await setViewport({ width: 800, height: 600 });
});

describe('<heat-hotline-list region>: states and counties', () => {
  it('a state with a line (Texas): 911, then the Texas line with its number, note and source, then national lines; axe-clean in en and ar', async () => {
    const el = await listFor('us-tx');
    const texas = listing(el, 'Texas Abuse Hotline (DFPS)');
    const call = action(texas, 'tel:+18002525400');
    expect(call.getAttribute('part')).to.contain('action-call');
    expect(visibleText(call)).to.contain('1-800-252-5400');
    expect(visibleText(call)).to.equal('Call 1-800-252-5400');
    expect(names(el)[0]).to.equal('Emergency services');
    expect(hrefs(el, 'tel:')[0]).to.equal('tel:911');
    const order = names(el);
    expect(order.indexOf('Texas Abuse Hotline (DFPS)'), 'most local first').to.be.lessThan(order.indexOf(NHTH));
    expect(order.indexOf(NHTH)).to.be.greaterThan(-1);
    expect(visibleText(detailsOf(call)!)).to.contain('Can be called from anywhere in the United States.');
    const source = texas.querySelector('[part="source"]')!;
    expect(visibleText(source)).to.contain('verified');
    expect(visibleText(source)).to.contain('Texas Department of Family and Protective Services');
    expect(visibleText(source)).to.contain('verified November 30, 2026');
    await expect(el).to.be.accessible();

    await inArabic(el);
    const arTexas = items(el).find((item) => item.querySelector('a[href="tel:+18002525400"]'))!;
    expect(arTexas, 'the Texas listing').to.exist;
    arabicOrMarkedEnglish(arTexas.querySelector('[part~="name"]')!, 'Texas Abuse Hotline (DFPS)');
    const arCall = action(arTexas, 'tel:+18002525400');
    expect(arCall.querySelector('.ltr[dir="ltr"]')!.textContent).to.equal('1-800-252-5400');
    expect(visibleText(arCall)).not.to.contain('Call', 'the action label is Arabic');
    expect(names(el)[0]).to.equal('خدمات الطوارئ');
    expect(items(el).indexOf(arTexas)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('a state without a statewide line (Alabama): guidance on how to report there, with no number of its own; 911 first, national lines; axe-clean in en and ar', async () => {
    const el = await listFor('us-al');
    const guidance = items(el).filter((item) => (item.getAttribute('part') ?? '').split(' ').includes('guidance'));
    expect(guidance, 'one guidance listing').to.have.length(1);
    expect(nameOf(guidance[0])).to.equal('Alabama');
    expect(visibleText(guidance[0])).to.contain('Alabama has no statewide reporting line');
    expect(guidance[0].querySelectorAll('a[href^="tel:"], a[href^="sms:"]'), 'no number of its own').to.have.length(0);
    expect(visibleText(guidance[0].querySelector('[part="source"]')!)).to.contain('verified November 30, 2026');
    expect(names(el)[0]).to.equal('Emergency services');
    expect(hrefs(el, 'tel:')[0]).to.equal('tel:911');
    expect(names(el)).to.include(NHTH);
    expect(hrefs(el, 'tel:')).to.include('tel:+18883737888');
    // Guidance stands where Alabama's line would: before the national lines.
    expect(items(el).indexOf(guidance[0])).to.be.lessThan(names(el).indexOf(NHTH));
    await expect(el).to.be.accessible();

    await inArabic(el);
    const arGuidance = shadow(el).querySelectorAll('[part~="guidance"]');
    expect(arGuidance).to.have.length(1);
    arabicOrMarkedEnglish(arGuidance[0].querySelector('[part="description"]')!, 'Alabama has no statewide reporting line');
    arabicOrMarkedEnglish(arGuidance[0].querySelector('[part~="name"]')!, 'Alabama');
    expect(arGuidance[0].querySelectorAll('a[href^="tel:"], a[href^="sms:"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a county with office hours and an after-hours number (Mariposa): both numbers, the hours, open or closed now, and the number to call when closed; axe-clean in en and ar', async () => {
    /** Whether the line is open, on its own clock (Monday to Friday, 8:00 to 17:00 in Los Angeles), worked out here. */
    const openInMariposa = () => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
          .formatToParts(new Date())
          .map((p) => [p.type, p.value]),
      );
      const time = `${parts.hour}:${parts.minute}`;
      return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].includes(parts.weekday) && time >= '08:00' && time < '17:00';
    };
    const before = openInMariposa();
    const el = await listFor('us-ca-mariposa');
    const after = openInMariposa();
    const county = listing(el, 'Mariposa County');
    const calls = actions(county, 'action-call');
    expect(calls.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+12097420900', 'tel:+12099663615']);
    expect(visibleText(calls[0])).to.equal('Call (209) 742-0900');
    expect(visibleText(calls[1])).to.equal('Call (209) 966-3615');
    const details = visibleText(detailsOf(calls[0])!);
    expect(details).to.contain('Monday to Friday');
    const open = details.includes('Usually open now');
    const closed = details.includes('Closed now');
    expect(Number(open) + Number(closed), `exactly one of "Usually open now", "Closed now" in: ${details}`).to.equal(1);
    // Holidays are not in the schedule, so the after-hours number is always in sight, open or closed.
    expect(details).to.contain('When closed, call (209) 966-3615');
    // Not on a minute boundary: the shown state is the line's own clock.
    if (before === after) expect(open, `open now on the line's clock: ${before}`).to.equal(before);
    expect(visibleText(detailsOf(calls[1])!)).to.contain('Answered by the Mariposa County Sheriff');
    expect(names(el)[0]).to.equal('Emergency services');
    expect(names(el)).to.include(NHTH);
    // A county with a line: no California guidance.
    expect(shadow(el).querySelector('[part~="guidance"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await inArabic(el);
    const arCounty = listing(el, 'Mariposa County');
    const arCalls = actions(arCounty, 'action-call');
    expect(arCalls.map((a) => a.querySelector('.ltr')!.textContent)).to.deep.equal(['(209) 742-0900', '(209) 966-3615']);
    const arDetails = detailsOf(arCalls[0])!;
    // The after-hours number is always shown under the office line, in any language.
    expect(Array.from(arDetails.querySelectorAll('.ltr')).some((n) => n.textContent === '(209) 966-3615')).to.equal(true);
    // Open or closed now, said in Arabic.
    const arText = visibleText(arDetails);
    expect(arText.includes('مغلق الآن'), arText).to.equal(closed);
    expect(arText.includes('مفتوح عادةً'), arText).to.equal(open);
    expect(arText).not.to.match(/open now|Closed now|When closed/i);
    await expect(el).to.be.accessible();
  });

  it('a county without a shippable line (Modoc): California’s guidance and national lines, no other number', async () => {
    const national = await listFor('us');
    const nationalTel = hrefs(national, 'tel:');
    expect(nationalTel).to.include('tel:911');
    national.remove();
    const el = await listFor('us-ca-modoc');
    const guidance = Array.from(shadow(el).querySelectorAll('[part~="guidance"]'));
    expect(guidance).to.have.length(1);
    expect(nameOf(guidance[0])).to.equal('California');
    expect(visibleText(guidance[0] as Element)).to.contain('California has no statewide reporting line');
    expect(names(el)[0]).to.equal('Emergency services');
    expect(names(el)).to.include(NHTH);
    expect(hrefs(el, 'tel:')).to.deep.equal(nationalTel);
    await expect(el).to.be.accessible();
  });

  it('a TTY number (Arkansas, Maine): its own action, named for what it is and for whom, with the exact target', async () => {
    const el = await listFor('us-ar');
    const tty = actions(listing(el, 'Arkansas Child Abuse Hotline'), 'action-tty');
    expect(tty).to.have.length(1);
    expect(visibleText(tty[0])).to.equal('TTY 1-800-843-6349');
    expect(tty[0].getAttribute('href')).to.equal('tel:+18008436349');
    expect(visibleText(detailsOf(tty[0])!)).to.contain('For deaf and hard-of-hearing callers');
    // The voice lines are calls, not TTY.
    expect(actions(el.shadowRoot!, 'action-tty')).to.have.length(1);
    tty[0].scrollIntoView();
    const accessible = await accessibleLinkNames();
    const name = accessible.find((n) => n.includes('1-800-843-6349'));
    expect(name, `a link named with 1-800-843-6349 among ${accessible.join(' | ')}`).to.be.a('string');
    // WCAG 2.5.3: what a voice-control user sees and says starts the link's name.
    expect(name!.startsWith(visibleText(tty[0])), name).to.equal(true);
    expect(name).to.contain('Arkansas Child Abuse Hotline');
    el.remove();

    const maine = await listFor('us-me');
    const relay = actions(listing(maine, 'Maine Child Protective Intake'), 'action-tty');
    expect(relay).to.have.length(1);
    expect(visibleText(relay[0])).to.contain('711 (Maine Relay)');
    expect(relay[0].getAttribute('href')).to.equal('tel:711');
    expect(visibleText(detailsOf(relay[0])!)).to.contain('For deaf and hard-of-hearing callers');
    await expect(maine).to.be.accessible();
  });

  it('a number for part of a state (Hawaii): the Oahu number says so, the other does not', async () => {
    const el = await listFor('us-hi');
    const hawaii = listing(el, 'Hawaii Child Welfare Services');
    const oahu = action(hawaii, 'tel:+18088325300');
    expect(visibleText(oahu)).to.contain('(808) 832-5300');
    expect(visibleText(detailsOf(oahu)!)).to.contain('For Oahu.');
    const islands = action(hawaii, 'tel:+18883803088');
    expect(visibleText(detailsOf(islands)!)).not.to.contain('For Oahu.');
    expect(visibleText(detailsOf(islands)!)).to.contain('For Hawaii Island, Maui, Molokai, Lanai and Kauai');
  });

  it('look-alike numbers (Georgia 1-855-422-4453, Childhelp 1-800-422-4453): each in full, in a listing with its own name', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await listFor('us-ga');
    const georgia = listing(el, 'Georgia DFCS Child Protective Services Intake');
    const childhelp = listing(el, 'Childhelp');
    expect(georgia).not.to.equal(childhelp);
    const ga = action(georgia, 'tel:+18554224453');
    const ch = action(childhelp, 'tel:+18004224453');
    expect(visibleText(ga)).to.equal('Call 1-855-422-4453');
    expect(visibleText(ch)).to.equal('Call 1-800-422-4453');
    expect(actions(georgia).some((a) => a.getAttribute('href') === 'tel:+18004224453')).to.equal(false);
    expect(actions(childhelp).some((a) => a.getAttribute('href') === 'tel:+18554224453')).to.equal(false);
    // In full: the number is not cut off, even at 320 px.
    for (const a of [ga, ch]) {
      a.scrollIntoView();
      const number = a.querySelector<HTMLElement>('.ltr')!.getBoundingClientRect();
      const box = a.getBoundingClientRect();
      expect(number.width, a.textContent!).to.be.greaterThan(0);
      expect(number.left, a.textContent!).to.be.at.least(box.left - 0.5);
      expect(number.right, a.textContent!).to.be.at.most(box.right + 0.5);
      expect(box.right, a.textContent!).to.be.at.most(320);
    }
    expect(names(el).indexOf(nameOf(georgia)), 'the state line before the national ones').to.be.lessThan(names(el).indexOf(nameOf(childhelp)));
  });

  it('an unknown code shows its nearest known region and warns once, naming it; an unknown state shows national lines', async () => {
    const warnings = recordWarnings();
    try {
      const el = await listFor('us-ca-modesto');
      const guidance = Array.from(shadow(el).querySelectorAll('[part~="guidance"]'));
      expect(guidance).to.have.length(1);
      expect(visibleText(guidance[0] as Element)).to.contain('California has no statewide reporting line');
      expect(names(el)[0]).to.equal('Emergency services');
      expect(names(el)).to.include(NHTH);
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('us-ca-modesto');

      const second = await listFor('us-ca-modesto');
      expect(shadow(second).querySelectorAll('[part~="guidance"]')).to.have.length(1);
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);

      const zz = await listFor('us-zz');
      expect(names(zz)[0]).to.equal('Emergency services');
      expect(names(zz)).to.include(NHTH);
      expect(hrefs(zz, 'tel:')).to.include('tel:+18883737888');
      expect(shadow(zz).querySelector('[part~="guidance"]')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('keeps the page’s fallback links on screen while a county loads, then shows the county’s lines', async () => {
    // Butte is shown by no earlier test, so its file is not loaded yet.
    const el = await fixture<HeatHotlineList>(
      html`<heat-hotline-list region="us-ca-butte"><ul><li><a href="tel:911">Call 911</a></li></ul></heat-hotline-list>`,
    );
    const fallback = el.querySelector('a')!;
    expect(regionLoading(el), 'the county file is still on its way').to.equal(true);
    const slot = shadow(el).querySelector('slot');
    expect(slot, 'the fallback slot').to.exist;
    expect(slot!.assignedElements()).to.deep.equal([el.querySelector('ul')]);
    expect(fallback.getBoundingClientRect().height, 'the fallback link is on screen').to.be.greaterThan(0);
    expect(shadow(el).querySelector('ul[part="list"]'), 'no list yet: no late jump').to.equal(null);

    await waitUntil(() => (shadow(el).textContent ?? '').includes('1-800-400-0902'), 'the Butte number never showed', { timeout: 5000 });
    await el.updateComplete;
    expect(hrefs(el, 'tel:')).to.include('tel:+18004000902');
    expect(shadow(el).querySelector('slot')).to.equal(null);
    expect(fallback.getBoundingClientRect().height, 'the fallback is no longer shown').to.equal(0);
    expect(names(el)[0]).to.equal('Emergency services');
  });

  it('without fallback links, national lines show at once while a county loads', async () => {
    // Yuba is shown by no earlier test.
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-yuba"></heat-hotline-list>`);
    expect(regionLoading(el)).to.equal(true);
    expect(names(el)[0]).to.equal('Emergency services');
    expect(names(el)).to.include(NHTH);
    await regionShown(el);
    expect(names(el)).to.include(NHTH);
  });

  it('the last region asked for wins when regions change quickly, even when an earlier one arrives later', async () => {
    // Texas is loaded (its file arrives at once when asked again); New Mexico is shown by no earlier test.
    (await listFor('us-tx')).remove();
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-nm"></heat-hotline-list>`);
    expect(regionLoading(el), 'New Mexico is on its way').to.equal(true);
    el.region = 'us-tx';
    await regionShown(el);
    // A second list for New Mexico shares the first one's request: once it shows, that request has landed.
    await listFor('us-nm');
    await el.updateComplete;
    expect(names(el)).to.include('Texas Abuse Hotline (DFPS)');
    expect(hrefs(el, 'tel:')).to.include('tel:+18002525400');
    for (const r of (await regionFile('us-nm')).resources) expect(names(el), 'New Mexico left on screen').not.to.include(r.name.en);
  });

  it('every known region code: its lines and numbers exactly, most local first, 911 first, national lines, no console error', async function () {
    this.timeout(120_000);
    expect(REGION_CODES).to.have.length(110);
    const us = await regionFile('us');
    const dialable = (file: RegionFile, scheme: 'tel:' | 'sms:', emergency: boolean) =>
      file.resources
        .filter((r) => (r.id === 'emergency') === emergency)
        .flatMap((r) => r.channels)
        .filter((c) => (scheme === 'tel:' ? c.kind === 'call' || c.kind === 'tty' : c.kind === 'text'))
        .map((c) => `${scheme}${c.number}`);
    const errors: string[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const el = await fixture<HeatHotlineList>(html`<heat-hotline-list></heat-hotline-list>`);
      for (const code of REGION_CODES) {
        el.region = code;
        await el.updateComplete;
        await regionShown(el);
        const count = items(el).length;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await el.updateComplete;
        expect(items(el).length, `${code}: the listing count is stable`).to.equal(count);

        // The chain of files, most local first: county, state (national lines come from us.json).
        const chain = code === 'us' ? [] : code.length > 5 ? [code, code.slice(0, 5)] : [code];
        const files = await Promise.all(chain.map(regionFile));
        files.forEach((file, i) => expect(file.regions[0].code, `${chain[i]}.json names its region`).to.equal(chain[i]));
        const local = files.flatMap((file) => file.resources);
        const expectedTel = ['tel:911', ...files.flatMap((f) => dialable(f, 'tel:', false)), ...dialable(us, 'tel:', false)];
        expect(hrefs(el, 'tel:'), `${code}: every call and TTY number, exactly, in order`).to.deep.equal(expectedTel);
        expect(hrefs(el, 'sms:'), `${code}: text numbers`).to.deep.equal([...files.flatMap((f) => dialable(f, 'sms:', false)), ...dialable(us, 'sms:', false)]);
        for (const r of local) {
          const item = listing(el, r.name.en);
          for (const c of r.channels.filter((c) => c.kind === 'call' || c.kind === 'tty')) {
            const a = action(item, `tel:${c.number}`);
            expect(a.getAttribute('part'), `${code}: ${c.display}`).to.contain(`action-${c.kind}`);
            expect(visibleText(a), `${code}: ${c.display} shown in full`).to.contain(c.display!);
          }
        }
        expect(names(el)[0], code).to.equal('Emergency services');
        expect(names(el), code).to.include(NHTH);
        // A region's guidance shows where nothing at or below it has a line.
        const guided = files.filter(
          (file) => file.regions[0].guidance && !local.some((r) => r.region === file.regions[0].code || r.region.startsWith(`${file.regions[0].code}-`)),
        );
        const guidance = Array.from(shadow(el).querySelectorAll('[part~="guidance"]')).map(nameOf);
        expect(guidance, `${code}: guidance`).to.deep.equal(guided.reverse().map((f) => f.regions[0].name.en));
        // Most local first: every listing of the chain before the first national one.
        const firstNational = names(el).indexOf(NHTH);
        for (const r of local) expect(names(el).findIndex((n) => n.includes(r.name.en)), `${code}: ${r.name.en} before national lines`).to.be.lessThan(firstNational);
        expect(errors, `${code}: console errors`).to.deep.equal([]);
      }
    } finally {
      console.error = originalError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  for (const region of ['us-ca-modoc', 'us-ar', 'us-me', 'us-hi', 'us-ga', 'us-nd', 'us-ca-modesto']) {
    it(`is axe-clean in Arabic, right to left, with every number left to right (${region})`, async () => {
      const warnings = recordWarnings();
      try {
        const el = await listFor(region);
        await inArabic(el);
        for (const number of shadow(el).querySelectorAll('a[href^="tel:"] .ltr')) {
          expect(getComputedStyle(number).direction, number.textContent!).to.equal('ltr');
        }
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  it('marks a listing or a number not yet confirmed by an independent source, plainly, in en and ar', async () => {
    const county = await listFor('us-ca-stanislaus');
    const sourceOf = (name: string) => visibleText(listing(county, name).querySelector('[part="source"]')!);
    expect(sourceOf('Without Permission')).to.contain('Not yet confirmed by an independent source.');
    expect(sourceOf('Stanislaus County Protective Services')).not.to.contain('Not yet confirmed');
    const state = await listFor('us-ar');
    const arkansas = listing(state, 'Arkansas');
    const alternate = detailsOf(action(arkansas, 'tel:+18447283224'))!;
    expect(visibleText(alternate)).to.contain('Not yet confirmed by an independent source.');
    expect(visibleText(detailsOf(action(arkansas, 'tel:+18004825964'))!)).not.to.contain('Not yet confirmed');
    expect(visibleText(listing(state, 'Arkansas').querySelector('[part="source"]')!)).not.to.contain('Not yet confirmed');
    await inArabic(county);
    const arSource = visibleText(listing(county, 'Without Permission').querySelector('[part="source"]')!);
    expect(arSource).to.contain('لم يؤكده مصدر مستقل بعد');
    await expect(county).to.be.accessible();
  });

  it('marks source titles and publishers as English on an Arabic page (WCAG 3.1.2), in the list and the facts', async () => {
    const list = await listFor('us-tx');
    await inArabic(list);
    const source = listing(list, 'Texas').querySelector('[part="source"]')!;
    const title = source.querySelector('a')!;
    expect(title.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    const publisher = Array.from(source.querySelectorAll('bdi[lang="en"]')).map((b) => b.textContent);
    expect(publisher).to.include('Texas Department of Family and Protective Services');
    // The sentence around them is Arabic.
    expect(source.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
    const facts = await fixture<Element>(html`<csec-facts scope="national" show-sources></csec-facts>`);
    await waitUntil(() => shadow(facts).querySelector('cite'), 'the citations');
    for (const cite of shadow(facts).querySelectorAll('cite')) expect(cite.getAttribute('lang'), cite.textContent!).to.equal('en');
    await expect(list).to.be.accessible();
    await expect(facts).to.be.accessible();
  });

  it('keeps a state’s guidance beside a partner’s support line, drops it beside a partner’s reporting line, and never shows it with replaceBundled', async () => {
    const guidanceOf = (el: Element) => shadow(el).querySelectorAll('[part~="guidance"]').length;
    const withSrc = async (src: string) => {
      const el = await openFixture<HeatHotlineList>(html`<heat-hotline-list region="us-mn" src=${src}></heat-hotline-list>`);
      await waitForEvent(el, 'heat-data-load');
      await regionShown(el);
      return el;
    };
    const support = await withSrc('/test-data/mn-support.json');
    expect(names(support)).to.include('Partner mn-youth-support');
    expect(guidanceOf(support), 'a support line does not tell people how to report').to.equal(1);
    const report = await withSrc('/test-data/mn-report.json');
    expect(names(report)).to.include('Partner mn-county-intake');
    expect(guidanceOf(report), 'a reporting line for the state replaces the guidance').to.equal(0);
    const only = await withSrc('/test-data/mn-only.json');
    expect(names(only)).to.deep.equal(['Emergency services', 'Partner mn-youth-support']);
    expect(guidanceOf(only)).to.equal(0);
    await expect(only).to.be.accessible();
  });
});

describe('<tip-line-banner> with a state’s line', () => {
  it('shows no other line while the state’s file loads, then keeps each note with the number it qualifies', async () => {
    const el = await openFixture<TipLineBanner>(html`<tip-line-banner line="nv-child-abuse-hotline"></tip-line-banner>`);
    // Until Nevada's file arrives, nothing is offered in its place (not the national hotline's number).
    if ((el as unknown as { data: { regionLoading: boolean } }).data.regionLoading) {
      expect(shadow(el).querySelector('a[href="tel:+18883737888"]')).to.equal(null);
    }
    await regionReady(el);
    const channels = Array.from(shadow(el).querySelectorAll('[part="actions"] > li'));
    const noteBeside = (href: string) => {
      const li = channels.find((c) => c.querySelector(`a[href="${href}"]`))!;
      return visibleText(li.querySelector('[part="channel-details"] .detail--note')!);
    };
    expect(noteBeside('tel:+17023990081')).to.equal('For Clark County (Las Vegas area).');
    expect(noteBeside('tel:+18339007233')).to.equal('For Washoe County (Reno area).');
    expect(noteBeside('tel:+18335711041')).to.equal('For counties other than Clark and Washoe.');
    await expect(el).to.be.accessible();
  });
});
