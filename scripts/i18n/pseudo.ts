/**
 * The pseudo-locale `en-XA`: English with accents and about 40% more length, in brackets, so that text that does not
 * come from a translation file, text cut off by a fixed size and layouts that cannot grow all show at a glance.
 * Development only: the demo server offers it, production builds do not contain it.
 */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

export function accent(text: string): string {
  return [...text].map((c) => ACCENTED[c] ?? c).join('');
}

/**
 * Pseudo-localizes a message made of text parts and placeholders (which stay as they are): accents the text, then
 * brackets the whole and pads it to about 140% of the source length.
 */
export function pseudoLocalize<T>(parts: readonly (string | T)[]): (string | T)[] {
  const length = parts.reduce((sum, part) => sum + (typeof part === 'string' ? part.length : 4), 0);
  const extra = Math.max(1, Math.round(length * 0.4) - 2);
  const padding = ' ' + 'ẋŵý ẑ'.repeat(Math.ceil(extra / 5)).slice(0, extra - 1);
  const out: (string | T)[] = ['⟦', ...parts.map((part) => (typeof part === 'string' ? accent(part) : part)), `${padding}⟧`];
  // Adjacent text parts merge, so generated modules stay tidy.
  return out.reduce<(string | T)[]>((merged, part) => {
    const previous = merged[merged.length - 1];
    if (typeof part === 'string' && typeof previous === 'string') merged[merged.length - 1] = previous + part;
    else merged.push(part);
    return merged;
  }, []);
}
