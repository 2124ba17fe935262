/** One static part of a template, collapsed; see minify-html-templates.mjs for the rules. */
export function collapseTemplateWhitespace(text: string, afterExpression: boolean, beforeExpression: boolean): string;
/** `code` with every html``/svg`` template's line-break whitespace collapsed, or undefined when nothing changed. */
export function minifyHtmlTemplates(code: string, fileName?: string): string | undefined;
/** The edits behind minifyHtmlTemplates, in source order. */
export function templateWhitespaceEdits(code: string, fileName?: string): { start: number; end: number; text: string }[];
/** One static part of a template with its one-word attribute values unquoted; see minify-html-templates.mjs. */
export function unquoteAttributeWords(text: string): string;
