import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import { roleMatcher } from "../../src/rules/role/index.js";
import { orgMatcher } from "../../src/rules/org/index.js";
import { locMatcher } from "../../src/rules/loc/index.js";
import { personMatcher } from "../../src/rules/person/index.js";
import { holdsLinker, isOfficerRank } from "../../src/link/holds.js";
import { PERSON_CUES } from "../../src/match/lexicon.generated.js";
import { extract } from "../../src/index.js";

const ex = createExtractor({ matchers: [roleMatcher, orgMatcher, locMatcher, personMatcher], linkers: [holdsLinker] });
const pairs = (text: string) => {
  const r = ex.extract(text);
  return r.relations.map((x) => `${r.entities[x.person]!.name} = ${r.entities[x.role]!.text}`).sort();
};

describe("HOLDS", () => {
  it("reads as officer ranks the twelve officer ranks of the cue lexicon, and no other rank", () => {
    const ranks = PERSON_CUES.filter(([, kind]) => kind === "rank").map(([cue]) => cue!);
    // Four levels by three grades: all twelve are rows of the lexicon.
    expect(ranks.filter(isOfficerRank)).toHaveLength(12);
    expect(ranks.filter(isOfficerRank)).not.toContain("Thượng sĩ");
    expect(isOfficerRank("thiếu tướng") && isOfficerRank("Đại úy") && !isOfficerRank("đại sứ")).toBe(true);
  });
  it("links a role before the name, with its chain", () => {
    expect(pairs("Ủy viên Bộ Chính trị, Bí thư Thành ủy Đông Lạc Khổng Viết Thuận phát biểu.")).toEqual([
      "Khổng Viết Thuận = Bí thư Thành ủy Đông Lạc", "Khổng Viết Thuận = Ủy viên Bộ Chính trị"]);
  });
  it("links appositions after the name in a list", () => {
    expect(pairs("Các đồng chí: Khổng Viết Thuận, Ủy viên Bộ Chính trị, Bí thư Thành ủy Đông Lạc; Lò Văn Xiển, Bí thư Tỉnh ủy Vĩnh Khê chủ trì.")).toEqual([
      "Khổng Viết Thuận = Bí thư Thành ủy Đông Lạc", "Khổng Viết Thuận = Ủy viên Bộ Chính trị", "Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"]);
  });
  it("gives a role to the person right after it, not the one before", () => {
    expect(pairs("Thủ tướng Khổng Viết Thuận, Chủ tịch nước Lò Văn Xiển dự lễ.")).toEqual([
      "Khổng Viết Thuận = Thủ tướng", "Lò Văn Xiển = Chủ tịch nước"]);
  });
  it("links predicates and keys short mentions on the full name", () => {
    expect(pairs("Ông Lò Văn Xiển dự họp. Ông Xiển được bầu giữ chức Bí thư Tỉnh ủy.")).toEqual(["Lò Văn Xiển = Bí thư Tỉnh ủy"]);
  });
  it("links a pronoun subject to the last person named", () => {
    expect(pairs("Ông Lò Văn Xiển sinh năm 1970. Ông từng làm Bí thư Tỉnh đoàn Vĩnh Khê.")).toEqual(["Lò Văn Xiển = Bí thư Tỉnh đoàn Vĩnh Khê"]);
  });
  it("gives a role to each person of a list after it", () => {
    expect(pairs("Quốc hội có ba Phó Chủ tịch gồm các ông Khổng Viết Thuận, Lò Văn Xiển và Đinh Quang Khải.")).toEqual([
      "Khổng Viết Thuận = Phó Chủ tịch", "Lò Văn Xiển = Phó Chủ tịch", "Đinh Quang Khải = Phó Chủ tịch"].sort());
  });
  it("does not link across sentences without a pronoun", () => {
    expect(pairs("Khổng Viết Thuận dự họp. Thủ tướng yêu cầu khẩn trương.")).toEqual([]);
  });
  it("follows a career list over semicolons, ranks, term years and parent bodies", () => {
    expect(pairs("Ông Lò Văn Xiển đã trải qua nhiều chức vụ: Phó Tư lệnh Bộ Tư lệnh Biên phòng, Bộ Quốc phòng; Bí thư Đảng ủy, đại tá, Giám đốc Công an tỉnh Vĩnh Khê nhiệm kỳ 2015 - 2020, 2020 - 2025; Ủy viên Ban Thường vụ Tỉnh ủy Đông Lạc.")).toEqual([
      "Lò Văn Xiển = Bí thư Đảng ủy", "Lò Văn Xiển = Giám đốc Công an tỉnh Vĩnh Khê", "Lò Văn Xiển = Phó Tư lệnh Bộ Tư lệnh Biên phòng",
      "Lò Văn Xiển = Ủy viên Ban Thường vụ Tỉnh ủy Đông Lạc"].sort());
  });
  it("does not chain over a semicolon to a post owned by the next person", () => {
    expect(pairs("Ông Lò Văn Xiển, Bí thư Tỉnh ủy Vĩnh Khê; Bí thư Tỉnh ủy Đông Lạc Khổng Viết Thuận.")).toEqual([
      "Khổng Viết Thuận = Bí thư Tỉnh ủy Đông Lạc", "Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"].sort());
  });
  it("gives a list heading's posts to each person listed", () => {
    expect(pairs("Cùng đi có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Bộ Tài chính Khổng Viết Thuận; Bí thư Tỉnh ủy Vĩnh Khê Lò Văn Xiển; đại diện các bộ.")).toEqual([
      "Khổng Viết Thuận = Bộ trưởng Bộ Tài chính", "Khổng Viết Thuận = Ủy viên Trung ương Đảng",
      "Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", "Lò Văn Xiển = Ủy viên Trung ương Đảng"].sort());
    expect(pairs("Các nguyên Ủy viên Ban Cán sự đảng, Thứ trưởng: Khổng Viết Thuận, Lò Văn Xiển.")).toEqual([
      "Khổng Viết Thuận = Thứ trưởng", "Khổng Viết Thuận = Ủy viên Ban Cán sự đảng", "Lò Văn Xiển = Thứ trưởng", "Lò Văn Xiển = Ủy viên Ban Cán sự đảng"].sort());
  });
  it("reads a lowercase self-bodied post as a predicate, not a generic mention", () => {
    expect(pairs("Ông Lò Văn Xiển là đại biểu Quốc hội tái cử.")).toEqual(["Lò Văn Xiển = đại biểu Quốc hội"]);
    expect(pairs("Ông Lò Văn Xiển cho rằng đại biểu Quốc hội cần lắng nghe.")).toEqual([]);
  });
});

