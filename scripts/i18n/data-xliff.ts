/**
 * The data text interchange files, `locales/data/<locale>.xlf` (XLIFF 1.2, like the interface strings in
 * `locales/<locale>.xlf`), so translators use one tool for both. Every number in the English source is an
 * `<x id="N" equiv-text="244,000"/>` placeholder: the equiv-text is there for context only, the build always takes
 * the number from the English data.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Segment } from './digits.js';

export interface DataUnit {
  id: string;
  source: Segment[];
  /** Context for the translator. */
  note?: string;
  target?: Segment[];
  /** XLIFF target state; `needs-review-translation` marks a translation whose English source has changed. */
  state?: string;
}

export const NEEDS_REVIEW = 'needs-review-translation';

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function writeSegments(segments: readonly Segment[]): string {
  return segments
    .map((s) =>
      typeof s === 'string' ? escapeText(s) : `<x id="${escapeAttribute(s.placeholder)}" equiv-text="${escapeAttribute(s.text)}"/>`,
    )
    .join('');
}

/** A comparable form of segments: the same text and the same placeholders in the same places. */
export function segmentsKey(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : `\u0000${s.placeholder}=${s.text}\u0000`)).join('');
}

export function writeDataXliff(locale: string, units: readonly DataUnit[]): string {
  const body = units
    .map((unit) => {
      const lines = [`<trans-unit id="${escapeAttribute(unit.id)}">`];
      if (unit.note) lines.push(`  <note from="developer">${escapeText(unit.note)}</note>`);
      lines.push(`  <source>${writeSegments(unit.source)}</source>`);
      if (unit.target) {
        const state = unit.state ? ` state="${escapeAttribute(unit.state)}"` : '';
        lines.push(`  <target${state}>${writeSegments(unit.target)}</target>`);
      }
      lines.push('</trans-unit>');
      return lines.join('\n');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${escapeAttribute(locale)}" source-language="en" original="heat-widgets-data" datatype="plaintext">
<body>
${body}
</body>
</file>
</xliff>
`;
}

type XmlNode = { nodeType: number; nodeName: string; childNodes: ArrayLike<XmlNode>; nodeValue: string | null };
type XmlElement = XmlNode & { getAttribute(name: string): string | null; getElementsByTagName(name: string): ArrayLike<XmlElement> };

function readSegments(element: XmlElement): Segment[] {
  const segments: Segment[] = [];
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const text = node.nodeValue ?? '';
      const previous = segments[segments.length - 1];
      if (typeof previous === 'string') segments[segments.length - 1] = previous + text;
      else segments.push(text);
    } else if (node.nodeType === 1 && (node.nodeName === 'x' || node.nodeName === 'ph')) {
      const el = node as XmlElement;
      segments.push({ placeholder: el.getAttribute('id') ?? '', text: el.getAttribute('equiv-text') ?? '' });
    }
  }
  return segments;
}

/** Reads a data XLIFF file. Throws on XML that does not parse, naming the file. */
export function readDataXliff(xml: string, file = 'data XLIFF'): DataUnit[] {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => {
      if (level !== 'warning') errors.push(String(message));
    },
  }).parseFromString(xml, 'text/xml') as unknown as XmlElement;
  if (errors.length) throw new Error(`${file} is not valid XML: ${errors[0]}`);
  return Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    const note = unit.getElementsByTagName('note')[0];
    const targetSegments = target ? readSegments(target) : undefined;
    const empty = !targetSegments || targetSegments.every((s) => typeof s === 'string' && !s.trim());
    return {
      id: unit.getAttribute('id') ?? '',
      source: source ? readSegments(source) : [],
      note: note ? readSegments(note).join('') : undefined,
      target: empty ? undefined : targetSegments,
      state: (target && target.getAttribute('state')) || undefined,
    };
  });
}
