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

/**
 * The rank of candidates `x` and `y` (indices into `cands`) in a cluster: longer first, then
 * higher priority, then earlier, then found first.
 */
function rank(cands: readonly Candidate[], x: number, y: number): number {
  const a = cands[x]!, b = cands[y]!;
  return (b.end - b.start) - (a.end - a.start) || (b.priority ?? 1) - (a.priority ?? 1) || a.start - b.start || x - y;
}

/** Text order: by start, outer (longer) first. */
const byTextOrder = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

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
  // Sweep: candidates whose spans chain-overlap form a cluster; rank within each cluster. Clusters
  // are disjoint and in text order, so sorting what each keeps puts the whole list in text order.
  let k = 0;
  while (k < order.length) {
    let clusterEnd = cands[order[k]!]!.end;
    let m = k + 1;
    while (m < order.length && cands[order[m]!]!.start < clusterEnd) { clusterEnd = Math.max(clusterEnd, cands[order[m]!]!.end); m++; }
    if (m - k === 1) kept.push(cands[order[k]!]!);
    else resolveCluster(cands, order, k, m, kept);
    k = m;
  }
  return kept;
}

/**
 * Ranks one cluster, `order[from, to)` (indices into `cands`, ranked in place), and appends the best
 * candidates that do not conflict to `kept`, in text order.
 */
function resolveCluster(cands: readonly Candidate[], order: number[], from: number, to: number, kept: Candidate[]): void {
  // Clusters are small (2-4 candidates): an insertion sort in place allocates nothing (no slice,
  // no comparator closure), where Array.prototype.sort copies into a work array at every call.
  if (to - from <= 16) {
    for (let i = from + 1; i < to; i++) {
      const x = order[i]!;
      let j = i - 1;
      for (; j >= from; j--) {
        const y = order[j]!;
        if (rank(cands, y, x) <= 0) break;
        order[j + 1] = y;
      }
      order[j + 1] = x;
    }
  } else {
    const cluster = order.slice(from, to).sort((x, y) => rank(cands, x, y));
    for (let n = 0; n < cluster.length; n++) order[from + n] = cluster[n]!;
  }
  // What this cluster keeps is kept[first, kept.length).
  const first = kept.length;
  for (let n = from; n < to; n++) {
    const c = cands[order[n]!]!;
    let ok = true;
    for (let j = first; j < kept.length; j++) {
      const o = kept[j]!;
      if (o.start < c.end && c.start < o.end && !(mayNest(o, c) || mayNest(c, o))) { ok = false; break; }
      if (o.type === c.type && o.start === c.start && o.end === c.end) { ok = false; break; }
    }
    if (ok) kept.push(c);
  }
  if (kept.length - first <= 16) insertionSort(kept, byTextOrder, first, kept.length);
  else {
    const chosen = kept.slice(first).sort(byTextOrder);
    for (let n = 0; n < chosen.length; n++) kept[first + n] = chosen[n]!;
  }
}
