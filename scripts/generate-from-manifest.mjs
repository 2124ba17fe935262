#!/usr/bin/env node
/**
 * Everything that describes the elements' API is generated from `custom-elements.json` (itself generated from the
 * JSDoc by `npm run manifest`), never kept by hand:
 *
 *   committed, checked by test/unit/generated.test.ts:
 *     README.md            the API tables between `<!-- api:start -->` and `<!-- api:end -->`, and the theme table
 *                          between `<!-- theme:start -->` and `<!-- theme:end -->` (values read from the theme tokens)
 *     src/elements.ts      side-effect-free class exports (`heat-widgets/elements`)
 *     src/jsx.ts           JSX / TypeScript attribute types for every tag (`heat-widgets/jsx`)
 *     src/react/index.ts   React wrappers made with @lit/react (`heat-widgets/react`)
 *   built into dist/ (npm run build):
 *     dist/web-types.json                 JetBrains IDEs (package.json `web-types`)
 *     dist/vscode.html-custom-data.json   VS Code `html.customData`
 *     dist/vscode.css-custom-data.json    VS Code `css.customData`
 *
 * Usage: node scripts/generate-from-manifest.mjs [--check]
 *   --check   write nothing; exit 1 and name each committed file that is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = 'Generated from custom-elements.json by scripts/generate-from-manifest.mjs: do not edit.';

/** Every custom element in the manifest, with public members only, sorted by tag. */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({
        ...declaration,
        modulePath: mod.path,
        attributes: declaration.attributes ?? [],
        properties: (declaration.members ?? []).filter(
          (m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_'),
        ),
        events: declaration.events ?? [],
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim();
const cell = (text = '') => oneLine(text).replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text.replace(/`/g, '')}\`` : '');
const typeText = (type) => (type?.text ?? '').replace(/\s*\|\s*undefined/g, '');
/** `'light' | 'dark'` -> ['light', 'dark']; anything else -> undefined. */
export function choices(type) {
  const parts = typeText(type).split('|').map((t) => t.trim());
  return parts.length > 1 && parts.every((t) => /^'[^']*'$/.test(t)) ? parts.map((t) => t.slice(1, -1)) : undefined;
}
const pascal = (name) => name.replace(/(^|[-_])(\w)/g, (_, __, c) => c.toUpperCase());
const importPath = (from, modulePath) => {
  const target = modulePath.replace(/^\/?src\//, '').replace(/\.ts$/, '.js');
  const depth = from.split('/').length - 1;
  return (depth ? '../'.repeat(depth) : './') + target;
};

// ---------------------------------------------------------------------------------------------------------------
// README

function table(header, rows) {
  if (!rows.length) return '';
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function readmeApi(elements) {
  const out = [`<!-- ${GENERATED} -->`];
  for (const el of elements) {
    out.push('', `### \`<${el.tagName}>\``, '', oneLine(el.summary ?? el.description ?? ''));
    const attrRows = el.attributes.map((a) => [
      code(a.name),
      a.fieldName ? code(a.fieldName) : '',
      cell(choices(a.type)?.map((c) => `\`${c}\``).join(', ') ?? code(typeText(a.type))),
      code(a.default?.replace(/^'(.*)'$/, '$1') ?? ''),
      cell(a.description),
    ]);
    if (attrRows.length) out.push('', '**Attributes**', '', table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attrRows));
    const eventRows = el.events.map((e) => [code(e.name), code(typeText(e.type)), cell(e.description)]);
    if (eventRows.length) out.push('', '**Events** (all bubble and are composed)', '', table(['Event', 'Type', 'Description'], eventRows));
    const slotRows = el.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
    if (slotRows.length) out.push('', '**Slots**', '', table(['Slot', 'Description'], slotRows));
    const partRows = el.cssParts.map((p) => [code(p.name), cell(p.description)]);
    if (partRows.length) out.push('', '**Parts** (style with `::part()`)', '', table(['Part', 'Description'], partRows));
    const propRows = el.cssProperties.map((p) => [code(p.name), cell(p.description)]);
    if (propRows.length) out.push('', '**Custom properties**', '', table(['Property', 'Description'], propRows));
  }
  return out.join('\n');
}

/** The light and dark values of every `--heat-*` token, read from the theme's `--_x: var(--heat-y, value)` pairs. */
export function readmeTheme(themeSource) {
  const values = new Map();
  for (const [, name, value] of themeSource.matchAll(/var\((--heat-[a-z0-9-]+),\s*([^;]+?)\);/g)) {
    if (!values.has(name)) values.set(name, []);
    const list = values.get(name);
    if (!list.includes(value)) list.push(value);
  }
  const rows = [...values].map(([name, [light, dark]]) => [code(name), code(light), dark ? code(dark) : '(same)']);
  const note = '<!-- Generated from src/base/theme.styles.ts by scripts/generate-from-manifest.mjs: do not edit. -->';
  return [note, '', table(['Property', 'Light', 'Dark'], rows)].join('\n');
}

function replaceBetween(text, name, content, file) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// TypeScript: class exports, JSX types, React wrappers

export function elementsModule(elements) {
  const modules = [...new Set(elements.map((el) => el.modulePath))].sort();
  return `/**
 * \`heat-widgets/elements\`: the element classes without registering anything (no side effects). Register them
 * yourself, under our tag names or your own: \`customElements.define('heat-hotline-list', HeatHotlineList)\`.
 * \`heat-widgets\` (the package's main entry) registers every element instead.
 *
 * ${GENERATED}
 */
${modules.map((m) => `export * from '${importPath('elements.ts', m)}';`).join('\n')}
export type * from './base/events.js';
export { setHeatLocale } from './i18n/localization.js';
`;
}

export function jsxModule(elements) {
  const imports = elements.map((el) => `import type { ${el.name} } from '${importPath('jsx.ts', el.modulePath)}';`);
  const blocks = elements.map((el) => {
    const attrs = el.attributes.map((a) => {
      const values = choices(a.type);
      const text = typeText(a.type);
      const type = values
        ? values.map((v) => `'${v}'`).join(' | ')
        : /^number\b/.test(text)
          ? 'number | string'
          : /^boolean\b/.test(text)
            ? 'boolean'
            : 'string';
      return `  /** ${oneLine(a.description).replace(/\*\//g, '* /')} */\n  '${a.name}'?: ${type};`;
    });
    const events = el.events.map(
      (e) => `  /** ${oneLine(e.description).replace(/\*\//g, '* /')} */\n  '${e.name}': EventFor<'${e.name}'>;`,
    );
    const props = el.properties.map((p) => `'${p.name}'`);
    return `/** Attributes of \`<${el.tagName}>\` as written in HTML or JSX. */
export interface ${el.name}Attributes {
${attrs.join('\n')}
}

/** Events \`<${el.tagName}>\` fires, by name. */
export interface ${el.name}Events {
${events.join('\n')}
}

/** Public properties of \`<${el.tagName}>\`, typed from the class. */
export type ${el.name}Properties = Partial<Pick<${el.name}, ${props.length ? props.join(' | ') : 'never'}>>;`;
  });
  return `/**
 * \`heat-widgets/jsx\`: types for writing the tags in JSX or checking attributes in TypeScript. Framework-neutral:
 * add \`HeatWidgetsElements\` to your framework's \`JSX.IntrinsicElements\` (React users get it with
 * \`heat-widgets/react\`). \`HTMLElementTagNameMap\` entries come with the classes themselves.
 *
 * ${GENERATED}
 */
${imports.join('\n')}

type EventFor<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;

${blocks.join('\n\n')}

/** Every heat-widgets tag and the attributes it takes. */
export interface HeatWidgetsElements {
${elements.map((el) => `  '${el.tagName}': ${el.name}Attributes;`).join('\n')}
}

/** Every heat-widgets tag and its events. */
export interface HeatWidgetsEvents {
${elements.map((el) => `  '${el.tagName}': ${el.name}Events;`).join('\n')}
}
`;
}

export function reactModule(elements) {
  const imports = elements.map(
    (el) => `import { ${el.name} as ${el.name}Element } from '${importPath('react/index.ts', el.modulePath)}';`,
  );
  const wrappers = elements.map((el) => {
    const events = el.events.map(
      (e) => `    /** ${oneLine(e.description).replace(/\*\//g, '* /')} */\n    on${pascal(e.name)}: '${e.name}' as EventName<EventFor<'${e.name}'>>,`,
    );
    return `/** React wrapper for \`<${el.tagName}>\`: ${oneLine(el.summary ?? '').replace(/\*\//g, '* /')} */
export const ${el.name} = createComponent({
  tagName: '${el.tagName}',
  elementClass: ${el.name}Element,
  react: React,
  events: {
${events.join('\n')}
  },
  displayName: '${el.name}',
});`;
  });
  return `/**
 * \`heat-widgets/react\`: React components for every element, made with @lit/react. Properties are set as
 * properties, events arrive through typed \`on…\` props (\`onHeatDataError\`). Importing this module registers the
 * elements; it runs in the browser (in Next.js, a client component).
 *
 * ${GENERATED}
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../index.js';
${imports.join('\n')}
import type { HeatWidgetsElements } from '../jsx.js';

type EventFor<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;

${wrappers.join('\n\n')}

// React 19 renders custom elements directly too: type the plain tags for JSX.
type HeatIntrinsic<K extends keyof HeatWidgetsElements & keyof HTMLElementTagNameMap> = React.DetailedHTMLProps<
  React.HTMLAttributes<HTMLElementTagNameMap[K]>,
  HTMLElementTagNameMap[K]
> &
  HeatWidgetsElements[K];

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': HeatIntrinsic<'${el.tagName}'>;`).join('\n')}
    }
  }
}
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Editors

