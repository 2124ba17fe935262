import { expect, fixture, html } from '@open-wc/testing';
import { DATA_CHECKED } from '../../src/data/data-controller.js';
import '../../src/hotline-list/register.js';

/** Runs `make` with the clock at `days` after DATA_CHECKED, returning the console warnings it caused. */
async function warningsAt(days: number, make: () => Promise<unknown>): Promise<string[]> {
  const realNow = Date.now;
  const realWarn = console.warn;
  const warnings: string[] = [];
  Date.now = () => Date.parse(DATA_CHECKED) + days * 864e5;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await make();
  } finally {
    Date.now = realNow;
    console.warn = realWarn;
  }
  return warnings.filter((w) => w.includes('last checked'));
}

describe('a copy whose bundled data is more than a year old', () => {
  // In this order: the warning is once per page, so the quiet case must run first.
  it('says nothing while the data is less than a year old', async () => {
    expect(await warningsAt(364, () => fixture(html`<heat-hotline-list></heat-hotline-list>`))).to.deep.equal([]);
  });

  it('warns once, naming the date and where corrections are, however many elements', async () => {
    const warnings = await warningsAt(366, () =>
      fixture(html`<div><heat-hotline-list></heat-hotline-list><heat-hotline-list region="us-tx"></heat-hotline-list></div>`),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(DATA_CHECKED);
    expect(warnings[0]).to.contain('current major version');
  });
});
