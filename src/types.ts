/**
 * The result contract of thoisu: plain JSON, offsets in UTF-16 code units into the
 * ORIGINAL input, end exclusive, so that `input.slice(e.start, e.end) === e.text` always.
 *
 * {@link Entity} is a union discriminated by `type`: checking `type` tells the compiler which
 * fields an entity has.
 *
 * @example
 * ```ts
 * for (const e of extract(text).entities) {
 *   if (e.type === "MONEY") console.log("amount" in e.value ? e.value.amount : `${e.value.min}..${e.value.max}`, e.value.currency);
 *   else if (e.type === "DATE") console.log(e.value.timex);
 *   else if (e.type === "PERSON") console.log(e.name, e.ref);
 *   else if (e.type === "ROLE") console.log(e.attrs?.title, e.attrs?.bodyRef);
 * }
 * ```
 * @module
 */

/** The six entity types defined by the annotation guidelines. */
export type EntityType = "PERSON" | "ROLE" | "ORG" | "LOC" | "MONEY" | "DATE";

/** The entity types, in a fixed order (useful for tables and loops). */
export const ENTITY_TYPES: readonly EntityType[] = ["PERSON", "ROLE", "ORG", "LOC", "MONEY", "DATE"];

/**
 * An exact amount of money, in the currency's unit (ISO 4217 code).
 *
 * @example `3 tỷ đồng` → `{ amount: 3000000000, currency: "VND" }`
 */
export interface MoneyAmount {
  amount: number;
  currency: string;
}

/**
 * A range of money, in the currency's unit (ISO 4217 code).
 *
 * @example `2-3 triệu USD` → `{ min: 2000000, max: 3000000, currency: "USD" }`
 */
export interface MoneyRange {
  min: number;
  max: number;
  currency: string;
}

/**
 * A MONEY value: an exact amount or a range; tell them apart with `"amount" in value`.
 *
 * @example
 * ```ts
 * const v: MoneyValue = e.value;
 * const low = "amount" in v ? v.amount : v.min;
 * ```
 */
export type MoneyValue = MoneyAmount | MoneyRange;

/**
 * A DATE value: a TIMEX3 value string, resolved against the article's date.
 *
 * @example `Chiều 9/6` (article of 2017-06-09) → `{ timex: "2017-06-09TAF" }`; also `2017/2020`, `2024-Q1`, `XXXX-06-09`.
 */
export interface DateValue {
  timex: string;
}

/** What every entity has, whatever its type. */
export interface EntityBase {
  /** UTF-16 offset of the first code unit in the original input. */
  start: number;
  /** UTF-16 offset just past the last code unit in the original input. */
  end: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** Which rule or gazetteer entry produced this entity, e.g. `date/dmy` or `gazetteer:tinh:ha-noi`. */
  rule: string;
}

/** Attributes of a PERSON. */
export interface PersonAttrs {
  /**
   * Why `ref` was given: `name+role` (an official of that name held a post the text gives them on
   * the article's date; without one, on a date the text writes in the role's sentence, or, with
   * none there, the post alone), `name+date` (no post in the text: the only official of that
   * name whose career, first tenure to last, spans the date; or posts the data lacks: of the
   * officials of that name, the only one whose career spans the date and has a province or body
   * of those posts), `name+place` (namesakes; the only one with a post in a province the article
   * names: in office on the date or, undated, ever) or `name` (no date known; given no post, the
   * only official of that name; given posts the data lacks, the only one of that name whose
   * known career has a province or body of them).
   */
  refBasis?: "name+role" | "name+date" | "name+place" | "name";
  /**
   * How sure the `ref` is, in [0, 1], to threshold: 0.95 a role fitting on the article's date, 0.85
   * a role fitted loosely (former/new post, no article date), 0.8 a unique name within the career,
   * 0.75 name and place on the date, 0.7 a name within the career whose namesakes were out of
   * office, 0.6 a name within the career with a post the data lacks there, 0.5 a unique name
   * without a date, 0.45 no date and a post the data lacks within the career, or namesakes told
   * apart by place.
   */
  refConfidence?: number;
  /**
   * Set, with `refCandidates`, when officials of that name are known but none is linked:
   * `ambiguous` (two or more remain), `role-unfit` (the posts the text gives fit none of their
   * known careers: a namesake, or a career the data lacks), `off-date` (no post given, and no
   * known career spans the article's date). No `ref` is guessed.
   */
  refUnresolved?: "ambiguous" | "role-unfit" | "off-date";
  /** The gazetteer ids of the officials of that name (those that remain, when `ambiguous`), when `refUnresolved`. */
  refCandidates?: string[];
}

/**
 * A named person. The span is the name only (no honorific, title, rank or degree).
 *
 * @example
 * ```ts
 * // "… Bí thư Thành ủy Hà Nội Hoàng Trung Hải …", article of 2017-06-09
 * { type: "PERSON", start: 34, end: 49, text: "Hoàng Trung Hải", rule: "person/after-role",
 *   name: "Hoàng Trung Hải", ref: "person:hoang-trung-hai", attrs: { refBasis: "name+role", refConfidence: 0.95 } }
 * ```
 */
