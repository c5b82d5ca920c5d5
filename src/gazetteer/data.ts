/**
 * Turns the generated data modules (tab-separated rows in string literals) into entries,
 * tenures and templates. Called once, lazily, by the default gazetteer.
 * @module
 */
import { PLACE_NAMES, PLACES } from "../data/generated/places.js";
import * as S from "../data/generated/syllables.js";
import { pairSyllables } from "../data/word-pairs.js";
import * as C from "../data/generated/communes.js";
import { codedDeltas, codedDictionary, codedSortedDictionary, RangeDecoder, rowSet, UintModel } from "../data/packed.js";
import { BODIES, TEMPLATES, TITLES } from "../data/generated/bodies.js";
import * as P from "../data/generated/people.js";
import { SOURCES } from "../data/generated/sources.js";
import type { BodyTemplate, GazetteerEntry, Tenure } from "./types.js";
import { once } from "../pipeline/once.js";

const list = (s: string | undefined): string[] => (s ? s.split("|") : []);
const opt = (s: string | undefined): string | undefined => (s ? s : undefined);
/** The cells of a generated table stored as columns (cells joined by "\n"), column by column (no rows when the first column is empty). */
function columns(packed: readonly string[]): string[][] {
  return packed[0] ? packed.map((c) => c.split("\n")) : packed.map(() => []);
}
/** The rows of a generated table stored as columns (the body templates: a few dozen). */
const rows = (packed: readonly string[]): string[][] => {
  const c = columns(packed);
  return c[0]!.map((_, i) => c.map((column) => column[i]!));
};
const source = (i: string | undefined): string => SOURCES[Number(i)] ?? "";

/**
 * Copies the defined fields only, so entries stay small and print cleanly (building a fresh
 * object is much faster than deleting keys, which drops V8 objects into dictionary mode).
 */
function compact<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** `e` with its ambiguous aliases (`|`-separated; none: no field). */
function withAmbiguous(e: GazetteerEntry, ambiguous: string | undefined): GazetteerEntry {
  if (ambiguous) { e.ambiguous = true; e.ambiguousAliases = list(ambiguous); }
  return e;
}

/** All bundled entries: places, communes, bodies, titles, people. */
export function loadEntries(): GazetteerEntry[] {
  return loadBaseEntries().concat(loadCommuneEntries());
}

/** Contexts of range-coded names (as in scripts/build-data.mjs `NameWriter`). */
const NAME_LENGTH = 0, NAME_KEPT = 1, NAME_SYLLABLE = 2;
/** A syllable with its first letter upper-case (as in scripts/build-data.mjs). */
const capitalised = (x: string): string => x.charAt(0).toUpperCase() + x.slice(1);
/**
 * The syllables of the names of communes, places and people (src/data/generated/syllables.ts,
 * see nameSyllables in scripts/build-data.mjs): the most frequent, then the syllables of the
 * two-syllable words flagged as capitalised name syllables, then the others.
 */
const nameSyllables = once((): readonly string[] => {
  const out = S.SYLLABLES_FREQUENT ? S.SYLLABLES_FREQUENT.split("\n") : [];
  const dec = new RangeDecoder(S.SYLLABLES_LISTED), probs = new Uint16Array(1).fill(1024);
  for (const x of pairSyllables()) if (dec.bit(probs, 0)) out.push(capitalised(x));
  return S.SYLLABLES_OTHER ? out.concat(S.SYLLABLES_OTHER.split("\n")) : out;
});

/**
 * Range-coded names (scripts/build-data.mjs `NameWriter`), read one after another. A new
 * commune's name may be that of one of the communes merged into it (`predecessors`, known once
 * the old communes are read).
 */
class NameReader {
  private readonly dec: RangeDecoder;
  private readonly model = new UintModel(NAME_SYLLABLE + 3, 12);
  private readonly syllables = nameSyllables();
  constructor(coded: string) {
    this.dec = new RangeDecoder(coded);
  }
  next(predecessors?: readonly string[]): string {
    const dec = this.dec, model = this.model, syllables = this.syllables;
    const n = model.decode(dec, NAME_LENGTH);
    if (n === 0) return predecessors?.[model.decode(dec, NAME_KEPT)] ?? "";
    let name = syllables[model.decode(dec, NAME_SYLLABLE)]!;
    for (let k = 1; k < n; k++) name += " " + syllables[model.decode(dec, NAME_SYLLABLE + (k < 2 ? k : 2))]!;
    return name;
  }
}

