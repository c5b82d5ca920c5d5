/**
 * DATE parsing: one left-to-right pass over tokens with dispatch on the current token
 * (`ngày`, `tháng`, `năm`, `quý`, parts of day, weekdays, date tokens, years ...). Each
 * parse yields a partial date ({@link Point}) or a range of two; `./resolve.ts` fills in
 * what the text leaves out. An expression that parses but is not a real date (`32/4`,
 * `29/2/2017`) is rejected as a whole and the scan continues AFTER it, so no date is ever
 * found inside a rejected expression.
 * @module
 */
import type { Token } from "../../tokenize/index.js";
import { isValidDate } from "../../pipeline/reference-date.js";
import { RULE_WORD_CLASSES } from "../../match/word-classes.js";
import { EDGE_WORDS, PARTS_OF_DAY, PERIOD_HEADS, SEASONS, SMALL_NUMBER_WORDS, WEEKDAY_AFTER_THU, quarterValue, romanValue, FUTURE_MARKERS, PAST_MARKERS } from "./words.js";

/** A partial date, as written. */
export interface Point {
  y?: number;
  m?: number;
  d?: number;
  q?: number;
  half?: 1 | 2;
  season?: string;
  century?: number;
  /** A decade as its first three digits (`những năm 1980` → 198). */
  decade?: number;
  pod?: string;
  /** `HH:MM`. */
  time?: string;
  /** Relative to the article's day: days, months or years from it. */
  rel?: { unit: "day" | "week" | "month" | "quarter" | "year"; n: number };
  /** `cùng ngày`: the day last mentioned. */
  same?: boolean;
  /** The weekday written with the date (Sunday 0). */
  weekday?: number;
  weekdayText?: string;
  /** Written as a lunar date (`âm lịch`). */
  lunar?: boolean;
  /** `nay`, `hiện nay` as a range end. */
  present?: boolean;
  /** A bare day (`ngày 12`), only valid as the first end of a range. */
  partial?: boolean;
}

/** A parsed expression over tokens `[start, end)`. */
export interface Expr {
  start: number;
  end: number;
  rule: string;
  a: Point;
  b?: Point;
  /** Words right after it pointing to the near future or past. */
  hint?: "future" | "past";
}

const INVALID = "invalid" as const;

/** `này`, `trước`, `tới`, `sau` after `tuần`, `quý`: periods from the article's. */
const RELATIVE_PERIOD: ReadonlyMap<string, number> = new Map([["này", 0], ["nay", 0], ["trước", -1], ["tới", 1], ["sau", 1], ["tiếp", 1]]);
/** Counts and plurals that make `tháng tới`, `năm tới`, `tuần trước` a duration or a vague span. */
const COUNT_WORDS: ReadonlySet<string> = new Set(["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mấy", "vài", "nhiều", "những", "các", "mỗi", "từng", "hằng", "hàng", "bao"]);

/** A clock time read with its part of day: `3 giờ chiều` = 15:00, `8 giờ tối` = 20:00, `1 giờ trưa` = 13:00. */
function clock12(time: string, part: string): string {
  const h = +time.slice(0, 2);
  const pm = (part === "chiều" || part === "tối") && h < 12 || part === "đêm" && h >= 6 && h < 12 || part === "trưa" && h < 4;
  return pm ? `${String(h + 12).padStart(2, "0")}${time.slice(2)}` : time;
}

/** Words after which `hôm nay`, `hôm qua` is a date (not `thế hệ trẻ hôm nay`). */
const BEFORE_RELATIVE_DAY: ReadonlySet<string> = new Set(["vào", "trong", "ngay", "từ", "đến", "tới", "là", "và", "cho", "sáng", "chiều", "tối", "trưa", "đêm", "buổi", "cũng", "đã", "sẽ", "vừa", "mới", "tính", "hết", "trước", "sau", "kể", "đầu", "cuối", "hồi"]);
type Parsed = { p: Point; end: number; rule: string; b?: Point } | typeof INVALID | null;

const YEAR_MIN = 1000, YEAR_MAX = 2200;

/** Words after an edge word (`đầu`, `cuối`, `giữa`) that make it part of a date (`đầu năm 2017`). */
const AFTER_EDGE: ReadonlySet<string> = new Set(["tháng", "năm", "quý", "thế", "nhiệm", "giai", "thời", "mùa"]);

/** True when `s` is a non-empty run of ASCII digits, at most `maxLen` long (no regex: called at every number). */
function isDigits(s: string, maxLen: number): boolean {
  if (s.length === 0 || s.length > maxLen) return false;
  for (let k = 0; k < s.length; k++) { const c = s.charCodeAt(k); if (c < 48 || c > 57) return false; }
  return true;
}

/**
 * The `lower` forms of every word that can open a date expression: what {@link Parser.point}
 * and {@link parseAt} dispatch on first (edge words, parts of day, weekdays, head words, period
 * heads, `từ` ...). A word token not listed here opens no expression, so {@link parseDates}
 * skips it without running the parser; number, date and time tokens always run it. Keep in
 * step with the parser: the date tests compare against a run at every token.
 */
const OPENING_WORDS: ReadonlySet<string> = new Set([
  ...EDGE_WORDS, ...PARTS_OF_DAY.keys(), "buổi", "rạng", // point: edge word, part of day
  "thứ", "chủ", "chúa", "cn", // weekday
  "ngày", "mùng", "mồng", "hôm", "bữa", "tháng", "năm", "quý", "tuần", // core: head words
  ...PERIOD_HEADS.map((h) => h[0]!), "nửa", "mùa", "thế", "cách", "cùng", // core: periods, otherHead
  "từ", // parseAt: ranges
  "những", "thập", "tết", // parseAt: decades, the lunar new year
]);
/** The opening words' bit among the rules' word classes: a document's tokens are looked up once for all the rules. */
const OPENING_WORD = RULE_WORD_CLASSES.define(OPENING_WORDS);

class Parser {
  constructor(private readonly tokens: readonly Token[]) {}

  L(k: number): string { return this.tokens[k]?.lower ?? ""; }
  T(k: number): Token | undefined { return this.tokens[k]; }
  /** Where the expression being parsed starts: it may open a line. */
  anchor = -1;
  /** Token k continues the expression (no line break before it, unless it starts it). */
  near(k: number): boolean { const t = this.tokens[k]; return !!t && (!t.lineBefore || k === this.anchor); }

