/**
 * The PERSON rules as a table (the shape of `../table.ts`), with invented (nonce) names so the
 * examples prove the name model rather than a list. Each example lists every PERSON found
 * (`only`); a span from another rule than the row's names its rule. Run by
 * tests/rules/examples.test.ts.
 * @module
 */
import { withNotes, type RuleRow, type RuleTable } from "../table.js";
import { CREDIT_LABELS } from "./index.js";

export const PERSON_RULES: readonly RuleRow[] = [
  {
    id: "person/name",
    description: "A family name (data/lexicon/surnames.tsv) and 1-4 capitalised syllables, stopping before a place-unit word that introduces a place, a title or a body head; a weak family name needs a cue or 3+ syllables.",
    examples: [
      { text: "Hôm qua, Khổng Viết Thuận phát biểu tại hội nghị.", find: ["Khổng Viết Thuận"], only: true },
      { text: "Sau đó Nguyễn Thị Hồng Lụa cho biết sẽ kiểm tra.", find: ["Nguyễn Thị Hồng Lụa"], only: true },
      // A place-unit word as the last given name, when no place follows it.
      { text: "Ông Khổng Văn Tỉnh, Giám đốc Sở, cho biết.", find: [{ text: "Khổng Văn Tỉnh", rule: "person/cue-honorific" }], only: true },
      { text: "Hôm qua Lê Thị Huyện phát biểu tại hội nghị.", find: ["Lê Thị Huyện"], only: true },
      // Family names of ethnic minorities (a strong one with two syllables, a weak one with three).
      { text: "Hôm qua Chẩu Khải phát biểu, Bàn Văn Lạc dự họp.", find: ["Chẩu Khải", "Bàn Văn Lạc"], only: true },
      // An Ê Đê name led by `Y`, its family name last (no split before `Niê`).
      { text: "Hôm qua ông Y Khải Lạc Niê Kđăm dự họp.", find: [{ text: "Y Khải Lạc Niê Kđăm", rule: "person/cue-honorific" }], only: true },
      // A family name the inventory lacks, then `Văn`/`Thị` and a given name of the list.
      { text: "Hôm qua Sần Văn Khải và Khà Thị Lụa dự họp.", find: ["Sần Văn Khải", "Khà Thị Lụa"], only: true },
      // A unit syllable ending a common word before the name is no unit (`yêu cầu`, `văn bản`).
      { text: "Giám đốc yêu cầu Khổng Thanh Lạc nộp lại tiền.", find: ["Khổng Thanh Lạc"], only: true },
      { text: "Tòa đã tống đạt văn bản Khổng Thanh Lạc ký.", find: ["Khổng Thanh Lạc"], only: true },
    ],
    counterExamples: [
      { text: "Dự án nâng cấp đường Nguyễn Viết Khải sắp khởi công.", not: ["Nguyễn Viết Khải"] },
      // A two-syllable word that names a place by its unit word still blocks (`tuyến đường`, `con đường`).
      { text: "Dự án nâng cấp tuyến đường Nguyễn Viết Khải sắp khởi công.", not: ["Nguyễn Viết Khải"] },
      // `Văn` second, but no given name after it: a cultural house.
      "Đoàn thăm Nhà Văn Hóa của xã.",
      // Sports fixtures and clubs named like people (data/lexicon/name-blockers.tsv).
      { text: "Trận Hoàng Minh Khê Lạc - Vĩnh Khê diễn ra tối qua.", not: ["Hoàng Minh Khê Lạc", "Hoàng Minh Khê"] },
      { text: "CLB Hoàng Minh Khê Lạc giành chiến thắng.", not: ["Hoàng Minh Khê Lạc", "Hoàng Minh Khê"] },
      { text: "Học tập tư tưởng Hồ Chí Minh là nhiệm vụ thường xuyên.", not: ["Hồ Chí Minh"] },
      { text: "Đoàn đã đến TP Hồ Chí Minh hôm qua.", not: ["Hồ Chí Minh"] },
      // A unit or body word followed by its place or body tail ends the name.
      { text: "Ông Khổng Văn Lạc Tỉnh ủy Đông Lạc dự họp.", not: ["Khổng Văn Lạc Tỉnh"] },
      { text: "Sau đó Khổng Văn Lạc Xã Tân Lập dự họp.", not: ["Khổng Văn Lạc Xã"] },
      // A lunar year's name (a heavenly stem and an earthly branch) is no person.
      { text: "Nhân dân đón Tết Nguyên đán Đinh Dậu vui tươi.", not: ["Đinh Dậu"] },
      { text: "Xuân Giáp Thìn về trên khắp các bản làng.", not: ["Giáp Thìn"] },
    ],
  },
  {
    id: "person/caps",
    description: "A name in capitals (`KHỔNG VIẾT THUẬN`), whose `name` is written in the ordinary case: a family name and 1-3 syllables of the given-name list (data/lexicon/given-syllables.tsv) after a cue, after `Họ và tên:`, as a byline on its own line (a weak family name, also a word, with 3 syllables), or 3 syllables with a strong family name anywhere (a heading); 2-3 such syllables without a family name, or a weak one, only as the article's closing byline.",
    examples: [
      // Bylines in capitals are `person/byline` (never the subject of what follows).
      { text: "Hội nghị kết thúc.\n\nKHỔNG VIẾT THUẬN\n", find: [{ text: "KHỔNG VIẾT THUẬN", name: "Khổng Viết Thuận", rule: "person/byline" }], only: true },
      { text: "Hội nghị kết thúc.\n\nLẠC THU (Thực hiện)\n", find: [{ text: "LẠC THU", name: "Lạc Thu", rule: "person/byline" }], only: true },
      { text: "Hội nghị kết thúc.\nTRẦN KHẢI - LÊ NGUYỆT\n", find: [{ text: "TRẦN KHẢI", rule: "person/byline" }, { text: "LÊ NGUYỆT", rule: "person/byline" }], only: true },
      { text: "Toàn cảnh hội nghị. Ảnh: LẠC NGUYỆT\n", find: [{ text: "LẠC NGUYỆT", name: "Lạc Nguyệt", rule: "person/credit" }], only: true },
      { text: "HỌ VÀ TÊN: THẠCH VĂN BỔNG\nSinh ngày 5/2/1966", find: [{ text: "THẠCH VĂN BỔNG", name: "Thạch Văn Bổng" }], only: true },
      { text: "TÓM TẮT TIỂU SỬ ĐỒNG CHÍ KHỔNG VĂN LẠC\nSinh ngày 5/2/1966", find: ["KHỔNG VĂN LẠC"], only: true },
      { text: "Hội nghị bế mạc. Chủ trì có ông KHỔNG VĂN LẠC và PGS.TS ĐINH QUANG KHẢI.", find: ["KHỔNG VĂN LẠC", "ĐINH QUANG KHẢI"], only: true },
      // A heading: a strong family name and two given names, with no cue.
      { text: "Hội nghị bế mạc.\nCHÂN DUNG TÂN GIÁM ĐỐC NGUYỄN VĂN KHẢI\nÔng Khải sinh năm 1970.", find: ["NGUYỄN VĂN KHẢI", { text: "Khải", name: "Nguyễn Văn Khải", rule: "person/cue-honorific" }], only: true },
      // A later mention in the ordinary case is the same person (`name`).
      { text: "Hội nghị kết thúc.\nPHẠM VĂN TRIỀU\nÔng Triều nói thêm.", find: [{ text: "PHẠM VĂN TRIỀU", name: "Phạm Văn Triều", rule: "person/byline" }, { text: "Triều", name: "Phạm Văn Triều", rule: "person/cue-honorific" }], only: true },
    ],
    counterExamples: [
      // Headings in capitals: words that are no given names, a place, an abbreviation.
      "Quy định chung.\nPHẠM VI ĐIỀU CHỈNH\nNghị định này quy định.",
      "Bài viết.\nVŨ KHÍ HẠT NHÂN\nNội dung.",
      "Bài viết.\nUBND TỈNH\nNội dung.",
      // Two given-name syllables without a family name, not at the article's end: a heading.
      { text: "Bài viết.\nHỒNG HÀ\nNội dung khác ở đây.", not: ["HỒNG HÀ"] },
    ],
  },
  {
    id: "person/caption",
    description: "A name written twice in a row: a photo caption run into the sentence under it; both copies.",
    examples: [
      { text: "Năm 2016, Khổng Lạc Khổng Lạc bị đưa ra xét xử.", find: ["Khổng Lạc", "Khổng Lạc"], only: true },
      { text: "Bị án chung thân. Lạc Ân Bồi Lạc Ân Bồi trước tòa.", find: ["Lạc Ân Bồi", "Lạc Ân Bồi"], only: true },
    ],
    counterExamples: [
      // No family name and two syllables: a place said twice, not a person.
      { text: "Đoàn đến Khê Lạc Khê Lạc hôm qua.", not: ["Khê Lạc"] },
    ],
  },
  {
    id: "person/cue-honorific",
    description: "Any capitalised run of 1-4 words after an honorific (`ông`, `bà`, `đồng chí`; data/lexicon/person-cues.tsv).",
    examples: [
      { text: "Theo ông Thạch Văn Bổng, dự án chậm tiến độ.", find: ["Thạch Văn Bổng"], only: true },
      { text: "Tiếp đoàn có bà Marta Kowalczyk, đại diện tổ chức.", find: ["Marta Kowalczyk"], only: true },
      // A capitalised `Ông` opens a new sentence whose line break was lost after a credit.
      { text: "Ảnh: Lạckhêbank Ông Khổng Văn Lạc phát biểu.", find: ["Khổng Văn Lạc"], only: true },
      // A romanised given name keeps its glued hyphen, at the name's end or inside it (hyphenatedPart in index.ts).
      { text: "Hôm qua bà Park Seo-yun đã phát biểu.", find: ["Park Seo-yun"], only: true },
      { text: "Tiếp đoàn có ông Kang Min-jun, đại diện tổ chức.", find: ["Kang Min-jun"], only: true },
      { text: "Hôm qua ông Jean-Marc Vauclin và bà Anne-Sophie Berthier đã phát biểu.", find: ["Jean-Marc Vauclin", "Anne-Sophie Berthier"], only: true },
      // With accented letters: a hyphen after `Pérez`, `Noël`, or a Vietnamese family name joined to a foreign one.
      { text: "Hôm qua ông Andrés Pérez-Villanueva và bà Hélène Noël-Dufour đã phát biểu.", find: ["Andrés Pérez-Villanueva", "Hélène Noël-Dufour"], only: true },
      { text: "Tiếp đoàn có bà Maria Khổng-Whitfield, đại diện tổ chức.", find: ["Maria Khổng-Whitfield"], only: true },
      // A one-word honorific right after another is a given name (`Anh`, `Em`).
      { text: "Hôm qua bà Anh Thư và ông Em Khải đã phát biểu.", find: ["Anh Thư", "Em Khải"], only: true },
    ],
    counterExamples: [
      { text: "Ông nói rằng kết quả rất tốt.", not: ["Ông"] },
      // A cue of several words alone names no one (`Mẹ Việt Nam Anh hùng`, a title).
      "Đoàn thăm các Mẹ Việt Nam Anh hùng, cựu chiến binh.",
      // Not after a Vietnamese syllable with its marks, a spaced dash, or an all-caps credit.
      { text: "Hôm qua ông Khổng Văn Lạc-Giám đốc Sở phát biểu.", not: ["Khổng Văn Lạc-Giám"] },
      { text: "Hôm qua bà Park Seo - yun đã phát biểu.", not: ["Park Seo - yun"] },
      { text: "Hội nghị kết thúc. Ảnh: Lạc Nam-TTXVN", not: ["Lạc Nam-TTXVN"] },
    ],
  },
  {
    id: "person/cue-kin",
    description: "A given name alone or a full name after a kinship word, a teacher's or cleric's title or `người đồng cấp` (data/lexicon/person-cues.tsv, kind `kin`), also over a country the gazetteer knows (`nhà lãnh đạo Nga Ivan Petrov`, tests/rules/person.test.ts); unlike an honorific, it does not outrank a place of the same words.",
    examples: [
      { text: "Thầy Khải và cô giáo Nguyệt đã dạy em.", find: ["Khải", "Nguyệt"], only: true },
      { text: "Đơn kháng cáo của vợ Lạc bị bác. Con trai Tuấn đang học.", find: ["Lạc", "Tuấn"], only: true },
      { text: "Hòa thượng Thích Quảng Lạc chủ trì đại lễ.", find: ["Thích Quảng Lạc"], only: true },
    ],
    counterExamples: [
      // A kinship word ending a common word is that word (`công bố`, `tuyên bố`).
      { text: "Văn phòng đã công bố Quyết định của Ban Bí thư.", not: ["Quyết"] },
      "Đó là tình cảm vợ chồng Khê Lạc hôm nay.",
    ],
  },
  {
    id: "person/apposition",
    description: "A name set off by its post: a comma, then a ROLE (over `nguyên`, `cựu`, `tân`); a family name with given-name syllables (a weak one with two syllables too) or romanised foreign words; not after a place preposition (`Tại Đông Lạc, Chủ tịch …`).",
    examples: [
      { text: "Đầu năm, Hà Khải, Phó Chủ tịch UBND tỉnh, bị bắt.", find: ["Hà Khải"], only: true },
      { text: "Hôm qua, Igor Vasin, Thứ trưởng Bộ Ngoại giao, đến thăm.", find: ["Igor Vasin"], only: true },
      { text: "Sau đó, Kim Nguyệt, nguyên Giám đốc Sở Tài chính, bị bắt.", find: ["Kim Nguyệt"], only: true },
    ],
    counterExamples: [
      "Tại Đông Lạc, Chủ tịch UBND huyện cho biết sẽ kiểm tra.",
      // No post after the comma: a weak family name and one syllable need a cue.
      "Đầu năm, Hà Khải, một xã vùng cao, được công nhận.",
    ],
  },
  {
    id: "person/foreign",
    description: "2-3 romanised words that are no Vietnamese syllables, standing alone and followed by a predicate's first word (`cho biết`, `nói`, `đã`): a foreign person as a clause's subject; not a firm's name (`… Group`, `… Bank`).",
    examples: [
      { text: "Hôm qua, Marcus Vellingham cho biết sẽ áp thuế.", find: ["Marcus Vellingham"], only: true },
      { text: "Sau cuộc gặp, Anneliese Korvath Brandt nhấn mạnh hai bên sẽ hợp tác.", find: ["Anneliese Korvath Brandt"], only: true },
    ],
    counterExamples: [
      "Hôm qua, Vexalor Group cho biết doanh thu tăng.",
      "Hôm qua, Deutsche Bank cho biết lãi suất tăng.",
      // No predicate after it: a product, a title, anything.
      "Đoàn đã xem Marcus Vellingham trên sân khấu.",
    ],
  },
  {
    id: "person/list",
    description: "A name listed right after a person's name (a comma or `và` between, the list going on), with a family name of the inventory, a weak one (`Danh`, `Sơn`) and one given name too.",
    examples: [
      { text: "Dự họp có ông Thạch Khải Lạc, Danh Nguyệt và Sơn Minh Khải.", find: [{ text: "Thạch Khải Lạc", rule: "person/cue-honorific" }, "Danh Nguyệt", { text: "Sơn Minh Khải", rule: "person/name" }], only: true },
    ],
    counterExamples: [
      // Not after a place, nor where the list stops: a place written after the name.
      { text: "Đại diện Đông Lạc, Hà Khê và Vĩnh Khê dự họp.", not: ["Hà Khê"] },
      { text: "Gia đình ông Khổng Văn Lạc, Hà Khê được hỗ trợ.", not: ["Hà Khê"] },
      // A body listed after the person: `Đoàn Đại biểu` (a head word, `Đại biểu` a word).
      { text: "Chào mừng ông Khổng Văn Lạc và Đoàn Đại biểu cấp cao Vadoria.", not: ["Đoàn Đại"] },
    ],
  },
  {
    id: "person/initials",
    description: "A foreign name written with its initials: 1-3 capital letters with their dots, then a romanised word that is no Vietnamese syllable (`V.Putin`, `D. Trump`); initials alone are no name.",
    examples: [
      { text: "Tổng thống V.Ivanov tiếp đoàn. Sau đó P. Garnier phát biểu.", find: ["V.Ivanov", "P. Garnier"], only: true },
    ],
    counterExamples: [
      "Toàn cảnh hội nghị. (Ảnh: N.H)",
      // A unit's abbreviation before a Vietnamese place name.
      "Họp tại Q.Ba Đình hôm qua.",
    ],
  },
  {
    id: "person/cue-rank",
    description: "Any capitalised run of 1-4 words after a military or police rank (`Đại tá`).",
    examples: [
      { text: "Đại tá Lò Văn Xiển đã báo cáo.", find: ["Lò Văn Xiển"], only: true },
    ],
    counterExamples: [],
  },
  {
    id: "person/cue-degree",
    description: "Any capitalised run of 1-4 words after an academic degree (`PGS.TS`).",
    examples: [
      { text: "PGS.TS Đinh Quang Khải trình bày tham luận.", find: ["Đinh Quang Khải"], only: true },
    ],
    counterExamples: [],
  },
  {
    id: "person/cue-status",
    description: "Any capitalised run of 1-4 words after a status word (`liệt sĩ`).",
    examples: [
      { text: "Gia đình liệt sĩ Giàng A Páo được thăm hỏi.", find: ["Giàng A Páo"], only: true },
    ],
    counterExamples: [],
  },
  {
    id: "person/after-role",
    description: "A capitalised run right after a ROLE found earlier.",
    examples: [
      { text: "Bí thư Tỉnh ủy Đông Lạc Khương Tất Lãm chủ trì hội nghị.", find: ["Khương Tất Lãm"], only: true },
      // A foreign family name alone after a foreign state post (a romanised word, no Vietnamese syllable).
      { text: "Tổng thống Ivanov tiếp đoàn. Ngoại trưởng Garnier cho biết.", find: ["Ivanov", "Garnier"], only: true },
      { text: "Ông gặp Ngoại trưởng Sergei Volkov tại thủ đô.", find: ["Sergei Volkov"], only: true },
      // A post ending in its city's unit abbreviation (`TP`): the name after it is the holder's.
      { text: "Phó Giám đốc Sở Tài chính TP Khổng Văn Lạc cho biết.", find: ["Khổng Văn Lạc"], only: true },
      { text: "Giám đốc Sở Tài chính tỉnh Khổng Văn Lạc cho biết.", find: ["Khổng Văn Lạc"], only: true },
      { text: "Chủ tịch UBND thị xã Khổng Văn Lạc cho biết.", find: ["Khổng Văn Lạc"], only: true },
    ],
    counterExamples: [
      // A lone syllable completing a common word after a role is the role's body (`Hạ viện`).
      { text: "Đoàn hội kiến Chủ tịch Hạ viện Đông Lạc.", not: ["Hạ"] },
      // A lone syllable before a number is a numbered unit (`Đoàn 12`), not a family name.
      { text: "Ông từng là Tư lệnh kiêm Chính ủy Đoàn 12 bộ đội.", not: ["Đoàn"] },
      // Not after a business title: a romanised word there names a company.
      "Giám đốc Vexalor cho biết doanh thu tăng.",
      // A lone syllable making a word with the lower-case one after it is the post's field (`Giáo dục`).
      { text: "Đoàn làm việc với Bộ trưởng Giáo dục Vadoria hôm qua.", not: ["Giáo"] },
      // `TP` and a place named after a person: a city, not a holder.
      { text: "Ông là Giám đốc Sở Tài chính TP Hồ Chí Minh.", not: ["Hồ Chí Minh"] },
      // A district's unit word: districts and wards are often named after people.
      { text: "Ông là Giám đốc Trung tâm Y tế quận Lê Văn Khải.", not: ["Lê Văn Khải"] },
    ],
  },
  {
    id: "person/credit",
    description: "A name after a credit label (`Ảnh:`, `Video:`, `Tác giả:`, `Theo`), and the names dashed after it.",
    examples: [
      { text: "Đoàn thăm khu di tích. Ảnh: Hải Lý/TTXVN", find: ["Hải Lý"], only: true },
      { text: "Toàn cảnh hội nghị. Ảnh: Minh Khôi/TTXVN", find: ["Minh Khôi"], only: true },
      { text: "Chủ tịch tặng quà lưu niệm.\nTác giả: Lạc Nguyệt\n", find: ["Lạc Nguyệt"], only: true },
      // A capitalised label without a colon, the caption's sentence ending after the name.
      { text: "Chủ tịch tặng quà lưu niệm. Ảnh Lạc Nguyệt. Tiếp đó, hội nghị thảo luận.", find: ["Lạc Nguyệt"], only: true },
      // A biography's field label run into the credit is no part of the name (`Sinh ngày:`).
      { text: "Lễ trao quyết định. Ảnh: Lạc Nguyệt Sinh ngày: 12/6/1960. Quê quán: Đông Lạc.", find: ["Lạc Nguyệt"], only: true },
      { text: "Lễ trao quyết định. Ảnh: Lạc Nguyệt Sinh ngày 12/6/1960 tại Đông Lạc.", find: ["Lạc Nguyệt"], only: true },
    ],
    counterExamples: [
      // The label without a colon with a sentence going on: `Theo` opens a clause about a law.
      "Theo Luật Tổ chức chính quyền địa phương, xã được giao quyền.",
    ],
  },
  {
    id: "person/back-reference",
    description: "A given name alone resolves to the full name of a person named in the article (`name`).",
    examples: [
      { text: "Ông Khổng Viết Thuận dự họp. Sau đó ông Thuận phát biểu. Thuận nhấn mạnh nhiều điểm.", find: [{ text: "Khổng Viết Thuận", name: "Khổng Viết Thuận", rule: "person/cue-honorific" }, { text: "Thuận", name: "Khổng Viết Thuận", rule: "person/cue-honorific" }, { text: "Thuận", name: "Khổng Viết Thuận" }], only: true },
      // A romanised foreign name by its family name: the last word, or the first before a hyphenated given name.
      { text: "Ông Igor Vasin đến thăm. Vasin cho biết hai bên hợp tác.", find: [{ text: "Igor Vasin", rule: "person/cue-honorific" }, { text: "Vasin", name: "Igor Vasin" }], only: true },
      { text: "Bà Park Seo-yun dự họp. Sau đó, bà Park phát biểu.", find: [{ text: "Park Seo-yun", rule: "person/cue-honorific" }, { text: "Park", name: "Park Seo-yun", rule: "person/cue-honorific" }], only: true },
    ],
    counterExamples: [
      // A given name starting a common word at a sentence start is that word (`Cảnh cáo`, `Thu nhập`).
      { text: "Ông Khổng Văn Cảnh dự họp.\n- Cảnh cáo Ban Thường vụ Đảng ủy.", not: ["Cảnh"] },
      { text: "Bà Lạc Thị Thu trả lời. Thu nhập của người dân tăng.", not: ["Thu"] },
    ],
  },
  {
    id: "person/byline",
    description: "A line holding only a name or dash-separated names, or 2-4 capitalised words closing the article after a sentence; initials are no names.",
    examples: [
      { text: "Nội dung bài báo ở đây.\n\nLệ Hằng\n", find: ["Lệ Hằng"], only: true },
      { text: "Hội nghị kết thúc chiều cùng ngày.\nThu Trang", find: ["Thu Trang"], only: true },
      // Several names on one byline line, each a PERSON.
      { text: "Hội nghị kết thúc.\nSơn Khuê - Thu Nguyệt\n", find: ["Sơn Khuê", "Thu Nguyệt"], only: true },
      { text: "Hội nghị kết thúc.\nSơn Khuê - Thu Nguyệt - Minh Lạc\n", find: ["Sơn Khuê", "Thu Nguyệt", "Minh Lạc"], only: true },
      { text: "Dự án sẽ khởi công. Theo Thế Khang - Tuấn Phiệt/Dân Trí\n", find: [{ text: "Thế Khang", rule: "person/credit" }, "Tuấn Phiệt"], only: true },
      // The byline closing the last paragraph of the article.
      { text: "Ông được bầu làm Ủy viên và đã được phê chuẩn. Hạ Nguyệt\n", find: ["Hạ Nguyệt"], only: true },
      // After the end mark `./.`, up to the slash before the agency or a dash to the next name.
      { text: "Hai bên ký kết hợp tác./. Lạc Nguyệt/VOV-Tokyo\n", find: ["Lạc Nguyệt"], only: true },
      { text: "Hai bên ký kết hợp tác./. Khổng Hùng-Thu Nguyệt/VOV-Tokyo\n", find: [{ text: "Khổng Hùng", rule: "person/name" }, "Thu Nguyệt"], only: true },
      // A closing byline whose first word is also a modifier or a body head (`Nguyên`, `Trường`).
      { text: "Hai bên ký kết hợp tác./. Nguyên Nguyệt/VOV-Tokyo\n", find: ["Nguyên Nguyệt"], only: true },
      { text: "Ông nêu rõ trách nhiệm của người đứng đầu. Trường Khải\n", find: ["Trường Khải"], only: true },
    ],
    counterExamples: [
      { text: "Toàn cảnh hội nghị. (Ảnh: TH)", not: ["TH"] },
      { text: "Hội nghị kết thúc.\nTH - PV\n", not: ["TH", "PV"] },
      // Not at the end of the article: an ordinary sentence start.
      { text: "Đề án đã xong. Thu Nguyệt cho biết thêm.\nNội dung khác.", not: ["Thu Nguyệt"] },
      // A body's name after a sentence, not closing the text: no byline.
      { text: "Đề án đã xong. Trường Khải Minh tổ chức lễ khai giảng.", not: ["Trường Khải", "Trường Khải Minh"] },
    ],
  },
];

