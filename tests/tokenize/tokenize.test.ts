import { describe, expect, it } from "vitest";
import { scanNameTokens, scanTokens, tokenize } from "../../src/tokenize/index.js";

const kinds = (s: string) => tokenize(s).tokens.map((t) => `${t.kind}:${t.text}`);

describe("tokenize", () => {
  it("splits syllables, numbers, dates, times and abbreviations", () => {
    expect(kinds("TP.HCM chi 1.200 tỷ đồng lúc 8h30 ngày 9/6/2017")).toEqual([
      "abbr:TP.HCM", "word:chi", "number:1.200", "word:tỷ", "word:đồng", "word:lúc", "time:8h30", "word:ngày", "date:9/6/2017",
    ]);
  });

  it.each([
    ["1.234.567,89", "number"], ["1,5", "number"], ["2017", "number"],
    ["09/06/2017", "date"], ["9-6-2017", "date"], ["22.6.2017", "date"], ["9/6", "date"], ["6/2017", "date"],
    ["23:44", "time"], ["8h", "time"], ["8h30", "time"],
    ["UBND", "abbr"], ["HĐND", "abbr"], ["ĐBQH", "abbr"], ["BR-VT", "abbr"], ["GD&ĐT", "abbr"], ["PGS.TS", "abbr"],
  ])("%s is one %s token", (text, kind) => {
    const t = tokenize(text).tokens;
    expect(t).toHaveLength(1);
    expect(t[0]!.kind).toBe(kind);
  });

  it("splits a city's or town's unit written against its name, but keeps an all-caps name joined", () => {
    expect(kinds("UBND TP.Hà Nội, TX.Sơn Tây, TP.HCM")).toEqual([
      "abbr:UBND", "abbr:TP", "punct:.", "word:Hà", "word:Nội", "punct:,", "abbr:TX", "punct:.", "word:Sơn", "word:Tây", "punct:,", "abbr:TP.HCM",
    ]);
    // Other short capitals with a dot stay one abbreviation (`T.Ư`, `PGS.TS`).
    expect(kinds("T.Ư")).toEqual(["abbr:T.Ư"]);
  });

  it("splits number ranges and document numbers at / - that are not dates", () => {
    expect(kinds("7-8 tỷ")).toEqual(["number:7", "punct:-", "number:8", "word:tỷ"]);
    expect(kinds("123/2017")).toEqual(["number:123", "punct:/", "number:2017"]);
  });

  it("gives offsets that slice back to the token", () => {
    const text = "Ông  Hoàng Trung Hải,\nBí thư Thành ủy Hà Nội.";
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("does not end a sentence after TP., TS., PGS., ThS. or an initial", () => {
    const s = tokenize("Ông đến TP. Hồ Chí Minh gặp PGS. Nguyễn Văn A và N. Hùng. Hôm sau ông về.").sentences;
    expect(s).toHaveLength(2);
  });

  it("ends sentences at . ! ? before an upper-case word and at line breaks", () => {
    const text = "Một câu. Hai câu! Ba câu?\nBốn câu";
    const s = tokenize(text).sentences.map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(["Một câu.", "Hai câu!", "Ba câu?", "Bốn câu"]);
  });

  it("handles emoji and lone surrogates as symbols", () => {
    const toks = tokenize("a 😀 \ud800 b").tokens;
    expect(toks.map((t) => t.text)).toEqual(["a", "😀", "\ud800", "b"]);
  });
});

describe("token case forms", () => {
  it("gives `lower` = text.toLowerCase() and `upper` = starts with \\p{Lu}, for every BMP character", () => {
    // The tokeniser reads case from code-unit tables (no regex per character): check them against Unicode.
    const wrong: string[] = [];
    for (let c = 0x20; c < 0xd800; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`${ch}a`, `A${ch}`, `đ${ch}ư`]) {
        for (const t of tokenize(s).tokens) {
          if (t.lower !== t.text.toLowerCase() || t.upper !== /^\p{Lu}/u.test(t.text)) wrong.push(`${c.toString(16)}:${t.text}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

describe("scanNameTokens", () => {
  it("gives the tokens scanTokens gives, on simple names and on names it hands over", () => {
    const names = [
      "Hải Dương", "Bí thư Tỉnh ủy", "UBND", "TP", "ĐBSCL", "ABCDEFG", "Ab", "X", "Thủ đô", "Ǆemal Ǉubljana", "x\u0301y",
      // Not simple: digits, punctuation, extra spaces, astral letters.
      "Quận 1", "TP.HCM", "Bà Rịa-Vũng Tàu", "GD&ĐT", "Hà  Nội", " Hà Nội", "𝐀bc d",
    ];
    for (const n of names) expect(scanNameTokens(n), n).toEqual(scanTokens(n));
  });
});
