/**
 * Word tables for dates: head words, parts of day, weekdays, Roman numerals, seasons.
 * @module
 */

/** A word and the TIMEX3 code it produces. */
export interface WordCode { words: readonly string[]; timex: string }

/** Parts of day and their TIMEX3 codes (each with an example in DATE_WORDS_TABLE, ./rules.ts). */
export const PART_OF_DAY_CODES: readonly WordCode[] = [
  { words: ["sáng"], timex: "TMO" },
  { words: ["trưa"], timex: "TMI" },
  { words: ["chiều"], timex: "TAF" },
  { words: ["tối"], timex: "TEV" },
  { words: ["đêm", "khuya"], timex: "TNI" },
];

/** Parts of day and their TIMEX3 codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map(PART_OF_DAY_CODES.flatMap((r) => r.words.map((w) => [w, r.timex] as const)));

/** Weekdays (JS `getUTCDay` numbering: Sunday 0). `thứ hai` is Monday. */
export const WEEKDAY_AFTER_THU: ReadonlyMap<string, number> = new Map([
  ["hai", 1], ["ba", 2], ["tư", 3], ["năm", 4], ["sáu", 5], ["bảy", 6], ["bẩy", 6],
  ["2", 1], ["3", 2], ["4", 3], ["5", 4], ["6", 5], ["7", 6],
]);

export const WEEKDAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** Seasons and their TIMEX3 codes, after `mùa` (each with an example in DATE_WORDS_TABLE, ./rules.ts). */
export const SEASON_CODES: readonly WordCode[] = [
  { words: ["xuân"], timex: "SP" },
  { words: ["hè", "hạ"], timex: "SU" },
  { words: ["thu"], timex: "FA" },
  { words: ["đông"], timex: "WI" },
];

/** Seasons and their TIMEX3 codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map(SEASON_CODES.flatMap((r) => r.words.map((w) => [w, r.timex] as const)));

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