/** Contexts of the range-coded successors (as in scripts/build-data.mjs `communeSuccessors`). */
const SUCCESSOR_COUNT = 0, SUCCESSOR_RECENT = 1, SUCCESSOR_ROW = 2, SUCCESSOR_CODE = 3, RECENT_SUCCESSORS = 32;

const fiveDigits = (n: number): string => String(n).padStart(5, "0");
/** The aliases of every commune (they have none): one frozen array for all 13,000. */
const NO_ALIASES: readonly string[] = Object.freeze([]);

/**
 * The bundled communes, decoded column by column but not yet made into entries: {@link entry}
 * builds row `i`'s entry when asked (each call a new object: the caller keeps it), so a text
 * that names three communes does not hold 13,000 entries. Rows are in table order (old communes,
 * then the communes of 2025), the order of {@link loadCommuneEntries}.
 */
export interface CommuneTable {
  readonly size: number;
  /** The name of row `i`. */
  name(i: number): string;
  /** The id of row `i` (`xa:01234`, `xa2025:01234`), without building its entry. */
  id(i: number): string;
  /** The row of a commune id, or -1. */
  rowOf(id: string): number;
  /** A new entry for row `i`. */
  entry(i: number): GazetteerEntry;
}

/**
 * Decodes the bundled communes' columns (src/data/generated/communes.ts, packed by
 * scripts/build-data.mjs); entries are built per row by the table's `entry`. This runs at the
 * first commune a text names, so it is on the cold path.
 */
