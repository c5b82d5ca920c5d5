/**
 * The pipeline: normalise → tokenise → matchers (gazetteer, per entity kind) → overlap
 * resolution → linking → result with offsets into the original input.
 * @module
 */
import { normalize, originalEnd, originalStart } from "./normalize/index.js";
import { tokenize } from "./tokenize/index.js";
import { findDateline, formatYMD, parseDateOption } from "./pipeline/reference-date.js";
import type { Candidate, CandidateRelation, CandidateUpdate, Doc, Linker, Matcher } from "./pipeline/types.js";
import { fullNames } from "./link/names.js";
import { resolveOverlaps } from "./resolve/overlaps.js";
import { createDefaultLinkers, createDefaultMatchers, defaultLinkers, defaultMatchers } from "./rules/index.js";
import type { Gazetteer } from "./gazetteer/index.js";
import {
  ENTITY_TYPES, type DateValue, type Entity, type EntityType, type ExtractOptions, type LocAttrs, type MoneyAttrs,
  type MoneyValue, type OrgAttrs, type PersonAttrs, type Relation, type Result, type RoleAttrs,
} from "./types.js";
import { VERSION } from "./version.js";
import { DATA_VERSION } from "./data/version.js";

/**
 * The longest text `extract` takes: 2^24 (16,777,216) UTF-16 code units. Extraction needs about
 * 85 bytes of memory per character at its peak (a 10 M-character document peaks at ~850 MB RSS),
 * so a longer text would near the JS heap's default limit and abort the process; it gets a
 * RangeError instead. News articles are ~10^4 characters: split longer texts.
 */
export const MAX_TEXT_LENGTH = 16_777_216;

/** Configuration of an extractor: which matchers and linkers run, in order. */
export interface ExtractorConfig {
  /** The matchers, in run order (default: the built-in ones over `gazetteer`). */
  matchers?: readonly Matcher[];
  /** The linkers, in run order (default: HOLDS, then gazetteer refs over `gazetteer`). */
  linkers?: readonly Linker[];
  /**
   * The gazetteer the built-in matchers read places, bodies and titles from (default: the bundled
   * one). Use `createGazetteer({ entries, tenures })` to add your own. Ignored by matchers when `matchers`
   * is given, and by linkers when `linkers` is given.
   */
  gazetteer?: Gazetteer;
}

/** An extractor: `extract` bound to a configuration. */
export interface Extractor {
  extract(text: string, options?: ExtractOptions): Result;
}

/**
 * Builds an extractor with custom matchers or linkers (default: the built-in ones).
 *
 * @example
 * ```ts
 * const ex = createExtractor({ matchers: [...defaultMatchers, myMatcher] });
 * ex.extract("...").entities;
 * const mine = createExtractor({ gazetteer: createGazetteer({ entries: [{ kind: "place", type: "province", name: "Đông Lạc" }] }) });
 * ```
 */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  const matchers = config.matchers ?? (config.gazetteer ? createDefaultMatchers(config.gazetteer) : defaultMatchers);
  const linkers = config.linkers ?? (config.gazetteer ? createDefaultLinkers(config.gazetteer) : defaultLinkers);
  return { extract: (text, options) => run(text, options, matchers, linkers) };
}

