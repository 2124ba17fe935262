/**
 * Runtime validation of heat-widgets data: the one implementation, used by the browser loader and by the
 * `heat-widgets validate` command. It mirrors `schema/heat-data.schema.json` (a unit test keeps the two agreeing).
 *
 * Untrusted input is never spread or assigned into our objects: every value is read field by field and copied into
 * fresh objects, so keys such as `__proto__` or `constructor` have no effect. A bad entry is dropped on its own; the
 * rest of the file still counts.
 */
import { DIAL_PATTERN, KEYWORD_PATTERN, isE164, isEmailAddress, safeHttpsUrl } from './links.js';
import { REGION_PATTERN } from './regions.js';
import { closestRegions, isKnownRegion, nearestKnownRegion, ourLineRegion } from './region-index.js';
import type {
  Channel,
  Guidance,
  Region,
  Schedule,
  Confidence,
  Dataset,
  Fact,
  FactScope,
  Hours,
  LocalizedText,
  Resource,
  Source,
} from './types.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** JSON path of the offending value, e.g. `$.resources[2].channels[0].number`. */
  path: string;
  message: string;
}

export interface ValidationResult {
  /** The usable data, or undefined when the file as a whole cannot be used. */
  dataset?: Dataset;
  problems: Problem[];
}

export interface ValidateOptions {
  /** Our own data files: their lines carry our ids (partner files may not). */
  ours?: boolean;
  /** Reference date for the staleness warning. */
  now?: Date;
  /** Warn about entries verified longer ago than this many months. */
  staleAfterMonths?: number;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TOPIC_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_TEXT = 2000;
const MAX_ENTRIES = 5000;
const MAX_ITEMS = 50;
const SCOPES: readonly FactScope[] = ['definitions', 'national', 'state', 'local'];
const CONFIDENCES: readonly string[] = ['confirmed', 'seed', 'disputed'];
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What makes shown text lie about a number: a bidirectional control character (ALM, LRM, RLM, LRE, RLE, PDF, LRO,
 * RLO, LRI, RLI, FSI, PDI) reorders the text around it (a number shown with its digit groups reversed, while the
 * link dials the real one), and a digit other than 0-9 ("٩١١", "９１１") reads as a number the same-digits rule never
 * sees. Refused in every text we read.
 */
const DECEPTIVE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|(?![0-9])\p{Nd}/u;
const DECEPTIVE_MESSAGE =
  'holds a bidirectional control character (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) or a digit other than 0-9: either can make what is shown differ from what is dialled';

/**
 * How a phone number is written: digits, spaces and + ( ) - . only, then at most a name in brackets without digits
 * ("711 (Maine Relay)"). No letters among the digits: "Police" before a number is a name, and names have their field.
 */
export const DISPLAY_PATTERN = /^[0-9+(][0-9 +().-]*( \([A-Za-z][A-Za-z .'&-]{0,23}\))?$/;

/**
 * The numbers a line with the topic `emergency` may carry: emergency services' own short numbers. Such a line is shown
 * first, in place of our 911, so a ten-digit number there would be answered by whoever owns it, not by the police.
 */
export const EMERGENCY_NUMBERS: readonly string[] = [
  '911', '112', '999', '000', '111', '110', '119', '100', '101', '102', '108', '190', '192', '193', '995', '997', '998', '10111',
];

/** True for the id of one of our verified lines (see `ourLineRegion`): a partner file cannot reuse it. */
export function isOurLineId(id: string): boolean {
  return ourLineRegion(id) !== undefined;
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, Json>, key: string): Json {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Thrown inside an entry to drop that entry; carries the path and reason. */
class EntryError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

class Reader {
  readonly problems: Problem[] = [];
  constructor(private readonly options: Required<ValidateOptions>) {}

  /** Warns about a region code we do not know: its lines show where its nearest known region's do. */
  knownRegion(region: string, path: string): void {
    if (isKnownRegion(region)) return;
    this.warn(
      path,
      `"${region}" is not a region code we know: its lines show on pages for ${nearestKnownRegion(region)} and the regions inside it. Did you mean ${closestRegions(region).join(', ')}?`,
    );
  }

  schedule(value: Json, path: string): Schedule {
    if (!isRecord(value)) throw new EntryError(path, 'must be an object with timeZone, days, opens and closes');
    const timeZone = this.string(value, 'timeZone', path, 64);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
      throw new EntryError(`${path}.timeZone`, 'must be an IANA time zone such as "America/Chicago"');
    }
    const days = own(value, 'days');
    if (!Array.isArray(days) || !days.length || !days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
      throw new EntryError(`${path}.days`, 'must list the days open, 0 (Sunday) to 6 (Saturday)');
    }
    const opens = this.string(value, 'opens', path, 5);
    const closes = this.string(value, 'closes', path, 5);
    if (!TIME_PATTERN.test(opens) || !TIME_PATTERN.test(closes) || opens >= closes) {
      throw new EntryError(`${path}.opens`, 'opens and closes must be times "HH:MM" (24-hour), opening first');
    }
    return { timeZone, days: [...new Set(days as number[])], opens, closes };
  }

  guidance(value: Json, path: string): Guidance {
    if (!isRecord(value)) throw new EntryError(path, 'must be an object with text, source and verified');
    const rawSource = own(value, 'source');
    if (rawSource === undefined) throw new EntryError(`${path}.source`, 'guidance needs its source');
    return {
      text: this.text(value, 'text', path),
      source: this.source(rawSource, `${path}.source`),
      verified: this.verified(value, path),
      confidence: this.confidence(value, path),
    };
  }

  regionEntry(value: Json, path: string): Region & { id: string } {
    if (!isRecord(value)) throw new EntryError(path, 'must be an object with code and name');
    const code = this.string(value, 'code', path, 100);
    if (!REGION_PATTERN.test(code)) throw new EntryError(`${path}.code`, 'must be a region code such as "us-tx" or "us-ca-butte"');
    this.knownRegion(code, `${path}.code`);
    const region: Region & { id: string } = { id: code, code, name: this.text(value, 'name', path) };
    const guidance = own(value, 'guidance');
    if (guidance !== undefined) region.guidance = this.guidance(guidance, `${path}.guidance`);
    return region;
  }

  warn(path: string, message: string): void {
    this.problems.push({ severity: 'warning', path, message });
  }

  error(path: string, message: string): void {
    this.problems.push({ severity: 'error', path, message });
  }

  string(record: Record<string, Json>, key: string, path: string, max = MAX_TEXT): string {
    const value = own(record, key);
    if (typeof value !== 'string' || value.trim() === '') throw new EntryError(`${path}.${key}`, 'must be a non-empty string');
    if (value.length > max) throw new EntryError(`${path}.${key}`, `must be at most ${max} characters`);
    if (DECEPTIVE.test(value)) throw new EntryError(`${path}.${key}`, DECEPTIVE_MESSAGE);
    return value;
  }

  optionalString(record: Record<string, Json>, key: string, path: string, max = MAX_TEXT): string | undefined {
    return own(record, key) === undefined ? undefined : this.string(record, key, path, max);
  }

  text(record: Record<string, Json>, key: string, path: string): LocalizedText {
    const value = own(record, key);
    const at = `${path}.${key}`;
    // A plain string is shorthand for English only.
    if (typeof value === 'string') return { en: this.string(record, key, path) };
    if (!isRecord(value)) throw new EntryError(at, 'must be a string or an object of texts by locale, with "en"');
    const result: LocalizedText = { en: '' };
    for (const locale of Object.keys(value)) {
      if (!LOCALE_PATTERN.test(locale)) {
        this.warn(`${at}.${locale}`, 'is not a locale tag such as "es" or "zh-Hans"; ignored');
        continue;
      }
      const text = value[locale];
      // A lying text in any language drops the entry, as in English: a reader sees only their own language.
      if (typeof text === 'string' && DECEPTIVE.test(text)) throw new EntryError(`${at}.${locale}`, DECEPTIVE_MESSAGE);
      if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_TEXT) {
        this.warn(`${at}.${locale}`, `must be a non-empty string of at most ${MAX_TEXT} characters; ignored`);
        continue;
      }
      result[locale] = text;
    }
    if (!result.en) throw new EntryError(`${at}.en`, 'an English text is required (every locale falls back to it)');
    return result;
  }

  optionalText(record: Record<string, Json>, key: string, path: string): LocalizedText | undefined {
    return own(record, key) === undefined ? undefined : this.text(record, key, path);
  }

  /** A fact's list items: one to fifty texts. One bad item drops the fact, since the list would read wrong without it. */
  items(record: Record<string, Json>, path: string): LocalizedText[] | undefined {
    const value = own(record, 'items');
    if (value === undefined) return undefined;
    const at = `${path}.items`;
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ITEMS) {
      throw new EntryError(at, `must be a list of 1 to ${MAX_ITEMS} texts`);
    }
    // Read through `text()` with a key that makes problem paths read `$.facts[4].items[2]`.
    return value.map((item, i) => this.text({ [`items[${i}]`]: item }, `items[${i}]`, path));
  }

  region(record: Record<string, Json>, path: string): string {
    const region = this.string(record, 'region', path, 100);
    if (!REGION_PATTERN.test(region)) throw new EntryError(`${path}.region`, 'must be a region code such as "us" or "us-ca-alameda"');
    return region;
  }

  id(record: Record<string, Json>, path: string): string {
    const id = this.string(record, 'id', path, 64);
    if (!ID_PATTERN.test(id)) throw new EntryError(`${path}.id`, 'must be lower-case letters, digits and hyphens');
    return id;
  }

  confidence(record: Record<string, Json>, path: string): Confidence {
    const value = own(record, 'confidence');
    if (value === undefined) return 'confirmed';
    if (value === 'unverified') throw new EntryError(`${path}.confidence`, 'unverified entries are never shown');
    if (typeof value !== 'string' || !CONFIDENCES.includes(value)) {
      throw new EntryError(`${path}.confidence`, `must be one of ${CONFIDENCES.join(', ')}`);
    }
    return value as Confidence;
  }

  year(record: Record<string, Json>, path: string): number | undefined {
    const value = own(record, 'year');
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2100) {
      throw new EntryError(`${path}.year`, 'must be a whole year such as 2016');
    }
    return value;
  }

  languages(record: Record<string, Json>, path: string): string[] | undefined {
    const value = own(record, 'languages');
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string' && LOCALE_PATTERN.test(tag))) {
      throw new EntryError(`${path}.languages`, 'must be a list of language tags such as ["en", "es"]');
    }
    return [...value] as string[];
  }

  source(value: Json, path: string): Source {
    if (!isRecord(value)) throw new EntryError(path, 'must be an object with "title" and "publisher"');
    const source: Source = {
      title: this.string(value, 'title', path, 300),
      publisher: this.string(value, 'publisher', path, 300),
    };
    const year = this.year(value, path);
    if (year !== undefined) source.year = year;
    const rawUrl = own(value, 'url');
    if (rawUrl !== undefined) {
      const url = safeHttpsUrl(rawUrl);
      if (url) source.url = url;
      else this.warn(`${path}.url`, 'is not an https: address; the source is shown without a link');
    }
    return source;
  }

  hours(value: Json, path: string): Hours {
    if (value === '24/7') return '24/7';
    return this.text({ hours: value }, 'hours', path.slice(0, path.lastIndexOf('.')));
  }

  /** One channel; on an `emergency` line only a call, TTY or text to one of `EMERGENCY_NUMBERS`. */
  channel(value: Json, path: string, emergency = false): Channel {
    if (!isRecord(value)) throw new EntryError(path, 'must be an object');
    const kind = own(value, 'kind');
    if (emergency && kind !== 'call' && kind !== 'tty' && kind !== 'text') {
      throw new EntryError(`${path}.kind`, 'an emergency line carries only emergency numbers (call, tty or text)');
    }
    const base: { languages?: string[]; note?: LocalizedText; confidence?: Confidence; schedule?: Schedule; afterHours?: string } = {};
    const languages = this.languages(value, path);
    if (languages) base.languages = languages;
    const note = this.optionalText(value, 'note', path);
    if (note) base.note = note;

    const rawConfidence = own(value, 'confidence');
    if (rawConfidence !== undefined) base.confidence = this.confidence(value, path);

    if (kind === 'call' || kind === 'tty' || kind === 'text') {
      const number = this.string(value, 'number', path, 16);
      if (!DIAL_PATTERN.test(number)) {
        throw new EntryError(`${path}.number`, 'must be an E.164 number such as "+18883737888" or a short code such as "988"');
      }
      if (emergency && !EMERGENCY_NUMBERS.includes(number)) {
        throw new EntryError(
          `${path}.number`,
          `"${number}" is not an emergency number (${EMERGENCY_NUMBERS.join(', ')}): a line with the topic "emergency" is shown first, in place of 911`,
        );
      }
      if (!isE164(number)) this.warn(`${path}.number`, `"${number}" is a short code, not an E.164 number: check it works from every phone`);
      const display = this.optionalString(value, 'display', path, 32) ?? number;
      if (!DISPLAY_PATTERN.test(display)) {
        throw new EntryError(
          `${path}.display`,
          'must be written with digits, spaces and + ( ) - . only, then at most a name in brackets without digits, as in "711 (Maine Relay)"',
        );
      }
      if (!sameDigits(number, display)) {
        throw new EntryError(`${path}.display`, `shows different digits from "number" (${number})`);
      }
      const rawHours = own(value, 'hours');
      const hours = rawHours === undefined ? undefined : this.hours(rawHours, `${path}.hours`);
      const rawSchedule = own(value, 'schedule');
      if (rawSchedule !== undefined) {
        if (hours === undefined || hours === '24/7') throw new EntryError(`${path}.schedule`, 'needs the hours written out in "hours" too');
        base.schedule = this.schedule(rawSchedule, `${path}.schedule`);
      }
      const afterHours = own(value, 'afterHours');
      if (afterHours !== undefined) {
        if (typeof afterHours !== 'string' || !DIAL_PATTERN.test(afterHours)) {
          throw new EntryError(`${path}.afterHours`, 'must be the number of another channel of this listing');
        }
        base.afterHours = afterHours;
      }
      if (kind !== 'text') return { kind, number, display, ...(hours ? { hours } : {}), ...base };
      const keyword = this.optionalString(value, 'keyword', path, 40);
      if (keyword !== undefined && !KEYWORD_PATTERN.test(keyword)) {
        throw new EntryError(`${path}.keyword`, 'must be a plain word or words (letters, digits, spaces, hyphens)');
      }
      return { kind, number, display, ...(keyword ? { keyword } : {}), ...(hours ? { hours } : {}), ...base };
    }
    if (kind === 'web') {
      const url = safeHttpsUrl(own(value, 'url'));
      if (!url) throw new EntryError(`${path}.url`, 'must be an absolute https: address');
      const label = this.optionalText(value, 'label', path);
      return { kind, url, ...(label ? { label } : {}), ...base };
    }
    if (kind === 'email') {
      const address = own(value, 'address');
      if (!isEmailAddress(address)) throw new EntryError(`${path}.address`, 'must be an e-mail address');
      if (DECEPTIVE.test(address)) throw new EntryError(`${path}.address`, DECEPTIVE_MESSAGE);
      return { kind, address, ...base };
    }
    throw new EntryError(`${path}.kind`, 'must be one of call, tty, text, web, email');
  }

  verified(record: Record<string, Json>, path: string): string {
    const value = this.string(record, 'verified', path, 10);
    const time = Date.parse(`${value}T00:00:00Z`);
    // A day that never was (2024-02-30) reads back as another one (March 1).
    if (!DATE_PATTERN.test(value) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
      throw new EntryError(`${path}.verified`, 'must be a date that exists, written YYYY-MM-DD');
    }
    const { now, staleAfterMonths } = this.options;
    // One day's grace: somewhere on Earth it is already tomorrow.
    if (time > now.getTime() + DAY_MS) {
      throw new EntryError(`${path}.verified`, `is in the future (${value}): nobody can have checked it yet`);
    }
    const limit = new Date(now);
    limit.setUTCMonth(limit.getUTCMonth() - staleAfterMonths);
    if (time < limit.getTime()) {
      this.warn(`${path}.verified`, `was last checked on ${value}, more than ${staleAfterMonths} months ago: check it again`);
    }
    return value;
  }

  topics(record: Record<string, Json>, path: string): string[] {
    const value = own(record, 'topics');
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((t) => typeof t === 'string' && TOPIC_PATTERN.test(t))) {
      throw new EntryError(`${path}.topics`, 'must be a list of lower-case topic words such as ["csec", "report"]');
    }
    return [...new Set(value as string[])];
  }

