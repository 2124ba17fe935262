/**
 * The bundled lines: the national file (`src/data/regions/us.json`, in the published schema) is part of every page
 * that lists lines, so help never waits for the network. States and counties load on demand (`region-data.ts`).
 *
 * Every number here comes from the project's verified content (see `test/unit/content.test.ts`, which compares them
 * when that content is present). English text lives in the file; other languages in `locales/data/`.
 */
import { translatedWithLocale } from '../i18n/data-text-loading.js';
import type { Dataset, Resource } from './types.js';
import national from './regions/us.json' with { type: 'json' };

export const bundledLines: Dataset = translatedWithLocale({ version: 1, resources: national.resources as Resource[], facts: [] });
