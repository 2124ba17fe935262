/**
 * Collapses the indentation inside Lit's `html` and `svg` template literals, and drops the quotes of one-word
 * attribute values, in the build, the dev server and the browser tests alike (vite.config.ts,
 * web-test-runner.config.mjs).
 *
 * Lit keeps a template's text exactly as written: every line break and indent between tags ships in the bundle and
 * becomes a text node that each render clones, lays out and, on removal, takes away one by one.
 *
 * The rule is JSX's, a little more careful. Only whitespace runs that contain a line break are touched (what a
 * formatter adds); a space typed on one line is always kept. Such a run is:
 * - removed between a tag and a tag (`>` … `<`), between a tag and an expression (`>` … `${`, `}` … `<`), and at the
 *   start or end of a template;
 * - otherwise made one space: between two expressions, and where text meets a tag (`Source:\n  <a>` stays
 *   `Source: <a>`), so words never run together there.
 * So, as in JSX, a line break between two inline siblings is no space: `<b>Hours:</b>\n${hours}` reads
 * "Hours:24/7". Write inline content that needs a space on one line (`<b>Hours:</b> ${hours}`). Every removal in
 * `src/` today sits in a block, flex or grid container or beside a block tag; rendered text was compared before and
 * after in five locales at 320 and 1280 px. No template here uses `white-space: pre`.
 */
import ts from 'typescript';

const TAGS = new Set(['html', 'svg']);

/**
 * @param {string} text raw text of one static part of a template
 * @param {boolean} afterExpression an expression (or nothing, at the start) precedes this part
 * @param {boolean} beforeExpression an expression (or nothing, at the end) follows this part
 */
export function collapseTemplateWhitespace(text, afterExpression, beforeExpression) {
  return text.replace(/\s*\n\s*/g, (run, offset) => {
    const before = offset === 0 ? (afterExpression ? '}' : '') : text[offset - 1];
    const end = offset + run.length;
    const after = end === text.length ? (beforeExpression ? '$' : '') : text[end];
    const tagOrEdge = (c) => c === '' || c === '>' || c === '<' || c === '}' || c === '$';
    const keepsSpace = (c) => c === '}' || c === '$';
    // Tag to tag, tag to expression, template edge: nothing renders there.
    if (tagOrEdge(before) && tagOrEdge(after) && !(keepsSpace(before) && keepsSpace(after))) return '';
    return ' ';
  });
}

/**
 * Drops the quotes around a static attribute value that is one plain word (`class="heading"` is `class=heading`),
 * as HTML allows; a value with anything else (a space, a `/`, an expression) keeps them, and so does one that a `/`
 * or an expression follows. Lit finds its bindings in unquoted attributes as in quoted ones.
 * @param {string} text raw text of one static part of a template
 */
export function unquoteAttributeWords(text) {
  return text.replace(/(\s[a-z][a-z0-9-]*)="([a-z][a-z0-9-]*)"(?=[\s>])/g, '$1=$2');
}

/**
 * The edits that collapse every `html`/`svg` template's static text in `code`: `{ start, end, text }`, in source
 * order (the build applies them with magic-string, so the source map stays exact).
 */
export function templateWhitespaceEdits(code, fileName = 'module.ts') {
  if (!/\b(html|svg)`/.test(code)) return [];
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const rewrite = (literal, afterExpression, beforeExpression) => {
    // The raw text sits between the delimiters: ` or } before it, ` or ${ after it.
    const start = literal.getStart(source) + 1;
    const end = literal.end - (ts.isTemplateTail(literal) || ts.isNoSubstitutionTemplateLiteral(literal) ? 1 : 2);
    const raw = code.slice(start, end);
    const text = unquoteAttributeWords(collapseTemplateWhitespace(raw, afterExpression, beforeExpression));
    if (text !== raw) edits.push({ start, end, text });
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) rewrite(template, false, false);
      else {
        rewrite(template.head, false, true);
        template.templateSpans.forEach((span) => rewrite(span.literal, true, !ts.isTemplateTail(span.literal)));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits.sort((a, b) => a.start - b.start);
}

/** Returns `code` with every `html`/`svg` template's static text collapsed, or `undefined` when nothing changed. */
export function minifyHtmlTemplates(code, fileName = 'module.ts') {
  const edits = templateWhitespaceEdits(code, fileName);
  if (!edits.length) return undefined;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
