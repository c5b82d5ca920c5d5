// PhraseTrie remembers answers per document and skips tokens that start none of the shared
// tries' phrases (a first-word index): the answers must stay those of a plain walk whatever
// the order of documents, and a phrase added later must be found.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PhraseTrie, phraseKeys } from "../../src/match/lexicons.js";
import { normalize } from "../../src/normalize/index.js";
import { tokenize, type Token } from "../../src/tokenize/index.js";

const toks = (s: string): Token[] => tokenize(normalize(s).text).tokens;

/** The longest phrase of `phrases` at token `i` by brute force (same line, lower-case keys). */
function reference(phrases: readonly string[], t: readonly Token[], i: number): number | null {
  let best: number | null = null;
  for (const p of phrases) {
    const keys = p.toLowerCase().split(" ");
    if (keys.every((k, n) => t[i + n]?.lower === k && (n === 0 || !t[i + n]!.lineBefore))) best = Math.max(best ?? 0, i + keys.length);
  }
  return best;
}

describe("PhraseTrie", () => {
  const titles = ["Bí thư", "Phó Bí thư", "Bí thư Tỉnh ủy", "Chủ tịch"];
  const units = ["tỉnh", "thành phố", "huyện"];
  const a = new PhraseTrie<true>(), b = new PhraseTrie<true>(), perDoc = new PhraseTrie<true>(false);
  for (const p of titles) a.add(p, true);
  for (const p of units) b.add(p, true);
  perDoc.add("Hải Dương", true);
  const docs = [
    toks("Phó Bí thư Tỉnh ủy Hải Dương và Chủ tịch tỉnh Hải Dương"),
    toks("Bí thư\nTỉnh ủy thành phố Hà Nội, huyện Quốc Oai"),
    toks("Chủ tịch thành\nphố"),
  ];

  it("answers as a plain walk, documents in any order and asked again", () => {
    for (const order of [[0, 1, 2], [2, 0, 1, 0], [1, 1, 2, 1]]) {
      for (const d of order) {
        const t = docs[d]!;
        for (let i = 0; i < t.length; i++) {
          expect(a.longest(t, i)?.end ?? null).toBe(reference(titles, t, i));
          expect(b.longest(t, i)?.end ?? null).toBe(reference(units, t, i));
          expect(perDoc.longest(t, i)?.end ?? null).toBe(reference(["Hải Dương"], t, i));
          // A limit cuts the phrase.
          expect(a.longest(t, i, Math.min(t.length, i + 2))?.end ?? null).toBe(reference(titles.filter((p) => p.split(" ").length <= 2), t, i));
        }
      }
    }
  });

  it("finds a phrase added after a document was asked about (a walk with a limit; answers without one are remembered per document)", () => {
    const t = docs[0]!;
    const i = t.findIndex((x) => x.lower === "hải");
    const late = new PhraseTrie<true>();
    late.add("Chủ tịch", true);
    expect(late.longest(t, i, i + 2)).toBeNull();
    late.add("Hải Dương", true);
    expect(late.longest(t, i, i + 2)?.end).toBe(i + 2);
    expect(late.wordValue("hải")).toBeUndefined();
    late.add("Hải", true);
    expect(late.wordValue("hải")).toBe(true);
  });

  it("keys a phrase added from tokens as `add` keys its text (shared and per-document tries)", () => {
    const t = toks("Đồng chí Nguyễn Văn A về thị xã Sơn Tây, tỉnh Bà Rịa - Vũng Tàu và TP.HCM.");
    for (const shared of [true, false]) {
      for (let from = 0; from < t.length; from++) {
        for (let to = from + 1; to <= Math.min(t.length, from + 4); to++) {
          const byText = new PhraseTrie<true>(shared).add(t.slice(from, to).map((x) => x.text).join(" "), true);
          const byTokens = new PhraseTrie<true>(shared).addTokens(t, from, to, true);
          for (let i = 0; i < t.length; i++) expect(byTokens.longest(t, i, t.length - 1)).toEqual(byText.longest(t, i, t.length - 1));
        }
      }
    }
  });
});

describe("phraseKeys", () => {
  // The general rule: NFC, lower case, a comma after a word its own key, split at any whitespace.
  const general = (p: string) => p.normalize("NFC").toLowerCase().replace(/,(\s|$)/gu, " ,$1").split(/\s+/).filter(Boolean);
  it("splits a phrase of words and single spaces as the general rule does, and odd spacing too", () => {
    expect(phraseKeys("Ban Thường vụ")).toEqual(["ban", "thường", "vụ"]);
    expect(phraseKeys("Văn hóa, Thể thao")).toEqual(["văn", "hóa", ",", "thể", "thao"]);
    expect(phraseKeys(" Bộ  Công\tan ")).toEqual(["bộ", "công", "an"]);
    expect(phraseKeys("")).toEqual([]);
    const parts = fc.constantFrom("Bộ", "công", "an", "PGS.TS", "GD&ĐT", "Ho\u0300a", ",", " ", "  ", "\t", "\n", "\u00a0", "x,y", "");
    fc.assert(fc.property(fc.array(parts, { maxLength: 8 }), (xs) => {
      const p = xs.join(" ");
      expect(phraseKeys(p)).toEqual(general(p));
      const q = xs.join("");
      expect(phraseKeys(q)).toEqual(general(q));
    }));
  });
});
