import { describe, expect, it } from "vitest";
import { createExtractor } from "../src/extract.js";
import { roleMatcher } from "../src/rules/role/index.js";
import { orgMatcher } from "../src/rules/org/index.js";
import { locMatcher } from "../src/rules/loc/index.js";
import { personMatcher } from "../src/rules/person/index.js";

const ex = createExtractor({ matchers: [roleMatcher, orgMatcher, locMatcher, personMatcher], linkers: [] });
const of = (text: string, type: string) => ex.extract(text).entities.filter((e) => e.type === type).map((e) => e.text);

describe("ORG", () => {
  it("takes the maximal body name with the place inside", () => {
    const t = "Ban Thường vụ Tỉnh ủy Đông Lạc đã họp.";
    expect(of(t, "ORG")).toEqual(["Ban Thường vụ Tỉnh ủy Đông Lạc"]);
    expect(of(t, "LOC")).toEqual(["Đông Lạc"]);
  });
  it("finds open-class bodies by their head", () => {
    expect(of("Công ty Hưng Khang và Ngân hàng Phú Lâm ký hợp đồng.", "ORG")).toEqual(["Công ty Hưng Khang", "Ngân hàng Phú Lâm"]);
    expect(of("UBND huyện Vĩnh Khê ban hành kế hoạch.", "ORG")).toEqual(["UBND huyện Vĩnh Khê"]);
  });
  it("keeps standalone body words that stand for one body", () => {
    expect(of("Quốc hội thông qua luật. Đảng lãnh đạo.", "ORG")).toEqual(["Quốc hội", "Đảng"]);
  });
  it("does not take Trung ương as a level of government", () => {
    expect(of("thành phố trực thuộc Trung ương", "ORG")).toEqual([]);
  });
});

describe("LOC", () => {
  it("drops administrative unit words and keeps feature classifiers", () => {
    expect(of("Đoàn về huyện Vĩnh Khê, tỉnh Đông Lạc.", "LOC")).toEqual(["Vĩnh Khê", "Đông Lạc"]);
    expect(of("Dự án cầu Bến Khê và đường Lò Văn Xiển.", "LOC")).toEqual(["cầu Bến Khê", "đường Lò Văn Xiển"]);
  });
  it("recognises a place the article introduced with its unit word", () => {
    expect(of("Tỉnh ủy tỉnh Đông Lạc họp. Đông Lạc có nhiều tiềm năng.", "LOC")).toEqual(["Đông Lạc", "Đông Lạc"]);
  });
  it("keeps the unit word for numbered units and Hồ Chí Minh City", () => {
    expect(of("Tại Quận 1, TP Hồ Chí Minh.", "LOC")).toEqual(["Quận 1", "TP Hồ Chí Minh"]);
  });
});
