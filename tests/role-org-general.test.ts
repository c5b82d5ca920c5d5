/**
 * ROLE and ORG rules written for issue 9 (posts and bodies of news the rules were not tuned
 * on), checked through the full default extractor (gazetteer included). Every example is
 * invented; each rule has examples and counter-examples.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const of = (text: string, type: string) => extract(text).entities.filter((e) => e.type === type).map((e) => e.text);

interface Row { rule: string; text: string; type: "ROLE" | "ORG"; want?: string[]; not?: string[] }
const ROWS: Row[] = [
  // A congress is an event; the body inside it is the ORG (guidelines, "Common cases").
  { rule: "a party congress is no ORG, the Party inside it is", text: "Đại hội Đảng toàn quốc lần thứ XV khai mạc.", type: "ORG", want: ["Đảng"] },
  { rule: "a congress named in full is no ORG either", text: "Đại hội đại biểu toàn quốc lần thứ XV bầu Ban Chấp hành.", type: "ORG", not: ["Đại hội đại biểu toàn quốc"] },
  // State groups, banks and news outlets known by brand names (data/bodies.tsv).
  { rule: "brand names of banks and news outlets are ORG", text: "Theo Reuters, Agribank và Vietcombank sẽ tăng vốn.", type: "ORG", want: ["Reuters", "Agribank", "Vietcombank"] },
  { rule: "a brand name written as a common word is none", text: "Cần nâng cao dân trí cho người dân.", type: "ORG", want: [] },
  { rule: "a brand name completes a post's body", text: "Ông Lò Văn Xiển giữ cương vị Tổng Giám đốc Agribank từ năm 2019.", type: "ROLE", want: ["Tổng Giám đốc Agribank"] },
  // `cương vị` (position) is no plural classifier; `các vị` still is.
  { rule: "a post after cương vị is one post", text: "Ông Xiển ở cương vị Phó Chủ tịch UBND tỉnh Đông Lạc.", type: "ROLE", want: ["Phó Chủ tịch UBND tỉnh Đông Lạc"] },
  { rule: "a post after các vị is plural", text: "Các vị Bộ trưởng đã trả lời.", type: "ROLE", want: [] },
];

describe("ROLE and ORG of unseen news (issue 9)", () => {
  for (const r of ROWS) {
    it(r.rule, () => {
      const got = of(r.text, r.type);
      if (r.want) expect(got).toEqual(r.want);
      for (const n of r.not ?? []) expect(got).not.toContain(n);
    });
  }
});
