/**
 * The manifest is the one source for the API docs, editor data, JSX types and React wrappers: it must describe the
 * sources as they are, follow the custom-elements-manifest schema, and everything made from it must be current.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { elementsOf, generate, readInputs } from '../../scripts/generate-from-manifest.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const elements = elementsOf(manifest);

describe('custom-elements.json', () => {
  it('follows the custom-elements-manifest schema', () => {
    const schema = JSON.parse(read('node_modules/custom-elements-manifest/schema.json'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is what the analyzer makes from the sources now (run `npm run manifest`)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heat-cem-'));
    try {
      // --outdir is taken relative to the working directory.
      const result = spawnSync('npx', ['cem', 'analyze', '--quiet', '--outdir', relative(root, dir)], { cwd: root, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'))).toEqual(manifest);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('lists at least the registered elements, each documented', () => {
    const registered = [...read('src/index.ts').matchAll(/defineElement\('([a-z0-9-]+)'/g)].map((m) => m[1]);
    expect(registered.length).toBeGreaterThan(0);
    expect(elements.map((e) => e.tagName)).toEqual(expect.arrayContaining(registered));
    for (const el of elements) {
      expect(el.summary, `${el.tagName} @summary`).toBeTruthy();
      for (const a of el.attributes) expect(a.description, `${el.tagName} attribute ${a.name}`).toBeTruthy();
      for (const e of el.events) {
        expect(e.description, `${el.tagName} event ${e.name}`).toBeTruthy();
        // Typed through GlobalEventHandlersEventMap (or an explicit @fires {Type}).
        expect(e.type?.text, `${el.tagName} event ${e.name} has no type`).toBeTruthy();
        expect(e.name, 'events are prefixed heat-').toMatch(/^heat-/);
      }
      for (const p of [...el.cssParts, ...el.cssProperties, ...el.slots]) expect(p.description, `${el.tagName} ${p.name}`).toBeTruthy();
      for (const p of el.cssProperties) expect(p.name).toMatch(/^--heat-/);
    }
  });
});

describe('files generated from the manifest', () => {
  const { committed, built } = generate(readInputs(root));

  for (const [file, contents] of Object.entries(committed)) {
    it(`${file} is current (run \`npm run generate\`)`, () => {
      expect(read(file) === contents, `${file} is out of date: run npm run manifest && npm run generate`).toBe(true);
    });
  }

  it('the README has a table of attributes, events, parts and custom properties for every element', () => {
    const readme = read('README.md');
    for (const el of elements) {
      const section = readme.slice(readme.indexOf(`### \`<${el.tagName}>\``));
      for (const a of el.attributes) expect(section).toContain(`| \`${a.name}\` |`);
      for (const e of el.events) expect(section).toContain(`| \`${e.name}\` |`);
      for (const p of [...el.cssParts, ...el.cssProperties]) expect(section).toContain(`| \`${p.name}\` |`);
    }
  });

  it('web-types and VS Code data describe every element, attribute, event and part', () => {
    const webTypes = JSON.parse(built['dist/web-types.json']);
    const html = JSON.parse(built['dist/vscode.html-custom-data.json']);
    const css = JSON.parse(built['dist/vscode.css-custom-data.json']);
    for (const el of elements) {
      const wt = webTypes.contributions.html.elements.find((x: { name: string }) => x.name === el.tagName);
      expect(wt.attributes.map((a: { name: string }) => a.name)).toEqual(el.attributes.map((a) => a.name));
      expect(wt.events.map((e: { name: string }) => e.name)).toEqual(el.events.map((e) => e.name));
      expect(wt.css.parts.map((p: { name: string }) => p.name)).toEqual(el.cssParts.map((p) => p.name));
      const tag = html.tags.find((t: { name: string }) => t.name === el.tagName);
      expect(tag.attributes.map((a: { name: string }) => a.name)).toEqual(el.attributes.map((a) => a.name));
      for (const p of el.cssParts) {
        expect(css.pseudoElements.map((x: { name: string }) => x.name)).toContain(`${el.tagName}::part(${p.name})`);
      }
    }
    // Choices from string-literal unions reach the editors.
    const theme = html.tags[0].attributes.find((a: { name: string }) => a.name === 'theme');
    expect(theme.values.map((v: { name: string }) => v.name)).toEqual(['light', 'dark', 'auto']);
  });

  it('the React wrappers type every event as an on… prop', () => {
    const react = committed['src/react/index.ts'];
    for (const el of elements) {
      expect(react).toContain(`export const ${el.name} = createComponent({`);
      for (const e of el.events) {
        const prop = `on${e.name.replace(/(^|-)(\w)/g, (_: string, __: string, c: string) => c.toUpperCase())}`;
        expect(react).toContain(`${prop}: '${e.name}' as EventName<EventFor<'${e.name}'>>`);
      }
    }
    expect(react).toContain("onHeatDataError: 'heat-data-error'");
  });
});