  resource(value: Json, path: string): Resource {
    if (!isRecord(value)) throw new EntryError(path, 'must be an object');
    const id = this.id(value, path);
    if (!this.options.ours && isOurLineId(id)) {
      throw new EntryError(`${path}.id`, `"${id}" is the id of one of our verified lines: a file cannot replace a verified number; give your line an id of its own`);
    }
    const topics = this.topics(value, path);
    const emergency = topics.includes('emergency');
    const rawChannels = own(value, 'channels');
    if (!Array.isArray(rawChannels)) throw new EntryError(`${path}.channels`, 'must be a list');
    const channels: Channel[] = [];
    rawChannels.forEach((raw, i) => {
      try {
        channels.push(this.channel(raw, `${path}.channels[${i}]`, emergency));
      } catch (e) {
        if (!(e instanceof EntryError)) throw e;
        this.error(e.path, `${e.message}; this channel is left out`);
      }
    });
    if (channels.length === 0) throw new EntryError(`${path}.channels`, 'has no usable channel');
    channels.forEach((channel, i) => {
      if ('afterHours' in channel && channel.afterHours && !channels.some((c) => 'number' in c && c !== channel && c.number === channel.afterHours)) {
        this.warn(`${path}.channels[${i}].afterHours`, 'is not the number of another channel of this listing; it is not shown');
        delete channel.afterHours;
      }
    });
    const resource: Resource = {
      id,
      name: this.text(value, 'name', path),
      description: this.text(value, 'description', path),
      region: this.region(value, path),
      topics,
      channels,
      verified: this.verified(value, path),
      confidence: this.confidence(value, path),
    };
    const note = this.optionalText(value, 'note', path);
    if (note) resource.note = note;
    const source = own(value, 'source');
    if (source !== undefined) resource.source = this.source(source, `${path}.source`);
    return resource;
  }

