/**
 * The configurator as a partner uses it: only the keyboard, only what is on screen, and the snippet it hands out.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type Manifest, mountConfigurator } from '../../demo/configurator/configurator.js';
import { buildSnippet } from '../../demo/configurator/snippet.js';
import { setHeatLocale } from '../../src/index.js';
import { allData } from '../../demo/configurator/all-regions.js';
import { dataText as spanishDataText } from '../../src/i18n/generated/bundles/es.js';
import { dataText as arabicDataText } from '../../src/i18n/generated/bundles/ar.js';
import { characterBoxes, shadow } from './support/helpers.js';
import { STANISLAUS_TEL } from '../fixtures/verified-targets.js';

/** A build as scripts/release-info.mjs describes one: every script file's hash, and which files each one names. */
const release = {
  name: 'heat-widgets',
  version: '9.9.9',
  integrity: 'sha384-TESTHASHtesthash0123456789',
  scriptFiles: {
    'heat-widgets.iife.js': 'sha384-TESTHASHtesthash0123456789',
    'heat-widgets.js': 'sha384-MODULE',
    'heat-hotline-list.js': 'sha384-LISTMODULE',
    'chunks/es-a1b2c3.js': 'sha384-ES',
    'chunks/unused-d4e5f6.js': 'sha384-UNUSED',
    'regions/us-ca.js': 'sha384-CA',
    'regions/us-ca-alameda.js': 'sha384-ALAMEDA',
    'regions/us-ca-stanislaus.js': 'sha384-STANISLAUS',
  },
  scriptLoads: { 'heat-widgets.iife.js': [], 'heat-widgets.js': ['chunks/es-a1b2c3.js'], 'heat-hotline-list.js': ['chunks/es-a1b2c3.js'] },
};
/** Where the configurator's default snippet loads from: `dist/` beside the page (here, beside the test page). */
const siteDist = new URL('../dist/', location.href).href;

let manifest: Manifest;
let root: HTMLElement;

before(async () => {
  manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
});

beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
  mountConfigurator(root, { manifest, release });
});

afterEach(async () => {
  root.remove();
  await setHeatLocale(undefined);
});

