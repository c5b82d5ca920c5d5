import { describe, expect, it } from "vitest";
import { createExtractor } from "../src/extract.js";
import type { EntityOf, EntityType } from "../src/types.js";
import { roleMatcher } from "../src/rules/role/index.js";
import { orgMatcher } from "../src/rules/org/index.js";
import { locMatcher } from "../src/rules/loc/index.js";
import { personMatcher } from "../src/rules/person/index.js";

const ex = createExtractor({ matchers: [roleMatcher, orgMatcher, locMatcher, personMatcher], linkers: [] });
const of = <T extends EntityType>(text: string, type: T) => ex.extract(text).entities.filter((e): e is EntityOf<T> => e.type === type);

// Invented places (Đông Lạc, Vĩnh Khê) and people: the rules must not depend on known names.
const ROLE_EXAMPLES: { text: string; roles: string[]; locs?: string[] }[] = [
  { text: "Bí thư Tỉnh ủy Đông Lạc Khổng Viết Thuận dự họp.", roles: ["Bí thư Tỉnh ủy Đông Lạc"], locs: ["Đông Lạc"] },
  { text: "Phó Chủ tịch UBND tỉnh Vĩnh Khê Lò Văn Xiển cho biết.", roles: ["Phó Chủ tịch UBND tỉnh Vĩnh Khê"], locs: ["Vĩnh Khê"] },
  { text: "Ông Thuận, Ủy viên Bộ Chính trị, Bí thư Thành ủy Đông Lạc.", roles: ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Đông Lạc"] },
  { text: "Bộ trưởng Bộ Tài chính Đinh Quang Khải ký quyết định.", roles: ["Bộ trưởng Bộ Tài chính"] },
  // A head of a body by its bare name; a name after it (even with a weak surname) is no body.
  { text: "Đại tướng Khổng Viết Thuận, Bộ trưởng Công an, dự họp.", roles: ["Bộ trưởng Công an"] },
  { text: "Bộ trưởng Hồ Khải Dũng dự họp.", roles: ["Bộ trưởng"] },
  // A plural post heading a list is one ROLE; a plural post alone is none.
  { text: "Có các đồng chí Ủy viên Trung ương Đảng: Khổng Viết Thuận, Lò Văn Xiển.", roles: ["Ủy viên Trung ương Đảng"] },
  { text: "Các Bộ trưởng trả lời chất vấn.", roles: [] },
  { text: "Ông Khải, nguyên Ủy viên Trung ương Đảng khóa XII.", roles: ["Ủy viên Trung ương Đảng"] },
  { text: "Quyền Chủ tịch nước chủ trì lễ đón.", roles: ["Quyền Chủ tịch nước"] },
  { text: "Phó Bí thư Thường trực Tỉnh ủy phát biểu.", roles: ["Phó Bí thư Thường trực Tỉnh ủy"] },
  { text: "Thủ tướng yêu cầu các bộ khẩn trương.", roles: ["Thủ tướng"] },
  // A deputy's post given up, after a term number in a chain, with its delegation.
  { text: "Nghị quyết cho ông Khổng Viết Thuận thôi nhiệm vụ đại biểu Quốc hội khóa 14.", roles: ["đại biểu Quốc hội"] },
  { text: "Ông Thuận, Ủy viên Bộ Chính trị khóa XIII, đại biểu Quốc hội.", roles: ["Ủy viên Bộ Chính trị", "đại biểu Quốc hội"] },
  { text: "Ông Khổng Viết Thuận, đại biểu Quốc hội đoàn Đông Lạc, phát biểu.", roles: ["đại biểu Quốc hội đoàn Đông Lạc"], locs: ["Đông Lạc"] },
  { text: "Chủ tịch nước Khổng Viết Thuận dự lễ.", roles: ["Chủ tịch nước"] },
  { text: "Ông Thuận, Chủ tịch Hội Nông dân, đại biểu Quốc hội đoàn Đông Lạc, dự họp.", roles: ["Chủ tịch Hội Nông dân", "đại biểu Quốc hội đoàn Đông Lạc"], locs: ["Đông Lạc"] },
];
const ROLE_COUNTER: { text: string; notRoles: string[] }[] = [
  { text: "Các Bộ trưởng đã có mặt đầy đủ.", notRoles: ["Bộ trưởng"] },
  { text: "Những giám đốc doanh nghiệp được mời.", notRoles: ["giám đốc"] },
  // Deputies in general, and the duties of a post, are no post.
  { text: "Đại hội nghe nhiệm vụ đại biểu Quốc hội là rất nặng nề.", notRoles: ["đại biểu Quốc hội"] },
  { text: "Sau đó đại biểu Quốc hội đoàn Đông Lạc thảo luận tại tổ.", notRoles: ["đại biểu Quốc hội đoàn Đông Lạc", "đại biểu Quốc hội"] },
  { text: "Tại Đông Lạc, đại biểu Quốc hội cần lắng nghe cử tri.", notRoles: ["đại biểu Quốc hội"] },
  { text: "Các Phó chủ tịch Quốc hội tặng hoa.", notRoles: ["chủ tịch Quốc hội", "Phó chủ tịch Quốc hội"] },
];

describe("ROLE rule table", () => {
  for (const e of ROLE_EXAMPLES) {
    it(`finds ${e.roles.join(" | ")}`, () => {
      expect(of(e.text, "ROLE").map((r) => r.text)).toEqual(e.roles);
      if (e.locs) expect(of(e.text, "LOC").map((r) => r.text)).toEqual(e.locs);
    });
  }
  for (const c of ROLE_COUNTER) {
    it(`no ROLE ${c.notRoles.join(", ")} in "${c.text}"`, () => {
      const got = of(c.text, "ROLE").map((r) => r.text);
      for (const s of c.notRoles) expect(got).not.toContain(s);
    });
  }
});

describe("a head of state's title with a country (the bundled gazetteer knows the countries)", () => {
  it("keeps the country inside the ROLE and out of the name", async () => {
    const { extract } = await import("../src/index.js");
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

describe("ROLE, round 4", () => {
  it("a lower-case tail of a body name stops at a person cue (`… thay ông X`)", () => {
    const ex4 = createExtractor({ matchers: [roleMatcher, orgMatcher, locMatcher, personMatcher], linkers: [] });
    const roles = ex4.extract("Ông Lò Văn Xiển giữ chức Trưởng ban Tuyên giáo Thành ủy Đông Lạc thay ông Khổng Viết Thuận.").entities.filter((e) => e.type === "ROLE").map((e) => e.text);
    expect(roles).toEqual(["Trưởng ban Tuyên giáo Thành ủy Đông Lạc"]);
  });
});
