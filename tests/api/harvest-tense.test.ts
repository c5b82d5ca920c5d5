import { describe, expect, it } from "vitest";
import { extract, harvest, type HarvestDoc } from "../../src/index.js";
import { roleTense } from "../../src/harvest/index.js";

// Invented sentences (issue 10: faults found by the hand check of harvest over public news).
const docOf = (id: string, date: string | null, text: string): HarvestDoc => ({ id, result: extract(text, date ? { date } : {}) });
const posts = (docs: HarvestDoc[]) => harvest(docs).map((c) => `${c.name} | ${c.post} | ${c.from ?? ""}..${c.to ?? ""}`);
const tenseOf = (text: string, role: string) => roleTense(text, text.indexOf(role));

describe("roleTense: the tense the sentence gives a post", () => {
  it.each([
    ["Ông Lê Văn Hải từng là Ủy viên Bộ Chính trị.", "Ủy viên", "past"],
    ["Bà Hà từng giữ chức Chủ tịch UBND tỉnh Lai Châu.", "Chủ tịch", "past"],
    ["Quyết định cho ông Đào Văn Ba thôi giữ chức Phó Chủ tịch UBND tỉnh.", "Phó Chủ tịch", "past"],
    ["Ông Ba có nhiều năm làm Giám đốc Trung tâm Quỹ đất tỉnh.", "Giám đốc", "past"],
    ["Trước khi giữ chức Giám đốc Sở Y tế, ông Tư là Giám đốc Bệnh viện tỉnh.", "Giám đốc Bệnh viện", "past"],
    ["Ứng viên Tổng thống Pháp Jean Dupont phát biểu.", "Tổng thống", "candidate"],
    ["Ông John Smith, ứng cử viên Thống đốc bang, nói.", "Thống đốc", "candidate"],
    // counter-examples
    ["Trước khi giữ chức Giám đốc Sở Y tế, ông Tư là Giám đốc Bệnh viện tỉnh.", "Giám đốc Sở", "present"],
    ["Ông Bình từng là Chủ tịch Tổng công ty trước khi được bầu làm Phó Chủ tịch UBND thành phố.", "Phó Chủ tịch", "present"],
    ["Ông Hải từng là Bí thư Huyện ủy, nay là Chủ tịch UBND tỉnh.", "Chủ tịch UBND", "present"],
    ["Lãnh đạo từng tỉnh họp với Chủ tịch UBND tỉnh Nghệ An.", "Chủ tịch", "present"],
    ["Ông Hải từng là Bí thư Huyện ủy. Hiện ông Hải, Chủ tịch UBND tỉnh, dự họp.", "Chủ tịch", "present"],
    ["Ông An, Chủ tịch Hội Nông dân, là ứng viên sáng giá.", "Chủ tịch", "present"],
  ])("%s [%s] → %s", (text, role, tense) => {
    expect(tenseOf(text, role)).toBe(tense);
  });
});

describe("harvest reads the tense and the term of a post from the text", () => {
  it("leaves out former posts (từng là, thôi giữ chức, trước khi …, là) and candidacies; keeps current ones", () => {
    const out = posts([
      docOf("a", "2024-05-14", "Ông Lê Văn Hải từng là Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh."),
      docOf("b", "2017-06-09", "Ông Trần Văn Bình thôi giữ chức Phó Chủ tịch UBND tỉnh Hà Tĩnh."),
      docOf("c", "2017-05-01", "Ứng viên Tổng thống Pháp Jean Dupont phát biểu."),
      docOf("d", "2017-06-09", "Trước khi giữ chức Giám đốc Sở Y tế tỉnh Hòa Bình, ông Trần Quang Tư là Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình."),
      docOf("e", "2017-06-09", "Ông Phí Văn Bình từng là Chủ tịch Vinaconex trước khi được bầu làm Phó Chủ tịch UBND TP Hà Nội."),
      docOf("f", "2017-06-09", "Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Nghệ An, dự họp."),
    ]);
    expect(out.sort()).toEqual([
      "Nguyễn Văn Hùng | Chủ tịch UBND tỉnh Nghệ An | 2017-06-09..2017-06-09",
      "Phí Văn Bình | Phó Chủ tịch UBND TP Hà Nội | 2017-06-09..2017-06-09",
      "Trần Quang Tư | Giám đốc Sở Y tế tỉnh Hòa Bình | 2017-06-09..2017-06-09",
    ]);
  });

  it("does not take a term (nhiệm kỳ 2021-2026) for the holder's tenure: only the article's day inside it counts", () => {
    const text = "Ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ 2021-2026 từ tháng 3/2023.";
    expect(posts([docOf("in", "2024-05-01", text)])).toEqual(["Nguyễn Văn An | Chủ tịch UBND tỉnh Nghệ An | 2024-05-01..2024-05-01"]);
    // An article after the term: the post was held at some time within it, not on the article's day.
    expect(posts([docOf("after", "2027-05-01", text)])).toEqual([]);
    // Counter-example: a biography's own period is the tenure.
    const bio = "Từ năm 2015 đến năm 2020, ông Nguyễn Văn An là Chủ tịch UBND tỉnh Nghệ An.";
    expect(posts([docOf("bio", "2024-05-01", bio)])).toEqual(["Nguyễn Văn An | Chủ tịch UBND tỉnh Nghệ An | 2015..2020"]);
  });

  it("keys an unlinked body by its words with their tones: Quân ủy and Quận ủy are two bodies", () => {
    const role = (body: string) => `Chánh Văn phòng ${body}`;
    const docs: HarvestDoc[] = ["Quân ủy Trung ương", "Quận ủy Trung ương"].map((body, i) => {
      const r = role(body);
      return {
        id: `x${i}`,
        result: {
          text: `${r} Nguyễn Văn Hòa`,
          entities: [
            { type: "ROLE", start: 0, end: r.length, text: r, rule: "test", attrs: { title: "Chánh Văn phòng", body, titleRef: "title:chanh-van-phong" } },
            { type: "PERSON", start: r.length + 1, end: r.length + 15, text: "Nguyễn Văn Hòa", name: "Nguyễn Văn Hòa", rule: "test" },
          ],
          relations: [{ type: "HOLDS", person: 1, role: 0, rule: "test" }],
          meta: { version: "", dataVersion: "", date: "2020-01-01", dateSource: "option", warnings: [] },
        },
      } as HarvestDoc;
    });
    expect(harvest(docs).map((c) => c.post).sort()).toEqual([role("Quân ủy Trung ương"), role("Quận ủy Trung ương")]);
  });
});

describe("harvest: `nguyên` before a list of posts", () => {
  it("makes every post of the list former; a post after the list's end is not", () => {
    const out = posts([
      docOf("a", "2017-06-09", "Ông Đỗ Văn Sáu, nguyên Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Quảng Nam, dự lễ."),
      docOf("b", "2017-06-09", "Ông Đỗ Văn Sáu, nguyên Bí thư Tỉnh ủy Quảng Nam, dự lễ. Ông Lê Văn Bảy, Chủ tịch HĐND tỉnh Quảng Nam, phát biểu."),
    ]);
    expect(out).toEqual(["Lê Văn Bảy | Chủ tịch HĐND tỉnh Quảng Nam | 2017-06-09..2017-06-09"]);
  });
});
