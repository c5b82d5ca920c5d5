// The tokeniser reads most words on a fast path that repeats scanWord's reading (hash, case,
// abbreviation check) in one loop; it must give exactly the tokens scanWord gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanTokens, scanTokensWith, type Token } from "../../src/tokenize/index.js";

const LOWER = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyzáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
const LETTERS = [...LOWER, ...LOWER.toUpperCase()];
/** Digits, the joiners of abbreviations and numbers, other punctuation, spaces and line breaks. */
const OTHERS = [..."0123456789", ..."..-&,/:;!?()\"'…–", " ", " ", "\n", "\t"];
/**
 * Pieces that reach the branches where the fast path hands a run to scanWord: all-caps runs
 * (up to 6 letters, and longer), short abbreviations that do not end a sentence (`TP`, `Ts`),
 * units written against a name (`TP.Hà`), combining marks, letters of other scripts, astral
 * characters, runs longer than the intern limit (12).
 */
const PIECES = ["TP", "Tp", "TX", "Ts", "PGS", "GS", "ThS", "ông", "Ông", "Bà", "UBND", "HĐND", "ĐBQH", "GD&ĐT", "BR-VT", "TP.HCM", "TP.Hà", "T.Ư",
  "HOAKỲVIỆTNAM", "Nghiêngnghiêngnghiêng", "\u0301", "\u0300", "ß", "Ω", "中", "😀", "𝐀", "\ud800"];
const text = fc.array(fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LETTERS) },
  { weight: 3, arbitrary: fc.constantFrom(...OTHERS) },
  { weight: 1, arbitrary: fc.constantFrom(...PIECES) },
), { maxLength: 80 }).map((a) => a.join(""));

const plain = (tokens: readonly Token[]) => tokens.map((t) => ({ ...t }));

describe("the tokeniser's fast path for common words", () => {
  it("gives the same tokens as reading every word with scanWord (random Vietnamese-like strings)", () => {
    const seen = new Set<string>();
    fc.assert(fc.property(text, (s) => {
      const fast = scanTokensWith(s, true), slow = scanTokensWith(s, false);
      for (const t of fast) seen.add(t.kind);
      expect(plain(fast)).toEqual(plain(slow));
    }), { numRuns: 2000, seed: 7 });
    // The strings reached both kinds of letter run: plain words (fast path) and abbreviations (scanWord).
    expect(seen).toContain("word");
    expect(seen).toContain("abbr");
  });

  it("scanTokens is the fast path", () => {
    const s = "Chủ tịch UBND TP.HCM, PGS.TS Nguyễn Văn A, ngày 9/6/2017.";
    expect(plain(scanTokens(s))).toEqual(plain(scanTokensWith(s, true)));
    expect(scanTokens(s).map((t) => `${t.kind}:${t.text}`)).toEqual([
      "word:Chủ", "word:tịch", "abbr:UBND", "abbr:TP.HCM", "punct:,", "abbr:PGS.TS", "word:Nguyễn", "word:Văn", "word:A", "punct:,", "word:ngày", "date:9/6/2017", "punct:.",
    ]);
  });
});