describe("HOLDS in careers", () => {
  // The whole pipeline: the periods are DATEs.
  const dated = (text: string) => {
    const r = extract(text);
    return r.relations.map((x) => `${r.entities[x.person]!.name} = ${r.entities[x.role]!.text} @ ${x.when?.timex ?? "-"} (${x.rule})`).sort();
  };
  it("gives each post of a career timeline to the person a heading names, dated by its line", () => {
    const text = "Họ và tên: Khổng Viết Thuận\nQuá trình công tác:\n- 3/1998 - 8/2004: Phó Giám đốc Sở Tài chính tỉnh Đông Lạc.\n" +
      "+ 9.2004 - 6.2010: Tỉnh ủy viên, Giám đốc Sở Tài chính.\n- Từ 7/2010 đến nay: Phó Chủ tịch UBND tỉnh Đông Lạc.";
    expect(dated(text)).toEqual([
      "Khổng Viết Thuận = Giám đốc Sở Tài chính @ 2004-09/2010-06 (holds/career-line)",
      "Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh Đông Lạc @ 2010-07/PRESENT_REF (holds/career-line)",
      "Khổng Viết Thuận = Phó Giám đốc Sở Tài chính tỉnh Đông Lạc @ 1998-03/2004-08 (holds/career-line)",
      "Khổng Viết Thuận = Tỉnh ủy viên @ 2004-09/2010-06 (holds/career-line)",
    ]);
  });
  it("reads timeline entries run together in one paragraph, for the person the article names most", () => {
    const text = "Ông Lò Văn Xiển sinh năm 1960, quê Vĩnh Khê. Ông Xiển có bằng tiến sĩ. 1/1980-3/1983: Công tác tại Bộ Quốc phòng. " +
      "4/1983-4/1985: Phó Bí thư Thành đoàn Vĩnh Khê. 5/1985-7/1990: Giám đốc Sở Xây dựng. Bà Đinh Thị Mơ dự lễ.";
    expect(dated(text)).toEqual([
      "Lò Văn Xiển = Giám đốc Sở Xây dựng @ 1985-05/1990-07 (holds/career-line)",
      "Lò Văn Xiển = Phó Bí thư Thành đoàn Vĩnh Khê @ 1983-04/1985-04 (holds/career-line)",
    ]);
  });
  it("leaves a post in a timeline line to the person named right after it", () => {
    const text = "Họ và tên: Khổng Viết Thuận\n2/2006 - 9/2011: Trợ lý của Bộ trưởng Lò Văn Xiển.";
    expect(dated(text)).toEqual(["Lò Văn Xiển = Bộ trưởng @ 2006-02/2011-09 (holds/role-before)"]);
  });
  it("dates a post by the period written next to it or opening its clause", () => {
    expect(dated("Ông Khổng Viết Thuận, Giám đốc Sở Tư pháp từ tháng 6/2011, cho biết.")).toEqual([
      "Khổng Viết Thuận = Giám đốc Sở Tư pháp @ 2011-06 (holds/apposition)"]);
    expect(dated("Bà Đinh Thị Mơ là Chủ tịch UBND tỉnh nhiệm kỳ 2020-2025.")).toEqual([
      "Đinh Thị Mơ = Chủ tịch UBND tỉnh @ 2020/2025 (holds/predicate)"]);
    expect(dated("Từ tháng 6/2011, ông Lò Văn Xiển là Bí thư Huyện ủy Vĩnh Khê.")).toEqual([
      "Lò Văn Xiển = Bí thư Huyện ủy Vĩnh Khê @ 2011-06 (holds/predicate)"]);
  });
  it("follows a prose career: a sentence opened by when, a left-out subject, a later clause", () => {
    expect(pairs("Ông Lò Văn Xiển sinh năm 1965. Trước đó, ông là Chủ tịch UBND huyện Vĩnh Khê. Sau đó được điều động làm Giám đốc Sở Nội vụ.")).toEqual([
      "Lò Văn Xiển = Chủ tịch UBND huyện Vĩnh Khê", "Lò Văn Xiển = Giám đốc Sở Nội vụ"]);
    expect(pairs("Ông Lò Văn Xiển từng là Bí thư Huyện ủy Vĩnh Khê, sau đó được điều động làm Giám đốc Sở Nội vụ.")).toEqual([
      "Lò Văn Xiển = Bí thư Huyện ủy Vĩnh Khê", "Lò Văn Xiển = Giám đốc Sở Nội vụ"]);
  });
  it("reads a career list after an opening phrase and `tiêu biểu là:`", () => {
    expect(pairs("Ông Lò Văn Xiển sinh năm 1930. Hơn 40 năm công tác, ông đã trải qua nhiều cương vị, tiêu biểu là: Bí thư Tỉnh ủy Vĩnh Khê; Bộ trưởng Bộ Nội vụ.")).toEqual([
      "Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", "Lò Văn Xiển = Bộ trưởng Bộ Nội vụ"]);
    // No pronoun after the opening phrase: nothing.
    expect(pairs("Ông Lò Văn Xiển sinh năm 1930. Hơn 40 năm qua, nhiều người đã là Bí thư Tỉnh ủy Vĩnh Khê.")).toEqual([]);
  });
  it("gives nothing to the last person named when a new sentence names its own subject or has no predicate", () => {
    expect(pairs("Ông Lò Văn Xiển phát biểu. Sau đó, Chủ tịch UBND tỉnh Đinh Thị Mơ phát biểu.")).toEqual(["Đinh Thị Mơ = Chủ tịch UBND tỉnh"]);
    expect(pairs("Ông Lò Văn Xiển phát biểu. Năm 2010, Bộ trưởng cho biết.")).toEqual([]);
    expect(pairs("Ông Lò Văn Xiển là Bí thư Huyện ủy Vĩnh Khê, sau đó Chủ tịch UBND tỉnh Đinh Thị Mơ phát biểu.")).toEqual([
      "Lò Văn Xiển = Bí thư Huyện ủy Vĩnh Khê", "Đinh Thị Mơ = Chủ tịch UBND tỉnh"]);
  });
  it("leaves undated a post the text does not date", () => {
    expect(dated("Ngày 9/6, ông Lò Văn Xiển, Bí thư Huyện ủy Vĩnh Khê, phát biểu.")).toEqual([
      "Lò Văn Xiển = Bí thư Huyện ủy Vĩnh Khê @ - (holds/apposition)"]);
  });
});