const $ = <T extends Element>(selector: string) => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const snippetText = () => $<HTMLTextAreaElement>('#snippet').value;
const snippetDom = () => new DOMParser().parseFromString(`<body>${snippetText()}</body>`, 'text/html');
const choose = (selector: string, value: string) => {
  const select = $<HTMLSelectElement>(selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

/** Tabs until `target` has focus; fails if it is never reached. */
async function tabTo(target: Element, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (document.activeElement === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`${target.id || target.localName} was not reached with Tab`);
}

describe('configurator', () => {
  it('passes axe, with the live element inside', async () => {
    await waitUntil(() => $('#preview').firstElementChild?.shadowRoot?.querySelector('a'), 'the preview did not render');
    await expect(root).to.be.accessible();
  });

  it('offers every element in the manifest and every one of its attributes', () => {
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    const options = Array.from($<HTMLSelectElement>('#element').options).map((o) => o.value);
    expect(options).to.have.members(tags.map((t) => t.tagName!));
    for (const tag of tags) {
      choose('#element', tag.tagName!);
      for (const attribute of tag.attributes ?? []) {
        const control = root.querySelector(`#attr-${attribute.name}, [name="attr-${attribute.name}"]`) ??
          (attribute.name === 'topics' ? root.querySelector('input[type="checkbox"]') : null);
        expect(control, `${tag.tagName} ${attribute.name}`).to.exist;
      }
      expect($('#preview').firstElementChild?.localName).to.equal(tag.tagName);
    }
  });

  it('makes the Stanislaus County, Spanish, dark snippet with the keyboard alone', async () => {
    // Region: type-ahead on the focused select, as a keyboard user does.
    const region = $<HTMLSelectElement>('#attr-region');
    await tabTo(region);
    await sendKeys({ type: 'Stanislaus' });
    await waitUntil(() => region.value === 'us-ca-stanislaus', `region is ${region.value}`);

    const locale = $<HTMLSelectElement>('#locale');
    await tabTo(locale);
    await sendKeys({ type: 'Espa' });
    await waitUntil(() => locale.value === 'es', `locale is ${locale.value}`);

    const dark = $<HTMLInputElement>('input[name="attr-theme"][value="dark"]');
    const themeRadio = $<HTMLInputElement>('input[name="attr-theme"]:checked');
    await tabTo(themeRadio);
    // Arrow keys move through a radio group; stop on "dark".
    for (let i = 0; i < 3 && !dark.checked; i++) await sendKeys({ press: 'ArrowLeft' });
    expect(dark.checked, 'dark is chosen').to.be.true;

    const doc = snippetDom();
    const script = doc.querySelector<HTMLScriptElement>('script:not([type="importmap"])')!;
    expect(script.getAttribute('src')).to.equal(`${siteDist}heat-widgets.iife.js`);
    expect(script.getAttribute('integrity')).to.equal(release.integrity);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(script.dataset.heatLocale).to.equal('es');
    const el = doc.querySelector('heat-hotline-list')!;
    expect(el.getAttribute('region')).to.equal('us-ca-stanislaus');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(snippetText()).to.contain('region="us-ca-stanislaus"').and.contain('theme="dark"').and.contain('data-heat-locale="es"');
    // The no-JavaScript fallback: plain links, exactly the verified call targets, in the element's order.
    const fallback = Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(fallback).to.deep.equal(STANISLAUS_TEL);

    // The preview is the real element, dark and in Spanish.
    const preview = $('#preview').firstElementChild as HTMLElement;
    expect(preview.getAttribute('theme')).to.equal('dark');
    await waitUntil(() => shadow(preview).querySelector('[part~="base"]')?.getAttribute('lang') === 'es', 'preview not in Spanish');
    expect($<HTMLElement>('#preview').dataset.theme).to.equal('dark');

    // Copy with the keyboard: the result is announced in a status message.
    const copy = $<HTMLButtonElement>('#copy');
    await tabTo(copy);
    await sendKeys({ press: 'Enter' });
    const status = $('#copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    await waitUntil(() => status.textContent!.trim() !== '', 'no status after copying');
    if (/Could not copy/.test(status.textContent!)) {
      // No clipboard permission here: the snippet is selected for Ctrl+C instead.
      const area = $<HTMLTextAreaElement>('#snippet');
      expect(document.activeElement).to.equal(area);
      expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.equal(snippetText());
    } else {
      expect(status.textContent).to.match(/Copied/);
    }
  });

  it('narrows the fallback with the topics, and leaves out defaults', async () => {
    choose('#attr-region', 'us-ca-alameda');
    const csec = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).find(
      (box) => box.parentElement?.textContent?.trim() === 'csec',
    )!;
    csec.click();
    const el = snippetDom().querySelector('heat-hotline-list')!;
    expect(el.getAttribute('topics')).to.equal('csec');
    expect(el.hasAttribute('theme'), 'theme auto is the default').to.be.false;
    expect(el.hasAttribute('heading-level'), 'level 2 is the default').to.be.false;
    const fallback = Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    // 911 always; then the Alameda csec lines, then the national csec lines; no 988 or Childhelp (other topics).
    expect(fallback).to.deep.equal(['tel:911', 'tel:+15102084959', 'tel:+15102591800', 'tel:+18883737888', 'tel:+18008435678']);
  });

  it('offers the picker: its checkbox adds the attribute to the snippet and to the live list', async () => {
    const picker = $<HTMLInputElement>('#attr-picker');
    expect(picker.labels![0].textContent).to.contain('Let the reader choose the place and the need');
    expect(snippetDom().querySelector('heat-hotline-list')!.hasAttribute('picker')).to.equal(false);
    picker.click();
    await waitUntil(() => snippetDom().querySelector('heat-hotline-list')?.hasAttribute('picker'), 'the snippet never got picker');
    const preview = $('#preview').firstElementChild!;
    expect(preview.hasAttribute('picker')).to.equal(true);
    await waitUntil(() => preview.shadowRoot?.querySelector('[part="picker"]'), 'the live list never showed the picker');
    picker.click();
    await waitUntil(() => !snippetDom().querySelector('heat-hotline-list')?.hasAttribute('picker'), 'the snippet kept picker');
  });

  it('offers no heading level for the quick exit, which renders no heading', () => {
    expect(root.querySelector('#attr-heading-level'), 'the list has one').to.exist;
    choose('#element', 'heat-quick-exit');
    expect(root.querySelector('#attr-heading-level')).to.be.null;
    expect(snippetText()).not.to.contain('heading-level');
  });

  it('keeps the note that must stay with a line in the fallback (Childhelp: not a reporting line)', () => {
    const childhelp = allData.resources.find((r) => r.id === 'childhelp')!;
    const item = snippetDom().querySelector('heat-hotline-list a[href="tel:+18004224453"]')?.closest('li');
    expect(item, 'Childhelp is in the national fallback').to.exist;
    expect(item!.textContent).to.contain(childhelp.note!.en);
    // A number's own note stays with it too: the national hotline's "dial 711 first".
    const nhth = allData.resources.find((r) => r.id === 'nhth')!;
    const hotline = snippetDom().querySelector('heat-hotline-list a[href="tel:+18883737888"]')?.closest('li');
    expect(hotline!.textContent).to.contain(nhth.channels[0].note!.en);
  });

  it("keeps the H.E.A.T. Watch banner's note and the emergency line in its fallback", () => {
    choose('#element', 'tip-line-banner');
    choose('#attr-line', 'heat-watch-tip-line');
    const banner = snippetDom().querySelector('tip-line-banner')!;
    expect(banner.getAttribute('line')).to.equal('heat-watch-tip-line');
    const note = allData.resources.find((r) => r.id === 'heat-watch-tip-line')!.note!.en;
    expect(banner.querySelector('a[href="tel:+15102084959"]')?.closest('li')?.textContent).to.contain(note);
    expect(Array.from(banner.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+15102084959',
      'tel:911',
    ]);
  });

  // Arabic is loaded by no other test here, so its case also checks that the snippet waits for the data text.
  for (const [locale, table] of [
    ['es', spanishDataText],
    ['ar', arabicDataText],
  ] as const) {
    it(`writes the fallback in the chosen language (${locale}) once its data text has loaded`, async () => {
      choose('#element', 'tip-line-banner');
      choose('#attr-line', 'heat-watch-tip-line');
      choose('#locale', locale);
      // The Alameda tip line's texts and their translations live in its county's data file.
      const note = allData.resources.find((r) => r.id === 'heat-watch-tip-line')!.note![locale]!;
      const englishNote = allData.resources.find((r) => r.id === 'heat-watch-tip-line')!.note!.en;
      expect(note, `the ${locale} note exists`).to.be.a('string').and.not.equal(englishNote);
      await waitUntil(
        () => snippetText().includes(note) && snippetText().includes(table['resource.emergency.name']),
        `the fallback did not switch to ${locale}`,
      );
      const banner = snippetDom().querySelector('tip-line-banner')!;
      expect(banner.querySelector('ul')!.getAttribute('lang')).to.equal(locale);
      expect(banner.querySelector('ul')!.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : null);
      const emergency = banner.querySelector('a[href="tel:911"]')!;
      expect(emergency.textContent).to.equal(`${table['resource.emergency.name']}: 911`);
    });
  }

  /** The snippet's script (not its import map). */
  const entryScript = () => snippetDom().querySelector<HTMLScriptElement>('script:not([type="importmap"])')!;
  /** The snippet's import map, parsed: URL -> hash. */
  const importMap = () => {
    const map = snippetDom().querySelector('script[type="importmap"]');
    return map ? (JSON.parse(map.textContent!) as { integrity: Record<string, string> }).integrity : undefined;
  };

  it('loads from this site by default, pinned: the entry by its integrity, the region’s files by an import map before it', () => {
    choose('#attr-region', 'us-ca-stanislaus');
    expect($<HTMLInputElement>('input[name="script"][value="site"]').checked).to.be.true;
    expect($<HTMLInputElement>('input[name="updates"][value="pinned"]').checked).to.be.true;
    const scripts = Array.from(snippetDom().querySelectorAll('script'));
    expect(scripts.map((s) => s.type)).to.deep.equal(['importmap', '']);
    expect(scripts[1].getAttribute('src')).to.equal(`${siteDist}heat-widgets.iife.js`);
    expect(scripts[1].getAttribute('integrity')).to.equal(release.integrity);
    // The classic script names no chunk: only the state's and the county's files are loaded.
    expect(importMap()).to.deep.equal({
      [`${siteDist}regions/us-ca.js`]: 'sha384-CA',
      [`${siteDist}regions/us-ca-stanislaus.js`]: 'sha384-STANISLAUS',
    });
    // A national list loads no file: no import map.
    choose('#attr-region', 'us');
    expect(importMap()).to.equal(undefined);
  });

  it('with the picker, pins every state\'s and county\'s file, since the reader may choose any of them', async () => {
    choose('#attr-region', 'us-ca-stanislaus');
    $<HTMLInputElement>('#attr-picker').click();
    await waitUntil(() => snippetDom().querySelector('heat-hotline-list')?.hasAttribute('picker'), 'the snippet never got picker');
    expect(importMap()).to.deep.equal({
      [`${siteDist}regions/us-ca-alameda.js`]: 'sha384-ALAMEDA',
      [`${siteDist}regions/us-ca-stanislaus.js`]: 'sha384-STANISLAUS',
      [`${siteDist}regions/us-ca.js`]: 'sha384-CA',
    });
    $<HTMLInputElement>('#attr-picker').click();
    await waitUntil(() => !snippetDom().querySelector('heat-hotline-list')?.hasAttribute('picker'), 'the snippet kept picker');
    expect(Object.keys(importMap()!)).to.have.length(2);
  });

  it('explains the pinned/updates trade-off in two sentences, and offers both', () => {
    const hint = $('#updates-hint').textContent!.replace(/\s+/g, ' ').trim();
    expect(hint.split(/(?<=\.) /)).to.have.length(2);
    expect(hint).to.contain('9.9.9').and.contain('corrected numbers');
    $<HTMLInputElement>('input[name="script"][value="jsdelivr"]').click();
    expect($('#cdn-hint').textContent).to.contain('published');
    expect(entryScript().getAttribute('src')).to.equal('https://cdn.jsdelivr.net/npm/heat-widgets@9.9.9/dist/heat-widgets.iife.js');
    $<HTMLInputElement>('input[name="updates"][value="major"]').click();
    const script = entryScript();
    expect(script.getAttribute('src')).to.equal('https://cdn.jsdelivr.net/npm/heat-widgets@9/dist/heat-widgets.iife.js');
    expect(script.hasAttribute('integrity')).to.be.false;
    expect(importMap()).to.equal(undefined);
    $<HTMLInputElement>('input[name="script"][value="unpkg"]').click();
    expect(entryScript().getAttribute('src')).to.equal('https://unpkg.com/heat-widgets@9/dist/heat-widgets.iife.js');
  });

  it('writes a module snippet: the element’s own entry, and the chunks it names in the import map', () => {
    choose('#attr-region', 'us-ca-alameda');
    $<HTMLInputElement>('input[name="format"][value="module"]').click();
    const script = entryScript();
    expect(script.type).to.equal('module');
    expect(script.getAttribute('src')).to.equal(`${siteDist}heat-hotline-list.js`);
    expect(script.getAttribute('integrity')).to.equal('sha384-LISTMODULE');
    expect(script.hasAttribute('defer')).to.be.false;
    expect(importMap()).to.deep.equal({
      [`${siteDist}chunks/es-a1b2c3.js`]: 'sha384-ES',
      [`${siteDist}regions/us-ca.js`]: 'sha384-CA',
      [`${siteDist}regions/us-ca-alameda.js`]: 'sha384-ALAMEDA',
    });
    // An element without an entry of its own loads the one that registers all four.
    choose('#element', 'csec-facts');
    expect(entryScript().getAttribute('src')).to.equal(`${siteDist}heat-widgets.js`);
  });

  it('writes no integrity for a self-hosted copy, and escapes what the partner types', () => {
    $<HTMLInputElement>('input[name="script"][value="self"]').click();
    const url = $<HTMLInputElement>('#self-url');
    url.value = '/js/heat.js"><script>alert(1)</script>';
    url.dispatchEvent(new Event('input'));
    const heading = $<HTMLInputElement>('#attr-heading');
    heading.value = 'Help <b>now</b>';
    heading.dispatchEvent(new Event('input'));
    const doc = snippetDom();
    expect(doc.querySelectorAll('script')).to.have.length(1);
    const script = doc.querySelector('script')!;
    expect(script.getAttribute('src')).to.equal('/js/heat.js"><script>alert(1)</script>');
    expect(script.hasAttribute('integrity')).to.be.false;
    expect(doc.querySelector('heat-hotline-list')!.getAttribute('heading')).to.equal('Help <b>now</b>');
  });
});

describe('configurator: review status of each language', () => {
  it('marks every language not yet fully reviewed by a native speaker, and says so when it is chosen', async () => {
    const options = Array.from(root.querySelectorAll<HTMLOptionElement>('#locale option')).filter((o) => o.value && o.value !== 'en');
    expect(options.length).to.be.greaterThan(3);
    for (const option of options) expect(option.textContent, option.value).to.contain('not yet reviewed by a native speaker');
    // English is the source text: nothing to review.
    expect(root.querySelector('#locale option[value="en"]')!.textContent).not.to.contain('reviewed');
    choose('#locale', 'es');
    await waitUntil(() => root.querySelector('#locale-review'), 'the review warning');
    expect($('#locale-review').textContent).to.contain('0% reviewed');
  });
});

describe('the generated no-JavaScript fallback, read as a reader sees it', () => {
  /** The characters of `el`'s text in the order they appear on screen, left to right, line by line. */
  function visualOrder(el: Element): string {
    return characterBoxes(el)
      .filter(({ box }) => box.width > 0)
      .sort((a, b) => Math.round(a.box.top) - Math.round(b.box.top) || a.box.left - b.box.left)
      .map(({ char }) => char)
      .join('');
  }

  for (const locale of ['ar', 'es', 'vi', 'zh-Hans', '']) {
    for (const region of ['us-ca-stanislaus', 'us-ar', 'us-me']) {
      it(`shows every number left to right in ${locale || 'en'} (${region})`, async () => {
        const snippet = buildSnippet({ tag: 'heat-hotline-list', attributes: [['region', region]], locale, release, script: 'jsdelivr' });
        const host = document.createElement('div');
        // The fallback as a browser without the script shows it: the element is unknown and its content is plain HTML.
        host.innerHTML = snippet.replace(/<script[\s\S]*?<\/script>/, '').replace(/heat-hotline-list/g, 'heat-fallback-test');
        document.body.append(host);
        try {
          const links = Array.from(host.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]'));
          expect(links.length).to.be.greaterThan(3);
          for (const link of links) {
            // The number as the data writes it: what follows the name ("…: 1-888-373-7888", "…: TTY 711 (Maine Relay)").
            const number = link.textContent!.split(': ').pop()!.replace(/^TTY /, '');
            expect(visualOrder(link), `${link.getAttribute('href')} in ${locale || 'en'}`).to.contain(number);
          }
        } finally {
          host.remove();
        }
      });
    }
  }
});
