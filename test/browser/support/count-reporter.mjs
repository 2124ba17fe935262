/**
 * A test-runner reporter that writes pass/fail totals to a JSON file, for scripts/test-all.mjs.
 * A test file that fails to load (a session error) counts as one failure, so a broken import cannot pass silently.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function countReporter(outputFile) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length || !session.testResults)) failed++;
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify({ passed, failed, skipped }));
    },
  };
}
