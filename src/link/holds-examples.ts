/**
 * The HOLDS rules as a table (the shape of `../rules/table.ts`): each example lists every
 * relation found, as `Person's name = Role text`, sorted (`only`); the row's id is the rule of
 * the relation it adds, and a relation another rule adds names its rule. Run with the ROLE,
 * ORG, LOC and PERSON matchers and the HOLDS linker (tests/rules/examples.test.ts).
 * @module
 */
import type { RuleRow, RuleTable } from "../rules/table.js";

export const HOLDS_RULES: readonly RuleRow[] = [
  {
    id: "holds/role-for",
    description: "a post named before its holder with `đối với ông` (miễn nhiệm, bổ nhiệm)",
    examples: [
      { text: "Quốc hội miễn nhiệm chức vụ Bộ trưởng Bộ Thủy lợi nhiệm kỳ 2021 - 2026 đối với ông Khổng Viết Thuận.", find: ["Khổng Viết Thuận = Bộ trưởng Bộ Thủy lợi"], only: true },
    ],
    counterExamples: ["Bộ trưởng Bộ Thủy lợi gửi thư cảm ơn tới ông Khổng Viết Thuận."],
  },
  {
    id: "holds/role-before",
    description: "several holders of one post after it (`nguyên Tổng Bí thư A, B;`)",
    examples: [
      { text: "Dự có nguyên Tổng Bí thư Khổng Viết Thuận, Lò Văn Xiển; Chủ tịch nước Hà Khải Dũng.", find: ["Hà Khải Dũng = Chủ tịch nước", "Khổng Viết Thuận = Tổng Bí thư", { text: "Lò Văn Xiển = Tổng Bí thư", rule: "holds/role-before-list" }], only: true },
    ],
    counterExamples: [
      { text: "Thủ tướng Khổng Viết Thuận, Lò Văn Xiển cùng nhiều người dự lễ.", find: ["Khổng Viết Thuận = Thủ tướng"], only: true },
    ],
  },
  {
    id: "holds/posts-list",
    description: "a list of posts after the person (`bao gồm cách chức cả các chức vụ: A, B`)",
    examples: [
      { text: "Kỷ luật ông Khổng Viết Thuận (bao gồm cách chức cả các chức vụ: Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Đông Lạc).", find: ["Khổng Viết Thuận = Bí thư Tỉnh ủy Đông Lạc", "Khổng Viết Thuận = Phó Bí thư Tỉnh ủy"], only: true },
    ],
    counterExamples: ["Ông Khổng Viết Thuận (bao gồm nhiều người) gặp Bí thư Tỉnh ủy."],
  },
  {
    id: "holds/apposition",
    description: "a predicate in time (`- khi đó là`, `hiện là`) and a birth clause between name and posts",
    examples: [
      { text: "Bà Lò Thị Xiển - khi đó là Chủ tịch UBND tỉnh Đông Lạc - ký quyết định.", find: [{ text: "Lò Thị Xiển = Chủ tịch UBND tỉnh Đông Lạc", rule: "holds/predicate" }], only: true },
      { text: "Bổ nhiệm ông Khổng Viết Thuận, sinh ngày 24/4/1975, Thành ủy viên, Bí thư Huyện ủy Vĩnh Khê.", find: ["Khổng Viết Thuận = Bí thư Huyện ủy Vĩnh Khê", "Khổng Viết Thuận = Thành ủy viên"], only: true },
    ],
    counterExamples: ["Bà Lò Thị Xiển - khi đó đi công tác - gặp Chủ tịch UBND tỉnh Đông Lạc."],
  },
  {
    id: "holds/role-before",
    description: "a body head inside a name after a family name is part of the name (`Lê Bộ Lĩnh`)",
    examples: [
      { text: "Phó Tổng Thư ký Quốc hội Lò Bộ Khiêm trình bày.", find: ["Lò Bộ Khiêm = Phó Tổng Thư ký Quốc hội"], only: true },
    ],
    counterExamples: ["Ông Khổng Viết Thuận, Bộ Thủy lợi, trình bày."],
  },
  {
    id: "holds/far-predicate",
    description: "a post predicate far from its subject goes to the nearest person of the sentence",
    examples: [
      { text: "Ông Khổng Viết Thuận, Phó Bí thư Tỉnh ủy Đông Lạc, để bầu giữ chức Chủ tịch UBND tỉnh Đông Lạc.", find: ["Khổng Viết Thuận = Chủ tịch UBND tỉnh Đông Lạc", { text: "Khổng Viết Thuận = Phó Bí thư Tỉnh ủy Đông Lạc", rule: "holds/apposition" }], only: true },
      { text: "Ông Lò Văn Xiển, sinh năm 1970, đến nhận công tác, giữ chức vụ Giám đốc Sở Nội vụ.", find: ["Lò Văn Xiển = Giám đốc Sở Nội vụ"], only: true },
    ],
    counterExamples: [
      // Another sentence: no subject; a post given `đối với` a person named after it.
      "Ông Lò Văn Xiển phát biểu. Hội nghị bầu giữ chức Chủ tịch UBND tỉnh.",
      { text: "Ông Lò Văn Xiển ký quyết định bổ nhiệm làm Giám đốc Sở Nội vụ đối với ông Khổng Viết Thuận.", find: ["Khổng Viết Thuận = Giám đốc Sở Nội vụ"], only: true },
    ],
  },
  {
    id: "holds/predicate",
    description: "a chain read forward runs over `khi đó là … và hiện nay là …`",
    examples: [
      { text: "Bà Lò Thị Xiển - khi đó là Chủ tịch UBND tỉnh Đông Lạc và hiện nay là Bí thư Tỉnh ủy Đông Lạc - đã ký.", find: ["Lò Thị Xiển = Bí thư Tỉnh ủy Đông Lạc", "Lò Thị Xiển = Chủ tịch UBND tỉnh Đông Lạc"], only: true },
    ],
    counterExamples: ["Bà Lò Thị Xiển gặp Chủ tịch UBND tỉnh Đông Lạc và hiện nay là Bí thư Tỉnh ủy."],
  },
  {
    id: "holds/role-before",
    description: "a dash joins posts of one chain before the name",
    examples: [
      { text: "Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội Khổng Viết Thuận trình bày.", find: ["Khổng Viết Thuận = Chủ nhiệm Văn phòng Quốc hội", { text: "Khổng Viết Thuận = Tổng Thư ký Quốc hội", rule: "holds/role-chain-before" }], only: true },
    ],
    counterExamples: [
      { text: "Ông Lò Văn Xiển trình bày - Chủ nhiệm Văn phòng Quốc hội Khổng Viết Thuận tiếp thu.", find: ["Khổng Viết Thuận = Chủ nhiệm Văn phòng Quốc hội"], only: true },
    ],
  },
  {
    id: "holds/list",
    description: "a post given to each person of a list after it (`ba Phó Chủ tịch gồm các ông A, B và C`)",
    examples: [
      { text: "Quốc hội có ba Phó Chủ tịch gồm các ông Khổng Viết Thuận, Lò Văn Xiển và Đinh Quang Khải.", find: ["Khổng Viết Thuận = Phó Chủ tịch", "Lò Văn Xiển = Phó Chủ tịch", "Đinh Quang Khải = Phó Chủ tịch"], only: true },
    ],
    counterExamples: [],
  },
  {
    id: "holds/list-heading",
    description: "a list heading's posts go to each person listed after its colon",
    examples: [
      { text: "Cùng đi có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Bộ Tài chính Khổng Viết Thuận; Bí thư Tỉnh ủy Vĩnh Khê Lò Văn Xiển; đại diện các bộ.", find: [
        { text: "Khổng Viết Thuận = Bộ trưởng Bộ Tài chính", rule: "holds/role-before" }, "Khổng Viết Thuận = Ủy viên Trung ương Đảng",
        { text: "Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", rule: "holds/role-before" }, "Lò Văn Xiển = Ủy viên Trung ương Đảng"], only: true },
    ],
    counterExamples: [],
  },
  {
    id: "holds/pronoun",
    description: "a pronoun subject (`Ông từng làm …`) takes the last person named",
    examples: [
      { text: "Ông Lò Văn Xiển sinh năm 1970. Ông từng làm Bí thư Tỉnh đoàn Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Tỉnh đoàn Vĩnh Khê"], only: true },
    ],
    counterExamples: ["Khổng Viết Thuận dự họp. Thủ tướng yêu cầu khẩn trương."],
  },
];

