/**
 * Numbers are data, never translation. In data text every digit sequence becomes a placeholder the translator moves
 * but cannot retype; in every translation the digit sequences outside placeholders must be exactly the source's.
 */

/**
 * A run of digits with the separators that sit inside one number: "244,000", "3.5", "24/7", "16524.6", and the
 * no-break spaces some languages group thousands with ("244\u202f000"). An ordinary space ends a number: it may
 * break the line inside it.
 */
const DIGIT_SEQUENCE = /\d+(?:[.,/:\u00a0\u202f]\d+)*/g;

export function digitSequences(text: string): string[] {
  return text.match(DIGIT_SEQUENCE) ?? [];
}

/** Text, or a placeholder standing for a number (in data text) whose value comes from the English source. */
export type Segment = string | { placeholder: string; text: string };

/** English data text as segments: one numbered placeholder per digit sequence, in order, with its digits. */
export function splitDigits(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  let index = 0;
  for (const match of text.matchAll(DIGIT_SEQUENCE)) {
    if (match.index > last) segments.push(text.slice(last, match.index));
    segments.push({ placeholder: String(index++), text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

/** The digit sequences in the text parts of `segments` (placeholders excluded). */
export function textDigits(segments: readonly Segment[]): string[] {
  return segments.flatMap((s) => (typeof s === 'string' ? digitSequences(s) : []));
}

/** Whether `written` (in a translation) stands for the English digit sequence `english`. */
export type SameDigits = (english: string, written: string) => boolean;

const verbatim: SameDigits = (english, written) => english === written;

/**
 * How `target`'s digit sequences differ from `source`'s, as a multiset: "changes 244,000 to 244.000",
 * "adds 12", "drops 2014". Empty when they are the same (in any order). `same` says when a written sequence stands
 * for an English one: exactly the same characters unless told otherwise (see `sameFigure`).
 */
export function digitProblems(source: readonly string[], target: readonly string[], same: SameDigits = verbatim): string[] {
  const remaining = [...source];
  const added: string[] = [];
  for (const digits of target) {
    const at = remaining.findIndex((english) => same(english, digits));
    if (at >= 0) remaining.splice(at, 1);
    else added.push(digits);
  }
  const problems: string[] = [];
  // Pair one added with one dropped as a change: that is how a retyped number shows up.
  while (added.length && remaining.length) problems.push(`changes ${remaining.shift()} to ${added.shift()}`);
  for (const digits of added) problems.push(`adds ${digits}`);
  for (const digits of remaining) problems.push(`drops ${digits}`);
  return problems;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Month numbers a translation may write where the English names the month ("1 January 2011" is "2011年1月1日" in
 * Chinese): one per month named in `english`. Nothing else may be added.
 */
export function monthNumbers(english: string): string[] {
  const words = english.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.flatMap((word) => (MONTHS.includes(word) ? [String(MONTHS.indexOf(word) + 1)] : []));
}

/**
 * `target`'s digit sequences without those it adds beyond `source`'s that are month numbers the English names
 * (see `monthNumbers`): what is left must equal `source`'s, as any other translation's.
 */
export function withoutMonthNumbers(
  target: readonly string[],
  source: readonly string[],
  months: readonly string[],
  same: SameDigits = verbatim,
): string[] {
  const unmatched = [...source];
  const allowed = [...months];
  return target.filter((digits) => {
    const at = unmatched.findIndex((english) => same(english, digits));
    if (at >= 0) {
      unmatched.splice(at, 1);
      return true;
    }
    const month = allowed.indexOf(digits);
    if (month < 0) return true;
    allowed.splice(month, 1);
    return false;
  });
}

/** How a language writes a figure: the mark between groups of thousands, and the decimal mark. */
export interface FigureConvention {
  group: string;
  decimal: string;
}

/** No-break spaces: some languages group thousands with them, and none writes a decimal with them. */
const SPACE_GROUPS = ['\u00a0', '\u202f'];

export const ENGLISH_FIGURES: FigureConvention = { group: ',', decimal: '.' };

/**
 * Where a language's figures are not written as `Intl.NumberFormat` writes them for its bare code, and why.
 *
 * Spanish: our `es` text is read on pages in the United States, Mexico and Spain alike. `Intl` writes "244.000"
 * for `es` (Spain) but "244,000" for `es-US`, `es-MX` and `es-419`, so either mark reads as a decimal to some
 * readers. The Real Academia Española's Ortografía (2010) groups with a space ("244 000", never "." or ",") and
 * recommends the point for decimals ("3.5"): no Spanish reader can misread that.
 */
const FIGURE_CONVENTIONS: Record<string, FigureConvention> = {
  es: { group: '\u202f', decimal: '.' },
};

/**
 * How `locale` (a code of `lit-localize.json`) writes figures: `FIGURE_CONVENTIONS`, else `Intl.NumberFormat`'s for
 * it (in Latin digits, as we show every number).
 */
export function figureConvention(locale: string): FigureConvention {
  const own = FIGURE_CONVENTIONS[locale];
  if (own) return own;
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(1234567.5);
  } catch {
    return ENGLISH_FIGURES;
  }
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/**
 * The number a digit sequence writes in `convention`, as its digits ("100000", "3.5"; no zero added or dropped), and
 * whether it groups them; `undefined` when it is not one number in that convention ("24/7", "1.2.3", "12,34" where
 * "," groups). Groups are of three digits after a first of one to three, all with the same mark.
 */
export function readFigure(text: string, convention: FigureConvention): { digits: string; grouped: boolean } | undefined {
  const groups = [convention.group, ...SPACE_GROUPS].filter((g) => g && g !== convention.decimal);
  const at = text.lastIndexOf(convention.decimal);
  let whole = at >= 0 ? text.slice(0, at) : text;
  const fraction = at >= 0 ? text.slice(at + convention.decimal.length) : undefined;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  let grouped = false;
  if (!/^\d+$/.test(whole)) {
    const mark = groups.find((g) => whole.includes(g));
    if (!mark) return undefined;
    const parts = whole.split(mark);
    if (!/^\d{1,3}$/.test(parts[0]) || !parts.slice(1).every((p) => /^\d{3}$/.test(p))) return undefined;
    whole = parts.join('');
    grouped = true;
  }
  return { digits: fraction === undefined ? whole : `${whole}.${fraction}`, grouped };
}

/**
 * Whether `written`, in a `locale` translation, is the English digit sequence `english` written the locale's way:
 * "100.000" for "100,000" in Vietnamese, "3,5" for "3.5". It must read, in the locale's convention, as exactly the
 * English number (the same digits: "3,50" is not "3.5"), and may group digits only where the English does (a short
 * code or a year is never grouped). A sequence that is no number in the locale's convention ("24/7") must be the
 * English one, character for character. So "100.000" is refused where "." is the decimal mark: it reads as 100.
 */
export function sameFigure(locale: string): SameDigits {
  const convention = figureConvention(locale);
  return (english, written) => {
    const shown = readFigure(written, convention);
    if (!shown) return english === written;
    const meant = readFigure(english, ENGLISH_FIGURES);
    return !!meant && shown.digits === meant.digits && (!shown.grouped || meant.grouped);
  };
}

/**
 * The English digit sequence `english` as `locale` writes it, where English groups it: "100,000" is "100.000" in
 * Vietnamese and "100 000" in Spanish. Anything else is left as it is: a year, a short code, "24/7", and a number
 * with a point but no grouping ("3.5", or a section number such as "16524.6"), which the build cannot tell apart
 * (a translator may write "3,5").
 */
export function localFigure(english: string, locale: string): string {
  const meant = readFigure(english, ENGLISH_FIGURES);
  if (!meant?.grouped) return english;
  const { group, decimal } = figureConvention(locale);
  const [whole, fraction] = meant.digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
}

/**
 * A fact's figure ("100,000", "244,000-325,000", "3.5%") as `locale` writes it: every number in it, grouped or with a
 * decimal point, in the locale's convention ("100.000", "3,5%" in Vietnamese). A figure is nothing but numbers and
 * their signs, so unlike running text a point in it is always a decimal point.
 */
export function localFigureText(figure: string, locale: string): string {
  const { decimal } = figureConvention(locale);
  return figure.replace(/\d[\d,.]*\d/g, (number) => {
    const grouped = localFigure(number, locale);
    if (grouped !== number) return grouped;
    return /^\d+\.\d+$/.test(number) ? number.replace('.', decimal) : number;
  });
}

/** The bundled figures `locale` writes differently, English figure to local one: the figures table of its fact chunk. */
export function figureTable(figures: readonly (string | undefined)[], locale: string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const figure of figures) {
    if (!figure) continue;
    const local = localFigureText(figure, locale);
    if (local !== figure) table[figure] = local;
  }
  return table;
}
