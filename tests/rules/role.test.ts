import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import type { EntityOf, EntityType } from "../../src/types.js";
import { roleMatcher } from "../../src/rules/role/index.js";
import { orgMatcher } from "../../src/rules/org/index.js";
import { locMatcher } from "../../src/rules/loc/index.js";
import { personMatcher } from "../../src/rules/person/index.js";

const ex = createExtractor({ matchers: [roleMatcher, orgMatcher, locMatcher, personMatcher], linkers: [] });
const of = <T extends EntityType>(text: string, type: T) => ex.extract(text).entities.filter((e): e is EntityOf<T> => e.type === type);

describe("a head of state's title with a country (the bundled gazetteer knows the countries)", () => {
  it("keeps the country inside the ROLE and out of the name", async () => {
    const { extract } = await import("../../src/index.js");
    const r = extract("Chủ tịch nước Lào Khamphoui Sengdala thăm Hà Nội.");
    expect(r.entities.filter((e) => e.type === "ROLE").map((e) => e.text)).toEqual(["Chủ tịch nước Lào"]);
    expect(r.entities.filter((e) => e.type === "PERSON").map((e) => e.text)).toEqual(["Khamphoui Sengdala"]);
    expect(r.entities.filter((e) => e.type === "LOC").map((e) => e.text)).toEqual(["Lào", "Hà Nội"]);
  });
});

describe("ROLE attributes", () => {
  it("keeps nguyên/tân outside the span as attrs.modifier", () => {
    const r = of("Ông Khải, nguyên Bộ trưởng Bộ Tài chính, dự họp.", "ROLE")[0]!;
    expect(r.text).toBe("Bộ trưởng Bộ Tài chính");
    expect(r.attrs?.modifier).toBe("former");
    expect(of("Tân Chủ tịch Quốc hội phát biểu.", "ROLE")[0]!.attrs?.modifier).toBe("new");
  });
  it("records title, body and place", () => {
    const r = of("Bí thư Tỉnh ủy Đông Lạc dự họp.", "ROLE")[0]!;
    expect(r.attrs).toMatchObject({ title: "Bí thư", body: "Tỉnh ủy Đông Lạc", place: "Đông Lạc" });
  });
});

describe("ROLE body names in lower case", () => {
  it("a lower-case tail of a body name stops at a person cue (`… thay ông X`)", () => {
    const ex4 = createExtractor({ matchers: [roleMatcher, orgMatcher, locMatcher, personMatcher], linkers: [] });
    const roles = ex4.extract("Ông Lò Văn Xiển giữ chức Trưởng ban Tuyên giáo Thành ủy Đông Lạc thay ông Khổng Viết Thuận.").entities.filter((e) => e.type === "ROLE").map((e) => e.text);
    expect(roles).toEqual(["Trưởng ban Tuyên giáo Thành ủy Đông Lạc"]);
  });
});
