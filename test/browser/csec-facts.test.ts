import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia } from './support/media.js';
import '../../src/index.js';
import type { CsecFacts } from '../../src/csec-facts/csec-facts.js';
import { bundledData } from '../../src/data/bundled-data.js';
import { clearDataCache } from '../../src/data/loader.js';
import type { Fact } from '../../src/data/types.js';
import { characterBoxes, expectIdleStatusTakesNoRoom, hrefs, links, recordWarnings, regionReady, shadow, visibleText, waitForEvent } from './support/helpers.js';

const blocks = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLElement>('[part~="fact"]'));
const statements = (el: Element) => Array.from(shadow(el).querySelectorAll('[part~="statement"]')).map((s) => visibleText(s));
const scopeHeadings = (el: Element) => Array.from(shadow(el).querySelectorAll('[part~="scope-heading"]')).map((h) => h.textContent?.trim());
/** The block a fact is shown in: its statement, or its row in the profile chart. */
const blockOf = (el: Element, fact: Fact) =>
  blocks(el).find((b) => {
    const statement = b.querySelector('[part~="statement"]');
    if (statement && visibleText(statement) === fact.statement.en) return true;
    return Array.from(b.querySelectorAll('tbody th')).some((th) => {
      const label = th.cloneNode(true) as Element;
      label.querySelector('[part="caveat"]')?.remove();
      return visibleText(label) === (fact.label ?? fact.statement).en;
    });
  });
const isShown = (node: Element) => node.checkVisibility();

afterEach(async () => {
  clearDataCache();
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
});