  int(k: number, maxLen = 4): number | null {
    const t = this.tokens[k];
    if (!t || t.kind !== "number" || !isDigits(t.text, maxLen) || !this.near(k)) return null;
    return +t.text;
  }
  /** A year in digits; `min` below 1000 only where the structure says year (`tháng 8 năm 938`). */
  year(k: number, min = YEAR_MIN): number | null {
    const t = this.tokens[k];
    if (!t || t.kind !== "number" || !isDigits(t.text, 4) || !this.near(k)) return null;
    if (min >= 1000 && t.text.length !== 4) return null;
    const y = +t.text;
    return y >= min && y <= YEAR_MAX ? y : null;
  }
  /** A day or month given as digits or small number words. */
  small(k: number, max: number): { v: number; end: number } | null {
    const n = this.int(k, 2);
    if (n !== null) return n >= 1 && n <= max ? { v: n, end: k + 1 } : null;
    const t = this.tokens[k];
    if (!t || t.kind !== "word" || !this.near(k)) return null;
    if (t.lower === "mười" || t.lower === "hai" || t.lower === "ba") {
      // mười lăm, hai mươi mốt, ba mươi
      const w = SMALL_NUMBER_WORDS;
      if (t.lower === "mười") {
        const u = this.L(k + 1);
        const uv = u === "lăm" ? 5 : u === "một" ? 1 : w.get(u);
        if (uv && uv < 10 && u !== "giêng" && u !== "chạp" && u !== "năm") return 10 + uv <= max ? { v: 10 + uv, end: k + 2 } : null;
        return 10 <= max ? { v: 10, end: k + 1 } : null;
      }
      if (this.L(k + 1) === "mươi") {
        const tens = t.lower === "hai" ? 20 : 30;
        const u = this.L(k + 2);
        const uv = u === "mốt" ? 1 : u === "lăm" ? 5 : u === "tư" ? 4 : w.get(u);
        if (uv && uv < 10 && u !== "năm") return tens + uv <= max ? { v: tens + uv, end: k + 3 } : null;
        return tens <= max ? { v: tens, end: k + 2 } : null;
      }
    }
    const v = SMALL_NUMBER_WORDS.get(t.lower);
    // `năm` is "five" and "year": never read it as a number here.
    if (v !== undefined && t.lower !== "năm" && v <= max) return { v, end: k + 1 };
    return null;
  }

  /** A date token: `9/6/2017`, `9/6`, `6/2017`, `9-6-2017`, `22.6.2017`. */
  dateToken(k: number): Parsed {
    const t = this.tokens[k];
    if (!t || !this.near(k)) return null;
    if (t.kind !== "date") return null;
    const text = t.text, last = k;
    const pieces = text.split(/[/.-]/);
    const parts = pieces.map((x) => +x);
    const lens = pieces.map((x) => x.length);
    let p: Point;
    let rule: string;
    if (parts.length === 2 && lens[1] === 4) {
      if (parts[0]! < 1 || parts[0]! > 12) return INVALID;
      p = { m: parts[0]!, y: parts[1]! };
      rule = "date/my";
    } else if (parts.length === 2) {
      if (!isValidDate(2016, parts[1]!, parts[0]!)) return INVALID; // 2016: leap, so 29/2 passes
      p = { d: parts[0]!, m: parts[1]! };
      rule = "date/dm";
    } else {
      let y = parts[2]!;
      if (lens[2] === 2) y += y < 50 ? 2000 : 1900;
      if (!isValidDate(y, parts[1]!, parts[0]!)) return INVALID;
      p = { d: parts[0]!, m: parts[1]!, y };
      rule = "date/dmy";
    }
    return { p, end: last + 1, rule };
  }

  /** `d.m` (a number token) or `d-m` (number, dash, number, glued) after a head word. */
  loose(k: number): Parsed {
    const t = this.tokens[k];
    if (!t || t.kind !== "number" || !this.near(k)) return null;
    const dot = /^(\d{1,2})\.(\d{1,2})$/.exec(t.text);
    if (dot) {
      if (!isValidDate(2016, +dot[2]!, +dot[1]!)) return INVALID;
      return { p: { d: +dot[1]!, m: +dot[2]! }, end: k + 1, rule: "date/dm" };
    }
    if (/^\d{1,2}$/.test(t.text) && this.L(k + 1) === "-" && !this.T(k + 1)!.spaceBefore) {
      const m = this.int(k + 2, 2);
      const mt = this.T(k + 2);
      const after = this.T(k + 3);
      if (m !== null && mt && !mt.spaceBefore && !(after && !after.spaceBefore && (after.text === "/" || after.text === "-"))) {
        // `15-6-2017` is a date token; `14-6` is day-month.
        if (!isValidDate(2016, m, +t.text)) return INVALID;
        return { p: { d: +t.text, m }, end: k + 3, rule: "date/dm" };
      }
    }
    return null;
  }

  /** A day-month(-year) written with digits: token or loose. */
  dayMonth(k: number, allowLoose: boolean): Parsed {
    const r = this.dateToken(k);
    if (r) return r;
    return allowLoose ? this.loose(k) : null;
  }

  /** `ngày ...`, `mùng ...`, `hôm ...`. */
  dayHead(k: number): Parsed {
    const w = this.L(k);
    if (w === "hôm" || w === "bữa" || (w === "ngày" && this.L(k + 1) === "hôm")) {
      const j = w === "ngày" ? k + 2 : k + 1;
      const x = this.L(j);
      const n = x === "nay" ? 0 : x === "qua" ? -1 : x === "kia" ? -2 : x === "mai" ? 1 : null;
      if (n === null) {
        // `hôm 9/6`, `tối hôm 22.6.2017`: `hôm` is a head word of the written date (guidelines).
        if (w === "bữa" || !this.near(j)) return null;
        const dm = this.dayMonth(j, false);
        return dm === INVALID ? INVALID : dm;
      }
      if (!this.near(j)) return null;
      const prev = this.T(k - 1);
      if (prev && !prev.lineBefore && prev.kind === "word" && !prev.upper && !PARTS_OF_DAY.has(prev.lower) && !BEFORE_RELATIVE_DAY.has(prev.lower) && prev.lower !== "ngày") return null;
      return { p: { rel: { unit: "day", n } }, end: j + 1, rule: "date/relative-day" };
    }
    if (w === "ngày" && this.L(k + 1) === "mai" && this.near(k + 1)) return { p: { rel: { unit: "day", n: 1 } }, end: k + 2, rule: "date/relative-day" };
    if (w !== "ngày" && w !== "mùng" && w !== "mồng") return null;
    // `ngày mồng 3 tháng 3`: both head words
    if (w === "ngày" && (this.L(k + 1) === "mùng" || this.L(k + 1) === "mồng") && this.near(k + 1)) k++;
    const dm = this.dayMonth(k + 1, true);
    if (dm === INVALID) return INVALID;
    if (dm) return { ...dm, rule: dm.rule };
    const day = this.small(k + 1, 99);
    if (!day) return null;
    if (day.v > 31) return INVALID;
    // ngày D tháng M [năm Y]
    if (this.L(day.end) === "tháng") {
      const mon = this.monthNumber(day.end + 1);
      if (mon === INVALID) return INVALID;
      if (mon) {
        const p: Point = { d: day.v, m: mon.v };
        let end = mon.end;
        if (this.L(end) === "năm" && this.year(end + 1, 1) !== null) { p.y = this.year(end + 1, 1)!; end += 2; }
        else if ((this.L(end) === "/" || this.L(end) === "-") && this.year(end + 1) !== null && !this.T(end)!.spaceBefore) { p.y = this.year(end + 1)!; end += 2; }
        if (!isValidDate(p.y ?? 2016, p.m!, p.d!)) return INVALID;
        return { p, end, rule: "date/day-month-words" };
      }
    }
    // ngày D-D2/M[/Y] or ngày D và D2/M[/Y]: two days of one month
    const j = day.end;
    if ((this.L(j) === "-" || this.L(j) === "và" || this.L(j) === ",") && this.T(k + 1)?.kind === "number") {
      const second = this.dayMonth(j + 1, this.L(j) !== "-");
      if (second === INVALID) return INVALID;
      if (second && second.p.d !== undefined && second.p.d > day.v) {
        const b = second.p;
        const a: Point = { d: day.v, m: b.m!, ...(b.y !== undefined ? { y: b.y } : {}) };
        if (!isValidDate(a.y ?? 2016, a.m!, a.d!)) return INVALID;
        return { p: a, b, end: second.end, rule: "date/day-range" };
      }
    }
    if (this.T(k + 1)?.kind !== "number") return null;
    return { p: { d: day.v, partial: true }, end: day.end, rule: "date/day" };
  }

