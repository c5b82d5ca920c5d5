/**
 * The bundled gazetteer and the factory for gazetteers with user entries.
 * @module
 */
import { fold } from "../normalize/index.js";
import { loadBaseEntries, loadCommuneEntries, loadTenures } from "./data.js";
import { Gazetteer } from "./gazetteer.js";
import type { EntryKind, GazetteerEntry, Tenure } from "./types.js";

const KINDS: readonly EntryKind[] = ["place", "body", "title", "person"];

/** Completes a user entry: id from kind and name when missing, empty aliases, source `user`. */
function complete(e: Partial<GazetteerEntry>, i: number): GazetteerEntry {
  if (!e.name) throw new TypeError(`thoisu: gazetteer entry #${i} has no name`);
  const kind = e.kind && KINDS.includes(e.kind) ? e.kind : "place";
  const slug = fold(e.name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return { ...e, id: e.id ?? `user:${kind}:${slug}`, kind, name: e.name.normalize("NFC"), aliases: e.aliases ?? [], type: e.type ?? "custom", source: e.source ?? "user" };
}

/**
 * A gazetteer with the bundled data plus your own entries and tenures (or only yours, with
 * `replace: true`). A user entry with the id of a bundled one replaces it. Nothing is parsed or
 * indexed until first use.
 *
 * @example
 * ```ts
 * const gz = createGazetteer({ entries: [{ name: "Khu công nghiệp Phú Tài", kind: "place", type: "industrial-zone" }] });
 * gz.lookup("KCN Phú Tài"); // [] (add it as an alias to match that form)
 * ```
 */
export function createGazetteer(extra: { entries?: Partial<GazetteerEntry>[]; tenures?: Tenure[]; replace?: boolean } = {}): Gazetteer {
  return new Gazetteer(() => {
    const mine = (extra.entries ?? []).map(complete);
    const base = extra.replace ? [] : loadBaseEntries();
    const overridden = new Set(mine.map((e) => e.id));
    const entries = base.filter((e) => !overridden.has(e.id)).concat(mine);
    const tenures = (extra.replace ? [] : loadTenures()).concat(extra.tenures ?? []);
    return { entries, tenures };
  }, extra.replace ? null : () => {
    const overridden = new Set((extra.entries ?? []).map((e) => e.id));
    return loadCommuneEntries().filter((e) => !overridden.has(e.id));
  });
}

/** The gazetteer with the bundled data, parsed and indexed lazily on first use. */
export const defaultGazetteer: Gazetteer = /* @__PURE__ */ createGazetteer();
