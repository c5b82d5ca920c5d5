import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import { roleMatcher } from "../../src/rules/role/index.js";
import { orgMatcher } from "../../src/rules/org/index.js";
import { locMatcher } from "../../src/rules/loc/index.js";
import { personMatcher } from "../../src/rules/person/index.js";
import { holdsLinker } from "../../src/link/holds.js";

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