  /**
   * A month and year in one token, slashed or dotted: `6/1970`, `5.2009`. A dotted one is read
   * as a date only where the structure says so (after `tháng`, or as an end of a range): four
   * digits after the dot are no thousands group, but a bare `5.2009` alone is too weak a cue.
   */
  monthYearToken(k: number): { p: Point; end: number; rule: string } | null {
    const t = this.T(k);
    if (!t || !this.near(k) || t.kind !== "date" && t.kind !== "number") return null;
    const m = /^(\d{1,2})[/.](\d{4})$/.exec(t.text);
    if (!m) return null;
    const mo = +m[1]!, y = +m[2]!;
    if (mo < 1 || mo > 12 || y < YEAR_MIN || y > YEAR_MAX) return null;
    return { p: { m: mo, y }, end: k + 1, rule: "date/month-year" };
  }

  /**
   * A range of two month-years, as career timelines write it: `6/1970-12/1979`, `3/1998 - 8/2004`,
   * `tháng 3/1998 - 8/2004`, `5.2009 - 11.2012`, `tháng 6/2011 đến tháng 3/2015`, and an open end
   * (`12.2015 - nay`, which ends at the article's date). The second end comes later than the first.
   */
  monthYearRange(k: number): Expr | null {
    const head = this.L(k) === "tháng" ? 1 : 0;
    const a = this.monthYearToken(k + head);
    if (!a) return null;
    // Not inside a document number (`số 3/2004-8/2006`, `.../3/2004`).
    const prev = this.T(k - 1);
    if (prev && (NUMBER_WORDS_BEFORE.has(prev.lower) || !this.T(k)!.spaceBefore && (prev.text === "/" || prev.text === "-" || prev.kind !== "punct" && prev.kind !== "symbol"))) return null;
    const j = a.end, sep = this.L(j);
    if (!(sep === "-" || sep === "đến" || sep === "tới") || !this.near(j)) return null;
    for (const pw of PRESENT_WORDS) {
      if (pw.every((w, m) => this.L(j + 1 + m) === w && this.near(j + 1 + m))) {
        return { start: k, end: j + 1 + pw.length, rule: "date/range-to-present", a: a.p, b: { present: true } };
      }
    }
    const b = this.monthYearToken(this.L(j + 1) === "tháng" ? j + 2 : j + 1);
    if (!b || this.glued(b.end)) return null;
    const from = a.p.y! * 12 + a.p.m!, to = b.p.y! * 12 + b.p.m!;
    if (to <= from || b.p.y! - a.p.y! > 100) return null;
    return { start: k, end: b.end, rule: "date/month-year-range", a: a.p, b: b.p };
  }

  monthNumber(k: number): { v: number; end: number } | typeof INVALID | null {
    const n = this.int(k, 2);
    if (n !== null) return n >= 1 && n <= 12 ? { v: n, end: k + 1 } : INVALID;
    const t = this.T(k);
    if (!t || !this.near(k)) return null;
    if (t.lower === "giêng") return { v: 1, end: k + 1 };
    if (t.lower === "chạp") return { v: 12, end: k + 1 };
    return this.small(k, 12);
  }

  /** `tháng ...`. */
  monthHead(k: number): Parsed {
    if (this.L(k) !== "tháng") return null;
    const rel = this.L(k + 1);
    if ((rel === "này" || rel === "trước" || rel === "tới" || rel === "sau") && this.near(k + 1) && !this.countBefore(k)) {
      return { p: { rel: { unit: "month", n: rel === "này" ? 0 : rel === "trước" ? -1 : 1 } }, end: k + 2, rule: "date/relative-month" };
    }
    const tok = this.dateToken(k + 1);
    if (tok === INVALID) return INVALID;
    if (tok && tok.rule === "date/my") return { ...tok, rule: "date/month-year" };
    // `tháng 4.2019`: a dotted month-year is one number token
    const dotted = this.T(k + 1)?.kind === "number" ? this.monthYearToken(k + 1) : null;
    if (dotted) return dotted;
    if (tok) return null; // `tháng 9/6`: not a month
    const mon = this.monthNumber(k + 1);
    if (mon === INVALID) return INVALID;
    if (!mon) return null;
    // Words for a month only with a clear year or lunar context, since `tháng năm`, `tháng ba` are common in prose.
    const byWord = this.T(k + 1)!.kind === "word";
    const p: Point = { m: mon.v };
    let end = mon.end;
    const sep = this.L(end);
    if ((sep === "/" || sep === "-") && this.year(end + 1) !== null && (!this.T(end)!.spaceBefore || sep === "-")) { p.y = this.year(end + 1)!; end += 2; }
    else if (sep === "năm" && this.year(end + 1, 1) !== null) { p.y = this.year(end + 1, 1)!; end += 2; }
    else if (sep === "năm" && this.relYear(end + 1) !== null) { p.rel = { unit: "year", n: this.relYear(end + 1)! }; end += 2; }
    else if (!byWord && this.year(end) !== null && this.T(end)!.spaceBefore) { p.y = this.year(end)!; end += 1; } // `tháng 1 2024`
    else if (byWord && mon.v !== 1 && mon.v !== 12 && !this.T(k + 1)!.upper) return null;
    return { p, end, rule: p.y !== undefined || p.rel ? "date/month-year" : "date/month" };
  }

