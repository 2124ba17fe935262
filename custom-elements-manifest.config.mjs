/**
 * `npm run manifest` (cem analyze) reads this. Two small plugins fill what the analyzer leaves out, so that every
 * generator downstream (README tables, web-types, VS Code data, JSX types, React wrappers) can rely on the manifest:
 *
 * - event types: each `heat-*` event is declared once in `GlobalEventHandlersEventMap` (src/base/events.ts and any
 *   element's own file); its type there (`CustomEvent<HeatDataErrorDetail>`) becomes the manifest event's `type`.
 * - attribute text: a property's one-line doc comment wins over the class's `@attr` text in the analyzer; the `@attr`
 *   text is the one written for page authors, so it becomes the attribute's description.
 * - choices: a type alias that is a union of string literals (`type Theme = 'light' | 'dark' | 'auto'`) is written
 *   out, so that editors and the configurator can offer the values.
 */

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function heatDocsPlugin() {
  const eventTypes = new Map();
  const attrTexts = new Map(); // class name -> Map(attribute -> description)
  const literalUnions = new Map(); // alias name -> "'a' | 'b'"
  const expand = (type) => {
    if (!type?.text) return;
    const parts = type.text.split('|').map((t) => t.trim());
    if (parts.some((t) => literalUnions.has(t))) {
      type.text = parts.map((t) => literalUnions.get(t) ?? t).join(' | ');
    }
  };
  return {
    name: 'heat-docs',
    analyzePhase({ ts, node }) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type || !member.name) continue;
          const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
          eventTypes.set(name, member.type.getText());
        }
      }
      if (
        ts.isTypeAliasDeclaration(node) &&
        ts.isUnionTypeNode(node.type) &&
        node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
      ) {
        literalUnions.set(node.name.text, node.type.types.map((t) => `'${t.literal.text}'`).join(' | '));
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const texts = new Map();
        for (const doc of node.jsDoc ?? []) {
          for (const tag of doc.tags ?? []) {
            if (tag.tagName.text !== 'attr' && tag.tagName.text !== 'attribute') continue;
            const comment = typeof tag.comment === 'string' ? tag.comment : (tag.comment ?? []).map((c) => c.text).join('');
            const match = /^\s*(?:\{[^}]*\}\s*)?([\w-]+)\s*-?\s*([\s\S]*)$/.exec(comment);
            if (match && match[2].trim()) texts.set(match[1], match[2].replace(/\s+/g, ' ').trim());
          }
        }
        if (texts.size) attrTexts.set(node.name.text, texts);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // The file walk's order is not stable between machines; a sorted manifest diffs cleanly and tests reliably.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (!event.type && eventTypes.has(event.name)) event.type = { text: eventTypes.get(event.name) };
          }
          const texts = attrTexts.get(declaration.name);
          for (const attribute of declaration.attributes ?? []) {
            const text = texts?.get(attribute.name);
            if (text) attribute.description = text;
            expand(attribute.type);
          }
          for (const member of declaration.members ?? []) expand(member.type);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Generated code, the bundled data (its whole text would be a variable's default), the Node-only CLI and the React
  // wrappers are not part of the elements' API.
  exclude: ['src/i18n/generated/**', 'src/data/bundled-data.ts', 'src/data/region-names.ts', 'src/hotline-list/picker.ts', 'src/i18n/lazy-tags.ts', 'src/cli/**', 'src/react/**', 'src/elements.ts', 'src/jsx.ts'],
  litelement: true,
  // package.json's customElements key is written by hand; the manifest test analyzes into a scratch folder.
  packagejson: false,
  plugins: [heatDocsPlugin()],
};
