// Property tests: any string in, a valid result out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Result } from "../../src/types.js";

function checkResult(input: string, r: Result): void {
  expect(r.text).toBe(input);
  let prevStart = -1;
  for (const e of r.entities) {
    expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(input.length);
    expect(e.start).toBeLessThan(e.end);
    expect(input.slice(e.start, e.end)).toBe(e.text);
    expect(e.start).toBeGreaterThanOrEqual(prevStart);
    prevStart = e.start;
    expect(typeof e.rule).toBe("string");
  }
  for (const rel of r.relations) {
    expect(r.entities[rel.person]?.type).toBe("PERSON");
    expect(r.entities[rel.role]?.type).toBe("ROLE");
  }
  // Plain JSON: survives a round trip unchanged.
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

// Vietnamese-looking fragments so that the rules actually fire on random input.
const FRAGMENTS = [
  "Bí thư Tỉnh ủy Hải Dương", "Nguyễn Mạnh Hiển", "ông Hải", "ngày 9/6/2017", "Chiều 9/6", "3 tỷ đồng", "1,5 triệu USD",
  "UBND tỉnh", "TP.HCM", "Hà Nội", "hoà", "thuỷ", "Ủy viên Bộ Chính trị", ", ", ". ", "\n", "(", ")", "32/4", "7-8 tỷ",
  "&amp;", "\u00a0", "\u200b", "😀", "\ud800", "\u0301", "năm 2017", "quý I/2024", "Tổng Bí thư Tô Lâm", "từ", "đến nay",
];
const vietnameseish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(""));

describe("extract on any string", () => {
  it("never throws, and offsets slice back to the entity text (random strings)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => checkResult(s, extract(s))), { numRuns: 300, seed: 42 });
  });

  it("never throws on Vietnamese-like fragments, with or without a date", () => {
    fc.assert(fc.property(vietnameseish, fc.boolean(), (s, withDate) => checkResult(s, extract(s, withDate ? { date: "2017-06-09" } : undefined))), { numRuns: 400, seed: 7 });
  });

  it("finds the same entities in the NFC and NFD spellings, at mapped offsets", () => {
    fc.assert(fc.property(vietnameseish, (s) => {
      const nfc = s.normalize("NFC"), nfd = s.normalize("NFD");
      const a = extract(nfc), b = extract(nfd);
      checkResult(nfd, b);
      expect(b.entities.map((e) => [e.type, e.text.normalize("NFC"), e.rule])).toEqual(a.entities.map((e) => [e.type, e.text.normalize("NFC"), e.rule]));
    }), { numRuns: 200, seed: 11 });
  });

  it.each([
    ["empty", ""],
    ["only spaces", " \n\t "],
    ["control characters", "\u0000\u0001\u0007\u001b[31m\u007f"],
    ["lone surrogates", "\ud800\udc00\udc00\ud800 Hà Nội \ud83d"],
    ["combining marks alone", "\u0301\u0300\u0323 a\u0301\u0301\u0301"],
    ["1 MB of one character", "a".repeat(1 << 20)],
    ["1 MB of one digit", "9".repeat(1 << 20)],
    ["100k dots", ".".repeat(100_000)],
    ["long number chain", "1.".repeat(50_000)],
    ["long date-like chain", "1/".repeat(50_000)],
    ["long capitalised run", "Nguyễn ".repeat(20_000)],
  ])("survives %s", (_name, s) => {
    checkResult(s, extract(s));
  });
});