function run(input: string, options: ExtractOptions | undefined, matchers: readonly Matcher[], linkers: readonly Linker[]): Result {
  if (typeof input !== "string") {
    throw new TypeError(`thoisu: extract expected text as a string, got ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}`);
  }
  if (input.length > MAX_TEXT_LENGTH) {
    throw new RangeError(`thoisu: text of ${input.length} characters is longer than the limit of ${MAX_TEXT_LENGTH} (split it, e.g. by article)`);
  }
  if (options !== undefined && (options === null || typeof options !== "object")) {
    throw new TypeError(`thoisu: extract options must be an object, got ${options === null ? "null" : typeof options}`);
  }
  const wanted = checkTypes(options?.types);
  const norm = normalize(input);
  const { tokens, sentences } = tokenize(norm.text);
  let refDate = options?.date !== undefined ? parseDateOption(options.date) : null;
  let refDateSource: Doc["refDateSource"] = refDate ? "option" : "none";
  if (!refDate) {
    refDate = findDateline(tokens);
    if (refDate) refDateSource = "dateline";
  }
  const doc: Doc = { text: norm.text, norm, tokens, sentences, refDate, refDateSource, warnings: [] };

  const found: Candidate[] = [];
  for (const m of matchers) {
    for (const c of m.match(doc, found)) found.push(c);
  }
  // Coreference first (every PERSON carries its full name), then the linkers in order, each
  // seeing what the ones before it added.
  // The resolved list is this run's own (resolveOverlaps returns a new array): updates go into it
  // in place, each candidate copied at its first update only (see `applyUpdates`).
  let resolved = resolveOverlaps(found);
  const copied = new Uint8Array(resolved.length);
  resolved = applyUpdates(resolved, fullNames(doc, resolved), copied);
  let relations: readonly CandidateRelation[] = [];
  for (const l of linkers) {
    const links = l.link(doc, resolved, relations);
    if (links.updates?.length) resolved = applyUpdates(resolved, links.updates, copied);
    if (links.relations?.length) relations = relations.concat(links.relations);
  }

  // Map to the original input; keep only wanted types; re-index relations.
  const newIndex = new Int32Array(resolved.length).fill(-1);
  const entities: Entity[] = [];
  for (let k = 0; k < resolved.length; k++) {
    const c = resolved[k]!;
    if (wanted && !wanted.has(c.type)) continue;
    const start = originalStart(norm, c.start);
    const end = originalEnd(norm, c.end);
    if (end <= start) continue;
    const e = toEntity(c, start, end, input.slice(start, end));
    if (!e) {
      doc.warnings.push(`thoisu: ${c.type} candidate from rule ${c.rule} dropped: its value is missing or not a ${c.type} value`);
      continue;
    }
    newIndex[k] = entities.length;
    entities.push(e);
  }
  const rels: Relation[] = [];
  for (const r of relations) {
    const p = newIndex[r.person]!, ro = newIndex[r.role]!;
    if (p >= 0 && ro >= 0) rels.push({ type: "HOLDS", person: p, role: ro, rule: r.rule, ...(r.when ? { when: { timex: r.when.timex } } : {}) });
  }
  return {
    text: input,
    entities,
    relations: rels,
    meta: { version: VERSION, dataVersion: DATA_VERSION, date: refDate ? formatYMD(refDate) : null, dateSource: refDateSource, warnings: doc.warnings },
  };
}

/**
 * Applies `updates` to the pipeline's own candidate list, in place, and returns it. A candidate
 * is copied at its first update (`copied[index]` marks those already copied), so what the matchers
 * returned is never changed, and one updated by several linkers is copied once, not once per
 * linker. A linker may freeze what it reads (it only reads it): a frozen list or candidate is
 * copied again.
 */
function applyUpdates(entities: Candidate[], updates: readonly CandidateUpdate[], copied: Uint8Array): Candidate[] {
  if (Object.isFrozen(entities)) entities = entities.slice();
  for (const u of updates) {
    let c = entities[u.index];
    if (!c) throw new RangeError(`thoisu: a linker updated candidate ${u.index} of ${entities.length}`);
    if (!copied[u.index] || Object.isFrozen(c)) {
      c = entities[u.index] = { ...c };
      copied[u.index] = 1;
    }
    if (u.name !== undefined) c.name = u.name;
    if (u.ref !== undefined) c.ref = u.ref;
    if (u.attrs !== undefined) c.attrs = u.attrs;
  }
  return entities;
}

/**
 * The one conversion from a loose pipeline {@link Candidate} to a typed public {@link Entity}:
 * fields in the result's key order (type, start, end, text, rule, value, name, ref, attrs), only
 * the fields and attribute keys the entity's type declares, each checked at run time. Returns
 * null for a MONEY or DATE candidate without a value of its type (only a custom matcher can
 * propose one). `tests/api/entity-types.test.ts` checks that no attribute a built-in stage sets is dropped.
 */
function toEntity(c: Candidate, start: number, end: number, text: string): Entity | null {
  const rule = c.rule;
  switch (c.type) {
    case "PERSON": {
      const e: Entity = { type: "PERSON", start, end, text, rule, name: c.name ?? text };
      if (c.ref !== undefined) e.ref = c.ref;
      const attrs = c.attrs && pickAttrs(c.attrs, PERSON_ATTRS);
      if (attrs) e.attrs = attrs;
      return e;
    }
    case "ROLE": {
      const e: Entity = { type: "ROLE", start, end, text, rule };
      const attrs = c.attrs && pickAttrs(c.attrs, ROLE_ATTRS);
      if (attrs) e.attrs = attrs;
      return e;
    }
    case "ORG": {
      const e: Entity = { type: "ORG", start, end, text, rule };
      if (c.ref !== undefined) e.ref = c.ref;
      const attrs = c.attrs && pickAttrs(c.attrs, ORG_ATTRS);
      if (attrs) e.attrs = attrs;
      return e;
    }
    case "LOC": {
      const e: Entity = { type: "LOC", start, end, text, rule };
      if (c.ref !== undefined) e.ref = c.ref;
      const attrs = c.attrs && pickAttrs(c.attrs, LOC_ATTRS);
      if (attrs) e.attrs = attrs;
      return e;
    }
    case "MONEY": {
      if (!isMoneyValue(c.value)) return null;
      const e: Entity = { type: "MONEY", start, end, text, rule, value: c.value };
      const attrs = c.attrs && pickAttrs(c.attrs, MONEY_ATTRS);
      if (attrs) e.attrs = attrs;
      return e;
    }
    case "DATE":
      return isDateValue(c.value) ? { type: "DATE", start, end, text, rule, value: c.value } : null;
  }
}

