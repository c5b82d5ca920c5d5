/**
 * Adapter from the gazetteer to the place slots of the person/role/org/loc rules: the
 * gazetteer's place names in a document (countries, provinces, districts, communes,
 * regions), as of the article's date.
 * @module
 */
import type { Doc } from "../../pipeline/types.js";
import type { Token } from "../../tokenize/index.js";
import type { Gazetteer } from "../../gazetteer/index.js";
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
      if (k < 0 || m.cased[k] === false) continue;
      // A proper name is written with a capital (`ý`, `pháp` are words), and is not the
      // first syllable of a common word (`Anh hùng`, `Pháp luật`).
      if (!isProperPlaceAt(toks, m.first, m.last)) continue;
      out.push({ first: m.first, last: m.last, ref: m.entries[k]!.id, type: m.entries[k]!.type });
    }
    return out;
  };
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
