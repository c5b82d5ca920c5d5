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
import { insertionSort } from "../pipeline/sort.js";

/** True when `inner` may nest inside `outer` (LOC inside ROLE or ORG, strictly inside or equal-ending). */
export function mayNest(outer: Candidate, inner: Candidate): boolean {
  return inner.type === "LOC" && (outer.type === "ROLE" || outer.type === "ORG") &&
    inner.start >= outer.start && inner.end <= outer.end && (inner.end - inner.start) < (outer.end - outer.start);
}

/** Resolves overlapping candidates (see the module notes); returns them sorted by start, outer first. */
export function resolveOverlaps(cands: readonly Candidate[]): Candidate[] {
  // Indices, not {candidate, index} pairs: a small-integer array is one allocation per document.
  const order: number[] = [];
  for (let i = 0; i < cands.length; i++) if (cands[i]!.end > cands[i]!.start) order.push(i);
  order.sort((a, b) => {
    const ca = cands[a]!, cb = cands[b]!;
    return ca.start - cb.start || cb.end - ca.end || a - b;
  });
  const kept: Candidate[] = [];
  // Sweep: candidates whose spans chain-overlap form a cluster; rank within each cluster.
  let k = 0;
  while (k < order.length) {
    let clusterEnd = cands[order[k]!]!.end;
    let m = k + 1;
    while (m < order.length && cands[order[m]!]!.start < clusterEnd) { clusterEnd = Math.max(clusterEnd, cands[order[m]!]!.end); m++; }
    if (m - k === 1) kept.push(cands[order[k]!]!);
    else resolveCluster(cands, order.slice(k, m), kept);
    k = m;
  }
  kept.sort((a, b) => a.start - b.start || (b.end - a.end));
  return kept;
}

/** Ranks one cluster (indices into `cands`) and keeps the best candidates that do not conflict. */
function resolveCluster(cands: readonly Candidate[], cluster: number[], kept: Candidate[]): void {
  const rank = (x: number, y: number): number => {
    const a = cands[x]!, b = cands[y]!;
    return (b.end - b.start) - (a.end - a.start) ||
      (b.priority ?? 1) - (a.priority ?? 1) ||
      a.start - b.start ||
      x - y;
  };
  // Clusters are small (2-4 candidates): an insertion sort allocates nothing, where
  // Array.prototype.sort copies into a work array at every call.
  if (cluster.length <= 16) insertionSort(cluster, rank);
  else cluster.sort(rank);
  const chosen: Candidate[] = [];
  for (const i of cluster) {
    const c = cands[i]!;
    let ok = true;
    for (const o of chosen) {
      if (o.start < c.end && c.start < o.end && !(mayNest(o, c) || mayNest(c, o))) { ok = false; break; }
      if (o.type === c.type && o.start === c.start && o.end === c.end) { ok = false; break; }
    }
    if (ok) chosen.push(c);
  }
  for (const c of chosen) kept.push(c);
}

