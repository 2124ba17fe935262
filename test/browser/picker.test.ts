/**
 * `<heat-hotline-list picker>`: the reader chooses the place and the need on the page. Keyboard alone, a county,
 * needs that leave only 911, one announcement per change, nothing remembered, axe in every state (English and Arabic),
 * names that hold the visible labels, 320 px, and a partner that cancels the change.
 */
import { expect, fixture as openFixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HeatHotlineList } from '../../src/hotline-list/hotline-list.js';
import { activeLocale } from '../../src/i18n/localization.js';
import { hrefs, regionReady, shadow, sleep } from './support/helpers.js';

const root = document.documentElement;
/** The Texas Abuse Hotline's call action, as its data file has it. */
const TEXAS_TEL = 'tel:+18002525400';
/** Stanislaus County Protective Services, as its data file has it. */
const STANISLAUS_TEL = 'tel:+18005583665';

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  if (root.lang !== 'en') {
    root.lang = 'en';
    await waitUntil(() => activeLocale() === 'en', 'the page never went back to English');
  }
});

const $ = <T extends Element>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const where = (el: Element) => $<HTMLSelectElement>(el, 'select#where')!;
const county = (el: Element) => $<HTMLSelectElement>(el, 'select#county');
const needs = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLInputElement>('[part="picker"] input[type="checkbox"]'));
const status = (el: Element) => $<HTMLElement>(el, '[part="picker"] [role="status"]')!;
const items = (el: Element) => shadow(el).querySelectorAll('[part~="item"]');

/** The element focused, through shadow roots. */
function deepActive(): Element | null {
  let at: Element | null = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

/** A list with the picker, once the picker and the region's lines are on screen. */
async function pickerList(attributes = ''): Promise<HeatHotlineList> {
  const wrapper = await openFixture<HTMLElement>(
    html`<div><button id="before">Before</button><span .innerHTML=${`<heat-hotline-list picker ${attributes}></heat-hotline-list>`}></span></div>`,
  );
  const el = wrapper.querySelector<HeatHotlineList>('heat-hotline-list')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="picker"]'), 'the picker never showed');
  await regionReady(el);
  return el;
}

/** Waits until a change's lines are on screen and the status has said what they are. */
async function announced(el: HeatHotlineList): Promise<string> {
  await regionReady(el);
  await waitUntil(() => status(el).textContent!.trim(), 'the status never said what the list shows', { timeout: 3000 });
  await el.updateComplete;
  return status(el).textContent!.trim();
}

