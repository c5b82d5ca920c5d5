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
      { text: "Đoàn đến sân bay Vadorsk-2 chiều qua.", find: ["sân bay Vadorsk-2"], only: true },
      { text: "Đoàn viếng Khu lưu niệm Tổng Bí thư Khổng Viết Thuận tại tỉnh Đông Lạc.", find: ["Khu lưu niệm Tổng Bí thư Khổng Viết Thuận", { text: "Đông Lạc", rule: "loc/unit" }], only: true },
      { text: "Lễ đón tại Đại lễ đường Nhân dân ở thủ đô.", find: ["Đại lễ đường Nhân dân"], only: true },
      // A memorial keeps an honorific before the person's name (no PERSON inside: guidelines).
      { text: "Đoàn dâng hương tại Nhà tưởng niệm đồng chí Khổng Viết Thuận, tỉnh Đông Lạc.", find: ["Nhà tưởng niệm đồng chí Khổng Viết Thuận", { text: "Đông Lạc", rule: "loc/unit" }], only: true },
    ],
    counterExamples: [
      { text: "Đoàn đến thăm gia đình đồng chí Khổng Viết Thuận.", find: [{ text: "Khổng Viết Thuận", type: "PERSON" }], only: true },
      { text: "Xe qua sông Cầu nối giữa hai tỉnh.", find: ["sông Cầu"], only: true },
      { text: "Thăm cửa khẩu Hữu Khê - Ảnh: TTXVN", find: ["cửa khẩu Hữu Khê"], only: true },
    ],
  },
  {
    id: "loc/unit",
    description: "a place after its administrative unit word; the unit stays outside (`huyện Vĩnh Khê`)",
    examples: [
      { text: "Đoàn về huyện Vĩnh Khê, tỉnh Đông Lạc.", find: ["Vĩnh Khê", "Đông Lạc"], only: true },
      // An abbreviated unit with its dot apart from the name.
      { text: "Ông về TP. Đông Lạc hôm qua.", find: ["Đông Lạc"], only: true },
    ],
    counterExamples: ["Họp tại UBND TP. Ông Khổng Văn Lạc chủ trì."],
  },
  {
    id: "loc/introduced",
    description: "a place the article introduced with its unit word, later written alone",
    examples: [
      { text: "Tỉnh ủy tỉnh Đông Lạc họp. Đông Lạc có nhiều tiềm năng.", find: [{ text: "Đông Lạc", rule: "loc/in-body" }, "Đông Lạc"], only: true },
      // Known places written alone: a district before its own province after a comma; a city or
      // urban district whose name no person could bear; a former province on a later date.
      { text: "Ông sinh năm 1970 tại Thượng Khê, Khê Lạc.", find: ["Thượng Khê", "Khê Lạc"], only: true },
      { text: "Ông lên Đà Lâm công tác.", find: ["Đà Lâm"], only: true },
      { text: "Năm 1985, ông về Lạc Hà công tác.", date: "2017-05-01", find: ["Lạc Hà"], only: true },
    ],
    counterExamples: [
      { text: "Ông sinh năm 1970 tại Thượng Khê, Vadoria.", find: ["Vadoria"], only: true },
      // Every syllable a given name: a person's name as likely as the district's.
      "Ông lên Thanh Hải công tác.",
      // Standing alone only: the end of a longer capitalised run is a person's name.
      "Ông Khổng Đà Lâm phát biểu.",
      // After an honorific or a credit label, the words of a place name are a person's.
      { text: "Theo ông Khê Lạc, dự án chậm.", find: [{ text: "Khê Lạc", type: "PERSON", rule: "person/cue-honorific" }], only: true },
      { text: "Toàn cảnh hội nghị. Ảnh: Khê Lạc", find: [{ text: "Khê Lạc", type: "PERSON", rule: "person/credit" }], only: true },
      // A unit word inside a known place's name introduces nothing (`Nhật Bản`: `bản`, a village).
      { text: "Chủ tịch Hạ viện Lạc Bản Taro Kemura đón đoàn. Chủ tịch Hạ viện Taro Kemura phát biểu.", find: ["Lạc Bản", { text: "Taro Kemura", type: "PERSON", rule: "person/after-role" }], not: ["Taro Kemura"] },
    ],
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
  {
    id: "loc/sibling",
    description: "places listed bare after a place written with a district's, commune's or ward's unit word (`phường Khê Lạc, Hưng Khê, TP Đông Lạc`): 1-3 capitalised syllables between list marks, no person, title, body or unit",
    examples: [
      { text: "Dự án đi qua phường Khê Lạc, Hưng Khê, thành phố Đông Lạc.", find: [{ text: "Khê Lạc", rule: "loc/unit" }, "Hưng Khê", { text: "Đông Lạc", rule: "loc/unit" }], only: true },
      { text: "Lũ gây ngập các xã Khê Lạc, Hưng Khê và Vĩnh Khê.", find: [{ text: "Khê Lạc", rule: "loc/unit" }, "Hưng Khê", "Vĩnh Khê"], only: true },
    ],
    counterExamples: [
      // A person, a title or a body after the comma; a clause going on after the name.
      { text: "Tại xã Khê Lạc, Khổng Văn Thuận cho biết.", not: ["Khổng Văn Thuận"] },
      { text: "Tại xã Khê Lạc, Chủ tịch UBND xã cho biết.", not: ["Chủ tịch"] },
      { text: "Tại xã Khê Lạc, Hà Khải cho biết thêm.", not: ["Hà Khải"] },
      // Not after a province's unit word: a name after it is often the subject (`tỉnh X, Y, …` is rare).
      { text: "Tại tỉnh Khê Lạc, Vĩnh Khê, Hưng Khê.", not: ["Vĩnh Khê"] },
    ],
  },
];

