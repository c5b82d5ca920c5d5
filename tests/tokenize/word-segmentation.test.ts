import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { tokenize } from "../../src/tokenize/index.js";
import { compileLexicon, defaultLexicon, segmentWords } from "../../src/tokenize/words.js";
import { segment } from "../../src/words.js";

const tokensOf = (s: string) => tokenize(normalize(s).text).tokens;
const texts = (s: string, ...rest: Parameters<typeof segmentWords> extends [unknown, ...infer R] ? R : never) =>
  segmentWords(tokensOf(s), ...rest).map((w) => w.text);

describe("segmentWords with a small lexicon", () => {
  const lex = compileLexicon(["bí thư", "thành ủy", "bí thư thành ủy", "học sinh", "sinh học", "học sinh học", "a-ba-giua"]);

  it("prefers the longest entry at a position", () => {
    expect(texts("Bí thư Thành ủy họp", lex, { strategy: "longest" })).toEqual(["Bí thư Thành ủy", "họp"]);
    expect(texts("Bí thư Thành ủy họp", lex)).toEqual(["Bí thư Thành ủy", "họp"]);
  });

  it("maximum matching finds the fewest words where greedy does not", () => {
    const lex2 = compileLexicon(["ab cd", "cd ef gh", "ab"]);
    expect(texts("ab cd ef gh", lex2, { strategy: "longest" })).toEqual(["ab cd", "ef", "gh"]);
    expect(texts("ab cd ef gh", lex2)).toEqual(["ab", "cd ef gh"]);
  });

  it("covers every token exactly once, with token indices and offsets", () => {
    const s = "Các em học sinh học giỏi, a-ba-giua.";
    const toks = tokensOf(s);
    const words = segmentWords(toks, lex);
    expect(words[0]!.first).toBe(0);
    for (let k = 1; k < words.length; k++) expect(words[k]!.first).toBe(words[k - 1]!.last);
    expect(words.at(-1)!.last).toBe(toks.length);
    for (const w of words) {
      expect(w.start).toBe(toks[w.first]!.start);
      expect(w.end).toBe(toks[w.last - 1]!.end);
      expect(s.slice(w.start, w.end)).toBe(w.text);
    }
    expect(words.map((w) => w.text)).toContain("a-ba-giua");
  });

  it("does not join across a line break, a sentence end, or spaced punctuation", () => {
    expect(texts("Bí\nthư", lex)).toEqual(["Bí", "thư"]);
    expect(texts("a - ba - giua", lex)).toEqual(["a", "-", "ba", "-", "giua"]);
  });

  it("matches in any case and after tone normalisation (uỷ = ủy)", () => {
    expect(texts("BÍ THƯ THÀNH UỶ", lex)).toEqual(["BÍ THƯ THÀNH ỦY"]);
    expect(lex.has("Thành ủy")).toBe(true);
    expect(lex.has("thành")).toBe(false);
  });

  it("groups a capitalised run into a name unless lexicon words cover it as cheaply", () => {
    expect(texts("Ông Nguyễn Mạnh Hiển phát biểu", lex)).toEqual(["Ông", "Nguyễn Mạnh Hiển", "phát", "biểu"]);
    expect(texts("Ông Nguyễn Mạnh Hiển phát biểu", lex, { names: false })).toEqual(["Ông", "Nguyễn", "Mạnh", "Hiển", "phát", "biểu"]);
    // A name does not start with a lexicon word: the place stays apart from the person after it.
    expect(texts("tại Hà Nội Hoàng Trung Hải nói", compileLexicon(["hà nội"]))).toEqual(["tại", "Hà Nội", "Hoàng Trung Hải", "nói"]);
    // "Bí thư" is a lexicon word, so the capitalised "Bí" does not join "Thành".
    expect(texts("Bí thư Thành ủy", compileLexicon(["bí thư", "thành ủy"]))).toEqual(["Bí thư", "Thành ủy"]);
  });
});

describe("default lexicon (Viet74K)", () => {
  it("segments a political sentence into its words", () => {
    const words = segment("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội chủ trì hội nghị").map((w) => w.text);
    expect(words).toContain("Bí thư");
    expect(words).toContain("Thành ủy");
    expect(words).toContain("chủ trì");
    expect(words).toContain("hội nghị");
  });

  it("reports offsets into the original input, also for decomposed text", () => {
    const input = "Bí thư Thành uỷ".normalize("NFD");
    const words = segment(input);
    expect(words).toHaveLength(2);
    for (const w of words) expect(input.slice(w.start, w.end)).toBe(w.text);
  });

  it("has the Viet74K entries, normalised", () => {
    const lex = defaultLexicon();
    expect(lex.size).toBeGreaterThan(70000);
    expect(lex.has("ủy viên")).toBe(true);
    expect(lex.has("uỷ viên")).toBe(false); // old tone placement is normalised away in the data
  });
});