export const HOLDS_TABLE: RuleTable = { name: "HOLDS", source: "src/link/holds.ts", output: "HOLDS", setup: "names+holds", rows: HOLDS_RULES };

/** Career timelines need the DATE of each line: run with the whole default pipeline. */
export const HOLDS_CAREER_RULES: readonly RuleRow[] = [
  {
    id: "holds/career-line",
    description: "each post of a career timeline goes to the person a heading names, dated by its line",
    examples: [
      { text: "Họ và tên: Khổng Viết Thuận\n- 3/1998 - 8/2004: Phó Giám đốc Sở Tài chính tỉnh Đông Lạc.", find: ["Khổng Viết Thuận = Phó Giám đốc Sở Tài chính tỉnh Đông Lạc"], only: true },
    ],
    counterExamples: [
      { text: "Họ và tên: Khổng Viết Thuận\n2/2006 - 9/2011: Trợ lý của Bộ trưởng Lò Văn Xiển.", find: [{ text: "Lò Văn Xiển = Bộ trưởng", rule: "holds/role-before" }], only: true },
    ],
  },
];

export const HOLDS_CAREER_TABLE: RuleTable = { name: "HOLDS in careers", source: "src/link/holds.ts", output: "HOLDS", setup: "default", rows: HOLDS_CAREER_RULES };
