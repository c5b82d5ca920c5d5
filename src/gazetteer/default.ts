/**
 * The bundled gazetteer and the factory for gazetteers with user entries.
 * @module
 */
import { fold } from "../normalize/index.js";
import { communeTable, loadBaseEntries, loadTenures } from "./data.js";
import { Gazetteer, dateHigh, dateLow, type FormTable, type LateEntries, type PrecompiledForms } from "./gazetteer.js";
import { baseFormTable, communeFormTable } from "./precompiled.js";
import { partitionPoint } from "../pipeline/search.js";
import { isValidDate } from "../pipeline/reference-date.js";
import type { EntryKind, GazetteerEntry, Tenure } from "./types.js";

const KINDS: readonly EntryKind[] = ["place", "body", "title", "person"];

/** The longest name, alias, id or type a user entry may have (bundled names run to 60 characters). */
export const MAX_ENTRY_TEXT = 200;
/** Ids that are properties of every object: refused, so that no index keyed by id can reach them. */
const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function fail(where: string, what: string): never {
  throw new TypeError(`thoisu: ${where} ${what}`);
}

/** A short, non-empty string, or a clear error. */
function text(v: unknown, where: string, field: string): string {
  if (typeof v !== "string") fail(where, `${field} must be a string, got ${v === null ? "null" : typeof v}`);
  if (!v.trim()) fail(where, `${field} is empty`);
  if (v.length > MAX_ENTRY_TEXT) fail(where, `${field} is ${v.length} characters long (at most ${MAX_ENTRY_TEXT})`);
  return v;
}

function optionalText(v: unknown, where: string, field: string): string | undefined {
  return v === undefined ? undefined : text(v, where, field);
}

function textList(v: unknown, where: string, field: string): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) fail(where, `${field} must be an array of strings`);
  return v.map((x, k) => text(x, where, `${field}[${k}]`));
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */
function isoDate(v: unknown, where: string, field: string): string | undefined {
  if (v === undefined) return undefined;
  const m = typeof v === "string" ? DATE_FORM.exec(v) : null;
  const ok = m && (m[2] === undefined || (+m[2] >= 1 && +m[2] <= 12 && (m[3] === undefined || isValidDate(+m[1]!, +m[2], +m[3]))));
  if (!ok) fail(where, `${field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(v)?.slice(0, 40)}`);
  return v as string;
}

function period(from: string | undefined, to: string | undefined, where: string): void {
  if (from && to && dateLow(from) > dateHigh(to)) fail(where, `ends (${to}) before it starts (${from})`);
}

/**
 * Checks and completes a user entry: id from kind and name when missing, kind `place` when
 * missing, empty aliases, source `user`. Throws a TypeError naming the entry and the field for a
 * malformed one. The result is a fresh object with only the known fields.
 */
