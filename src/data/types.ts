/**
 * The heat-widgets data model. One file describes everything a widget can render; the JSON Schema in
 * `schema/heat-data.schema.json` describes the same shape for partners, and `validate.ts` enforces it at runtime.
 */

/**
 * Text in several languages, keyed by BCP 47 tag. `en` is required: every other locale falls back to it, field by field.
 */
export type LocalizedText = { en: string } & { [locale: string]: string | undefined };

/** Region codes are hierarchical: `us` contains `us-ca`, which contains `us-ca-alameda`. */
export type RegionCode = string;

/** A dialable number: E.164 (`+18883737888`) or a short code / service number (`911`, `988`, `233733`). */
export type DialString = string;

export type ChannelKind = 'call' | 'tty' | 'text' | 'web' | 'email';

/** `24/7`, or opening hours written out. Absent when the sources publish none or disagree. */
export type Hours = '24/7' | LocalizedText;

interface ChannelBase {
  /** BCP 47 tags of the languages the channel answers in, when the source says. */
  languages?: string[];
  /** How this channel must be presented, shown next to it (for example, "dial 711 first", "For Oahu"). */
  note?: LocalizedText;
  /** How far this number was checked, when it differs from its listing's (a seed alternate of a confirmed line). */
  confidence?: Confidence;
}

/**
 * Office hours a line publishes with days, times and a known time zone, so "open now" can be said honestly. Only
 * where the source gives all three; holidays are not modelled (the text hours stay on screen).
 */
export interface Schedule {
  /** IANA time zone of the line ("America/Chicago"). */
  timeZone: string;
  /** Days open, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Local opening and closing time, "HH:MM" (24-hour). */
  opens: string;
  closes: string;
}

/** A number to dial: by voice, or by text telephone (TTY) for deaf and hard-of-hearing callers. */
interface DialChannel extends ChannelBase {
  number: DialString;
  /** The number as people write it in US English ("1-888-373-7888"). Data, never translated. */
  display: string;
  hours?: Hours;
  /** When `schedule` says the line is closed: open now or not, in the line's own time zone. */
  schedule?: Schedule;
  /** The number to call outside this channel's hours: another channel's `number` in the same listing, or "911". */
  afterHours?: DialString;
}

export interface CallChannel extends DialChannel {
  kind: 'call';
}

/** A TTY number: its own action, named as such. Maine's is the relay code 711. */
export interface TtyChannel extends DialChannel {
  kind: 'tty';
}

export interface TextChannel extends DialChannel {
  kind: 'text';
  /** Prefilled message body. Data, never translated: services match it literally. */
  keyword?: string;
}

export interface WebChannel extends ChannelBase {
  kind: 'web';
  /** An `https:` address. */
  url: string;
  /** What the page is for, when it is not the service's home page (e.g. "Report online"). */
  label?: LocalizedText;
}

export interface EmailChannel extends ChannelBase {
  kind: 'email';
  address: string;
}

export type Channel = CallChannel | TtyChannel | TextChannel | WebChannel | EmailChannel;

/** A channel with a number: call, TTY or text. */
export type NumberChannel = CallChannel | TtyChannel | TextChannel;

export interface Source {
  title: string;
  publisher: string;
  year?: number;
  /** An `https:` address, where the source has one. */
  url?: string;
}

export type Confidence = 'confirmed' | 'seed' | 'disputed';

export interface Resource {
  /** Stable id; partners and the `line` attribute refer to it. */
  id: string;
  name: LocalizedText;
  /** What the line is for, in one sentence. */
  description: LocalizedText;
  region: RegionCode;
  topics: string[];
  channels: Channel[];
  /** A presentation rule that must be shown with the listing ("not a reporting line"). */
  note?: LocalizedText;
  /** Where the listing was checked. Absent only for universal service numbers such as 911. */
  source?: Source;
  /** ISO date (YYYY-MM-DD) on which the listing was last checked against its source. */
  verified: string;
  confidence: Confidence;
}

export type FactScope = 'definitions' | 'national' | 'state' | 'local';

export interface Fact {
  id: string;
  scope: FactScope;
  region: RegionCode;
  /** Grouping within a scope: definition, scale, age, profile… Used for ordering and for the profile chart. */
  group: string;
  /** The figure as written in the source ("244,000-325,000", "86%"). Data, never translated. */
  figure?: string;
  statement: LocalizedText;
  /**
   * The members of a list the statement introduces ("It takes three primary forms:" then each form), so a definition
   * reads as a real list rather than a run-on sentence.
   */
  items?: LocalizedText[];
  /** A short label for charts and tables ("Ran away"), where the statement is too long. */
  label?: LocalizedText;
  source: Source;
  /** Year the figure refers to or was published, when known. */
  year?: number;
  confidence: Confidence;
  /** Required when `confidence` is `disputed`: shown in the same block as the figure. */
  caveat?: LocalizedText;
}

/**
 * What to do where there is no statewide reporting line (report to the county or tribal agency, or the police),
 * in our own words, with where that was read.
 */
export interface Guidance {
  text: LocalizedText;
  source: Source;
  verified: string;
  confidence: Confidence;
}

/** A place the product knows: its name (data, shown in every locale) and, for a state without a line, its guidance. */
export interface Region {
  /** `us-tx`, `us-ca-butte`. Kind and parent follow from the code: `us` > `us-ca` > `us-ca-butte`. */
  code: RegionCode;
  name: LocalizedText;
  guidance?: Guidance;
}

export interface Dataset {
  version: 1;
  resources: Resource[];
  facts: Fact[];
  /** Regions the file names (our region files carry theirs). */
  regions?: Region[];
  /**
   * A partner file adds its lines to ours by default. `true` shows only the file's lines (and 911, always).
   */
  replaceBundled?: boolean;
}
