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

// Rules added for issue 5 (rows: example, counter-example), with invented names where the
// rule must not depend on a list; the gazetteer rows inject a nonce gazetteer.
import { createGazetteer } from "../src/gazetteer/index.js";
import { gazetteerBodies, gazetteerPlaces } from "../src/rules/loc/gazetteer-places.js";
import { createRoleMatcher } from "../src/rules/role/index.js";
import { createOrgMatcher } from "../src/rules/org/index.js";
import { createLocMatcher } from "../src/rules/loc/index.js";
import { isProperPlaceAt, classifierInWord } from "../src/match/proper.js";
import { tokenize } from "../src/tokenize/index.js";

const nonceGz = createGazetteer({
  replace: true,
  entries: [
    { id: "nuoc:vadoria", kind: "place", type: "country", name: "Vadoria", aliases: [] },
    { id: "org:bo-thuy-loi-va-van-tai-song", kind: "body", type: "ministry", name: "Bộ Thủy lợi và vận tải sông", aliases: [] },
  ],
});
const places = gazetteerPlaces(() => nonceGz), bodies = gazetteerBodies(() => nonceGz);
const exGz = createExtractor({
  matchers: [createRoleMatcher({ places, bodies }), createOrgMatcher({ places, bodies }), createLocMatcher({ places, bodies }), personMatcher],
  linkers: [],
});
const ofGz = (text: string, type: string) => exGz.extract(text).entities.filter((e) => e.type === type).map((e) => e.text);

