/**
 * How the data files in `src/data/regions/` are written: an object or list that fits on one line (120 characters,
 * with its indent and key) stays on one line, so a channel (kind, number, display, hours) is usually one line and
 * correcting a number is a one-line diff. `npm run i18n:build` rewrites every region file in this form
 * (`scripts/i18n/region-format.ts`), so a translator's hand edit, in any layout, ends up as a tool edit would; a unit
 * test keeps every file in this form.
 */
const WIDTH = 120;

export function formatDataJson(value) {
  return `${format(value, '', 0)}\n`;
}

/** `value` at `indent`, after `lead` characters of key on its line. */
function format(value, indent, lead) {
  const line = oneLine(value);
  if (value === null || typeof value !== 'object' || indent.length + lead + line.length <= WIDTH) return line;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + format(v, inner, 0)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries
    .map(([k, v]) => {
      const key = `${JSON.stringify(k)}: `;
      return inner + key + format(v, inner, key.length);
    })
    .join(',\n')}\n${indent}}`;
}

/** One-line JSON with a space after `:` and `,`, for reading. */
function oneLine(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }` : '{}';
}