export interface PersonEntity extends EntityBase {
  type: "PERSON";
  /** The full name this mention refers to, resolved within the article (`ông Hải` → `Hoàng Trung Hải`). */
  name: string;
  /** The official in the gazetteer (`person:…`) this name refers to, when the text and the article's date single them out. */
  ref?: string;
  attrs?: PersonAttrs;
  /** Absent on this type (declared so that `e.value` reads as undefined on any entity). */
  value?: undefined;
}

/** Attributes of a ROLE: its parts as written, and what they refer to as of the article's date. */
export interface RoleAttrs {
  /** The title as written (`Bí thư`, `Phó Chủ tịch`). */
  title?: string;
  /** The body as written right after the title (`Thành ủy Hà Nội`, `Bộ Tài chính`). */
  body?: string;
  /** The place as written inside the role (`Hà Nội`). */
  place?: string;
  /** `former` for `nguyên`/`cựu`, `new` for `tân`, written before the role (outside its span). */
  modifier?: "former" | "new";
  /** The title in the gazetteer (`title:bi-thu-thanh-uy`). */
  titleRef?: string;
  /** The body in the gazetteer (`org:bo-tai-chinh`), when the role names one. */
  bodyRef?: string;
  /** The template of a body named after a place (`tpl:thanh-uy` for `Thành ủy <place>`), when there is no `bodyRef`. */
  bodyTemplate?: string;
  /** The place in the gazetteer, as of the article's date (`tinh:ha-noi`). */
  placeRef?: string;
  /** The units `placeRef` became after a later reorganisation (the 2025 provinces), as gazetteer ids. */
  placeBecomes?: string[];
  /** True when `placeRef` is the article's dominant province standing for an unnamed one (`Chủ tịch UBND tỉnh`). */
  implicit?: boolean;
  /**
   * For a role no named person in the text holds: the one person the gazetteer knows held that
   * post on the article's date (`Bộ trưởng Bộ Tài chính` → its minister then), for single-holder
   * posts the text pins down.
   */
  holderRef?: string;
}

/**
 * A post, with its body when written right after it; `nguyên`/`cựu`/`tân` stay outside (`attrs.modifier`).
 *
 * @example
 * ```ts
 * { type: "ROLE", start: 11, end: 33, text: "Bí thư Thành ủy Hà Nội", rule: "role/title-body",
 *   attrs: { title: "Bí thư", body: "Thành ủy Hà Nội", place: "Hà Nội", placeRef: "tinh:ha-noi",
 *            titleRef: "title:bi-thu-thanh-uy", bodyTemplate: "tpl:thanh-uy" } }
 * ```
 */
export interface RoleEntity extends EntityBase {
  type: "ROLE";
  attrs?: RoleAttrs;
  /** Absent on this type (declared so that `e.value` reads as undefined on any entity). */
  value?: undefined;
  /** Absent on this type (declared so that `e.name` reads as undefined on any entity). */
  name?: undefined;
  /** Absent on this type (declared so that `e.ref` reads as undefined on any entity). */
  ref?: undefined;
}

/** Attributes of an ORG. */
export interface OrgAttrs {
  /** The gazetteer's body type (`party-committee`, `ministry`, `court`, `mass-organisation`, …), for bodies found in the gazetteer. */
  bodyType?: string;
  /** The head word of a body found by pattern (`Tỉnh ủy`, `UBND`, `Sở`, `Công ty`). */
  head?: string;
  /** Other gazetteer bodies the same name could mean (ids), when it is ambiguous. */
  alternatives?: string[];
  /** True when the name also names other bodies (see `alternatives`). */
  ambiguous?: boolean;
}

/**
 * A party or state body, court, company or media outlet; the maximal name.
 *
 * @example
 * ```ts
 * { type: "ORG", start: 0, end: 12, text: "Bộ Tài chính", rule: "gazetteer:org:bo-tai-chinh",
 *   ref: "org:bo-tai-chinh", attrs: { bodyType: "ministry" } }
 * ```
 */
export interface OrgEntity extends EntityBase {
  type: "ORG";
  /** The body in the gazetteer, as of the article's date. */
  ref?: string;
  attrs?: OrgAttrs;
  /** Absent on this type (declared so that `e.value` reads as undefined on any entity). */
  value?: undefined;
  /** Absent on this type (declared so that `e.name` reads as undefined on any entity). */
  name?: undefined;
}

/** Attributes of a LOC. */
export interface LocAttrs {
  /** The gazetteer's place type: `province`, `centrally-run-city`, `district`, `commune`, `ward`, `country`, `region`, … */
  placeType?: string;
  /** Other places the same name could mean (gazetteer ids), when it is ambiguous. */
  alternatives?: string[];
}

