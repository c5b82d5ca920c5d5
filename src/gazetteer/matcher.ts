/**
 * The gazetteer matcher: LOC candidates for places, countries and regions, ORG candidates for
 * named bodies, from one pass of {@link Gazetteer.matchTokens} over the document.
 * @module
 */
import type { Candidate, Doc, Matcher, YMD } from "../pipeline/types.js";
import type { Token } from "../tokenize/index.js";
import type { Gazetteer } from "./gazetteer.js";
import { defaultGazetteer } from "./default.js";
import { validOn } from "./gazetteer.js";
import type { GazetteerEntry, NameMatch } from "./types.js";
import { formatYMD } from "../pipeline/reference-date.js";

/**
 * Words before a body name that make it a level of government, not a body (guidelines:
 * `thành phố trực thuộc Trung ương`, `từ Trung ương đến địa phương` hold no ORG). Examples:
 * ./examples.ts.
 */
export const LEVEL_CONTEXT = {
  words: new Set(["thuộc", "từ", "cấp", "ngành", "và", "với"]),
  /** Only these bodies are read as a level after such a word. */
  bodies: new Set(["org:ban-chap-hanh-trung-uong"]),
} as const;

/**
 * Body types that name an event, not an organisation: a congress is a meeting (guidelines:
 * `Đại hội` is not annotated, but the body inside it is: `Đại hội {Đảng} toàn quốc`). The
 * gazetteer keeps them for refs; they are no ORG of their own.
 */
export const EVENT_BODY_TYPES: ReadonlySet<string> = new Set(["party-congress"]);

/** Place types whose ambiguous aliases (`Anh`, `Đức`, `TQ`, `HCM`) are too risky to match alone. */
const RISKY_AMBIGUOUS = new Set(["country", "region", "province", "centrally-run-city"]);

const iso = formatYMD;

/** The entry valid on `date`; else the latest one (open-ended, or the one that ended last). */
export function pickAsOf(entries: readonly GazetteerEntry[], date: string | null): GazetteerEntry {
  if (date) {
    const valid = entries.find((e) => validOn(e, date));
    if (valid) return valid;
  }
  let best = entries[0]!;
  for (const e of entries) {
    const a = best.validTo ?? "9999", b = e.validTo ?? "9999";
    if (b > a) best = e;
  }
  return best;
}

/** The text is written like the entry, and not through a risky ambiguous alias (`Anh`, `Ý`, `HCM`). */
function accepted(m: NameMatch, i: number): boolean {
  return m.cased[i]! && !(m.ambiguousForm[i] && m.entries[i]!.kind === "place" && RISKY_AMBIGUOUS.has(m.entries[i]!.type));
}

/**
 * The accepted entries of kind `kind` in a match. Most matches have one entry: then the match's
 * own `entries` array is returned, without copying.
 */
function acceptedOfKind(m: NameMatch, kind: GazetteerEntry["kind"]): readonly GazetteerEntry[] {
  const all = m.entries;
  if (all.length === 1) return all[0]!.kind === kind && accepted(m, 0) ? all : NONE;
  return all.filter((e, i) => e.kind === kind && accepted(m, i));
}
const NONE: readonly GazetteerEntry[] = [];

function placeProposal(m: NameMatch, tokens: readonly Token[], date: string | null): Candidate | null {
  const entries = acceptedOfKind(m, "place");
  if (!entries.length) return null;
  const ref = entries.length === 1 ? entries[0]! : pickAsOf(entries, date);
  const unit = m.units[m.entries.indexOf(ref)] ?? 0;
  if (m.first + unit >= m.last) return null;
  const alternatives = entries.length === 1 ? null : entries.filter((e) => e !== ref).map((e) => e.id);
  return {
    type: "LOC", start: tokens[m.first + unit]!.start, end: m.end, rule: `gazetteer:${ref.id}`, priority: 2, ref: ref.id,
    attrs: alternatives?.length ? { placeType: ref.type, alternatives } : { placeType: ref.type },
  };
}

/**
 * True when the one word `t` matched a body only through an acronym (`TƯ`, `TW`) written
 * otherwise: `Tư` of `Tư liệu`, `Tư pháp` is no abbreviation. An acronym is matched in capitals.
 */
function acronymMiscased(e: GazetteerEntry, t: Token): boolean {
  if (t.text.length < 2 || t.text === t.text.toUpperCase()) return false;
  let acronym = false;
  for (const f of [e.name, ...e.aliases]) {
    if (f.toLowerCase() !== t.lower) continue;
    if (f === f.toUpperCase()) acronym = true; else return false;
  }
  return acronym;
}

function bodyProposal(m: NameMatch, date: string | null, prev: Token | undefined, tokens: readonly Token[]): Candidate | null {
  let entries = acceptedOfKind(m, "body");
  if (m.last === m.first + 1 && entries.length) entries = entries.filter((e) => !acronymMiscased(e, tokens[m.first]!));
  if (!entries.length) return null;
  const ref = entries.length === 1 ? entries[0]! : pickAsOf(entries, date);
  if (prev && LEVEL_CONTEXT.words.has(prev.lower) && LEVEL_CONTEXT.bodies.has(ref.id)) return null;
  if (EVENT_BODY_TYPES.has(ref.type)) return null;
  const alternatives = entries.length === 1 ? null : entries.filter((e) => e !== ref).map((e) => e.id);
  return {
    type: "ORG", start: m.start, end: m.end, rule: `gazetteer:${ref.id}`, priority: 2, ref: ref.id,
    attrs: alternatives?.length ? { bodyType: ref.type, alternatives, ambiguous: true } : { bodyType: ref.type },
  };
}

/**
 * A matcher over a given gazetteer. Leftmost-longest: a name inside a longer accepted name
 * is not proposed again. LOC spans drop the unit word (`tỉnh Hải Dương` → `Hải Dương`) except
 * where the unit word is part of the name (`Thành phố Hồ Chí Minh`, `TP.HCM`, `Quận 1`);
 * districts and communes match only after their unit word (`huyện Hoài Ân` → `Hoài Ân`).
 */
export function createGazetteerMatcher(getGazetteer: () => Gazetteer): Matcher {
  return {
    id: "gazetteer",
    match(doc: Doc): Candidate[] {
      const date = doc.refDate ? iso(doc.refDate) : null;
      const tokens = doc.tokens;
      const out: Candidate[] = [];
      // Leftmost-longest per type; a place inside a body's name is still a LOC
      // (guidelines: `Đảng Cộng sản {Việt Nam}`), so the two types are covered separately.
      let coveredLoc = 0, coveredOrg = 0;
      for (const m of getGazetteer().matchTokens(tokens, { kinds: ["place", "body"] })) {
        const loc = m.first >= coveredLoc ? placeProposal(m, tokens, date) : null;
        if (loc) { out.push(loc); coveredLoc = m.last; continue; }
        const org = m.first >= coveredOrg ? bodyProposal(m, date, tokens[m.first - 1], tokens) : null;
        if (org) { out.push(org); coveredOrg = m.last; }
      }
      return out;
    },
  };
}

/** The gazetteer matcher over the bundled data (id `gazetteer`). */
export const gazetteerMatcher: Matcher = createGazetteerMatcher(() => defaultGazetteer);
