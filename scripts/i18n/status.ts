/**
 * `npm run i18n:status`: per-locale coverage of interface strings and data text, what is missing, and what is
 * broken. Pure functions over already-read inputs, so the rules are unit-tested; `main.ts` does the reading.
 */
import { digitProblems, digitSequences } from './digits.js';
import { judgeUnit } from './data-units.js';
import type { DataUnit } from './data-xliff.js';
import { regionCoverage, type RegionReview, type RegionUnit } from './region-review.js';

/** A message as text parts and placeholders (the placeholder's source expression or markup). */
export type MessagePart = string | { placeholder: string };
export interface InterfaceMessage {
  id: string;
  parts: MessagePart[];
}

export interface StatusInput {
  sourceLocale: string;
  targetLocales: readonly string[];
  /** The `msg()` calls in the code, as extracted now (not as last written to XLIFF). */
  messages: readonly InterfaceMessage[];
  /** Per target locale, the translations in `locales/<locale>.xlf`. */
  interfaceTranslations: ReadonlyMap<string, readonly InterfaceMessage[]>;
  /** The data text of the bundled data, as extracted now. */
  dataSource: readonly DataUnit[];
  /** Per target locale, the units of `locales/data/<locale>.xlf` (empty when the file is missing). */
  dataTranslations: ReadonlyMap<string, readonly DataUnit[]>;
  /** Per target locale, the XLIFF `state` of each interface target that has one (`signed-off`, `translated`…). */
  interfaceStates?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Locales that must be complete (100% of interface and data text). */
  required: readonly string[];
  /** The state and county texts of the region files, with their inline translations. */
  regionUnits?: readonly RegionUnit[];
  /** Their sign-offs (`locales/data/regions-review.json`). */
  regionReview?: RegionReview;
}

export interface Coverage {
  translated: number;
  total: number;
  missing: string[];
}

export interface LocaleReport {
  locale: string;
  interface: Coverage;
  data: Coverage;
  /** Translations whose English source has changed since: shown as English until reviewed. */
  needsReview: string[];
  /**
   * Shipping translations (interface and data text together) that a person fluent in the language has signed off:
   * XLIFF `state="signed-off"` (or `final`) on the target. Translated but not signed off means not yet reviewed.
   */
  reviewed: number;
  /** Broken placeholders and changed, added or dropped numbers. Any of these fails the status. */
  problems: string[];
  /**
   * State and county texts (region files): translated inline, signed off in `locales/data/regions-review.json`.
   * Counted in the locale's translated and reviewed shares; not required (a line's name may stay the agency's own).
   */
  regions: Coverage & { reviewed: number; withdrawn: string[]; unknown: string[] };
}

export interface StatusReport {
  locales: LocaleReport[];
  failures: string[];
}

/** lit-localize's generated ids (`s` or `h` and 16 hex digits) mean a `msg()` without an explicit `{ id }`. */
export function isExplicitId(id: string): boolean {
  return !/^[sh][0-9a-f]{16}$/.test(id);
}

const textParts = (parts: readonly MessagePart[]) => parts.filter((p): p is string => typeof p === 'string');
const placeholders = (parts: readonly MessagePart[]) =>
  parts.flatMap((p) => (typeof p === 'string' ? [] : [p.placeholder.replace(/\s+/g, ' ').trim()])).sort();
const digitsOf = (parts: readonly MessagePart[]) => textParts(parts).flatMap(digitSequences);

/** Problems of one interface translation: placeholders not exactly the source's, numbers typed in. */
export function interfaceProblems(source: InterfaceMessage, translation: InterfaceMessage): string[] {
  const problems: string[] = [];
  const expected = placeholders(source.parts);
  const actual = placeholders(translation.parts);
  if (expected.join('\u0000') !== actual.join('\u0000')) {
    const missing = expected.filter((p) => !actual.includes(p));
    const unexpected = actual.filter((p) => !expected.includes(p));
    const detail = [
      ...missing.map((p) => `missing ${p}`),
      ...unexpected.map((p) => `unexpected ${p}`),
    ];
    problems.push(`broken placeholder: ${detail.join(', ') || 'placeholder repeated or dropped'}`);
  }
  problems.push(...digitProblems(digitsOf(source.parts), digitsOf(translation.parts)));
  return problems;
}

