/**
 * Turns the generated data modules (tab-separated rows in string literals) into entries,
 * tenures and templates. Called once, lazily, by the default gazetteer.
 * @module
 */
import { PLACES } from "../data/generated/places.js";
import { COMMUNES_OLD, COMMUNES_NEW } from "../data/generated/communes.js";
import { BODIES, TEMPLATES, TITLES } from "../data/generated/bodies.js";
import { PEOPLE, TENURES } from "../data/generated/people.js";
import { SOURCES } from "../data/generated/sources.js";
import type { BodyTemplate, GazetteerEntry, Tenure } from "./types.js";
import { once } from "../pipeline/once.js";

const list = (s: string | undefined): string[] => (s ? s.split("|") : []);
const opt = (s: string | undefined): string | undefined => (s ? s : undefined);
const rows = (s: string): string[][] => (s ? s.split("\n").map((l) => l.split("\t")) : []);
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

function withAliases(e: GazetteerEntry, aliases: string, ambiguous: string): GazetteerEntry {
  e.aliases = list(aliases);
  const amb = list(ambiguous);
  e.ambiguous = amb.length ? true : undefined;
  e.ambiguousAliases = amb.length ? amb : undefined;
  return e;
}

const COMMUNE_TYPES: Record<string, string> = { x: "commune", p: "ward", t: "township", d: "special-zone" };

/** All bundled entries: places, communes, bodies, titles, people. */
export function loadEntries(): GazetteerEntry[] {
  return loadBaseEntries().concat(loadCommuneEntries());
}

/**
 * Bundled communes, wards, townships and special zones (about 13,000: loaded only when needed).
 * Read line by line into objects built field by field (the fields {@link compact} would keep,
 * in the same order): this runs at the first commune a text names, so it is on the cold path.
 */
export function loadCommuneEntries(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  eachRow(COMMUNES_OLD, (r) => {
    const code = r[0], name = r[1], t = r[2], district = r[3], succ = r[4], from = r[5], to = r[6], src = r[7];
    const e = (name !== undefined ? { id: `xa:${code}`, kind: "place", name, aliases: [] } : { id: `xa:${code}`, kind: "place", aliases: [] }) as Record<string, unknown>;
    const type = COMMUNE_TYPES[t!];
    if (type !== undefined) e.type = type;
    if (from) e.validFrom = from;
    const validTo = to === "-" ? undefined : to || "2025-06-30";
    if (validTo !== undefined) e.validTo = validTo;
    e.parent = `huyen:${district}`;
    if (succ) e.successors = succ.split(",").map((c) => `xa2025:${c}`);
    if (code !== undefined) e.code = code;
    e.source = source(src);
    out.push(e as unknown as GazetteerEntry);
  });
  eachRow(COMMUNES_NEW, (r) => {
    const code = r[0], name = r[1], t = r[2], province = r[3], from = r[4], to = r[5], src = r[6];
    const e = (name !== undefined ? { id: `xa2025:${code}`, kind: "place", name, aliases: [] } : { id: `xa2025:${code}`, kind: "place", aliases: [] }) as Record<string, unknown>;
    const type = COMMUNE_TYPES[t!];
    if (type !== undefined) e.type = type;
    e.validFrom = from || "2025-07-01";
    if (to) e.validTo = to;
    if (province !== undefined) e.parent = province;
    if (code !== undefined) e.code = code;
    e.source = source(src);
    out.push(e as unknown as GazetteerEntry);
  });
  return out;
}

/** Calls `f` with the fields of each line of `s` (tab-separated), without building the list of lines. */
function eachRow(s: string, f: (fields: string[]) => void): void {
  if (!s) return;
  let at = 0;
  while (at <= s.length) {
    let nl = s.indexOf("\n", at);
    if (nl < 0) nl = s.length;
    f(s.slice(at, nl).split("\t"));
    at = nl + 1;
  }
}

/**
 * Bundled places above commune level, bodies, titles and people. Fields are read by index, not
 * by destructuring: this runs once, at the first extract, in cold code, where array
 * destructuring walks the iterator protocol per field.
 */
export function loadBaseEntries(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const r of rows(PLACES)) {
    const id = r[0], name = r[1], type = r[2], aliases = r[3], amb = r[4], parent = r[5], from = r[6], to = r[7], succ = r[8], merged = r[9], code = r[11], src = r[12], unc = r[13];
    out.push(compact(withAliases({
      id: id!, kind: "place", name: name!, aliases: [], type: type!, validFrom: opt(from), validTo: opt(to), parent: opt(parent),
      successors: succ ? list(succ) : undefined, mergedFrom: merged ? list(merged) : undefined, code: opt(code), source: source(src), uncertain: opt(unc),
    }, aliases!, amb!)));
  }
  for (const r of rows(BODIES)) {
    const id = r[0], name = r[1], type = r[2], aliases = r[3], amb = r[4], parent = r[5], from = r[6], to = r[7], succ = r[8], src = r[9], unc = r[10];
    out.push(compact(withAliases({
      id: id!, kind: "body", name: name!, aliases: [], type: type!, validFrom: opt(from), validTo: opt(to), parent: opt(parent),
      successors: succ ? list(succ) : undefined, source: source(src), uncertain: opt(unc),
    }, aliases!, amb!)));
  }
  for (const r of rows(TITLES)) {
    const id = r[0], name = r[1], type = r[2], aliases = r[3], amb = r[4], head = r[5], bodyKind = r[6], single = r[7], from = r[9], to = r[10], src = r[11], unc = r[12];
    out.push(compact(withAliases({
      id: id!, kind: "title", name: name!, aliases: [], type: type!, head: opt(head), bodyKind: opt(bodyKind), singleHolder: single === "yes",
      validFrom: opt(from), validTo: opt(to), source: source(src), uncertain: opt(unc),
    }, aliases!, amb!)));
  }
  for (const r of rows(PEOPLE)) {
    const id = r[0], name = r[1], aliases = r[2], src = r[4], unc = r[5];
    out.push(compact({ id: id!, kind: "person", name: name!, aliases: list(aliases), type: "person", source: source(src), uncertain: opt(unc) } as GazetteerEntry));
  }
  return out;
}

/** All bundled tenures. */
export function loadTenures(): Tenure[] {
  return rows(TENURES).map((r) => {
    const person = r[0], post = r[1], title = r[2], body = r[3], place = r[4], from = r[5], to = r[6], src = r[7], unc = r[8];
    return compact({ person: person!, post: post!, title: opt(title), body: opt(body), place: opt(place), from: opt(from), to: opt(to), source: source(src), uncertain: opt(unc) });
  });
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
