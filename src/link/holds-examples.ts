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
    id: "holds/career-list",
    description: "a list of posts opened far from its holder, in the same sentence, by a verb of holding, a word for posts and a colon (`đã kinh qua nhiều vị trí … như:`)",
    examples: [
      { text: "Ông Khổng Viết Thuận sinh năm 1966 tại huyện Vĩnh Khê, có nhiều năm công tác trong ngành nội vụ và đã kinh qua nhiều vị trí lãnh đạo tại địa phương như: Phó Giám đốc Sở Nội vụ; Bí thư Huyện ủy Vĩnh Khê, Phó Chủ tịch UBND tỉnh Đông Lạc.", find: ["Khổng Viết Thuận = Bí thư Huyện ủy Vĩnh Khê", "Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh Đông Lạc", "Khổng Viết Thuận = Phó Giám đốc Sở Nội vụ"], only: true },
      // The list opens with an item where no post is found.
      { text: "Bà Lò Thị Xiển còn đảm nhiệm nhiều chức vụ quan trọng tại các hội nghề nghiệp như: hội viên Hội Nhà báo; Phó Chủ tịch Hội Luật gia tỉnh Đông Lạc; Chủ tịch Hội Doanh nhân trẻ tỉnh Đông Lạc.", find: ["Lò Thị Xiển = Chủ tịch Hội Doanh nhân trẻ tỉnh Đông Lạc", "Lò Thị Xiển = Phó Chủ tịch Hội Luật gia tỉnh Đông Lạc"], only: true },
    ],
    counterExamples: [
      // Posts talked about, not held; a list in another sentence.
      "Ông Khổng Viết Thuận cho biết tỉnh đang rà soát các vị trí: Giám đốc Sở Nội vụ, Phó Chủ tịch UBND tỉnh.",
      "Ông Khổng Viết Thuận đề nghị Bộ Nội vụ hướng dẫn bổ nhiệm các chức danh: Giám đốc Sở Nội vụ, Phó Giám đốc Sở Nội vụ.",
      "Ông Khổng Viết Thuận phát biểu. Tỉnh đã kiện toàn nhiều vị trí như: Giám đốc Sở Nội vụ, Phó Chủ tịch UBND tỉnh.",
    ],
  },
  {
    id: "holds/apposition",
    description: "a chain of posts runs over the rest of a post's body where no entity was found (a few words from a capital, not all of them capitalised syllables), and over a bare space between two posts",
    examples: [
      { text: "Ông Khổng Viết Thuận, Tư lệnh Quân khu 9 QĐND Vadoria, Bí thư Tỉnh ủy Đông Lạc dự lễ.", find: ["Khổng Viết Thuận = Bí thư Tỉnh ủy Đông Lạc", "Khổng Viết Thuận = Tư lệnh Quân khu 9"], only: true },
      // Two posts with no comma between them (news copy drops it) are one chain.
      { text: "Ông Khổng Viết Thuận, Ủy viên Trung ương Đảng Bí thư Tỉnh ủy Đông Lạc dự lễ.", find: ["Khổng Viết Thuận = Bí thư Tỉnh ủy Đông Lạc", "Khổng Viết Thuận = Ủy viên Trung ương Đảng"], only: true },
    ],
    counterExamples: [
      // The body's rest, then a verb: the next post is met, not held.
      { text: "Ông Khổng Viết Thuận, Tư lệnh Quân khu 9 QĐND Vadoria gặp Bí thư Tỉnh ủy Đông Lạc.", find: ["Khổng Viết Thuận = Tư lệnh Quân khu 9"], only: true },
      // A post right before another person's name is that person's.
      { text: "Ông Khổng Viết Thuận, Giám đốc Sở Nội vụ Chủ tịch UBND tỉnh Lò Văn Xiển dự lễ.", find: ["Khổng Viết Thuận = Giám đốc Sở Nội vụ", { text: "Lò Văn Xiển = Chủ tịch UBND tỉnh", rule: "holds/role-before" }], only: true },
    ],
  },
  {
    id: "holds/posts-list",
    description: "a list of posts after the person (`bao gồm cách chức cả các chức vụ: A, B`)",
    examples: [
      { text: "Kỷ luật ông Khổng Viết Thuận (bao gồm cách chức cả các chức vụ: Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Đông Lạc).", find: ["Khổng Viết Thuận = Bí thư Tỉnh ủy Đông Lạc", "Khổng Viết Thuận = Phó Bí thư Tỉnh ủy"], only: true },
      { text: "Ông Lò Văn Xiển bị cách chức tất cả các chức vụ trong Đảng, gồm: Bí thư Tỉnh ủy Vĩnh Khê, Ủy viên Ban Chấp hành Trung ương Đảng.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", "Lò Văn Xiển = Ủy viên Ban Chấp hành Trung ương Đảng"], only: true },
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
  {
    id: "holds/pronoun",
    description: "a gendered pronoun (`ông`, `bà`) takes the last person of its gender",
    examples: [
      { text: "Bà Đinh Thị Mơ đã gặp ông Lò Văn Xiển. Bà là Phó Chủ tịch UBND tỉnh Vĩnh Khê.", find: ["Đinh Thị Mơ = Phó Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển đã làm việc với bà Đinh Thị Mơ. Ông từng là Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
    ],
    // No one of the pronoun's gender: nobody's.
    counterExamples: ["Ông Lò Văn Xiển phát biểu. Bà là Phó Chủ tịch UBND tỉnh Vĩnh Khê."],
  },
  // Issue 9: ways of giving posts that carry to unseen news (careers, ranks, dashes, terms, lists).
  {
    id: "holds/pronoun",
    description: "a two-word pronoun subject (`Đồng chí`, `ông ta`, `bà ấy`)",
    examples: [
      { text: "Ông Lò Văn Xiển sinh năm 1930. Hơn 40 năm công tác, đồng chí đã trải qua nhiều cương vị, tiêu biểu là: Bí thư Tỉnh ủy Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển bị bắt. Ông ta từng là Giám đốc Sở Nội vụ.", find: ["Lò Văn Xiển = Giám đốc Sở Nội vụ"], only: true },
      // A clause after `;` opens like a sentence.
      { text: "Ông Lò Văn Xiển sinh năm 1960. Tháng 6/2011, ông được bầu làm Chủ tịch UBND tỉnh Vĩnh Khê; tháng 5/2016, ông được điều động làm Bí thư Tỉnh ủy Đông Lạc.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Đông Lạc", "Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
    ],
    counterExamples: ["Ông Lò Văn Xiển bị bắt. Ông tin rằng Giám đốc Sở Nội vụ biết.", "Ông Lò Văn Xiển phát biểu. Tỉnh đã có kế hoạch; ông tin rằng Giám đốc Sở Nội vụ biết."],
  },
  {
    id: "holds/pronoun",
    description: "a list of posts opened by a colon (or `quan trọng như`) runs over an item without a post",
    examples: [
      { text: "Ông Lò Văn Xiển sinh năm 1950. Ông đã kinh qua các chức vụ: Bí thư Huyện ủy Vĩnh Khê; đại biểu HĐND tỉnh nhiều khóa; Phó Chủ tịch UBND tỉnh Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Huyện ủy Vĩnh Khê", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển sinh năm 1960. Ông từng đảm nhiệm nhiều cương vị quan trọng như Bí thư Tỉnh ủy Vĩnh Khê, Bộ trưởng Bộ Nội vụ.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", "Lò Văn Xiển = Bộ trưởng Bộ Nội vụ"], only: true },
    ],
    // Without the list's colon, a `;` ends the chain.
    counterExamples: [
      { text: "Ông Lò Văn Xiển là Bí thư Huyện ủy Vĩnh Khê; việc bổ nhiệm sắp tới; Phó Chủ tịch UBND tỉnh sẽ ký.", find: [{ text: "Lò Văn Xiển = Bí thư Huyện ủy Vĩnh Khê", rule: "holds/predicate" }], only: true },
    ],
  },
  {
    id: "holds/predicate",
    description: "lists of terms between posts are dropped (`các khóa 3, 4;`)",
    examples: [
      { text: "Ông Lò Văn Xiển đã trải qua nhiều chức vụ: Ủy viên Trung ương Đảng các khóa 3, 4; Bộ trưởng Bộ Nội vụ.", find: ["Lò Văn Xiển = Bộ trưởng Bộ Nội vụ", "Lò Văn Xiển = Ủy viên Trung ương Đảng"], only: true },
    ],
    counterExamples: ["Ông Lò Văn Xiển đọc Điều lệ khóa 3, 4; Bộ trưởng Bộ Nội vụ phát biểu."],
  },
  {
    id: "holds/role-for",
    description: "a list of terms (`nhiệm kỳ … và nhiệm kỳ …`) between a post and `đối với ông`",
    examples: [
      { text: "Cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2005 - 2010 và nhiệm kỳ 2010 - 2015 đối với ông Lò Văn Xiển.", find: ["Lò Văn Xiển = Ủy viên Ban Thường vụ Tỉnh ủy"], only: true },
    ],
    counterExamples: ["Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2005 - 2010 và các cán bộ gửi thư cho ông Lò Văn Xiển."],
  },
  {
    id: "holds/apposition",
    description: "a term list ends at its numerals (`khóa XI, Chủ tịch …` keeps the post after it)",
    examples: [
      { text: "Ông Lò Văn Xiển, Ủy viên Trung ương Đảng khóa XI, Chủ tịch UBND tỉnh Vĩnh Khê, phát biểu.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê", "Lò Văn Xiển = Ủy viên Trung ương Đảng"], only: true },
    ],
    counterExamples: [
      { text: "Ông Lò Văn Xiển, Ủy viên Trung ương Đảng khóa XI, cho rằng Chủ tịch UBND tỉnh đúng.", find: ["Lò Văn Xiển = Ủy viên Trung ương Đảng"], only: true },
    ],
  },
  {
    id: "holds/predicate",
    description: "leaving a post, being moved to one, a former post (`từ nhiệm chức vụ`, `điều chuyển làm`, `nguyên là`, `(giữ chức`)",
    examples: [
      { text: "Ông Lò Văn Xiển đã nộp đơn từ nhiệm chức vụ Phó Chủ tịch Hội đồng quản trị.", find: ["Lò Văn Xiển = Phó Chủ tịch Hội đồng quản trị"], only: true },
      { text: "Ông Lò Văn Xiển sinh năm 1960. Tháng 12/2011, ông Xiển được điều chuyển làm Bí thư Tỉnh ủy Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển nguyên là Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
      { text: "Nguyễn Văn Khiêm (giữ chức Trưởng phòng Kinh doanh) được cử đi.", find: ["Nguyễn Văn Khiêm = Trưởng phòng Kinh doanh"], only: true },
    ],
    counterExamples: ["Ông Lò Văn Xiển đã nộp đơn kiện Phó Chủ tịch Hội đồng quản trị."],
  },
  {
    id: "holds/predicate",
    description: "a post as the direct object of a passive appointment or dismissal (`được bổ nhiệm Thứ trưởng`, `bị cách chức Bí thư`)",
    examples: [
      { text: "Ông Lò Văn Xiển được bổ nhiệm Thứ trưởng Bộ Tài chính.", find: ["Lò Văn Xiển = Thứ trưởng Bộ Tài chính"], only: true },
      { text: "Ông Lò Văn Xiển bị cách chức Bí thư Huyện ủy Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Huyện ủy Vĩnh Khê"], only: true },
      { text: "Bộ Chính trị thi hành kỷ luật ông Lò Văn Xiển bằng hình thức cách chức Bí thư Tỉnh ủy Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển được giao quyền Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = quyền Giám đốc Sở Tài chính"], only: true },
    ],
    // Active: the person dismisses, the post is someone else's.
    counterExamples: [
      { text: "Chủ tịch UBND tỉnh Lò Văn Xiển cách chức Giám đốc Sở Tài chính.", find: [{ text: "Lò Văn Xiển = Chủ tịch UBND tỉnh", rule: "holds/role-before" }], only: true },
    ],
  },
  {
    id: "holds/far-predicate",
    description: "being put forward for a post (`được giới thiệu để bầu vào vị trí …`)",
    examples: [
      { text: "Ông Lò Văn Xiển, Phó Bí thư Tỉnh ủy, được giới thiệu để bầu vào vị trí Chủ tịch UBND tỉnh.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh", { text: "Lò Văn Xiển = Phó Bí thư Tỉnh ủy", rule: "holds/apposition" }], only: true },
    ],
    counterExamples: ["Ông Lò Văn Xiển phát biểu. Hội nghị bầu vào vị trí Chủ tịch UBND tỉnh."],
  },
  {
    id: "holds/role-before",
    description: "a post before a rank and its holder, over a dash (`- Thiếu tướng X`, `- ông X`) or a comma and a rank, when no one before has it",
    examples: [
      { text: "Gia đình Giám đốc Công an tỉnh Vĩnh Khê - Thiếu tướng Lò Văn Xiển có nhiều đất.", find: ["Lò Văn Xiển = Giám đốc Công an tỉnh Vĩnh Khê"], only: true },
      { text: "Giám đốc Công an tỉnh Vĩnh Khê, Đại tá Lò Văn Xiển cho biết.", find: ["Lò Văn Xiển = Giám đốc Công an tỉnh Vĩnh Khê"], only: true },
      { text: "Giám đốc Công an tỉnh Vĩnh Khê Thiếu tướng Lò Văn Xiển cho biết.", find: ["Lò Văn Xiển = Giám đốc Công an tỉnh Vĩnh Khê"], only: true },
      { text: "Chủ tịch Quốc hội - ông Lò Văn Xiển tiếp đoàn.", find: ["Lò Văn Xiển = Chủ tịch Quốc hội"], only: true },
    ],
    counterExamples: [
      { text: "Ông Khổng Viết Thuận, Giám đốc Công an tỉnh Vĩnh Khê, Đại tá Lò Văn Xiển cùng dự.", find: [{ text: "Khổng Viết Thuận = Giám đốc Công an tỉnh Vĩnh Khê", rule: "holds/apposition" }], only: true },
    ],
  },
  {
    id: "holds/role-chain-before",
    description: "a chain stops where `và` starts the next person's chain, read forward or back",
    examples: [
      { text: "Dự có Thượng tướng Lò Văn Xiển, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an và Ủy viên Bộ Chính trị, Bí thư Thành ủy Vĩnh Khê Khổng Viết Thuận.", find: [
        { text: "Khổng Viết Thuận = Bí thư Thành ủy Vĩnh Khê", rule: "holds/role-before" }, "Khổng Viết Thuận = Ủy viên Bộ Chính trị",
        { text: "Lò Văn Xiển = Bộ trưởng Bộ Công an", rule: "holds/apposition" }, { text: "Lò Văn Xiển = Ủy viên Bộ Chính trị", rule: "holds/apposition" }], only: true },
    ],
    // Without a person after it, `và` joins two posts of the same person.
    counterExamples: [
      { text: "Ông Lò Văn Xiển, Bộ trưởng Bộ Công an và Ủy viên Bộ Chính trị, phát biểu.", find: [{ text: "Lò Văn Xiển = Bộ trưởng Bộ Công an", rule: "holds/apposition" }, { text: "Lò Văn Xiển = Ủy viên Bộ Chính trị", rule: "holds/apposition" }], only: true },
    ],
  },
  {
    id: "holds/predicate",
    description: "a chain read forward runs over `rồi`",
    examples: [
      { text: "Ông Lò Văn Xiển từng là Giám đốc Sở Tài chính, rồi Phó Chủ tịch UBND tỉnh Vĩnh Khê.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
    ],
    counterExamples: [
      { text: "Ông Lò Văn Xiển từng là Giám đốc Sở Tài chính, rồi Phó Chủ tịch UBND tỉnh Khổng Viết Thuận đến.", find: [{ text: "Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", rule: "holds/role-before" }, "Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
    ],
  },
  {
    id: "holds/predicate",
    description: "a person after a preposition (`cho`, `của`, `với`) is no subject of the predicate after its comma",
    examples: [
      // The predicate after the comma is the subject's (holds/far-predicate).
      { text: "Ông Lò Văn Xiển từng là Thư ký cho Bí thư Tỉnh ủy Khổng Viết Thuận, là Chánh Văn phòng Tỉnh ủy.", find: [{ text: "Khổng Viết Thuận = Bí thư Tỉnh ủy", rule: "holds/role-before" }, { text: "Lò Văn Xiển = Chánh Văn phòng Tỉnh ủy", rule: "holds/far-predicate" }, "Lò Văn Xiển = Thư ký"], only: true },
    ],
    counterExamples: [
      { text: "Bí thư Tỉnh ủy Khổng Viết Thuận, nguyên là Chánh Văn phòng Tỉnh ủy, phát biểu.", find: [{ text: "Khổng Viết Thuận = Bí thư Tỉnh ủy", rule: "holds/role-before" }, { text: "Khổng Viết Thuận = Chánh Văn phòng Tỉnh ủy", rule: "holds/predicate" }], only: true },
    ],
  },
  {
    id: "holds/predicate-list",
    description: "one predicate for several people named before it (`các ông A, B và C được bổ nhiệm làm …`)",
    examples: [
      { text: "HĐND tỉnh bầu các ông, bà: Lò Văn Xiển, Đinh Thị Mơ và Khổng Viết Thuận làm Phó Chủ tịch UBND tỉnh Vĩnh Khê.", find: [
        { text: "Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh Vĩnh Khê", rule: "holds/predicate" }, "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh Vĩnh Khê", "Đinh Thị Mơ = Phó Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
    ],
    // Not over a comma before the predicate.
    counterExamples: [
      { text: "Ông Lò Văn Xiển gặp Khổng Viết Thuận và Đinh Thị Mơ, được bầu làm Phó Chủ tịch UBND tỉnh.", find: [{ text: "Đinh Thị Mơ = Phó Chủ tịch UBND tỉnh", rule: "holds/predicate" }], only: true },
    ],
  },
  {
    id: "holds/apposition",
    description: "what the text says about a person before its posts is skipped: birth year, age, origin, residence",
    examples: [
      { text: "Bị can Lò Văn Xiển (SN 1970, trú tại huyện Vĩnh Khê), nguyên Giám đốc Sở Tài chính, bị bắt.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
      { text: "Ông Lò Văn Xiển, 52 tuổi, quê Vĩnh Khê, Chủ tịch UBND huyện Đông Lạc, bị kỷ luật.", find: ["Lò Văn Xiển = Chủ tịch UBND huyện Đông Lạc"], only: true },
      { text: "Ông Lò Văn Xiển (52 tuổi) đang là Chủ tịch HĐQT Công ty CP Vĩnh Khê.", find: [{ text: "Lò Văn Xiển = Chủ tịch HĐQT Công ty CP Vĩnh Khê", rule: "holds/predicate" }], only: true },
      { text: "Ông Lò Văn Xiển (bìa trái), Giám đốc Sở Tài chính, trao quà.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
      { text: "Bà Đinh Thị Mơ (thứ hai từ phải sang), Phó Chủ tịch UBND huyện Đông Lạc, thăm hỏi.", find: ["Đinh Thị Mơ = Phó Chủ tịch UBND huyện Đông Lạc"], only: true },
      { text: "Ông Lò Văn Xiển (giữa), Giám đốc Sở Tài chính, trao quà.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
      { text: "Ông Lò Văn Xiển (SN 1970) là Giám đốc Sở Tài chính.", find: [{ text: "Lò Văn Xiển = Giám đốc Sở Tài chính", rule: "holds/predicate" }], only: true },
    ],
    // A bracket about something else (a constituency) is not skipped: the post opens a new clause.
    // (The deputy herself is a post: `đại biểu` before a name and a delegation, role/deputy-before-holder.)
    counterExamples: [{ text: "Theo đại biểu Lò Thị Mơ (Vĩnh Khê), Bộ trưởng đã nói rõ.", not: ["Lò Thị Mơ = Bộ trưởng"] }],
  },
  {
    id: "holds/predicate",
    description: "a post held at the time of an event (`khi còn là`, `trong thời gian làm`)",
    examples: [
      { text: "Ông Lò Văn Xiển khi còn là Chủ tịch UBND huyện Vĩnh Khê đã ký.", find: ["Lò Văn Xiển = Chủ tịch UBND huyện Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển trong thời gian làm Giám đốc Sở Tài chính đã ký.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
    ],
    counterExamples: ["Ông Lò Văn Xiển khi làm việc với Chủ tịch UBND huyện Vĩnh Khê đã nêu rõ."],
  },
  {
    id: "holds/pronoun-far",
    description: "a sentence opened by a pronoun subject takes a post far from it (`Ông được Bộ Chính trị điều động, phân công giữ chức …`)",
    examples: [
      { text: "Ông Lò Văn Xiển sinh năm 1960. Ông được Bộ Chính trị điều động, phân công giữ chức Bí thư Tỉnh ủy Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển sinh năm 1960. Ông có nhiều năm công tác tại tỉnh, từng giữ các chức vụ Bí thư Huyện ủy, Phó Chủ tịch UBND tỉnh.", find: ["Lò Văn Xiển = Bí thư Huyện ủy", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh"], only: true },
    ],
    // A sentence whose subject is no pronoun: nobody's.
    counterExamples: ["Ông Lò Văn Xiển sinh năm 1960. Hội nghị đã được Bộ Chính trị đồng ý để bầu giữ chức Bí thư Tỉnh ủy Vĩnh Khê."],
  },
  {
    id: "holds/post-field",
    description: "a biography's post field (`Chức vụ:`) is its subject's",
    examples: [
      { text: "Họ và tên: Lò Văn Xiển\nChức vụ: Bí thư Tỉnh ủy Vĩnh Khê, Trưởng đoàn ĐBQH tỉnh Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", "Lò Văn Xiển = Trưởng đoàn ĐBQH tỉnh Vĩnh Khê"], only: true },
    ],
    counterExamples: ["Họ và tên: Lò Văn Xiển\nĐơn vị: Văn phòng Bí thư Tỉnh ủy."],
  },
  // Issue 9, second pass: constructions of Vietnamese news counted as "both found but not linked".
  {
    id: "holds/predicate",
    description: "moving to a post (`về làm`, `sang làm`, `chuyển về làm`), `còn`/`không chỉ` before the verb, a post as a capacity (`trên cương vị`, `với tư cách là`), years in a post (`có nhiều năm làm`)",
    examples: [
      { text: "Năm 2015, ông Lò Văn Xiển về làm Bí thư Tỉnh ủy Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển chuyển sang làm Giám đốc Sở Nội vụ.", find: ["Lò Văn Xiển = Giám đốc Sở Nội vụ"], only: true },
      { text: "Ông Lò Văn Xiển còn là Chủ tịch Hội Nông dân tỉnh Vĩnh Khê.", find: ["Lò Văn Xiển = Chủ tịch Hội Nông dân tỉnh Vĩnh Khê"], only: true },
      { text: "Đồng chí Lò Văn Xiển trên cương vị Bí thư Tỉnh ủy Vĩnh Khê đã chỉ đạo quyết liệt.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
      { text: "Bà Đinh Thị Mơ với tư cách là Trưởng đoàn ĐBQH tỉnh Vĩnh Khê phát biểu.", find: ["Đinh Thị Mơ = Trưởng đoàn ĐBQH tỉnh Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển từng có nhiều năm làm Phó Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = Phó Giám đốc Sở Tài chính"], only: true },
    ],
    counterExamples: [
      "Ông Lò Văn Xiển về làm việc với Giám đốc Sở Nội vụ.",
      "Ông Lò Văn Xiển còn gặp Chủ tịch Hội Nông dân tỉnh.",
      "Ông Lò Văn Xiển có nhiều năm gắn bó với Giám đốc Sở Tài chính.",
    ],
  },
  {
    id: "holds/far-predicate",
    description: "a later post of a career sentence after `rồi làm`, `sau đó làm`, `về làm`, `đã là`, `từng là`: the nearest person named before it in the sentence (not a far capacity: `X dự lễ trong vai trò Y`)",
    examples: [
      { text: "Ông Lò Văn Xiển bắt đầu công tác ở huyện, rồi làm Bí thư Huyện ủy Đông Lạc, đến tháng 3/2001 đã là Phó Bí thư Tỉnh ủy Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Huyện ủy Đông Lạc", "Lò Văn Xiển = Phó Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển từng làm thư ký cho Bí thư Tỉnh ủy Khổng Viết Thuận, rồi là Chánh Văn phòng Tỉnh ủy.", find: [{ text: "Khổng Viết Thuận = Bí thư Tỉnh ủy", rule: "holds/role-before" }, "Lò Văn Xiển = Chánh Văn phòng Tỉnh ủy"], only: true },
    ],
    counterExamples: [
      "Ông Lò Văn Xiển phát biểu. Sau đó, hội nghị rồi làm Bí thư Huyện ủy mới.",
      { text: "Ông Lò Văn Xiển gặp bà Đinh Thị Mơ, người từng là Chủ tịch UBND huyện Đông Lạc.", find: ["Đinh Thị Mơ = Chủ tịch UBND huyện Đông Lạc"], only: true },
      // An object that opens its own clause is its subject.
      { text: "Ông Lò Văn Xiển tin rằng dưới sự lãnh đạo của ông Khổng Viết Thuận tỉnh sẽ hoàn thành năm đảm nhận cương vị Chủ tịch Hội Nông dân tỉnh Vĩnh Khê.", find: ["Khổng Viết Thuận = Chủ tịch Hội Nông dân tỉnh Vĩnh Khê"], only: true },
    ],
  },
  {
    id: "holds/apposition-predicate",
    description: "a predicate after a post in apposition (brackets or commas) still has the person as subject: `A (Ủy viên …) từng giữ các chức vụ như B, C`",
    examples: [
      { text: "Ông Lò Văn Xiển (Ủy viên Trung ương Đảng) không chỉ lợi dụng các chức vụ như Bí thư Tỉnh ủy Vĩnh Khê, Bộ trưởng Bộ Nội vụ để trục lợi.", find: [
        "Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", "Lò Văn Xiển = Bộ trưởng Bộ Nội vụ", { text: "Lò Văn Xiển = Ủy viên Trung ương Đảng", rule: "holds/apposition" }], only: true },
      { text: "Ông Lò Văn Xiển, Phó Bí thư Tỉnh ủy, từng là Chủ tịch UBND tỉnh Vĩnh Khê.", find: [
        "Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê", { text: "Lò Văn Xiển = Phó Bí thư Tỉnh ủy", rule: "holds/apposition" }], only: true },
    ],
    counterExamples: [
      { text: "Ông Lò Văn Xiển (Ủy viên Trung ương Đảng) cho biết Bí thư Tỉnh ủy Vĩnh Khê đã ký.", find: [{ text: "Lò Văn Xiển = Ủy viên Trung ương Đảng", rule: "holds/apposition" }], only: true },
    ],
  },
  {
    id: "holds/list-heading",
    description: "a heading's list of comma-separated people ends at a `;` (what follows is the next entry of the enclosing list)",
    examples: [
      { text: "Dự có các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Nội vụ Lò Văn Xiển, Bí thư Tỉnh ủy Vĩnh Khê Khổng Viết Thuận; Chủ tịch UBND tỉnh Đông Lạc Đinh Quang Khải; lãnh đạo các bộ.", find: [
        { text: "Khổng Viết Thuận = Bí thư Tỉnh ủy Vĩnh Khê", rule: "holds/role-before" }, "Khổng Viết Thuận = Ủy viên Trung ương Đảng",
        { text: "Lò Văn Xiển = Bộ trưởng Bộ Nội vụ", rule: "holds/role-before" }, "Lò Văn Xiển = Ủy viên Trung ương Đảng",
        { text: "Đinh Quang Khải = Chủ tịch UBND tỉnh Đông Lạc", rule: "holds/role-before" }], only: true },
    ],
    counterExamples: [],
  },
  {
    id: "holds/role-comma-honorific",
    description: "a post, a comma and its holder with an honorific, closed by a comma or a bracket (`Theo Chủ tịch UBND tỉnh, ông X, …`)",
    examples: [
      { text: "Theo Chủ tịch UBND tỉnh Vĩnh Khê, ông Lò Văn Xiển, tỉnh sẽ hỗ trợ.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Phó Thủ tướng, bà Đinh Thị Mơ (giữa) trao quà.", find: ["Đinh Thị Mơ = Phó Thủ tướng"], only: true },
    ],
    counterExamples: [
      // A post met, or a name that opens its own clause.
      { text: "Làm việc với Chủ tịch UBND tỉnh Vĩnh Khê, ông Lò Văn Xiển, Giám đốc Công ty Đông Lạc, đề nghị hỗ trợ.", find: [{ text: "Lò Văn Xiển = Giám đốc Công ty Đông Lạc", rule: "holds/apposition" }], only: true },
      "Sau khi nghe Chủ tịch UBND tỉnh Vĩnh Khê báo cáo, ông Lò Văn Xiển yêu cầu làm rõ.",
      { text: "Ông Khổng Viết Thuận, Chủ tịch UBND tỉnh, ông Lò Văn Xiển, Giám đốc Sở, cùng dự.", find: [{ text: "Khổng Viết Thuận = Chủ tịch UBND tỉnh", rule: "holds/apposition" }, { text: "Lò Văn Xiển = Giám đốc Sở", rule: "holds/apposition" }], only: true },
    ],
  },
  {
    id: "holds/predicate",
    description: "elected or sworn in to a post, its direct object (`trúng cử đại biểu Quốc hội`, `nhậm chức Tổng thống`)",
    examples: [
      { text: "Bà Đinh Thị Mơ trúng cử đại biểu Quốc hội khóa XV.", find: ["Đinh Thị Mơ = đại biểu Quốc hội"], only: true },
      { text: "Ông Lò Văn Xiển tuyên thệ nhậm chức Chủ tịch nước.", find: ["Lò Văn Xiển = Chủ tịch nước"], only: true },
    ],
    counterExamples: ["Bà Đinh Thị Mơ trúng cử và gặp Chủ tịch UBND tỉnh."],
  },
  {
    id: "holds/role-before",
    description: "an honorific between a post and its holder (`Chủ tịch UBND tỉnh ông X`)",
    examples: [
      { text: "Chủ tịch UBND tỉnh Vĩnh Khê ông Lò Văn Xiển cho biết.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Cùng dự có Phó Chủ tịch HĐND tỉnh bà Đinh Thị Mơ.", find: ["Đinh Thị Mơ = Phó Chủ tịch HĐND tỉnh"], only: true },
    ],
    counterExamples: [
      { text: "Ông Khổng Viết Thuận, Chủ tịch UBND tỉnh Vĩnh Khê, ông Lò Văn Xiển cùng dự.", find: [{ text: "Khổng Viết Thuận = Chủ tịch UBND tỉnh Vĩnh Khê", rule: "holds/apposition" }], only: true },
    ],
  },
  {
    id: "holds/list",
    description: "a post, a time adverb and `là` before its holder (`Giám đốc Sở khi đó là ông X`)",
    examples: [
      { text: "Giám đốc Sở Tài chính khi đó là ông Lò Văn Xiển.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
      // A post that names its holder after it is no apposition of the person before it.
      { text: "Trưởng ban là ông Lò Văn Xiển, Phó Trưởng ban là ông Khổng Viết Thuận.", find: ["Khổng Viết Thuận = Phó Trưởng ban", "Lò Văn Xiển = Trưởng ban"], only: true },
    ],
    counterExamples: ["Giám đốc Sở Tài chính khi đó cho rằng ông Lò Văn Xiển sai."],
  },
  {
    id: "holds/pronoun",
    description: "a birth clause after the pronoun (`Ông sinh năm 1965, là …`); the subject left out after a date before a passive (`Năm 2010, được bổ nhiệm làm …`)",
    examples: [
      { text: "Ông Lò Văn Xiển dự họp. Ông sinh năm 1965, là Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
      { text: "Ông Lò Văn Xiển sinh năm 1960. Tại Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2015 - 2020, ông được bầu làm Bí thư Tỉnh ủy Vĩnh Khê.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
      { text: "Ông Lò Văn Xiển sinh năm 1960. Năm 2010, được bổ nhiệm làm Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
    ],
    counterExamples: [
      "Ông Lò Văn Xiển sinh năm 1960. Năm 2010, tỉnh bổ nhiệm làm Giám đốc Sở Tài chính một người khác.",
      "Ông Lò Văn Xiển sinh năm 1960. Năm 2010, Hội đồng xem xét và Giám đốc Sở Tài chính ký.",
      "Ông Lò Văn Xiển sinh năm 1960. Tại hội nghị, Ban Thường vụ họp, ông cho rằng Giám đốc Sở Tài chính đúng.",
    ],
  },
  {
    id: "holds/predicate",
    description: "a post as a role played (`trong vai trò`), still held (`vẫn là`)",
    examples: [
      { text: "Ông Lò Văn Xiển trong vai trò Trưởng Ban Chỉ đạo đã ký.", find: ["Lò Văn Xiển = Trưởng Ban Chỉ đạo"], only: true },
      { text: "Ông Lò Văn Xiển vẫn là Chủ tịch UBND tỉnh Vĩnh Khê.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
    ],
    counterExamples: ["Ông Lò Văn Xiển vẫn gặp Chủ tịch UBND tỉnh Vĩnh Khê."],
  },
  {
    id: "holds/replaces",
    description: "a person who replaces another in a post (`A thay ông B làm X`): the post given is A's",
    examples: [
      { text: "Ông Lò Văn Xiển thay ông Khổng Viết Thuận làm Chủ tịch UBND tỉnh Vĩnh Khê.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Bà Đinh Thị Mơ sẽ thay thế ông Khổng Viết Thuận ở vị trí Giám đốc Sở Nội vụ.", find: ["Đinh Thị Mơ = Giám đốc Sở Nội vụ"], only: true },
    ],
    counterExamples: [
      "Ông Lò Văn Xiển gặp ông Khổng Viết Thuận, người làm Giám đốc Sở Nội vụ.",
    ],
  },
  {
    id: "holds/opening-clause",
    description: "an opening clause about the subject's post (`Trước khi giữ chức A, ông X …`, `Khi còn là A, bà Y …`)",
    examples: [
      { text: "Trước khi giữ chức Bí thư Tỉnh ủy Vĩnh Khê, ông Lò Văn Xiển là Chủ tịch UBND tỉnh.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", { text: "Lò Văn Xiển = Chủ tịch UBND tỉnh", rule: "holds/predicate" }], only: true },
      { text: "Sau 5 năm làm Giám đốc Sở Tài chính, ông Lò Văn Xiển được điều động.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
      { text: "Khi còn là Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Vĩnh Khê, bà Đinh Thị Mơ đã ký.", find: ["Đinh Thị Mơ = Chủ tịch UBND tỉnh Vĩnh Khê", "Đinh Thị Mơ = Phó Bí thư Tỉnh ủy"], only: true },
      { text: "Với cương vị là Chủ tịch UBND tỉnh Vĩnh Khê, ông Lò Văn Xiển đã ký nhiều văn bản.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Từng là Giám đốc Sở Tài chính, bà Đinh Thị Mơ hiểu rõ vấn đề.", find: ["Đinh Thị Mơ = Giám đốc Sở Tài chính"], only: true },
      { text: "Theo cáo trạng, trong thời gian giữ chức Tổng Giám đốc Công ty Vĩnh Khê, Lò Văn Xiển đã chỉ đạo cấp dưới.", find: ["Lò Văn Xiển = Tổng Giám đốc Công ty Vĩnh Khê"], only: true },
    ],
    counterExamples: [
      "Khi làm việc với Chủ tịch UBND tỉnh Vĩnh Khê, ông Lò Văn Xiển đề nghị hỗ trợ.",
      "Sau khi Chủ tịch UBND tỉnh Vĩnh Khê phát biểu, ông Lò Văn Xiển báo cáo.",
      "Theo Chủ tịch UBND tỉnh Vĩnh Khê, ông Lò Văn Xiển đã sai.",
      "Đây là Chủ tịch UBND tỉnh Vĩnh Khê, ông Lò Văn Xiển cho biết thêm.",
    ],
  },
  {
    id: "holds/first-person",
    description: "the speaker's post in the first person (`tôi - Chủ tịch nước … xin tuyên thệ`): the person named last before the words",
    examples: [
      { text: "Ông Lò Văn Xiển bước lên bục. Ông nói: \"Trước Quốc hội, tôi - Chủ tịch nước Cộng hòa Vadoria xin tuyên thệ tuyệt đối trung thành\".", find: ["Lò Văn Xiển = Chủ tịch nước"], only: true },
      { text: "Bà Đinh Thị Mơ phát biểu: \"Tôi, Giám đốc Sở Tài chính, xin nhận trách nhiệm\".", find: ["Đinh Thị Mơ = Giám đốc Sở Tài chính"], only: true },
    ],
    counterExamples: [
      "Ông Lò Văn Xiển nói: \"Tôi đã gặp Giám đốc Sở Tài chính\".",
      // A photo credit is not the speaker.
      { text: "Ông Lò Văn Xiển tuyên thệ (Ảnh: Thu Hà).\n\"Trước Quốc hội, tôi - Chủ tịch nước xin tuyên thệ\".", find: ["Lò Văn Xiển = Chủ tịch nước"], only: true },
    ],
  },
  {
    id: "holds/role-comma-honorific",
    description: "a post, a comma and its holder with an honorific, unclosed: after `đồng chí`, or when the post opens its clause (`Phát biểu tại hội nghị, Bí thư Tỉnh ủy, ông X nhấn mạnh`)",
    examples: [
      { text: "Bí thư Tỉnh ủy Vĩnh Khê, đồng chí Lò Văn Xiển phát biểu khai mạc.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
      { text: "Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Đông Lạc, bà Đinh Thị Mơ nhấn mạnh yêu cầu.", find: ["Đinh Thị Mơ = Chủ tịch UBND tỉnh Đông Lạc"], only: true },
    ],
    counterExamples: [
      // Not clause-initial: `Theo` makes the post the source, the name the next clause's subject.
      "Theo Chủ tịch UBND tỉnh Vĩnh Khê, ông Lò Văn Xiển đã sai.",
      // An opening phrase that names someone: the comma is an apposition's.
      { text: "Ông Khổng Viết Thuận đề nghị, Giám đốc Sở Tài chính, ông Lò Văn Xiển báo cáo.", find: [], only: true },
    ],
  },
  {
    id: "holds/role-comma-name",
    description: "a post that opens its clause, a comma and a bare name closed by a comma (`Bí thư Tỉnh ủy Vĩnh Khê, Lò Văn Xiển, cho biết`)",
    examples: [
      { text: "Bí thư Tỉnh ủy Vĩnh Khê, Lò Văn Xiển, cho biết tỉnh sẽ hỗ trợ.", find: ["Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê"], only: true },
    ],
    counterExamples: [
      // Unclosed, or after `Theo`, the name opens its own clause.
      "Bí thư Tỉnh ủy Vĩnh Khê, Lò Văn Xiển cho biết tỉnh sẽ hỗ trợ.",
      "Theo Bí thư Tỉnh ủy Vĩnh Khê, Lò Văn Xiển, tỉnh sẽ hỗ trợ.",
    ],
  },
  {
    id: "holds/post-given",
    description: "a post named as such and given in the passive to the person after it (`chức vụ A đã được trao cho ông X`)",
    examples: [
      { text: "Như vậy, chức vụ Chủ tịch UBND tỉnh Vĩnh Khê đã được trao cho ông Lò Văn Xiển.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Vị trí Giám đốc Sở Tài chính được giao cho bà Đinh Thị Mơ.", find: ["Đinh Thị Mơ = Giám đốc Sở Tài chính"], only: true },
    ],
    counterExamples: [
      // Active: the post is the giver's; without `chức vụ`, a post that gives.
      "Chủ tịch UBND tỉnh Vĩnh Khê giao cho ông Lò Văn Xiển nhiệm vụ mới.",
      "Chức vụ Chủ tịch UBND tỉnh Vĩnh Khê đã được trao cho tỉnh khác và ông Lò Văn Xiển phản đối.",
    ],
  },
  {
    id: "holds/far-predicate-subject",
    description: "a far predicate coordinated by `và` right after an object (`Ông A … đã gặp ông B và được bầu làm C`): the subject who opens the sentence",
    examples: [
      { text: "Ông Lò Văn Xiển, Chủ tịch UBND tỉnh, đã gặp ông Khổng Viết Thuận và được bầu làm Bí thư Tỉnh ủy Vĩnh Khê.", find: [
        "Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", { text: "Lò Văn Xiển = Chủ tịch UBND tỉnh", rule: "holds/apposition" }], only: true },
      // A person inside a phrase about the subject, between commas; the agent of a passive; an
      // object before `trước khi`.
      { text: "Ông Lò Văn Xiển, người được ông Khổng Viết Thuận giới thiệu, đã được bầu làm Chủ tịch UBND tỉnh.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh"], only: true },
      { text: "Ông Lò Văn Xiển, con trai ông Khổng Viết Thuận, từng giữ chức Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
      { text: "Bà Đinh Thị Mơ được ông Khổng Viết Thuận ký quyết định bổ nhiệm giữ chức Giám đốc Sở Tài chính.", find: ["Đinh Thị Mơ = Giám đốc Sở Tài chính"], only: true },
      { text: "Ông Lò Văn Xiển từng là trợ lý của ông Khổng Viết Thuận trước khi được bổ nhiệm làm Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
    ],
    counterExamples: [
      // The nearest person has a verb of its own before the predicate; the sentence opens with no name.
      { text: "Ông Lò Văn Xiển cho biết ông Khổng Viết Thuận đã nghỉ hưu và được bầu làm Chủ tịch Hội Cựu chiến binh.", find: [{ text: "Khổng Viết Thuận = Chủ tịch Hội Cựu chiến binh", rule: "holds/far-predicate" }], only: true },
      { text: "Hôm qua, tỉnh đã mời ông Khổng Viết Thuận và được bầu làm Chủ tịch Hội Cựu chiến binh.", find: [{ text: "Khổng Viết Thuận = Chủ tịch Hội Cựu chiến binh", rule: "holds/far-predicate" }], only: true },
      // A list of people, each with a post: the second is no phrase about the first.
      { text: "Ông Lò Văn Xiển, ông Khổng Viết Thuận, Phó Giám đốc Sở, từng giữ chức Giám đốc Sở Tài chính.", find: [{ text: "Khổng Viết Thuận = Giám đốc Sở Tài chính", rule: "holds/apposition-predicate" }, { text: "Khổng Viết Thuận = Phó Giám đốc Sở", rule: "holds/apposition" }], only: true },
    ],
  },
  {
    id: "holds/predicate-list",
    description: "several subjects of one predicate: joined by `và`, or after a plural (`các ông A, B`); not over the comma after an opening phrase",
    examples: [
      { text: "Các ông Lò Văn Xiển, Khổng Viết Thuận được bổ nhiệm làm Thứ trưởng Bộ Tài chính.", find: [
        { text: "Khổng Viết Thuận = Thứ trưởng Bộ Tài chính", rule: "holds/predicate" }, "Lò Văn Xiển = Thứ trưởng Bộ Tài chính"], only: true },
      { text: "Ông Lò Văn Xiển và bà Đinh Thị Mơ là Phó Chủ tịch UBND tỉnh.", find: [
        "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh", { text: "Đinh Thị Mơ = Phó Chủ tịch UBND tỉnh", rule: "holds/predicate" }], only: true },
    ],
    counterExamples: [
      { text: "Theo ông Lò Văn Xiển, ông Khổng Viết Thuận từng giữ chức Giám đốc Sở Tài chính.", find: [{ text: "Khổng Viết Thuận = Giám đốc Sở Tài chính", rule: "holds/predicate" }], only: true },
    ],
  },
  {
    id: "holds/predicate",
    description: "becoming a post, promoted or appointed again to it (`trở thành`, `được đề bạt làm`, `được bổ nhiệm lại chức vụ`)",
    examples: [
      { text: "Đến năm 2020, ông Lò Văn Xiển trở thành Chủ tịch UBND tỉnh Vĩnh Khê.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Bà Đinh Thị Mơ được đề bạt làm Phó Giám đốc Sở Tài chính.", find: ["Đinh Thị Mơ = Phó Giám đốc Sở Tài chính"], only: true },
      { text: "Ông Lò Văn Xiển vừa được bổ nhiệm lại chức vụ Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
    ],
    counterExamples: ["Ông Lò Văn Xiển trở thành bạn của Giám đốc Sở Tài chính."],
  },
  {
    id: "holds/pronoun-inner",
    description: "a two-word pronoun inside a sentence (`ông ta`, `bà ấy`, `ông này`), then a predicate right before the post",
    examples: [
      { text: "Ông Lò Văn Xiển bị bắt. Sai phạm xảy ra trong thời gian ông ta giữ chức Giám đốc Sở Tài chính.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
      { text: "Bà Đinh Thị Mơ gặp ông Lò Văn Xiển tại trụ sở. Sai phạm xảy ra khi bà ấy còn là Giám đốc Sở Tài chính.", find: ["Đinh Thị Mơ = Giám đốc Sở Tài chính"], only: true },
    ],
    counterExamples: [
      "Ông Lò Văn Xiển bị bắt. Sai phạm xảy ra khi ông ta gặp Giám đốc Sở Tài chính.",
      "Bà Đinh Thị Mơ bị bắt. Sai phạm xảy ra khi ông ta còn là Giám đốc Sở Tài chính.",
    ],
  },
  {
    id: "holds/opening-clause-pronoun",
    description: "an opening clause about the post of a pronoun subject, after a date at most (`Năm 2015, khi đang là A, ông được bầu …`)",
    examples: [
      { text: "Ông Lò Văn Xiển sinh năm 1960. Năm 2015, khi đang là Giám đốc Sở Tài chính, ông được bầu làm Phó Chủ tịch UBND tỉnh.", find: [
        "Lò Văn Xiển = Giám đốc Sở Tài chính", { text: "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh", rule: "holds/pronoun" }], only: true },
    ],
    counterExamples: [
      "Ông Lò Văn Xiển sinh năm 1960. Năm 2015, khi gặp Giám đốc Sở Tài chính, ông đề nghị hỗ trợ.",
      "Bà Đinh Thị Mơ sinh năm 1960. Khi còn là Giám đốc Sở Tài chính, ông đã ký.",
    ],
  },
  {
    id: "holds/subjectless",
    description: "a career sentence that leaves its subject out and opens with its predicate (`Từng giữ chức A, B.`, `Được bầu làm A.`): the last person named",
    examples: [
      { text: "Ông Lò Văn Xiển sinh năm 1960. Từng giữ chức Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh Vĩnh Khê.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Bà Đinh Thị Mơ sinh năm 1970. Được bầu làm Chủ tịch HĐND tỉnh Vĩnh Khê năm 2021.", find: ["Đinh Thị Mơ = Chủ tịch HĐND tỉnh Vĩnh Khê"], only: true },
    ],
    counterExamples: [
      // An opening clause about a subject named after it, or a pronoun after it; no predicate.
      "Ông Lò Văn Xiển dự họp. Được bầu làm Chủ tịch UBND tỉnh, ông Khổng Viết Thuận cảm ơn cử tri.",
      "Ông Lò Văn Xiển dự họp. Được Giám đốc Sở Tài chính mời, đoàn đã đến thăm.",
    ],
  },
  {
    id: "holds/career-step-before",
    description: "the first step of a career after a colon, before `, rồi làm` and a later step given to the sentence's subject",
    examples: [
      { text: "Ông Lò Văn Xiển bước vào chính trường với khởi điểm khá cao: Thư ký Ban Tổ chức Tỉnh ủy, rồi làm Bí thư Huyện ủy Đông Lạc.", find: [
        { text: "Lò Văn Xiển = Bí thư Huyện ủy Đông Lạc", rule: "holds/far-predicate" }, "Lò Văn Xiển = Thư ký Ban Tổ chức Tỉnh ủy"], only: true },
    ],
    counterExamples: [
      // No colon: the first post is met, not held.
      { text: "Ông Lò Văn Xiển gặp Thư ký Ban Tổ chức Tỉnh ủy, rồi làm Bí thư Huyện ủy Đông Lạc.", find: [{ text: "Lò Văn Xiển = Bí thư Huyện ủy Đông Lạc", rule: "holds/far-predicate" }], only: true },
    ],
  },
  {
    id: "holds/list-heading",
    description: "a heading's colon before an honorific (`các Ủy viên Trung ương Đảng: ông A, Bí thư …; ông B, …`), after `gồm`, and a heading that ends its line, one person a line after a bullet or a number",
    examples: [
      { text: "Dự có các Ủy viên Trung ương Đảng: ông Lò Văn Xiển, Bí thư Tỉnh ủy Vĩnh Khê; ông Khổng Viết Thuận, Bộ trưởng Bộ Tài chính.", find: [
        { text: "Khổng Viết Thuận = Bộ trưởng Bộ Tài chính", rule: "holds/apposition" }, "Khổng Viết Thuận = Ủy viên Trung ương Đảng",
        { text: "Lò Văn Xiển = Bí thư Tỉnh ủy Vĩnh Khê", rule: "holds/apposition" }, "Lò Văn Xiển = Ủy viên Trung ương Đảng"], only: true },
      { text: "Ba Phó Chủ tịch UBND tỉnh gồm: ông Lò Văn Xiển, ông Khổng Viết Thuận, bà Đinh Thị Mơ.", find: [
        "Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh", "Đinh Thị Mơ = Phó Chủ tịch UBND tỉnh"], only: true },
      { text: "Các Phó Chủ tịch UBND tỉnh:\n- Ông Lò Văn Xiển\n- Ông Khổng Viết Thuận", find: ["Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh"], only: true },
      { text: "Danh sách Phó Chủ tịch UBND tỉnh gồm:\n1. Lò Văn Xiển\n2. Khổng Viết Thuận", find: ["Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh"], only: true },
    ],
    counterExamples: [
      // A line that is no entry ends the list; a post that says something after its colon.
      { text: "Các Phó Chủ tịch UBND tỉnh:\n- Ông Lò Văn Xiển\nTỉnh cũng mời ông Khổng Viết Thuận dự.", find: ["Lò Văn Xiển = Phó Chủ tịch UBND tỉnh"], only: true },
      "Chủ tịch UBND tỉnh cho biết:\n- Ông Lò Văn Xiển đã nghỉ hưu.",
    ],
  },
  {
    id: "holds/list",
    description: "people of a list with a note in brackets after each (`hai Phó Chủ tịch là A (phụ trách kinh tế) và B`)",
    examples: [
      { text: "Hai Phó Chủ tịch UBND tỉnh là Lò Văn Xiển (phụ trách kinh tế) và Khổng Viết Thuận (phụ trách văn xã).", find: ["Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh"], only: true },
    ],
    counterExamples: [],
  },
  {
    id: "holds/apposition-list",
    description: "a post in apposition after people joined by `và`, with a count or `các` before it (`A và B, hai Phó Chủ tịch UBND tỉnh, …`)",
    examples: [
      { text: "Ông Lò Văn Xiển và ông Khổng Viết Thuận, hai Phó Chủ tịch UBND tỉnh, cùng dự.", find: ["Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh"], only: true },
    ],
    counterExamples: [
      // Not a count before the post; people not joined by `và`.
      "Ông Lò Văn Xiển và ông Khổng Viết Thuận, cựu cán bộ của Phó Chủ tịch UBND tỉnh, cùng dự.",
      "Theo ông Lò Văn Xiển, ông Khổng Viết Thuận, hai Phó Chủ tịch UBND tỉnh cùng dự.",
    ],
  },
  {
    id: "holds/predicate",
    description: "a post all the subjects hold (`đều là`, `cùng là`, `đều từng giữ chức`)",
    examples: [
      { text: "Các ông Lò Văn Xiển, Khổng Viết Thuận đều là Phó Chủ tịch UBND tỉnh.", find: ["Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", { text: "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh", rule: "holds/predicate-list" }], only: true },
      { text: "Ông Lò Văn Xiển và ông Khổng Viết Thuận (cùng là Phó Chủ tịch UBND tỉnh) đã ký.", find: ["Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", { text: "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh", rule: "holds/predicate-list" }], only: true },
    ],
    counterExamples: ["Ông Lò Văn Xiển cùng Phó Chủ tịch UBND tỉnh dự lễ."],
  },
  {
    id: "holds/role-before",
    description: "an academic degree or a professional title between a post and its holder, which is neither (`Giám đốc Bệnh viện TS Lò Văn Xiển`, `Giám đốc Sở, Thạc sĩ X`)",
    examples: [
      { text: "Giám đốc Bệnh viện Đa khoa tỉnh Vĩnh Khê, bác sĩ Lò Văn Xiển cho biết.", find: ["Lò Văn Xiển = Giám đốc Bệnh viện Đa khoa tỉnh Vĩnh Khê"], only: true },
      { text: "Viện trưởng Viện Kinh tế, PGS.TS Đinh Thị Mơ phát biểu.", find: ["Đinh Thị Mơ = Viện trưởng Viện Kinh tế"], only: true },
    ],
    counterExamples: [
      // A word that is no degree: the person is met, not the post's.
      "Giám đốc Bệnh viện Đa khoa tỉnh Vĩnh Khê, cùng Lò Văn Xiển cho biết.",
    ],
  },
  {
    id: "holds/list",
    description: "a post, a time word or a term in brackets, `là` and its holder (`Chủ tịch UBND tỉnh lúc bấy giờ là ông X`, `… (nhiệm kỳ 2021-2026) là ông X`, `đương nhiệm là`)",
    examples: [
      { text: "Chủ tịch UBND tỉnh Vĩnh Khê lúc bấy giờ là ông Lò Văn Xiển.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Chủ tịch UBND tỉnh Vĩnh Khê (nhiệm kỳ 2021-2026) là ông Lò Văn Xiển.", find: ["Lò Văn Xiển = Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
      { text: "Giám đốc Sở Tài chính đương nhiệm là bà Đinh Thị Mơ.", find: ["Đinh Thị Mơ = Giám đốc Sở Tài chính"], only: true },
    ],
    counterExamples: ["Giám đốc Sở Tài chính lúc bấy giờ cho rằng ông Lò Văn Xiển sai."],
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
      // Lines with a comma or `là` after the period: after a bullet, or beside lines of the usual form.
      { text: "Họ và tên: Khổng Viết Thuận\n- 3/1998 - 8/2004: Phó Giám đốc Sở Tài chính tỉnh Đông Lạc.\n- Tháng 9/2004 đến tháng 5/2010, Giám đốc Sở Tài chính tỉnh Đông Lạc.\nTừ năm 2010 đến năm 2015 là Chủ tịch UBND tỉnh Đông Lạc.", find: ["Khổng Viết Thuận = Chủ tịch UBND tỉnh Đông Lạc", "Khổng Viết Thuận = Giám đốc Sở Tài chính tỉnh Đông Lạc", "Khổng Viết Thuận = Phó Giám đốc Sở Tài chính tỉnh Đông Lạc"], only: true },
    ],
    counterExamples: [
      { text: "Họ và tên: Khổng Viết Thuận\n2/2006 - 9/2011: Trợ lý của Bộ trưởng Lò Văn Xiển.", find: [{ text: "Lò Văn Xiển = Bộ trưởng", rule: "holds/role-before" }], only: true },
      // A point in time opening a news paragraph, not a period of a career line.
      "Ông Khổng Viết Thuận dự họp.\nNgày 5/6, Giám đốc Sở Tài chính đã ký văn bản.",
      "Ông Khổng Viết Thuận dự họp.\nTừ năm 2015 đến năm 2020, Giám đốc Sở Tài chính đã ký 20 văn bản.",
    ],
  },
  {
    id: "holds/predicate",
    description: "a chain runs over the period that dates a post (`Giám đốc Sở từ năm 2008, Phó Chủ tịch …`)",
    examples: [
      { text: "Ông Lò Văn Xiển giữ chức Giám đốc Sở Tài chính từ năm 2008, Phó Chủ tịch UBND tỉnh Vĩnh Khê từ năm 2012.", find: ["Lò Văn Xiển = Giám đốc Sở Tài chính", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh Vĩnh Khê"], only: true },
    ],
    counterExamples: [
      { text: "Ông Lò Văn Xiển từng là Giám đốc Sở Tài chính từ năm 2008, nay Phó Chủ tịch UBND tỉnh Khổng Viết Thuận phụ trách.", find: [{ text: "Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", rule: "holds/role-before" }, "Lò Văn Xiển = Giám đốc Sở Tài chính"], only: true },
    ],
  },
  {
    id: "holds/career-clause",
    description: "a later clause of a career sentence opened by `và` (`… năm 2015 và được bầu làm …`)",
    examples: [
      { text: "Ông Lò Văn Xiển được bổ nhiệm giữ chức Giám đốc Sở Tài chính năm 2015 và được bầu làm Phó Chủ tịch UBND tỉnh năm 2020.", find: [{ text: "Lò Văn Xiển = Giám đốc Sở Tài chính", rule: "holds/predicate" }, "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh"], only: true },
    ],
    counterExamples: [
      { text: "Ông Lò Văn Xiển được bổ nhiệm giữ chức Giám đốc Sở Tài chính năm 2015 và Phó Chủ tịch UBND tỉnh Khổng Viết Thuận được khen.", find: [{ text: "Khổng Viết Thuận = Phó Chủ tịch UBND tỉnh", rule: "holds/role-before" }, { text: "Lò Văn Xiển = Giám đốc Sở Tài chính", rule: "holds/predicate" }], only: true },
    ],
  },
  // Places between posts are found by the gazetteer: the whole pipeline.
  {
    id: "holds/pronoun",
    description: "a list opened by a colon runs over more places of a post (`Bí thư Tỉnh ủy Sơn La, Lai Châu, …`) and, after `;`, over a rank with its force (`Thiếu tướng Quân đội nhân dân Vadoria, Tư lệnh …`)",
    examples: [
      { text: "Ông Lò Văn Xiển sinh năm 1920. Ông đã trải qua nhiều cương vị, tiêu biểu là: Bí thư Tỉnh ủy Sơn La, Lai Châu, Phó Chủ tịch UBND tỉnh Vĩnh Khê; Thiếu tướng Quân đội nhân dân Việt Nam, Tư lệnh Quân khu 9; Thứ trưởng Bộ Công an.", find: [
        "Lò Văn Xiển = Bí thư Tỉnh ủy Sơn La", "Lò Văn Xiển = Phó Chủ tịch UBND tỉnh Vĩnh Khê", "Lò Văn Xiển = Thứ trưởng Bộ Công an", "Lò Văn Xiển = Tư lệnh Quân khu 9"], only: true },
    ],
    counterExamples: [
      // Without the list's colon, neither runs on.
      { text: "Ông Lò Văn Xiển là Bí thư Tỉnh ủy Sơn La, Lai Châu, Phó Chủ tịch UBND tỉnh Vĩnh Khê phát biểu.", find: [{ text: "Lò Văn Xiển = Bí thư Tỉnh ủy Sơn La", rule: "holds/predicate" }], only: true },
    ],
  },
];

export const HOLDS_CAREER_TABLE: RuleTable = { name: "HOLDS in careers", source: "src/link/holds.ts", output: "HOLDS", setup: "default", rows: HOLDS_CAREER_RULES };
