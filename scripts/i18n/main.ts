/**
 * The translator commands, run through `scripts/i18n/cli.mjs`:
 *   extract  update `locales/data/<locale>.xlf` from the bundled data (after `lit-localize extract` did the interface)
 *   build    regenerate everything under `src/i18n/generated/` from the XLIFF files and `lit-localize.json`
 *   status   print coverage per locale; exit 1 on a broken placeholder, a changed number, an out-of-date build, or a
 *            required locale (`--require=en,es`) below 100%
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Config } from '@lit/localize-tools/lib/types/config.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import type { Message } from '@lit/localize-tools/lib/messages.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import { bundledData } from '../../src/data/bundled-data.js';
import { readDataXliff, writeDataXliff, type DataUnit } from './data-xliff.js';
import { dataTables, mergeUnits, sourceUnits } from './data-units.js';
import { coreBundleName, coreBundleSource, factsBundleName, factsBundleSource, loaderMapSource } from './generate.js';
import { PSEUDO_LOCALE, pseudoLocalize } from './pseudo.js';
import { computeStatus, formatStatus, type InterfaceMessage, type StatusReport } from './status.js';

type RuntimeConfig = Config & { output: RuntimeOutputConfig };

interface Project {
  root: string;
  config: RuntimeConfig;
  sourceLocale: string;
  targetLocales: string[];
  /** `locales/data/`: data text XLIFF, one file per target locale. */
  dataDir: string;
  /** `src/i18n/generated/`: everything `build` writes. */
  generatedDir: string;
}

export function readProject(root: string): Project {
  const file = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  if (file.output?.mode !== 'runtime') throw new Error('lit-localize.json: output.mode must be "runtime"');
  const config: RuntimeConfig = { ...file, baseDir: root, resolve: (path: string) => resolve(root, path) };
  return {
    root,
    config,
    sourceLocale: config.sourceLocale,
    targetLocales: [...config.targetLocales],
    dataDir: join(root, 'locales', 'data'),
    generatedDir: join(root, 'src', 'i18n', 'generated'),
  };
}

const toParts = (message: Message): InterfaceMessage => ({
  id: message.name,
  parts: message.contents.map((c) => (typeof c === 'string' ? c : { placeholder: c.untranslatable })),
});

function readDataTranslations(project: Project, locale: string): DataUnit[] {
  const file = join(project.dataDir, `${locale}.xlf`);
  return existsSync(file) ? readDataXliff(readFileSync(file, 'utf8'), relative(project.root, file)) : [];
}

/** The pseudo-locale's interface strings: lit-localize's own build, fed pseudo-localized source messages. */
class PseudoLocalizer extends RuntimeLitLocalizer {
  override readTranslationsSync() {
    const { messages } = this.extractSourceMessages();
    const pseudo = messages.map((m) => ({ name: m.name, contents: pseudoLocalize(m.contents) }));
    return { translations: new Map([[PSEUDO_LOCALE as Locale, pseudo]]) };
  }
}

function readTree(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readTree(path, base, out);
    else out.set(relative(base, path), readFileSync(path, 'utf8'));
  }
  return out;
}

/** Everything `build` writes, path (relative to `src/i18n/generated/`) to content, made in a scratch folder. */
async function generatedFiles(project: Project, localizer: RuntimeLitLocalizer, quiet = false): Promise<Map<string, string>> {
  const scratch = mkdtempSync(join(tmpdir(), 'heat-i18n-'));
  // lit-localize logs each missing translation; the status report lists them already.
  const { log, warn } = console;
  if (quiet) console.log = console.warn = () => undefined;
  try {
    const output = { ...project.config.output, outputDir: join(scratch, 'locales'), localeCodesModule: join(scratch, 'locale-codes.ts') };
    // lit-localize's own build (it refuses broken placeholders), into the scratch folder.
    (localizer as unknown as { config: RuntimeConfig }).config = { ...project.config, output };
    await localizer.build();
    await new PseudoLocalizer({
      ...project.config,
      targetLocales: [PSEUDO_LOCALE as Locale],
      output: { ...output, localeCodesModule: undefined },
    }).build();
    const files = readTree(scratch);
    const source = sourceUnits(bundledData);
    for (const locale of project.targetLocales) {
      const tables = dataTables(source, readDataTranslations(project, locale));
      files.set(`bundles/${coreBundleName(locale)}.ts`, coreBundleSource(locale, tables.core));
      files.set(`bundles/${factsBundleName(locale)}.ts`, factsBundleSource(locale, tables.facts));
    }
    const pseudo: Record<'core' | 'facts', Record<string, string>> = { core: {}, facts: {} };
    for (const unit of source) {
      const text = pseudoLocalize(unit.source).map((s) => (typeof s === 'string' ? s : s.text)).join('');
      pseudo[unit.id.startsWith('fact.') ? 'facts' : 'core'][unit.id] = text;
    }
    files.set(`bundles/${coreBundleName(PSEUDO_LOCALE)}.ts`, coreBundleSource(PSEUDO_LOCALE, pseudo.core));
    files.set(`bundles/${factsBundleName(PSEUDO_LOCALE)}.ts`, factsBundleSource(PSEUDO_LOCALE, pseudo.facts));
    files.set('locale-loaders.ts', loaderMapSource(project.targetLocales, [PSEUDO_LOCALE]));
    return files;
  } finally {
    Object.assign(console, { log, warn });
    rmSync(scratch, { recursive: true, force: true });
  }
}

