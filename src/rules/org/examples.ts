/**
 * The ORG rules as tables (the shape of `../table.ts`):
 * - ORG_TABLE: body names of open form (the grammar of src/match/bodies.ts), each row a form of
 *   name (`org/head-<form>`); examples list every ORG found (`only`), counter-examples show
 *   where a name must stop (what is found instead) or that none is found. Run over a gazetteer
 *   of two invented entries (`Vadoria`, `Bộ Thủy lợi và vận tải sông`).
 * - GENERIC_BODY_WORD_TABLE: when a standalone body word (`Đảng`, `Nhà nước`, `Trung ương`) is
 *   used generically, the rows of GENERIC_BODY_WORD (./index.ts) with their words as data.
 * Run by tests/rules/examples.test.ts.
 * @module
 */
import { withNotes, type RuleRow, type RuleTable } from "../table.js";
import { GENERIC_BODY_WORD } from "./index.js";

export const ORG_RULES: readonly RuleRow[] = [
  {
    id: "org/head-name",
    description: "a field of work from data/lexicon/body-fields.txt completes a head (vụ, trường, làm inside)",
    examples: [
      { text: "Sở Nội vụ tỉnh Đông Lạc trình đề án.", find: ["Sở Nội vụ tỉnh Đông Lạc"], only: true },
      { text: "Sở Tài nguyên và Môi trường cấp phép.", find: ["Sở Tài nguyên và Môi trường"], only: true },
      { text: "Cục Việc làm báo cáo.", find: ["Cục Việc làm"], only: true },
      { text: "Vụ Ngân sách nhà nước đề xuất.", find: ["Vụ Ngân sách nhà nước"], only: true },
    ],
    counterExamples: [
      { text: "Sở Khải Minh làm việc.", find: ["Sở Khải Minh"], only: true },
    ],
  },
  {
    id: "org/head-firm",
    description: "a company: legal form, lower-case trade, proper name, number or place",
    examples: [
      { text: "Công ty TNHH một thành viên Chè xanh Vadoria Hưng Khang ký hợp đồng.", find: ["Công ty TNHH một thành viên Chè xanh Vadoria Hưng Khang"], only: true },
      { text: "Công ty mía đường Phú Lâm khởi kiện.", find: ["Công ty mía đường Phú Lâm"], only: true },
      { text: "Tổng Công ty xây dựng công trình giao thông 9 làm chủ đầu tư.", find: ["Tổng Công ty xây dựng công trình giao thông 9"], only: true },
      { text: "Ngân hàng Xuất nhập khẩu Vadoria cho vay.", find: ["Ngân hàng Xuất nhập khẩu Vadoria"], only: true },
      { text: "Tập đoàn Công nghiệp Cao su Khải Minh ủng hộ.", find: ["Tập đoàn Công nghiệp Cao su Khải Minh"], only: true },
      { text: "Ông làm việc tại Công ty CP Đông Lạc.", find: ["Công ty CP Đông Lạc"] },
    ],
    counterExamples: [
      "Công ty cho biết sẽ trả nợ.",
      { text: "Tập đoàn Hưng Khang ký thỏa thuận.", find: ["Tập đoàn Hưng Khang"], only: true },
      { text: "Công ty Phú Lâm 50 tỷ đồng.", find: ["Công ty Phú Lâm"], only: true },
      { text: "Công ty Hưng Khang cử sang Vadoria ba người.", find: ["Công ty Hưng Khang"], only: true },
    ],
  },
  {
    id: "org/head-fund",
    description: "a fund: a capitalised first word, then words of any case up to a boundary",
    examples: [
      { text: "Quỹ Vì người nghèo của tỉnh tiếp nhận.", find: ["Quỹ Vì người nghèo"], only: true },
      { text: "Quỹ Bình ổn xăng dầu (BOG) được trích.", find: ["Quỹ Bình ổn xăng dầu", { text: "BOG", rule: "org/short-name" }], only: true },
      { text: "Quỹ Tấm lòng vàng Đông Lạc hỗ trợ 10 hộ.", find: ["Quỹ Tấm lòng vàng Đông Lạc"], only: true },
      { text: "Quỹ Bảo trợ thiếu niên tỉnh Đông Lạc mở rộng.", find: ["Quỹ Bảo trợ thiếu niên tỉnh Đông Lạc"], only: true },
      { text: "Quỹ Bảo hiểm xã hội chi trả.", find: ["Quỹ Bảo hiểm xã hội"] },
    ],
    counterExamples: [
      { text: "Quỹ Sen Vàng bắt đầu thu phí.", find: ["Quỹ Sen Vàng"], only: true },
      { text: "Quỹ Ánh sáng học đường cho biết sẽ chi thêm.", find: ["Quỹ Ánh sáng học đường"], only: true },
      "Quỹ cho vay hết.",
    ],
  },
  {
    id: "org/head-fund",
    description: "a fund: a lower-case start only with a kind of fund from data/lexicon/funds.tsv",
    examples: [
      { text: "Quỹ hưu trí - tử tuất dự báo cân đối.", find: ["Quỹ hưu trí - tử tuất"], only: true },
      { text: "Quỹ ốm đau, thai sản năm nay kết dư.", find: ["Quỹ ốm đau, thai sản"], only: true },
      { text: "Quỹ tai nạn lao động và bệnh nghề nghiệp tăng thu.", find: ["Quỹ tai nạn lao động và bệnh nghề nghiệp"], only: true },
      { text: "Quỹ phòng chống thiên tai tỉnh Đông Lạc tiếp nhận 3 tỷ đồng.", find: ["Quỹ phòng chống thiên tai tỉnh Đông Lạc"], only: true },
      { text: "Quỹ bảo hiểm xã hội tự nguyện còn nhỏ.", find: ["Quỹ bảo hiểm xã hội tự nguyện"], only: true },
    ],
    counterExamples: [
      { text: "Quỹ bảo hiểm y tế nhiều năm bội chi.", find: ["Quỹ bảo hiểm y tế"], only: true },
      "Quỹ đất sạch còn ít.",
      "Quỹ thời gian của đại biểu có hạn.",
    ],
  },
  {
    id: "org/head-fund",
    description: "a fund: a lower-case `quỹ` before a capitalised name (not a body, abbreviation or function word)",
    examples: [
      { text: "Chênh lệch thu chi quỹ Bảo hiểm tự nguyện là lớn.", find: ["quỹ Bảo hiểm tự nguyện"], only: true },
      { text: "Về quỹ Bảo hiểm xã hội tự nguyện, đoàn cho biết thêm.", find: ["quỹ Bảo hiểm xã hội tự nguyện"], only: true },
      { text: "Họ góp vào quỹ Tấm lòng vàng Đông Lạc.", find: ["quỹ Tấm lòng vàng Đông Lạc"], only: true },
    ],
    counterExamples: [
      { text: "Số tiền bị sung quỹ Nhà nước.", find: ["Nhà nước"], only: true },
      "Nguy cơ âm quỹ Theo số liệu báo cáo.",
      "Số dư quỹ năm nay tăng.",
    ],
  },
  {
    id: "org/head-number",
    description: "a numbered military unit: number, then an optional name",
    examples: [
      { text: "Sư đoàn 9 Sao Bạc hành quân.", find: ["Sư đoàn 9 Sao Bạc"], only: true },
      { text: "Đảng ủy Quân khu 8 họp.", find: [{ text: "Đảng ủy Quân khu 8", rule: "org/head-body" }], only: true },
      { text: "Sư đoàn 312 hành quân.", find: ["Sư đoàn 312"] },
    ],
    counterExamples: ["Sư đoàn đã hành quân."],
  },
  {
    id: "org/head-body",
    description: "an abbreviation in brackets inside a name, the name going on after it, is one span",
    examples: [
      { text: "Ủy ban Kiểm tra (UBKT) Trung ương ra thông báo.", find: ["Ủy ban Kiểm tra (UBKT) Trung ương"], only: true },
      { text: "Ban Thường vụ Tỉnh ủy Đông Lạc họp.", find: ["Ban Thường vụ Tỉnh ủy Đông Lạc"] },
      // `Bộ Tư lệnh` takes the force it commands as its body (data/lexicon/body-heads.tsv)
      { text: "Hôm qua Bộ Tư lệnh Cảnh sát biển tổ chức.", find: ["Bộ Tư lệnh Cảnh sát biển"], only: true },
    ],
    counterExamples: [
      { text: "Sở Khải Minh (SKM) cho biết.", find: [{ text: "Sở Khải Minh", rule: "org/head-name" }, { text: "SKM", rule: "org/short-name" }], only: true },
    ],
  },
  {
    id: "org/head-topic",
    description: "a steering committee takes `về` and its topic, up to a clause",
    examples: [
      { text: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực, sau khi xem xét.", find: ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"], only: true },
      { text: "Ban Chỉ đạo về Phòng chống thiên tai họp.", find: ["Ban Chỉ đạo về Phòng chống thiên tai"], only: true },
    ],
    counterExamples: [
      { text: "Ban Chỉ đạo Trung ương về dự họp.", find: ["Ban Chỉ đạo Trung ương"], only: true },
      { text: "Ban Khải Minh về dự.", find: ["Ban Khải Minh"], only: true },
      // A comma item that does not close is a clause (`…, mưa lũ và sạt lở đất xảy ra`).
      { text: "Ban Chỉ đạo Trung ương về Phòng chống thiên tai, mưa lũ và sạt lở đất xảy ra nhiều.", find: ["Ban Chỉ đạo Trung ương về Phòng chống thiên tai"], only: true },
    ],
  },
  {
    id: "org/head-body",
    description: "`Cơ quan` with the body it serves (Đảng ủy Cơ quan ...)",
    examples: [
      { text: "Ban Thường vụ Đảng ủy Cơ quan Sở Nội vụ họp.", find: ["Ban Thường vụ Đảng ủy Cơ quan Sở Nội vụ"], only: true },
    ],
    counterExamples: ["Cơ quan chức năng vào cuộc."],
  },
  {
    id: "org/head-country",
    description: "A body of a country's state with `nước` and the country (`Chính phủ nước …`).",
    examples: [
      { text: "Chính phủ nước Vadoria cho biết.", find: ["Chính phủ nước Vadoria"] },
    ],
    counterExamples: [],
  },
  {
    id: "org/head-alone",
    description: "a capitalised body word that stands for one body (`Quốc hội`, `Đảng`)",
    examples: [{ text: "Quốc hội thông qua luật. Đảng lãnh đạo.", find: ["Quốc hội", "Đảng"], only: true }],
    counterExamples: [],
  },
  {
    id: "org/head-place",
    description: "a body head and the place it governs (`UBND huyện Vĩnh Khê`), the place a LOC inside",
    examples: [{ text: "UBND huyện Vĩnh Khê ban hành kế hoạch.", find: ["UBND huyện Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC", rule: "loc/in-body" }], only: true }],
    counterExamples: [],
  },
];

