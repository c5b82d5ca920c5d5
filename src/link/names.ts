/**
 * Coreference, the first linking stage: every PERSON carries `name`, its full name. The person
 * matcher resolves back-references (`ông Lĩnh`) to the nearest full mention; a PERSON from another
 * matcher without one is named by its own text.
 * @module
 */
import type { Candidate, CandidateUpdate, Doc } from "../pipeline/types.js";

/** The names to set: one update per PERSON that has none yet. */
export function fullNames(doc: Doc, entities: readonly Candidate[]): CandidateUpdate[] {
  const out: CandidateUpdate[] = [];
  entities.forEach((e, index) => {
    if (e.type === "PERSON" && !e.name) out.push({ index, name: doc.text.slice(e.start, e.end) });
  });
  return out;
}
