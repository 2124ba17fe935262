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

export type ChannelKind = 'call' | 'text' | 'web' | 'email';

/** `24/7`, or opening hours written out. Absent when the sources publish none or disagree. */
export type Hours = '24/7' | LocalizedText;

interface ChannelBase {
  /** BCP 47 tags of the languages the channel answers in, when the source says. */
  languages?: string[];
  /** How this channel must be presented, shown next to it (for example, "dial 711 first"). */
  note?: LocalizedText;
}

export interface CallChannel extends ChannelBase {
  kind: 'call';
  number: DialString;
  /** The number as people write it in US English ("1-888-373-7888"). Data, never translated. */
  display: string;
  hours?: Hours;
}

export interface TextChannel extends ChannelBase {
  kind: 'text';
  number: DialString;
  display: string;
  /** Prefilled message body. Data, never translated: services match it literally. */
  keyword?: string;
  hours?: Hours;
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

export type Channel = CallChannel | TextChannel | WebChannel | EmailChannel;

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

export interface Dataset {
  version: 1;
  resources: Resource[];
  facts: Fact[];
}
