/**
 * The hostile-input corpus (test/fixtures/hostile-inputs.ts) through the validator and through `heat-widgets
 * validate`, which run the same code as the browser loader: each hostile entry is refused with an error at its path,
 * and the good entry beside it stays. The same corpus runs in Chromium in test/browser/hostile-inputs.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../src/cli/validate-command.js';
import { validateDataset } from '../../src/data/validate.js';
import { HOSTILE_FILES, hostileFile } from '../fixtures/hostile-inputs.js';

const now = new Date();
const dir = mkdtempSync(join(tmpdir(), 'heat-corpus-'));

describe(`hostile-input corpus: ${HOSTILE_FILES.length} partner files, validator and CLI`, () => {
  for (const test of HOSTILE_FILES) {
    it(`point ${test.point}: ${test.name} is refused at ${test.errorAt}; the good entry stays`, async () => {
      const file = hostileFile(test);
      const { dataset, problems } = validateDataset(JSON.parse(JSON.stringify(file)), { now });
      const kept = test.kind === 'facts' ? dataset?.facts : dataset?.resources;
      expect(kept?.map((entry) => entry.id)).toEqual([test.kind === 'facts' ? 'corpus-good-fact' : 'corpus-good-line']);
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors.some((p) => p.path.startsWith(test.errorAt)), JSON.stringify(problems)).toBe(true);

      // The command line says the same, with the same path, and fails.
      const path = join(dir, `${test.name}.json`);
      writeFileSync(path, JSON.stringify(file));
      const out: string[] = [];
      const code = await main(['validate', path], { log: (l) => out.push(l), error: (l) => out.push(l) }, now);
      expect(code).toBe(EXIT.invalid);
      expect(out.join('\n')).toContain(`error    ${test.errorAt}`);
    });
  }
});