function status(project: Project, localizer: RuntimeLitLocalizer, required: readonly string[]): StatusReport {
  const { messages, errors } = localizer.extractSourceMessages();
  if (errors.length) throw new Error(`lit-localize could not read the source: ${errors.length} error(s)`);
  const { translations } = localizer.readTranslationsSync();
  return computeStatus({
    sourceLocale: project.sourceLocale,
    targetLocales: project.targetLocales,
    messages: messages.map(toParts),
    interfaceTranslations: new Map(project.targetLocales.map((l) => [l, (translations.get(l as Locale) ?? []).map(toParts)])),
    dataSource: sourceUnits(bundledData),
    dataTranslations: new Map(project.targetLocales.map((l) => [l, readDataTranslations(project, l)])),
    required,
  });
}

/** The status of the project at `root`, without the generated-files check (for tests). */
export function projectStatus(root: string, required: readonly string[]): StatusReport {
  const project = readProject(root);
  return status(project, new RuntimeLitLocalizer(project.config), required);
}

export function extract(project: Project): void {
  const source = sourceUnits(bundledData);
  mkdirSync(project.dataDir, { recursive: true });
  for (const locale of project.targetLocales) {
    const units = mergeUnits(source, readDataTranslations(project, locale));
    writeFileSync(join(project.dataDir, `${locale}.xlf`), writeDataXliff(locale, units));
    const translated = units.filter((u) => u.target).length;
    console.log(`locales/data/${locale}.xlf: ${units.length} data texts, ${translated} with a translation`);
  }
}

export async function build(project: Project): Promise<void> {
  const localizer = new RuntimeLitLocalizer(project.config);
  const problems = status(project, localizer, []).failures;
  if (problems.length) throw new Error(`Fix these translations first (see npm run i18n:status):\n  ${problems.join('\n  ')}`);
  const files = await generatedFiles(project, localizer);
  // Files of locales no longer configured go; everything else is rewritten.
  for (const old of readTree(project.generatedDir).keys()) {
    if (!files.has(old)) rmSync(join(project.generatedDir, old));
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(project.generatedDir, path)), { recursive: true });
    writeFileSync(join(project.generatedDir, path), content);
  }
  console.log(`src/i18n/generated/: ${files.size} files for ${[...project.targetLocales, `${PSEUDO_LOCALE} (pseudo)`].join(', ')}`);
}

export async function checkStatus(project: Project, required: readonly string[]): Promise<boolean> {
  const localizer = new RuntimeLitLocalizer(project.config);
  const report = status(project, localizer, required);
  if (!report.failures.some((f) => f.includes('broken placeholder'))) {
    const expected = await generatedFiles(project, localizer, true);
    const actual = readTree(project.generatedDir);
    const stale = [...expected].filter(([path, content]) => actual.get(path) !== content).map(([path]) => path);
    const extra = [...actual.keys()].filter((path) => !expected.has(path));
    for (const path of [...stale, ...extra]) {
      report.failures.push(`src/i18n/generated/${path} is out of date: run npm run i18n:build`);
    }
  }
  console.log(formatStatus(report, required, project.sourceLocale));
  return report.failures.length === 0;
}

export async function main(args: readonly string[], root = process.cwd()): Promise<number> {
  const [command] = args;
  const required = (args.find((a) => a.startsWith('--require='))?.slice('--require='.length) ?? '')
    .split(',')
    .filter(Boolean);
  try {
    const project = readProject(root);
    if (command === 'extract') extract(project);
    else if (command === 'build') await build(project);
    else if (command === 'status') return (await checkStatus(project, required)) ? 0 : 1;
    else {
      console.error('usage: node scripts/i18n/cli.mjs extract | build | status [--require=en,es]');
      return 2;
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}
