/**
 * Numbers are data, never translation. In data text every digit sequence becomes a placeholder the translator moves
 * but cannot retype; in every translation the digit sequences outside placeholders must be exactly the source's.
 */

/** A run of digits with the separators that sit inside one number: "244,000", "3.5", "24/7", "16524.6". */
const DIGIT_SEQUENCE = /\d+(?:[.,/:]\d+)*/g;

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

/**
 * How `target`'s digit sequences differ from `source`'s, as a multiset: "changes 244,000 to 244.000",
 * "adds 12", "drops 2014". Empty when they are the same (in any order).
 */
export function digitProblems(source: readonly string[], target: readonly string[]): string[] {
  const remaining = [...source];
  const added: string[] = [];
  for (const digits of target) {
    const at = remaining.indexOf(digits);
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
export function withoutMonthNumbers(target: readonly string[], source: readonly string[], months: readonly string[]): string[] {
  const unmatched = [...source];
  const allowed = [...months];
  return target.filter((digits) => {
    const at = unmatched.indexOf(digits);
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
