/**
 * Overlap resolution: one documented policy.
 *
 * 1. Exact duplicates (same type and span) collapse into the one with the highest priority.
 * 2. Among the rest, candidates compete when their spans overlap, except that a LOC may
 *    sit inside a ROLE or ORG (the only nesting the guidelines allow).
 * 3. Competing candidates are ranked: longer span first, then higher priority (gazetteer
 *    over pattern), then earlier start, then the order the matchers proposed them in.
 *    Greedily, the best candidate is kept and everything it conflicts with is dropped.
 *
 * The ranking is O(n log n); the conflict check walks a start-sorted list, so the whole
 * stage is near-linear for the short spans found in news text.
 * @module
 */
import type { Candidate } from "../pipeline/types.js";

/** True when `inner` may nest inside `outer` (LOC inside ROLE or ORG, strictly inside or equal-ending). */
export function mayNest(outer: Candidate, inner: Candidate): boolean {
  return inner.type === "LOC" && (outer.type === "ROLE" || outer.type === "ORG") &&
    inner.start >= outer.start && inner.end <= outer.end && (inner.end - inner.start) < (outer.end - outer.start);
}

/** Resolves overlapping candidates (see the module notes); returns them sorted by start, outer first. */
export function resolveOverlaps(cands: readonly Candidate[]): Candidate[] {
  const order = cands.map((c, i) => ({ c, i })).filter((x) => x.c.end > x.c.start);
  order.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || a.i - b.i);
  const kept: Candidate[] = [];
  // Sweep: candidates whose spans chain-overlap form a cluster; rank within each cluster.
  let k = 0;
  while (k < order.length) {
    let clusterEnd = order[k]!.c.end;
    let m = k + 1;
    while (m < order.length && order[m]!.c.start < clusterEnd) { clusterEnd = Math.max(clusterEnd, order[m]!.c.end); m++; }
    if (m - k === 1) kept.push(order[k]!.c);
    else resolveCluster(order.slice(k, m), kept);
    k = m;
  }
  kept.sort((a, b) => a.start - b.start || (b.end - a.end));
  return kept;
}

function resolveCluster(cluster: { c: Candidate; i: number }[], kept: Candidate[]): void {
  cluster.sort((a, b) =>
    (b.c.end - b.c.start) - (a.c.end - a.c.start) ||
    (b.c.priority ?? 1) - (a.c.priority ?? 1) ||
    a.c.start - b.c.start ||
    a.i - b.i);
  const chosen: Candidate[] = [];
  for (const { c } of cluster) {
    let ok = true;
    for (const o of chosen) {
      if (o.start < c.end && c.start < o.end && !(mayNest(o, c) || mayNest(c, o))) { ok = false; break; }
      if (o.type === c.type && o.start === c.start && o.end === c.end) { ok = false; break; }
    }
    if (ok) chosen.push(c);
  }
  kept.push(...chosen);
}