/** Every text the status shows, as it changes (consecutive repeats once). */
function watchStatus(el: HeatHotlineList): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const record = () => {
    const text = status(el).textContent!.trim();
    if (texts.at(-1) !== text) texts.push(text);
  };
  record();
  const observer = new MutationObserver(record);
  observer.observe(status(el), { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

/** Arabic for the page, the element re-rendered in it, right to left. */
async function inArabic(el: HeatHotlineList): Promise<void> {
  root.lang = 'ar';
  await waitUntil(() => activeLocale() === 'ar', 'the page never switched to Arabic');
  await el.updateComplete;
  expect(getComputedStyle($(el, '[part="picker"]')!).direction).to.equal('rtl');
}

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

/** Role and accessible name of every form control in the page, from Chromium's accessibility tree. */
async function controlNames(): Promise<{ role: string; name: string }[]> {
  for (let attempt = 0; ; attempt++) {
    const found: { role: string; name: string }[] = [];
    const walk = (node: AxNode) => {
      if (['combobox', 'checkbox', 'button'].includes(node.role)) found.push({ role: node.role, name: node.name });
      node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as AxNode);
    if (found.some((c) => c.role === 'combobox') || attempt >= 20) return found;
    await sleep(100);
  }
}

describe('<heat-hotline-list picker>', () => {
  it('takes a keyboard alone from "Where are you?" to a Texas line’s call action', async () => {
    const el = await pickerList();
    expect(el.region).to.equal('us');
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(where(el));
    await sendKeys({ type: 'Texas' });
    await waitUntil(() => el.region === 'us-tx', `region is ${el.region}`);
    expect(await announced(el)).to.match(/^Showing \d+ lines for Texas$/);
    // Focus stayed where the reader is.
    expect(deepActive()).to.equal(where(el));

    const clicked: string[] = [];
    el.addEventListener('click', (event) => {
      const link = event.composedPath()[0] as Element;
      clicked.push(link.closest('a')?.getAttribute('href') ?? '');
      event.preventDefault();
    });
    for (let i = 0; i < 40 && deepActive()?.getAttribute('href') !== TEXAS_TEL; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('href')).to.equal(TEXAS_TEL);
    await sendKeys({ press: 'Enter' });
    expect(clicked).to.deep.equal([TEXAS_TEL]);
  });

  it('offers the counties of California, starting from the whole state, and shows a county’s lines', async () => {
    const el = await pickerList('region="us-ca"');
    const counties = county(el)!;
    expect(counties, 'a county choice for California').to.exist;
    expect(counties.value).to.equal('us-ca');
    expect(counties.selectedOptions[0].textContent!.trim()).to.equal('All of California');
    expect(counties.options).to.have.length(59);
    expect(hrefs(el, 'tel:')).not.to.include(STANISLAUS_TEL);

    counties.focus();
    await sendKeys({ type: 'Stanislaus' });
    await waitUntil(() => el.region === 'us-ca-stanislaus', `region is ${el.region}`);
    expect(await announced(el)).to.match(/^Showing \d+ lines for Stanislaus County$/);
    expect(hrefs(el, 'tel:')).to.include(STANISLAUS_TEL);
    expect(where(el).value).to.equal('us-ca');
    expect(deepActive()).to.equal(county(el));

    // A state without counties has no county choice.
    where(el).focus();
    await sendKeys({ type: 'Texas' });
    await waitUntil(() => el.region === 'us-tx', `region is ${el.region}`);
    await announced(el);
    expect(county(el)).to.equal(null);
    expect(deepActive()).to.equal(where(el));
  });

  it('says plainly when the needs leave only 911, and offers to show every need again', async () => {
    const el = await pickerList('region="us-tx"');
    const before = items(el).length;
    expect(before).to.be.greaterThan(2);
    const assault = needs(el).find((box) => box.parentElement!.textContent!.includes('Sexual assault'))!;
    assault.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.topics.includes('sexual-assault'), `topics are "${el.topics}"`);
    expect(await announced(el)).to.equal('Only emergency help matches these needs in Texas.');
    expect(items(el)).to.have.length(1);
    const empty = $<HTMLElement>(el, '[part="picker"] .empty')!;
    // Said once on screen (the status, just above the button), not also by the element's own "no listings" line.
    const picker = $<HTMLElement>(el, '[part="picker"]')!;
    expect(picker.textContent!.split('Only emergency help matches these needs in Texas.')).to.have.length(2);
    expect(shadow(el).querySelectorAll('.empty')).to.have.length(1);
    expect(status(el).compareDocumentPosition(empty) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    const showAll = empty.querySelector('button')!;
    expect(showAll.textContent!.trim()).to.equal('Show all needs');
    showAll.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.topics === '', `topics are "${el.topics}"`);
    expect(await announced(el)).to.match(/^Showing \d+ lines for Texas$/);
    expect(items(el)).to.have.length(before);
    expect(needs(el).every((box) => !box.checked)).to.equal(true);
    // The button went with the message: the reader is on the first need, not lost on the page.
    expect(deepActive()).to.equal(needs(el)[0]);
  });

  it('says so beside the button when the partner’s own topics leave only 911, before any change', async () => {
    const el = await pickerList('region="us-tx" topics="sexual-assault"');
    expect(status(el).textContent!.trim()).to.equal('');
    const empty = $<HTMLElement>(el, '[part="picker"] .empty')!;
    expect(empty.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Only emergency help matches these needs in Texas. Show all needs');
  });

  it('starts from the partner’s region and topics', async () => {
    const el = await pickerList('region="us-ca-stanislaus" topics="csec report"');
    expect(where(el).value).to.equal('us-ca');
    expect(county(el)!.value).to.equal('us-ca-stanislaus');
    expect(needs(el).map((box) => box.checked)).to.deep.equal([true, false, false, false, false]);
  });

  it('announces once per change, in the status, politely', async () => {
    const el = await pickerList();
    expect(status(el).getAttribute('role')).to.equal('status');
    const watch = watchStatus(el);
    where(el).value = 'us-tx';
    where(el).dispatchEvent(new Event('change'));
    await announced(el);
    await sleep(300);
    const trafficking = needs(el)[1];
    trafficking.click();
    await waitUntil(() => el.topics === 'trafficking');
    await announced(el);
    // Ticking and unticking a need shows the same lines again: said again all the same, once.
    trafficking.click();
    await waitUntil(() => el.topics === '');
    await announced(el);
    await sleep(300);
    watch.stop();
    // Each change: the status empties, then says what the list shows, once. Empty in between, so that assistive
    // technology announces it even when the words are the same as before.
    const said = watch.texts.filter(Boolean);
    expect(said, watch.texts.join(' | ')).to.have.length(3);
    expect(watch.texts, watch.texts.join(' | ')).to.deep.equal(['', said[0], '', said[1], '', said[2]]);
    expect(said[0]).to.match(/^Showing \d+ lines for Texas$/);
    expect(said[2]).to.equal(said[0]);
  });

  it('remembers nothing: no storage, cookies, URL, history entry or geolocation; no request but the region’s file', async () => {
    const before = {
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      url: location.href,
      history: history.length,
    };
    const calls: string[] = [];
    const spies: [object, string][] = [
      [Storage.prototype, 'setItem'],
      [History.prototype, 'pushState'],
      [History.prototype, 'replaceState'],
      [Geolocation.prototype, 'getCurrentPosition'],
      [Geolocation.prototype, 'watchPosition'],
    ];
    const originals = spies.map(([target, name]) => {
      const original = (target as Record<string, unknown>)[name];
      (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        calls.push(name);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
      return original;
    });
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => cookie.get!.call(document), set: () => calls.push('cookie') });
    const start = performance.now();
    // The page's own DOM (what a session recorder or analytics script on the page sees) must not show the choice.
    let pageDom = '';
    let pageDomAfter = '';
    try {
      const el = await pickerList();
      pageDom = el.outerHTML;
      where(el).value = 'us-ca';
      where(el).dispatchEvent(new Event('change'));
      await announced(el);
      county(el)!.value = 'us-ca-butte';
      county(el)!.dispatchEvent(new Event('change'));
      await announced(el);
      needs(el)[3].click();
      await announced(el);
      pageDomAfter = el.outerHTML;
    } finally {
      spies.forEach(([target, name], i) => ((target as Record<string, unknown>)[name] = originals[i]));
      delete (document as unknown as Record<string, unknown>).cookie;
    }
    expect(calls).to.deep.equal([]);
    expect(pageDomAfter).to.equal(pageDom);
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href, history: history.length }).to.deep.equal(before);
    // Requests during the changes: our modules, and the chosen regions' own files (here the sources' JSON), nothing else.
    const requested = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= start)
      .map((entry) => new URL(entry.name));
    for (const url of requested) expect(url.origin, url.href).to.equal(location.origin);
    const data = requested.filter((url) => url.pathname.endsWith('.json')).map((url) => url.pathname);
    for (const path of data) expect(path).to.match(/^\/src\/data\/regions\/us-ca(-butte)?\.json$/);
  });

  it('is axe-clean in every state, in English and in Arabic (right to left)', async () => {
    const el = await pickerList();
    const states = async (label: string) => {
      await expect(el, `${label}, national`).to.be.accessible();
      where(el).value = 'us-ca';
      where(el).dispatchEvent(new Event('change'));
      await announced(el);
      await expect(el, `${label}, California with its counties`).to.be.accessible();
      county(el)!.value = 'us-ca-stanislaus';
      county(el)!.dispatchEvent(new Event('change'));
      await announced(el);
      await expect(el, `${label}, a county`).to.be.accessible();
      where(el).value = 'us-tx';
      where(el).dispatchEvent(new Event('change'));
      await announced(el);
      needs(el)[4].click();
      await announced(el);
      expect(items(el)).to.have.length(1);
      await expect(el, `${label}, only 911`).to.be.accessible();
      $<HTMLButtonElement>(el, '.empty button')!.click();
      await announced(el);
      where(el).value = 'us';
      where(el).dispatchEvent(new Event('change'));
      await announced(el);
    };
    await states('English');
    await inArabic(el);
    expect($(el, 'label[for="where"]')!.textContent!.trim()).to.equal('أين أنت؟');
    await states('Arabic');
    expect(status(el).textContent).to.contain('الولايات المتحدة');
  });

  it('names every control with its visible label (voice control)', async () => {
    const el = await pickerList('region="us-ca"');
    const controls = await controlNames();
    const labels = [
      ['combobox', $(el, 'label[for="where"]')!.textContent!.trim()],
      ['combobox', $(el, 'label[for="county"]')!.textContent!.trim()],
      ...needs(el).map((box) => ['checkbox', box.parentElement!.textContent!.trim()]),
    ];
    expect(labels.map(([, label]) => label)).to.include.members(['Where are you?', 'County', 'Human trafficking']);
    for (const [role, label] of labels) {
      expect(
        controls.some((c) => c.role === role && c.name.includes(label)),
        `a ${role} whose name holds "${label}" in ${JSON.stringify(controls)}`,
      ).to.equal(true);
    }
  });

  it('works at 320 px: nothing wider than the screen, each control at least 44 px tall', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await pickerList('region="us-ca-san-luis-obispo"');
    const picker = $<HTMLElement>(el, '[part="picker"]')!;
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    for (const control of picker.querySelectorAll<HTMLElement>('select, label, legend, button, p')) {
      expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 60)).to.be.at.most(320);
    }
    for (const control of picker.querySelectorAll<HTMLElement>('select, .need')) {
      expect(control.getBoundingClientRect().height).to.be.at.least(44);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('keeps "Where are you?" saying what the list shows when the page sets region after the reader chose', async () => {
    const el = await pickerList('region="us-ca"');
    const choose = async (code: string) => {
      where(el).value = code;
      where(el).dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => el.region === code, `region is ${el.region}`);
      await regionReady(el);
    };
    await choose('us-tx');
    // The page (or a heat-region-change handler) moves the list back: the select must follow, not keep Texas.
    el.region = 'us-ca';
    await regionReady(el);
    await el.updateComplete;
    expect(where(el).value).to.equal('us-ca');
    expect(county(el)?.value).to.equal('us-ca');
    el.region = 'us-ca-stanislaus';
    await regionReady(el);
    await el.updateComplete;
    expect(where(el).value).to.equal('us-ca');
    expect(county(el)!.value).to.equal('us-ca-stanislaus');
  });

  it('styles its controls with an adopted style sheet, not a <style> element a page\'s CSP would refuse', async () => {
    const el = await pickerList();
    expect(shadow(el).querySelector('style')).to.equal(null);
    expect(parseFloat(getComputedStyle(where(el)).minHeight)).to.equal(44);
  });

  it('fires a cancelable heat-region-change; a page that cancels it keeps the list as it was', async () => {
    const el = await pickerList('region="us-tx"');
    const events: CustomEvent[] = [];
    const cancel = (event: Event) => {
      events.push(event as CustomEvent);
      event.preventDefault();
    };
    document.addEventListener('heat-region-change', cancel);
    const watch = watchStatus(el);
    const shown = hrefs(el);
    try {
      where(el).value = 'us-ca';
      where(el).dispatchEvent(new Event('change'));
      needs(el)[1].click();
      await el.updateComplete;
      await sleep(300);
    } finally {
      document.removeEventListener('heat-region-change', cancel);
      watch.stop();
    }
    expect(events.map((e) => e.detail)).to.deep.equal([
      { region: 'us-ca', topics: '' },
      { region: 'us-tx', topics: 'trafficking' },
    ]);
    expect(events.every((e) => e.bubbles && e.composed && e.cancelable)).to.equal(true);
    expect(el.region).to.equal('us-tx');
    expect(el.topics).to.equal('');
    expect(where(el).value).to.equal('us-tx');
    expect(needs(el)[1].checked).to.equal(false);
    expect(hrefs(el)).to.deep.equal(shown);
    expect(watch.texts.filter(Boolean), 'nothing announced').to.deep.equal([]);

    // Not cancelled: the same event, and the change happens.
    const seen = new Promise<CustomEvent>((resolve) => document.addEventListener('heat-region-change', (e) => resolve(e), { once: true }));
    where(el).value = 'us-ca';
    where(el).dispatchEvent(new Event('change'));
    expect((await seen).detail).to.deep.equal({ region: 'us-ca', topics: '' });
    await announced(el);
    expect(el.region).to.equal('us-ca');
  });

  it('reads a region or topics a page script set to null as the element does: national, every need', async () => {
    const el = await pickerList('region="us-tx" topics="trafficking"');
    (el as unknown as { region: null }).region = null;
    (el as unknown as { topics: null }).topics = null;
    await el.updateComplete;
    expect(where(el).value).to.equal('us');
    expect(needs(el).every((box) => !box.checked)).to.equal(true);
  });

  it('goes when the attribute goes, and the list says itself when nothing matches', async () => {
    const el = await pickerList('region="us-tx" topics="sexual-assault"');
    el.removeAttribute('picker');
    await el.updateComplete;
    expect($(el, '[part="picker"]')).to.equal(null);
    expect($(el, '.empty')!.textContent).to.contain('No listings match these topics here.');
  });
});
