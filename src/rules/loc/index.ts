/**
 * LOC by pattern: a place after an administrative unit word (`tỉnh Hải Dương` → `Hải
 * Dương`, unit outside; `Quận 1`, `TP Hồ Chí Minh` keep it), natural features and built
 * places with their classifier kept (`sông Lam`, `đường Nguyễn Viết Xuân`, `Khu công
 * nghiệp Phú Tài`), and later bare mentions of a name the document introduced that way.
 * Known places (countries, provinces) come from the gazetteer matcher.
 * @module
 */
import type { Candidate, Doc, Matcher } from "../../pipeline/types.js";
import { isCapWord, SURNAME_TRIE, TITLE_TRIE, UNIT_TRIE } from "../org/lexicon.js";
import { parsePlaceSlot, placeContext, type PlaceFinder, type BodyFinder } from "./places.js";
import { classifierInWord, isProperPlaceAt } from "./proper.js";

/** End of a built place's or feature's name after its classifier: capitalised words, a number, titles inside (`Khu lưu niệm Tổng Bí thư Nguyễn Văn Cừ`). */
function featureNameEnd(doc: Doc, i: number): number {
  const toks = doc.tokens;
  let k = i;
  while (k < toks.length && k - i < 8) {
    const t = toks[k]!;
    if (k > i && t.lineBefore) break;
    if ((t.kind === "word" && t.upper) || t.kind === "abbr") { k++; continue; }
    if (t.kind === "number" && k === i) { k++; break; }
    if (t.text === "-" && isCapWord(toks[k + 1]) && k > i) { k++; continue; }
    // A title inside a memorial's name (Tổng Bí thư) stays in the name.
    const ti = k > i ? TITLE_TRIE.longest(toks, k) : null;
    if (ti && isCapWord(toks[ti.end])) { k = ti.end; continue; }
    break;
  }
  return k;
}

/** Options of the LOC matcher. */
export interface LocMatcherOptions { places?: PlaceFinder; bodies?: BodyFinder }

/** The LOC pattern matcher. */
export function createLocMatcher(opts: LocMatcherOptions = {}): Matcher {
  return {
    id: "loc",
    match(doc: Doc, found: readonly Candidate[]): Candidate[] {
      const ctx = placeContext(doc, opts.places, opts.bodies);
      const toks = doc.tokens;
      const covered = new Uint8Array(doc.text.length + 1);
      for (const c of found) if (c.type === "ROLE" || c.type === "ORG") covered.fill(1, c.start, c.end);
      const out: Candidate[] = [];
      const push = (first: number, last: number, rule: string, ref?: string) =>
        out.push({ type: "LOC", start: toks[first]!.start, end: toks[last - 1]!.end, rule, priority: 1, ...(ref ? { ref } : {}) });
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        if (covered[t.start]) continue;
        const u = UNIT_TRIE.longest(toks, i);
        // A one-word classifier that is also a family name (Hồ, Đường) must be written lowercase.
        // A classifier completing a word with the syllable before it (`yêu cầu`, `Hội chợ`) is none.
        if (u && u.value.kind !== "admin" && !(u.end === i + 1 && t.upper && SURNAME_TRIE.longest(toks, i)?.end === i + 1) && !(u.end === i + 1 && classifierInWord(toks, i))) {
          // Lowercase classifiers need a capitalised name; capitalised ones (Khu công nghiệp) too.
          const e = featureNameEnd(doc, u.end);
          if (e > u.end && !toks[u.end]!.lineBefore && (isCapWord(toks[u.end]) || toks[u.end]!.kind === "number" || toks[u.end]!.kind === "abbr")) {
            push(i, e, `loc/${u.value.kind}`);
            i = e - 1;
            continue;
          }
        }
        const slot = parsePlaceSlot(ctx, i, false);
        if (slot?.loc && (slot.unit || slot.loc.last - slot.loc.first >= 1)) {
          const { first, last } = slot.loc;
          // A bare name (no unit word) only when it stands alone, not inside a longer capitalised run.
          if (!slot.unit && first === i && (isCapWord(toks[i - 1]) && !toks[i]!.lineBefore || isCapWord(toks[last]) && !toks[last]!.lineBefore)) continue;
          if (!slot.unit && !ctx.introduced.longest(toks, i) && !ctx.known.get(i) && !/^(tp\.hcm|tphcm)$/.test(toks[i]!.lower)) continue;
          if (!slot.unit && !isProperPlaceAt(toks, first, last)) continue;
          push(first, last, slot.unit ? "loc/unit" : "loc/introduced", slot.loc.ref);
          i = slot.end - 1;
        }
      }
      return out;
    },
  };
}

/** The default LOC pattern matcher. */
export const locMatcher: Matcher = createLocMatcher();
