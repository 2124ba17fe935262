/**
 * Localization as a reader meets it: the page's language, followed live; the overrides; the JS API; Arabic right to
 * left. The locale is page-global, so every test puts the page back to English.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/index.js';
import { setHeatLocale } from '../../src/index.js';
import type { HeatHotlineList } from '../../src/hotline-list/hotline-list.js';
import type { CsecFacts } from '../../src/csec-facts/csec-facts.js';
import type { TipLineBanner } from '../../src/tip-line-banner/tip-line-banner.js';
import type { HeatQuickExit } from '../../src/quick-exit/quick-exit.js';
import { HeatElement } from '../../src/base/heat-element.js';
import { defineElement } from '../../src/base/define.js';
import { bundledData } from '../../src/data/bundled-data.js';
import { pickText } from '../../src/data/localized-text.js';
import { DataTextController } from '../../src/i18n/data-text-controller.js';
import { activeLocale } from '../../src/i18n/localization.js';
import { accessibleLinkNames, hrefs, links, recordWarnings, shadow, visibleText } from './support/helpers.js';
import { regionReady } from './support/helpers.js';
import { STANISLAUS_TEL } from '../fixtures/verified-targets.js';

/** A minimal element that shows one fact, the way a facts element does: text through pickText, fact text on demand. */
class FactProbe extends HeatElement {
  private readonly factsText = new DataTextController(this, 'facts');
  protected override render() {
    const fact = bundledData.facts.find((f) => f.id === 'upenn-at-risk')!;
    void this.factsText;
    return litHtml`<p class="root" dir=${this.textDirection} lang=${this.locale}>
      <span class="statement">${pickText(fact.statement, this.locale)}</span>
      <span class="caveat">${pickText(fact.caveat, this.locale)}</span>
    </p>`;
  }
}
defineElement('test-fact-probe', FactProbe);

const root = document.documentElement;
const heading = (el: Element) => shadow(el).querySelector('[part~="heading"]')!.textContent!.trim();
const names = (el: Element) => Array.from(shadow(el).querySelectorAll('[part~="name"]')).map((n) => n.textContent!.trim());
/** The `lang` that applies to each text node reading exactly `text` (WCAG 3.1.2: what a screen reader speaks it as). */
function languagesOf(el: Element, text: string): (string | null)[] {
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  const found: (string | null)[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent === text) found.push(node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? null);
  }
  return found;
}

async function shown(locale: string, ...elements: HeatElement[]) {
  await waitUntil(() => activeLocale() === locale, `the page never switched to ${locale}`);
  await Promise.all(elements.map((el) => el.updateComplete));
}

afterEach(async () => {
  delete root.dataset.heatLocale;
  root.lang = 'en';
  await setHeatLocale(undefined);
  await shown('en');
});