  fact(value: Json, path: string): Fact {
    if (!isRecord(value)) throw new EntryError(path, 'must be an object');
    const scope = own(value, 'scope');
    if (typeof scope !== 'string' || !SCOPES.includes(scope as FactScope)) {
      throw new EntryError(`${path}.scope`, `must be one of ${SCOPES.join(', ')}`);
    }
    const rawSource = own(value, 'source');
    if (rawSource === undefined) throw new EntryError(`${path}.source`, 'every fact needs a source');
    const fact: Fact = {
      id: this.id(value, path),
      scope: scope as FactScope,
      region: this.region(value, path),
      group: this.optionalString(value, 'group', path, 40) ?? scope,
      statement: this.text(value, 'statement', path),
      source: this.source(rawSource, `${path}.source`),
      confidence: this.confidence(value, path),
    };
    const figure = this.optionalString(value, 'figure', path, 40);
    if (figure !== undefined) fact.figure = figure;
    const items = this.items(value, path);
    if (items) fact.items = items;
    const label = this.optionalText(value, 'label', path);
    if (label) fact.label = label;
    const year = this.year(value, path);
    if (year !== undefined) fact.year = year;
    const caveat = this.optionalText(value, 'caveat', path);
    if (caveat) fact.caveat = caveat;
    if (fact.confidence === 'disputed' && !fact.caveat) {
      throw new EntryError(`${path}.caveat`, 'a disputed figure is never shown without its caveat');
    }
    return fact;
  }