  /** A count or plural before a unit word (`3 tháng tới`, `những năm tới`): a duration, not a period. */
  countBefore(k: number): boolean {
    const t = this.T(k - 1);
    return !!t && (t.kind === "number" || COUNT_WORDS.has(t.lower));
  }

  /** `tuần này`, `tuần trước`, `tuần tới`: n weeks from the article's week; not `3 tuần tới`, not `tuần sau đó`. */
  relWeek(k: number, afterWeekday = false): { n: number; end: number } | null {
    if (this.L(k) !== "tuần" || !afterWeekday && this.countBefore(k)) return null;
    const n = RELATIVE_PERIOD.get(this.L(k + 1));
    if (n === undefined || !this.near(k + 1) || this.L(k + 2) === "đó") return null;
    return { n, end: k + 2 };
  }

  relYear(k: number): number | null {
    if (!this.near(k)) return null;
    const w = this.L(k);
    return w === "nay" ? 0 : w === "ngoái" ? -1 : w === "trước" ? -1 : w === "tới" || w === "sau" ? 1 : null;
  }

  /** `năm 2017`, `năm nay`. */
  yearHead(k: number): Parsed {
    if (this.L(k) !== "năm") return null;
    const y = this.year(k + 1);
    if (y !== null) {
      // `năm 2017 - 2020`, `năm 2017-2018`: a year range
      return this.yearRangeTail({ p: { y }, end: k + 2, rule: "date/year" });
    }
    const r = this.relYear(k + 1);
    if (r !== null && (r === 0 || this.L(k + 1) === "ngoái" || this.L(k + 1) === "tới" && !this.countBefore(k))) return { p: { rel: { unit: "year", n: r } }, end: k + 2, rule: "date/relative-year" };
    return null;
  }

  yearRangeTail(x: { p: Point; end: number; rule: string }): Parsed {
    const j = x.end;
    if (this.L(j) === "-" && this.near(j)) {
      const y2 = this.year(j + 1);
      if (y2 !== null && y2 > x.p.y! && y2 - x.p.y! <= 100 && !this.glued(j + 2)) return { p: x.p, b: { y: y2 }, end: j + 2, rule: "date/year-range" };
    }
    return x;
  }

  /**
   * A bare date-shaped token that is something else: part of a document number (`luật số
   * 12/2017/QH14`), the count of a meeting in a year (`lần 2/2017`), a fraction (`ít nhất 3/4
   * tài sản`, `2/3 số đại biểu`).
   */
  numberNotDate(k: number): boolean {
    const prev = this.L(k - 1), next = this.L(k + 1);
    if (this.glued(k + 1) || NUMBER_WORDS_BEFORE.has(prev)) return true;
    const t = this.T(k)!;
    const slash = t.text.split("/");
    if (slash.length === 2 && slash[1]!.length === 4 && ORDINAL_BEFORE.has(prev)) return true;
    return slash.length === 2 && slash[1]!.length <= 2 && (FRACTION_BEFORE.has(prev) || FRACTION_AFTER.has(next) || prev === "nhất" && this.L(k - 2) === "ít");
  }

  /** The token at k is glued to a following `/` or `-` and more (a document number). */
  glued(k: number): boolean {
    const t = this.T(k);
    return !!t && !t.spaceBefore && (t.text === "/" || t.text === "-") && !!this.T(k + 1) && !this.T(k + 1)!.spaceBefore;
  }

  /** `quý I/2024`, `quý II năm 2025`, `quý 3`. */
  quarterHead(k: number): Parsed {
    if (this.L(k) !== "quý") return null;
    const t = this.T(k + 1);
    if (!t || !this.near(k + 1)) return null;
    const rq = RELATIVE_PERIOD.get(t.lower) ?? (t.lower === "hiện" && this.L(k + 2) === "tại" ? 0 : undefined);
    if (rq !== undefined && !this.countBefore(k)) return { p: { rel: { unit: "quarter", n: rq } }, end: t.lower === "hiện" ? k + 3 : k + 2, rule: "date/relative-quarter" };
    const q = quarterValue(t.text);
    if (!q) return null;
    const p: Point = { q };
    let end = k + 2;
    const sep = this.L(end);
    if ((sep === "/" || sep === "-") && this.year(end + 1) !== null) { p.y = this.year(end + 1)!; end += 2; }
    else if (sep === "năm" && this.year(end + 1) !== null) { p.y = this.year(end + 1)!; end += 2; }
    else if (sep === "năm" && this.relYear(end + 1) !== null) { p.rel = { unit: "year", n: this.relYear(end + 1)! }; end += 2; }
    else if (sep === "này" && this.near(end)) { p.rel = { unit: "year", n: 0 }; end += 1; }
    else if (sep === "của" && this.L(end + 1) === "năm" && this.year(end + 2) !== null) { p.y = this.year(end + 2)!; end += 3; }
    return { p, end, rule: "date/quarter" };
  }

  /** `giai đoạn 2017 - 2020`, `nhiệm kỳ 2015-2020`. */
  periodHead(k: number): Parsed {
    const first = this.L(k);
    for (const h of PERIOD_HEADS) {
      // First word first: this runs at most tokens, and allocates nothing when it fails.
      if (h[0] !== first || !h.every((w, m) => this.L(k + m) === w)) continue;
      let j = k + h.length;
      const from = this.L(j) === "từ" ? 1 : 0;
      j += from;
      const y1 = this.year(j);
      if (y1 === null) return null;
      const sep = this.L(j + 1);
      if (sep === "-" || sep === "đến" || sep === "tới") {
        const y2 = this.year(j + 2);
        if (y2 !== null && y2 > y1 && y2 - y1 <= 100) return { p: { y: y1 }, b: { y: y2 }, end: j + 3, rule: "date/period-range" };
      }
      return null;
    }
    return null;
  }

  /** `năm` at k-1 ends the expression at k: no number, no `học` or `tài chính` (a school or fiscal year) follows. */
  yearEndsHere(k: number): boolean {
    const t = this.T(k);
    if (!t || t.lineBefore) return true;
    if (t.kind === "number" || t.kind === "date") return false;
    return !(t.kind === "word" && !t.upper && (t.lower === "học" || t.lower === "tài" || t.lower === "ngân"));
  }

