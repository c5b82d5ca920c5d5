/**
 * Types of the gazetteer: places, bodies, titles and people, each valid over a period.
 * @module
 */

/** What an entry is. */
export type EntryKind = "place" | "body" | "title" | "person";

/** One named thing of the political world, valid from `validFrom` to `validTo` (ISO, inclusive). */
export interface GazetteerEntry {
  /** Stable id, never reused (`tinh:hai-duong`, `org:bo-chinh-tri`, `title:bi-thu`, `person:to-lam`). */
  id: string;
  kind: EntryKind;
  /** Canonical name (NFC, the project's tone placement). */
  name: string;
  /** Other written forms (abbreviations, spelling variants). Unit-word forms (`tỉnh X`) are implied. */
  aliases: string[];
  /**
   * province, centrally-run-city, district, urban-district, town, city, commune, ward, township,
   * special-zone, country, region, foreign-city, foreign-province; party-*, ministry, court, ...;
   * title, title-head, foreign-title, rank; person.
   */
  type: string;
  validFrom?: string;
  validTo?: string;
  /** The place/body this one belongs to (a district's province, a ministry's government). */
  parent?: string;
  /** What it became when it ended (the 2025 province, the merged ministry). */
  successors?: string[];
  /** Old units that formed this one (new provinces of 2025-07-01). */
  mergedFrom?: string[];
  /** Some alias of this entry also names something else (`BCT`, `Huế`): resolve by context. */
  ambiguous?: boolean;
  /** The ambiguous aliases themselves. */
  ambiguousAliases?: string[];
  /** Titles: the kinds of body (ids, template ids, body or place types) the title attaches to. */
  bodyKind?: string;
  /** Titles: the generic head title (`title:bi-thu` for `Bí thư Tỉnh ủy`). */
  head?: string;
  /** Titles: one holder at a time per body and place. */
  singleHolder?: boolean;
  /** Official statistics code (GSO) where there is one. */
  code?: string;
  /**
   * Where the entry comes from: the citation of a bundled place, body or title; for a bundled
   * person, the row's address in the repository's table at `DATA_VERSION` (`data/people.tsv:12`),
   * where its citations are (they are not shipped); `user` (or what you gave) for your entries.
   */
  source: string;
  /**
   * Non-empty when part of the row could not be verified: what, for places, bodies and titles; for
   * a bundled person, the row's address (as `source`), where the note is.
   */
  uncertain?: string;
}

/** A period in which a person held a post. */
export interface Tenure {
  /** Person id. */
  person: string;
  /** The post as written (`Bí thư Thành ủy Hà Nội`). */
  post: string;
  /** Title id. */
  title?: string;
  /** Body id or body-template id (`org:chinh-phu`, `tpl:thanh-uy`). */
  body?: string;
  /** Place id (for posts of a province, district ...). */
  place?: string;
  /** ISO date, possibly partial (`2016`, `2016-02`); empty = unknown. */
  from?: string;
  /** ISO date, possibly partial; absent = still in office as of the data. */
  to?: string;
  /**
   * Where the tenure comes from: for a bundled one, its row's address in the repository's table at
   * `DATA_VERSION` (`data/tenures.tsv:812`), where its citations are (they are not shipped);
   * `user`, `harvest` or what you gave for yours.
   */
  source: string;
  /** Non-empty when part of the tenure could not be verified: for a bundled one its row's address (as `source`), where the note says what. */
  uncertain?: string;
}

/** A gazetteer name found in a token sequence. */
export interface NameMatch {
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
  /** Offsets of the span (the tokens' offsets, i.e. normalised text). */
  start: number;
  end: number;
  /** Entries with this name (several when the name is shared: old and new province, BCT ...). */
  entries: GazetteerEntry[];
  /** Per entry: leading tokens that are a unit word (`tỉnh`, `huyện`, `TP`), 0 when none. */
  units: number[];
  /** Per entry: the text's capitalisation agrees with one of the entry's written forms. */
  cased: boolean[];
  /** Per entry: the matched form is one of its ambiguous aliases. */
  ambiguousForm: boolean[];
}

/** A template for bodies named after a place: `Tỉnh ủy <tỉnh>`, `UBND <unit> <place>`, `Sở <field> <tỉnh>`. */
export interface BodyTemplate {
  id: string;
  /** The head words (`Tỉnh ủy`, `UBND`, `Sở`). */
  head: string;
  /** Other forms of the head (`Ủy ban nhân dân`). */
  aliases: string[];
  /** Templates this head wraps (`Ban Thường vụ` + `Tỉnh ủy Hải Dương`). */
  wraps: string[];
  /** Place types that may follow. */
  placeTypes: string[];
  /** Whether the unit word (`tỉnh`, `thành phố`, `huyện`) appears before the place. */
  unitWord: "none" | "optional" | "required";
  bodyType: string;
  /** `Sở`: the fields that may follow the head (`Tài chính`, `GD&ĐT`). */
  fields: string[];
  validFrom?: string;
  validTo?: string;
  example: string;
  source: string;
}
