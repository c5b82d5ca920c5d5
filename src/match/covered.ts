/**
 * Which characters earlier matchers' candidates already cover: a later matcher skips them (a
 * body inside a post, a place inside a body, a name inside either).
 * @module
 */
import type { Candidate, Doc } from "../pipeline/types.js";

/** A mask over the document's characters: 1 inside a candidate of `found` that `which` accepts. */
export function coveredBy(doc: Doc, found: readonly Candidate[], which: (c: Candidate) => boolean): Uint8Array {
  const covered = new Uint8Array(doc.text.length + 1);
  for (const c of found) if (which(c)) covered.fill(1, c.start, c.end);
  return covered;
}
