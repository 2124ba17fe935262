/**
 * The region data files (`src/data/regions/<code>.json`): one per known region, each valid under the same validator
 * partners use, written the way `npm run i18n:build` writes them, and agreeing with the region index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { REGION_CODES, closestRegions, nearestKnownRegion, ourLineRegion, parentRegion, regionChain } from '../../src/data/region-index.js';
import { validateDataset } from '../../src/data/validate.js';
import { KNOWN_PAST } from '../../src/data/loader.js';
import { isOpenAt } from '../../src/data/schedule.js';
import { formatDataJson } from '../../scripts/data/format-json.mjs';
import { digitProblems, digitSequences, monthNumbers, sameFigure, withoutMonthNumbers } from '../../scripts/i18n/digits.js';

const dir = fileURLToPath(new URL('../../src/data/regions/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const read = (file: string) => readFileSync(`${dir}${file}`, 'utf8');
/** The latest `verified` date in our files: the files are checked as on that day (a later date would be refused). */
const latestVerified = files
  .flatMap((file) => [...read(file).matchAll(/"verified": "(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]))
  .sort()
  .at(-1)!;

describe('region data files', () => {
  it('there is one file per known region, and no other', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...REGION_CODES].sort());
    expect(REGION_CODES).toHaveLength(110);
  });

  it.each(files)('%s is valid, names its own region, and keeps its lines in it', (file) => {
    const code = file.replace(/\.json$/, '');
    const { dataset, problems } = validateDataset(JSON.parse(read(file)), { ours: true, now: new Date(latestVerified) });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The only warnings allowed are short codes (911, 988, 711, 233733), which are what those services publish.
    expect(problems.filter((p) => !/is a short code/.test(p.message))).toEqual([]);
    if (code !== 'us') expect(dataset!.regions?.map((r) => r.code)).toEqual([code]);
    for (const resource of dataset!.resources) {
      expect(resource.region, resource.id).toBe(code);
      expect(ourLineRegion(resource.id), `${resource.id} is reserved for our data, in this file`).toBe(code);
    }
  });

  it('the loader’s known-past day is one our data has reached (a reader’s clock behind it is not believed)', () => {
    expect(KNOWN_PAST <= latestVerified).toBe(true);
    // Recent enough to help: within a year of our latest check.
    expect(Date.parse(latestVerified) - Date.parse(KNOWN_PAST)).toBeLessThan(366 * 24 * 3600 * 1000);
  });

  it.each(files)('%s is written as the tools write it (a number is a one-line change)', (file) => {
    expect(read(file)).toBe(formatDataJson(JSON.parse(read(file))));
  });
});

describe('region index', () => {
  it('knows each region’s parent and kind from its code', () => {
    expect(parentRegion('us-ca-san-luis-obispo')).toBe('us-ca');
    expect(parentRegion('us-tx')).toBe('us');
    expect(parentRegion('us')).toBeUndefined();
  });

  it('reads an unknown code as its nearest known region, with the closest valid codes in one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(nearestKnownRegion('us-ca-modesto')).toBe('us-ca');
    expect(nearestKnownRegion('us-zz')).toBe('us');
    expect(regionChain('us-ca-modesto')).toEqual(['us', 'us-ca']);
    regionChain('us-ca-modesto');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('us-ca-modesto');
    expect(closestRegions('us-ca-stanislas')).toContain('us-ca-stanislaus');
    expect(regionChain('us-ca-butte')).toEqual(['us', 'us-ca', 'us-ca-butte']);
    warn.mockRestore();
  });
});

