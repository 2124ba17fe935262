/**
 * The whole bundled dataset, lines and facts, for tools and tests (the extractor, the content test, the validator's
 * tests). Elements import only the part they show: `bundled-lines.ts` or `bundled-facts.ts` (whose state and local
 * facts, `regional-facts.ts`, load on demand), so a page that lists lines never downloads the facts, and the reverse.
 *
 * No official and no operator of a national line is named, because they change.
 */
import { bundledFacts } from './bundled-facts.js';
import { bundledLines } from './bundled-lines.js';
import { regionalFacts } from './regional-facts.js';
import type { Dataset } from './types.js';

export const bundledData: Dataset = { version: 1, resources: bundledLines.resources, facts: [...bundledFacts.facts, ...regionalFacts] };