  list<T>(root: Record<string, Json>, key: 'resources' | 'facts' | 'regions', read: (v: Json, p: string) => T & { id: string }): T[] {
    const raw = own(root, key);
    if (raw === undefined) return [];
    const out: T[] = [];
    if (!Array.isArray(raw)) {
      this.error(`$.${key}`, 'must be a list');
      return out;
    }
    if (raw.length > MAX_ENTRIES) this.error(`$.${key}`, `has more than ${MAX_ENTRIES} entries; the rest are ignored`);
    const seen = new Set<string>();
    raw.slice(0, MAX_ENTRIES).forEach((entry, i) => {
      const path = `$.${key}[${i}]`;
      try {
        const item = read.call(this, entry, path);
        if (seen.has(item.id)) throw new EntryError(`${path}.id`, `repeats the id "${item.id}"`);
        seen.add(item.id);
        out.push(item);
      } catch (e) {
        if (!(e instanceof EntryError)) throw e;
        this.error(e.path, `${e.message}; this entry is left out`);
      }
    });
    return out;
  }
}

/** True when the display form shows the same digits as the dialable number (country code optional). */
function sameDigits(number: string, display: string): boolean {
  const dial = number.replace(/\D/g, '');
  const shown = display.replace(/\D/g, '');
  if (shown === dial) return true;
  // "+18883737888" may be written "(888) 373-7888" or "1-888-373-7888".
  return number.startsWith('+1') && shown === dial.slice(1);
}