describe('partner files add to our lines and cannot replace them', () => {
  const line = (id: string) => ({
    id,
    name: 'A line',
    description: 'What it is for.',
    region: 'us-ca-stanislaus',
    channels: [{ kind: 'call', number: '+12025550123', display: '(202) 555-0123' }],
    verified: '2026-11-01',
  });

  it('refuses a partner line that reuses one of our ids, national or regional', () => {
    for (const id of ['nhth', 'emergency', 'tx-child-abuse-hotline', 'ca-butte-child-abuse-hotline', 'heat-watch-tip-line']) {
      const { dataset, problems } = validateDataset({ version: 1, resources: [line(id), line('county-youth-line')] });
      expect(dataset!.resources.map((r) => r.id), id).toEqual(['county-youth-line']);
      expect(problems.find((p) => p.severity === 'error')?.message).toContain('verified');
    }
  });

  it('reads replaceBundled, and warns about a region code it does not know, naming where its lines will show', () => {
    const { dataset, problems } = validateDataset({ version: 1, replaceBundled: true, resources: [{ ...line('mine'), region: 'us-ca-modesto' }] });
    expect(dataset!.replaceBundled).toBe(true);
    const warning = problems.find((p) => p.path === '$.resources[0].region');
    expect(warning?.message).toContain('us-ca');
    expect(validateDataset({ version: 1, replaceBundled: 'yes', resources: [line('mine')] }).problems[0].path).toBe('$.replaceBundled');
  });

  it('accepts TTY channels, schedules and after-hours numbers, and refuses a schedule without hours', () => {
    const tty = { kind: 'tty', number: '711', display: '711 (Relay)' };
    const scheduled = {
      kind: 'call',
      number: '+12025550123',
      display: '(202) 555-0123',
      hours: 'Monday to Friday, 9 a.m. to 5 p.m.',
      schedule: { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' },
      afterHours: '+12025550199',
    };
    const night = { kind: 'call', number: '+12025550199', display: '(202) 555-0199', hours: 'After hours.' };
    const { dataset } = validateDataset({ version: 1, resources: [{ ...line('mine'), channels: [scheduled, night, tty] }] });
    expect(dataset!.resources[0].channels.map((c) => c.kind)).toEqual(['call', 'call', 'tty']);
    const noHours = { ...scheduled, hours: undefined, afterHours: undefined };
    const result = validateDataset({ version: 1, resources: [{ ...line('mine'), channels: [noHours, night] }] });
    expect(result.problems.some((p) => p.path.endsWith('.schedule'))).toBe(true);
  });
});

describe('open now, on the line’s own clock', () => {
  const schedule = { timeZone: 'America/Chicago', days: [1, 2, 3, 4, 5], opens: '08:00', closes: '17:00' };
  it('is open inside the published days and hours in the line’s time zone, and closed outside them', () => {
    // Monday 2026-11-30: 14:00 UTC is 08:00 in Chicago (CST, UTC-6); 22:59 UTC is 16:59; 23:00 UTC is 17:00.
    expect(isOpenAt(schedule, new Date('2026-11-30T13:59:00Z'))).toBe(false);
    expect(isOpenAt(schedule, new Date('2026-11-30T14:00:00Z'))).toBe(true);
    expect(isOpenAt(schedule, new Date('2026-11-30T22:59:00Z'))).toBe(true);
    expect(isOpenAt(schedule, new Date('2026-11-30T23:00:00Z'))).toBe(false);
    // Saturday noon in Chicago.
    expect(isOpenAt(schedule, new Date('2026-12-05T18:00:00Z'))).toBe(false);
    // Summer time: Monday 2026-07-06 13:00 UTC is 08:00 CDT.
    expect(isOpenAt(schedule, new Date('2026-07-06T13:00:00Z'))).toBe(true);
  });
});

describe('translations in the region files', () => {
  /**
   * How a translation's numbers differ from its English: none may be added, dropped or changed, but a figure may be
   * written the language's way ("100.000" for "100,000" in Vietnamese) when it reads as the same number there, and
   * a month the English names may be written as its number.
   */
  const numberProblems = (english: string, locale: string, text: string) => {
    const same = sameFigure(locale);
    const source = digitSequences(english);
    return digitProblems(source, withoutMonthNumbers(digitSequences(text), source, monthNumbers(english), same), same);
  };

  it('a figure may be written the language’s way, only when it reads as the same number there', () => {
    const en = 'About 100,000 calls a year, 3.5% of them by text; open 24/7 since 1 May 2014.';
    expect(numberProblems(en, 'vi', 'Khoảng 100.000 cuộc gọi mỗi năm, 3,5% qua tin nhắn; mở 24/7 từ ngày 1 tháng 5 năm 2014.')).toEqual([]);
    expect(numberProblems(en, 'es', 'Unas 100\u202f000 llamadas al año, el 3.5 % por mensaje; abierta 24/7 desde el 1 de mayo de 2014.')).toEqual([]);
    // The English way reads as 100 in Vietnamese; "100.000" reads as 100 in Chinese.
    expect(numberProblems(en, 'vi', 'Khoảng 100,000 cuộc gọi mỗi năm, 3,5% qua tin nhắn; mở 24/7 từ ngày 1 tháng 5 năm 2014.')).toEqual([
      'changes 100,000 to 100,000',
    ]);
    expect(numberProblems(en, 'zh-Hans', '每年约 100.000 通电话，其中 3.5% 为短信；自 2014年5月1日起全天候开放 24/7。')).toEqual([
      'changes 100,000 to 100.000',
    ]);
  });

  it('keep every number of the English, in every language (a named month may be written as its number)', () => {
    const problems: string[] = [];
    for (const file of files) {
      const walk = (value: unknown, path: string): void => {
        if (!value || typeof value !== 'object') return;
        const record = value as Record<string, unknown>;
        if (typeof record.en === 'string') {
          for (const [locale, text] of Object.entries(record)) {
            if (locale === 'en' || typeof text !== 'string') continue;
            const found = numberProblems(record.en, locale, text);
            if (found.length) problems.push(`${file} ${path}.${locale}: ${found.join(', ')}: ${text}`);
          }
          return;
        }
        for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
      };
      walk(JSON.parse(read(file)), '$');
    }
    expect(problems).toEqual([]);
  });
});