export const ORG_TABLE: RuleTable = { name: "ORG", source: "src/rules/org, src/match/bodies.ts", output: "ORG", setup: "names+nonce-gazetteer", rows: ORG_RULES };

/** Examples: the first standalone body word is generic there; counter-examples: it is one body. */
export const GENERIC_BODY_WORD_TABLE: RuleTable = {
  name: "ORG generic body words", source: "src/rules/org/index.ts GENERIC_BODY_WORD", output: "predicate:generic-body-word", setup: "tokens",
  rows: withNotes(GENERIC_BODY_WORD, [
    { id: "generic-body-word/field", description: "a field of work, a channel or the party's meetings, not the body",
      examples: ["công tác xây dựng Đảng", "40 năm tuổi Đảng", "nâng cao chất lượng sinh hoạt Đảng"], counterExamples: ["của Đảng"] },
    { id: "generic-body-word/two-countries", description: "the bodies of two or more countries, plural",
      examples: ["quan hệ giữa Quốc hội hai nước", "Chính phủ các nước"], counterExamples: ["Quốc hội Việt Nam"] },
    { id: "generic-body-word/level-and-local", description: "a level paired with a local one (`lãnh đạo Trung ương và thành phố`)",
      examples: ["lãnh đạo Trung ương và thành phố Đông Lạc"], counterExamples: ["Trung ương và Bộ Chính trị"] },
    { id: "generic-body-word/modifier", description: "a modifier of a noun (state-owned, party-level), not the body acting",
      examples: ["tài sản Nhà nước", "quản lý Nhà nước", "các tổ chức Đảng", "cơ quan Trung ương"], counterExamples: ["cho Nhà nước"] },
    { id: "generic-body-word/plural", description: "plural, counted or a tier",
      examples: ["hai Đảng", "cấp Nhà nước"], counterExamples: ["lãnh đạo Đảng"] },
    { id: "generic-body-word/level-before", description: "a level of government",
      examples: ["trực thuộc Trung ương", "tuyến Trung ương", "từ Trung ương"], counterExamples: ["của Trung ương"] },
    { id: "generic-body-word/several-after", description: "several bodies or a tier (`Đảng bộ các cấp`, `Đảng bộ các tỉnh:`), a concept (`Nhà nước pháp quyền`)",
      examples: ["Đảng bộ các cấp", "Nhà nước pháp quyền", "UBND cấp huyện"], counterExamples: ["Đảng bộ tỉnh", "đại biểu Quốc hội các khóa"] },
    { id: "generic-body-word/level-after", description: "a level (`từ Trung ương đến địa phương`) or a plenum by number (`Nghị quyết Trung ương 4`)",
      examples: ["Trung ương đến cơ sở", "Nghị quyết Trung ương 4"], counterExamples: ["Trung ương phê chuẩn"] },
  ]),
};