export function webTypes(elements, pkg) {
  const docUrl = (el) => `${pkg.homepage ?? 'https://www.npmjs.com/package/heat-widgets'}#${el.tagName}`;
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: oneLine(el.summary ?? el.description),
          'doc-url': docUrl(el),
          attributes: el.attributes.map((a) => ({
            name: a.name,
            description: oneLine(a.description),
            ...(a.default ? { default: a.default } : {}),
            value: choices(a.type)
              ? { type: 'enum', kind: 'plain' }
              : { type: typeText(a.type) || 'string', kind: /^number/.test(typeText(a.type)) ? 'expression' : 'plain' },
            ...(choices(a.type) ? { values: choices(a.type).map((name) => ({ name })) } : {}),
          })),
          slots: el.slots.map((s) => ({ name: s.name, description: oneLine(s.description) })),
          events: el.events.map((e) => ({ name: e.name, description: oneLine(e.description) })),
          js: {
            properties: el.properties.map((p) => ({
              name: p.name,
              description: oneLine(p.description),
              value: { type: typeText(p.type) || 'unknown' },
            })),
            events: el.events.map((e) => ({ name: e.name, description: oneLine(e.description) })),
          },
          css: {
            parts: el.cssParts.map((p) => ({ name: p.name, description: oneLine(p.description) })),
            properties: el.cssProperties.map((p) => ({ name: p.name, description: oneLine(p.description) })),
          },
        })),
      },
    },
  };
}

