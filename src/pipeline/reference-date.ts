/**
 * The reference date of an article: `options.date` when given, else its dateline (a full
 * date near the top, e.g. `Thứ Sáu, 09/06/2017 23:44`), else unknown.
 * @module
 */
import type { Token } from "../tokenize/index.js";
import type { YMD } from "./types.js";

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** True for a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
/**
 * The article dates thoisu reads (options and datelines): years 0001 to 9999, the years a TIMEX3
 * value writes with four digits. Relative dates resolved from them stay within 0000–9999 or are
 * left unresolved (`XXXX-XX-XX`).
 */
export const MIN_REF_YEAR = 1, MAX_REF_YEAR = 9999;

/**
 * Parses a reference date: ISO `YYYY-MM-DD` (or a longer ISO timestamp), the Vietnamese
 * `DD/MM/YYYY` (`09/06/2017`, also `9/6/2017`), or a `Date`. Throws a TypeError when it is none
 * of these (or not a calendar date), a RangeError for a year outside 0001–9999. `what` names the
 * date in the message (`options.date` for extract(), `--date` for the CLI), so that every caller
 * validates the same way with the same words.
 */
export function parseDateOption(d: string | Date, what = "options.date"): YMD {
  let ymd: YMD | null;
  if (d instanceof Date) {
    if (Number.isNaN(d.getTime())) throw new TypeError(`thoisu: ${what} is an invalid Date`);
    ymd = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  } else {
    if (typeof d !== "string") throw new TypeError(`thoisu: ${what} must be an ISO date string (YYYY-MM-DD) or a Date, got ${typeof d}`);
    const s = d.trim();
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(s);
    const dmy = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    ymd = iso ? { year: +iso[1]!, month: +iso[2]!, day: +iso[3]! } : dmy ? { year: +dmy[3]!, month: +dmy[2]!, day: +dmy[1]! } : null;
    if (!ymd || !isValidDate(ymd.year, ymd.month, ymd.day)) throw new TypeError(`thoisu: ${what} must be an ISO date (YYYY-MM-DD) or DD/MM/YYYY, got "${d.slice(0, 40)}"`);
  }
  if (ymd.year < MIN_REF_YEAR || ymd.year > MAX_REF_YEAR) {
    throw new RangeError(`thoisu: ${what} must be between 0001-01-01 and 9999-12-31, got year ${ymd.year}`);
  }
  return ymd;
}

/** How far into the text a dateline may start (characters); datelines sit at the top. */
const DATELINE_WINDOW = 600;

/** Weekday words that open a dateline (`Thứ Sáu, 09/06/2017`). */
const WEEKDAY_START = new Set(["thứ", "chủ", "cn"]);

/** What may stand between a weekday and its date. */
const BETWEEN_WEEKDAY_AND_DATE: ReadonlySet<string> = new Set([",", "ngày", "-"]);
/** Day names after `thứ` (Monday `hai` to Saturday `bảy`, or a digit). */
const WEEKDAY_NAMES_AFTER_THU: ReadonlySet<string> = new Set(["hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7"]);
/** True when tokens at j name a weekday: `Thứ Sáu`, `thứ 6`, `Chủ nhật`, `CN`. */
function isWeekday(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!.lower, n = tokens[j + 1]?.lower ?? "";
  return w === "cn" || w === "chủ" && n === "nhật" || w === "thứ" && WEEKDAY_NAMES_AFTER_THU.has(n);
}

/**
 * Finds the article's dateline: a full `d/m/yyyy` date token within the first
 * {@link DATELINE_WINDOW} characters that looks like a dateline, i.e. has a time after it
 * (`09/06/2017 23:44`), a weekday before it (`Thứ Sáu, 09/06/2017`), or stands on a short
 * line of its own. A date inside a sentence near the top (`sinh ngày 5/2/1966`) is not
 * the article's date.
 */
export function findDateline(tokens: readonly Token[]): YMD | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start > DATELINE_WINDOW) break;
    if (t.kind !== "date") continue;
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t.text);
    if (!m || !isValidDate(+m[3]!, +m[2]!, +m[1]!) || +m[3]! < MIN_REF_YEAR) continue;
    const next = tokens[k + 1];
    const timeAfter = !!next && next.kind === "time" && !next.lineBefore;
    // A weekday right before the date, with at most a comma or `ngày` between (`Thứ Sáu, 09/06/2017`);
    // `lần thứ nhất (14/6/1957 - 14/6/2017)` has an ordinal, not a weekday.
    let weekdayBefore = false;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      const w = tokens[j]!.lower;
      if (WEEKDAY_START.has(w) && isWeekday(tokens, j)) { weekdayBefore = true; break; }
      if (tokens[j]!.lineBefore || !BETWEEN_WEEKDAY_AND_DATE.has(w) && !(j > 0 && WEEKDAY_START.has(tokens[j - 1]!.lower))) break;
    }
    // A short line: few tokens between the previous and the next line break.
    let lineStart = k;
    while (lineStart > 0 && !tokens[lineStart]!.lineBefore) lineStart--;
    let lineEnd = k + 1;
    while (lineEnd < tokens.length && !tokens[lineEnd]!.lineBefore) lineEnd++;
    const shortLine = lineEnd - lineStart <= 8;
    if (timeAfter || weekdayBefore || shortLine) return { year: +m[3]!, month: +m[2]!, day: +m[1]! };
  }
  return null;
}

/** `YYYY-MM-DD`. */
export function formatYMD(d: YMD): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