/**
 * PERSON rules that read what the bundled gazetteer finds (a country, a foreign province, a
 * date), run with `extract()`: the places are real, the people invented.
 */
export const PERSON_GAZETTEER_RULES: readonly RuleRow[] = [
  {
    id: "person/after-role",
    description: "A post, a foreign place the gazetteer knows, a name: the name starts after the place (`Thống đốc Gyeonggi Park Min-seo`).",
    examples: [
      { text: "Thống đốc Gyeonggi Park Min-seo phát biểu.", find: ["Park Min-seo"], only: true },
      { text: "Thống đốc tỉnh Aichi Hideki Tanabe tiếp đoàn.", find: ["Hideki Tanabe"], only: true },
    ],
    counterExamples: [
      { text: "Thống đốc Gyeonggi cho biết sẽ hợp tác.", not: ["Gyeonggi"] },
    ],
  },
  {
    id: "person/cue-kin",
    description: "A cue over a country to the name after it; a title read across the country's last syllable and the name (`Quốc vương`) is none.",
    examples: [
      { text: "Hôm qua, người đồng cấp Trung Quốc Vương Khải Lạc cho biết.", find: ["Vương Khải Lạc"], only: true },
    ],
    counterExamples: [],
  },
  {
    id: "person/apposition",
    description: "In an article about China (a LOC that is China or one of its places), a Hán-Việt reading of a Chinese family name (data/lexicon/chinese-surnames.tsv) is a weak family name: a name set off by its post, or of 3 syllables.",
    examples: [
      { text: "Báo chí Trung Quốc đưa tin, Ngu Khải, Phó tỉnh trưởng Cam Túc, bị điều tra.", find: ["Ngu Khải"], only: true },
    ],
    counterExamples: [
      // Not in an article that names no Chinese place.
      { text: "Đầu năm, Ngu Khải, Phó Chủ tịch UBND tỉnh, bị điều tra.", not: ["Ngu Khải"] },
      // A reading that makes a common word with the next syllable is that word (`Quốc phòng`).
      { text: "Trung Quốc đề cao Quốc Phòng Toàn Dân.", not: ["Quốc Phòng Toàn Dân"] },
    ],
  },
  {
    id: "person/name",
    description: "In an article about China, a Hán-Việt Chinese family name and two capitalised syllables is a name; its last syllable alone refers back to it.",
    examples: [
      { text: "Tại Trung Quốc, Ngu Hải Lạc bị điều tra. Lạc từng công tác ở Cam Túc.", find: ["Ngu Hải Lạc", { text: "Lạc", name: "Ngu Hải Lạc", rule: "person/back-reference" }], only: true },
    ],
    counterExamples: [],
  },
  {
    id: "person/byline",
    description: "A byline opening its line, a dash, then the dateline (`Lạc Nguyệt - Thứ năm, 13/03/2025 09:20`).",
    examples: [
      { text: "Lạc Nguyệt - Thứ năm, 13/03/2025 09:20 (GMT+7)\n\nHội nghị đã kết thúc.", find: ["Lạc Nguyệt"], only: true },
    ],
    counterExamples: [
      // A dateline's place the gazetteer knows stays a place.
      { text: "Hà Nội - Thứ năm, 13/03/2025 09:20 (GMT+7)\n\nHội nghị đã kết thúc.", not: ["Hà Nội"] },
    ],
  },
];