/** Validates untrusted data. Never throws: a file that cannot be used at all comes back without a dataset. */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const reader = new Reader({ now: options.now ?? new Date(), staleAfterMonths: options.staleAfterMonths ?? 12, ours: options.ours ?? false });
  if (!isRecord(input)) {
    reader.error('$', 'must be a JSON object with "version", "resources" and/or "facts"');
    return { problems: reader.problems };
  }
  if (own(input, 'version') !== 1) {
    reader.error('$.version', 'must be 1');
    return { problems: reader.problems };
  }
  if (!['resources', 'facts', 'regions'].some((key) => Array.isArray(own(input, key)))) {
    reader.error('$', 'must have a "resources", "facts" or "regions" list');
    return { problems: reader.problems };
  }
  const dataset: Dataset = {
    version: 1,
    resources: reader.list(input, 'resources', reader.resource),
    facts: reader.list(input, 'facts', reader.fact),
  };
  dataset.resources.forEach((r, i) => reader.knownRegion(r.region, `$.resources[${i}].region`));
  const regions = reader.list(input, 'regions', reader.regionEntry);
  if (regions.length) dataset.regions = regions.map(({ code, name, guidance }) => (guidance ? { code, name, guidance } : { code, name }));
  const replace = own(input, 'replaceBundled');
  if (replace === true) dataset.replaceBundled = true;
  else if (replace !== undefined && replace !== false) reader.error('$.replaceBundled', 'must be true or false');
  return { dataset, problems: reader.problems };
}
