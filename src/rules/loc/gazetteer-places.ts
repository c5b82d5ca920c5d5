/**
 * Adapter from the gazetteer to the place slots of the person/role/org/loc rules: the
 * gazetteer's place names in a document (countries, provinces, districts, communes,
 * regions), as of the article's date.
 * @module
 */
import type { Doc } from "../../pipeline/types.js";
import type { Gazetteer } from "../../gazetteer/index.js";
import type { PlaceFinder, PlaceHit } from "./places.js";

/** A PlaceFinder over `gz` (places only). */
export function gazetteerPlaces(getGz: () => Gazetteer): PlaceFinder {
  return (doc: Doc): PlaceHit[] => {
    const date = doc.refDate ? `${doc.refDate.year}-${String(doc.refDate.month).padStart(2, "0")}-${String(doc.refDate.day).padStart(2, "0")}` : undefined;
    const out: PlaceHit[] = [];
    for (const m of getGz().matchTokens(doc.tokens, { kinds: ["place"], ...(date ? { date } : {}) })) {
      // Bare names of districts and communes are too ambiguous (they double as people's names).
      const e = m.entries.find((x) => x.type === "country" || x.type === "province" || x.type === "region") ?? null;
      if (!e) continue;
      out.push({ first: m.first, last: m.last, ref: e.id, type: e.type });
    }
    return out;
  };
}