describe('<csec-facts>', () => {
  it('shows definitions, then national figures, for the United States by default', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts></csec-facts>`);
    expect(scopeHeadings(el)).to.deep.equal(['What it is', 'Nationwide']);
    expect(statements(el)[0]).to.contain('commercial sexual exploitation of children (CSEC)');
    expect(visibleText(shadow(el).querySelector('.root')!)).not.to.contain('Alameda County were identified');
    await expect(el).to.be.accessible();
  });

  it('keeps its idle status live region in the page, taking no room', async () => {
    expectIdleStatusTakesNoRoom(await fixture<CsecFacts>(html`<csec-facts></csec-facts>`));
  });

  it('orders scopes definitions, national, state, local however the attribute lists them, and never shuffles', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca-alameda" scope="local state definitions"></csec-facts>`);
    await regionReady(el);
    expect(scopeHeadings(el)).to.deep.equal(['What it is', 'Statewide', 'Locally']);
    const first = statements(el);
    el.requestUpdate();
    await el.updateComplete;
    const again = await fixture<CsecFacts>(html`<csec-facts region="us-ca-alameda" scope="state definitions local"></csec-facts>`);
    await regionReady(again);
    expect(statements(el)).to.deep.equal(first);
    expect(statements(again)).to.deep.equal(first);
  });

  it('shows every shippable fact for Alameda County, each in a block with a sourced citation', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca-alameda"></csec-facts>`);
    await regionReady(el);
    const shipped = bundledData.facts.filter((f) => f.region === 'us' || f.region === 'us-ca' || f.region === 'us-ca-alameda');
    expect(shipped.length).to.be.greaterThan(25);
    for (const fact of shipped) {
      const block = blockOf(el, fact);
      expect(block, fact.id).to.exist;
      const citations = Array.from(block!.querySelectorAll('[part="sources"] [part="source"]'));
      expect(citations.map((c) => visibleText(c)).join(' '), fact.id).to.contain(fact.source.title);
      expect(visibleText(block!.querySelector('summary')!), fact.id).to.contain('Source');
    }
    // The one fact the content marks unverified ships nowhere.
    expect(visibleText(shadow(el).querySelector('.root')!)).not.to.match(/life expectancy|groomed/i);
    await expect(el).to.be.accessible();
  });

  it('shows the caveat of every disputed figure in the same block, visible with the sources closed', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca-alameda"></csec-facts>`);
    await regionReady(el);
    const disputed = bundledData.facts.filter((f) => f.confidence === 'disputed');
    expect(disputed.length).to.be.at.least(4);
    for (const fact of disputed) {
      const block = blockOf(el, fact)!;
      expect(block.getAttribute('part'), fact.id).to.contain('fact-disputed');
      const caveat = block.querySelector('[part="caveat"]')!;
      expect(caveat, fact.id).to.exist;
      expect(caveat.textContent!.trim()).to.equal(fact.caveat!.en);
      expect(caveat.closest('details'), `${fact.id}: caveat never collapsed`).to.equal(null);
      expect(isShown(caveat), fact.id).to.equal(true);
    }
    // Caveats the content gives for other figures ("2001 estimate", "FBI list as cited in 2013") show too.
    for (const fact of bundledData.facts.filter((f) => f.caveat && f.region !== 'us-ca-stanislaus')) {
      expect(visibleText(blockOf(el, fact)!), fact.id).to.contain(fact.caveat!.en);
    }
  });

  it('shows each figure large, as written in the data', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts scope="national"></csec-facts>`);
    const figures = Array.from(shadow(el).querySelectorAll('[part="figure"]')).map((f) => f.textContent!.replace(/[\s\u2060]+/g, ''));
    // In order of strength of evidence: the confirmed figure first, the disputed ones last.
    const rank = { confirmed: 0, seed: 1, disputed: 2 };
    const national = bundledData.facts.filter((f) => f.scope === 'national' && f.figure);
    const ordered = [...national].sort((a, b) => rank[a.confidence] - rank[b.confidence]);
    expect(figures).to.deep.equal(ordered.map((f) => f.figure!.replace(/\s+/g, '').replace(/(\d)-(?=[\d$])/g, '$1–')));
    expect(figures[0]).to.equal('3.5%');
    const figure = shadow(el).querySelector('[part="figure"]')!;
    const statement = shadow(el).querySelector('[part="statement"]')!;
    expect(parseFloat(getComputedStyle(figure).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(statement).fontSize) * 1.5);
  });

  it('presents definitions as words: the forms and the OJJDP activities are real lists, with no figure', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts scope="definitions"></csec-facts>`);
    expect(shadow(el).querySelector('[part="figure"]')).to.equal(null);
    const lists = Array.from(shadow(el).querySelectorAll('ul[part="items"]')).map((ul) =>
      Array.from(ul.querySelectorAll('li')).map((li) => li.textContent!.trim()),
    );
    expect(lists).to.deep.equal([
      ['Sexual exploitation of children in prostitution', 'Child sexual abuse material', 'Trafficking for sexual purposes'],
      ['Sexual exploitation of children in travel and tourism', 'Child marriage', 'Forced marriage'],
      [
        'Trafficking for sexual purposes',
        'Sexual exploitation in prostitution',
        'Sexual exploitation in travel and tourism',
        'The mail-order bride trade and early marriage',
        'Child sexual abuse material',
        'Stripping',
        'Performing in sexual venues such as peep shows or clubs',
      ],
    ]);
    expect(scopeHeadings(el), 'one scope needs no scope heading').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('draws the Alameda profile as a table of bars: labels as row headers, percentages as text, widths from the data', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca-alameda" scope="local"></csec-facts>`);
    await regionReady(el);
    const table = shadow(el).querySelector('table[part="chart"]')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Of these 518 young people');
    const bars = bundledData.facts.filter((f) => f.group === 'profile' && f.figure!.endsWith('%'));
    expect(bars).to.have.length(6);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.querySelector('th[scope="row"]')!.textContent!.trim())).to.deep.equal(bars.map((f) => f.label!.en));
    expect(rows.map((r) => r.querySelector('td')!.textContent!.trim())).to.deep.equal(bars.map((f) => f.figure));
    rows.forEach((row, i) => {
      const svg = row.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      const fill = svg.querySelector('.fill')!.getBoundingClientRect().width;
      const track = svg.getBoundingClientRect().width;
      expect(fill / track, bars[i].id).to.be.closeTo(parseFloat(bars[i].figure!) / 100, 0.01);
    });
    // One block: the 518 lead, the chart and one source disclosure.
    const profile = table.closest('[part~="fact"]')!;
    expect(profile.getAttribute('part')).to.contain('profile');
    expect(visibleText(profile.querySelector('[part="figure"]')!)).to.equal('518');
    expect(profile.querySelectorAll('details')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('grows bars from the start edge: the left in English', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca-alameda" scope="local"></csec-facts>`);
    await regionReady(el);
    const svg = shadow(el).querySelector('svg.bar')!;
    const fill = svg.querySelector('.fill')!.getBoundingClientRect();
    expect(Math.round(fill.left)).to.equal(Math.round(svg.getBoundingClientRect().left));
    // Mirrored where the text runs right to left.
    shadow(el).querySelector('.root')!.setAttribute('dir', 'rtl');
    const mirrored = svg.querySelector('.fill')!.getBoundingClientRect();
    expect(Math.round(mirrored.right)).to.equal(Math.round(svg.getBoundingClientRect().right));
  });

  it('collapses sources under a native <details>, open with show-sources, and cites with a safe link', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts scope="national"></csec-facts>`);
    const details = Array.from(shadow(el).querySelectorAll('details'));
    expect(details.length).to.equal(blocks(el).length);
    expect(details.every((d) => !d.open)).to.equal(true);
    const edwards = details.find((d) => d.textContent!.includes('Sexually Transmitted Infections'))!;
    const link = edwards.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://doi.org/10.1136/sti.2006.020693');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(visibleText(edwards)).to.contain('2006');
    for (const a of links(el)) {
      expect(a.getAttribute('href')).to.match(/^https:\/\//);
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    // One source is a sentence in the disclosure, not a list of one.
    for (const d of details) {
      expect(d.querySelectorAll('[part="source"]')).to.have.length(1);
      expect(d.querySelector('ul, ol')).to.equal(null);
    }
    // A source without a URL is cited without a link.
    const npr = details.find((d) => d.querySelector('summary')!.textContent!.includes('NPR'))!;
    expect(npr.querySelector('a')).to.equal(null);
    expect(npr.querySelector('cite')!.textContent).to.equal('NPR');

    const open = await fixture<CsecFacts>(html`<csec-facts scope="national" show-sources></csec-facts>`);
    const openDetails = Array.from(shadow(open).querySelectorAll('details'));
    expect(openDetails.every((d) => d.open)).to.equal(true);
    expect(isShown(openDetails[0].querySelector('[part="source"]')!)).to.equal(true);
    await expect(open).to.be.accessible();
  });

  it('opens and closes a source with Enter and Space', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts scope="definitions" limit="1"></csec-facts>`);
    const details = shadow(el).querySelector('details')!;
    const citation = details.querySelector('[part="source"]')!;
    // The first Tab stop is the summary: no link comes before it.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.localName).to.equal('summary');
    expect(isShown(citation)).to.equal(false);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(isShown(citation)).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(details.open).to.equal(false);
    await sendKeys({ press: 'Space' });
    expect(details.open).to.equal(true);
    // The citation's link comes next in the tab order.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement === details.querySelector('a'), 'focus on the citation link').to.equal(true);
  });

  it('caps the number of facts with limit, counting the profile chart as one', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts scope="national" limit="3"></csec-facts>`);
    expect(blocks(el)).to.have.length(3);
    // The strongest evidence first: a limit never keeps a disputed figure over a confirmed one.
    expect(statements(el)[0]).to.contain('3.5%');
    expect(statements(el).join(' ')).not.to.contain('100,000');
    const local = await fixture<CsecFacts>(html`<csec-facts region="us-ca-alameda" scope="local" limit="3"></csec-facts>`);
    await regionReady(local);
    expect(blocks(local)).to.have.length(3);
    expect(blocks(local)[2].querySelector('table')).to.exist;
    el.limit = 0;
    await el.updateComplete;
    expect(blocks(el).length).to.equal(bundledData.facts.filter((f) => f.scope === 'national').length);
  });

  it('takes state and local facts from the region and its parents, never another county', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca-stanislaus" scope="state local"></csec-facts>`);
    await regionReady(el);
    const text = visibleText(shadow(el).querySelector('.root')!);
    expect(text).to.contain('SB 855');
    expect(text).not.to.contain('Oakland');
    expect(scopeHeadings(el)).to.deep.equal([]);
    const none = await fixture<CsecFacts>(html`<csec-facts region="us" scope="local"></csec-facts>`);
    expect(visibleText(shadow(none).querySelector('.root')!)).to.contain('No facts match this selection.');
    await expect(none).to.be.accessible();
  });

  it('takes a heading and its level from the host page', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca" heading="What we know" heading-level="3"></csec-facts>`);
    await regionReady(el);
    expect(shadow(el).querySelector('h3')!.textContent).to.equal('What we know');
    expect(Array.from(shadow(el).querySelectorAll('h4')).map((h) => h.textContent)).to.deep.equal(['What it is', 'Nationwide', 'Statewide']);
    await expect(el).to.be.accessible();
  });

  it('wraps a range only after its dash or slash, never inside a number, at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca" scope="national state"></csec-facts>`);
    await regionReady(el);
    /** The figure's text, line by line as the browser laid it out (characters grouped by their line box). */
    const lines = (figure: Element) => {
      const rows = new Map<number, string>();
      for (const { char, box } of characterBoxes(figure)) rows.set(Math.round(box.top), (rows.get(Math.round(box.top)) ?? '') + char);
      return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text.replace(/\u2060/g, '').trim());
    };
    const figures = Array.from(shadow(el).querySelectorAll('[part="figure"]'));
    const wrapped = figures.map(lines).filter((l) => l.length > 1);
    // At 320 px a long range does wrap: the test sees a real line break.
    expect(wrapped.map((l) => l.join(' | '))).to.include('$150,000– | $200,000');
    for (const figureLines of figures.map(lines)) {
      // Every line but the last ends at a separator, which stays visible on the first line.
      for (const line of figureLines.slice(0, -1)) expect(line, figureLines.join(' | ')).to.match(/[–/]$/);
      expect(figureLines.join(''), 'the typographic dash, never a hyphen between numbers').not.to.match(/\d-\d/);
    }
  });

  for (const width of [320, 1280]) {
    it(`is accessible in light, dark and forced colors at ${width} px, and never scrolls sideways`, async () => {
      await setViewport({ width, height: 800 });
      const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca-alameda" theme="light" show-sources></csec-facts>`);
      await regionReady(el);
      const root = shadow(el).querySelector('.root')!;
      const light = getComputedStyle(root).backgroundColor;
      await expect(el).to.be.accessible();
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(root).backgroundColor).not.to.equal(light);
      await expect(el).to.be.accessible();
      el.theme = 'auto';
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
      await el.updateComplete;
      expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
      // The chart's bars take the system text colour, as every other mark on the page does.
      const fill = getComputedStyle(shadow(el).querySelector('.fill')!).fill;
      expect(fill).to.equal(getComputedStyle(root).color);
      await expect(el).to.be.accessible();
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    });
  }
});