  /** `nửa đầu năm 2016`, `6 tháng đầu năm 2017`, `mùa xuân năm 1975`, `thế kỷ XVIII`, `cách đây 5 năm`. */
  otherHead(k: number): Parsed {
    const w = this.L(k);
    if (w === "nửa" && (this.L(k + 1) === "đầu" || this.L(k + 1) === "cuối") && this.L(k + 2) === "năm") {
      const half = this.L(k + 1) === "đầu" ? 1 : 2;
      const y = this.year(k + 3);
      if (y !== null) return { p: { y, half }, end: k + 4, rule: "date/half-year" };
      const r = this.relYear(k + 3);
      if (r !== null) return { p: { half, rel: { unit: "year", n: r } }, end: k + 4, rule: "date/half-year" };
      return null;
    }
    const n = this.int(k, 1);
    if (n !== null && this.L(k + 1) === "tháng" && (this.L(k + 2) === "đầu" || this.L(k + 2) === "cuối") && this.L(k + 3) === "năm") {
      const first = this.L(k + 2) === "đầu";
      const y = this.year(k + 4);
      const r = y === null ? this.relYear(k + 4) : null;
      // `6 tháng đầu năm` with no year: the current year, as a review of the half says it (not `năm học`, a school year).
      const bare = y === null && r === null && this.yearEndsHere(k + 4);
      if (y === null && r === null && !bare) return null;
      // With no year, the year is filled like an unyeared month's: from the paragraph or the article's date.
      const base: Point = y !== null ? { y } : r !== null ? { rel: { unit: "year", n: r } } : {};
      const end = bare ? k + 4 : k + 5;
      if (n === 6) return { p: { ...base, half: first ? 1 : 2 }, end, rule: "date/months-of-year" };
      if (n === 3) return { p: { ...base, q: first ? 1 : 4 }, end, rule: "date/months-of-year" };
      if (n >= 1 && n <= 11) return { p: { ...base, m: first ? 1 : 13 - n }, b: { ...base, m: first ? n : 12 }, end, rule: "date/months-of-year" };
      return null;
    }
    if (w === "mùa" && SEASONS.has(this.L(k + 1))) {
      const season = SEASONS.get(this.L(k + 1))!;
      const j = this.L(k + 2) === "năm" ? k + 3 : k + 2;
      const y = this.year(j);
      if (y !== null) return { p: { y, season }, end: j + 1, rule: "date/season" };
      const r = this.L(k + 2) === "năm" ? this.relYear(k + 3) : null;
      if (r !== null) return { p: { season, rel: { unit: "year", n: r } }, end: k + 4, rule: "date/season" };
      // `mùa hè này`: this year's season
      if ((this.L(k + 2) === "này" || this.L(k + 2) === "nay") && this.near(k + 2)) return { p: { season, rel: { unit: "year", n: 0 } }, end: k + 3, rule: "date/season" };
      return null;
    }
    if (w === "thế" && this.L(k + 1) === "kỷ" || w === "thế" && this.L(k + 1) === "kỉ") {
      const t = this.T(k + 2);
      if (!t || !this.near(k + 2)) return null;
      const c = /^\d{1,2}$/.test(t.text) ? +t.text : t.text === t.text.toUpperCase() ? romanValue(t.text) : null;
      if (!c || c > 22) return null;
      return { p: { century: c }, end: k + 3, rule: "date/century" };
    }
    if (w === "cách" && this.L(k + 1) === "đây") {
      const n2 = this.int(k + 2, 3);
      const u = this.L(k + 3);
      const unit = u === "năm" ? "year" : u === "tháng" ? "month" : u === "ngày" ? "day" : null;
      if (n2 === null || !unit) return null;
      return { p: { rel: { unit, n: -n2 } }, end: k + 4, rule: "date/ago" };
    }
    if (w === "cùng" && this.L(k + 1) === "ngày" && this.near(k + 1)) {
      const nx = this.T(k + 2);
      // `cùng ngày` not followed by a date (`cùng ngày 9/6` is the date itself)
      if (nx && (nx.kind === "date" || nx.kind === "number") && this.near(k + 2)) return null;
      return { p: { same: true }, end: k + 2, rule: "date/same-day" };
    }
    // D tháng M [năm Y] without `ngày`
    const d = this.int(k, 2);
    if (d !== null && this.L(k + 1) === "tháng" && this.int(k + 2, 2) !== null) {
      const m = this.int(k + 2, 2)!;
      if (d < 1 || m < 1 || m > 12) return null;
      const p: Point = { d, m };
      let end = k + 3;
      if (this.L(end) === "năm" && this.year(end + 1) !== null) { p.y = this.year(end + 1)!; end += 2; }
      if (!isValidDate(p.y ?? 2016, m, d)) return INVALID;
      return { p, end, rule: "date/day-month-words" };
    }
    return null;
  }

  /** A time: `23:44`, `8h30`, `20 giờ`, `8 giờ 30 phút`. Returns `HH:MM`. */
  time(k: number): { time: string; end: number } | null {
    const t = this.T(k);
    if (!t || !this.near(k)) return null;
    let h: number, mi = 0, end: number;
    if (t.kind === "time") {
      const m = /^(\d{1,2})(?:[:hg](\d{2})?)?(?::\d{2})?$/.exec(t.text);
      if (!m) return null;
      h = +m[1]!; mi = m[2] ? +m[2] : 0; end = k + 1;
    } else if (t.kind === "number" && /^\d{1,2}$/.test(t.text) && this.L(k + 1) === "giờ") {
      h = +t.text; end = k + 2;
      const mm = this.int(end, 2);
      if (mm !== null) { mi = mm; end++; if (this.L(end) === "phút") end++; }
      else if (this.L(end) === "rưỡi") { mi = 30; end++; }
      else if (this.L(end) === "kém") {
        // `11 giờ kém 15` = 10:45
        const less = this.int(end + 1, 2);
        if (less === null || less < 1 || less > 59 || h < 1) return null;
        h -= 1; mi = 60 - less; end += 2; if (this.L(end) === "phút") end++;
      }
    } else return null;
    // 24:00 is the end of a day (ISO 8601); 24:30 is no time.
    if (h > 24 || mi > 59 || h === 24 && mi > 0) return null;
    return { time: `${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}`, end };
  }

  /** A date expression without prefixes. */
  core(k: number, afterHead: boolean): Parsed {
    const t = this.T(k);
    if (!t) return null;
    const w = t.lower;
    switch (w) {
      case "ngày": case "mùng": case "mồng": case "hôm": case "bữa": return this.dayHead(k);
      case "tháng": return this.monthHead(k);
      case "năm": {
        // `5 năm 2021-2026`, `2 năm nay`: after a count, `năm` is a unit, not a head.
        if (this.T(k - 1)?.kind === "number") return null;
        const r = this.yearHead(k); if (r) return r; return this.periodHead(k);
      }
      case "quý": return this.quarterHead(k);
      case "tuần": { const r = this.relWeek(k); return r ? { p: { rel: { unit: "week", n: r.n } }, end: r.end, rule: "date/relative-week" } : null; }
      default: break;
    }
    const per = this.periodHead(k);
    if (per) return per;
    const other = this.otherHead(k);
    if (other) return other;
    if (t.kind === "date") return this.numberNotDate(k) ? null : this.dateToken(k);
    if (t.kind === "number") { const g = this.dateToken(k); if (g === INVALID) return afterHead ? INVALID : null; if (g) return g.p.y !== undefined || afterHead ? g : null; }
    if (afterHead) return this.loose(k);
    return null;
  }