function complete(e: unknown, i: number): GazetteerEntry {
  const where = `gazetteer entry #${i}`;
  if (e === null || typeof e !== "object" || Array.isArray(e)) fail(where, "must be an object");
  const u = e as Record<string, unknown>;
  if (u.name === undefined) fail(where, "has no name");
  const name = text(u.name, where, "name").normalize("NFC");
  if (u.kind !== undefined && !KINDS.includes(u.kind as EntryKind)) fail(where, `has an unknown kind ${JSON.stringify(u.kind)?.slice(0, 40)} (expected one of ${KINDS.join(", ")})`);
  const kind = (u.kind as EntryKind | undefined) ?? "place";
  const slug = fold(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const id = u.id === undefined ? `user:${kind}:${slug}` : text(u.id, where, "id");
  if (RESERVED_IDS.has(id)) fail(where, `has the reserved id "${id}"`);
  const out: GazetteerEntry = { id, kind, name, aliases: textList(u.aliases, where, "aliases")?.map((a) => a.normalize("NFC")) ?? [], type: optionalText(u.type, where, "type") ?? "custom", source: optionalText(u.source, where, "source") ?? "user" };
  const validFrom = isoDate(u.validFrom, where, "validFrom"), validTo = isoDate(u.validTo, where, "validTo");
  period(validFrom, validTo, where);
  if (validFrom !== undefined) out.validFrom = validFrom;
  if (validTo !== undefined) out.validTo = validTo;
  for (const f of ["parent", "bodyKind", "head", "code", "uncertain"] as const) {
    const v = optionalText(u[f], where, f);
    if (v !== undefined) out[f] = v;
  }
  for (const f of ["successors", "mergedFrom", "ambiguousAliases"] as const) {
    const v = textList(u[f], where, f);
    if (v !== undefined) out[f] = v;
  }
  for (const f of ["ambiguous", "singleHolder"] as const) {
    if (u[f] === undefined) continue;
    if (typeof u[f] !== "boolean") fail(where, `${f} must be a boolean`);
    out[f] = u[f] as boolean;
  }
  return out;
}

/** Checks a user tenure; returns a fresh object with only the known fields. */
function completeTenure(t: unknown, i: number): Tenure {
  const where = `tenure #${i}`;
  if (t === null || typeof t !== "object" || Array.isArray(t)) fail(where, "must be an object");
  const u = t as Record<string, unknown>;
  const out: Tenure = { person: text(u.person, where, "person"), post: text(u.post, where, "post").normalize("NFC"), source: optionalText(u.source, where, "source") ?? "user" };
  for (const f of ["title", "body", "place", "uncertain"] as const) {
    const v = optionalText(u[f], where, f);
    if (v !== undefined) out[f] = v;
  }
  const from = isoDate(u.from, where, "from"), to = isoDate(u.to, where, "to");
  period(from, to, where);
  if (from !== undefined) out.from = from;
  if (to !== undefined) out.to = to;
  return out;
}

/** Checks every user entry and tenure up front (not at first use), so errors come from `createGazetteer`. */
function checkInput(extra: { entries?: unknown; tenures?: unknown; replace?: unknown }): { entries: GazetteerEntry[]; tenures: Tenure[] } {
  if (extra === null || typeof extra !== "object") throw new TypeError("thoisu: createGazetteer expects an object { entries?, tenures?, replace? }");
  if (extra.entries !== undefined && !Array.isArray(extra.entries)) throw new TypeError("thoisu: createGazetteer: entries must be an array");
  if (extra.tenures !== undefined && !Array.isArray(extra.tenures)) throw new TypeError("thoisu: createGazetteer: tenures must be an array");
  if (extra.replace !== undefined && typeof extra.replace !== "boolean") throw new TypeError("thoisu: createGazetteer: replace must be a boolean");
  const entries = ((extra.entries ?? []) as unknown[]).map(complete);
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.id)) throw new TypeError(`thoisu: gazetteer entry #${i} repeats the id "${e.id}" of an earlier entry`);
    seen.add(e.id);
  });
  return { entries: entries.map(freezeEntry), tenures: ((extra.tenures ?? []) as unknown[]).map(completeTenure).map((t) => Object.freeze(t)) };
}

/**
 * Entries and tenures are shared by every caller of a gazetteer (`lookup` returns the entries
 * themselves): frozen, so that one caller's `entry.name = ...` cannot change another's results.
 */
function freezeEntry(e: GazetteerEntry): GazetteerEntry {
  // The array fields by name (no Object.values array per entry: this runs for every bundled
  // entry at the first extract).
  Object.freeze(e.aliases);
  if (e.ambiguousAliases) Object.freeze(e.ambiguousAliases);
  if (e.successors) Object.freeze(e.successors);
  if (e.mergedFrom) Object.freeze(e.mergedFrom);
  return Object.freeze(e);
}

/**
 * A gazetteer with the bundled data plus your own entries and tenures (or only yours, with
 * `replace: true`). A user entry with the id of a bundled one replaces it. Your entries are
 * checked at once: a TypeError names the entry and the field when one is malformed (no or an
 * empty name, a name, alias, id or type over {@link MAX_ENTRY_TEXT} characters, an unknown kind,
 * a date not `YYYY[-MM[-DD]]` or ending before it starts, an id used twice, an id such as
 * `__proto__` or `constructor`). Entries and tenures are frozen: results cannot be edited in place.
 * The bundled data is parsed and indexed on first use.
 *
 * @example
 * ```ts
 * const gz = createGazetteer({ entries: [{ name: "Khu công nghiệp Phú Tài", kind: "place", type: "industrial-zone" }] });
 * gz.lookup("KCN Phú Tài"); // [] (add it as an alias to match that form)
 * ```
 */
