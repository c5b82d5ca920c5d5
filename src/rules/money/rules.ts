/**
 * The MONEY rules as a table (the shape of `../table.ts`): what each rule id means, with
 * examples (text, expected span and value) and counter-examples (texts where no MONEY may be
 * found). They run as tests (`tests/rules/examples.test.ts`).
 * @module
 */
import type { RuleRow, RuleTable } from "../table.js";

/** Qualifiers written before an amount; they stay outside the span (kept as `attrs.qualifier`). */
export const QUALIFIERS: readonly (readonly string[])[] = [
  ["hơn"], ["gần"], ["khoảng"], ["trên"], ["dưới"], ["ước"], ["ước", "tính"], ["chừng"], ["xấp", "xỉ"], ["tối", "đa"],
  ["tối", "thiểu"], ["ít", "nhất"], ["gần", "như"], ["trên", "dưới"], ["hơn", "một"], ["tới"], ["lên", "tới"], ["lên", "đến"], ["đến"], ["tổng", "cộng"],
  ["tầm"], ["tầm", "khoảng"], ["khoảng", "chừng"], ["không", "tới"], ["không", "quá"], ["không", "hơn"], ["không", "cao", "hơn"], ["không", "ít", "hơn"],
  ["ít", "hơn"], ["nhiều", "hơn"], ["cao", "hơn"], ["kém", "hơn"], ["giữa"],
];

/** Words that may follow an amount with a scale word but no currency (`1.448 tỷ vẫn chưa`): not a unit noun. */
export const FOLLOWERS_WITHOUT_CURRENCY: ReadonlySet<string> = new Set([
  "và", "là", "so", "của", "cho", "với", "trong", "tăng", "giảm", "vẫn", "được", "đã", "bị", "thì", "mà", "nhưng",
  "hoặc", "hay", "từ", "đến", "tới", "vào", "năm", "mỗi", "một", "trên", "dưới", "còn", "chưa", "sẽ", "để", "nên",
]);