describe("HOLDS dated by a range that opens the clause", () => {
  const dated = (text: string) => {
    const r = extract(text);
    return r.relations.map((x) => `${r.entities[x.person]!.name} = ${r.entities[x.role]!.text} @ ${x.when?.timex ?? "-"}`).sort();
  };
  it("dates the posts of a clause opened by a range, not by a point (the event's date)", () => {
    expect(dated("Ông Lò Văn Xiển sinh năm 1960. Giai đoạn 2010 - 2015, ông là Giám đốc Sở Tài chính tỉnh Vĩnh Khê.")).toEqual([
      "Lò Văn Xiển = Giám đốc Sở Tài chính tỉnh Vĩnh Khê @ 2010/2015"]);
    expect(dated("Ông Lò Văn Xiển, Giám đốc Sở Tài chính (2010 - 2015), bị kỷ luật.")).toEqual(["Lò Văn Xiển = Giám đốc Sở Tài chính @ 2010/2015"]);
    expect(dated("Ông Lò Văn Xiển sinh năm 1960. Tháng 5/2015, ông được bầu làm Chủ tịch HĐND tỉnh Vĩnh Khê.")).toEqual([
      "Lò Văn Xiển = Chủ tịch HĐND tỉnh Vĩnh Khê @ -"]);
  });
});