export function createGazetteer(extra: { entries?: Partial<GazetteerEntry>[]; tenures?: Tenure[]; replace?: boolean } = {}): Gazetteer {
  const mine = checkInput(extra);
  const overridden = new Set(mine.entries.map((e) => e.id));
  const replace = extra.replace === true;
  // The bundled entries come with their precompiled name forms (src/gazetteer/precompiled.ts).
  return new Gazetteer(() => {
    const base = replace ? [] : loadBaseEntries().map(freezeEntry);
    // The forms are decoded per entry as the indexes need them (the trie a first key at a time),
    // and not kept (~0.9 MB). None on a stale build: the gazetteer computes them.
    const table = baseFormTable(base);
    const entries = base.filter((e) => !overridden.has(e.id));
    const kept = entries.length;
    for (const e of mine.entries) entries.push(e);
    // The bundled tenures are decoded when a text first needs an office-holder.
    const tenures = (): Tenure[] => (replace ? [] : loadTenures().map((t) => Object.freeze(t))).concat(mine.tenures);
    return { entries, tenures, forms: table && kept < base.length ? keptForms(table, base, entries, kept) : table ?? undefined };
  }, replace ? null : () => lateCommunes(overridden));
}

/**
 * The bundled communes whose ids are not `overridden`, made into (frozen) entries one at a time
 * as the gazetteer needs them; their forms decoded per row.
 */
function lateCommunes(overridden: ReadonlySet<string>): LateEntries | { entries: GazetteerEntry[] } {
  const table = communeTable();
  const forms = communeFormTable(table.size);
  if (!forms) {
    // A stale build: every entry now, and their forms computed by the gazetteer.
    const all: GazetteerEntry[] = new Array(table.size);
    for (let i = 0; i < all.length; i++) all[i] = freezeEntry(table.entry(i));
    return { entries: keep(all, [], overridden).entries };
  }
  // The rows kept, when a user entry replaces some (ascending); null: all of them.
  let kept: number[] | null = null;
  if (overridden.size) {
    const rows: number[] = [];
    for (let i = 0; i < table.size; i++) if (!overridden.has(table.id(i))) rows.push(i);
    if (rows.length < table.size) kept = rows;
  }
  const row = (r: number): number => (kept ? kept[r]! : r);
  return {
    size: kept ? kept.length : table.size,
    rowOf(id) {
      const i = table.rowOf(id);
      if (i < 0 || !kept) return i;
      const r = partitionPoint(kept.length, (k) => kept![k]! >= i);
      return kept[r] === i ? r : -1;
    },
    entry: (r) => freezeEntry(table.entry(row(r))),
    forms: (r, e) => [forms.form(row(r), e.name)],
    index() {
      const bare: number[] = [], unit = new Map<string, number[]>();
      const size = kept ? kept.length : table.size;
      for (let r = 0; r < size; r++) {
        const i = row(r), where = forms.where(i);
        if (where & 1) bare.push(r);
        if (where & 2) {
          const key = forms.headKey(i, table.name(i)), list = unit.get(key);
          if (list) list.push(r); else unit.set(key, [r]);
        }
      }
      return { bare, unit };
    },
  };
}

/** The forms of the first `kept` of `entries`, which are bundled entries `base` less those replaced. */
function keptForms(table: FormTable, base: readonly GazetteerEntry[], entries: readonly GazetteerEntry[], kept: number): FormTable {
  const at = new Map(base.map((e, i) => [e, i]));
  const baseIndex = entries.slice(0, kept).map((e) => at.get(e)!);
  const keptIndex = new Map(baseIndex.map((b, i) => [b, i]));
  return {
    size: kept,
    forms: (i) => table.forms(baseIndex[i]!),
    index() {
      const { bare, unit } = table.index();
      const remap = (m: Map<string, number[]>) => {
        const out = new Map<string, number[]>();
        for (const [key, list] of m) {
          const mine = list.filter((b) => keptIndex.has(b)).map((b) => keptIndex.get(b)!);
          if (mine.length) out.set(key, mine);
        }
        return out;
      };
      return { bare: remap(bare), unit: remap(unit) };
    },
  };
}

/** The entries whose ids are not `overridden`, with their precompiled forms. */
function keep(entries: GazetteerEntry[], forms: PrecompiledForms, overridden: ReadonlySet<string>): { entries: GazetteerEntry[]; forms: PrecompiledForms } {
  if (!overridden.size) return { entries, forms };
  const kept: GazetteerEntry[] = [], keptForms: PrecompiledForms[number][] = [];
  entries.forEach((e, i) => { if (!overridden.has(e.id)) { kept.push(e); keptForms.push(forms[i]); } });
  return { entries: kept, forms: keptForms };
}

/** The gazetteer with the bundled data, parsed and indexed lazily on first use. */
export const defaultGazetteer: Gazetteer = /* @__PURE__ */ createGazetteer();