describe('localization', () => {
  it('an English page starts no ICU: its four elements render without making a single Intl object', async () => {
    // A page's first Intl object costs ICU's start-up (about 20 ms here), so English is written out (src/i18n/format.ts).
    const made: string[] = [];
    const spied = ['DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat', 'PluralRules', 'Locale'] as const;
    const originals = spied.map((name) => [name, Intl[name]] as const);
    const toLocaleString = Number.prototype.toLocaleString;
    for (const [name, original] of originals) {
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
        construct(target, args) {
          made.push(name);
          return Reflect.construct(target, args);
        },
      });
    }
    Number.prototype.toLocaleString = function (this: number, ...args: Parameters<typeof toLocaleString>) {
      made.push('Number.toLocaleString');
      return toLocaleString.apply(this, args);
    };
    try {
      const page = await fixture(
        html`<div>
          <heat-quick-exit></heat-quick-exit><heat-hotline-list region="us-ca-stanislaus"></heat-hotline-list>
          <csec-facts region="us-ca-alameda"></csec-facts><tip-line-banner></tip-line-banner>
        </div>`,
      );
      const elements = Array.from(page.children) as HeatElement[];
      await Promise.all(elements.map((el) => regionReady(el)));
      expect(elements.every((el) => shadow(el).textContent!.trim().length > 0)).to.equal(true);
      // The dates and language lists are there, in English.
      expect(visibleText(shadow(elements[1]).querySelector('.root')!)).to.contain('verified November 24, 2026');
      expect(visibleText(shadow(elements[1]).querySelector('.root')!)).to.contain('Languages: English and Spanish');
      expect(made).to.deep.equal([]);
    } finally {
      for (const [name, original] of originals) (Intl as unknown as Record<string, unknown>)[name] = original;
      Number.prototype.toLocaleString = toLocaleString;
    }
  });

  it('follows the last lang when the page changes it again while a locale is still loading', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
    // Vietnamese is not loaded yet in this page: its chunk is still on its way when the page goes back to English.
    root.lang = 'vi';
    await new Promise((resolve) => setTimeout(resolve));
    root.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await el.updateComplete;
    expect(activeLocale()).to.equal('en');
    expect(heading(el)).to.equal('Get help');
  });

  it('<html lang="es"> shows Spanish interface and Spanish data text, with every number unchanged', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus"></heat-hotline-list>`);
    root.lang = 'es';
    await shown('es', el);
    expect(heading(el)).to.equal('Pedir ayuda');
    expect(names(el)).to.include('Línea Directa Nacional contra la Trata de Personas');
    expect(names(el)[0]).to.equal('Servicios de emergencia');
    expect(hrefs(el, 'tel:')).to.deep.equal(STANISLAUS_TEL);
    const call = links(el).find((a) => a.getAttribute('href') === 'tel:+18883737888')!;
    expect(visibleText(call)).to.equal('Llamar al 1-888-373-7888');
    const nhth = Array.from(shadow(el).querySelectorAll('[part~="item"]')).find((i) => i.textContent!.includes('Trata de Personas'))!;
    expect(visibleText(nhth)).to.contain('Abierto 24/7');
    expect(visibleText(nhth)).to.contain('Idiomas: inglés y español');
    expect(visibleText(nhth)).to.contain('más de 200 idiomas');
    expect(visibleText(nhth)).to.contain('marque primero el 711');
    expect(visibleText(nhth)).to.contain('verificado el 24 de noviembre de 2026');
    expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('switches every element back to English when the page changes lang, without a reload', async () => {
    const first = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
    const second = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-alameda"></heat-hotline-list>`);
    // The county's own lines load on demand: wait for them, so the test reads them in both languages.
    await regionReady(second);
    root.lang = 'es-MX';
    await shown('es', first, second);
    expect([heading(first), heading(second)]).to.deep.equal(['Pedir ayuda', 'Pedir ayuda']);
    root.lang = 'en';
    await shown('en', first, second);
    expect([heading(first), heading(second)]).to.deep.equal(['Get help', 'Get help']);
    expect(names(second)).to.include('Alameda County H.E.A.T. Watch Tip Line');
    expect(visibleText(shadow(first).querySelector('.root')!)).not.to.contain('Llamar');
  });

  it('data-heat-locale on <html> wins over a lang that a translation tool rewrites', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
    root.dataset.heatLocale = 'es';
    await shown('es', el);
    root.lang = 'qaa'; // what a page translator does to <html lang> (qaa: reserved for local use, never a locale we ship)
    await el.updateComplete;
    expect(activeLocale()).to.equal('es');
    expect(heading(el)).to.equal('Pedir ayuda');
    delete root.dataset.heatLocale;
    await shown('en', el); // back to following lang, and qaa is not a locale anyone ships
    expect(heading(el)).to.equal('Get help');
  });

  it('setHeatLocale() pins the locale until it is given undefined', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
    await setHeatLocale('es');
    await el.updateComplete;
    expect(heading(el)).to.equal('Pedir ayuda');
    root.lang = 'ar';
    await el.updateComplete;
    expect(activeLocale()).to.equal('es');
    await setHeatLocale(undefined);
    await shown('ar', el);
    expect(heading(el)).to.equal('احصل على المساعدة');
  });

  it('an unknown locale means English, with no error and no warning', async () => {
    const warnings = recordWarnings();
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
      root.lang = 'xx-Unknown';
      await setHeatLocale('tlh');
      await el.updateComplete;
      expect(activeLocale()).to.equal('en');
      expect(heading(el)).to.equal('Get help');
      expect(warnings.messages).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('loads fact text on demand for an element that shows facts, numbers unchanged', async () => {
    const probe = await fixture<FactProbe>(html`<test-fact-probe></test-fact-probe>`);
    root.lang = 'es';
    await shown('es', probe);
    const statement = () => shadow(probe).querySelector('.statement')!.textContent!;
    await waitUntil(() => statement().startsWith('Cada año'), 'the Spanish fact text never arrived');
    // Figures the way each language's readers cannot misread them: Spanish groups with a narrow no-break space
    // (RAE; "." or "," would read as a decimal to some Spanish readers), Vietnamese with ".", Arabic as English.
    expect(statement()).to.contain('entre 244\u202f000 y 325\u202f000 niños');
    expect(shadow(probe).querySelector('.caveat')!.textContent).to.contain('no a las víctimas');
    root.lang = 'vi';
    await shown('vi', probe);
    await waitUntil(() => statement().startsWith('Mỗi năm'), 'the Vietnamese fact text never arrived');
    expect(statement()).to.contain('từ 244.000 đến 325.000 trẻ em');
    expect(statement()).not.to.match(/\d,\d{3}/);
    root.lang = 'ar';
    await shown('ar', probe);
    await waitUntil(() => statement().includes('يتعرض'), 'the Arabic fact text never arrived');
    expect(statement()).to.contain('244,000');
    expect(statement()).to.contain('325,000');
  });

  it('ar renders right to left and mirrored, with numbers and phone links left to right, and passes axe', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us-ca-stanislaus"></heat-hotline-list>`);
    root.lang = 'ar';
    await shown('ar', el);
    const base = shadow(el).querySelector<HTMLElement>('.root')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    // The emergency accent border sits at the start of the line: the right in Arabic.
    const emergency = shadow(el).querySelector<HTMLElement>('[part~="item-emergency"]')!;
    expect(getComputedStyle(emergency).borderRightWidth).to.equal('6px');
    expect(getComputedStyle(emergency).borderLeftWidth).to.equal('1px');
    expect(names(el)[0]).to.equal('خدمات الطوارئ');
    expect(hrefs(el, 'tel:')).to.deep.equal(STANISLAUS_TEL);
    const call = links(el).find((a) => a.getAttribute('href') === 'tel:+18883737888')!;
    // Listings use content-visibility: auto: bring this one on screen before measuring it or reading its name.
    call.scrollIntoView();
    const number = call.querySelector<HTMLElement>('.ltr')!;
    expect(number.textContent).to.equal('1-888-373-7888');
    expect(number.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(number).direction).to.equal('ltr');
    // Start of the label (Arabic) is on the right, the number to its left.
    const label = call.getBoundingClientRect();
    expect(number.getBoundingClientRect().right).to.be.lessThan(label.right - 10);
    const name = 'اتصل على 1-888-373-7888 (الخط الساخن الوطني لمكافحة الاتجار بالبشر)';
    await waitUntil(async () => (await accessibleLinkNames()).includes(name), `no link named "${name}"`);
    expect(visibleText(base)).to.contain('متاح 24/7');
    await expect(el).to.be.accessible();
  });

  it('zh-CN shows Simplified Chinese and vi shows Vietnamese, numbers unchanged', async () => {
    const el = await fixture<HeatHotlineList>(html`<heat-hotline-list region="us"></heat-hotline-list>`);
    root.lang = 'zh-CN';
    await shown('zh-Hans', el);
    expect(heading(el)).to.equal('获取帮助');
    expect(names(el)).to.include('全国人口贩运热线');
    root.lang = 'vi';
    await shown('vi', el);
    expect(heading(el)).to.equal('Tìm trợ giúp');
    const call = links(el).find((a) => a.getAttribute('href') === 'tel:+18883737888')!;
    expect(visibleText(call)).to.equal('Gọi 1-888-373-7888');
    await expect(el).to.be.accessible();
  });

  it('<csec-facts> and <tip-line-banner> in Spanish: interface, statements, list items and caveats, figures unchanged', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <csec-facts region="us-ca-alameda"></csec-facts>
      <tip-line-banner dismissible></tip-line-banner>
    </div>`);
    const facts = wrapper.querySelector<CsecFacts>('csec-facts')!;
    await regionReady(facts);
    const banner = wrapper.querySelector<TipLineBanner>('tip-line-banner')!;
    const englishFigures = Array.from(shadow(facts).querySelectorAll('.ltr')).map((n) => n.textContent);
    root.lang = 'es';
    await shown('es', facts, banner);
    const factsText = () => visibleText(shadow(facts).querySelector('.root')!);
    await waitUntil(() => factsText().includes('Tiene tres formas principales:'), 'the Spanish fact text never arrived');
    expect(heading(facts)).to.equal('Datos sobre la explotación sexual infantil');
    expect(factsText()).to.contain('Trata con fines sexuales');
    expect(factsText()).to.contain('Estimación en disputa');
    // visibleText folds white space, the figures' narrow no-break spaces included.
    expect(factsText()).to.contain('entre 244 000 y 325 000 niños');
    // The same figures, grouped the Spanish way (a narrow no-break space), digit for digit.
    const spanishFigures = englishFigures.map((text) => text!.replace(/(\d),(?=\d{3})/g, '$1\u202f'));
    expect(spanishFigures.some((text, i) => text !== englishFigures[i])).to.equal(true);
    expect(Array.from(shadow(facts).querySelectorAll('.ltr')).map((n) => n.textContent)).to.deep.equal(spanishFigures);
    const bannerText = visibleText(shadow(banner).querySelector('.root')!);
    expect(bannerText).to.contain('¿En peligro inmediato?');
    expect(bannerText).to.contain('Llamar al 911');
    expect(hrefs(banner, 'tel:')).to.include('tel:911');
    await expect(wrapper).to.be.accessible();
  });

  it('<csec-facts> in Vietnamese writes its figures the Vietnamese way: "100.000", "3,5%", never "100,000"', async () => {
    const facts = await fixture<CsecFacts>(html`<csec-facts region="us" scope="national"></csec-facts>`);
    const figures = () => Array.from(shadow(facts).querySelectorAll('.figure, .value')).map((n) => n.textContent!.replace(/\s+/g, ''));
    expect(figures()).to.include('100,000');
    root.lang = 'vi';
    await shown('vi', facts);
    await waitUntil(() => figures().includes('100.000'), `figures in Vietnamese: ${figures().join(' | ')}`);
    expect(figures()).to.include('3,5%');
    expect(figures().filter((text) => /\d,\d{3}/.test(text))).to.deep.equal([]);
    await expect(facts).to.be.accessible();
  });

  it('<csec-facts> and <tip-line-banner> in Arabic: right to left, Arabic text, axe-clean', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <csec-facts region="us-ca-alameda"></csec-facts>
      <tip-line-banner dismissible></tip-line-banner>
    </div>`);
    const facts = wrapper.querySelector<CsecFacts>('csec-facts')!;
    await regionReady(facts);
    const banner = wrapper.querySelector<TipLineBanner>('tip-line-banner')!;
    root.lang = 'ar';
    await shown('ar', facts, banner);
    const factsText = () => visibleText(shadow(facts).querySelector('.root')!);
    await waitUntil(() => factsText().includes('له ثلاثة أشكال رئيسية:'), 'the Arabic fact text never arrived');
    for (const el of [facts, banner]) expect(shadow(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(heading(facts)).to.equal('حقائق عن الاستغلال الجنسي للأطفال');
    expect(visibleText(shadow(banner).querySelector('.root')!)).to.contain('في خطر مباشر؟');
    await expect(wrapper).to.be.accessible();
  });

  it('<heat-quick-exit> follows the locale: Spanish, then Arabic right to left, axe-clean', async () => {
    const el = await fixture<HeatQuickExit>(html`<heat-quick-exit href="https://example.org/weather"></heat-quick-exit>`);
    const label = () => shadow(el).querySelector('[part~="label"]')!.textContent!.trim();
    const hint = () => shadow(el).querySelector('[part~="hint"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const englishHint = hint();
    root.lang = 'es';
    await shown('es', el);
    expect(label()).to.equal('Salir de esta página');
    expect(hint()).to.match(/^o pulse Shift \S+ veces$/);
    // The number of presses is data, the same in every language.
    expect(hint().match(/\d+/g)).to.deep.equal(englishHint.match(/\d+/g));
    root.lang = 'ar';
    await shown('ar', el);
    expect(label()).to.equal('الخروج من هذه الصفحة');
    expect(shadow(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(shadow(el).querySelector('a')!.getAttribute('href')).to.equal('https://example.org/weather');
    await expect(el).to.be.accessible();
  });

  it('partner text follows the locale too, falling back to English where the partner gave none', async () => {
    const el = await fixture<HeatHotlineList>(
      html`<heat-hotline-list region="us-ca-stanislaus" topics="support" src="/test-data/valid.json"></heat-hotline-list>`,
    );
    await waitUntil(() => names(el).includes('Partner Youth Line'), 'partner data never showed');
    root.lang = 'es';
    await shown('es', el);
    expect(names(el)).to.include('Línea juvenil del socio');
    expect(languagesOf(el, 'Línea juvenil del socio')).to.deep.equal(['es', 'es']);
    root.lang = 'ar';
    await shown('ar', el);
    expect(names(el)).to.include('Partner Youth Line');
    // The English fallback says it is English (heading and the link's hidden suffix), so a screen reader switches
    // voice inside the Arabic panel; translated text stays in the panel's language.
    expect(languagesOf(el, 'Partner Youth Line')).to.deep.equal(['en', 'en']);
    expect(languagesOf(el, "A partner's own line, for tests.")).to.deep.equal(['en']);
    // And its own direction inside the right-to-left panel.
    const fallback = Array.from(shadow(el).querySelectorAll('[part~="description"] [lang="en"]'));
    expect(fallback.map((span) => span.getAttribute('dir'))).to.deep.equal(['ltr']);
    const translated = pickText(bundledData.resources.find((r) => r.id === 'emergency')!.description, 'ar');
    expect(translated).not.to.equal(bundledData.resources.find((r) => r.id === 'emergency')!.description.en);
    expect(languagesOf(el, translated)).to.deep.equal(['ar']);
    await expect(el).to.be.accessible();
  });
});