  /** Weekday `Thứ Sáu`, `thứ 6`, `Chủ nhật`, `CN`, as [weekday, end]. */
  weekday(k: number): { wd: number; end: number } | null {
    const w = this.L(k);
    if (w === "thứ") {
      const v = WEEKDAY_AFTER_THU.get(this.L(k + 1));
      if (v !== undefined && this.near(k + 1)) return { wd: v, end: k + 2 };
    }
    if ((w === "chủ" || w === "chúa") && this.L(k + 1) === "nhật") return { wd: 0, end: k + 2 };
    if (this.T(k)?.text === "CN") return { wd: 0, end: k + 1 };
    return null;
  }

  /** A full point: [edge word] [time] [part of day] [weekday][,] core, or part of day + nay/qua/mai. */
  point(k: number): Parsed {
    if (this.tokens[k]?.lineBefore) this.anchor = k;
    let j = k;
    let edge = false;
    if (EDGE_WORDS.has(this.L(j)) && AFTER_EDGE.has(this.L(j + 1))) { edge = true; j++; }
    // A time before: `8h30 ngày 9/6`, `20 giờ ngày 31 tháng 3 năm 1975`
    const tm = edge ? null : this.time(j);
    let time: string | undefined;
    if (tm) {
      time = tm.time;
      j = tm.end;
      if (this.L(j) === ",") j++;
      // `8 giờ sáng ngày 9/6`, `7:30 chiều ngày 20/4`: a part of day after the time sets its half of the day
      if (PARTS_OF_DAY.has(this.L(j)) && (this.L(j + 1) === "ngày" || this.L(j + 1) === "hôm")) { time = clock12(time, this.L(j)); j++; }
    }
    let pod: string | undefined;
    if (!edge) {
      let pj = j;
      if (this.L(pj) === "buổi" || this.L(pj) === "rạng") pj++;
      const code = PARTS_OF_DAY.get(this.L(pj));
      if (code && (pj === j || this.near(pj))) {
        // `chiều nay`, `sáng qua`, `tối mai`, `sáng nay 25-5`
        const x = this.L(pj + 1);
        if ((x === "nay" || x === "qua" || x === "mai") && this.near(pj + 1)) {
          const n = x === "nay" ? 0 : x === "qua" ? -1 : 1;
          const pinned = x === "nay" ? this.dayMonth(pj + 2, true) : null;
          if (pinned === INVALID) return INVALID;
          const t12 = time ? { time: clock12(time, this.L(pj)) } : {};
          if (pinned && pinned.p.d !== undefined) return { p: { ...pinned.p, pod: this.L(pj) === "rạng" ? "TMO" : code, rel: { unit: "day", n }, ...t12 }, end: pinned.end, rule: "date/part-of-day-today-pinned" };
          return { p: { rel: { unit: "day", n }, pod: code, ...t12 }, end: pj + 2, rule: "date/part-of-day-relative" };
        }
        if (pj + 1 < this.tokens.length) { pod = code; j = pj + 1; if (time) time = clock12(time, this.L(pj)); }
      }
    }
    let wd: { wd: number; end: number } | null = null;
    const wdStart = j;
    if (!edge) {
      wd = this.weekday(j);
      if (wd) { j = wd.end; if (this.L(j) === "," ) j++; }
    }
    let c = this.core(j, pod !== undefined || wd !== null);
    if (c === INVALID) return INVALID;
    // `thứ Hai tuần trước`, `thứ 6 của tuần này`: a weekday of a week named relative to the article's
    if (!c && wd) {
      const wk = this.relWeek(this.L(j) === "của" ? j + 1 : j, true);
      if (wk) c = { p: { rel: { unit: "week", n: wk.n } }, end: wk.end, rule: "date/weekday-week" };
    }
    if (!c) return null;
    if (c.p.partial && (pod || time || wd)) return null;
    const p: Point = { ...c.p };
    if (pod || time || wd) {
      if (p.d === undefined && !p.rel && !p.same) return null; // a part of day qualifies a day
    }
    if (edge && p.d !== undefined) return null;
    if (pod) p.pod = pod;
    if (time) p.time = time;
    if (wd) { p.weekday = wd.wd; p.weekdayText = this.tokens.slice(wdStart, wd.end).map((x) => x.text).join(" "); }
    let end = c.end;
    // A time after the date: `09/06/2017 23:44`, `ngày 9/6 lúc 8h30`
    if (!time && (p.d !== undefined || p.rel?.unit === "day")) {
      const at = this.L(end) === "lúc" && this.near(end) ? end + 1 : end;
      const after = this.time(at);
      if (after && (at > end || this.T(end)!.kind === "time")) {
        p.time = after.time; end = after.end;
        if (PARTS_OF_DAY.has(this.L(end)) && this.near(end)) { p.time = clock12(p.time, this.L(end)); delete p.pod; end++; }
      }
    }
    if (p.time && p.pod) delete p.pod; // the clock time says more than the part of day
    // Lunar: `18/6 âm lịch`, `ngày 15 tháng 8 (âm lịch)`
    let lj = end;
    const paren = this.L(lj) === "(";
    if (paren) lj++;
    if (this.L(lj) === "âm" && this.L(lj + 1) === "lịch" && p.m !== undefined) {
      p.lunar = true;
      end = lj + 2;
      if (paren && this.L(end) === ")") end++;
      else if (paren) end = c.end;
    }
    const rule = p.lunar ? "date/lunar" : pod && c.rule.startsWith("date/dm") ? "date/part-of-day-dm" : wd ? (p.rel?.unit === "week" ? "date/weekday-week" : "date/weekday-date") : time ? "date/time-date" : edge ? `${c.rule}-edge` : c.rule;
    const out: Parsed = { p, end, rule };
    if (c.b) out.b = c.b;
    return out;
  }

  /** A bare 4-digit year or year range (`APEC 2017`, `2020-2022`), not in a document number. */
  bareYear(k: number): Parsed {
    const t = this.T(k)!;
    const y = this.year(k);
    if (y === null || y < 1900 || y > 2100) return null;
    const prev = this.T(k - 1);
    if (prev && !t.spaceBefore && (prev.text === "/" || prev.text === "-" || prev.text === "." || prev.kind === "word" || prev.kind === "abbr")) return null;
    if (prev && (prev.lower === "số" || prev.lower === "mã" || prev.lower === "hiệu" || prev.lower === "khoản" || prev.lower === "điều")) return null;
    const next = this.T(k + 1);
    if (next && !next.spaceBefore && next.text === "/") return null;
    if (next && next.kind === "word" && !next.spaceBefore) return null;
    // A count before a unit noun is not a year (`2017 người` hardly happens: counts take dots).
    const r = this.yearRangeTail({ p: { y }, end: k + 1, rule: "date/bare-year" });
    if (r && r !== INVALID && r.b) return { ...r, rule: "date/bare-year-range" };
    if (next && next.text === "-" && !next.spaceBefore && this.T(k + 2)?.kind === "number") return null;
    return r;
  }
}

