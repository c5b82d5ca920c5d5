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

/**
 * Words before a body name that make it a level of government, not a body (guidelines:
 * `thành phố trực thuộc Trung ương`, `từ Trung ương đến địa phương` hold no ORG).
 */
export const LEVEL_CONTEXT = {
  words: new Set(["thuộc", "từ", "cấp", "ngành", "và", "với"]),
  /** Only these bodies are read as a level after such a word. */
  bodies: new Set(["org:ban-chap-hanh-trung-uong"]),
  examples: ["thành phố trực thuộc Trung ương", "từ Trung ương đến địa phương", "cấp Trung ương"],
  counterExamples: ["Trung ương quyết định", "Ban Chấp hành Trung ương Đảng"],
} as const;

/** Place types whose ambiguous aliases (`Anh`, `Đức`, `TQ`, `HCM`) are too risky to match alone. */
const RISKY_AMBIGUOUS = new Set(["country", "region", "province", "centrally-run-city"]);

const iso = (d: YMD): string => `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

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

/** Whether a single-token name written in capitals mid-sentence is what was written (not `Đảng` in `ĐẢNG`). */
function accepted(m: NameMatch, i: number): boolean {
  return m.cased[i]! && !(m.ambiguousForm[i] && m.entries[i]!.kind === "place" && RISKY_AMBIGUOUS.has(m.entries[i]!.type));
}

function proposal(m: NameMatch, tokens: readonly Token[], date: string | null, prev: Token | undefined): Candidate | null {
  const places: number[] = [], bodies: number[] = [];
  m.entries.forEach((e, i) => {
    if (!accepted(m, i)) return;
    if (e.kind === "place") places.push(i);
    else if (e.kind === "body") bodies.push(i);
  });
  if (places.length) {
    const entries = places.map((i) => m.entries[i]!);
    const ref = pickAsOf(entries, date);
    const unit = m.units[m.entries.indexOf(ref)] ?? 0;
    if (m.first + unit >= m.last) return null;
    const start = tokens[m.first + unit]!.start;
    const alternatives = entries.filter((e) => e !== ref).map((e) => e.id);
    return {
      type: "LOC", start, end: m.end, rule: `gazetteer:${ref.id}`, priority: 2, ref: ref.id,
      attrs: { placeType: ref.type, ...(alternatives.length ? { alternatives } : {}) },
    };
  }
  if (bodies.length) {
    const entries = bodies.map((i) => m.entries[i]!);
    const ref = pickAsOf(entries, date);
    if (prev && LEVEL_CONTEXT.words.has(prev.lower) && LEVEL_CONTEXT.bodies.has(ref.id)) return null;
    const alternatives = entries.filter((e) => e !== ref).map((e) => e.id);
    return {
      type: "ORG", start: m.start, end: m.end, rule: `gazetteer:${ref.id}`, priority: 2, ref: ref.id,
      attrs: { bodyType: ref.type, ...(alternatives.length ? { alternatives, ambiguous: true } : {}) },
    };
  }
  return null;
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
      let covered = 0;
      for (const m of getGazetteer().matchTokens(tokens, { kinds: ["place", "body"] })) {
        if (m.first < covered) continue;
        const c = proposal(m, tokens, date, tokens[m.first - 1]);
        if (!c) continue;
        out.push(c);
        covered = m.last;
      }
      return out;
    },
  };
}

/** The gazetteer matcher over the bundled data (id `gazetteer`). */
export const gazetteerMatcher: Matcher = createGazetteerMatcher(() => defaultGazetteer);
