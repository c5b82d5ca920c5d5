import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import { moneyMatcher } from "../../src/rules/money/index.js";
import { parseDigits, toNumber, NumberBuilder } from "../../src/rules/money/numbers.js";

const ex = createExtractor({ matchers: [moneyMatcher], linkers: [] });
const money = (text: string) => ex.extract(text).entities.filter((e) => e.type === "MONEY");

describe("exact decimal arithmetic", () => {
  it("reads Vietnamese digit notation", () => {
    expect(toNumber(parseDigits("1.234.567")!)).toBe(1234567);
    expect(toNumber(parseDigits("12,5")!)).toBe(12.5);
    expect(toNumber(parseDigits("2.659,96")!)).toBe(2659.96);
    expect(parseDigits("1,2,3")).toBeNull();
  });
  it("has no floating-point drift on scaled decimals", () => {
    // 1.1 * 1e9 and 0.07 * 1e9 drift in floating point; these must not.
    for (const [text, amount] of [["1,1 tỷ đồng", 1100000000], ["0,07 tỷ đồng", 70000000], ["4,35 triệu đồng", 4350000], ["1,2 tỷ đồng", 1200000000]] as const) {
      expect(money(text)[0]!.value).toEqual({ amount, currency: "VND" });
    }
  });
  it("builds numbers in words", () => {
    const b = new NumberBuilder();
    for (const w of "một nghìn tỷ".split(" ")) expect(b.addWord(w)).toBe(true);
    expect(toNumber(b.value())).toBe(1e12);
  });
});

describe("spans", () => {
  it("keeps qualifiers outside the span, as attrs", () => {
    const [m] = money("Công ty nộp gần 2 tỷ đồng");
    expect(m!.text).toBe("2 tỷ đồng");
    expect(m!.attrs).toEqual({ qualifier: "gần" });
  });
  it("does not read percentages, years or document numbers as money", () => {
    expect(money("tăng 5,5% trong năm 2017 theo Quyết định số 123/QĐ-TTg")).toEqual([]);
  });
});
