import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled-data.js';
import { FACT_SCOPES, blockFacts, citedSources, factBlocks, limitBlocks, parseScopes, percentOf, selectFacts } from '../../src/data/facts.js';
import type { Fact } from '../../src/data/types.js';

const source = { title: 'T', publisher: 'P' };
const fact = (id: string, scope: Fact['scope'], region: string, extra: Partial<Fact> = {}): Fact => ({
  id,
  scope,
  region,
  group: scope,
  statement: { en: id },
  source,
  confidence: 'seed',
  ...extra,
});

describe('parseScopes', () => {
  it('keeps known scopes in reading order, whatever order they are written in', () => {
    expect(parseScopes('local  DEFINITIONS state')).toEqual(['definitions', 'state', 'local']);
  });
  it('means every scope when empty or when nothing is known', () => {
    expect(parseScopes(undefined)).toEqual(FACT_SCOPES);
    expect(parseScopes('')).toEqual(FACT_SCOPES);
    expect(parseScopes('global trivia')).toEqual(FACT_SCOPES);
  });
});

describe('selectFacts', () => {
  const facts = [
    fact('local-a', 'local', 'us-ca-alameda'),
    fact('nat-a', 'national', 'us'),
    fact('state-a', 'state', 'us-ca'),
    fact('def-a', 'definitions', 'us'),
    fact('nat-b', 'national', 'us'),
    fact('other-county', 'local', 'us-ca-stanislaus'),
    fact('other-state', 'state', 'us-ny'),
    fact('def-b', 'definitions', 'us'),
  ];

  it('orders definitions, national, state, local, and keeps data order within a scope', () => {
    expect(selectFacts(facts, FACT_SCOPES, 'us-ca-alameda').map((f) => f.id)).toEqual([
      'def-a',
      'def-b',
      'nat-a',
      'nat-b',
      'state-a',
      'local-a',
    ]);
  });

  it('leads each scope with its strongest evidence: confirmed, then seed, then disputed', () => {
    const ranked = [
      { ...fact('disputed', 'national', 'us'), confidence: 'disputed' as const },
      { ...fact('seed', 'national', 'us'), confidence: 'seed' as const },
      { ...fact('confirmed', 'national', 'us'), confidence: 'confirmed' as const },
    ];
    expect(selectFacts(ranked, FACT_SCOPES, 'us').map((f) => f.id)).toEqual(['confirmed', 'seed', 'disputed']);
  });

  it('never opens a panel with a disputed figure, in any scope of the bundled facts', () => {
    for (const scope of FACT_SCOPES) {
      for (const region of ['us', 'us-ca', 'us-ca-alameda']) {
        const selected = selectFacts(bundledData.facts, [scope], region);
        if (selected.some((f) => f.confidence !== 'disputed')) expect(selected[0].confidence, `${scope} ${region}`).not.toBe('disputed');
      }
    }
    // The national panel used to open with "100,000", a figure no published study supports.
    expect(selectFacts(bundledData.facts, ['national'], 'us')[0].id).not.toBe('polaris-100k');
  });

  it('cites a source’s own year only: a page without a date shows none, whatever year the fact has', () => {
    const sb855 = bundledData.facts.find((f) => f.id === 'sb-855')!;
    expect(sb855.year).toBe(2014);
    expect(citedSources([sb855])[0].year).toBeUndefined();
    const edwards = bundledData.facts.find((f) => f.id === 'exchanged-sex')!;
    expect(citedSources([edwards])[0].year).toBe(2006);
  });

  it('takes a region’s own facts and its parents’, never a sibling’s or a child’s', () => {
    expect(selectFacts(facts, ['state', 'local'], 'us-ca').map((f) => f.id)).toEqual(['state-a']);
    expect(selectFacts(facts, ['local'], 'us-ca-stanislaus').map((f) => f.id)).toEqual(['other-county']);
    expect(selectFacts(facts, ['state', 'local'], 'us')).toEqual([]);
  });

  it('is stable: the same input always gives the same order', () => {
    const once = selectFacts(bundledData.facts, FACT_SCOPES, 'us-ca-alameda').map((f) => f.id);
    for (let i = 0; i < 5; i++) expect(selectFacts(bundledData.facts, FACT_SCOPES, 'us-ca-alameda').map((f) => f.id)).toEqual(once);
  });
});

