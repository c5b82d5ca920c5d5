/**
 * The result contract of thoisu: plain JSON, offsets in UTF-16 code units into the
 * ORIGINAL input, end exclusive, so that `input.slice(e.start, e.end) === e.text` always.
 * @module
 */

/** The six entity types defined by the annotation guidelines. */
export type EntityType = "PERSON" | "ROLE" | "ORG" | "LOC" | "MONEY" | "DATE";

/** The entity types, in a fixed order (useful for tables and loops). */
export const ENTITY_TYPES: readonly EntityType[] = ["PERSON", "ROLE", "ORG", "LOC", "MONEY", "DATE"];

/** A MONEY value: an exact amount, or a range. Amounts are plain numbers in the currency's unit. */
export type MoneyValue =
  | { amount: number; currency: string }
  | { min: number; max: number; currency: string };

/** A DATE value: a TIMEX3 value string such as `2017-06-09`, `2017-06-09TAF`, `2017/2020`, `XXXX-06-09`. */
export interface DateValue {
  timex: string;
}

/** One extracted entity. */
export interface Entity {
  type: EntityType;
  /** UTF-16 offset of the first code unit in the original input. */
  start: number;
  /** UTF-16 offset just past the last code unit in the original input. */
  end: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** Which rule or gazetteer entry produced this entity, e.g. `date/dmy` or `gazetteer:place/vn-01`. */
  rule: string;
  /** MONEY and DATE only. */
  value?: MoneyValue | DateValue;
  /** PERSON only: the full name this mention refers to (resolved within the document). */
  name?: string;
  /** Id of the gazetteer entry this entity links to, as of the article's date. */
  ref?: string;
  /** Extra attributes, e.g. `{ qualifier: "hơn" }` for money, `{ modifier: "nguyên" }` for roles. */
  attrs?: Record<string, string | number | boolean | string[] | null>;
}

/** A relation between two entities, given as indices into `Result.entities`. */
export interface Relation {
  type: "HOLDS";
  /** Index of the PERSON entity. */
  person: number;
  /** Index of the ROLE entity. */
  role: number;
  /** Which rule produced the relation. */
  rule?: string;
}

/** Information about the run. */
export interface ResultMeta {
  /** Package version. */
  version: string;
  /** Data (gazetteer) version. */
  dataVersion: string;
  /** The reference date used to resolve relative dates (ISO `YYYY-MM-DD`), or null when unknown. */
  date: string | null;
  /** Where the reference date came from. */
  dateSource: "option" | "dateline" | "none";
  /** Non-fatal observations, e.g. a weekday that contradicts its date. */
  warnings: string[];
}

/** What `extract` returns. */
export interface Result {
  text: string;
  entities: Entity[];
  relations: Relation[];
  meta: ResultMeta;
}

/** Options for `extract`. */
export interface ExtractOptions {
  /** The article's date (ISO `YYYY-MM-DD` or a `Date`); relative dates and the map/office-holders are read as of it. */
  date?: string | Date;
  /** Only return these entity types (default: all). */
  types?: readonly EntityType[];
}
