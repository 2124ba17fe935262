/**
 * A test-runner reporter that writes pass/fail totals to a JSON file, for scripts/test-all.mjs.
 * A test file that fails to load (a session error) counts as one failure, so a broken import cannot pass silently.
 * `corpus` counts the hostile-input corpus's tests on their own (they are in the totals too), for `npm test`'s summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function countReporter(outputFile) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      // The hostile-input corpus (test/browser/hostile-inputs.test.ts), counted on its own too for the summary line.
      const corpus = { passed: 0, failed: 0 };
      const walk = (suite, inCorpus) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
          if (inCorpus && !test.skipped) corpus[test.passed ? 'passed' : 'failed']++;
        }
        for (const child of suite.suites ?? []) walk(child, inCorpus);
      };
      for (const session of sessions) {
        const inCorpus = /hostile-inputs\.test\.ts$/.test(session.testFile ?? '');
        if (session.testResults) walk(session.testResults, inCorpus);
        if (!session.passed && (session.errors?.length || !session.testResults)) {
          failed++;
          if (inCorpus) corpus.failed++;
        }
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify({ passed, failed, skipped, corpus }));
    },
  };
}
