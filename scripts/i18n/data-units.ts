/**
 * The data text of the bundled dataset as translation units, and turning translated units back into the strings
 * that ship. Ids come from `collectDataText` (src/i18n/data-text.ts), the same walk the runtime uses.
 */
import type { Dataset } from '../../src/data/types.js';
import { collectDataText, dataTextPart, type DataTextPart } from '../../src/i18n/data-text.js';
import { digitProblems, localFigure, monthNumbers, sameFigure, splitDigits, textDigits, withoutMonthNumbers, type Segment } from './digits.js';
import { NEEDS_REVIEW, segmentsKey, type DataUnit } from './data-xliff.js';

const FIELD_NOTES: Record<string, string> = {
  name: 'Name of a help line or service: a proper name. Keep the organisation\'s own name and acronyms as it is known; translate only the descriptive words, and only if readers would not understand them.',
  description: 'What the service is for, in one sentence.',
  note: 'How the listing must be presented; keep its meaning exactly (for example, that a line takes no reports).',
  hours: 'Opening hours.',
  label: 'Label of a link or a chart bar; keep it short.',
  statement: 'A fact, as stated by its source. Keep every number in place and do not round or restate it.',
  items: 'One item of the list the statement introduces.',
  caveat: 'Shown beside the fact: what limits it. Keep its force; do not soften it.',
};

/** The English source units, in data order, with a short note of what each text is. */
export function sourceUnits(dataset: Dataset): DataUnit[] {
  const names = new Map(dataset.resources.map((r) => [`resource.${r.id}`, r.name.en]));
  return [...collectDataText(dataset)].map(([id, text]) => {
    const field = id.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? '';
    const owner = names.get(id.split('.').slice(0, 2).join('.'));
    const about = owner && field !== 'name' ? ` (${owner})` : '';
    return { id, source: splitDigits(text.en), note: `${FIELD_NOTES[field] ?? ''}${about}`.trim() };
  });
}

/** Merges an existing translation file into fresh source units: targets kept, changed sources marked for review. */
export function mergeUnits(source: readonly DataUnit[], existing: readonly DataUnit[]): DataUnit[] {
  const byId = new Map(existing.map((u) => [u.id, u]));
  return source.map((unit) => {
    const old = byId.get(unit.id);
    if (!old?.target) return { ...unit };
    const changed = segmentsKey(old.source) !== segmentsKey(unit.source);
    return { ...unit, target: old.target, state: changed ? NEEDS_REVIEW : old.state };
  });
}

export type UnitVerdict =
  | { kind: 'translated'; text: string }
  | { kind: 'missing' }
  | { kind: 'needs-review' }
  | { kind: 'broken'; problems: string[] };

/**
 * What a translated unit ships as, in `locale`. `translated` text has every placeholder replaced by the English
 * source's number, written as the locale writes figures where the English groups it ("100,000" is "100.000" in
 * Vietnamese: see `localFigure`); a translator may also write a figure in place of its placeholder, in the locale's
 * convention, when it reads as exactly the English number ("3,5" for "3.5"; see `sameFigure`). Anything else ships as
 * English (missing, needs review) or stops the build (broken).
 */
export function judgeUnit(source: DataUnit, translated: DataUnit | undefined, locale = 'en'): UnitVerdict {
  if (!translated?.target) return { kind: 'missing' };
  if (translated.state === NEEDS_REVIEW || segmentsKey(translated.source) !== segmentsKey(source.source)) {
    return { kind: 'needs-review' };
  }
  const same = sameFigure(locale);
  const numbers = new Map(source.source.flatMap((s) => (typeof s === 'string' ? [] : [[s.placeholder, s.text] as const])));
  const used = translated.target.flatMap((s) => (typeof s === 'string' ? [] : [s.placeholder]));
  const typed = textDigits(translated.target);
  const problems: string[] = [];
  for (const id of used) if (!numbers.has(id)) problems.push(`unknown placeholder ${id}`);
  for (const [id, digits] of numbers) {
    const count = used.filter((u) => u === id).length;
    if (count === 0) {
      // Written out instead, the locale's way?
      const at = typed.findIndex((written) => written !== digits && same(digits, written));
      if (at >= 0) typed.splice(at, 1);
      else problems.push(`placeholder ${id} (${digits}) missing`);
    }
    if (count > 1) problems.push(`placeholder ${id} (${digits}) repeated`);
    const shown = localFigure(digits, locale);
    if (count && !same(digits, shown)) problems.push(`placeholder ${id} (${digits}) reads as another number in ${locale}: write the number out the ${locale} way instead`);
  }
  // A month the English names may be written as its number where a language writes dates that way (2011年1月1日).
  const months = monthNumbers(source.source.filter((s): s is string => typeof s === 'string').join(' '));
  const targetDigits = withoutMonthNumbers(typed, textDigits(source.source), months, same);
  problems.push(...digitProblems(textDigits(source.source), targetDigits, same).map((p) => `${p} (numbers are placeholders)`));
  if (problems.length) return { kind: 'broken', problems };
  const text = translated.target.map((s: Segment) => (typeof s === 'string' ? s : localFigure(numbers.get(s.placeholder)!, locale))).join('');
  // XML line breaks and indents collapse; a no-break space (inside a figure, before a colon) is meant, and stays.
  return { kind: 'translated', text: text.replace(/[ \t\r\n]+/g, ' ').trim() };
}

/** The shipping tables of one locale, by part (core, facts). */
export function dataTables(
  source: readonly DataUnit[],
  translated: readonly DataUnit[],
  locale = 'en',
): Record<DataTextPart, Record<string, string>> {
  const byId = new Map(translated.map((u) => [u.id, u]));
  const tables: Record<DataTextPart, Record<string, string>> = { core: {}, facts: {} };
  for (const unit of source) {
    const verdict = judgeUnit(unit, byId.get(unit.id), locale);
    if (verdict.kind === 'translated') tables[dataTextPart(unit.id)][unit.id] = verdict.text;
  }
  return tables;
}
