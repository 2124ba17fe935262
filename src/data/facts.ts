/**
 * Which facts `<csec-facts>` shows, in what order, and how the profile figures group into one chart.
 * Pure functions over the data model: no DOM, so they are unit-tested in Node.
 */
import { parseTokens, regionCovers } from './regions.js';
import type { Fact, FactScope, Source } from './types.js';

/** Scopes in reading order: what it is, then the scale nationally, then the state, then the local picture. */
export const FACT_SCOPES: readonly FactScope[] = ['definitions', 'national', 'state', 'local'];

/** The `group` whose percentage facts render as one bar chart (the Alameda profile of 518 youth). */
export const PROFILE_GROUP = 'profile';

/** Known scopes named in a space-separated `scope` attribute, in reading order; none (or only unknown ones) means all. */
export function parseScopes(value: string | null | undefined): FactScope[] {
  const wanted = parseTokens(value);
  const scopes = FACT_SCOPES.filter((scope) => wanted.includes(scope));
  return scopes.length ? scopes : [...FACT_SCOPES];
}

/**
 * Where a fact stands: by scope in reading order, then strongest evidence first: confirmed, then seed (not yet
 * confirmed independently), then disputed (read from the confidence's initial).
 */
const rank = (fact: Fact) => FACT_SCOPES.indexOf(fact.scope) * 3 + 'csd'.indexOf(fact.confidence[0]);

/**
 * Facts in `scopes` that apply to `region` (its own and every broader region's), sorted by scope in reading order,
 * then by strength of evidence (a disputed figure never leads), then kept in data order: stable, so the same page
 * shows the same facts in the same order every time.
 */
export function selectFacts(facts: readonly Fact[], scopes: readonly FactScope[], region: string): Fact[] {
  // `sort` is stable (ES2019): facts of the same rank keep their data order.
  return facts.filter((fact) => scopes.includes(fact.scope) && regionCovers(fact.region, region)).sort((a, b) => rank(a) - rank(b));
}

/**
 * The distinct sources of some facts, in order, each as the source itself says: its year only when the source has
 * one (a fact's year is the figure's, not the publication's: a page without a date shows none).
 */
export function citedSources(facts: readonly Fact[]): Source[] {
  const sources = new Map<string, Source>();
  for (const fact of facts) {
    const key = `${fact.source.title}\n${fact.source.publisher}`;
    if (!sources.has(key)) sources.set(key, fact.source);
  }
  return [...sources.values()];
}

/** The number in a percentage figure ("86%" -> 86); undefined for anything else ("518", "30% / 70%", "120%"). */
export function percentOf(figure: string | undefined): number | undefined {
  const match = /^\s*(\d{1,3}(?:\.\d+)?)\s*%\s*$/.exec(figure ?? '');
  if (!match) return undefined;
  const value = Number(match[1]);
  return value <= 100 ? value : undefined;
}

export interface ProfileBar {
  fact: Fact;
  percent: number;
}

/** One thing on screen: a single fact, or a profile (its lead figure and a chart of its percentages). */
export type FactBlock =
  | { kind: 'fact'; scope: FactScope; fact: Fact }
  | { kind: 'profile'; scope: FactScope; lead?: Fact; bars: ProfileBar[] };

/**
 * Groups ordered facts into blocks. Profile facts of one scope and region with a percentage figure become the bars of
 * one chart, placed where the first of them (or their lead) stood; the first profile fact without a percentage is the
 * chart's lead ("518 youth"). A profile with no percentages is shown as plain facts.
 */
export function factBlocks(facts: readonly Fact[]): FactBlock[] {
  const blocks: FactBlock[] = [];
  const profiles = new Map<string, Extract<FactBlock, { kind: 'profile' }>>();
  for (const fact of facts) {
    if (fact.group !== PROFILE_GROUP) {
      blocks.push({ kind: 'fact', scope: fact.scope, fact });
      continue;
    }
    const key = `${fact.scope} ${fact.region}`;
    let profile = profiles.get(key);
    if (!profile) {
      profile = { kind: 'profile', scope: fact.scope, bars: [] };
      profiles.set(key, profile);
      blocks.push(profile);
    }
    const percent = percentOf(fact.figure);
    if (percent !== undefined) profile.bars.push({ fact, percent });
    else if (!profile.lead) profile.lead = fact;
    else blocks.push({ kind: 'fact', scope: fact.scope, fact });
  }
  // A profile without bars is just its lead fact.
  return blocks.flatMap((block): FactBlock[] => {
    if (block.kind !== 'profile' || block.bars.length) return [block];
    return block.lead ? [{ kind: 'fact', scope: block.scope, fact: block.lead }] : [];
  });
}

/** The first `limit` blocks (a profile chart counts as one); a missing, zero or invalid limit shows everything. */
export function limitBlocks(blocks: readonly FactBlock[], limit: number | null | undefined): FactBlock[] {
  const n = Number(limit);
  return blocks.slice(0, Number.isInteger(n) && n > 0 ? n : undefined);
}

/** Every fact in a block, for its sources and caveats. */
export function blockFacts(block: FactBlock): Fact[] {
  return block.kind === 'fact' ? [block.fact] : [...(block.lead ? [block.lead] : []), ...block.bars.map((bar) => bar.fact)];
}