export const MONEY_RULES: readonly RuleRow[] = [
  {
    id: "money/amount-scale-currency",
    description: "A number in digits, one or more scale words (nghìn, triệu, tỷ, nghìn tỷ), a currency.",
    examples: [
      { text: "hỗ trợ 3 tỷ đồng cho tỉnh", find: [{ text: "3 tỷ đồng", value: { amount: 3000000000, currency: "VND" } }] },
      { text: "1,5 triệu USD", find: [{ value: { amount: 1500000, currency: "USD" } }] },
      { text: "1.200 tỷ đồng", find: [{ value: { amount: 1200000000000, currency: "VND" } }] },
      { text: "12,5 tỷ đồng", find: [{ value: { amount: 12500000000, currency: "VND" } }] },
      { text: "thu được hơn 150 tỷ đồng", find: [{ text: "150 tỷ đồng", value: { amount: 150000000000, currency: "VND" }, attrs: { qualifier: "hơn" } }] },
      { text: "1,2 tỷ đồng", find: [{ value: { amount: 1200000000, currency: "VND" } }] },
      { text: "2.659,96 tỷ đồng", find: [{ value: { amount: 2659960000000, currency: "VND" } }] },
      { text: "3 nghìn tỷ đồng", find: [{ value: { amount: 3000000000000, currency: "VND" } }] },
      { text: "2 tỷ 500 triệu đồng", find: [{ value: { amount: 2500000000, currency: "VND" } }] },
      { text: "115,15 triệu đô la Mỹ", find: [{ value: { amount: 115150000, currency: "USD" } }] },
      { text: "gần 2 triệu euro", find: [{ text: "2 triệu euro", value: { amount: 2000000, currency: "EUR" }, attrs: { qualifier: "gần" } }] },
      { text: "10 tỷ nhân dân tệ", find: [{ value: { amount: 10000000000, currency: "CNY" } }] },
      { text: "892 tỉ đồng", find: [{ value: { amount: 892000000000, currency: "VND" } }] },
    ],
    counterExamples: ["3 triệu người", "10 triệu cổ phiếu", "1,5 triệu tấn gạo", "hai đồng chí"],
  },
  {
    id: "money/amount-currency",
    description: "A number in digits and a currency, no scale word; `đ` may be glued to the number.",
    examples: [
      { text: "200.000 đồng", find: [{ value: { amount: 200000, currency: "VND" } }] },
      { text: "vé giá 50.000đ một người", find: [{ text: "50.000đ", value: { amount: 50000, currency: "VND" } }] },
      { text: "500.000 USD", find: [{ value: { amount: 500000, currency: "USD" } }] },
      { text: "1.070.000 USD", find: [{ value: { amount: 1070000, currency: "USD" } }] },
      { text: "khoảng 470.000 VNĐ", find: [{ text: "470.000 VNĐ", value: { amount: 470000, currency: "VND" }, attrs: { qualifier: "khoảng" } }] },
      { text: "2.000 yên", find: [{ value: { amount: 2000, currency: "JPY" } }] },
      { text: "10$", find: [{ value: { amount: 10, currency: "USD" } }] },
      { text: "2 đô la và 23 xu", find: [{ value: { amount: 2.23, currency: "USD" } }] },
      { text: "vé 50.000đ.", find: [{ text: "50.000đ", value: { amount: 50000, currency: "VND" } }] },
    ],
    counterExamples: [
      "tăng 5% so với năm 2016",
      "Quyết định số 123/QĐ-TTg",
      "gọi 0912.345.678",
      "có 52 thành viên",
      "năm 2017 đồng thời",
    ],
  },
  {
    id: "money/symbol-prefix",
    description: "A currency symbol or code written before the number.",
    examples: [
      { text: "$10", find: [{ value: { amount: 10, currency: "USD" } }] },
      { text: "€20", find: [{ value: { amount: 20, currency: "EUR" } }] },
      { text: "EUR 20", find: [{ value: { amount: 20, currency: "EUR" } }] },
      { text: "ít nhất $1,42", find: [{ text: "$1,42", value: { amount: 1.42, currency: "USD" }, attrs: { qualifier: "ít nhất" } }] },
    ],
    counterExamples: ["tỷ giá USD"],
  },
  {
    id: "money/words-currency",
    description: "A number in words (with scale words), then a currency.",
    examples: [
      { text: "ba tỷ đồng", find: [{ value: { amount: 3000000000, currency: "VND" } }] },
      { text: "hai mươi lăm triệu đồng", find: [{ value: { amount: 25000000, currency: "VND" } }] },
      { text: "một trăm linh năm nghìn đồng", find: [{ value: { amount: 105000, currency: "VND" } }] },
      { text: "một triệu rưỡi đồng", find: [{ value: { amount: 1500000, currency: "VND" } }] },
      { text: "mười đô la", find: [{ value: { amount: 10, currency: "USD" } }] },
      { text: "hai phẩy năm tỷ đồng", find: [{ value: { amount: 2500000000, currency: "VND" } }] },
      { text: "hai chục triệu đồng", find: [{ value: { amount: 20000000, currency: "VND" } }] },
      { text: "không quá bảy nghìn đồng", find: [{ text: "bảy nghìn đồng", value: { amount: 7000, currency: "VND" }, attrs: { qualifier: "không quá" } }] },
    ],
    counterExamples: ["năm đồng chí", "một số doanh nghiệp", "không tới 7000 người"],
  },
  {
    id: "money/words-scale",
    description: "A number in words ending in a scale word of at least a million, in a VND context.",
    examples: [
      { text: "được thưởng 2 triệu đồng, còn người kia hai mươi lăm triệu.", find: [{ text: "hai mươi lăm triệu", value: { amount: 25000000, currency: "VND" } }] },
    ],
    counterExamples: ["hai mươi lăm triệu người"],
  },
  {
    id: "money/compact",
    description: "Compact forms: `1tr5` (1,5 triệu), `50k`, `2tỷ3`.",
    examples: [
      { text: "1tr5 vnd", find: [{ value: { amount: 1500000, currency: "VND" } }] },
      { text: "giá 50k", find: [{ text: "50k", value: { amount: 50000, currency: "VND" } }] },
      { text: "lương 1tr5 một tháng", find: [{ text: "1tr5", value: { amount: 1500000, currency: "VND" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "money/range",
    description: "Two amounts joined by `-`, `đến` or `tới`, sharing the later scale and currency.",
    examples: [
      { text: "230-250 triệu đồng", find: [{ value: { min: 230000000, max: 250000000, currency: "VND" } }] },
      { text: "7-8 tỷ đồng", find: [{ value: { min: 7000000000, max: 8000000000, currency: "VND" } }] },
      { text: "50.000đ-100.000đ", find: [{ value: { min: 50000, max: 100000, currency: "VND" } }] },
      { text: "5 đến 7 tỷ đồng", find: [{ value: { min: 5000000000, max: 7000000000, currency: "VND" } }] },
      { text: "Lương 20 triệu đồng, có người 230-250 triệu/tháng", find: [{ text: "230-250 triệu", value: { min: 230000000, max: 250000000, currency: "VND" } }] },
      { text: "2 triệu đến 3 triệu USD", find: [{ value: { min: 2000000, max: 3000000, currency: "USD" } }] },
    ],
    counterExamples: ["giai đoạn 2017 - 2020", "nhiệm kỳ 2015-2020"],
  },
  {
    id: "money/range-from-to",
    description: "`từ X đến Y` with a currency: the span keeps `từ`.",
    examples: [
      { text: "từ 5 đến 7 tỷ đồng", find: [{ value: { min: 5000000000, max: 7000000000, currency: "VND" } }] },
      { text: "phạt từ 20 triệu đồng đến 30 triệu đồng", find: [{ text: "từ 20 triệu đồng đến 30 triệu đồng", value: { min: 20000000, max: 30000000, currency: "VND" } }] },
      { text: "từ 1000 VNĐ tới 2000 VNĐ", find: [{ value: { min: 1000, max: 2000, currency: "VND" } }] },
      { text: "giá dao động giữa 1,1 và 1,3 đô la", find: [{ text: "giữa 1,1 và 1,3 đô la", value: { min: 1.1, max: 1.3, currency: "USD" } }] },
    ],
    counterExamples: ["từ năm 2017 đến năm 2020"],
  },
  {
    id: "money/amount-scale-vnd-context",
    description: "A number with a scale word of at least a million and no currency, in a text that names VND elsewhere; not before a unit noun.",
    examples: [
      { text: "chi 5.573 tỷ đồng, còn lại 1.448 tỷ vẫn chưa quyết toán", find: [{ text: "1.448 tỷ", value: { amount: 1448000000000, currency: "VND" } }] },
    ],
    counterExamples: ["dân số 35.000 tỷ người", "khoảng 35 triệu người và 2 triệu hộ", "dân số 90 triệu."],
  },
];

export const MONEY_TABLE: RuleTable = { name: "MONEY", source: "src/rules/money", output: "MONEY", setup: "money", rows: MONEY_RULES };
