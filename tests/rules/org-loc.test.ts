import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import { createRoleMatcher, roleMatcher } from "../../src/rules/role/index.js";
import { createOrgMatcher, orgMatcher, specificBodiesOnly } from "../../src/rules/org/index.js";
import { createLocMatcher, locMatcher } from "../../src/rules/loc/index.js";
import { personMatcher } from "../../src/rules/person/index.js";
import { gazetteerBodies, gazetteerPlaces } from "../../src/rules/loc/gazetteer-places.js";
import { classifierInWord } from "../../src/match/proper.js";
import { tokenize } from "../../src/tokenize/index.js";
import { topicEnd } from "../../src/match/bodies.js";
import { defaultMatchers } from "../../src/rules/index.js";
import { nonceGazetteer } from "./setups.js";

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

// The rule tables' gazetteer of two invented entries: rules that read a gazetteer are tested on
// names no list holds. The rows of examples are in src/rules/{org,loc}/examples.ts.
const places = gazetteerPlaces(() => nonceGazetteer), bodies = gazetteerBodies(() => nonceGazetteer);
const exGz = createExtractor({
  matchers: [createRoleMatcher({ places, bodies }), createOrgMatcher({ places, bodies }), createLocMatcher({ places, bodies }), personMatcher],
  linkers: [],
});
const ofGz = (text: string, type: string) => exGz.extract(text).entities.filter((e) => e.type === type).map((e) => e.text);

describe("place guards (src/match/proper.ts)", () => {
  const toks = (s: string) => tokenize(s).tokens;
  it("a classifier completing a word with the syllable before is none (yêu cầu, đồng hồ, Hội chợ)", () => {
    expect(classifierInWord(toks("yêu cầu Lò Văn Xiển"), 1)).toBe(true);
    expect(classifierInWord(toks("chiếc đồng hồ Khải Minh"), 2)).toBe(true);
    expect(classifierInWord(toks("qua cầu Bến Khê"), 1)).toBe(false);
    expect(of("Ông yêu cầu Lò Văn Xiển báo cáo.", "LOC")).toEqual([]);
    expect(of("Xe đi qua cầu Bến Khê.", "LOC")).toEqual(["cầu Bến Khê"]);
  });
});

describe("place and body rules with a (nonce) gazetteer", () => {
  it("reads a known place written as a name, not a lowercase word", () => {
    expect(ofGz("Đoàn thăm Vadoria tuần trước.", "LOC")).toEqual(["Vadoria"]);
    expect(ofGz("vadoria là một từ khác.", "LOC")).toEqual([]);
  });
  it("reads a known body with several lowercase syllables to its end, with its id", () => {
    const r = exGz.extract("Bộ trưởng Bộ Thủy lợi và vận tải sông Khổng Viết Thuận dự họp.");
    const role = r.entities.find((e) => e.type === "ROLE")!;
    expect(role.text).toBe("Bộ trưởng Bộ Thủy lợi và vận tải sông");
    expect(ofGz("Bộ Thủy lợi và vận tải sông ban hành kế hoạch.", "ORG")).toEqual(["Bộ Thủy lợi và vận tải sông"]);
    // Unknown to the gazetteer: the open-class grammar stops at the lowercase run.
    expect(of("Bộ Thủy lợi và vận tải sông ban hành kế hoạch.", "ORG")).toEqual(["Bộ Thủy lợi"]);
  });
});

describe("guessed places (src/match/places.ts)", () => {
  it("a surname-led run after a body is a person, not a place", () => {
    expect(of("Bí thư Tỉnh ủy Hồ Khải Dũng phát biểu.", "ROLE")).toEqual(["Bí thư Tỉnh ủy"]);
    expect(of("Bí thư Tỉnh ủy Đông Lạc Khổng Viết Thuận phát biểu.", "ROLE")).toEqual(["Bí thư Tỉnh ủy Đông Lạc"]);
  });
  it("one capital syllable and a lowercase one form a word, not a place", () => {
    expect(of("Đảng ủy Cơ quan Bộ họp.", "LOC")).toEqual([]);
    expect(of("Huyện ủy Vĩnh Khê đã họp.", "LOC")).toEqual(["Vĩnh Khê"]);
  });
  it("a body names its parent with của (Ủy ban ... của Quốc hội)", () => {
    expect(of("Ủy ban Thủy lợi của Quốc hội họp.", "ORG")).toEqual(["Ủy ban Thủy lợi của Quốc hội"]);
  });
});

describe("body names of open form (src/match/bodies.ts)", () => {
  it("nests a known place inside a company's name", () => {
    expect(ofGz("Công ty Cổ phần gỗ MDF Vadoria làm chủ đầu tư.", "LOC")).toEqual(["Vadoria"]);
  });
});

describe("landmarks (src/rules/loc/index.ts)", () => {
  it("a landmark named after a person holds no PERSON or ROLE", () => {
    expect(ofGz("Đoàn viếng Khu lưu niệm Tổng Bí thư Khổng Viết Thuận.", "PERSON")).toEqual([]);
    expect(ofGz("Đoàn viếng Khu lưu niệm Tổng Bí thư Khổng Viết Thuận.", "ROLE")).toEqual([]);
  });
});

describe("body refs and fields before a name", () => {
  it("a role's body known to the gazetteer gives attrs.bodyRef", () => {
    const role = exGz.extract("Bộ trưởng Bộ Thủy lợi và vận tải sông Khổng Viết Thuận dự họp.").entities.find((e) => e.type === "ROLE")!;
    expect(role.attrs?.bodyRef).toBe("org:bo-thuy-loi-va-van-tai-song");
    const other = exGz.extract("Bộ trưởng Bộ Khải Minh dự họp.").entities.find((e) => e.type === "ROLE")!;
    expect(other.attrs?.bodyRef).toBeUndefined();
  });
  it("a field of work ends before a family name (a person follows)", () => {
    expect(ofGz("Giám đốc Sở Nội vụ Hồ Khải Dũng phát biểu.", "ROLE")).toEqual(["Giám đốc Sở Nội vụ"]);
    expect(ofGz("Giám đốc Sở Nội vụ Hồ Khải Dũng phát biểu.", "PERSON")).toEqual(["Hồ Khải Dũng"]);
  });
});

describe("standalone body words: generic uses", () => {
  const full = createExtractor({ matchers: [...defaultMatchers], linkers: [] });
  const orgs = (s: string) => full.extract(s).entities.filter((e) => e.type === "ORG").map((e) => e.text);
  it("applies to the gazetteer's body words too (specificBodiesOnly)", () => {
    expect(orgs("Công tác xây dựng Đảng được chú trọng; tài sản Nhà nước bị thất thoát.")).toEqual([]);
    expect(orgs("Đảng lãnh đạo, Nhà nước quản lý; Luật Tổ chức Quốc hội.")).toEqual(["Đảng", "Nhà nước", "Quốc hội"]);
    expect(orgs("Đại hội Đảng bộ các cấp.")).toEqual([]);
    expect(typeof specificBodiesOnly).toBe("function");
  });
});

describe("steering committees' topics (src/match/bodies.ts)", () => {
  it("topicEnd stops before a clause after a comma", () => {
    const toks = tokenize("về an toàn giao thông, đã họp").tokens;
    expect(toks[topicEnd(toks, 1) - 1]!.text).toBe("thông");
  });
});
