#!/usr/bin/env node
/**
 * `npm test`: every check, in order, then one line of totals (`N passed, N failed, N skipped`) for CI, which reads nothing else.
 * Steps: type check, localization coverage (i18n:status), unit tests (vitest, Node), build, size budget (gzip -9 of
 * what an English page loads), browser tests (@web/test-runner, Chromium), end-to-end tests (vitest driving Chromium
 * against the built dist/).
 * Exits non-zero when anything failed, when a step crashed, or when nothing was tested at all.
 * Before the totals, one line counts the hostile-input corpus (test/fixtures/hostile-inputs.ts): its cases are part
 * of the totals, and the line says how many ran through the validator and the CLI, and how many in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

function run(name, command, args, env = {}) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step without its own test count: one check that passes or fails. */
function step(name, command, args) {
  if (run(name, command, args)) passed++;
  else {
    failed++;
    problems.push(name);
  }
}

/** A suite that writes its own counts to `file`; a missing file means the suite crashed. */
function suite(name, command, args, file, env = {}, read = (json) => json) {
  const ok = run(name, command, args, env);
  if (!existsSync(file)) {
    failed++;
    problems.push(`${name} (no results: the suite did not run)`);
    return;
  }
  const counts = read(JSON.parse(readFileSync(file, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped ?? 0;
  if (!ok && counts.failed === 0) {
    failed++;
    problems.push(`${name} (exited with an error)`);
  } else if (counts.failed) problems.push(`${name} (${counts.failed} failed)`);
}

function vitestCounts(report) {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

step('type check', 'npx', ['tsc', '-p', 'tsconfig.json']);

// Localization gate: en and es at 100%, no broken placeholder, no changed number, generated modules up to date.
step('localization coverage', 'npm', ['run', 'i18n:status', '--silent']);

// vitest's JSON report uses jest's field names.
suite(
  'unit tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/unit.json`],
  `${out}/unit.json`,
  {},
  vitestCounts,
);

step('build', 'npm', ['run', 'build', '--silent']);

step('size budget', 'node', ['scripts/size-budget.mjs']);

suite('browser tests', 'npx', ['wtr'], `${out}/browser.json`, { HEAT_TEST_COUNTS: `${out}/browser.json` });

suite(
  'end-to-end tests',
  'npx',
  ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/e2e.json`],
  `${out}/e2e.json`,
  {},
  vitestCounts,
);

// The hostile-input corpus (issue 13): its cases are in the totals; this line says how many ran where.
const corpus = { passed: 0, failed: 0, parts: [] };
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unitCorpus = readJson(`${out}/unit.json`)
  ?.testResults.filter((file) => /hostile-inputs\.test\.ts$/.test(file.name))
  .flatMap((file) => file.assertionResults);
if (unitCorpus?.length) {
  const ok = unitCorpus.filter((t) => t.status === 'passed').length;
  corpus.passed += ok;
  corpus.failed += unitCorpus.filter((t) => t.status === 'failed').length;
  corpus.parts.push(`${unitCorpus.length} through the validator and the CLI`);
}
const browserCorpus = readJson(`${out}/browser.json`)?.corpus;
if (browserCorpus && browserCorpus.passed + browserCorpus.failed) {
  corpus.passed += browserCorpus.passed;
  corpus.failed += browserCorpus.failed;
  corpus.parts.push(`${browserCorpus.passed + browserCorpus.failed} in Chromium`);
}
console.log(
  corpus.parts.length
    ? `\nHostile-input corpus: ${corpus.passed + corpus.failed} cases (${corpus.parts.join(', ')}): ${corpus.passed} passed, ${corpus.failed} failed`
    : '\nHostile-input corpus: did not run',
);

if (problems.length) console.log(`\nFailed: ${problems.join('; ')}`);
if (passed + failed === 0 || passed === 0) {
  console.log('\nNothing was tested: that is a failure.');
  failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
