/**
 * Which characters earlier matchers' candidates already cover: a later matcher skips them (a
 * body inside a post, a place inside a body, a name inside either).
 * @module
 */
import type { Candidate, Doc } from "../pipeline/types.js";

/** A mask over the document's characters: 1 inside a candidate of `found` that `which` accepts. */
export function coveredBy(doc: Doc, found: readonly Candidate[], which: (c: Candidate) => boolean): Uint8Array {
  const covered = new Uint8Array(doc.text.length + 1);
  // A loop, not `fill`: spans are a few dozen characters, shorter than the builtin's call costs.
  for (const c of found) if (which(c)) for (let k = c.start; k < c.end; k++) covered[k] = 1;
  return covered;
}

/**
 * A mask over the characters inside a place the gazetteer found, its first character excepted:
 * a word that starts inside such a place is part of its name (`Trung Quốc Vương Nghị` holds no
 * `Quốc vương`; `Nhật Bản` holds no village `bản`), one that starts with it is not.
 */
export function insideGazetteerPlaces(doc: Doc, found: readonly Candidate[]): Uint8Array {
  const inGazetteerPlace = (c: Candidate) => c.type === "LOC" && c.rule.startsWith("gazetteer:");
  const inside = coveredBy(doc, found, inGazetteerPlace);
  for (const c of found) if (inGazetteerPlace(c)) inside[c.start] = 0;
  return inside;
}