export function communeTable(): CommuneTable {
  const names = new NameReader(C.NAMES);
  /** Names of the old communes merged into each new one (by code), in table order. */
  const predecessorNames = new Map<number, string[]>();
  const oldCodes = codedDeltas(C.OLD_CODES), nOld = oldCodes.length;
  const oldTypes = codedDictionary(C.OLD_TYPES, C.OLD_TYPES_ROWS, nOld), oldParents = codedDictionary(C.OLD_PARENTS, C.OLD_PARENTS_ROWS, nOld);
  const oldFrom = codedDictionary(C.OLD_FROM, C.OLD_FROM_ROWS, nOld), oldTo = codedDictionary(C.OLD_TO, C.OLD_TO_ROWS, nOld), oldSrc = codedDictionary(C.OLD_SOURCES, C.OLD_SOURCES_ROWS, nOld);
  const oldNames: string[] = new Array(nOld);
  /** The successors' codes of old row i: `successors[succAt[i]]` up to `succAt[i + 1]`. */
  const succAt = new Int32Array(nOld + 1), successors: number[] = [];
  {
    // Per row: how many successors, then each as a rank among the recent ones or where its code is.
    const dec = new RangeDecoder(C.OLD_SUCCESSORS), model = new UintModel(4, 3);
    const recent: number[] = [];
    for (let i = 0; i < nOld; i++) {
      const name = (oldNames[i] = names.next());
      succAt[i] = successors.length;
      const n = model.decode(dec, SUCCESSOR_COUNT);
      for (let k = 0; k < n; k++) {
        const rank = model.decode(dec, SUCCESSOR_RECENT);
        let next: number;
        if (rank) next = recent.splice(rank - 1, 1)[0]!;
        else {
          const z = model.decode(dec, SUCCESSOR_ROW);
          next = z === 0 ? model.decode(dec, SUCCESSOR_CODE) : oldCodes[i + (z & 1 ? (z - 1) / 2 : -z / 2)]!;
          if (recent.length === RECENT_SUCCESSORS) recent.pop();
        }
        recent.unshift(next);
        successors.push(next);
        const names = predecessorNames.get(next);
        if (names) names.push(name); else predecessorNames.set(next, [name]);
      }
    }
    succAt[nOld] = successors.length;
  }
  const newCodes = codedDeltas(C.NEW_CODES), nNew = newCodes.length;
  const newTypes = codedDictionary(C.NEW_TYPES, C.NEW_TYPES_ROWS, nNew), newParents = codedDictionary(C.NEW_PARENTS, C.NEW_PARENTS_ROWS, nNew);
  const newFrom = codedDictionary(C.NEW_FROM, C.NEW_FROM_ROWS, nNew), newTo = codedDictionary(C.NEW_TO, C.NEW_TO_ROWS, nNew), newSrc = codedDictionary(C.NEW_SOURCES, C.NEW_SOURCES_ROWS, nNew);
  const newNames: string[] = new Array(nNew);
  for (let i = 0; i < nNew; i++) newNames[i] = names.next(predecessorNames.get(newCodes[i]!));
  /** Rows by code, per table (built on the first id asked for). */
  let oldRows: Map<number, number> | null = null, newRows: Map<number, number> | null = null;
  const rowsByCode = (codes: readonly number[], offset: number): Map<number, number> => {
    const m = new Map<number, number>();
    for (let i = 0; i < codes.length; i++) m.set(codes[i]!, offset + i);
    return m;
  };
  return {
    size: nOld + nNew,
    name: (i) => (i < nOld ? oldNames[i]! : newNames[i - nOld]!),
    id: (i) => (i < nOld ? `xa:${fiveDigits(oldCodes[i]!)}` : `xa2025:${fiveDigits(newCodes[i - nOld]!)}`),
    rowOf(id) {
      const old = id.startsWith("xa:");
      if (!old && !id.startsWith("xa2025:")) return -1;
      const digits = id.slice(old ? 3 : 7);
      if (!/^\d{5}$/.test(digits)) return -1;
      const m = old ? (oldRows ??= rowsByCode(oldCodes, 0)) : (newRows ??= rowsByCode(newCodes, nOld));
      return m.get(Number(digits)) ?? -1;
    },
    entry(i) {
      if (i >= nOld) {
        const r = i - nOld;
        const code = fiveDigits(newCodes[r]!);
        const id = `xa2025:${code}`, name = newNames[r]!, type = newTypes[r]!, validFrom = newFrom[r]!, parent = newParents[r]!, src_ = source(newSrc[r]);
        return (newTo[r]
          ? { id, kind: "place", name, aliases: NO_ALIASES, type, validFrom, validTo: newTo[r]!, parent, code, source: src_ }
          : { id, kind: "place", name, aliases: NO_ALIASES, type, validFrom, parent, code, source: src_ }) as GazetteerEntry;
      }
      const code = fiveDigits(oldCodes[i]!), name = oldNames[i]!;
      let succ: string[] | undefined;
      if (succAt[i + 1]! > succAt[i]!) {
        succ = [];
        for (let k = succAt[i]!; k < succAt[i + 1]!; k++) succ.push(`xa2025:${fiveDigits(successors[k]!)}`);
      }
      const id = `xa:${code}`, type = oldTypes[i]!, parent = oldParents[i]!, validTo = oldTo[i]!, src_ = source(oldSrc[i]);
      // The usual shapes as whole literals (all fields in the object itself, none in a separate
      // property store: ~60 bytes less per commune); the fields in the same order either way.
      return (!oldFrom[i] && validTo
        ? succ
          ? { id, kind: "place", name, aliases: NO_ALIASES, type, validTo, parent, successors: succ, code, source: src_ }
          : { id, kind: "place", name, aliases: NO_ALIASES, type, validTo, parent, code, source: src_ }
        : compact({ id, kind: "place", name, aliases: NO_ALIASES, type, validFrom: opt(oldFrom[i]), validTo: opt(validTo), parent, successors: succ, code, source: src_ })) as GazetteerEntry;
    },
  };
}

/** Bundled communes, wards, townships and special zones (about 13,000), all made into entries. */
export function loadCommuneEntries(): GazetteerEntry[] {
  const table = communeTable();
  const out: GazetteerEntry[] = new Array(table.size);
  for (let i = 0; i < out.length; i++) out[i] = table.entry(i);
  return out;
}

/** The id prefix of a place type (as PLACE_ID_PREFIX in scripts/build-data.mjs). */
const PLACE_ID_PREFIX: Readonly<Record<string, string>> = {
  country: "nuoc", region: "vung", "foreign-city": "noi", "foreign-province": "noi", province: "tinh", "centrally-run-city": "tinh",
  district: "huyen", "urban-district": "huyen", town: "huyen", city: "huyen",
};
/** A place name as an id slug (`Thành phố Hồ Chí Minh` → `thanh-pho-ho-chi-minh`), as scripts/build-data.mjs does. */
export const placeSlug = (name: string): string =>
  name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