/**
 * A place: province, district, commune, country, region, river or built place; without the unit word.
 *
 * @example
 * ```ts
 * // "tỉnh Hải Dương", article of 2017-06-09
 * { type: "LOC", start: 5, end: 14, text: "Hải Dương", rule: "gazetteer:tinh:hai-duong",
 *   ref: "tinh:hai-duong", attrs: { placeType: "province" } }
 * ```
 */
export interface LocEntity extends EntityBase {
  type: "LOC";
  /** The unit in the gazetteer valid on the article's date. */
  ref?: string;
  attrs?: LocAttrs;
  /** Absent on this type (declared so that `e.value` reads as undefined on any entity). */
  value?: undefined;
  /** Absent on this type (declared so that `e.name` reads as undefined on any entity). */
  name?: undefined;
}

/** Attributes of a MONEY. */
export interface MoneyAttrs {
  /** The qualifier written before the amount, outside the span (`hơn`, `gần`, `khoảng`, `lên tới`). */
  qualifier?: string;
}

/**
 * An amount of money: number, scale and currency; qualifiers stay outside (`attrs.qualifier`).
 *
 * @example
 * ```ts
 * // "hơn 3 tỷ đồng"
 * { type: "MONEY", start: 4, end: 13, text: "3 tỷ đồng", rule: "money/amount-scale-currency",
 *   value: { amount: 3000000000, currency: "VND" }, attrs: { qualifier: "hơn" } }
 * ```
 */
export interface MoneyEntity extends EntityBase {
  type: "MONEY";
  /** `{ amount, currency }` or `{ min, max, currency }`; narrow with `"amount" in e.value`. */
  value: MoneyValue;
  attrs?: MoneyAttrs;
  /** Absent on this type (declared so that `e.name` reads as undefined on any entity). */
  name?: undefined;
  /** Absent on this type (declared so that `e.ref` reads as undefined on any entity). */
  ref?: undefined;
}

/**
 * A date, time or period, with its head words (`ngày`, `chiều`, `năm`) and without prepositions.
 *
 * @example
 * ```ts
 * // "Chiều 9/6, …", article of 2017-06-09
 * { type: "DATE", start: 0, end: 9, text: "Chiều 9/6", rule: "date/part-of-day-dm", value: { timex: "2017-06-09TAF" } }
 * ```
 */
export interface DateEntity extends EntityBase {
  type: "DATE";
  value: DateValue;
  /** Absent on this type (declared so that `e.name` reads as undefined on any entity). */
  name?: undefined;
  /** Absent on this type (declared so that `e.ref` reads as undefined on any entity). */
  ref?: undefined;
  /** Absent on this type (declared so that `e.attrs` reads as undefined on any entity). */
  attrs?: undefined;
}

/**
 * One extracted entity; `type` says which of the six it is. `value`, `name` and `ref` can be read
 * on any entity (undefined where the type has none); `attrs` and the value's own fields need the
 * type checked first.
 *
 * @example
 * ```ts
 * if (e.type === "MONEY" && "amount" in e.value) total += e.value.amount;
 * ```
 */
export type Entity = PersonEntity | RoleEntity | OrgEntity | LocEntity | MoneyEntity | DateEntity;

/** The entity of a given type: `EntityOf<"MONEY">` is {@link MoneyEntity}. */
export type EntityOf<T extends EntityType> = Extract<Entity, { type: T }>;

/**
 * A PERSON holding a ROLE, as indices into `Result.entities`.
 *
 * @example
 * ```ts
 * { type: "HOLDS", person: 3, role: 1, rule: "holds/role-before" }
 * const who = result.entities[rel.person] as PersonEntity; // always a PERSON
 * ```
 */
export interface Relation {
  type: "HOLDS";
  /** Index of the PERSON entity in `Result.entities`. */
  person: number;
  /** Index of the ROLE entity in `Result.entities`. */
  role: number;
  /** Which rule produced the relation. */
  rule: string;
  /**
   * When the text says the person held the post, as a TIMEX3 value: the period that opens a
   * career line (`6/1970-12/1979: Trợ lý ...` → `1970-06/1979-12`), or one written next to the
   * post (`Giám đốc Sở từ tháng 6/2011` → `2011-06`, `nhiệm kỳ 2020-2025` → `2020/2025`), or a
   * period or range opening its clause (`Giai đoạn 2010 - 2015, ông là …` → `2010/2015`).
   * Absent when the text does not date it.
   */
  when?: { timex: string };
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

/**
 * What `extract` returns.
 *
 * @example
 * ```ts
 * const { entities, relations, meta } = extract(text, { date: "2017-06-09" });
 * ```
 */
export interface Result {
  text: string;
  entities: Entity[];
  relations: Relation[];
  meta: ResultMeta;
}

/** Options for `extract`. */
export interface ExtractOptions {
  /** The article's date (ISO `YYYY-MM-DD`, Vietnamese `DD/MM/YYYY`, or a `Date`); relative dates and the map/office-holders are read as of it. */
  date?: string | Date;
  /** Only return these entity types (default: all). */
  types?: readonly EntityType[];
}
