/**
 * The LOC rules as tables (the shape of `../table.ts`):
 * - LOC_TABLE: place rules of ./index.ts, over a gazetteer of two invented entries; examples
 *   list every LOC found (`only`).
 * - PROPER_PLACE_TABLE: the guards of src/match/proper.ts (is a place name written here as a
 *   name?), asked about tokens [first, last) of each text: yes for examples, no for
 *   counter-examples.
 * Run by tests/rules/examples.test.ts.
 * @module
 */
import type { RuleRow, RuleTable } from "../table.js";

export const LOC_RULES: readonly RuleRow[] = [
  {
    id: "loc/country-pair",
    description: "short country names joined by a dash are places (`Việt - Trung`), only in such pairs",
    examples: [
      { text: "Quan hệ Việt - Trung phát triển.", find: ["Việt", "Trung"], only: true },
      { text: "Hợp tác Việt - Lào - Vadoria bền chặt.", find: ["Việt", "Lào", "Vadoria"], only: true },
    ],
    counterExamples: ["Ông Trung - Bí thư - phát biểu.", "Anh Trung, chị Lào đi họp."],
  },
  {
    id: "loc/built",
    description: "a landmark keeps a title, a person's name and a word completed in lower case inside",
    examples: [
      { text: "Đoàn viếng Khu lưu niệm Tổng Bí thư Khổng Viết Thuận tại tỉnh Đông Lạc.", find: ["Khu lưu niệm Tổng Bí thư Khổng Viết Thuận", { text: "Đông Lạc", rule: "loc/unit" }], only: true },
      { text: "Lễ đón tại Đại lễ đường Nhân dân ở thủ đô.", find: ["Đại lễ đường Nhân dân"], only: true },
    ],
    counterExamples: [
      { text: "Xe qua sông Cầu nối giữa hai tỉnh.", find: ["sông Cầu"], only: true },
      { text: "Thăm cửa khẩu Hữu Khê - Ảnh: TTXVN", find: ["cửa khẩu Hữu Khê"], only: true },
    ],
  },
  {
    id: "loc/unit",
    description: "a place after its administrative unit word; the unit stays outside (`huyện Vĩnh Khê`)",
    examples: [{ text: "Đoàn về huyện Vĩnh Khê, tỉnh Đông Lạc.", find: ["Vĩnh Khê", "Đông Lạc"], only: true }],
    counterExamples: [],
  },
  {
    id: "loc/introduced",
    description: "a place the article introduced with its unit word, later written alone",
    examples: [{ text: "Tỉnh ủy tỉnh Đông Lạc họp. Đông Lạc có nhiều tiềm năng.", find: [{ text: "Đông Lạc", rule: "loc/in-body" }, "Đông Lạc"], only: true }],
    counterExamples: [],
  },
  {
    id: "loc/feature",
    description: "a natural feature with its classifier inside (`sông`, `núi`, `đảo`)",
    examples: [{ text: "Đoàn đi qua sông Bến Khê.", find: ["sông Bến Khê"], only: true }, { text: "Tàu ra đảo Cồn Khê.", find: ["đảo Cồn Khê"], only: true }],
    counterExamples: [],
  },
  {
    id: "loc/region",
    description: "a region with its classifier inside (`miền`)",
    examples: [{ text: "Đoàn công tác về miền Tây Khê.", find: ["miền Tây Khê"], only: true }],
    counterExamples: [],
  },
  {
    id: "loc/in-body",
    description: "the place inside a body's name (proposed by the ORG matcher)",
    examples: [{ text: "UBND huyện Vĩnh Khê ban hành kế hoạch.", find: ["Vĩnh Khê"], only: true }],
    counterExamples: [],
  },
  {
    id: "loc/in-role",
    description: "the place inside a post (proposed by the ROLE matcher)",
    examples: [{ text: "Bí thư Tỉnh ủy Đông Lạc dự họp.", find: ["Đông Lạc"], only: true }],
    counterExamples: [],
  },
];

export const LOC_TABLE: RuleTable = { name: "LOC", source: "src/rules/loc", output: "LOC", setup: "names+nonce-gazetteer", rows: LOC_RULES };

export const PROPER_PLACE_RULES: readonly RuleRow[] = [
  {
    id: "proper-place/capital",
    description: "a proper place name starts with a capital",
    examples: [
      { text: "sang Pháp công tác", at: [1, 2] },
    ],
    counterExamples: [
      { text: "ý kiến cử tri", at: [0, 1] },
      { text: "pháp luật", at: [0, 1] },
    ],
  },
  {
    id: "proper-place/compound-word",
    description: "a one-syllable place completing a common word is that word",
    examples: [
      { text: "Pháp và Đức", at: [0, 1] },
    ],
    counterExamples: [
      { text: "Anh hùng lao động", at: [0, 1] },
      { text: "Pháp luật quy định", at: [0, 1] },
    ],
  },
  {
    id: "proper-place/heading",
    description: "a word in a heading in capitals is not a name",
    examples: [
      { text: "Tin từ Ý hôm qua", at: [2, 3] },
    ],
    counterExamples: [
      { text: "Ý KIẾN BÌNH LUẬN", at: [0, 1] },
    ],
  },
];

export const PROPER_PLACE_TABLE: RuleTable = { name: "LOC proper-name guards", source: "src/match/proper.ts", output: "predicate:proper-place", setup: "tokens", rows: PROPER_PLACE_RULES };