/** A place's id from how it is written (see placeIdCode in scripts/build-data.mjs). */
function placeId(written: string, name: string, type: string, code: string): string {
  if (written.startsWith("=")) return written.slice(1);
  const prefix = Object.hasOwn(PLACE_ID_PREFIX, type) ? PLACE_ID_PREFIX[type] : undefined;
  return written === "#" ? `${prefix}:${code}` : `${prefix}:${placeSlug(name)}${written}`;
}

/** A body's or title's id from how it is written (see slugIdCode in scripts/build-data.mjs). */
const slugId = (written: string, prefix: string, name: string): string =>
  written.startsWith("=") ? written.slice(1) : `${prefix}:${placeSlug(name)}${written}`;

/**
 * Bundled places above commune level, bodies, titles and people. Fields are read by index, not
 * by destructuring: this runs once, at the first extract, in cold code, where array
 * destructuring walks the iterator protocol per field.
 */
export function loadBaseEntries(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const names = new NameReader(PLACE_NAMES);
  // Each table's columns split once and read by row index (no array per row). Each entry gets
  // the fields that have a value, in table order (as `compact` would leave them, without an
  // object to copy and a `for … in` per entry: this runs once, in cold code).
  let c = columns(PLACES);
  for (let i = 0, n = c[0]!.length; i < n; i++) {
    const name = names.next(), type = c[0]![i]!, code = c[10]![i]!, succ = c[7]![i], merged = c[8]![i];
    const validFrom = c[5]![i], validTo = c[6]![i], parent = c[4]![i], uncertain = c[12]![i];
    const e = { id: placeId(c[1]![i]!, name, type, code), kind: "place", name, aliases: list(c[2]![i]), type } as GazetteerEntry;
    if (validFrom) e.validFrom = validFrom;
    if (validTo) e.validTo = validTo;
    if (parent) e.parent = parent;
    if (succ) e.successors = list(succ);
    if (merged) e.mergedFrom = list(merged);
    if (code) e.code = code;
    e.source = source(c[11]![i]);
    if (uncertain) e.uncertain = uncertain;
    out.push(withAmbiguous(e, c[3]![i]));
  }
  c = columns(BODIES);
  for (let i = 0, n = c[0]!.length; i < n; i++) {
    const name = c[0]![i]!, succ = c[8]![i];
    const validFrom = c[6]![i], validTo = c[7]![i], parent = c[5]![i], uncertain = c[10]![i];
    const e = { id: slugId(c[1]![i]!, "org", name), kind: "body", name, aliases: list(c[3]![i]), type: c[2]![i]! } as GazetteerEntry;
    if (validFrom) e.validFrom = validFrom;
    if (validTo) e.validTo = validTo;
    if (parent) e.parent = parent;
    if (succ) e.successors = list(succ);
    e.source = source(c[9]![i]);
    if (uncertain) e.uncertain = uncertain;
    out.push(withAmbiguous(e, c[4]![i]));
  }
  c = columns(TITLES);
  for (let i = 0, n = c[0]!.length; i < n; i++) {
    const name = c[0]![i]!;
    const head = c[5]![i], bodyKind = c[6]![i], validFrom = c[9]![i], validTo = c[10]![i], uncertain = c[12]![i];
    const e = { id: slugId(c[1]![i]!, "title", name), kind: "title", name, aliases: list(c[3]![i]), type: c[2]![i]! } as GazetteerEntry;
    if (head) e.head = head;
    if (bodyKind) e.bodyKind = bodyKind;
    e.singleHolder = c[7]![i] === "yes";
    if (validFrom) e.validFrom = validFrom;
    if (validTo) e.validTo = validTo;
    e.source = source(c[11]![i]);
    if (uncertain) e.uncertain = uncertain;
    out.push(withAmbiguous(e, c[4]![i]));
  }
  out.push(...loadPeople());
  return out;
}

/** A person id as derived from the name (`Nguyễn Phú Trọng` → `person:nguyen-phu-trong`), as scripts/build-data.mjs does. */
export const personSlug = (name: string): string => `person:${slugWords(name)}`;
const slugWords = (s: string): string =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().split(" ").join("-");

/** The names of the bundled people, in table order (range-coded). */
const peopleNames = once((): readonly string[] => {
  const reader = new NameReader(P.PEOPLE_NAMES), out: string[] = new Array(P.PEOPLE_COUNT);
  for (let i = 0; i < out.length; i++) out[i] = reader.next();
  return out;
});