function sourceReport(input: StatusInput): LocaleReport {
  const problems = input.messages
    .filter((m) => digitsOf(m.parts).length)
    .map((m) => `${m.id}: numbers inside a translatable string (${digitsOf(m.parts).join(', ')}); pass them as placeholders`);
  const implicit = input.messages.filter((m) => !isExplicitId(m.id)).map((m) => `${m.id} (msg() without an explicit id)`);
  const emptyData = input.dataSource.filter((u) => !u.source.length).map((u) => u.id);
  return {
    locale: input.sourceLocale,
    interface: { translated: input.messages.length - implicit.length, total: input.messages.length, missing: implicit },
    data: { translated: input.dataSource.length - emptyData.length, total: input.dataSource.length, missing: emptyData },
    needsReview: [],
    reviewed: input.messages.length + input.dataSource.length + (input.regionUnits?.length ?? 0),
    problems,
    regions: {
      translated: input.regionUnits?.length ?? 0,
      total: input.regionUnits?.length ?? 0,
      missing: [],
      reviewed: input.regionUnits?.length ?? 0,
      withdrawn: [],
      unknown: [],
    },
  };
}

/** XLIFF target states that mean a person fluent in the language reviewed the translation. */
export const REVIEWED_STATES: ReadonlySet<string> = new Set(['signed-off', 'final']);

function localeReport(input: StatusInput, locale: string): LocaleReport {
  const translations = new Map((input.interfaceTranslations.get(locale) ?? []).map((m) => [m.id, m]));
  const report: LocaleReport = {
    locale,
    interface: { translated: 0, total: input.messages.length, missing: [] },
    data: { translated: 0, total: input.dataSource.length, missing: [] },
    needsReview: [],
    reviewed: 0,
    problems: [],
    regions: { translated: 0, total: 0, missing: [], reviewed: 0, withdrawn: [], unknown: [] },
  };
  const states = input.interfaceStates?.get(locale);
  for (const message of input.messages) {
    const translation = translations.get(message.id);
    if (!translation) {
      report.interface.missing.push(message.id);
      continue;
    }
    const problems = interfaceProblems(message, translation);
    if (problems.length) report.problems.push(...problems.map((p) => `${message.id}: ${p}`));
    else {
      report.interface.translated++;
      if (REVIEWED_STATES.has(states?.get(message.id) ?? '')) report.reviewed++;
    }
  }
  const units = new Map((input.dataTranslations.get(locale) ?? []).map((u) => [u.id, u]));
  for (const unit of input.dataSource) {
    const verdict = judgeUnit(unit, units.get(unit.id), locale);
    if (verdict.kind === 'translated') {
      report.data.translated++;
      if (REVIEWED_STATES.has(units.get(unit.id)?.state ?? '')) report.reviewed++;
    }
    else if (verdict.kind === 'missing') report.data.missing.push(unit.id);
    else if (verdict.kind === 'needs-review') report.needsReview.push(unit.id);
    else report.problems.push(...verdict.problems.map((p) => `${unit.id}: ${p}`));
  }
  if (input.regionUnits) {
    const { problems, ...regions } = regionCoverage(input.regionUnits, input.regionReview ?? {}, locale);
    report.regions = regions;
    report.reviewed += regions.reviewed;
    report.problems.push(...problems);
  }
  return report;
}

export const complete = (c: Coverage) => c.translated === c.total;
/** Whole percent, rounded down: 99.6% is not 100%. */
export const percent = (c: Coverage) => (c.total ? Math.floor((100 * c.translated) / c.total) : 100);