/**
 * Bodies of news the rules were not tuned on (issue 9), with the whole default pipeline over
 * the bundled gazetteer. Invented places and people; brands are real (data/bodies.tsv).
 */
export const ORG_UNSEEN_RULES: readonly RuleRow[] = [
  {
    id: "org/head-country",
    description: "Foreign chambers (`Thượng viện`, `Hạ viện`) and missions take their country, a mission its seat after `tại`; a formal state name `Cộng hòa` + name is a country.",
    examples: [
      { text: "Thượng viện Pháp thông qua nghị quyết; Hạ viện Nhật Bản họp.", find: ["Thượng viện Pháp", "Hạ viện Nhật Bản"], only: true },
      { text: "Đại sứ quán Việt Nam tại Nhật Bản tổ chức lễ.", find: ["Đại sứ quán Việt Nam tại Nhật Bản"], only: true },
      { text: "Thượng viện Cộng hòa Đông Lạc họp phiên đầu.", find: ["Thượng viện Cộng hòa Đông Lạc"], only: true },
    ],
    counterExamples: [
      { text: "Đại sứ quán tại buổi lễ đã trao quà.", find: [{ text: "Đại sứ quán", rule: "org/head-alone" }], only: true },
      "Cơ quan đại diện cho biết sẽ hỗ trợ.",
    ],
  },
  {
    id: "org/head-alone",
    description: "A board alone (`Hội đồng quản trị`); a capitalised head alone inside a sentence for the article's body (`Lãnh đạo Bộ`), not at a sentence's start, before a determiner, in a word (`Bộ luật`) or in `Bộ, ngành`.",
    examples: [
      { text: "Hội đồng quản trị đã họp bất thường.", find: ["Hội đồng quản trị"], only: true },
      { text: "Lãnh đạo Bộ cho biết sẽ trả lời.", find: ["Bộ"], only: true },
    ],
    counterExamples: ["Bộ luật Hình sự quy định. Ngân hàng này cho vay. Các Bộ, ngành phối hợp. Tổng công ty sẽ trả nợ."],
  },
  {
    id: "org/head-body",
    description: "A directorate of a body (`Ban Giám đốc Công an tỉnh …`).",
    examples: [{ text: "Ban Giám đốc Công an tỉnh Đông Lạc chỉ đạo.", find: ["Ban Giám đốc Công an tỉnh Đông Lạc"], only: true }],
    counterExamples: [{ text: "Ông là Giám đốc Công an tỉnh Đông Lạc.", not: ["Giám đốc Công an tỉnh Đông Lạc"] }],
  },
  {
    id: "org/head-place",
    description: "A national front's local committee: country, then unit and place.",
    examples: [{ text: "Ủy ban MTTQ Việt Nam tỉnh Đông Lạc tổ chức lễ.", find: ["Ủy ban MTTQ Việt Nam tỉnh Đông Lạc"], only: true }],
    counterExamples: [{ text: "Ủy ban MTTQ Việt Nam cùng tỉnh Đông Lạc tổ chức.", find: ["Ủy ban MTTQ Việt Nam"], only: true }],
  },
  {
    id: "org/head-topic",
    description: "A steering committee's topic list runs to the verb that ends it.",
    examples: [{ text: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ 20.", find: ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"], only: true }],
    counterExamples: [{ text: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, sau khi xem xét, kết luận.", find: ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"], only: true }],
  },
  {
    id: "org/head-name",
    description: "Names across an inner list closed by `và`, lower-case words leading to a country or `quốc gia`, a congress by number in a sub-committee's name.",
    examples: [
      { text: "Cục Kiểm nghiệm, giám sát chất lượng và Kiểm dịch quốc gia đã họp.", find: ["Cục Kiểm nghiệm, giám sát chất lượng và Kiểm dịch quốc gia"], only: true },
      { text: "Hiệp hội Doanh nghiệp phần mềm Việt Nam họp.", find: ["Hiệp hội Doanh nghiệp phần mềm Việt Nam"], only: true },
      { text: "Tiểu ban Văn kiện Đại hội XV của Đảng họp.", find: ["Tiểu ban Văn kiện Đại hội XV của Đảng"], only: true },
      // A unit of the legislature or government names its parent right after its name.
      { text: "Ban Dân nguyện Quốc hội tiếp nhận đơn.", find: ["Ban Dân nguyện Quốc hội"], only: true },
    ],
    counterExamples: [
      { text: "Vụ Ngân sách Nhà nước báo cáo.", find: ["Vụ Ngân sách Nhà nước"], only: true },
      { text: "Hôm qua Cục Kiểm nghiệm, sau khi xem xét và Kiểm tra, kết luận.", find: ["Cục Kiểm nghiệm"], only: true },
      { text: "Tiểu ban Văn kiện Đại hội đã họp.", find: ["Tiểu ban Văn kiện"], only: true },
      { text: "Hôm qua Bộ Tài chính, Bộ Công an và Bộ Quốc phòng họp.", find: [{ text: "Bộ Tài chính", rule: "gazetteer:org:bo-tai-chinh" }, { text: "Bộ Công an", rule: "gazetteer:org:bo-cong-an" }, { text: "Bộ Quốc phòng", rule: "gazetteer:org:bo-quoc-phong" }], only: true },
    ],
  },
  {
    id: "org/head-name",
    description: "Lower-case words inside a name: those that lead to the body's place (`… tỉnh X`), and the lower-case object of an activity that opens the name (data/lexicon/body-activities.txt: `Kiểm soát bệnh tật`).",
    examples: [
      { text: "Trung tâm Kiểm soát bệnh tật tỉnh Đông Lạc cho biết.", find: ["Trung tâm Kiểm soát bệnh tật tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Ban Quản lý các khu công nghiệp tỉnh Vĩnh Khê đã họp.", find: ["Ban Quản lý các khu công nghiệp tỉnh Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true },
      { text: "Bệnh viện đa khoa tỉnh Vĩnh Khê tiếp nhận.", find: ["Bệnh viện đa khoa tỉnh Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true },
      { text: "Viện Nghiên cứu phát triển kinh tế - xã hội Đông Lạc công bố.", find: ["Viện Nghiên cứu phát triển kinh tế - xã hội Đông Lạc"] },
      { text: "Trung tâm Nghiên cứu và ứng dụng công nghệ sinh học ra mắt.", find: ["Trung tâm Nghiên cứu và ứng dụng công nghệ sinh học"], only: true },
      { text: "Ông làm việc tại Cục Quản lý dược.", find: ["Cục Quản lý dược"], only: true },
    ],
    counterExamples: [
      { text: "Sở Y tế làm việc với tỉnh Vĩnh Khê.", find: ["Sở Y tế", { text: "Vĩnh Khê", type: "LOC" }], only: true },
      { text: "Bộ Y tế hỗ trợ tỉnh Vĩnh Khê.", find: ["Bộ Y tế", { text: "Vĩnh Khê", type: "LOC" }], only: true },
      { text: "Cục Quản lý dược thu hồi thuốc.", find: ["Cục Quản lý dược"], only: true },
      { text: "Trung tâm Kiểm soát bệnh tật khuyến cáo người dân.", find: ["Trung tâm Kiểm soát bệnh tật"], only: true },
      { text: "Hôm qua Sở Kế hoạch và Đầu tư thẩm định hồ sơ.", find: ["Sở Kế hoạch và Đầu tư"], only: true },
    ],
  },
  {
    id: "org/head-name",
    description: "A party commission or office names the committee it serves right after its name (`Ban Tổ chức Tỉnh ủy X`); `trung ương` may be lower case there.",
    examples: [
      { text: "Hôm qua Ban Tổ chức Tỉnh ủy Đông Lạc công bố.", find: ["Ban Tổ chức Tỉnh ủy Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Hôm qua Ban Tuyên giáo Huyện ủy họp.", find: ["Ban Tuyên giáo Huyện ủy"], only: true },
      { text: "Hôm qua Ban Tổ chức trung ương công bố.", find: ["Ban Tổ chức trung ương"], only: true },
      { text: "Hôm qua Ban Tuyên giáo tỉnh ủy Vân Nam họp.", find: ["Ban Tuyên giáo tỉnh ủy Vân Nam", { text: "Vân Nam", type: "LOC" }], only: true },
    ],
    counterExamples: [
      { text: "Hôm qua Ban Tổ chức, Tỉnh ủy Đông Lạc công bố.", find: ["Ban Tổ chức", "Tỉnh ủy Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Hôm qua Ban Tổ chức trung ương và địa phương họp.", find: ["Ban Tổ chức"], only: true },
    ],
  },
  {
    id: "org/head-body",
    description: "A lower-case committee completes the capitalised body it belongs to (`Ban Thường vụ tỉnh ủy`).",
    examples: [{ text: "Hôm qua Ban thường vụ tỉnh ủy họp.", find: ["Ban thường vụ tỉnh ủy"], only: true }],
    counterExamples: [{ text: "Hôm qua Ban thường vụ họp với tỉnh ủy.", find: ["Ban thường vụ"], only: true }],
  },
  {
    id: "org/head-place",
    description: "A national body's local committee: the bare unit word completes it too (`Ủy ban MTTQ Việt Nam tỉnh`).",
    examples: [
      { text: "Hôm qua UBMTTQ Việt Nam tỉnh họp.", find: ["UBMTTQ Việt Nam tỉnh", { text: "Việt Nam", type: "LOC" }], only: true },
      { text: "Hôm qua Ủy ban Mặt trận Tổ quốc huyện họp.", find: ["Ủy ban Mặt trận Tổ quốc huyện"], only: true },
    ],
    counterExamples: [{ text: "Hôm qua Ủy ban Mặt trận Tổ quốc họp.", find: ["Ủy ban Mặt trận Tổ quốc"], only: true }],
  },
  {
    id: "org/head-country",
    description: "Bodies of China's party and state and other foreign bodies by their Vietnamese names (data/lexicon/body-heads.tsv), with their country.",
    examples: [
      { text: "Hôm qua Quốc vụ viện Trung Quốc công bố.", find: ["Quốc vụ viện Trung Quốc", { text: "Trung Quốc", type: "LOC" }], only: true },
      { text: "Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc khai mạc.", find: ["Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc", { text: "Trung Quốc", type: "LOC" }], only: true },
    ],
    counterExamples: [{ text: "Hội nghị hiệp thương lần thứ nhất diễn ra.", find: [] , only: true }],
  },
  {
    id: "org/head-alone",
    description: "Short forms of foreign bodies that stand alone (`Chính Hiệp`, `UBKTKLTW`), not a person's name.",
    examples: [{ text: "Ông từng được Chính Hiệp khen, rồi UBKTKLTW điều tra.", find: ["Chính Hiệp", "UBKTKLTW"], only: true }],
    counterExamples: [{ text: "Ông Khổng Chính Hiệp phát biểu.", not: ["Chính Hiệp"] }],
  },
  {
    id: "org/head-number",
    description: "A numbered group introduced by `số` (`Tổ tuần thị số 3`).",
    examples: [{ text: "Hôm qua Tổ tuần thị số 4 đã đến Vadoria.", find: ["Tổ tuần thị số 4"] }],
    counterExamples: [{ text: "Hôm qua Tổ tuần thị đã đến.", not: ["Tổ tuần thị"] }],
  },
  {
    id: "org/head-name",
    description: "A country closes a body's name: capitalised words right after it are a person's name.",
    examples: [{ text: "Theo Bộ Ngoại giao Nga John Smith, hai bên nhất trí.", find: ["Bộ Ngoại giao Nga"] }],
    counterExamples: [{ text: "Theo Bộ Ngoại giao Nga, hai bên nhất trí.", find: ["Bộ Ngoại giao Nga", { text: "Nga", type: "LOC" }], only: true }],
  },
  {
    id: "org/head-firm",
    description: "A cooperative (`Hợp tác xã`, `HTX`) is named like a company.",
    examples: [
      { text: "Hôm qua HTX Nông nghiệp Phú Lâm được thành lập.", find: ["HTX Nông nghiệp Phú Lâm"], only: true },
      { text: "Hợp tác xã Hưng Khang ký hợp đồng.", find: ["Hợp tác xã Hưng Khang"], only: true },
    ],
    counterExamples: ["Hợp tác xã đã chia lãi cho xã viên."],
  },
  {
    id: "org/head-name",
    description: "An outlet written with a lower-case media word before its capitalised name (`báo X`, `tạp chí X`); its name has no lower-case tail.",
    examples: [
      { text: "Theo báo Đông Lạc, dự án đã xong.", find: ["báo Đông Lạc"] },
      { text: "Bài đăng trên tạp chí Khuông Việt số ra tháng 5.", find: ["tạp chí Khuông Việt"], only: true },
    ],
    counterExamples: [
      { text: "Ông thông báo Công an tỉnh đã bắt.", find: ["Công an tỉnh"], only: true },
      { text: "Họ đọc báo Đảng mỗi sáng.", not: ["báo Đảng"] },
    ],
  },
  {
    id: "org/head-alone",
    description: "A higher court or procuracy with the city where it sits (`Tòa án nhân dân cấp cao tại Đà Nẵng`).",
    examples: [
      { text: "Hôm qua Tòa án nhân dân cấp cao tại Đà Nẵng xét xử.", find: ["Tòa án nhân dân cấp cao tại Đà Nẵng", { text: "Đà Nẵng", type: "LOC" }], only: true },
      { text: "Hôm qua Viện KSND cấp cao tại Hà Nội kháng nghị.", find: ["Viện KSND cấp cao tại Hà Nội", { text: "Hà Nội", type: "LOC" }], only: true },
    ],
    counterExamples: [{ text: "Hôm qua Tòa án nhân dân cấp cao tại phiên tòa tuyên án.", find: ["Tòa án nhân dân cấp cao"] }],
  },
  {
    id: "org/head-name",
    description: "Units of the army, border guard, coast guard and police, sub-units (`Phòng`, `Đội`, `Chi cục`) and universities by their heads.",
    examples: [
      { text: "Hôm qua Quân chủng Hải quân tổ chức.", find: ["Quân chủng Hải quân"], only: true },
      { text: "Hôm qua Đồn Biên phòng Vĩnh Khê bắt giữ.", find: ["Đồn Biên phòng Vĩnh Khê"], only: true },
      { text: "Hôm qua Phòng Tài chính huyện Vĩnh Khê kiểm tra.", find: ["Phòng Tài chính huyện Vĩnh Khê"] },
      { text: "Ông học Đại học Kỹ thuật Rostock năm 1970.", find: ["Đại học Kỹ thuật Rostock"] },
      { text: "Ông học tại Trường Đại học Kỹ thuật Đông Lạc – Cộng hòa Vadoria.", find: ["Trường Đại học Kỹ thuật Đông Lạc"] },
    ],
    counterExamples: ["Phòng, chống tham nhũng là nhiệm vụ lâu dài.", "Đội bóng đã thắng."],
  },
  {
    id: "org/head-number",
    description: "Numbered military units (`Tiểu đoàn 3`, `Vùng Cảnh sát biển 2`).",
    examples: [
      { text: "Hôm qua Tiểu đoàn 3 hành quân.", find: ["Tiểu đoàn 3"], only: true },
      { text: "Hôm qua Vùng Cảnh sát biển 2 tuần tra.", find: ["Vùng Cảnh sát biển 2"], only: true },
    ],
    counterExamples: ["Hôm qua Tiểu đoàn đã hành quân."],
  },
  {
    id: "org/head-place",
    description: "The border guard of a province (`Bộ đội Biên phòng tỉnh X`).",
    examples: [{ text: "Hôm qua Bộ đội Biên phòng tỉnh Đông Lạc bắt giữ.", find: ["Bộ đội Biên phòng tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true }],
    counterExamples: [{ text: "Hôm qua bộ đội biên phòng tuần tra.", find: [], only: true }],
  },
  {
    id: "org/brand",
    description: "A Latin-script trading name: one to three capitalised words, then a corporate suffix (`Group`, `Land`, `Holdings`, `JSC`).",
    examples: [
      { text: "Theo Khải Minh Group, dự án đã xong.", find: ["Khải Minh Group"], only: true },
      { text: "Ông làm ở Vadoria Holdings năm 2010.", find: ["Vadoria Holdings"] },
    ],
    counterExamples: [
      { text: "Hôm qua ông Khổng Viết Thuận Group trưởng đến.", not: ["Viết Thuận Group", "Thuận Group"] },
      "Nhóm nghiên cứu đã công bố.",
    ],
  },
  {
    id: "org/head-name",
    description: "A unit names the ministry, department, police force or local government it belongs to right after its name: one body (`Vụ Pháp chế Bộ Tư pháp`).",
    examples: [
      { text: "Hôm qua Vụ Pháp chế Bộ Tài chính cho biết.", find: ["Vụ Pháp chế Bộ Tài chính"], only: true },
      { text: "Hôm qua Phòng Tài chính UBND huyện Vĩnh Khê kiểm tra.", find: ["Phòng Tài chính UBND huyện Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true },
      { text: "Hôm qua Phòng Cảnh sát kinh tế Công an tỉnh Đông Lạc bắt.", find: ["Phòng Cảnh sát kinh tế Công an tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
    ],
    counterExamples: [{ text: "Hôm qua Vụ Pháp chế, Bộ Tài chính và Bộ Công an họp.", find: ["Vụ Pháp chế", { text: "Bộ Tài chính", rule: "gazetteer:org:bo-tai-chinh" }, { text: "Bộ Công an", rule: "gazetteer:org:bo-cong-an" }], only: true }],
  },
  {
    id: "org/head-name",
    description: "A police unit names the crimes it investigates after `tội phạm về`, as a comma list with no closing `và`, up to the predicate or its parent body.",
    examples: [
      { text: "Hôm qua Đội Cảnh sát điều tra tội phạm về kinh tế, chức vụ đã bắt.", find: ["Đội Cảnh sát điều tra tội phạm về kinh tế, chức vụ"], only: true },
      { text: "Hôm qua Phòng Cảnh sát điều tra tội phạm về hàng giả, buôn lậu Công an tỉnh Đông Lạc bắt.", find: ["Phòng Cảnh sát điều tra tội phạm về hàng giả, buôn lậu Công an tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
    ],
    counterExamples: [
      "Công an đã bắt kẻ tội phạm về ma túy.",
      { text: "Hôm qua Cục Cảnh sát điều tra tội phạm về ma túy, sau khi điều tra, đã bắt.", find: ["Cục Cảnh sát điều tra tội phạm về ma túy"], only: true },
    ],
  },
  {
    id: "org/short-name",
    description: "A body's short name used alone elsewhere in the text: the acronym in brackets after it, and a company's proper name without its head and legal form.",
    examples: [
      { text: "Công ty Cổ phần Khải Minh (KMC) vừa trúng thầu. Sau đó, KMC và Khải Minh bị điều tra.", find: [{ text: "Công ty Cổ phần Khải Minh", rule: "org/head-firm" }, "KMC", "KMC", "Khải Minh"], only: true },
    ],
    counterExamples: [
      { text: "Công ty TNHH Tây Ninh trúng thầu. Ông về Tây Ninh.", find: ["Công ty TNHH Tây Ninh"], only: true },
      { text: "Hội chợ Vadoria - ASEAN (VAEXPO) khai mạc. VAEXPO thu hút khách.", not: ["VAEXPO"] },
      { text: "Công ty Khải Minh trúng thầu. Ông Khải Minh Long phát biểu.", not: ["Khải Minh"] },
    ],
  },
  {
    id: "org/head-alone",
    description: "An organ names the higher body it belongs to right after its own name (`Bộ Chính trị Ban Chấp hành Trung ương Đảng`, `Hội đồng Bảo an Liên hợp quốc`).",
    examples: [
      { text: "Hôm qua Bộ Chính trị Ban Chấp hành Trung ương Đảng ban hành quy định.", find: ["Bộ Chính trị Ban Chấp hành Trung ương Đảng"], only: true },
      { text: "Hôm qua Hội đồng Bảo an Liên hợp quốc họp.", find: ["Hội đồng Bảo an Liên hợp quốc"], only: true },
    ],
    counterExamples: [{ text: "Hôm qua Bộ Chính trị, Ban Chấp hành Trung ương họp.", not: ["Bộ Chính trị, Ban Chấp hành Trung ương"] }],
  },
  {
    id: "org/head-credit",
    description: "A news credit with its bureau or desk joined by a hyphen without spaces (`VOV-Tokyo`).",
    examples: [{ text: "Hà Nội (VOV-Trung tâm Tin) Hôm nay", find: ["VOV-Trung tâm Tin"], only: true }],
    counterExamples: [{ text: "Nguồn: VOV - Hà Nội", find: [{ text: "VOV", rule: "gazetteer:org:dai-tieng-noi-viet-nam" }], only: true }],
  },
  {
    id: "org/website",
    description: "A website named as a source (`binhdinh.gov.vn`, `VOV.VN`): words joined by full stops, ending in a top-level domain.",
    examples: [{ text: "Theo dongluc.gov.vn và VOV.VN, đoàn đã đến.", find: ["dongluc.gov.vn", "VOV.VN"], only: true }],
    counterExamples: [{ text: "Liên hệ: banbientap@dongluc.vn ngay.", not: ["dongluc.vn"] }],
  },
  {
    id: "org/head-name",
    description: "A list of fields joined by commas and `và`, in any case, closed by the legislature or government the unit belongs to (`của Quốc hội`, or `quốc hội` in lower case as news on foreign legislatures writes it); a lower-case tail before that parent. A list whose next item opens with its own head is several bodies.",
    examples: [
      { text: "Hôm qua Ủy ban Văn hóa, giáo dục, thanh niên và nhi đồng của Quốc hội đã họp.", find: ["Ủy ban Văn hóa, giáo dục, thanh niên và nhi đồng của Quốc hội"], only: true },
      { text: "Hôm qua Ủy ban Khoa học, văn hóa, giáo dục của quốc hội Vadoria đã họp.", find: ["Ủy ban Khoa học, văn hóa, giáo dục của quốc hội"] },
      { text: "Hôm qua Ủy ban Tài nguyên và Bảo vệ môi trường quốc hội đã họp.", find: ["Ủy ban Tài nguyên và Bảo vệ môi trường quốc hội"], only: true },
    ],
    counterExamples: [
      { text: "Hôm qua Sở Y tế, công an và quân đội cùng vào cuộc.", find: ["Sở Y tế"], only: true },
      { text: "Hôm qua Ủy ban Dân tộc, Ủy ban Tư pháp của Quốc hội đã họp.", not: ["Ủy ban Dân tộc, Ủy ban Tư pháp của Quốc hội"] },
      // A verb may stand before a capitalised parent written bare: the name ends before it.
      { text: "Hôm qua Viện Kỹ thuật tham mưu Chính phủ.", not: ["Viện Kỹ thuật tham mưu Chính phủ"] },
      { text: "Hôm qua Bộ Công an trình Quốc hội dự án luật.", not: ["Bộ Công an trình Quốc hội"] },
      { text: "Hôm qua Sở Nội vụ, ngành thuế giúp Chính phủ.", not: ["Sở Nội vụ, ngành thuế giúp Chính phủ"] },
    ],
  },
  {
    id: "org/head-name",
    description: "`số` and a small number close a unit's name, and its place may follow (`Trung tâm Y tế số 3 huyện X`); not an amount or a count after it.",
    examples: [
      { text: "Hôm qua Trung tâm Y tế số 3 huyện Vĩnh Khê tiếp nhận ca bệnh.", find: ["Trung tâm Y tế số 3 huyện Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true },
      { text: "Hôm qua Bệnh viện Đa khoa số 2 đón bệnh nhân.", find: ["Bệnh viện Đa khoa số 2"], only: true },
    ],
    counterExamples: [
      { text: "Hôm qua Trung tâm Y tế số 5 người đã về quê.", find: ["Trung tâm Y tế"], only: true },
    ],
  },
  {
    id: "org/head-name",
    description: "A school named after a person, right after its level (`Trường THPT Lê Lợi`), keeps that name, up to a new family name (its head's); the name holds no PERSON. An abbreviated level or head (`ĐH`, `BV`) is a word of its own.",
    examples: [
      { text: "Hôm qua Trường THPT Khổng Viết Thuận số 2 tỉnh Đông Lạc khai giảng.", find: ["Trường THPT Khổng Viết Thuận số 2 tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Hôm qua Trường ĐH Kinh tế Đông Lạc tuyển sinh.", find: ["Trường ĐH Kinh tế Đông Lạc"], only: true },
      { text: "Hôm qua BV Đa khoa tỉnh Vĩnh Khê tiếp nhận ca bệnh.", find: ["BV Đa khoa tỉnh Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true },
    ],
    counterExamples: [
      { text: "Hiệu trưởng Trường THCS Khổng Văn Lạc Nguyễn Thị Mai phát biểu.", not: ["Hiệu trưởng Trường THCS Khổng Văn Lạc Nguyễn Thị Mai"], find: [{ text: "Nguyễn Thị Mai", type: "PERSON" }] },
      { text: "Hôm qua Trường Đông Lạc Khổng Văn Lạc phát biểu.", not: ["Trường Đông Lạc Khổng Văn Lạc"] },
    ],
  },
  {
    id: "org/head-name",
    description: "A unit names the ministry, department or government it belongs to after a dash (`Vụ Tổ chức cán bộ - Bộ Nội vụ`), and a department the school, university or hospital it belongs to right after its name (`Bộ môn X Trường Đại học Y`); two bodies of one head, or a post after the dash, stay apart.",
    examples: [
      { text: "Hôm qua Vụ Tổ chức cán bộ - Bộ Nội vụ cho biết.", find: ["Vụ Tổ chức cán bộ - Bộ Nội vụ"], only: true },
      { text: "Hôm qua Viện Kỹ thuật quân sự - Bộ Quốc phòng tuyển sinh.", find: ["Viện Kỹ thuật quân sự - Bộ Quốc phòng"], only: true },
      { text: "Hôm qua Bộ môn Quản lý công nghiệp Trường Đại học Bách khoa Đông Lạc tuyển sinh.", find: ["Bộ môn Quản lý công nghiệp Trường Đại học Bách khoa Đông Lạc"], only: true },
    ],
    counterExamples: [
      { text: "Hôm qua Bộ Tài chính - Bộ Công Thương ký quy chế.", not: ["Bộ Tài chính - Bộ Công Thương"] },
      { text: "Ông làm Giám đốc Sở Y tế - Bộ trưởng Khổng Văn Lạc dự họp.", not: ["Sở Y tế - Bộ trưởng"] },
      { text: "Hôm qua Ban Quản lý Trường Sa đã họp.", not: ["Ban Quản lý Trường"] },
    ],
  },
  {
    id: "org/head-body",
    description: "An office or inspectorate named by its parent after a dash (`Văn phòng - Tổng cục Thuế`).",
    examples: [
      { text: "Hôm qua Văn phòng - Tổng cục Thuế thông báo.", find: ["Văn phòng - Tổng cục Thuế"], only: true },
    ],
    counterExamples: [
      { text: "Hôm qua Văn phòng - Trưởng ban Khổng Văn Lạc ký.", not: ["Văn phòng - Trưởng ban"] },
    ],
  },
  {
    id: "org/head-name",
    description: "A field of work in lower case completes a committee's head before the legislature or government it belongs to (`Ủy ban kinh tế Chính Hiệp`, `Ủy ban tư pháp của quốc hội`); China's legislature, advisory conference and cabinet are such parents like `Quốc hội`.",
    examples: [
      { text: "Hôm qua Ủy ban kinh tế Chính Hiệp đã họp.", find: ["Ủy ban kinh tế Chính Hiệp"], only: true },
      { text: "Hôm qua Ủy ban tư pháp của quốc hội Vadoria đã họp.", find: ["Ủy ban tư pháp của quốc hội"] },
    ],
    counterExamples: ["Hôm qua Ủy ban kinh tế đã họp."],
  },
  {
    id: "org/head-name",
    description: "A lower-case purpose name up to the body's place: `phòng, chống` (with or without its comma) and the list of what it fights; `các` and a plural noun inside the run (`các cơ quan`, `các công trình`).",
    examples: [
      { text: "Hôm qua Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Đông Lạc đã họp.", find: ["Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Hôm qua Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Đông Lạc đã họp.", find: ["Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Hôm qua Đảng ủy Khối các cơ quan tỉnh Vĩnh Khê đã họp.", find: ["Đảng ủy Khối các cơ quan tỉnh Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true },
      { text: "Hôm qua Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Đông Lạc đã họp.", find: ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
    ],
    counterExamples: [
      { text: "Hôm qua Sở Y tế làm việc với các cơ quan tỉnh Đông Lạc.", find: ["Sở Y tế"], only: true },
      { text: "Hôm qua Ban Chỉ đạo phòng, chống tham nhũng và công an tỉnh Đông Lạc đã họp.", not: ["Ban Chỉ đạo phòng, chống tham nhũng và công an tỉnh Đông Lạc"] },
    ],
  },
  {
    id: "org/head-name",
    description: "A name's acronym in brackets with the name going on to its place (`Trung tâm Kiểm soát bệnh tật (CDC) tỉnh X`): one span, and the acronym alone later is the body; a unit that serves a region names it after `khu vực` (`khu vực Nam Trung bộ và Tây Nguyên`).",
    examples: [
      { text: "Hôm qua Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Đông Lạc cho biết. CDC cũng khuyến cáo.", find: ["Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Đông Lạc", { text: "CDC", rule: "org/short-name" }, { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Hôm qua Trung tâm Y tế khu vực Nam Trung bộ và Tây Nguyên đã họp.", find: ["Trung tâm Y tế khu vực Nam Trung bộ và Tây Nguyên"], only: true },
    ],
    counterExamples: [
      { text: "Hôm qua Trung tâm Y tế khu vực này đã họp.", find: ["Trung tâm Y tế"], only: true },
      { text: "Hôm qua Trung tâm Kiểm soát bệnh tật (CDC) cho biết.", find: ["Trung tâm Kiểm soát bệnh tật", { text: "CDC", rule: "org/short-name" }], only: true },
    ],
  },
  {
    id: "org/head-name",
    description: "A group or unit described in lower case up to the legislature or government it belongs to, capitalised, and its country (`Nhóm nữ đại biểu Quốc hội Việt Nam`); not a meeting (`Hội nghị …`: the head makes a word with the next syllable) nor a predicate in the run.",
    examples: [
      { text: "Hôm qua Nhóm nữ đại biểu Quốc hội Việt Nam đã họp.", find: ["Nhóm nữ đại biểu Quốc hội Việt Nam", { text: "Việt Nam", type: "LOC" }], only: true },
    ],
    counterExamples: [
      { text: "Hội nghị đại biểu Quốc hội chuyên trách khai mạc.", not: ["Hội nghị đại biểu Quốc hội"] },
      { text: "Hôm qua Ban soạn thảo trình Quốc hội dự án luật.", not: ["Ban soạn thảo trình Quốc hội"] },
      { text: "Hôm qua Hội đồng thẩm định giúp Chính phủ đánh giá.", not: ["Hội đồng thẩm định giúp Chính phủ"] },
    ],
  },
  {
    id: "org/head-body",
    description: "An office that serves the delegation and the council, or the council and the people's committee, of one place names both before the place (`Văn phòng HĐND và UBND huyện X`); other pairs are two bodies.",
    examples: [
      { text: "Hôm qua Văn phòng HĐND và UBND huyện Vĩnh Khê thông báo.", find: ["Văn phòng HĐND và UBND huyện Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true },
      { text: "Hôm qua Văn phòng Đoàn ĐBQH và HĐND tỉnh Đông Lạc thông báo.", find: ["Văn phòng Đoàn ĐBQH và HĐND tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
    ],
    counterExamples: [
      { text: "Hôm qua Văn phòng Tỉnh ủy và UBND tỉnh Đông Lạc thông báo.", not: ["Văn phòng Tỉnh ủy và UBND tỉnh Đông Lạc"] },
      { text: "Hôm qua HĐND và UBND huyện Vĩnh Khê thông báo.", not: ["HĐND và UBND huyện Vĩnh Khê"] },
    ],
  },
  {
    id: "org/head-place",
    description: "A party cell names its village or quarter (`Chi bộ thôn X`).",
    examples: [{ text: "Hôm qua Chi bộ thôn Vĩnh Khê họp.", find: ["Chi bộ thôn Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true }],
    counterExamples: [{ text: "Hôm qua Chi bộ đã họp.", find: [{ text: "Chi bộ", rule: "org/head-alone" }], only: true }],
  },
  {
    id: "org/head-name",
    description: "A state unit's name is Vietnamese, a foreign one's in translation: a capitalised word after it that is no Vietnamese syllable is a person's (`Cục Lễ tân Petrov`), not so after a university's or a company's name.",
    examples: [{ text: "Hôm qua Vụ Lễ tân Petrov cho biết.", find: ["Vụ Lễ tân"] }],
    counterExamples: [
      { text: "Hôm qua Đại học Công nghệ Nanyang cho biết.", find: ["Đại học Công nghệ Nanyang"], only: true },
      // Nor does a lower-case syllable complete a foreign word as it completes `Tài chính`.
      { text: "Hôm qua Đại học Công nghệ Nanyang tuyển sinh.", find: ["Đại học Công nghệ Nanyang"], only: true },
    ],
  },
  {
    id: "org/head-number",
    description: "A hospital by its number (`Bệnh viện 175`, `Bệnh viện 19-8`), not by a count of beds or floors.",
    examples: [
      { text: "Hôm qua Bệnh viện 175 tiếp nhận ca bệnh.", find: ["Bệnh viện 175"], only: true },
      { text: "Hôm qua Bệnh viện 19-8 tiếp nhận ca bệnh.", find: ["Bệnh viện 19-8"], only: true },
      // A count noun of two syllables is read whole: `bộ` alone is no count (`Bộ Công an`).
      { text: "Hôm qua Bệnh viện 199 Bộ Công an tiếp nhận ca bệnh.", find: ["Bệnh viện 199"] },
    ],
    counterExamples: ["Bệnh viện 500 giường sẽ khánh thành.", "Bệnh viện 200 cán bộ sẽ khánh thành."],
  },
  {
    id: "org/head-number",
    description: "A military unit by `Đoàn` and its number (`Đoàn 559`); not a count (`Đoàn 30 người`), and `Đoàn` before capitalised words is a family name.",
    examples: [{ text: "Hôm qua Đoàn 559 mở đường.", find: ["Đoàn 559"], only: true }],
    counterExamples: [
      "Đoàn 30 người đã đến.",
      { text: "Đại diện Sở Nội vụ Đoàn Văn Lạc cho biết.", find: ["Sở Nội vụ"], only: true },
    ],
  },
  {
    id: "gazetteer/brands-and-events",
    description: "Known brands of state groups, banks and outlets are ORG (data/bodies.tsv); a party congress is an event, the Party inside it the ORG.",
    examples: [
      { text: "Theo Reuters, Agribank và Vietcombank sẽ tăng vốn.", find: [{ text: "Reuters", rule: "gazetteer:org:reuters" }, { text: "Agribank", rule: "gazetteer:org:agribank" }, { text: "Vietcombank", rule: "gazetteer:org:vietcombank" }], only: true },
      { text: "Đại hội Đảng toàn quốc lần thứ XV khai mạc.", find: [{ text: "Đảng", rule: "gazetteer:org:dang-cong-san-viet-nam" }], only: true },
      // The pronoun of `Đảng ta` (our Party) stays outside, as in `Nhà nước ta`.
      { text: "Đây là chủ trương của Đảng ta.", find: [{ text: "Đảng", rule: "gazetteer:org:dang-cong-san-viet-nam" }], only: true },
    ],
    counterExamples: [
      "Cần nâng cao dân trí cho người dân.",
      { text: "Đại hội đại biểu toàn quốc lần thứ XV bầu Ban Chấp hành.", not: ["Đại hội đại biểu toàn quốc"] },
    ],
  },
];

/** Run with the whole default pipeline over the bundled gazetteer. */
export const ORG_UNSEEN_TABLE: RuleTable = { name: "ORG bodies of unseen news", source: "src/rules/org, src/match/bodies.ts, data/bodies.tsv", output: "ORG", setup: "default", rows: ORG_UNSEEN_RULES };
