// Counts window listeners from before the element's module runs: keep this import first.
import { windowListeners } from './support/count-listeners.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { a11ySnapshot, emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { DEFAULT_EXIT_URL, HeatQuickExit, type HeatQuickExitDetail } from '../../src/quick-exit/quick-exit.js';
import { pageShortcuts } from '../../src/quick-exit/page-shortcuts.js';
import { recordWarnings, shadow, sleep, visibleText } from './support/helpers.js';

const control = (el: Element) => shadow(el).querySelector<HTMLAnchorElement>('[part~="control"]')!;
const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const marksOn = (el: Element) => shadow(el).querySelectorAll('[part~="progress"]:not([hidden]) .mark.on').length;
/** The cover, on <html> while the page is covered. */
const coverHost = () => document.querySelector('heat-quick-exit-cover');
const cover = () => coverHost()?.shadowRoot!.querySelector('dialog');

/** Records every heat-quick-exit event and cancels it, so the test page stays where it is. */
function stayOnPage() {
  const seen: HeatQuickExitDetail[] = [];
  const listener = (event: GlobalEventHandlersEventMap['heat-quick-exit']) => {
    event.preventDefault();
    seen.push(event.detail);
  };
  document.addEventListener('heat-quick-exit', listener);
  return { seen, stop: () => document.removeEventListener('heat-quick-exit', listener) };
}

async function pressShift(times: number) {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Shift' });
}

/** Types like a person: Shift held for capitals, released after the letter, or before it (`early`). */
async function typeLikeAPerson(text: string, early: boolean) {
  for (const char of text) {
    const capital = char !== char.toLowerCase();
    if (!capital) {
      await sendKeys({ press: char });
      continue;
    }
    await sendKeys({ down: 'Shift' });
    await sendKeys({ down: char });
    if (early) {
      await sendKeys({ up: 'Shift' });
      await sendKeys({ up: char });
    } else {
      await sendKeys({ up: char });
      await sendKeys({ up: 'Shift' });
    }
  }
}

interface AxNode {
  role: string;
  name: string;
  description?: string;
  children?: AxNode[];
}
async function axLinks(): Promise<AxNode[]> {
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (node.role === 'link') found.push(node);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return found;
}

/**
 * Renders a plain wrapper with elements inside and waits for them to render. `fixture()` waits an animation frame
 * for anything that is not a Lit element, and a test page running in a background tab (the runner runs two files at
 * once) gets no animation frames.
 */
const mounted: HTMLElement[] = [];
async function mount(template: TemplateResult): Promise<HTMLDivElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  await Promise.all(Array.from(container.querySelectorAll('heat-quick-exit'), (el) => el.updateComplete));
  return container.firstElementChild as HTMLDivElement;
}
function unmountAll() {
  fixtureCleanup();
  mounted.splice(0).forEach((container) => container.remove());
}

let watch: ReturnType<typeof stayOnPage>;
const originalTitle = document.title;

beforeEach(() => {
  watch = stayOnPage();
});

afterEach(async () => {
  watch.stop();
  unmountAll();
  // Leave no page covered for the next test (the back-forward cache restore is tested end to end).
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  document.title = originalTitle;
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
});

