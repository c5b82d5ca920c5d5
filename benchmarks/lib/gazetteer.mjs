// Probes the built library's default gazetteer, whatever its exact shape: time to first use and
// entries per kind. Returns { available: false, reason } when the library does not export one.
import { performance } from "node:perf_hooks";

/** Entries of a gazetteer-like object, or null when none can be found. */
function entriesOf(g) {
  if (!g || typeof g !== "object") return null;
  for (const key of ["entries", "all", "list", "items"]) {
    let v = g[key];
    if (typeof v === "function") { try { v = v.call(g); } catch { continue; } }
    if (v && typeof v[Symbol.iterator] === "function" && typeof v !== "string") {
      const arr = [...v].map((x) => (Array.isArray(x) && x.length === 2 ? x[1] : x));
      if (arr.length) return arr;
    }
  }
  return null;
}

export function gazetteerStats(mod) {
  const exported = mod.defaultGazetteer;
  if (exported === undefined) return { available: false, reason: "dist does not export defaultGazetteer" };
  const t = performance.now();
  let g;
  try {
    g = typeof exported === "function" ? exported() : exported;
    // First use: one lookup, if the object has an obvious lookup method.
    for (const m of ["lookup", "find", "get", "match"]) {
      if (typeof g?.[m] === "function") { try { g[m]("Hà Nội"); } catch { /* shape differs; ignore */ } break; }
    }
  } catch (e) {
    return { available: false, reason: `defaultGazetteer threw: ${e.message}` };
  }
  const firstUseMs = performance.now() - t;
  const perKind = {};
  const entries = entriesOf(g);
  if (entries) {
    for (const e of entries) {
      const kind = e?.kind ?? e?.type ?? "?";
      perKind[kind] = (perKind[kind] ?? 0) + 1;
    }
  } else if (g && typeof g.stats === "function") {
    Object.assign(perKind, g.stats());
  } else if (g && g.counts && typeof g.counts === "object") {
    Object.assign(perKind, g.counts);
  }
  const total = Object.values(perKind).reduce((a, b) => a + (typeof b === "number" ? b : 0), 0);
  return { available: true, firstUseMs, perKind, total: entries || total ? total : null };
}
