import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import { roleMatcher } from "../../src/rules/role/index.js";
import { orgMatcher } from "../../src/rules/org/index.js";
import { locMatcher } from "../../src/rules/loc/index.js";
import { personMatcher } from "../../src/rules/person/index.js";
import { holdsLinker } from "../../src/link/holds.js";
import { extract } from "../../src/index.js";

// Only this area's matchers, so the examples test the rules, not the gazetteer.
const ex = createExtractor({ matchers: [roleMatcher, orgMatcher, locMatcher, personMatcher], linkers: [holdsLinker] });
const persons = (text: string) => ex.extract(text).entities.filter((e) => e.type === "PERSON");

describe("PERSON spans", () => {
  it("keeps honorifics, ranks and degrees outside the span", () => {
    const got = persons("Thượng tướng Giáp Văn Cường và đồng chí Vi Thị Nguyệt đến dự.");
    expect(got.map((p) => p.text)).toEqual(["Giáp Văn Cường", "Vi Thị Nguyệt"]);
  });
  it("gives every mention the full name", () => {
    const r = ex.extract("Bí thư Tỉnh ủy Lường Văn Khiêm dự họp. Ông Khiêm cho biết thêm.");
    const p = r.entities.filter((e) => e.type === "PERSON");
    expect(p.map((e) => e.text)).toEqual(["Lường Văn Khiêm", "Khiêm"]);
    expect(p.every((e) => e.name === "Lường Văn Khiêm")).toBe(true);
  });
});

describe("PERSON names and place-unit words", () => {
  it("a place-unit word ends a name only where it introduces a place", () => {
    const names = (s: string) => ex.extract(s).entities.filter((e) => e.type === "PERSON").map((e) => e.text);
    expect(names("Cùng dự có ông Khổng Xuân Đường, Phó Bí thư Tỉnh ủy.")).toEqual(["Khổng Xuân Đường"]);
    expect(names("Ông Khổng Văn Thuận Xã Tân Lập phát biểu.")).toEqual(["Khổng Văn Thuận"]);
  });
});

// With the bundled gazetteer (countries): foreign names by their context.
describe("PERSON foreign names next to a known country", () => {
  const names = (s: string) => extract(s, { date: "2024-01-01" }).entities.filter((e) => e.type === "PERSON").map((e) => e.text);
  const locs = (s: string) => extract(s, { date: "2024-01-01" }).entities.filter((e) => e.type === "LOC").map((e) => e.text);
  it("a cue carries over the country to the name after it", () => {
    expect(names("Bộ trưởng hội đàm với người đồng cấp Nga Ivan Petrov.")).toEqual(["Ivan Petrov"]);
    expect(names("Nhà lãnh đạo Triều Tiên Kim Jong-il thị sát nhà máy.")).toEqual(["Kim Jong-il"]);
  });
  it("not an honorific: `bà Anh Thư` is a name, not the country Anh", () => {
    expect(names("Hôm qua bà Anh Thư phát biểu.")).toEqual(["Anh Thư"]);
  });
  it("a unit syllable inside a country's name introduces no place (`Nhật Bản`: `bản`)", () => {
    const text = "Chủ tịch Hạ viện Nhật Bản Taro Kemura đón đoàn. Chủ tịch Hạ viện Taro Kemura phát biểu.";
    expect(names(text)).toEqual(["Taro Kemura", "Taro Kemura"]);
    expect(locs(text)).toEqual(["Nhật Bản"]);
  });
});