export function vscodeHtml(elements) {
  return {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: {
        kind: 'markdown',
        value: [
          oneLine(el.summary ?? el.description),
          el.events.length ? `\n\nEvents: ${el.events.map((e) => `\`${e.name}\``).join(', ')}` : '',
          el.cssParts.length ? `\n\nParts: ${el.cssParts.map((p) => `\`${p.name}\``).join(', ')}` : '',
        ].join(''),
      },
      attributes: el.attributes.map((a) => ({
        name: a.name,
        description: oneLine(a.description),
        ...(choices(a.type) ? { values: choices(a.type).map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

export function vscodeCss(elements) {
  const properties = new Map();
  for (const el of elements) for (const p of el.cssProperties) if (!properties.has(p.name)) properties.set(p.name, oneLine(p.description));
  const parts = new Map();
  for (const el of elements) for (const p of el.cssParts) parts.set(`${el.tagName}::part(${p.name})`, oneLine(p.description));
  return {
    version: 1.1,
    properties: [...properties].map(([name, description]) => ({ name, description })),
    pseudoElements: [...parts].map(([name, description]) => ({ name, description })),
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** Every output as { path: contents }, from the manifest and the files beside it. */
export function generate({ manifest, readme, themeSource, pkg }) {
  const elements = elementsOf(manifest);
  let nextReadme = replaceBetween(readme, 'api', readmeApi(elements), 'README.md');
  nextReadme = replaceBetween(nextReadme, 'theme', readmeTheme(themeSource), 'README.md');
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    committed: {
      'README.md': nextReadme,
      'src/elements.ts': elementsModule(elements),
      'src/jsx.ts': jsxModule(elements),
      'src/react/index.ts': reactModule(elements),
    },
    built: {
      'dist/web-types.json': json(webTypes(elements, pkg)),
      'dist/vscode.html-custom-data.json': json(vscodeHtml(elements)),
      'dist/vscode.css-custom-data.json': json(vscodeCss(elements)),
    },
  };
}

export function readInputs(dir = root) {
  const read = (file) => readFileSync(join(dir, file), 'utf8');
  return {
    manifest: JSON.parse(read('custom-elements.json')),
    readme: read('README.md'),
    themeSource: read('src/base/theme.styles.ts'),
    pkg: JSON.parse(read('package.json')),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const { committed, built } = generate(readInputs());
  const stale = [];
  for (const [file, contents] of Object.entries(committed)) {
    const path = join(root, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === contents) continue;
    if (check) stale.push(file);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, contents);
      console.log(`wrote ${file}`);
    }
  }
  if (check) {
    if (stale.length) {
      console.error(`Out of date: ${stale.join(', ')}. Run: npm run manifest && npm run generate`);
      process.exit(1);
    }
  } else {
    for (const [file, contents] of Object.entries(built)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), contents);
      console.log(`wrote ${file}`);
    }
  }
}
