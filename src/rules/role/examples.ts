/**
 * The ROLE rules as a table (the shape of `../table.ts`): one row per acceptance reason, the
 * last part of the rule id (see `RoleReason` in ./index.ts). Invented places (Đông Lạc, Vĩnh
 * Khê) and people: the rules must not depend on known names. Run by tests/rules/examples.test.ts.
 * @module
 */
import { withNotes, type RuleRow, type RuleTable } from "../table.js";
import { MODIFIER_PATTERNS } from "./index.js";

export const ROLE_RULES: readonly RuleRow[] = [
  {
    id: "role/title-body",
    description: "A capitalised title (data/lexicon/role-titles.tsv, `Phó`/`Quyền` before it, `Thường trực` after it) with the body the text writes right after it; `nguyên`/`tân` stay outside as `attrs.modifier`.",
    examples: [
      { text: "Bí thư Tỉnh ủy Đông Lạc Khổng Viết Thuận dự họp.", find: ["Bí thư Tỉnh ủy Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Phó Chủ tịch UBND tỉnh Vĩnh Khê Lò Văn Xiển cho biết.", find: ["Phó Chủ tịch UBND tỉnh Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true },
      { text: "Ông Thuận, Ủy viên Bộ Chính trị, Bí thư Thành ủy Đông Lạc.", find: ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Đông Lạc"], only: true },
      { text: "Bộ trưởng Bộ Tài chính Đinh Quang Khải ký quyết định.", find: ["Bộ trưởng Bộ Tài chính"], only: true },
      // A head of a body by its bare name; a name after it (even with a weak surname) is no body.
      { text: "Ông Khổng Viết Thuận, Bộ trưởng Năng lượng, dự họp.", find: ["Bộ trưởng Năng lượng"], only: true },
      // A plural post heading a list is one ROLE; a plural post alone is none.
      { text: "Có các đồng chí Ủy viên Trung ương Đảng: Khổng Viết Thuận, Lò Văn Xiển.", find: ["Ủy viên Trung ương Đảng"], only: true },
      { text: "Ông Khải, nguyên Ủy viên Trung ương Đảng khóa XII.", find: ["Ủy viên Trung ương Đảng"], only: true },
      { text: "Phó Bí thư Thường trực Tỉnh ủy phát biểu.", find: ["Phó Bí thư Thường trực Tỉnh ủy"], only: true },
      { text: "Ông Thuận, Ủy viên Bộ Chính trị khóa XIII, đại biểu Quốc hội.", find: ["Ủy viên Bộ Chính trị", { text: "đại biểu Quốc hội", rule: "role/lower-self-bodied" }], only: true },
      { text: "Ông Thuận, Chủ tịch Hội Nông dân, đại biểu Quốc hội đoàn Đông Lạc, dự họp.", find: ["Chủ tịch Hội Nông dân", { text: "đại biểu Quốc hội đoàn Đông Lạc", rule: "role/lower-self-bodied" }, { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Bí thư Tỉnh ủy Đông Lạc Trần Văn Khải phát biểu.", find: ["Bí thư Tỉnh ủy Đông Lạc"] },
      // Courts and procuracies, enterprises (with abbreviated titles), army and border units.
      { text: "Ông Thuận, Kiểm sát viên VKSND huyện Vĩnh Khê, có mặt.", find: ["Kiểm sát viên VKSND huyện Vĩnh Khê"], only: true },
      // A member of a party committee with its party organisation.
      { text: "Ông Thuận, Đảng ủy viên Đảng bộ tỉnh Đông Lạc, phát biểu.", find: ["Đảng ủy viên Đảng bộ tỉnh Đông Lạc"] },
      { text: "Ông Thuận, Thủ trưởng Cơ quan CSĐT Công an tỉnh Đông Lạc, cho biết.", find: ["Thủ trưởng Cơ quan CSĐT Công an tỉnh Đông Lạc"], only: true },
      // A court's division is named without its head word, then its court.
      { text: "Ông Thuận, Phó Chánh tòa Hình sự Tòa án nhân dân tỉnh Đông Lạc, tuyên án.", find: ["Phó Chánh tòa Hình sự Tòa án nhân dân tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Ông Thuận, TGĐ Tổng công ty Vĩnh Khê, cho biết.", find: ["TGĐ Tổng công ty Vĩnh Khê"], only: true },
      { text: "Ông Thuận, PGĐ Sở Y tế tỉnh Đông Lạc, cho biết.", find: ["PGĐ Sở Y tế tỉnh Đông Lạc"] },
      { text: "Ông Thuận, Đội trưởng Đội 5, báo cáo.", find: ["Đội trưởng Đội 5"], only: true },
      { text: "Ông Thuận, Tiểu đoàn trưởng Tiểu đoàn 3, báo cáo.", find: ["Tiểu đoàn trưởng Tiểu đoàn 3"], only: true },
      { text: "Ông Thuận, Chính ủy Bộ đội Biên phòng tỉnh Đông Lạc, dự lễ.", find: ["Chính ủy Bộ đội Biên phòng tỉnh Đông Lạc"] },
      { text: "Ông Thuận, Phó Tư lệnh Quân chủng Hải quân, dự lễ.", find: ["Phó Tư lệnh Quân chủng Hải quân"], only: true },
      { text: "Ông Thuận, Chủ nhiệm Chính trị Quân khu 5, dự lễ.", find: ["Chủ nhiệm Chính trị Quân khu 5"], only: true },
      { text: "Ông Thuận, Tư lệnh Bộ Tư lệnh Cảnh sát biển, dự lễ.", find: ["Tư lệnh Bộ Tư lệnh Cảnh sát biển"], only: true },
      { text: "Ông Thuận, Tư lệnh Vùng Cảnh sát biển 2, dự lễ.", find: ["Tư lệnh Vùng Cảnh sát biển 2"], only: true },
      { text: "Ông Thuận, Chính ủy Bộ Tư lệnh Thủ đô Đông Lạc, dự lễ.", find: ["Chính ủy Bộ Tư lệnh Thủ đô Đông Lạc"] },
      { text: "Ông Thuận, Ủy viên BCH Trung ương Đảng, dự họp.", find: ["Ủy viên BCH Trung ương Đảng"], only: true },
      // A membership post with its committee in lower case is one post, with or without a body.
      { text: "Ông Thuận, Ủy viên thường vụ Tỉnh ủy Đông Lạc, dự họp.", find: ["Ủy viên thường vụ Tỉnh ủy Đông Lạc"] },
      { text: "Ông Thuận, Ủy viên Thường vụ Quốc hội, dự họp.", find: ["Ủy viên Thường vụ Quốc hội"], only: true },
      // Abbreviations: `UV` (Ủy viên), `BTV` (Ban Thường vụ), `T.Ư` (Trung ương).
      { text: "Ông Thuận, UV BTV Tỉnh ủy Đông Lạc, dự họp.", find: ["UV BTV Tỉnh ủy Đông Lạc"] },
      { text: "Ông Thuận, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Đông Lạc, dự họp.", find: ["Ủy viên T.Ư Đảng", "Bí thư Tỉnh ủy Đông Lạc"] },
      // `PBT` (Phó Bí thư) with its committee.
      { text: "Ông Thuận, PBT Tỉnh ủy Đông Lạc, dự họp.", find: ["PBT Tỉnh ủy Đông Lạc"], only: true },
      // `chuyên trách` (full-time) stays inside the post, as `Thường trực` does.
      { text: "Ông Thuận, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Đông Lạc, phát biểu.", find: ["Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Đông Lạc"], only: true },
      // A head with its field of work in lower case.
      { text: "Thứ trưởng Bộ tài chính Lò Văn Xiển ký văn bản.", find: ["Thứ trưởng Bộ tài chính"], only: true },
      { text: "Ông Thuận, Phó Giám đốc Sở y tế tỉnh Đông Lạc, cho biết.", find: ["Phó Giám đốc Sở y tế tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      // The body the text is about, named by its kind after the title.
      { text: "Bà Mai được bổ nhiệm làm Giám đốc Sở này từ tháng 9.", find: ["Giám đốc Sở"], only: true },
      { text: "Ông Thuận (nguyên Tổng Giám đốc Công ty) bị tuyên 8 năm tù.", find: ["Tổng Giám đốc Công ty"], only: true },
      { text: "Sau đó Chủ tịch ngân hàng đã duyệt khoản vay.", find: ["Chủ tịch ngân hàng"], only: true },
      { text: "Ông Thuận - Giám đốc chi nhánh ngân hàng, cho biết.", find: ["Giám đốc chi nhánh ngân hàng"], only: true },
      // A unit's name ends where its parent committee begins, which stays in the span.
      { text: "Ông Thuận, Phó Trưởng Ban Tổ chức Tỉnh ủy Đông Lạc, phát biểu.", find: ["Phó Trưởng Ban Tổ chức Tỉnh ủy Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Trưởng Ban Tuyên giáo Huyện ủy Vĩnh Khê Lò Văn Xiển dự họp.", find: ["Trưởng Ban Tuyên giáo Huyện ủy Vĩnh Khê"] },
      // `Ban` opens a body written in lower case: the head of that body.
      { text: "Ông Thuận, Trưởng Ban cán sự đảng Bộ Tài chính, dự họp.", find: ["Trưởng Ban cán sự đảng Bộ Tài chính"], only: true },
      // A foreign holder's name after the body is no part of it.
      { text: "Cục trưởng Cục Lễ tân Ivan Petrov đón đoàn.", find: ["Cục trưởng Cục Lễ tân", { text: "Ivan Petrov", type: "PERSON" }], not: ["Cục trưởng Cục Lễ tân Ivan Petrov"] },
      { text: "Bộ trưởng Quốc phòng Vadoria Hiroshi Tanaka phát biểu.", find: [{ text: "Bộ trưởng Quốc phòng", rule: "role/title-ministry-field" }], not: ["Bộ trưởng Quốc phòng Vadoria Hiroshi Tanaka"] },
    ],
    counterExamples: [
      { text: "Các Phó chủ tịch Quốc hội tặng hoa.", not: ["chủ tịch Quốc hội", "Phó chủ tịch Quốc hội"] },
      // `BTV` (biên tập viên, an editor) in a credit is no body and no post.
      { text: "Ảnh: BTV Khổng Thị Mai.", not: ["BTV"] },
      // A lower-case word after the head that is no field of work is no body name.
      { text: "Thứ trưởng Bộ cho biết sẽ xem xét.", find: ["Thứ trưởng Bộ"], not: ["Thứ trưởng Bộ cho"] },
      // The verb of the sentence after a post is no tail of its body's name.
      { text: "Chủ tịch Hội Nông dân phát biểu.", find: ["Chủ tịch Hội Nông dân"], not: ["Chủ tịch Hội Nông dân phát biểu"] },
      { text: "Cục trưởng Cục Thuế nhấn mạnh.", find: ["Cục trưởng Cục Thuế"], not: ["Cục trưởng Cục Thuế nhấn mạnh"] },
      // A kind of body that goes on into a name or a compound is no body by its kind alone.
      { text: "Ông Thuận, Giám đốc công ty con của tập đoàn, cho biết.", not: ["Giám đốc công ty"] },
      { text: "Ông Thuận là Giám đốc công ty xây dựng lớn nhất vùng.", not: ["Giám đốc công ty"] },
      // A company's name may be foreign words: it stays whole.
      { text: "Ông Thuận, Tổng Giám đốc Công ty Sunrise Holdings, cho biết.", find: ["Tổng Giám đốc Công ty Sunrise Holdings"], not: ["Tổng Giám đốc Công ty"] },
    ],
  },
  {
    id: "role/title-ministry-field",
    description: "A minister's title (the titles of data/titles.tsv whose body is a ministry) followed by a ministry's field without `Bộ` (the fields of the ministries of data/bodies.tsv), then a country for a foreign minister; `attrs.bodyRef` is the ministry when no country follows.",
    examples: [
      { text: "Đại tướng Khổng Viết Thuận, Bộ trưởng Công an, dự họp.", find: [{ text: "Bộ trưởng Công an", attrs: { bodyRef: "org:bo-cong-an" } }], only: true },
      { text: "Thứ trưởng Giáo dục và Đào tạo Khổng Thị Mai dự lễ khai giảng.", find: ["Thứ trưởng Giáo dục và Đào tạo"], only: true },
      // A field that opens with a family name's syllable (`Y`, `Nông`) or goes on in lower case.
      { text: "Bộ trưởng Y tế Khổng Thị Mai chỉ đạo.", find: ["Bộ trưởng Y tế"], only: true },
      { text: "Ông Thuận, Bộ trưởng Tư pháp, ký quyết định.", find: ["Bộ trưởng Tư pháp"], only: true },
      { text: "Ông Thuận, Thứ trưởng Văn hóa, Thể thao và Du lịch, dự lễ.", find: ["Thứ trưởng Văn hóa, Thể thao và Du lịch"], only: true },
      { text: "Bộ trưởng GD&ĐT Khổng Thị Mai trả lời chất vấn.", find: ["Bộ trưởng GD&ĐT"], only: true },
      // A ministry of the past, for careers (data/bodies.tsv keeps them with their end dates).
      { text: "Ông Thuận, nguyên Bộ trưởng Văn hóa - Thông tin, dự lễ.", find: [{ text: "Bộ trưởng Văn hóa - Thông tin", attrs: { bodyRef: "org:bo-van-hoa-thong-tin" } }], only: true },
      { text: "Ông Thuận, nguyên Bộ trưởng Nông nghiệp và Phát triển nông thôn, dự họp.", find: [{ text: "Bộ trưởng Nông nghiệp và Phát triển nông thôn", attrs: { modifier: "former" } }], only: true },
      { text: "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Lò Văn Xiển tiếp đoàn.", find: [{ text: "Phó Thủ tướng", rule: "role/title-standalone" }, "Bộ trưởng Ngoại giao"], only: true },
    ],
    counterExamples: [
      // No minister's title: a field after another title is no ministry.
      { text: "Giám đốc Tài chính Khổng Thị Mai cho biết.", not: ["Giám đốc Tài chính"] },
      // Many ministers: plural, no post.
      { text: "Các Bộ trưởng Tài chính các nước ASEAN họp.", not: ["Bộ trưởng Tài chính"] },
    ],
  },
  {
    id: "role/title-service",
    description: "A commander's title (`Tư lệnh`, `Chính ủy`, `Tham mưu trưởng`, `Chủ nhiệm Chính trị`, with `Phó`) followed by an armed service or arm named without `Quân chủng`/`Binh chủng`/`Bộ Tư lệnh` (`Hải quân`, `Phòng không - Không quân`, `Cảnh sát biển`, `Cảnh sát cơ động`), then a country for a foreign service. Ranks stay outside.",
    examples: [
      { text: "Chuẩn Đô đốc Khổng Viết Thuận, Tư lệnh Hải quân, tiếp đoàn.", find: ["Tư lệnh Hải quân"], only: true },
      { text: "Tư lệnh Cảnh sát cơ động Khổng Viết Thuận kiểm tra.", find: ["Tư lệnh Cảnh sát cơ động"], only: true },
      { text: "Ông Thuận, Phó Chính ủy Phòng không - Không quân, dự lễ.", find: ["Phó Chính ủy Phòng không - Không quân"], only: true },
      { text: "Ông Thuận, Tư lệnh Vùng 2 Hải quân, dự lễ.", find: ["Tư lệnh Vùng 2 Hải quân"], only: true },
    ],
    counterExamples: [
      // A service after another title is no command.
      { text: "Giám đốc Hải quân Khổng Thị Mai cho biết.", not: ["Giám đốc Hải quân"] },
      // A unit of the service with its own name or number is the body grammar's, never the service alone.
      { text: "Ông Thuận, Tư lệnh Hải quân Vùng 2, dự lễ.", not: ["Tư lệnh Hải quân"] },
      { text: "Tàu Hải quân Đông Lạc cập cảng.", not: ["Hải quân Đông Lạc"] },
    ],
  },
  {
    id: "role/title-in-charge",
    description: "`phụ trách` (in charge) between a title and a capitalised body is a lower-case qualifier of the post and stays in its span, as `Thường trực` does (GUIDELINES: a lower-case qualifier that is not a body); before anything else it is the clause's verb.",
    examples: [
      { text: "Ông Thuận, Phó Giám đốc phụ trách Sở Y tế tỉnh Đông Lạc, cho biết.", find: ["Phó Giám đốc phụ trách Sở Y tế tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Bà Mai được giao làm Phó Chủ tịch phụ trách Hội Nông dân tỉnh Vĩnh Khê.", find: ["Phó Chủ tịch phụ trách Hội Nông dân tỉnh Vĩnh Khê"] },
    ],
    counterExamples: [
      // The verb of the clause: what is in charge of is a field, not the body of the post.
      { text: "Phó Chủ tịch UBND tỉnh phụ trách nông nghiệp dự họp.", find: [{ text: "Phó Chủ tịch UBND tỉnh", rule: "role/title-body" }], not: ["Phó Chủ tịch UBND tỉnh phụ trách nông nghiệp"] },
      { text: "Ông Thuận, Phó Giám đốc phụ trách chuyên môn, cho biết.", find: [{ text: "Phó Giám đốc", rule: "role/title-standalone" }], not: ["Phó Giám đốc phụ trách chuyên môn"] },
    ],
  },
  {
    id: "role/deputy-before-holder",
    description: "A bare `đại biểu` right before its named holder and the delegation in brackets (`đoàn …`, `Đoàn ĐBQH …`, or the province): a deputy of the assembly, a job noun with its named holder (GUIDELINES: a lower-case job noun is a ROLE when a named person holds it). Without the delegation the word may name anyone attending, and is no post.",
    examples: [
      { text: "Đại biểu Khổng Viết Thuận (đoàn Đông Lạc) đề nghị sửa luật.", find: ["Đại biểu"], only: true },
      { text: "Theo đại biểu Khổng Thị Mai (Đoàn ĐBQH tỉnh Vĩnh Khê), cần sửa luật.", find: ["đại biểu"], only: true },
      { text: "Phát biểu tại hội trường, đại biểu Lò Văn Xiển (Đông Lạc) cho rằng cần sửa luật.", find: ["đại biểu"], only: true },
    ],
    counterExamples: [
      // No delegation: someone attending, not a post.
      "Đại biểu Khổng Viết Thuận phát biểu chào mừng hội nghị.",
      "Các đại biểu dự lễ khai mạc.",
      // Many deputies, even with a name.
      "Các đại biểu Khổng Viết Thuận (đoàn Đông Lạc) và Lò Văn Xiển (đoàn Vĩnh Khê) đề nghị sửa luật.",
      // A deputy of the assembly is still read whole.
      { text: "Đại biểu Quốc hội Khổng Viết Thuận (đoàn Đông Lạc) phát biểu.", find: [{ text: "Đại biểu Quốc hội", rule: "role/title-standalone" }], not: ["Đại biểu"] },
    ],
  },
  {
    id: "role/title-group",
    description: "A post in a named group of deputies: a friendship group of members of parliament with its pair of countries, or the women deputies' group (`Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản`, `Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam`).",
    examples: [
      { text: "Ông Thuận, Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Vadoria, phát biểu.", find: ["Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Vadoria", { text: "Việt Nam", type: "LOC" }, { text: "Vadoria", type: "LOC" }], only: true },
      { text: "Bà Khổng Thị Mai, Phó Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam khóa XV, phát biểu.", find: ["Phó Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam", { text: "Việt Nam", type: "LOC" }], only: true },
    ],
    counterExamples: [
      // The group's members are many: no post.
      { text: "Các thành viên Nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản dự lễ.", not: ["thành viên Nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản"] },
    ],
  },
  {
    id: "role/title-standalone",
    description: "A capitalised title that names one post alone (`Thủ tướng`, `Chủ tịch nước`); plural or generic mentions (`các Bộ trưởng`) are none.",
    examples: [
      // Abbreviated memberships (`TUV` Tỉnh ủy viên, `HUV` Huyện ủy viên); `UVTƯ Đảng` as `Ủy viên T.Ư Đảng`.
      { text: "Ông Thuận, TUV, Giám đốc Sở Nội vụ, dự họp.", find: ["TUV", { text: "Giám đốc Sở Nội vụ", rule: "role/title-body" }], only: true },
      { text: "Ông Thuận, UVTƯ Đảng, Bí thư Tỉnh ủy Đông Lạc, dự họp.", find: ["UVTƯ Đảng", { text: "Bí thư Tỉnh ủy Đông Lạc", rule: "role/title-body" }], only: true },
      { text: "Bộ trưởng Hồ Khải Dũng dự họp.", find: ["Bộ trưởng"], only: true },
      { text: "Quyền Chủ tịch nước chủ trì lễ đón.", find: ["Quyền Chủ tịch nước"], only: true },
      { text: "Thủ tướng yêu cầu các bộ khẩn trương.", find: ["Thủ tướng"], only: true },
      { text: "Chủ tịch nước Khổng Viết Thuận dự lễ.", find: ["Chủ tịch nước"], only: true },
      { text: "Thủ tướng Trần Văn Khải phát biểu.", find: ["Thủ tướng"] },
      // A membership post with its committee in lower case is one post.
      { text: "Bà Mai, Ủy viên thường vụ, Phó Chủ tịch tỉnh Vĩnh Khê, dự họp.", find: ["Ủy viên thường vụ", { text: "Phó Chủ tịch tỉnh Vĩnh Khê", rule: "role/title-body" }] },
      { text: "Ông Thuận, Ủy viên trung ương khóa 9, về hưu.", find: ["Ủy viên trung ương"], only: true },
    ],
    counterExamples: [
      "Các Bộ trưởng trả lời chất vấn.",
      { text: "Các Bộ trưởng đã có mặt đầy đủ.", not: ["Bộ trưởng"] },
      // A plural post distributes over the posts listed after it, unless a name follows one.
      "Các Phó Thủ tướng, Bộ trưởng, Thống đốc đã trả lời chất vấn.",
      "Dự lễ có nhiều đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng.",
      { text: "Họp có các Thứ trưởng và Bộ trưởng Khổng Viết Thuận.", find: ["Bộ trưởng"], not: ["Thứ trưởng"] },
    ],
  },
  {
    id: "role/lower-self-bodied",
    description: "A lower-case post that names its body itself (`đại biểu Quốc hội`), after a predicate, in a chain of posts or beside its holder.",
    examples: [
      // A deputy's post given up, after a term number in a chain, with its delegation.
      { text: "Nghị quyết cho ông Khổng Viết Thuận thôi nhiệm vụ đại biểu Quốc hội khóa 14.", find: ["đại biểu Quốc hội"], only: true },
      { text: "Ông Khổng Viết Thuận, đại biểu Quốc hội đoàn Đông Lạc, phát biểu.", find: ["đại biểu Quốc hội đoàn Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      // A deputy of a council, with its council and place.
      { text: "Ông Khổng Viết Thuận, đại biểu HĐND tỉnh Đông Lạc, phát biểu.", find: ["đại biểu HĐND tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Ông là đại biểu Quốc hội khóa XV.", find: ["đại biểu Quốc hội"] },
    ],
    counterExamples: [
      // Deputies in general, and the duties of a post, are no post.
      { text: "Đại hội nghe nhiệm vụ đại biểu Quốc hội là rất nặng nề.", not: ["đại biểu Quốc hội"] },
      { text: "Sau đó đại biểu Quốc hội đoàn Đông Lạc thảo luận tại tổ.", not: ["đại biểu Quốc hội đoàn Đông Lạc", "đại biểu Quốc hội"] },
      { text: "Sau đó đại biểu HĐND tỉnh Đông Lạc thảo luận tại tổ.", not: ["đại biểu HĐND tỉnh Đông Lạc"] },
      { text: "Tại Đông Lạc, đại biểu Quốc hội cần lắng nghe cử tri.", not: ["đại biểu Quốc hội"] },
    ],
  },
  {
    id: "role/lower-title-body",
    description: "A lower-case title with its body (`bí thư tỉnh ủy`).",
    examples: [
      { text: "Cuộc họp do bí thư tỉnh ủy Trần Văn Khải chủ trì.", find: ["bí thư tỉnh ủy"] },
    ],
    counterExamples: [
      { text: "Những giám đốc doanh nghiệp được mời.", not: ["giám đốc"] },
    ],
  },
  {
    id: "role/title-before-holder",
    description: "A capitalised title without a body, right before its holder's name.",
    examples: [
      { text: "Ủy viên Khổng Viết Thuận phát biểu.", find: ["Ủy viên"], only: true },
      { text: "Thẩm phán Khổng Viết Thuận đọc bản án.", find: ["Thẩm phán"], only: true },
      { text: "Trưởng thôn Khổng Viết Thuận cho biết.", find: ["Trưởng thôn"], only: true },
      // A name after a title that takes a unit's name is its holder, no unit.
      { text: "Tùy viên Khổng Thị Mai phát biểu.", find: ["Tùy viên", { text: "Khổng Thị Mai", type: "PERSON" }], not: ["Tùy viên Khổng Thị Mai"] },
    ],
    counterExamples: ["Thẩm phán phải độc lập khi xét xử."],
  },
  {
    id: "role/lower-title-post-noun",
    description: "A lower-case title after `chức`, `chức vụ`, `cương vị`: the post given to or held by the subject, one post even without a body or a name beside it.",
    examples: [
      { text: "Ông Thuận giữ chức phó bí thư các tỉnh Đông Lạc, Vĩnh Khê.", find: ["phó bí thư"], only: true },
      { text: "Bà được bổ nhiệm chức vụ giám đốc từ tháng 3.", find: ["giám đốc"], only: true },
    ],
    counterExamples: [
      // `vụ Phó` of `chức vụ Phó …` is no `Vụ phó`: the post is the capitalised one after it.
      { text: "Ông giữ chức vụ Phó Giám đốc Sở Tài chính.", find: ["Phó Giám đốc Sở Tài chính"], not: ["vụ Phó"] },
      "Công ty đang tuyển giám đốc kinh doanh.",
      "Các trưởng thôn đã họp.",
    ],
  },
  {
    id: "role/lower-title-before-holder",
    description: "A lower-case title without a body, right before its holder's name.",
    examples: [{ text: "Cuộc họp có giám đốc Khổng Viết Thuận.", find: ["giám đốc"], only: true }],
    counterExamples: [],
  },
];

/** Run with the ROLE, ORG, LOC and PERSON matchers, no gazetteer, no linker. */
export const ROLE_TABLE: RuleTable = { name: "ROLE", source: "src/rules/role", output: "ROLE", setup: "names", rows: ROLE_RULES };

/** The modifiers of MODIFIER_PATTERNS (./index.ts), in its order, each with an example. */
export const MODIFIER_ROWS = withNotes(MODIFIER_PATTERNS, [
  { id: "role/modifier", description: "`nguyên`, `cựu` before a post: its former holder (`attrs.modifier: \"former\"`)",
    examples: [
      { text: "Ông Khải, nguyên Bộ trưởng Bộ Tài chính, dự họp.", find: [{ text: "Bộ trưởng Bộ Tài chính", rule: "role/title-body", attrs: { modifier: "former" } }] },
      { text: "Cựu Thủ tướng dự lễ.", find: [{ text: "Thủ tướng", rule: "role/title-standalone", attrs: { modifier: "former" } }] },
    ],
    counterExamples: [] },
  { id: "role/modifier", description: "`tân` before a post: its new holder (`attrs.modifier: \"new\"`)",
    examples: [{ text: "Tân Chủ tịch Quốc hội phát biểu.", find: [{ text: "Chủ tịch Quốc hội", rule: "role/title-body", attrs: { modifier: "new" } }] }],
    counterExamples: [] },
]);

/** The modifier words of ./index.ts (`nguyên`, `tân`) and the `attrs.modifier` each gives. */
export const ROLE_MODIFIER_TABLE: RuleTable = { name: "ROLE modifiers", source: "src/rules/role/index.ts MODIFIER_PATTERNS", output: "ROLE", setup: "names", rows: MODIFIER_ROWS };

/**
 * Posts of news the rules were not tuned on (issue 9), with the whole default pipeline over the
 * bundled gazetteer: bodies known by brand (`Agribank`), foreign chambers and missions, boards
 * of enterprises, courts. Invented people and places; the brands are real (data/bodies.tsv).
 */
export const ROLE_BODIES_RULES: readonly RuleRow[] = [
  {
    id: "role/title-body",
    description: "A post with its body, where the body is a known brand, a foreign chamber, a mission with its seat after `tại`, a board, a unit's deputy head, a military court, a name with an inner list closed by `và`, a place after `TP.`, or the anaphoric `Bộ`.",
    examples: [
      // `cương vị` (position) is no plural classifier; a brand name completes the body.
      { text: "Ông Lò Văn Xiển giữ cương vị Tổng Giám đốc Agribank từ năm 2019.", find: ["Tổng Giám đốc Agribank"], only: true },
      { text: "Ông Xiển ở cương vị Phó Chủ tịch UBND tỉnh Đông Lạc.", find: ["Phó Chủ tịch UBND tỉnh Đông Lạc"], only: true },
      { text: "Phó Chủ tịch Hạ viện Nhật Bản Lò Văn Xiển đến thăm.", find: ["Phó Chủ tịch Hạ viện Nhật Bản"], only: true },
      { text: "Đại sứ Việt Nam tại Liên bang Nga Lò Văn Xiển phát biểu.", find: ["Đại sứ Việt Nam tại Liên bang Nga", { text: "Việt Nam", type: "LOC" }, { text: "Liên bang Nga", type: "LOC" }], only: true },
      { text: "Ông Xiển, Cục phó Cục Quản lý giá, cho biết.", find: ["Cục phó Cục Quản lý giá"], only: true },
      { text: "Chánh án Tòa án Quân sự Trung ương Lò Văn Xiển ký.", find: ["Chánh án Tòa án Quân sự Trung ương"], only: true },
      { text: "Ông Xiển, Giám đốc Sở Khoa học, Công nghệ và Môi trường tỉnh Đông Lạc, phát biểu.", find: ["Giám đốc Sở Khoa học, Công nghệ và Môi trường tỉnh Đông Lạc"], only: true },
      { text: "Phó Chủ tịch UBND TP. Đông Lạc Lò Văn Xiển phát biểu.", find: ["Phó Chủ tịch UBND TP. Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Ông Xiển, Chủ tịch UBND TP.Đông Lạc, phát biểu.", find: ["Chủ tịch UBND TP.Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Ông Xiển, Chánh Văn phòng Bộ, có mặt.", find: ["Chánh Văn phòng Bộ"], only: true },
      // A counted post is plural, but `1` is one post.
      { text: "Hội nghị bầu 52 thành viên Ban Chấp hành và 1 Ủy viên Bộ Chính trị.", find: ["Ủy viên Bộ Chính trị"], only: true },
      // A list of terms keeps a chain of posts going.
      { text: "Ông Xiển là Ủy viên Trung ương Đảng các khóa 3, 4; đại biểu Quốc hội từ khóa 2 đến khóa 6.", find: ["Ủy viên Trung ương Đảng", { text: "đại biểu Quốc hội", rule: "role/lower-self-bodied" }], only: true },
      { text: "Giám đốc CDC Đông Lạc cho biết.", find: ["Giám đốc CDC Đông Lạc"], only: true },
      { text: "Ông Xiển, Phó trưởng Ban Dân nguyện Quốc hội, phát biểu.", find: ["Phó trưởng Ban Dân nguyện Quốc hội"], only: true },
      // A delegation's head with its mission (any case) or its deputies' delegation and place.
      { text: "Ông Xiển, Trưởng đoàn Kiểm tra số 471, cho biết.", find: ["Trưởng đoàn Kiểm tra số 471"], only: true },
      { text: "Trưởng đoàn đại biểu Quốc hội tỉnh Đông Lạc Lò Văn Xiển phát biểu.", find: ["Trưởng đoàn đại biểu Quốc hội tỉnh Đông Lạc", { text: "Đông Lạc", type: "LOC" }], only: true },
      { text: "Ông Xiển là trưởng đoàn thanh tra của tỉnh.", find: [{ text: "trưởng đoàn thanh tra", rule: "role/lower-title-body" }], only: true },
      // An attaché's field stays in the title; the mission and its seat follow.
      { text: "Ông Xiển, Tùy viên quân sự Đại sứ quán Việt Nam tại Lào, phát biểu.", find: ["Tùy viên quân sự Đại sứ quán Việt Nam tại Lào"] },
      // A foreign holder's one-word name after the country that ends the post.
      { text: "Bộ trưởng Ngoại giao Lào Petrovic hội đàm với đoàn.", find: [{ text: "Bộ trưởng Ngoại giao Lào", rule: "role/title-ministry-field" }], not: ["Bộ trưởng Ngoại giao Lào Petrovic"] },
      { text: "Tổng thống Pháp Durand phát biểu.", find: ["Tổng thống Pháp"], not: ["Tổng thống Pháp Durand"] },
      // Foreign legislators and China's State Council.
      { text: "Thượng nghị sĩ Mỹ John Miller phát biểu.", find: ["Thượng nghị sĩ Mỹ", { text: "Mỹ", type: "LOC" }], only: true },
      { text: "Thủ tướng Quốc vụ viện Trung Quốc tiếp đoàn.", find: ["Thủ tướng Quốc vụ viện Trung Quốc", { text: "Trung Quốc", type: "LOC" }], only: true },
      { text: "Ủy viên Quốc vụ Trung Quốc tiếp đoàn.", find: ["Ủy viên Quốc vụ Trung Quốc"] },
      // A bank's branch by its place.
      { text: "Ông Xiển, Giám đốc Agribank chi nhánh Đông Lạc, cho biết.", find: ["Giám đốc Agribank chi nhánh Đông Lạc"] },
      { text: "Ông Xiển, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh, cho biết.", find: ["Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh", { text: "Hà Tĩnh", type: "LOC" }] },
      // A body the gazetteer knows by an abbreviated name without a head word.
      { text: "Ông Xiển, Phó Chủ tịch UBTƯ MTTQ Việt Nam, phát biểu.", find: ["Phó Chủ tịch UBTƯ MTTQ Việt Nam", { text: "Việt Nam", type: "LOC" }], only: true },
      // A unit or head syllable inside a word of the name (`xã hội`, `nông thôn`, `Quân đội`) ends nothing.
      { text: "Ông Xiển, Viện trưởng Viện Hàn lâm Khoa học xã hội Việt Nam, phát biểu.", find: ["Viện trưởng Viện Hàn lâm Khoa học xã hội Việt Nam"] },
      { text: "Ông Xiển, Phó Tổng Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam, phát biểu.", find: ["Phó Tổng Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam"] },
      { text: "Ông Xiển, Bí thư Đảng ủy Quân sự tỉnh Đông Lạc, phát biểu.", find: ["Bí thư Đảng ủy Quân sự tỉnh Đông Lạc"] },
      // A body of a numbered region keeps the region in its name.
      { text: "Ông Xiển, Giám đốc Học viện Chính trị khu vực I, phát biểu.", find: ["Giám đốc Học viện Chính trị khu vực I"], only: true },
      { text: "Hôm qua Kiểm toán Nhà nước khu vực IV công bố.", find: [{ text: "Kiểm toán Nhà nước khu vực IV", type: "ORG" }] },
      // The Youth Union by its short name at any level.
      { text: "Ông Xiển, Bí thư Đoàn Thanh niên xã Vĩnh Khê, phát biểu.", find: ["Bí thư Đoàn Thanh niên xã Vĩnh Khê", { text: "Vĩnh Khê", type: "LOC" }], only: true },
    ],
    counterExamples: [
      "Các vị Bộ trưởng đã trả lời.",
      "Các Phó Chủ tịch Hội đồng quản trị là người chịu trách nhiệm.",
      // An embassy is a body, not the post `Đại sứ`.
      "Đại sứ quán Việt Nam tại Nhật Bản tổ chức lễ.",
      // `khu vực` without a number is no region of the body's name.
      { text: "Ông Xiển, Giám đốc Sở Y tế, làm việc tại khu vực miền núi.", find: ["Giám đốc Sở Y tế"], only: true },
      // A head that names its parent first takes no post as its name.
      { text: "Ông Xiển, Bí thư Đảng ủy, Giám đốc Học viện Đông Lạc, phát biểu.", find: ["Bí thư Đảng ủy", "Giám đốc Học viện Đông Lạc"], not: ["Bí thư Đảng ủy, Giám đốc"] },
      // A unit word that makes no word with the syllable before it still starts the place.
      { text: "Ông Xiển, Giám đốc Sở Y tế tỉnh Đông Lạc, phát biểu.", find: ["Giám đốc Sở Y tế tỉnh Đông Lạc"], not: ["Giám đốc Sở Y tế"] },
      // A full stop ending the sentence after `TP` takes no place with it.
      { text: "Ông làm Chủ tịch UBND TP. Sau đó ông nghỉ hưu.", find: ["Chủ tịch UBND TP"], not: ["Chủ tịch UBND TP. Sau"] },
      // An all-caps title heading reads no name as an abbreviated body.
      { text: "TỔNG BÍ THƯ KHỔNG VIẾT THUẬN PHÁT BIỂU", find: [{ text: "TỔNG BÍ THƯ", rule: "role/title-standalone" }], only: true },
    ],
  },
  {
    id: "role/title-ministry-field",
    description: "A foreign minister: the minister's title, the ministry's field, then the country, a place inside the post.",
    examples: [
      { text: "Bộ trưởng Ngoại giao Lào Ivan Petrov thăm Đông Lạc.", find: ["Bộ trưởng Ngoại giao Lào", { text: "Lào", type: "LOC" }], not: ["Bộ trưởng Ngoại giao Lào Ivan Petrov"] },
      { text: "Bộ trưởng Tài chính Nhật Bản Hiroshi Tanaka phát biểu.", find: ["Bộ trưởng Tài chính Nhật Bản"], not: ["Bộ trưởng Tài chính Nhật Bản Hiroshi Tanaka"] },
    ],
    // A ministry whose name goes on past a known field is read whole by the body rules.
    counterExamples: [{ text: "Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Prak Sokhonn cho biết.", find: [{ text: "Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia", rule: "role/title-body" }], not: ["Bộ trưởng Ngoại giao"] }],
  },
  {
    id: "role/title-service",
    description: "A foreign armed service's commander: the service, then its country.",
    examples: [{ text: "Tư lệnh Hải quân Mỹ John Miller thăm Đông Lạc.", find: ["Tư lệnh Hải quân Mỹ", { text: "Mỹ", type: "LOC" }] }],
    counterExamples: [],
  },
  {
    id: "role/title-group",
    description: "A friendship group of members of parliament with two known countries.",
    examples: [{ text: "Ông Lò Văn Xiển, Phó Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản, phát biểu.", find: ["Phó Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản", { text: "Nhật Bản", type: "LOC" }] }],
    counterExamples: [],
  },
  {
    id: "role/lower-title-body",
    description: "A lower-case post with its body: a board member of a company (`thành viên Hội đồng quản trị …`).",
    examples: [{ text: "Ông Lò Văn Xiển, thành viên Hội đồng quản trị Công ty Hưng Khang, cho biết.", find: ["thành viên Hội đồng quản trị Công ty Hưng Khang"], only: true }],
    counterExamples: ["Hội nghị có 52 thành viên Ban Chấp hành."],
  },
  {
    id: "role/lower-self-bodied",
    description: "A deputy's post after `được bầu`/`trúng cử` is one person's post; after `bầu cử` it is the election of many.",
    examples: [{ text: "Ông Lò Văn Xiển được bầu đại biểu Quốc hội khóa XIV.", find: ["đại biểu Quốc hội"], only: true }],
    counterExamples: ["Cuộc bầu cử Đại biểu Quốc hội khóa XIV diễn ra sôi nổi."],
  },
  {
    id: "role/title-standalone",
    description: "Foreign local heads (`Tỉnh trưởng`, `Thị trưởng`) name one post alone; a counted post heading its holders after `là` is one too.",
    examples: [
      { text: "Tỉnh trưởng Lò Văn Xiển tiếp đoàn.", find: ["Tỉnh trưởng"], only: true },
      // A counted post with its holders after `là` heads their list.
      { text: "Ngân hàng bổ nhiệm 2 Phó Chủ tịch Hội đồng quản trị là ông Lò Văn Xiển và bà Khổng Thị Mai.", find: ["Phó Chủ tịch Hội đồng quản trị"], only: true },
    ],
    counterExamples: ["Các Tỉnh trưởng dự họp."],
  },
];

/** Run with the whole default pipeline over the bundled gazetteer. */
export const ROLE_BODIES_TABLE: RuleTable = { name: "ROLE bodies of unseen news", source: "src/rules/role, src/match/bodies.ts", output: "ROLE", setup: "default", rows: ROLE_BODIES_RULES };