/** Run with `extract()` over the bundled gazetteer. */
export const PERSON_GAZETTEER_TABLE: RuleTable = { name: "PERSON over the gazetteer", source: "src/rules/person", output: "PERSON", setup: "default", rows: PERSON_GAZETTEER_RULES };

/** Run with the ROLE, ORG, LOC and PERSON matchers and the HOLDS linker, no gazetteer. */
export const PERSON_TABLE: RuleTable = { name: "PERSON", source: "src/rules/person", output: "PERSON", setup: "names+holds", rows: PERSON_RULES };

/** The credit labels of CREDIT_LABELS (./index.ts), in its order, each with examples. */
export const CREDIT_LABEL_ROWS = withNotes(CREDIT_LABELS, [
  { id: "person/credit", description: "one-word labels (the last word of `Đồ họa`)",
    examples: [
      { text: "Hội nghị kết thúc. Ảnh: Lạc Nguyệt", find: ["Lạc Nguyệt"], only: true },
      { text: "Hội nghị kết thúc. Video: Lạc Nguyệt", find: ["Lạc Nguyệt"], only: true },
      { text: "Hội nghị kết thúc. Clip: Lạc Nguyệt", find: ["Lạc Nguyệt"], only: true },
      { text: "Hội nghị kết thúc. Nguồn: Lạc Nguyệt", find: ["Lạc Nguyệt"], only: true },
      { text: "Hội nghị kết thúc. Đồ họa: Lạc Nguyệt", find: ["Lạc Nguyệt"], only: true },
      { text: "Hội nghị kết thúc. Theo Lạc Nguyệt/TTXVN", find: ["Lạc Nguyệt"], only: true },
    ],
    counterExamples: ["Ông nói theo Lạc Nguyệt thì đúng."] },
  { id: "person/credit", description: "two-word labels before a colon",
    examples: [
      { text: "Hội nghị kết thúc. Tác giả: Lạc Nguyệt", find: ["Lạc Nguyệt"], only: true },
      { text: "Hội nghị kết thúc. Thực hiện: Lạc Nguyệt", find: ["Lạc Nguyệt"], only: true },
      { text: "Hội nghị kết thúc. Trình bày: Lạc Nguyệt", find: ["Lạc Nguyệt"], only: true },
      { text: "Hội nghị kết thúc. Bài viết: Lạc Nguyệt", find: ["Lạc Nguyệt"], only: true },
    ],
    counterExamples: [] },
]);

/** The credit labels of ./index.ts (`Ảnh:`, `Tác giả:`), with their examples. */
export const PERSON_CREDIT_TABLE: RuleTable = { name: "PERSON credit labels", source: "src/rules/person/index.ts CREDIT_LABELS", output: "PERSON", setup: "names+holds", rows: CREDIT_LABEL_ROWS };