describe("place guards (src/match/proper.ts)", () => {
  const toks = (s: string) => tokenize(s).tokens;
  const RULES: { rule: string; examples: [string, number, number][]; counterExamples: [string, number, number][] }[] = [
    { rule: "a proper place name starts with a capital", examples: [["sang Pháp công tác", 1, 2]], counterExamples: [["ý kiến cử tri", 0, 1], ["pháp luật", 0, 1]] },
    { rule: "a one-syllable place completing a common word is that word", examples: [["Pháp và Đức", 0, 1]], counterExamples: [["Anh hùng lao động", 0, 1], ["Pháp luật quy định", 0, 1]] },
    { rule: "a word in a heading in capitals is not a name", examples: [["Tin từ Ý hôm qua", 2, 3]], counterExamples: [["Ý KIẾN BÌNH LUẬN", 0, 1]] },
  ];
  for (const r of RULES) {
    it(r.rule, () => {
      for (const [s, a, b] of r.examples) expect(isProperPlaceAt(toks(s), a, b), s).toBe(true);
      for (const [s, a, b] of r.counterExamples) expect(isProperPlaceAt(toks(s), a, b), s).toBe(false);
    });
  }
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

// Round 3 (issue 5): body names of open form. Each row: example (text → expected ORG spans)
// and counter-examples (text → ORG spans, showing where the name must stop).
describe("body names of open form (src/match/bodies.ts)", () => {
  const RULES: { rule: string; examples: [string, string[]][]; counterExamples: [string, string[]][] }[] = [
    {
      rule: "a field of work from data/lexicon/body-fields.txt completes a head (vụ, trường, làm inside)",
      examples: [
        ["Sở Nội vụ tỉnh Đông Lạc trình đề án.", ["Sở Nội vụ tỉnh Đông Lạc"]],
        ["Sở Tài nguyên và Môi trường cấp phép.", ["Sở Tài nguyên và Môi trường"]],
        ["Cục Việc làm báo cáo.", ["Cục Việc làm"]],
        ["Vụ Ngân sách nhà nước đề xuất.", ["Vụ Ngân sách nhà nước"]],
      ],
      counterExamples: [["Sở Khải Minh làm việc.", ["Sở Khải Minh"]]],
    },
    {
      rule: "a company: legal form, lower-case trade, proper name, number or place",
      examples: [
        ["Công ty TNHH một thành viên Chè xanh Vadoria Hưng Khang ký hợp đồng.", ["Công ty TNHH một thành viên Chè xanh Vadoria Hưng Khang"]],
        ["Công ty mía đường Phú Lâm khởi kiện.", ["Công ty mía đường Phú Lâm"]],
        ["Tổng Công ty xây dựng công trình giao thông 9 làm chủ đầu tư.", ["Tổng Công ty xây dựng công trình giao thông 9"]],
        ["Ngân hàng Xuất nhập khẩu Vadoria cho vay.", ["Ngân hàng Xuất nhập khẩu Vadoria"]],
        ["Tập đoàn Công nghiệp Cao su Khải Minh ủng hộ.", ["Tập đoàn Công nghiệp Cao su Khải Minh"]],
      ],
      counterExamples: [
        ["Công ty cho biết sẽ trả nợ.", []],
        ["Tập đoàn Hưng Khang ký thỏa thuận.", ["Tập đoàn Hưng Khang"]],
        ["Công ty Phú Lâm 50 tỷ đồng.", ["Công ty Phú Lâm"]],
        ["Công ty Hưng Khang cử sang Vadoria ba người.", ["Công ty Hưng Khang"]],
      ],
    },
    {
      rule: "a fund: a capitalised first word, then words of any case up to a boundary",
      examples: [
        ["Quỹ Vì người nghèo của tỉnh tiếp nhận.", ["Quỹ Vì người nghèo"]],
        ["Quỹ Bình ổn xăng dầu (BOG) được trích.", ["Quỹ Bình ổn xăng dầu"]],
        ["Quỹ Tấm lòng vàng Đông Lạc hỗ trợ 10 hộ.", ["Quỹ Tấm lòng vàng Đông Lạc"]],
        ["Quỹ Bảo trợ thiếu niên tỉnh Đông Lạc mở rộng.", ["Quỹ Bảo trợ thiếu niên tỉnh Đông Lạc"]],
      ],
      counterExamples: [
        ["Quỹ Sen Vàng bắt đầu thu phí.", ["Quỹ Sen Vàng"]],
        ["Quỹ Ánh sáng học đường cho biết sẽ chi thêm.", ["Quỹ Ánh sáng học đường"]],
        ["Quỹ cho vay hết.", []],
      ],
    },
    {
      rule: "a fund: a lower-case start only with a kind of fund from data/lexicon/funds.tsv",
      examples: [
        ["Quỹ hưu trí - tử tuất dự báo cân đối.", ["Quỹ hưu trí - tử tuất"]],
        ["Quỹ ốm đau, thai sản năm nay kết dư.", ["Quỹ ốm đau, thai sản"]],
        ["Quỹ tai nạn lao động và bệnh nghề nghiệp tăng thu.", ["Quỹ tai nạn lao động và bệnh nghề nghiệp"]],
        ["Quỹ phòng chống thiên tai tỉnh Đông Lạc tiếp nhận 3 tỷ đồng.", ["Quỹ phòng chống thiên tai tỉnh Đông Lạc"]],
        ["Quỹ bảo hiểm xã hội tự nguyện còn nhỏ.", ["Quỹ bảo hiểm xã hội tự nguyện"]],
      ],
      counterExamples: [
        ["Quỹ bảo hiểm y tế nhiều năm bội chi.", ["Quỹ bảo hiểm y tế"]],
        ["Quỹ đất sạch còn ít.", []],
        ["Quỹ thời gian của đại biểu có hạn.", []],
      ],
    },
    {
      rule: "a fund: a lower-case `quỹ` before a capitalised name (not a body, abbreviation or function word)",
      examples: [
        ["Chênh lệch thu chi quỹ Bảo hiểm tự nguyện là lớn.", ["quỹ Bảo hiểm tự nguyện"]],
        ["Về quỹ Bảo hiểm xã hội tự nguyện, đoàn cho biết thêm.", ["quỹ Bảo hiểm xã hội tự nguyện"]],
        ["Họ góp vào quỹ Tấm lòng vàng Đông Lạc.", ["quỹ Tấm lòng vàng Đông Lạc"]],
      ],
      counterExamples: [
        ["Số tiền bị sung quỹ Nhà nước.", ["Nhà nước"]],
        ["Nguy cơ âm quỹ Theo số liệu báo cáo.", []],
        ["Số dư quỹ năm nay tăng.", []],
      ],
    },
    {
      rule: "a numbered military unit: number, then an optional name",
      examples: [["Sư đoàn 9 Sao Bạc hành quân.", ["Sư đoàn 9 Sao Bạc"]], ["Đảng ủy Quân khu 8 họp.", ["Đảng ủy Quân khu 8"]]],
      counterExamples: [["Sư đoàn đã hành quân.", []]],
    },
  ];
  for (const r of RULES) {
    it(r.rule, () => {
      for (const [s, want] of r.examples) expect(ofGz(s, "ORG"), s).toEqual(want);
      for (const [s, want] of r.counterExamples) expect(ofGz(s, "ORG"), s).toEqual(want);
    });
  }
  it("nests a known place inside a company's name", () => {
    expect(ofGz("Công ty Cổ phần gỗ MDF Vadoria làm chủ đầu tư.", "LOC")).toEqual(["Vadoria"]);
  });
});

describe("LOC, round 3 (src/rules/loc/index.ts)", () => {
  const RULES: { rule: string; examples: [string, string[]][]; counterExamples: [string, string[]][] }[] = [
    {
      rule: "short country names joined by a dash are places (`Việt - Trung`), only in such pairs",
      examples: [["Quan hệ Việt - Trung phát triển.", ["Việt", "Trung"]], ["Hợp tác Việt - Lào - Vadoria bền chặt.", ["Việt", "Lào", "Vadoria"]]],
      counterExamples: [["Ông Trung - Bí thư - phát biểu.", []], ["Anh Trung, chị Lào đi họp.", []]],
    },
    {
      rule: "a landmark keeps a title, a person's name and a word completed in lower case inside",
      examples: [
        ["Đoàn viếng Khu lưu niệm Tổng Bí thư Khổng Viết Thuận tại tỉnh Đông Lạc.", ["Khu lưu niệm Tổng Bí thư Khổng Viết Thuận", "Đông Lạc"]],
        ["Lễ đón tại Đại lễ đường Nhân dân ở thủ đô.", ["Đại lễ đường Nhân dân"]],
      ],
      counterExamples: [["Xe qua sông Cầu nối giữa hai tỉnh.", ["sông Cầu"]], ["Thăm cửa khẩu Hữu Khê - Ảnh: TTXVN", ["cửa khẩu Hữu Khê"]]],
    },
  ];
  for (const r of RULES) {
    it(r.rule, () => {
      for (const [s, want] of r.examples) expect(ofGz(s, "LOC"), s).toEqual(want);
      for (const [s, want] of r.counterExamples) expect(ofGz(s, "LOC"), s).toEqual(want);
    });
  }
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

// Round 4 (issue 5): generic uses of standalone body words, and open body names.
import { GENERIC_BODY_WORD, genericBodyWord, specificBodiesOnly } from "../src/rules/org/index.js";
import { BODY_TRIE } from "../src/match/lexicons.js";
import { topicEnd } from "../src/match/bodies.js";
import { defaultMatchers } from "../src/rules/index.js";

describe("standalone body words: generic uses (src/rules/org/index.ts GENERIC_BODY_WORD)", () => {
  /** The verdict on the first capitalised standalone body head in `s`. */
  const verdict = (s: string): boolean => {
    const toks = tokenize(s).tokens;
    for (let i = 0; i < toks.length; i++) {
      const h = BODY_TRIE.longest(toks, i);
      if (h && h.value.standalone && (toks[i]!.upper || toks[i]!.kind === "abbr")) return genericBodyWord(toks, i, h.end, h.value.head);
    }
    throw new Error(`no body word in ${s}`);
  };
  for (const row of GENERIC_BODY_WORD) {
    it(row.why, () => {
      for (const s of row.examples) expect(verdict(s), s).toBe(true);
      for (const s of row.counterExamples) expect(verdict(s), s).toBe(false);
    });
  }
  const full = createExtractor({ matchers: [...defaultMatchers], linkers: [] });
  const orgs = (s: string) => full.extract(s).entities.filter((e) => e.type === "ORG").map((e) => e.text);
  it("applies to the gazetteer's body words too (specificBodiesOnly)", () => {
    expect(orgs("Công tác xây dựng Đảng được chú trọng; tài sản Nhà nước bị thất thoát.")).toEqual([]);
    expect(orgs("Đảng lãnh đạo, Nhà nước quản lý; Luật Tổ chức Quốc hội.")).toEqual(["Đảng", "Nhà nước", "Quốc hội"]);
    expect(orgs("Đại hội Đảng bộ các cấp.")).toEqual([]);
    expect(typeof specificBodiesOnly).toBe("function");
  });
});

describe("body names, round 4 (src/match/bodies.ts)", () => {
  const RULES: { rule: string; examples: [string, string[]][]; counterExamples: [string, string[]][] }[] = [
    {
      rule: "an abbreviation in brackets inside a name, the name going on after it, is one span",
      examples: [["Ủy ban Kiểm tra (UBKT) Trung ương ra thông báo.", ["Ủy ban Kiểm tra (UBKT) Trung ương"]]],
      counterExamples: [["Sở Khải Minh (SKM) cho biết.", ["Sở Khải Minh"]]],
    },
    {
      rule: "a steering committee takes `về` and its topic, up to a clause",
      examples: [
        ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực, sau khi xem xét.", ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"]],
        ["Ban Chỉ đạo về Phòng chống thiên tai họp.", ["Ban Chỉ đạo về Phòng chống thiên tai"]],
      ],
      counterExamples: [
        ["Ban Chỉ đạo Trung ương về dự họp.", ["Ban Chỉ đạo Trung ương"]],
        ["Ban Khải Minh về dự.", ["Ban Khải Minh"]],
        // A comma item that does not close is a clause (`…, mưa lũ và sạt lở đất xảy ra`).
        ["Ban Chỉ đạo Trung ương về Phòng chống thiên tai, mưa lũ và sạt lở đất xảy ra nhiều.", ["Ban Chỉ đạo Trung ương về Phòng chống thiên tai"]],
      ],
    },
    {
      rule: "`Cơ quan` with the body it serves (Đảng ủy Cơ quan ...)",
      examples: [["Ban Thường vụ Đảng ủy Cơ quan Sở Nội vụ họp.", ["Ban Thường vụ Đảng ủy Cơ quan Sở Nội vụ"]]],
      counterExamples: [["Cơ quan chức năng vào cuộc.", []]],
    },
  ];
  for (const r of RULES) {
    it(r.rule, () => {
      for (const [s, want] of r.examples) expect(ofGz(s, "ORG"), s).toEqual(want);
      for (const [s, want] of r.counterExamples) expect(ofGz(s, "ORG"), s).toEqual(want);
    });
  }
  it("topicEnd stops before a clause after a comma", () => {
    const toks = tokenize("về an toàn giao thông, đã họp").tokens;
    expect(toks[topicEnd(toks, 1) - 1]!.text).toBe("thông");
  });
});
