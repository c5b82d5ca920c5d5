/**
 * A TIMEX3 value validator, independent of the library's date code, for the forms thoisu writes
 * (TimeML/ISO-TimeML `value`, ISO 8601 based): calendar dates with `X` for what is unknown
 * (`2017-06-09`, `XXXX-06-09`, `2017-06`, `2017`, `XXXX-XX-XX`), two-digit centuries (`20`), three-digit decades (`198`),
 * quarters (`2024-Q1`, `XXXX-QX`), halves (`2024-H2`), seasons (`2024-SU`), ISO weeks
 * (`2017-W05`, `XXXX-WXX`), a clock time (`T08:30`, `T24:00`) or a part of day (`TMO`, `TMI`,
 * `TAF`, `TEV`, `TNI`) after a day, and ranges `start/end` whose end may be `PRESENT_REF`.
 */
const POINT = /^(?:(\d{2,3})|(\d{4}|XXXX)(?:-(?:Q([1-4X])|H([12X])|(SP|SU|FA|WI)|W(\d{2}|XX)|(\d{2}|XX)(?:-(\d{2}|XX)(?:T(?:(\d{2}):(\d{2})|(MO|MI|AF|EV|NI)))?)?))?)$/;

const daysIn = (y: number, m: number) => (m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!);

/** Why `point` is not a valid TIMEX3 point, or null when it is. */
function pointProblem(point: string): string | null {
  const m = POINT.exec(point);
  if (!m) return "not a TIMEX3 date form";
  const [, , year, , , , week, month, day, hh, mm] = m;
  if (week !== undefined && week !== "XX" && (+week < 1 || +week > 53)) return `week ${week}`;
  if (month !== undefined && month !== "XX" && (+month < 1 || +month > 12)) return `month ${month}`;
  if (day !== undefined && day !== "XX") {
    if (month === "XX") return "a known day in an unknown month";
    const max = year === "XXXX" ? daysIn(2000, +month!) : daysIn(+year!, +month!);
    if (+day < 1 || +day > max) return `day ${day} of month ${month}`;
  }
  if (hh !== undefined) {
    if (+hh > 24 || +mm! > 59 || (+hh === 24 && +mm! !== 0)) return `time ${hh}:${mm}`;
  }
  return null;
}

/** Why `value` is not a valid TIMEX3 value (as thoisu writes them), or null when it is. */
export function timexProblem(value: unknown): string | null {
  if (typeof value !== "string") return "not a string";
  const parts = value.split("/");
  if (parts.length > 2) return "more than one /";
  const a = pointProblem(parts[0]!);
  if (a) return a;
  if (parts.length === 2) {
    if (parts[1] === "PRESENT_REF") return null;
    const b = pointProblem(parts[1]!);
    if (b) return b;
    // A range of two full dates runs forward.
    const full = /^\d{4}-\d{2}-\d{2}$/;
    const [s, e] = [parts[0]!.slice(0, 10), parts[1]!.slice(0, 10)];
    if (full.test(s) && full.test(e) && s > e) return "a range that ends before it starts";
  }
  return null;
}