/** Words before `N/YYYY` that count meetings or rounds within the year: `lần 2/2017`, `đợt 1/2020`. */
const ORDINAL_BEFORE: ReadonlySet<string> = new Set(["lần", "đợt", "kỳ", "phiên"]);
/** Words around a bare `a/b` that make it a fraction: `chiếm 2/3`, `hơn 1/2`, `tối thiểu 1/2`, `tối đa 2/3`, `2/3 số phiếu`. */
const FRACTION_BEFORE: ReadonlySet<string> = new Set(["chiếm", "hơn", "gần", "quá", "thiểu", "đa"]);
const FRACTION_AFTER: ReadonlySet<string> = new Set(["số", "tổng"]);
/** The heavenly stems and earthly branches that name a lunar year (`Tết Đinh Dậu`). */
const STEMS: ReadonlySet<string> = new Set(["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"]);
const BRANCHES: ReadonlySet<string> = new Set(["tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"]);

/** Words before a document or item number: what follows them is no date. */
const NUMBER_WORDS_BEFORE: ReadonlySet<string> = new Set(["số", "mã", "hiệu", "khoản", "điều"]);

/** Words that end a range opened with `từ` at the present. */
const PRESENT_WORDS: readonly (readonly string[])[] = [["nay"], ["hiện", "nay"], ["bây", "giờ"], ["hiện", "tại"]];

/** Prepositions after which a bare `d/m` or `d-m` is a date. */
const BARE_DM_BEFORE: ReadonlySet<string> = new Set(["(", "từ", "đến", "tới", "trước", "sau", "vào", "hôm", "dịp", "ngày", "-", ","]);

/**
 * Finds date expressions in `tokens`, left to right, longest at each position.
 *
 * @example
 * ```ts
 * parseDates(tokenize("Chiều 9/6, tại Hà Nội").tokens)[0]; // { start: 0, end: 2, rule: "date/part-of-day-dm", a: { d: 9, m: 6, pod: "TAF" } }
 * ```
 */
export function parseDates(tokens: readonly Token[], opts: { everyToken?: boolean } = {}): Expr[] {
  const P = new Parser(tokens);
  const out: Expr[] = [];
  // `everyToken` (tests only) runs the parser at every token, to check the opening-word shortcut.
  const everyToken = opts.everyToken === true;
  const classes = RULE_WORD_CLASSES.of(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!everyToken && !(classes[i]! & OPENING_WORD) && (t.kind === "word" || t.kind === "abbr" || t.kind === "punct" || t.kind === "symbol")) { i++; continue; }
    const r = parseAt(P, tokens, i);
    if (r === INVALID) {
      // Skip the whole rejected expression: nothing inside it may be a date.
      i = skipInvalid(tokens, i);
      continue;
    }
    if (!r) { i++; continue; }
    out.push(r);
    i = r.end;
    void t;
  }
  for (const e of out) e.hint = hintAfter(tokens, e.end);
  return out;
}

function skipInvalid(tokens: readonly Token[], i: number): number {
  // The rejected expression runs to the end of its digits (`ngày 32 tháng 4 năm 2017`).
  let j = i + 1;
  while (j < tokens.length && !tokens[j]!.lineBefore) {
    const t = tokens[j]!;
    if (t.kind === "number" || t.kind === "date" || t.kind === "time" || t.text === "/" || t.text === "-" || t.text === "." && !tokens[j + 1]?.spaceBefore ||
      t.lower === "tháng" || t.lower === "năm" || t.lower === "ngày" || t.lower === "âm" || t.lower === "lịch") { j++; continue; }
    break;
  }
  return j;
}