export const LOC_TABLE: RuleTable = { name: "LOC", source: "src/rules/loc", output: "LOC", setup: "names+nonce-gazetteer", rows: LOC_RULES };

/** LOC rules that read what the bundled gazetteer finds, and its oceans, seas and regions, run with `extract()`. */
export const LOC_GAZETTEER_RULES: readonly RuleRow[] = [
  {
    id: "loc/region-pair",
    description: "two world regions the gazetteer knows joined by a spaced dash are one region (`Đông Á - Thái Bình Dương`); countries stay two places",
    examples: [
      { text: "Ông phụ trách khu vực Đông Á - Thái Bình Dương của tổ chức.", find: ["Đông Á - Thái Bình Dương"], only: true },
      { text: "Hội thảo về Trung Đông - Bắc Phi diễn ra hôm qua.", find: ["Trung Đông - Bắc Phi"], only: true },
    ],
    counterExamples: [
      { text: "Quan hệ Nga - Trung Quốc phát triển.", not: ["Nga - Trung Quốc"] },
    ],
  },
  {
    id: "gazetteer:vung:thai-binh-duong",
    description: "oceans, seas and world regions are places (data/places.tsv), never a person's name (`Thái Bình Dương`)",
    examples: [
      { text: "Tàu cá hoạt động trên Thái Bình Dương và Ấn Độ Dương.", find: ["Thái Bình Dương", { text: "Ấn Độ Dương", rule: "gazetteer:vung:an-do-duong" }], only: true },
      { text: "Hai nước cùng ở Đông Nam Á, gần Biển Đông.", find: [{ text: "Đông Nam Á", rule: "gazetteer:vung:dong-nam-a" }, { text: "Biển Đông", rule: "gazetteer:vung:bien-dong" }], only: true },
    ],
    counterExamples: [
      // After an honorific the same words are a person's name, which outranks the place.
      { text: "Ông Thái Bình Dương, Giám đốc Sở, phát biểu.", not: ["Thái Bình Dương"] },
    ],
  },
];

export const LOC_GAZETTEER_TABLE: RuleTable = { name: "LOC over the gazetteer", source: "src/rules/loc, data/places.tsv", output: "LOC", setup: "default", rows: LOC_GAZETTEER_RULES };

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
      // In title case too (a paper's name).
      { text: "báo Pháp Luật đưa tin", at: [1, 2] },
      { text: "Mỹ Thuật Đông Lạc", at: [0, 1] },
    ],
  },
  {
    id: "proper-place/lower-head",
    description: "a region may open with lower-case words before its capitalised part (`châu Á`, `đồng bằng sông Cửu Long`)",
    examples: [
      { text: "hợp tác ở châu Á", at: [3, 5] },
      { text: "vùng đồng bằng sông Cửu Long", at: [1, 5] },
    ],
    counterExamples: [
      { text: "các châu lục", at: [1, 3] },
      { text: "ở châu\nÁ", at: [1, 3] },
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