/**
 * Translated and reviewed shares of everything a locale ships (interface, national data text and the state and
 * county texts together), in whole percent.
 */
export function shares(r: LocaleReport): { translated: number; reviewed: number } {
  const total = r.interface.total + r.data.total + r.regions.total;
  const ratio = (n: number) => (total ? Math.floor((100 * n) / total) : 100);
  return { translated: ratio(r.interface.translated + r.data.translated + r.regions.translated), reviewed: ratio(r.reviewed) };
}

/** Whole percent of a locale's state and county texts that are signed off. */
export const regionReviewed = (r: LocaleReport) => percent({ translated: r.regions.reviewed, total: r.regions.total, missing: [] });

export function computeStatus(input: StatusInput): StatusReport {
  const locales = [sourceReport(input), ...input.targetLocales.map((l) => localeReport(input, l))];
  const failures: string[] = [];
  for (const report of locales) {
    for (const problem of report.problems) failures.push(`${report.locale}: ${problem}`);
  }
  for (const locale of input.required) {
    const report = locales.find((r) => r.locale === locale);
    if (!report) failures.push(`${locale}: required, but not a locale in lit-localize.json`);
    else if (!complete(report.interface) || !complete(report.data)) {
      failures.push(
        `${locale}: required at 100%, has interface ${percent(report.interface)}% and data text ${percent(report.data)}%`,
      );
    }
  }
  return { locales, failures };
}

/** The report as people read it in a terminal or CI log. */
export function formatStatus(report: StatusReport, required: readonly string[], sourceLocale: string): string {
  const cell = (c: Coverage) => `${`${c.translated}/${c.total}`.padStart(7)} ${`${percent(c)}%`.padStart(4)}`;
  const lines = [
    `${'locale'.padEnd(8)} ${'interface'.padStart(12)}   ${'data text'.padStart(12)}   ${'regions'.padStart(12)} ${'(reviewed)'.padStart(10)}   ${'translated'.padStart(10)} ${'reviewed'.padStart(9)}`,
  ];
  for (const r of report.locales) {
    const role = r.locale === sourceLocale ? 'source' : required.includes(r.locale) ? 'required' : '';
    const { translated, reviewed } = shares(r);
    lines.push(
      `${r.locale.padEnd(8)} ${cell(r.interface)}   ${cell(r.data)}   ${cell(r.regions)} ${`${regionReviewed(r)}%`.padStart(10)}   ${`${translated}%`.padStart(10)} ${`${reviewed}%`.padStart(9)}   ${role}`.trimEnd(),
    );
  }
  lines.push(
    '',
    'regions: state and county texts, translated in src/data/regions/<code>.json (a line name kept as the agency\'s own counts as not translated).',
    'reviewed: signed off by a person fluent in the language (state="signed-off" in the XLIFF; for regions, npm run i18n:sign-off; see TRANSLATING.md).',
  );
  for (const r of report.locales) {
    const details = [
      ...r.interface.missing.map((id) => `  missing (interface): ${id}`),
      ...r.data.missing.map((id) => `  missing (data text): ${id}`),
      ...r.needsReview.map((id) => `  needs review (English changed; shown in English): ${id}`),
      ...r.regions.withdrawn.map((id) => `  sign-off withdrawn (English or translation changed since): ${id}`),
      ...r.regions.unknown.map((id) => `  sign-off of a text that no longer exists (npm run i18n:sign-off drops it): ${id}`),
      ...r.problems.map((p) => `  PROBLEM: ${p}`),
    ];
    // Untranslated region texts are many and often names kept on purpose: a count, not a list.
    if (r.regions.missing.length) details.push(`  region texts without a translation (shown in English): ${r.regions.missing.length}`);
    if (details.length) lines.push('', `${r.locale}:`, ...details);
  }
  lines.push('', report.failures.length ? `FAILED:\n${report.failures.map((f) => `  ${f}`).join('\n')}` : 'OK');
  return lines.join('\n');
}
