/**
 * Examples and counter-examples of the PERSON rules, with invented (nonce) names so they
 * prove the name model rather than a list. Run by tests/person.test.ts.
 * @module
 */
/** `rules`: the rule id of each span, when not every span comes from the row's own rule. */
export interface SpanExample { text: string; spans: string[]; names?: string[]; rules?: string[] }
export interface RuleExamples { rule: string; examples: SpanExample[]; counterExamples: { text: string; notSpans: string[] }[] }

export const PERSON_EXAMPLES: readonly RuleExamples[] = [
  {
    rule: "person/name",
    examples: [
      { text: "Hôm qua, Khổng Viết Thuận phát biểu tại hội nghị.", spans: ["Khổng Viết Thuận"] },
      { text: "Sau đó Nguyễn Thị Hồng Lụa cho biết sẽ kiểm tra.", spans: ["Nguyễn Thị Hồng Lụa"] },
      // A place-unit word as the last given name, when no place follows it.
      { text: "Ông Khổng Văn Tỉnh, Giám đốc Sở, cho biết.", spans: ["Khổng Văn Tỉnh"], rules: ["person/cue-honorific"] },
      { text: "Hôm qua Lê Thị Huyện phát biểu tại hội nghị.", spans: ["Lê Thị Huyện"] },
    ],
    counterExamples: [
      { text: "Dự án nâng cấp đường Nguyễn Viết Khải sắp khởi công.", notSpans: ["Nguyễn Viết Khải"] },
      { text: "Học tập tư tưởng Hồ Chí Minh là nhiệm vụ thường xuyên.", notSpans: ["Hồ Chí Minh"] },
      { text: "Đoàn đã đến TP Hồ Chí Minh hôm qua.", notSpans: ["Hồ Chí Minh"] },
      // A unit or body word followed by its place or body tail ends the name.
      { text: "Ông Khổng Văn Lạc Tỉnh ủy Đông Lạc dự họp.", notSpans: ["Khổng Văn Lạc Tỉnh"] },
      { text: "Sau đó Khổng Văn Lạc Xã Tân Lập dự họp.", notSpans: ["Khổng Văn Lạc Xã"] },
    ],
  },
  {
    rule: "person/cue-honorific",
    examples: [
      { text: "Theo ông Thạch Văn Bổng, dự án chậm tiến độ.", spans: ["Thạch Văn Bổng"] },
      { text: "Tiếp đoàn có bà Marta Kowalczyk, đại diện tổ chức.", spans: ["Marta Kowalczyk"] },
    ],
    counterExamples: [{ text: "Ông nói rằng kết quả rất tốt.", notSpans: ["Ông"] }],
  },
  {
    rule: "person/cue-rank",
    examples: [{ text: "Đại tá Lò Văn Xiển đã báo cáo.", spans: ["Lò Văn Xiển"] }],
    counterExamples: [],
  },
  {
    rule: "person/cue-degree",
    examples: [{ text: "PGS.TS Đinh Quang Khải trình bày tham luận.", spans: ["Đinh Quang Khải"] }],
    counterExamples: [],
  },
  {
    rule: "person/cue-status",
    examples: [{ text: "Gia đình liệt sĩ Giàng A Páo được thăm hỏi.", spans: ["Giàng A Páo"] }],
    counterExamples: [],
  },
  {
    rule: "person/after-role",
    examples: [{ text: "Bí thư Tỉnh ủy Đông Lạc Khương Tất Lãm chủ trì hội nghị.", spans: ["Khương Tất Lãm"] }],
    counterExamples: [],
  },
  {
    rule: "person/credit",
    examples: [{ text: "Đoàn thăm khu di tích. Ảnh: Hải Lý/TTXVN", spans: ["Hải Lý"] }, { text: "Toàn cảnh hội nghị. Ảnh: Minh Khôi/TTXVN", spans: ["Minh Khôi"] }, { text: "Chủ tịch tặng quà lưu niệm.\nTác giả: Lạc Nguyệt\n", spans: ["Lạc Nguyệt"] }],
    counterExamples: [],
  },
  {
    rule: "person/back-reference",
    examples: [
      { text: "Ông Khổng Viết Thuận dự họp. Sau đó ông Thuận phát biểu. Thuận nhấn mạnh nhiều điểm.", spans: ["Khổng Viết Thuận", "Thuận", "Thuận"], names: ["Khổng Viết Thuận", "Khổng Viết Thuận", "Khổng Viết Thuận"], rules: ["person/cue-honorific", "person/cue-honorific", "person/back-reference"] },
    ],
    counterExamples: [],
  },
  {
    rule: "person/byline",
    examples: [
      { text: "Nội dung bài báo ở đây.\n\nLệ Hằng\n", spans: ["Lệ Hằng"] },
      { text: "Hội nghị kết thúc chiều cùng ngày.\nThu Trang", spans: ["Thu Trang"] },
      // Several names on one byline line, each a PERSON.
      { text: "Hội nghị kết thúc.\nSơn Khuê - Thu Nguyệt\n", spans: ["Sơn Khuê", "Thu Nguyệt"] },
      { text: "Hội nghị kết thúc.\nSơn Khuê - Thu Nguyệt - Minh Lạc\n", spans: ["Sơn Khuê", "Thu Nguyệt", "Minh Lạc"] },
      { text: "Dự án sẽ khởi công. Theo Thế Khang - Tuấn Phiệt/Dân Trí\n", spans: ["Thế Khang", "Tuấn Phiệt"], rules: ["person/credit", "person/byline"] },
      // The byline closing the last paragraph of the article.
      { text: "Ông được bầu làm Ủy viên và đã được phê chuẩn. Hạ Nguyệt\n", spans: ["Hạ Nguyệt"] },
    ],
    counterExamples: [
      { text: "Toàn cảnh hội nghị. (Ảnh: TH)", notSpans: ["TH"] },
      { text: "Hội nghị kết thúc.\nTH - PV\n", notSpans: ["TH", "PV"] },
      // Not at the end of the article: an ordinary sentence start.
      { text: "Đề án đã xong. Thu Nguyệt cho biết thêm.\nNội dung khác.", notSpans: ["Thu Nguyệt"] },
    ],
  },
];
