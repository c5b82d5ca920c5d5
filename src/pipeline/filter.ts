/**
 * A matcher combinator: keep only the candidates of another matcher that a test accepts, given
 * each candidate's token range. One place for the token lookup the filters share.
 * @module
 */
import type { Token } from "../tokenize/index.js";
import type { Candidate, Doc, Matcher } from "./types.js";
import { partitionPoint } from "./search.js";

/**
 * The index of the token that starts at `offset` (or, with `containing`, the token that contains
 * it), or -1. Tokens are sorted by start.
 */
export function tokenStartingAt(toks: readonly Token[], offset: number, containing = false): number {
  let lo = 0, hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid]!;
    if (containing ? t.end <= offset : t.start < offset) lo = mid + 1;
    else if (containing ? t.start > offset : t.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The index of the first token that starts at or after `offset` (`toks.length` when none). Tokens are sorted by start. */
export function firstTokenFrom(toks: readonly Token[], offset: number): number {
  return partitionPoint(toks.length, (k) => toks[k]!.start >= offset);
}

/**
 * Wraps `m` so that each of its candidates of type `type` whose span lies exactly on tokens
 * [first, last) is kept only when `keep(doc, c, first, last)` says so; other candidates pass.
 */
export function filterCandidates(
  m: Matcher,
  type: Candidate["type"],
  keep: (doc: Doc, c: Candidate, first: number, last: number) => boolean,
): Matcher {
  return {
    id: m.id,
    match(doc: Doc, found: readonly Candidate[]): Candidate[] {
      const toks = doc.tokens;
      return m.match(doc, found).filter((c) => {
        if (c.type !== type) return true;
        // The candidate's tokens, by binary search on the token offsets (no per-document index).
        const first = tokenStartingAt(toks, c.start), lastTok = tokenStartingAt(toks, c.end - 1, true);
        if (first < 0 || lastTok < 0 || toks[lastTok]!.end !== c.end) return true;
        return keep(doc, c, first, lastTok + 1);
      });
    },
  };
}
