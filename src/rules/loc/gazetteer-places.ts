/**
 * Adapter from the gazetteer to the place slots of the person/role/org/loc rules: the
 * gazetteer's place names in a document (countries, provinces, districts, communes,
 * regions), as of the article's date.
 * @module
 */
import type { Doc } from "../../pipeline/types.js";
import type { Token } from "../../tokenize/index.js";
import type { Gazetteer } from "../../gazetteer/index.js";
import type { GazetteerEntry } from "../../gazetteer/types.js";
import type { BodyFinder, PlaceFinder, PlaceHit } from "../../match/places.js";
import { isProperPlaceAt } from "../../match/proper.js";
import { formatYMD } from "../../pipeline/reference-date.js";
import { GIVEN_SYLLABLES, SURNAMES } from "../../match/lexicon.generated.js";

/** Place types whose bare names are safe to read as places (districts and communes are not). */
const KNOWN_TYPES: ReadonlySet<string> = new Set(["country", "province", "centrally-run-city", "region", "foreign-province", "foreign-city"]);

/** A PlaceFinder over `gz` (places only). */
export function gazetteerPlaces(getGz: () => Gazetteer): PlaceFinder {
  return (doc: Doc): PlaceHit[] => {
    const date = doc.refDate ? formatYMD(doc.refDate) : undefined;
    const out: PlaceHit[] = [];
    const toks: readonly Token[] = doc.tokens;
    const gz = getGz();
    const current = gz.matchTokens(toks, { kinds: ["place"], ...(date ? { date } : {}) });
    // A place that no longer exists (or not yet) on the article's date is still a place: a
    // biography dated 2017 names `Hà Sơn Bình` (1976-1991). Names valid on the date come first;
    // a former name fills only where no current one starts.
    let former: typeof current = [];
    if (date) {
      const at = new Set(current.map((m) => m.first));
      former = gz.matchTokens(toks, { kinds: ["place"] }).filter((m) => !at.has(m.first));
    }
    for (const m of former.length ? [...current, ...former] : current) {
      // Bare names of districts and communes are too ambiguous (they double as people's names).
      const k = m.entries.findIndex((x) => KNOWN_TYPES.has(x.type));
      // A name with its unit word (`tỉnh Bình Định`) is the unit rule's: its slot drops the unit.
      if (k < 0 || m.cased[k] === false || (m.units[k] ?? 0) > 0) continue;
      // A proper name is written with a capital (`ý`, `pháp` are words), and is not the
      // first syllable of a common word (`Anh hùng`, `Pháp luật`).
      if (!isProperPlaceAt(toks, m.first, m.last)) continue;
      out.push({ first: m.first, last: m.last, ref: m.entries[k]!.id, type: m.entries[k]!.type });
    }
    // Cities and urban districts named bare (`lên Đà Lạt`, `ở Ba Đình`), where the name cannot be a person's.
    const cities = citiesByName(gz);
    const firsts = FIRST_SYLLABLES.get(cities)!;
    const known = new Set(out.map((h) => h.first));
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.kind !== "word" || !t.upper) continue;
      // Only a name standing alone: not the end of a longer capitalised run (`Khổng Cầu Lạt`, a
      // person). Asked before the set lookups: it reads no string.
      const before = toks[i - 1];
      if (before && before.kind === "word" && before.upper && !t.lineBefore) continue;
      // A city's first syllable: most capitalised words start none, and need no key built.
      if (!firsts.has(t.lower) || known.has(i)) continue;
      let key = t.lower;
      for (let k = i + 1; k < i + 3 && k < toks.length; k++) {
        const n = toks[k]!;
        if (n.kind !== "word" || !n.upper || n.lineBefore || !n.spaceBefore) break;
        key += " " + n.lower;
        const e = cities.get(key);
        const after = toks[k + 1];
        if (e && isProperPlaceAt(toks, i, k + 1) && !(after && after.kind === "word" && after.upper && !after.lineBefore)) { out.push({ first: i, last: k + 1, ref: e.id, type: e.type }); i = k; break; }
      }
    }
    // `Thái Thụy, Thái Bình`: a district named bare is safe where its province follows it after a comma.
    const n = out.length;
    for (let h = 0; h < n; h++) {
      const p = out[h]!;
      if (!PROVINCE_TYPES.has(p.type!) || toks[p.first - 1]?.text !== "," || toks[p.first]!.lineBefore) continue;
      const d = districtBefore(gz, doc, p.first - 1, p.ref!);
      if (d) out.push(d);
    }
    return out;
  };
}

/** Provincial units, after which a bare district name may stand (`Thái Thụy, Thái Bình`). */
const PROVINCE_TYPES: ReadonlySet<string> = new Set(["province", "centrally-run-city"]);
/** District-level units the gazetteer knows. */
const DISTRICT_TYPES: ReadonlySet<string> = new Set(["district", "urban-district", "town", "city"]);

/**
 * Cities and urban districts (two or three syllables) whose bare name is safe, by lower-case name,
 * built once per gazetteer: not a name a person could bear (every syllable a given-name syllable,
 * `Hải Châu`, `Tân Bình`; or a family name and given-name syllables, `Ngô Quyền`), and not
 * shared by two units. Examples: `Đà Lạt`, `Ba Đình`, `Quy Nhơn`, `Phan Thiết`.
 */