function parseAt(P: Parser, tokens: readonly Token[], i: number): Expr | typeof INVALID | null {
  const t = tokens[i]!;
  P.anchor = i;
  // `từ A đến B`, `từ A - B`, `từ A đến nay`
  if (t.lower === "từ") {
    // `từ nay đến hết năm 2020`: open at the present, closed at the written end.
    if (P.L(i + 1) === "nay" && (P.L(i + 2) === "đến" || P.L(i + 2) === "tới") && P.near(i + 2)) {
      const j = P.L(i + 3) === "hết" ? i + 4 : i + 3;
      const b = P.point(j);
      if (b === INVALID) return INVALID;
      if (b && !b.b && !b.p.partial && !b.p.rel) return { start: i, end: b.end, rule: "date/range-from-present", a: { present: true }, b: b.p };
      return null;
    }
    const my = P.monthYearRange(i + 1);
    if (my) return { ...my, start: i, rule: my.rule === "date/month-year-range" ? "date/range-from-to" : my.rule };
    const a = P.point(i + 1);
    if (a === INVALID) return INVALID;
    if (a) {
      const sepTok = P.L(a.end);
      if ((sepTok === "đến" || sepTok === "tới" || sepTok === "-") && P.near(a.end)) {
        for (const pw of PRESENT_WORDS) {
          if (pw.every((w, m) => P.L(a.end + 1 + m) === w)) {
            return { start: i, end: a.end + 1 + pw.length, rule: "date/range-to-present", a: a.p, b: { present: true } };
          }
        }
        let b = P.point(a.end + 1);
        if (b === INVALID) return INVALID;
        // `từ năm 2017 - 2022`, `từ tháng 10 đến 12/2016`: a bare second end of the same kind
        if (!b && a.p.y !== undefined && a.p.m === undefined) { const y2 = P.year(a.end + 1); if (y2 !== null && y2 > a.p.y) b = { p: { y: y2 }, end: a.end + 2, rule: "date/year" }; }
        if (!b && a.p.d !== undefined) { const dm = P.dayMonth(a.end + 1, true); if (dm === INVALID) return INVALID; if (dm) b = dm; }
        if (b && !b.b && !a.b) return { start: i, end: b.end, rule: "date/range-from-to", a: a.p, b: b.p };
      }
      if (a.b && a.rule === "date/year-range") return { start: i, end: a.end, rule: "date/range-from-to", a: a.p, b: a.b };
      if (a.b) return { start: i + 1, end: a.end, rule: a.rule, a: a.p, b: a.b };
      if (!a.p.partial) return { start: i + 1, end: a.end, rule: a.rule, a: a.p };
      return null;
    }
    // `từ 1-6 tới`: a bare day-month after `từ`
    return null;
  }
  // `những năm 1980`, `thập niên 1990`: a decade.
  if ((t.lower === "những" && P.L(i + 1) === "năm" || t.lower === "thập" && (P.L(i + 1) === "niên" || P.L(i + 1) === "kỷ")) && P.near(i + 1)) {
    const y = P.year(i + 2);
    if (y !== null && y % 10 === 0 && !P.glued(i + 3) && P.L(i + 3) !== "-") return { start: i, end: i + 3, rule: "date/decade", a: { decade: y / 10 } };
    return null;
  }
  // `Tết Nguyên đán Đinh Dậu - 2017`, `Tết 2017`: the first day of that lunar year.
  if (t.lower === "tết") return tetAt(P, i);
  if (t.lower === "những" || t.lower === "thập") return null;
  // `ngày 25, 26 và 27/9/2014`: the days of a list, as a range from the first to the last.
  if (t.lower === "ngày") {
    const list = dayList(P, i);
    if (list) return list;
  }
  const my = P.monthYearRange(i);
  if (my) return my;
  const p = P.point(i);
  if (p === INVALID) return INVALID;
  if (p) {
    if (p.p.partial) return null;
    // `năm 1975 đến năm 1979`: two years joined by `đến`/`tới`
    if (p.rule === "date/year" && !p.b && (P.L(p.end) === "đến" || P.L(p.end) === "tới") && P.near(p.end) && P.L(p.end + 1) === "năm") {
      const y2 = P.year(p.end + 2);
      if (y2 !== null && y2 > p.p.y! && y2 - p.p.y! <= 100) return { start: i, end: p.end + 3, rule: "date/year-range", a: p.p, b: { y: y2 } };
    }
    if (p.b) return { start: i, end: p.end, rule: p.rule, a: p.p, b: p.b };
    // Full date - full date: `9/7/1912-9/7/2017`, `3-2-1930 - 3-2-2025`
    if (P.L(p.end) === "-" && P.near(p.end) && p.p.y !== undefined && p.p.d !== undefined) {
      const b = P.dateToken(p.end + 1);
      if (b === INVALID) return INVALID;
      if (b && b.p.y !== undefined && b.p.d !== undefined && runsForward(p.p, b.p)) return { start: i, end: b.end, rule: "date/date-range", a: p.p, b: b.p };
    }
    return { start: i, end: p.end, rule: p.rule, a: p.p };
  }
  // Bare day-month after a preposition or an opening bracket: `(23/6)`, `từ 1-6 tới`
  const prev = tokens[i - 1];
  if (t.kind === "date") {
    const r = P.dateToken(i);
    if (r === INVALID) return INVALID;
    if (r && (r.p.y !== undefined && r.p.d !== undefined || prev && BARE_DM_BEFORE.has(prev.lower))) {
      if (P.L(r.end) === "-" && r.p.y !== undefined && r.p.d !== undefined) {
        const b = P.dateToken(r.end + 1);
        if (b && b !== INVALID && b.p.y !== undefined && runsForward(r.p, b.p)) return { start: i, end: b.end, rule: "date/date-range", a: r.p, b: b.p };
      }
      const p2: Point = { ...r.p };
      let end = r.end;
      const tm = P.time(end);
      if (tm && tokens[end]!.kind === "time" && p2.d !== undefined) { p2.time = tm.time; end = tm.end; }
      return { start: i, end, rule: r.rule, a: p2 };
    }
    return null;
  }
  if (t.kind === "number" && prev && (prev.lower === "từ" || prev.lower === "(")) {
    const r = P.loose(i);
    if (r === INVALID) return INVALID;
    if (r) return { start: i, end: r.end, rule: r.rule, a: r.p };
    // `(6 - 2021)`: month - year in brackets
    const m = P.int(i, 2);
    if (prev.lower === "(" && m !== null && m >= 1 && m <= 12 && P.L(i + 1) === "-" && P.year(i + 2) !== null && P.L(i + 3) === ")") {
      return { start: i, end: i + 3, rule: "date/month-year", a: { m, y: P.year(i + 2)! } };
    }
  }
  if (t.kind === "number") {
    const r = P.bareYear(i);
    if (r && r !== INVALID) return { start: i, end: r.end, rule: r.rule, a: r.p, ...(r.b ? { b: r.b } : {}) };
  }
  return null;
}

/** `Tết [Nguyên đán] [stem branch] [-] YYYY` at token i, or null (no year written: no date). */
function tetAt(P: Parser, i: number): Expr | null {
  let j = i + 1;
  if (P.L(j) === "nguyên" && P.L(j + 1) === "đán" && P.near(j + 1)) j += 2;
  if (STEMS.has(P.L(j)) && BRANCHES.has(P.L(j + 1)) && P.near(j + 1)) j += 2;
  if ((P.L(j) === "-" || P.L(j) === "–") && P.near(j)) j++;
  const y = P.year(j);
  if (y === null || P.glued(j + 1)) return null;
  return { start: i, end: j + 1, rule: "date/tet", a: { d: 1, m: 1, y, lunar: true } };
}

/** `ngày D1, D2 và D3/M[/Y]` at token i: a range from D1 to the written date, or null. */
function dayList(P: Parser, i: number): Expr | null {
  const first = P.int(i + 1, 2);
  if (first === null || first < 1 || first > 31) return null;
  let j = i + 2, n = 0;
  while ((P.L(j) === "," || P.L(j) === "và") && P.near(j) && n < 10) {
    const t = P.T(j + 1);
    if (t && t.kind === "date") {
      const last = P.dateToken(j + 1);
      // Two days are `date/day-range` (`ngày 21 và 22/6`); a list has a comma.
      if (n === 0 || !last || last === INVALID || last.p.d === undefined || last.p.d <= first) return null;
      return { start: i, end: last.end, rule: "date/day-list", a: { d: first, m: last.p.m!, ...(last.p.y !== undefined ? { y: last.p.y } : {}) }, b: last.p };
    }
    const d = P.int(j + 1, 2);
    if (d === null || d < 1 || d > 31) return null;
    j += 2; n++;
  }
  return null;
}

/** Two written dates joined by a dash are a range only if the second is not before the first. */
function runsForward(a: Point, b: Point): boolean {
  if (a.y !== b.y) return a.y! < b.y!;
  if (a.m === undefined || b.m === undefined || a.m !== b.m) return a.m === undefined || b.m === undefined || a.m < b.m;
  return a.d === undefined || b.d === undefined || a.d <= b.d;
}

function hintAfter(tokens: readonly Token[], end: number): "future" | "past" | undefined {
  const a = tokens[end], b = tokens[end + 1];
  if (!a || a.lineBefore) return undefined;
  if (a.lower === "tới" || a.lower === "sắp" && b?.lower === "tới") return "future";
  if (a.lower === "vừa" && (b?.lower === "qua" || b?.lower === "rồi")) return "past";
  if (a.lower === "qua" || a.lower === "trước" && b?.lower === "đó") return "past";
  return undefined;
}

export { FUTURE_MARKERS, PAST_MARKERS };
