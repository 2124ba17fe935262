/**
 * The bundled national facts and definitions, with their sources: only pages that show `<csec-facts>` load them. State
 * and local facts load on demand (`regional-facts.ts`).
 *
 * Every figure and citation here comes from the project's verified content (see `test/unit/content.test.ts`, which
 * compares them when that content is present). Wording is our own. Items the content marks `unverified` are not here;
 * `disputed` figures carry their caveat. English text lives here; other languages in `locales/data/`.
 */
import { translatedWithLocale } from '../i18n/data-text-loading.js';
import type { Dataset } from './types.js';
import { alamedaHeat, clayton2013, edwards2006, estesWeiner2001, npr, ojjdp, polaris } from './fact-sources.js';

export const bundledFacts: Dataset = translatedWithLocale({
  version: 1,
  resources: [],
  facts: [
    {
      id: 'csec-definition',
      scope: 'definitions',
      region: 'us',
      group: 'definition',
      statement: {
        en: 'The commercial sexual exploitation of children (CSEC) covers criminal practices that demean and degrade children and threaten their physical and psycho-social integrity.',
      },
      source: alamedaHeat,
      confidence: 'seed',
    },
    {
      id: 'csec-primary-forms',
      scope: 'definitions',
      region: 'us',
      group: 'definition',
      figure: '3',
      statement: { en: 'It takes three primary forms:' },
      // Today's words for the source's "prostitution" and "pornography" (Luxembourg Terminology Guidelines, 2016).
      items: [
        { en: 'Sexual exploitation of children in prostitution' },
        { en: 'Child sexual abuse material' },
        { en: 'Trafficking for sexual purposes' },
      ],
      source: alamedaHeat,
      confidence: 'seed',
    },
    {
      id: 'csec-other-forms',
      scope: 'definitions',
      region: 'us',
      group: 'definition',
      statement: { en: 'Other forms include:' },
      items: [{ en: 'Sexual exploitation of children in travel and tourism' }, { en: 'Child marriage' }, { en: 'Forced marriage' }],
      source: alamedaHeat,
      confidence: 'seed',
    },
    {
      id: 'csec-economic-definition',
      scope: 'definitions',
      region: 'us',
      group: 'definition',
      statement: {
        en: 'It is the sexual exploitation of minors for economic gain: any sex act in exchange for which anyone gives or receives something of value.',
      },
      source: clayton2013,
      year: 2013,
      confidence: 'seed',
    },
    {
      id: 'ojjdp-activities',
      scope: 'definitions',
      region: 'us',
      group: 'definition',
      figure: '7',
      statement: { en: 'The activities it includes:' },
      items: [
        { en: 'Trafficking for sexual purposes' },
        { en: 'Sexual exploitation in prostitution' },
        { en: 'Sexual exploitation in travel and tourism' },
        { en: 'The mail-order bride trade and early marriage' },
        { en: 'Child sexual abuse material' },
        { en: 'Stripping' },
        { en: 'Performing in sexual venues such as peep shows or clubs' },
      ],
      source: ojjdp,
      confidence: 'seed',
    },
    {
      id: 'polaris-100k',
      scope: 'national',
      region: 'us',
      group: 'scale',
      figure: '100,000',
      statement: { en: 'At least 100,000 children are said to be exploited in prostitution in the United States every year.' },
      source: polaris,
      confidence: 'disputed',
      caveat: {
        en: 'Estimate, disputed: often repeated, but no published study supports it.',
      },
    },
    {
      id: 'upenn-at-risk',
      scope: 'national',
      region: 'us',
      group: 'scale',
      figure: '244,000-325,000',
      statement: {
        en: 'Between 244,000 and 325,000 children and youth in the United States are at risk of commercial sexual exploitation each year.',
      },
      source: estesWeiner2001,
      year: 2001,
      confidence: 'disputed',
      caveat: {
        en: 'This counts children judged to be at risk, not victims. The authors themselves warn against reading it as a number of cases.',
      },
    },
    {
      id: 'upenn-shelter-street',
      scope: 'national',
      region: 'us',
      group: 'risk',
      figure: '30% / 70%',
      statement: {
        en: 'An estimated 30% of youth in shelters and 70% of youth living on the street are victims of commercial sexual exploitation.',
      },
      source: estesWeiner2001,
      year: 2001,
      confidence: 'seed',
      caveat: { en: 'An estimate from 2001, from the University of Pennsylvania study by Estes and Weiner.' },
    },
    {
      id: 'age-of-entry',
      scope: 'national',
      region: 'us',
      group: 'age',
      figure: '12-14 / 11-13',
      statement: {
        en: 'On average, girls are first exploited at ages 12 to 14; boys and transgender youth at ages 11 to 13.',
      },
      source: npr,
      confidence: 'disputed',
      caveat: {
        en: 'Averages from samples of service providers, as reported. Other studies give other age ranges.',
      },
    },
    {
      id: 'exchanged-sex',
      scope: 'national',
      region: 'us',
      group: 'scale',
      figure: '3.5%',
      statement: {
        en: 'In a national survey of US students in grades 7 to 12, 3.5% (about 1 in 30) said they had ever exchanged sex for drugs or money. About two thirds of them were boys.',
      },
      source: edwards2006,
      year: 2006,
      confidence: 'confirmed',
      caveat: { en: 'Survey data from the 1990s; it asks whether this ever happened, not whether it happened this year.' },
    },
    {
      id: 'boys-male-buyers',
      scope: 'national',
      region: 'us',
      group: 'victims',
      figure: '95%',
      statement: { en: 'For a trafficked boy, 95% of the sexual encounters he is forced into are with men.' },
      source: polaris,
      confidence: 'seed',
    },
    {
      id: 'exploiter-earnings',
      scope: 'national',
      region: 'us',
      group: 'economics',
      figure: '$150,000-$200,000',
      statement: { en: 'One exploited child can bring an exploiter $150,000 to $200,000 a year.' },
      source: npr,
      confidence: 'seed',
    },
  ],
});
