import { describe, expect, it } from "vitest";
import { fold, needsPassAUnit, NEEDS_PASS_A, normalize, originalEnd, originalStart } from "../../src/normalize/index.js";

describe("normalize", () => {
  it.each([
    ["hoà bình", "hòa bình"],
    ["Thanh Hoá", "Thanh Hóa"],
    ["thuỷ lợi", "thủy lợi"],
    ["Uỷ ban", "Ủy ban"],
    ["khoẻ", "khỏe"],
    ["HOÀ", "HÒA"],
  ])("moves the tone mark of open oa/oe/uy: %s → %s", (input, want) => {
    expect(normalize(input).text).toBe(want);
  });

  it.each([
    ["quý", "quý"],       // qu + y: the mark stays on y
    ["hoàng", "hoàng"],   // closed syllable: the mark belongs on the second vowel
    ["thuyền", "thuyền"],
    ["quả", "quả"],
    ["khoảng", "khoảng"],
  ])("leaves correct placements alone: %s", (input, want) => {
    expect(normalize(input).text).toBe(want);
  });

  it("composes NFD input and maps offsets back to the original", () => {
    const original = "Ông Hoàng Trung Hải".normalize("NFD");
    const n = normalize(original);
    expect(n.text).toBe("Ông Hoàng Trung Hải");
    const s = n.text.indexOf("Hải");
    const start = originalStart(n, s), end = originalEnd(n, s + 3);
    expect(original.slice(start, end).normalize("NFC")).toBe("Hải");
    expect(end).toBe(original.length);
  });

  it("removes zero-width characters and maps around them", () => {
    const original = "Hà\u200bNội và\u00a0Huế";
    const n = normalize(original);
    expect(n.text).toBe("HàNội và Huế");
    const i = n.text.indexOf("Huế");
    expect(original.slice(originalStart(n, i), originalEnd(n, i + 3))).toBe("Huế");
    const j = n.text.indexOf("Nội");
    expect(original.slice(originalStart(n, j), originalEnd(n, j + 3))).toBe("Nội");
  });

  it("decodes HTML entities, curly quotes and dashes", () => {
    const n = normalize("Bộ GD&amp;ĐT “Hà Nội” – &#273;ồng &#x111;");
    expect(n.text).toBe('Bộ GD&ĐT "Hà Nội" - đồng đ');
    const i = n.text.indexOf("ĐT");
    expect(n.original.slice(originalStart(n, i), originalEnd(n, i + 2))).toBe("ĐT");
    // A span ending inside a decoded entity still covers the whole entity.
    const amp = n.text.indexOf("&");
    expect(n.original.slice(originalStart(n, amp), originalEnd(n, amp + 1))).toBe("&amp;");
  });

  it("reads the look-alike eth as the Vietnamese Đ, keeping offsets", () => {
    const n = normalize("Báo Bình Ðịnh, ðồng");
    expect(n.text).toBe("Báo Bình Định, đồng");
    const i = n.text.indexOf("Định");
    expect(n.original.slice(originalStart(n, i), originalEnd(n, i + 4))).toBe("Ðịnh");
  });

  it("keeps text without anything to change as is, with no map", () => {
    const n = normalize("Bí thư Tỉnh ủy Hải Dương");
    expect(n.text).toBe("Bí thư Tỉnh ủy Hải Dương");
    expect(n.toOriginal).toBeNull();
  });

  it("leaves lone surrogates and unknown entities in place", () => {
    const s = "a\ud800b &foo; &#xD800; &";
    expect(normalize(s).text).toBe(s);
  });

  it("throws a TypeError on non-strings", () => {
    expect(() => normalize(42 as unknown as string)).toThrow(TypeError);
  });

  it("folds case and diacritics", () => {
    expect(fold("HẢI DƯƠNG")).toBe("hai duong");
    expect(fold("Đắk Lắk")).toBe("dak lak");
  });
});

describe("needsPassAUnit", () => {
  it("agrees with the pass-A character class on every BMP code unit", () => {
    const cls = NEEDS_PASS_A;
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (needsPassAUnit(c) !== cls.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });
});