type LooseAttrs = NonNullable<Candidate["attrs"]>;
/** For each attribute key of `T`, a check that a loose value is of that key's type. */
type AttrChecks<T> = { [K in keyof T]-?: (v: unknown) => v is NonNullable<T[K]> };

const isString = (v: unknown): v is string => typeof v === "string";
const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isOneOf = <S extends string>(...values: readonly S[]) => (v: unknown): v is S => values.some((s) => s === v);

// Adding an attribute to a public type without a check here, or the reverse, does not compile.
const isUnit = (v: unknown): v is number => typeof v === "number" && v >= 0 && v <= 1;
const PERSON_ATTRS: AttrChecks<PersonAttrs> = {
  refBasis: isOneOf("name+role", "name+date", "name+place", "name"), refConfidence: isUnit,
  refUnresolved: isOneOf("ambiguous", "role-unfit", "off-date"), refCandidates: isStrings,
};
const ROLE_ATTRS: AttrChecks<RoleAttrs> = {
  title: isString, body: isString, place: isString, modifier: isOneOf("former", "new"), titleRef: isString,
  bodyRef: isString, bodyTemplate: isString, placeRef: isString, placeBecomes: isStrings, implicit: isBoolean,
  holderRef: isString,
};
const ORG_ATTRS: AttrChecks<OrgAttrs> = { bodyType: isString, head: isString, alternatives: isStrings, ambiguous: isBoolean };
const LOC_ATTRS: AttrChecks<LocAttrs> = { placeType: isString, alternatives: isStrings };
const MONEY_ATTRS: AttrChecks<MoneyAttrs> = { qualifier: isString };

/** The attributes `checks` declares, in the candidate's key order; undefined when none is left. */
function pickAttrs<T extends object>(attrs: LooseAttrs, checks: AttrChecks<T>): Partial<T> | undefined {
  let out: Partial<T> | undefined;
  for (const key in attrs) {
    if (!hasKey(checks, key)) continue;
    const v = attrs[key];
    if (checks[key](v)) {
      out ??= {};
      out[key] = v;
    }
  }
  return out;
}

function hasKey<O extends object>(o: O, key: string): key is Extract<keyof O, string> {
  return Object.hasOwn(o, key);
}

function isMoneyValue(v: Candidate["value"]): v is MoneyValue {
  if (!v || typeof v !== "object" || !("currency" in v) || typeof v.currency !== "string") return false;
  return "amount" in v ? typeof v.amount === "number" : "min" in v && typeof v.min === "number" && typeof v.max === "number";
}

function isDateValue(v: Candidate["value"]): v is DateValue {
  return !!v && typeof v === "object" && "timex" in v && typeof v.timex === "string";
}

function checkTypes(types: readonly EntityType[] | undefined): Set<EntityType> | null {
  if (types === undefined) return null;
  if (!Array.isArray(types)) throw new TypeError("thoisu: options.types must be an array of entity types");
  for (const t of types) {
    if (!ENTITY_TYPES.includes(t)) throw new TypeError(`thoisu: unknown entity type "${String(t)}" in options.types (expected one of ${ENTITY_TYPES.join(", ")})`);
  }
  return new Set(types);
}

const defaultExtractor = createExtractor();

/**
 * Extracts people, roles, bodies, places, money and dates from Vietnamese news text.
 *
 * @param text - The article text (any string; offsets in the result index it exactly).
 * @param options - `date`: the article's date, for relative dates and as-of lookups.
 * @throws TypeError when `text` is not a string or an option has the wrong type; RangeError when
 * `text` is longer than {@link MAX_TEXT_LENGTH} or `options.date` is outside 0001-01-01..9999-12-31.
 *
 * @example
 * ```ts
 * import { extract } from "thoisu";
 * const r = extract("Chiều 9/6, Bí thư Thành ủy Hà Nội Hoàng Trung Hải ...", { date: "2017-06-09" });
 * r.entities[0]; // { type: "DATE", start: 0, end: 9, text: "Chiều 9/6", value: { timex: "2017-06-09TAF" }, rule: "date/..." }
 * ```
 */
export function extract(text: string, options?: ExtractOptions): Result {
  return defaultExtractor.extract(text, options);
}
