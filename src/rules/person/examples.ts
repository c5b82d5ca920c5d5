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
    ],
    counterExamples: [
      { text: "Dự án nâng cấp đường Nguyễn Viết Khải sắp khởi công.", notSpans: ["Nguyễn Viết Khải"] },
      { text: "Học tập tư tưởng Hồ Chí Minh là nhiệm vụ thường xuyên.", notSpans: ["Hồ Chí Minh"] },
      { text: "Đoàn đã đến TP Hồ Chí Minh hôm qua.", notSpans: ["Hồ Chí Minh"] },
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
    examples: [{ text: "Đoàn thăm khu di tích. Ảnh: Hải Lý/TTXVN", spans: ["Hải Lý"] }, { text: "Toàn cảnh hội nghị. Ảnh: Minh Khôi/TTXVN", spans: ["Minh Khôi"] }],
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
    examples: [{ text: "Nội dung bài báo ở đây.\n\nLệ Hằng\n", spans: ["Lệ Hằng"] }, { text: "Hội nghị kết thúc chiều cùng ngày.\nThu Trang", spans: ["Thu Trang"] }],
    counterExamples: [{ text: "Toàn cảnh hội nghị. (Ảnh: TH)", notSpans: ["TH"] }],
  },
];