describe('percentOf', () => {
  it('reads plain percentages only', () => {
    expect(percentOf('86%')).toBe(86);
    expect(percentOf('3.5%')).toBe(3.5);
    expect(percentOf(' 40 % ')).toBe(40);
    for (const figure of ['518', '30% / 70%', '120%', '-5%', '', undefined, '86 percent']) expect(percentOf(figure), String(figure)).toBeUndefined();
  });
});

describe('factBlocks', () => {
  it('turns the bundled Alameda profile into one chart: the 518 youth lead, six bars with their percentages', () => {
    const blocks = factBlocks(selectFacts(bundledData.facts, ['local'], 'us-ca-alameda'));
    const profiles = blocks.filter((b) => b.kind === 'profile');
    expect(profiles).toHaveLength(1);
    const profile = profiles[0];
    if (profile.kind !== 'profile') throw new Error('not a profile');
    expect(profile.lead?.id).toBe('alameda-518-youth');
    expect(profile.bars.map((b) => [b.fact.id, b.percent])).toEqual([
      ['alameda-518-arrest', 86],
      ['alameda-518-runaway', 79],
      ['alameda-518-drugs', 58],
      ['alameda-518-social-services', 40],
      ['alameda-518-mental-health', 28],
      ['alameda-518-family-criminal', 26],
    ]);
    // The chart stands where the profile stood in the data, between the facts around it.
    const ids = blocks.map((b) => (b.kind === 'fact' ? b.fact.id : 'profile'));
    expect(ids).toEqual(['alameda-share-of-cases', 'oakland-market', 'profile', 'opd-cases', 'opd-rescues', 'opd-technology']);
  });

  it('shows a profile without percentages as plain facts, and never loses a fact', () => {
    const facts = [fact('a', 'local', 'us', { group: 'profile', figure: '12' }), fact('b', 'local', 'us', { group: 'profile', figure: '7' })];
    const blocks = factBlocks(facts);
    expect(blocks.map((b) => b.kind)).toEqual(['fact', 'fact']);
    expect(blocks.flatMap(blockFacts).map((f) => f.id).sort()).toEqual(['a', 'b']);
    const all = selectFacts(bundledData.facts, FACT_SCOPES, 'us-ca-alameda');
    expect(factBlocks(all).flatMap(blockFacts)).toHaveLength(all.length);
  });
});

describe('limitBlocks', () => {
  const blocks = factBlocks(selectFacts(bundledData.facts, FACT_SCOPES, 'us-ca-alameda'));
  it('caps the number of blocks, the profile chart counting as one', () => {
    expect(limitBlocks(blocks, 3)).toHaveLength(3);
    expect(limitBlocks(blocks, 3)).toEqual(blocks.slice(0, 3));
  });
  it('shows everything for no limit, zero, a negative or a non-number', () => {
    for (const limit of [undefined, null, 0, -2, Number.NaN, 2.5]) expect(limitBlocks(blocks, limit)).toHaveLength(blocks.length);
  });
});

describe('bundled facts', () => {
  it('every fact that ships has a source with a title and a publisher, and every disputed one a caveat', () => {
    for (const f of bundledData.facts) {
      expect(f.source.title && f.source.publisher, f.id).toBeTruthy();
      if (f.confidence === 'disputed') expect(f.caveat?.en, f.id).toBeTruthy();
    }
  });
  it('every profile bar has a short label for the chart', () => {
    const blocks = factBlocks(bundledData.facts);
    for (const block of blocks) if (block.kind === 'profile') for (const bar of block.bars) expect(bar.fact.label?.en, bar.fact.id).toBeTruthy();
  });
});