/**
 * The ids of the bundled people, in table order: derived from the names a syllable at a time
 * (about 900 names share a few hundred syllables, so each is folded once), then the stored suffix.
 */
const peopleIds = once((): readonly string[] => {
  const names = peopleNames();
  const suffixes = P.PEOPLE_IDS.split("\n");
  const syllables = new Map<string, string>();
  return names.map((name, i) => {
    const suffix = suffixes[i]!;
    if (suffix.startsWith("=")) return suffix.slice(1);
    let id = "person:";
    const words = name.split(" ");
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      let slug = syllables.get(w);
      if (slug === undefined) syllables.set(w, slug = slugWords(w));
      id += k ? `-${slug}` : slug;
    }
    return id + suffix;
  });
});

/** The address of a row of a data table in the repository (line 1 is the header), the `source` of a packed row. */
const rowAddress = (table: string, row: number): string => `data/${table}.tsv:${row + 2}`;

/**
 * The bundled people (packed by column by scripts/build-data.mjs `packPeople`): `source` is the
 * row's address in data/people.tsv, where its sources and notes are; `uncertain` the same address
 * when the row has a note.
 */
function loadPeople(): GazetteerEntry[] {
  const names = peopleNames();
  const ids = peopleIds(), aliases = P.PEOPLE_ALIASES.split("\n");
  const uncertain = rowSet(P.PEOPLE_UNCERTAIN, names.length);
  const out: GazetteerEntry[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!, id = ids[i]!, address = rowAddress("people", i);
    const e: GazetteerEntry = { id, kind: "person", name, aliases: list(aliases[i]), type: "person", source: address };
    if (uncertain[i]) e.uncertain = address;
    out[i] = e;
  }
  return out;
}

/**
 * All bundled tenures (packed by column, as the people): `source` is the row's address in
 * data/tenures.tsv, `uncertain` the same address when the row has a note.
 */
export function loadTenures(): Tenure[] {
  const personId = peopleIds();
  const persons = codedDeltas(P.TENURE_PERSONS);
  const n = persons.length;
  const posts = codedSortedDictionary(P.TENURE_POSTS, P.TENURE_POSTS_ROWS, n);
  const titles = codedDictionary(P.TENURE_TITLES, P.TENURE_TITLES_ROWS, n), bodies = codedDictionary(P.TENURE_BODIES, P.TENURE_BODIES_ROWS, n), places = codedDictionary(P.TENURE_PLACES, P.TENURE_PLACES_ROWS, n);
  const dates = codedSortedDictionary(P.TENURE_DATES, P.TENURE_DATES_ROWS, 2 * n, 2);
  const uncertain = rowSet(P.TENURE_UNCERTAIN, persons.length);
  const out: Tenure[] = new Array(persons.length);
  for (let i = 0; i < persons.length; i++) {
    // Fields in the order of the Tenure type, the defined ones only, built field by field (no
    // `delete`, which drops V8 objects into dictionary mode).
    const t: Record<string, string> = { person: personId[persons[i]!]!, post: posts[i]! };
    const title = titles[i], body = bodies[i], place = places[i], from = dates[2 * i], to = dates[2 * i + 1];
    if (title) t.title = title;
    if (body) t.body = body;
    if (place) t.place = place;
    if (from) t.from = from;
    if (to) t.to = to;
    t.source = rowAddress("tenures", i);
    if (uncertain[i]) t.uncertain = t.source;
    out[i] = t as unknown as Tenure;
  }
  return out;
}

/** Templates for bodies named after a place (`Tỉnh ủy <tỉnh>`, `UBND <unit> <place>`, `Sở <field> <tỉnh>`). */
export const bodyTemplates: () => readonly BodyTemplate[] = once(() =>
  rows(TEMPLATES).map(([id, head, aliases, wraps, placeTypes, unitWord, bodyType, fields, from, to, example, src]) =>
    compact({
      id: id!, head: head!, aliases: list(aliases), wraps: list(wraps), placeTypes: list(placeTypes), unitWord: unitWord as BodyTemplate["unitWord"],
      bodyType: bodyType!, fields: list(fields), validFrom: opt(from), validTo: opt(to), example: example!, source: source(src),
    }),
  ).map((t) => {
    // Shared by every gazetteer and caller: frozen, so no caller can change another's templates.
    for (const v of Object.values(t)) if (Array.isArray(v)) Object.freeze(v);
    return Object.freeze(t);
  }));