// module state: held by the gazetteer (the key), built from its entries alone, gone with it.
const CITIES = new WeakMap<Gazetteer, Map<string, GazetteerEntry>>();
const CITY_TYPES: ReadonlySet<string> = new Set(["city", "urban-district"]);
const GIVEN: ReadonlySet<string> = new Set(GIVEN_SYLLABLES.map((r) => r[0]!));
const SURNAME_FIRST: ReadonlySet<string> = new Set(SURNAMES.map((r) => r[0]!.toLowerCase()).filter((x) => !x.includes(" ")));
function citiesByName(gz: Gazetteer): Map<string, GazetteerEntry> {
  let m = CITIES.get(gz);
  if (m) return m;
  m = new Map();
  const shared = new Set<string>();
  for (const e of gz.entriesBeforeCommunes()) {
    if (e.kind !== "place" || !CITY_TYPES.has(e.type)) continue;
    const parts = e.name.toLowerCase().split(" ");
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^\p{L}+$/u.test(p))) continue;
    const rest = parts.slice(1);
    if (parts.every((p) => GIVEN.has(p)) || SURNAME_FIRST.has(parts[0]!) && rest.every((p) => GIVEN.has(p))) continue;
    const key = parts.join(" ");
    if (m.has(key) && m.get(key)!.name !== e.name) shared.add(key);
    else m.set(key, e);
  }
  for (const k of shared) m.delete(k);
  CITIES.set(gz, m);
  FIRST_SYLLABLES.set(m, new Set([...m.keys()].map((k) => k.slice(0, k.indexOf(" ")))));
  return m;
}
/** The first syllables of a {@link citiesByName} map's names (each has two or three), held by the map. */
// module state: held by the map (the key), as CITIES.
const FIRST_SYLLABLES = new WeakMap<Map<string, GazetteerEntry>, Set<string>>();

/** District-level units by lower-case name, built once per gazetteer (a few hundred rows). */
// module state: held by the gazetteer, as CITIES.
const DISTRICTS = new WeakMap<Gazetteer, Map<string, GazetteerEntry[]>>();
function districtsByName(gz: Gazetteer): Map<string, GazetteerEntry[]> {
  let m = DISTRICTS.get(gz);
  if (m) return m;
  m = new Map();
  for (const e of gz.entriesBeforeCommunes()) {
    if (e.kind !== "place" || !DISTRICT_TYPES.has(e.type) || !e.parent) continue;
    const key = e.name.toLowerCase();
    const l = m.get(key);
    if (l) l.push(e); else m.set(key, [e]);
  }
  DISTRICTS.set(gz, m);
  return m;
}

/**
 * The district of province `provinceRef` written bare right before the comma at token `comma`
 * (1-3 capitalised syllables standing alone), or null. Provinces are compared by name, so a
 * district of the pre-2025 province still matches the name (`Mỹ Đức, Hà Nội`).
 */
function districtBefore(gz: Gazetteer, doc: Doc, comma: number, provinceRef: string): PlaceHit | null {
  const toks = doc.tokens;
  const province = gz.get(provinceRef)?.name;
  for (let len = 3; len >= 1; len--) {
    const first = comma - len;
    if (first < 0) continue;
    let ok = true;
    for (let k = first; k < comma; k++) if (!(toks[k]!.kind === "word" && toks[k]!.upper) || (k > first && (toks[k]!.lineBefore || !toks[k]!.spaceBefore))) ok = false;
    const before = toks[first - 1];
    if (!ok || (before && before.kind === "word" && before.upper && !toks[first]!.lineBefore)) continue;
    let key = toks[first]!.lower;
    for (let k = first + 1; k < comma; k++) key += " " + toks[k]!.lower;
    for (const e of districtsByName(gz).get(key) ?? []) {
      if (e.parent === provinceRef || gz.get(e.parent!)?.name === province) return { first, last: comma, ref: e.id, type: e.type };
    }
  }
  return null;
}

/**
 * A BodyFinder over `gz`: the gazetteer's body names (`Bộ Giao thông vận tải`, `Bộ Nông
 * nghiệp và Phát triển Nông thôn`), so that a body whose name has several lower-case
 * syllables is read to its end; unknown bodies still follow the open-class grammar.
 */
export function gazetteerBodies(getGz: () => Gazetteer): BodyFinder {
  return (doc: Doc): PlaceHit[] => {
    const date = doc.refDate ? formatYMD(doc.refDate) : undefined;
    const out: PlaceHit[] = [];
    for (const m of getGz().matchTokens(doc.tokens, { kinds: ["body"], ...(date ? { date } : {}) })) {
      const k = m.cased.findIndex(Boolean);
      if (k < 0 || !doc.tokens[m.first]!.upper && doc.tokens[m.first]!.kind !== "abbr") continue;
      out.push({ first: m.first, last: m.last, ref: m.entries[k]!.id, type: m.entries[k]!.type });
    }
    return out;
  };
}