describe('<heat-quick-exit>', () => {
  it('is one link whose accessible name is exactly its visible label, described by the shortcut', async () => {
    const el = await fixture<HeatQuickExit>(html`<heat-quick-exit></heat-quick-exit>`);
    expect(visibleText(control(el))).to.equal('Exit this page');
    const links = await axLinks();
    expect(links.map((l) => l.name)).to.deep.equal(['Exit this page']);
    expect(links[0].description).to.equal('or press Shift 3 times');
    expect(control(el).getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
    expect(control(el).relList.contains('noreferrer')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('exits on click, Enter and Space, each once, and cancelling keeps the page as it was', async () => {
    const el = await fixture<HeatQuickExit>(html`<heat-quick-exit href="https://example.org/weather"></heat-quick-exit>`);
    control(el).click();
    expect(watch.seen).to.deep.equal([{ href: 'https://example.org/weather', history: 'replace', trigger: 'control' }]);

    control(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(watch.seen).to.have.length(2);

    const scroller = document.createElement('div');
    scroller.style.height = '3000px';
    document.body.append(scroller);
    try {
      control(el).focus();
      const scrollY = window.scrollY;
      await sendKeys({ press: 'Space' });
      expect(watch.seen).to.have.length(3);
      expect(watch.seen.every((d) => d.trigger === 'control')).to.equal(true);
      expect(window.scrollY, 'Space does not scroll the page').to.equal(scrollY);
    } finally {
      scroller.remove();
    }
    // Cancelled: no cover, the title untouched.
    expect(coverHost()).to.equal(null);
    expect(document.title).to.equal(originalTitle);
  });

  it('exits on Shift pressed three times, with focus in a text field inside another shadow root', async () => {
    const host = await mount(html`<div><heat-quick-exit></heat-quick-exit><div id="app"></div></div>`);
    const app = host.querySelector('#app')!.attachShadow({ mode: 'open' });
    app.innerHTML = '<label>Name <input></label>';
    app.querySelector('input')!.focus();
    await pressShift(3);
    expect(watch.seen.map((d) => d.trigger)).to.deep.equal(['shift']);
  });

  it('announces each press politely, shows it on the control, and is accessible while counting', async () => {
    const el = await fixture<HeatQuickExit>(html`<heat-quick-exit></heat-quick-exit>`);
    expect(status(el)).to.equal('');
    expect(marksOn(el)).to.equal(0);
    await pressShift(1);
    await el.updateComplete;
    expect(status(el)).to.equal('Press Shift 2 more times to exit');
    expect(marksOn(el)).to.equal(1);
    await pressShift(1);
    await el.updateComplete;
    expect(status(el)).to.equal('Press Shift 1 more time to exit');
    expect(marksOn(el)).to.equal(2);
    expect(shadow(el).querySelector('[role="status"]')!.closest('[aria-live="assertive"]')).to.equal(null);
    expect((await axLinks()).map((l) => l.name), 'the marks add nothing to the name').to.deep.equal(['Exit this page']);
    await expect(el).to.be.accessible();
    await pressShift(1);
    await el.updateComplete;
    expect(watch.seen).to.have.length(1);
    expect(status(el), 'cleared once done').to.equal('');
  });

  for (const early of [false, true]) {
    it(`does not exit while "Hello World From Ana" is typed in a field (Shift released ${early ? 'before' : 'after'} the letter)`, async () => {
      const host = await mount(html`<div><heat-quick-exit></heat-quick-exit><input aria-label="Message" /></div>`);
      const el = host.querySelector('heat-quick-exit')!;
      const input = host.querySelector('input')!;
      await el.updateComplete;
      // Every text the live region ever holds while typing: a screen reader must hear nothing.
      const announced: string[] = [];
      const region = shadow(el).querySelector('[role="status"]')!;
      const observer = new MutationObserver(() => announced.push(region.textContent!.trim()));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      input.focus();
      await typeLikeAPerson('Hello World From Ana', early);
      expect(input.value, 'the keys really were typed').to.equal('Hello World From Ana');
      await el.updateComplete;
      observer.disconnect();
      expect(watch.seen).to.deep.equal([]);
      expect(announced.filter(Boolean)).to.deep.equal([]);
      expect(status(el)).to.equal('');
    });
  }

  it('starts again after any other key', async () => {
    const el = await fixture<HeatQuickExit>(html`<heat-quick-exit></heat-quick-exit>`);
    for (const key of ['a', 'Tab', 'Control', 'ArrowDown']) {
      await pressShift(2);
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(status(el), key).to.equal('');
      expect(marksOn(el), key).to.equal(0);
      await pressShift(1);
      await el.updateComplete;
      expect(watch.seen, key).to.deep.equal([]);
      expect(status(el), key).to.equal('Press Shift 2 more times to exit');
      await sendKeys({ press: 'a' });
    }
  });

  it('covers the page at once with a neutral cover and title, accessible, and restores it on pageshow', async () => {
    watch.stop(); // let this exit happen; the browser's own Navigation API holds the test page where it is
    const navigation = (window as unknown as { navigation: EventTarget }).navigation;
    const stay = (event: Event) => event.preventDefault();
    navigation.addEventListener('navigate', stay, { once: true });
    const el = await fixture<HeatQuickExit>(html`<heat-quick-exit href="/test/browser/fixtures/quick-exit-destination.html"></heat-quick-exit>`);
    document.title = 'Help with something private';
    control(el).click();
    expect(document.title).to.equal('Loading');
    expect(cover()!.open).to.equal(true);
    expect(cover()!.matches(':modal'), 'modal: the page behind is inert').to.equal(true);
    expect(coverHost()!.parentNode, 'outside the element and the body').to.equal(document.documentElement);
    const box = cover()!.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, window.innerWidth, window.innerHeight]);
    expect(coverHost()!.shadowRoot!.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) === cover()).to.equal(true);
    expect(visibleText(cover()!), 'the cover says nothing about the page').to.equal('');
    expect(cover()!.getAttribute('aria-label')).to.equal('Loading');
    expect(document.querySelector('meta[name="referrer"]')?.getAttribute('content')).to.equal('no-referrer');
    await expect(el).to.be.accessible();
    await expect(coverHost()).to.be.accessible();

    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(coverHost(), 'the cover is gone').to.equal(null);
    expect(document.title).to.equal('Help with something private');
    expect(document.querySelector('meta[name="referrer"]')).to.equal(null);
  });

  it('never takes this very page as the exit: empty, "#" and this page\'s own address fall back to the default', async () => {
    const warnings = recordWarnings();
    try {
      for (const href of ['', ' ', '#', '#top', location.pathname + location.search, location.href]) {
        const el = await fixture<HeatQuickExit>(html`<heat-quick-exit href=${href}></heat-quick-exit>`);
        expect(control(el).getAttribute('href'), JSON.stringify(href)).to.equal(DEFAULT_EXIT_URL);
      }
    } finally {
      warnings.restore();
    }
  });

  it('goes only to https: or this site: other schemes fall back to the default, with one warning', async () => {
    const warnings = recordWarnings();
    try {
      const el = await fixture<HeatQuickExit>(html`<heat-quick-exit href="javascript:alert(1)"></heat-quick-exit>`);
      expect(control(el).getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
      control(el).click();
      expect(watch.seen[0].href).to.equal(DEFAULT_EXIT_URL);
      for (const href of ['data:text/html,hi', 'http://example.org/', 'https://user:pw@example.org/']) {
        el.href = href;
        await el.updateComplete;
        expect(control(el).getAttribute('href'), href).to.equal(DEFAULT_EXIT_URL);
      }
      el.href = '/logout?next=https%3A%2F%2Fwww.wikipedia.org%2F';
      await el.updateComplete;
      expect(control(el).getAttribute('href')).to.equal(`${location.origin}/logout?next=https%3A%2F%2Fwww.wikipedia.org%2F`);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.filter((m) => m.includes('cannot go to "javascript:alert(1)"'))).to.have.length(1);
  });

  it('takes the URL of its no-JavaScript fallback link when it has no href', async () => {
    const el = await fixture<HeatQuickExit>(
      html`<heat-quick-exit><a href="https://example.org/news">Exit this page</a></heat-quick-exit>`,
    );
    expect(control(el).getAttribute('href')).to.equal('https://example.org/news');
    expect(el.querySelector('a')!.getBoundingClientRect().height, 'the fallback link is not shown').to.equal(0);
    expect((await axLinks()).map((l) => l.name)).to.deep.equal(['Exit this page']);
  });

  describe('escape', () => {
    it('is off by default', async () => {
      await fixture<HeatQuickExit>(html`<heat-quick-exit></heat-quick-exit>`);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(watch.seen).to.deep.equal([]);
    });

    it('exits on Esc twice when asked, and says so in the hint', async () => {
      const el = await fixture<HeatQuickExit>(html`<heat-quick-exit escape></heat-quick-exit>`);
      expect(visibleText(shadow(el).querySelector('[part~="hint"]')!)).to.equal('or press Shift 3 times, or Esc 2 times');
      await sendKeys({ press: 'Escape' });
      expect(watch.seen).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      expect(watch.seen.map((d) => d.trigger)).to.deep.equal(['escape']);
    });

    it('leaves Esc to text fields and open dialogs', async () => {
      const host = await mount(
        html`<div><heat-quick-exit escape></heat-quick-exit><input aria-label="Search" /><dialog><button>OK</button></dialog></div>`,
      );
      host.querySelector('input')!.focus();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(watch.seen, 'in a text field').to.deep.equal([]);

      const dialog = host.querySelector('dialog')!;
      dialog.showModal();
      await sendKeys({ press: 'Escape' }); // closes the dialog
      expect(dialog.open).to.equal(false);
      await sendKeys({ press: 'Escape' });
      expect(watch.seen, 'the first Esc was the dialog’s').to.deep.equal([]);

      const modal = document.createElement('div');
      modal.setAttribute('role', 'dialog');
      modal.setAttribute('aria-modal', 'true');
      modal.setAttribute('aria-label', 'Settings');
      host.append(modal);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(watch.seen, 'an aria-modal dialog is open').to.deep.equal([]);
      modal.remove();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(watch.seen.map((d) => d.trigger)).to.deep.equal(['escape']);
    });
  });

  describe('on a page with several, or two copies of the script', () => {
    it('adds one keydown and one keyup listener to window when the script runs, however many elements and copies', async () => {
      unmountAll();
      // Added as soon as the module ran, before any element: as early as the script can.
      expect(windowListeners('keydown')).to.equal(1);
      expect(windowListeners('keyup')).to.equal(1);
      const host = await mount(html`<div>
        <heat-quick-exit></heat-quick-exit><heat-quick-exit></heat-quick-exit><heat-quick-exit></heat-quick-exit>
      </div>`);
      expect(windowListeners('keydown')).to.equal(1);
      expect(windowListeners('keyup')).to.equal(1);

      // A second copy of the module (another URL is another module instance) shares the page's listener.
      const copyUrl = new URL('../../src/quick-exit/page-shortcuts.ts?copy=2', import.meta.url).href;
      const copy = (await import(/* @vite-ignore */ copyUrl)) as typeof import('../../src/quick-exit/page-shortcuts.js');
      expect(copy.pageShortcuts).not.to.equal(pageShortcuts);
      expect(copy.pageShortcuts()).to.equal(pageShortcuts());
      const extra = document.createElement('heat-quick-exit');
      host.append(extra);
      copy.pageShortcuts().register(extra);
      expect(windowListeners('keydown')).to.equal(1);
      expect(windowListeners('keyup')).to.equal(1);

      // With no element left they stay, and do nothing.
      unmountAll();
      await pressShift(3);
      expect(watch.seen).to.deep.equal([]);
      expect(windowListeners('keydown')).to.equal(1);
    });

    it('counts once and announces only through the first element; Shift three times exits once', async () => {
      const host = await mount(html`<div>
        <heat-quick-exit href="https://example.org/first"></heat-quick-exit>
        <heat-quick-exit href="https://example.org/second"></heat-quick-exit>
      </div>`);
      const [first, second] = Array.from(host.querySelectorAll('heat-quick-exit'));
      await pressShift(1);
      await first.updateComplete;
      expect([status(first), status(second)]).to.deep.equal(['Press Shift 2 more times to exit', '']);
      await pressShift(2);
      expect(watch.seen.map((d) => d.href)).to.deep.equal(['https://example.org/first']);
      // Removing the first hands the shortcut to the next one.
      first.remove();
      await pressShift(3);
      expect(watch.seen.map((d) => d.href)).to.deep.equal(['https://example.org/first', 'https://example.org/second']);
    });
  });

  describe('layout and modes', () => {
    it('is a 44 by 44 px target with a visible focus ring, at 320 px without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<HeatQuickExit>(html`<heat-quick-exit></heat-quick-exit>`);
      const box = control(el).getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
      expect(box.right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      control(el).focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
      const style = getComputedStyle(control(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('is sticky by default, fixed or static on request, and never printed', async () => {
      const el = await fixture<HeatQuickExit>(html`<heat-quick-exit></heat-quick-exit>`);
      expect(getComputedStyle(el).position).to.equal('sticky');
      el.position = 'fixed';
      await el.updateComplete;
      expect(getComputedStyle(el).position).to.equal('fixed');
      el.position = 'static';
      await el.updateComplete;
      expect(getComputedStyle(el).position).to.equal('static');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('lets clicks through the empty part of a sticky bar', async () => {
      const host = await mount(html`<div style="position: relative">
        <heat-quick-exit></heat-quick-exit>
      </div>`);
      const el = host.querySelector('heat-quick-exit')!;
      const box = el.getBoundingClientRect();
      const below = document.elementFromPoint(box.left + 2, box.top + box.height / 2);
      expect(below).not.to.equal(el);
      const target = control(el).getBoundingClientRect();
      expect(shadow(el).elementFromPoint(target.left + target.width / 2, target.top + target.height / 2)?.closest('a')).to.equal(control(el));
    });

    it('has light, dark and forced-colors modes, each accessible idle and counting', async () => {
      const el = await fixture<HeatQuickExit>(html`<heat-quick-exit theme="light"></heat-quick-exit>`);
      const light = getComputedStyle(control(el)).backgroundColor;
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(control(el)).backgroundColor).not.to.equal(light);
      await expect(el).to.be.accessible();
      el.theme = 'auto';
      await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
      await pressShift(1);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(getComputedStyle(control(el)).borderTopStyle).to.equal('solid');
    });
  });
});

/**
 * What a reader sees in the middle of the window: the element there, looked up through open shadow roots. The cover
 * is found wherever it lives, so these tests say what is on screen, not how the element builds it.
 */
function onScreen(): Element | null {
  let root: DocumentOrShadowRoot = document;
  let hit: Element | null = null;
  for (;;) {
    const next = root.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    if (!next || next === hit) return hit;
    hit = next;
    if (!hit.shadowRoot) return hit;
    root = hit.shadowRoot;
  }
}

/** The cover, when one is on screen: a modal dialog over the whole window. */
function coverOnScreen(): HTMLDialogElement | null {
  const hit = onScreen();
  if (!hit?.matches('dialog:modal')) return null;
  const box = hit.getBoundingClientRect();
  expect([box.left, box.top, box.width, box.height], 'the whole window').to.deep.equal([0, 0, window.innerWidth, window.innerHeight]);
  return hit as HTMLDialogElement;
}

/** A same-origin destination: the Navigation API can hold the page only from a same-origin navigation. */
const DESTINATION = '/test/browser/fixtures/quick-exit-destination.html';

/** Lets exits happen but holds the test page where it is (the browser's own Navigation API cancels the load). */
function holdNavigation() {
  watch.stop();
  const navigation = (window as unknown as { navigation: EventTarget }).navigation;
  const stay = (event: Event) => event.preventDefault();
  navigation.addEventListener('navigate', stay);
  return () => navigation.removeEventListener('navigate', stay);
}

const loaded = (frame: HTMLIFrameElement) =>
  new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));

describe('<heat-quick-exit> whatever the page does', () => {
  let release: (() => void) | undefined;
  afterEach(async () => {
    release?.();
    release = undefined;
    document.querySelectorAll('[data-test-page]').forEach((node) => node.remove());
    await resetMouse();
  });

  it('the cover cannot be dismissed: Esc three times (escape on), close() and requestClose() from script', async () => {
    release = holdNavigation();
    const content = await mount(html`<div><heat-quick-exit escape href=${DESTINATION}></heat-quick-exit><main><h1>Help</h1></main></div>`);
    // A click first: the Navigation API can hold back a navigation only when the page had a user activation (Esc is none).
    const heading = content.querySelector('h1')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(heading.left + 5), Math.round(heading.top + 5)] });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' }); // exits
    const cover = coverOnScreen();
    expect(Boolean(cover), 'covered by Esc twice').to.equal(true);
    // (Compared as booleans: a failed comparison of DOM elements makes the runner serialise the whole element.)
    for (let i = 1; i <= 3; i++) {
      await sendKeys({ press: 'Escape' });
      expect(coverOnScreen() === cover, `still covered after ${i} more Esc`).to.equal(true);
    }
    cover!.close();
    await sleep(50); // the close event is queued
    expect(coverOnScreen() === cover, 'still covered after close()').to.equal(true);
    (cover as HTMLDialogElement & { requestClose(): void }).requestClose();
    await sleep(50);
    expect(coverOnScreen() === cover, 'still covered after requestClose()').to.equal(true);
    expect(content.isConnected).to.equal(true);
  });

  for (const [name, css, wrap] of [
    ['display: none on the element', 'heat-quick-exit { display: none !important }', false],
    ['visibility: hidden on the element', 'heat-quick-exit { visibility: hidden }', false],
    ['a hidden ancestor', '', true],
  ] as const) {
    it(`covers the whole window on Shift three times, with ${name}`, async () => {
      release = holdNavigation();
      const style = Object.assign(document.createElement('style'), { textContent: css });
      style.dataset.testPage = '';
      document.head.append(style);
      await mount(
        wrap
          ? html`<div><div hidden><heat-quick-exit href=${DESTINATION}></heat-quick-exit></div><main><h1>Help</h1></main></div>`
          : html`<div><heat-quick-exit href=${DESTINATION}></heat-quick-exit><main><h1>Help</h1></main></div>`,
      );
      await pressShift(3);
      const cover = coverOnScreen();
      expect(Boolean(cover), 'a cover is on screen').to.equal(true);
      expect(document.title).to.equal('Loading');
      await expect(cover!.getRootNode() instanceof ShadowRoot ? (cover!.getRootNode() as ShadowRoot).host : cover).to.be.accessible();
    });
  }

  it('keeps the page’s --heat-quick-exit-cover-color set on the element', async () => {
    release = holdNavigation();
    const el = await fixture<HeatQuickExit>(html`<heat-quick-exit href=${DESTINATION} style="--heat-quick-exit-cover-color: rgb(1, 2, 3)"></heat-quick-exit>`);
    el.exit();
    expect(getComputedStyle(coverOnScreen()!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('exits on middle-click, Ctrl-, Meta- and Shift-click, and never opens the link in a new tab or window', async () => {
    const el = await fixture<HeatQuickExit>(html`<heat-quick-exit href="https://example.org/weather"></heat-quick-exit>`);
    const box = control(el).getBoundingClientRect();
    const position: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    // Whatever reaches the window: a click or auxclick whose default is not prevented opens the link elsewhere.
    const notPrevented: string[] = [];
    const record = (event: MouseEvent) => {
      if (!event.defaultPrevented) notPrevented.push(`${event.type} ${event.button}`);
    };
    window.addEventListener('click', record);
    window.addEventListener('auxclick', record);
    try {
      await sendMouse({ type: 'click', position, button: 'middle' });
      expect(watch.seen.map((d) => d.trigger), 'middle-click').to.deep.equal(['control']);
      for (const modifier of ['Control', 'Meta', 'Shift']) {
        await sendKeys({ down: modifier });
        await sendMouse({ type: 'click', position });
        await sendKeys({ up: modifier });
      }
      expect(watch.seen.map((d) => d.trigger)).to.deep.equal(['control', 'control', 'control', 'control']);
      expect(notPrevented).to.deep.equal([]);
      await sendMouse({ type: 'click', position, button: 'right' });
      await sendKeys({ press: 'Escape' }); // the context menu, if one opened
      expect(watch.seen, 'a right-click opens the menu and does not exit').to.have.length(4);
    } finally {
      window.removeEventListener('click', record);
      window.removeEventListener('auxclick', record);
    }
  });

  it('hears Shift three times through a page listener that stops key events on window in the capture phase', async () => {
    // Added before the element connects: earlier than any element-time registration could be.
    const stop = (event: Event) => event.stopPropagation();
    const stopAll = (event: Event) => event.stopImmediatePropagation();
    for (const type of ['keydown', 'keyup']) {
      window.addEventListener(type, stop, true);
      document.addEventListener(type, stopAll, true);
    }
    try {
      await fixture<HeatQuickExit>(html`<heat-quick-exit></heat-quick-exit>`);
      await pressShift(3);
      expect(watch.seen.map((d) => d.trigger)).to.deep.equal(['shift']);
    } finally {
      for (const type of ['keydown', 'keyup']) {
        window.removeEventListener(type, stop, true);
        document.removeEventListener(type, stopAll, true);
      }
    }
  });

  describe('with focus in a same-origin frame', () => {
    async function frameWithField(parent: Node = document.body) {
      const frame = document.createElement('iframe');
      frame.dataset.testPage = '';
      frame.title = 'Contact form';
      frame.srcdoc = '<!doctype html><label>Message <input></label>';
      const ready = loaded(frame);
      parent.appendChild(frame);
      await ready;
      return frame;
    }
    function focusField(frame: HTMLIFrameElement) {
      frame.contentWindow!.focus();
      frame.contentDocument!.querySelector('input')!.focus();
    }

    it('Shift three times exits, for a frame added after the element', async () => {
      await fixture<HeatQuickExit>(html`<heat-quick-exit></heat-quick-exit>`);
      const frame = await frameWithField();
      focusField(frame);
      await pressShift(3);
      expect(watch.seen.map((d) => d.trigger)).to.deep.equal(['shift']);
    });

    it('Shift three times exits after the focused frame reloads, and in a frame in a shadow root', async () => {
      await fixture<HeatQuickExit>(html`<heat-quick-exit></heat-quick-exit>`);
      const frame = await frameWithField();
      focusField(frame);
      await pressShift(1);
      const reloaded = loaded(frame);
      frame.contentWindow!.location.reload();
      await reloaded;
      expect(document.activeElement, 'focus stayed in the frame').to.equal(frame);
      frame.contentDocument!.querySelector('input')!.focus();
      await pressShift(3);
      expect(watch.seen.map((d) => d.trigger), 'after a reload').to.deep.equal(['shift']);

      const host = document.createElement('div');
      host.dataset.testPage = '';
      document.body.append(host);
      const inShadow = await frameWithField(host.attachShadow({ mode: 'open' }));
      (document.activeElement as HTMLElement).blur();
      focusField(inShadow);
      await pressShift(3);
      expect(watch.seen.map((d) => d.trigger), 'in a shadow root').to.deep.equal(['shift', 'shift']);
    });

    it('leaves Esc to a text field inside the frame', async () => {
      await fixture<HeatQuickExit>(html`<heat-quick-exit escape></heat-quick-exit>`);
      const frame = await frameWithField();
      focusField(frame);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(watch.seen).to.deep.equal([]);
      frame.contentDocument!.querySelector('input')!.blur();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(watch.seen.map((d) => d.trigger), 'outside the field').to.deep.equal(['escape']);
    });
  });
});

describe('<heat-quick-exit> navigation (in a same-origin frame)', () => {
  async function loaded(frame: HTMLIFrameElement) {
    await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  }

  async function helpPage() {
    const frame = document.createElement('iframe');
    frame.src = '/test/browser/fixtures/quick-exit-frame.html';
    document.body.append(frame);
    await loaded(frame);
    const win = frame.contentWindow!;
    await waitUntil(() => win.customElements.get('heat-quick-exit'), 'the element registers in the frame');
    const el = win.document.querySelector('heat-quick-exit')!;
    await el.updateComplete;
    // A navigation before the document has completely loaded (still inside its load event) always replaces.
    await new Promise((resolve) => setTimeout(resolve));
    return { frame, win, el };
  }

  for (const mode of ['replace', 'push'] as const) {
    it(`history="${mode}" ${mode === 'replace' ? 'replaces the entry' : 'adds an entry'}, and the destination gets no referrer`, async () => {
      const { frame, win, el } = await helpPage();
      if (mode === 'push') el.setAttribute('history', 'push');
      await el.updateComplete;
      const before = win.history.length;
      const arrived = loaded(frame);
      control(el).click();
      expect(win.document.title, 'hidden at once, before the next page').to.equal('Loading');
      await arrived;
      const now = frame.contentWindow!;
      expect(now.location.pathname).to.equal('/test/browser/fixtures/quick-exit-destination.html');
      expect(now.history.length).to.equal(before + (mode === 'push' ? 1 : 0));
      expect(now.document.referrer).to.equal('');
      frame.remove();
    });
  }

  it('Shift three times leaves the frame page', async () => {
    const { frame, win } = await helpPage();
    win.focus();
    win.document.body.focus();
    const arrived = loaded(frame);
    await pressShift(3);
    await arrived;
    expect(frame.contentWindow!.location.pathname).to.equal('/test/browser/fixtures/quick-exit-destination.html');
    frame.remove();
  });
});

describe('the README’s recipe', () => {
  it('at 360 px, the fixed exit covers nothing of the partner’s header (its title stays clear)', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('## `<heat-quick-exit>`'));
    const markup = /```html\n([\s\S]*?)```/.exec(section)![1].replace('…your logo and navigation…', '<h1 id="title">Partner site title</h1>');
    const css = /```css\n([\s\S]*?)```/.exec(section)![1];
    await setViewport({ width: 360, height: 640 });
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    const host = document.createElement('div');
    // The recipe's own markup (trusted, from the README), as a partner pastes it.
    host.innerHTML = markup;
    document.body.prepend(host);
    try {
      const exit = host.querySelector('heat-quick-exit') as HeatQuickExit;
      await exit.updateComplete;
      const control = shadow(exit).querySelector('[part="control"]')!.getBoundingClientRect();
      const title = host.querySelector('#title')!.getBoundingClientRect();
      const overlaps = control.left < title.right && title.left < control.right && control.top < title.bottom && title.top < control.bottom;
      expect(overlaps, `exit ${JSON.stringify(control)} over title ${JSON.stringify(title)}`).to.equal(false);
    } finally {
      host.remove();
      style.remove();
      await setViewport({ width: 800, height: 600 });
    }
  });
});
