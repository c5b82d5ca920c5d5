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

/** District-level units by lower-case name, built once per gazetteer (a few hundred rows). */
const DISTRICTS = new WeakMap<Gazetteer, Map<string, GazetteerEntry[]>>();
function districtsByName(gz: Gazetteer): Map<string, GazetteerEntry[]> {
  let m = DISTRICTS.get(gz);
  if (m) return m;
  m = new Map();
  for (const e of gz.all()) {
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