describe('<csec-facts src>', () => {
  it('shows partner facts, leaving out one without a source and a disputed one without its caveat', async () => {
    const warnings = recordWarnings();
    try {
      const el = await fixture<CsecFacts>(html`<csec-facts scope="national" src="/test-data/facts-partner.json"></csec-facts>`);
      const loaded = await waitForEvent(el, 'heat-data-load');
      await el.updateComplete;
      expect(loaded.detail.dropped).to.equal(2);
      expect(statements(el)).to.deep.equal(['A partner figure, for tests: 42% of something.']);
      const block = blocks(el)[0];
      expect(visibleText(block.querySelector('[part="caveat"]')!)).to.equal('A partner caveat, for tests.');
      expect(visibleText(block.querySelector('summary')!)).to.equal('Source: Example County');
      expect(hrefs(el)).to.deep.equal(['https://example.org/report']);
      expect(visibleText(shadow(el).querySelector('.root')!)).not.to.contain('without');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('cites a profile with two sources as a list, and keeps a disputed bar’s caveat in its row', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts scope="local" src="/test-data/facts-profile-two-sources.json"></csec-facts>`);
    await waitForEvent(el, 'heat-data-load');
    await el.updateComplete;
    const profile = blocks(el)[0];
    expect(profile.getAttribute('part')).to.contain('fact-disputed');
    expect(profile.querySelector('caption')!.textContent!.trim()).to.equal('Of these 200 young people');
    expect(visibleText(profile.querySelector('summary')!)).to.equal('Sources');
    const citations = Array.from(profile.querySelectorAll('details ul > li[part="source"]')).map((c) => visibleText(c));
    expect(citations).to.deep.equal(['County youth survey, Example County, 2025', 'State youth report, Example State, 2024']);
    const rowB = Array.from(profile.querySelectorAll('tbody tr')).find((r) => r.textContent!.includes('Partner bar B'))!;
    expect(visibleText(rowB.querySelector('[part="caveat"]')!)).to.equal('Partner bar caveat.');
    expect(isShown(rowB.querySelector('[part="caveat"]')!)).to.equal(true);
    const fill = rowB.querySelector('.fill')!.getBoundingClientRect().width / rowB.querySelector('svg')!.getBoundingClientRect().width;
    expect(fill).to.be.closeTo(0.125, 0.01);
    await expect(el).to.be.accessible();
  });

  it('keeps the bundled facts when partner facts say nothing for this region', async () => {
    const el = await fixture<CsecFacts>(html`<csec-facts scope="national" src="/test-data/facts-elsewhere.json"></csec-facts>`);
    await waitForEvent(el, 'heat-data-load');
    await el.updateComplete;
    expect(statements(el)[0]).to.contain('3.5%');
  });

  for (const [src, reason] of [
    ['/test-data/not-found.json', 'http'],
    ['/test-data/malformed.json', 'not-json'],
    ['/test-data/invalid.json', 'invalid'],
    ['javascript:alert(1)', 'bad-url'],
  ]) {
    it(`never blanks when src fails (${reason})`, async () => {
      const warnings = recordWarnings();
      try {
        const el = await fixture<CsecFacts>(html`<csec-facts region="us-ca-alameda" src=${src}></csec-facts>`);
        await regionReady(el);
        const before = statements(el);
        expect(before.length).to.be.greaterThan(20);
        const event = await waitForEvent(el, 'heat-data-error');
        expect(event.detail.reason).to.equal(reason);
        await el.updateComplete;
        expect(statements(el)).to.deep.equal(before);
        expect(shadow(el).querySelector('[part="status"]')!.textContent!.trim()).to.equal('');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
