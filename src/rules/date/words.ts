/**
 * Word tables for dates: head words, parts of day, weekdays, Roman numerals, seasons.
 * @module
 */
import type { PatternRow } from "../table.js";

/** A word and the TIMEX3 code it produces. */
export interface WordCode { words: readonly string[]; timex: string }

/** Parts of day and their TIMEX3 codes, each with an example (run by tests/rules/examples.test.ts). */
export const PART_OF_DAY_ROWS: readonly PatternRow<WordCode>[] = [
  { id: "date/part-of-day-dm", description: "`sáng`: morning, TMO", pattern: { words: ["sáng"], timex: "TMO" },
    examples: [{ text: "Phiên họp sáng 9/6/2017 kết thúc.", find: [{ text: "sáng 9/6/2017", value: { timex: "2017-06-09TMO" } }] }], counterExamples: [] },
  { id: "date/part-of-day-dm", description: "`trưa`: midday, TMI", pattern: { words: ["trưa"], timex: "TMI" },
    examples: [{ text: "Phiên họp trưa 9/6/2017 kết thúc.", find: [{ text: "trưa 9/6/2017", value: { timex: "2017-06-09TMI" } }] }], counterExamples: [] },
  { id: "date/part-of-day-dm", description: "`chiều`: afternoon, TAF", pattern: { words: ["chiều"], timex: "TAF" },
    examples: [{ text: "Phiên họp chiều 9/6/2017 kết thúc.", find: [{ text: "chiều 9/6/2017", value: { timex: "2017-06-09TAF" } }] }], counterExamples: [] },
  { id: "date/part-of-day-dm", description: "`tối`: evening, TEV", pattern: { words: ["tối"], timex: "TEV" },
    examples: [{ text: "Phiên họp tối 9/6/2017 kết thúc.", find: [{ text: "tối 9/6/2017", value: { timex: "2017-06-09TEV" } }] }], counterExamples: [] },
  { id: "date/part-of-day-dm", description: "`đêm`, `khuya`: night, TNI", pattern: { words: ["đêm", "khuya"], timex: "TNI" },
    examples: [
      { text: "Phiên họp đêm 9/6/2017 kết thúc.", find: [{ text: "đêm 9/6/2017", value: { timex: "2017-06-09TNI" } }] },
      { text: "Phiên họp khuya 9/6/2017 kết thúc.", find: [{ text: "khuya 9/6/2017", value: { timex: "2017-06-09TNI" } }] },
    ],
    counterExamples: [] },
];

/** Parts of day and their TIMEX3 codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map(PART_OF_DAY_ROWS.flatMap((r) => r.pattern.words.map((w) => [w, r.pattern.timex] as const)));

/** Weekdays (JS `getUTCDay` numbering: Sunday 0). `thứ hai` is Monday. */
export const WEEKDAY_AFTER_THU: ReadonlyMap<string, number> = new Map([
  ["hai", 1], ["ba", 2], ["tư", 3], ["năm", 4], ["sáu", 5], ["bảy", 6], ["bẩy", 6],
  ["2", 1], ["3", 2], ["4", 3], ["5", 4], ["6", 5], ["7", 6],
]);

export const WEEKDAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** Seasons and their TIMEX3 codes, each with an example (after `mùa`). */
export const SEASON_ROWS: readonly PatternRow<WordCode>[] = [
  { id: "date/season", description: "`xuân`: spring, SP", pattern: { words: ["xuân"], timex: "SP" },
    examples: [{ text: "Chiến dịch mùa xuân năm 1975 thắng lợi.", find: [{ text: "mùa xuân năm 1975", value: { timex: "1975-SP" } }] }], counterExamples: [] },
  { id: "date/season", description: "`hè`, `hạ`: summer, SU", pattern: { words: ["hè", "hạ"], timex: "SU" },
    examples: [
      { text: "Chiến dịch mùa hè năm 1975 thắng lợi.", find: [{ text: "mùa hè năm 1975", value: { timex: "1975-SU" } }] },
      { text: "Chiến dịch mùa hạ năm 1975 thắng lợi.", find: [{ text: "mùa hạ năm 1975", value: { timex: "1975-SU" } }] },
    ],
    counterExamples: [] },
  { id: "date/season", description: "`thu`: autumn, FA", pattern: { words: ["thu"], timex: "FA" },
    examples: [{ text: "Chiến dịch mùa thu năm 1975 thắng lợi.", find: [{ text: "mùa thu năm 1975", value: { timex: "1975-FA" } }] }], counterExamples: [] },
  { id: "date/season", description: "`đông`: winter, WI", pattern: { words: ["đông"], timex: "WI" },
    examples: [{ text: "Chiến dịch mùa đông năm 1975 thắng lợi.", find: [{ text: "mùa đông năm 1975", value: { timex: "1975-WI" } }] }], counterExamples: [] },
];

/** Seasons and their TIMEX3 codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map(SEASON_ROWS.flatMap((r) => r.pattern.words.map((w) => [w, r.pattern.timex] as const)));

/** Words before a period that keep its value (`đầu năm 2017` → `2017`). */
export const EDGE_WORDS: ReadonlySet<string> = new Set(["đầu", "cuối", "giữa"]);

/** Head words of a year range (`giai đoạn 2017 - 2020`). */
export const PERIOD_HEADS: readonly (readonly string[])[] = [
  ["giai", "đoạn"], ["nhiệm", "kỳ"], ["thời", "kỳ"], ["niên", "khóa"], ["năm", "học"], ["niên", "độ"], ["kế", "hoạch"],
];

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
/** Value of a Roman numeral (`XVIII` → 18), or null. */
export function romanValue(s: string): number | null {
  const t = s.toLowerCase();
  if (!/^[ivxlc]+$/.test(t)) return null;
  let v = 0;
  for (let i = 0; i < t.length; i++) {
    const a = ROMAN[t[i]!]!, b = ROMAN[t[i + 1]!] ?? 0;
    v += a < b ? -a : a;
  }
  return v > 0 ? v : null;
}

/** Quarter numbers: Roman, digits or words (`quý I`, `quý 3`, `quý ba`). */
export function quarterValue(s: string): number | null {
  const r = romanValue(s);
  if (r && r <= 4 && s === s.toUpperCase()) return r;
  const m: Record<string, number> = { "1": 1, "2": 2, "3": 3, "4": 4, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4 };
  return m[s.toLowerCase()] ?? null;
}

/** Small numbers in words for days and months (`mười lăm`, `tháng tư`). */
export const SMALL_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["một", 1], ["hai", 2], ["ba", 3], ["bốn", 4], ["tư", 4], ["năm", 5], ["sáu", 6], ["bảy", 7], ["bẩy", 7], ["tám", 8], ["chín", 9], ["mười", 10],
  ["giêng", 1], ["chạp", 12],
]);

/** Words after a partial date that point to the near future (`sáng 22/5 tới đây`). */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(["tới", "sắp", "sau"]);
/** Words after a partial date that point to the past (`ngày 27/6 vừa qua`). */
export const PAST_MARKERS: ReadonlySet<string> = new Set(["vừa", "qua", "trước"]);
