/**
 * DATE resolution: turns parsed expressions into TIMEX3 values, filling what the text
 * leaves out from (1) a year written just before in the same paragraph, (2) the article's
 * date, read BACKWARD as news does (an unyeared `9/6` is the latest 9 June not far after
 * the article's date), (3) the article's year inferred from the full dates it writes,
 * else `X`.
 * @module
 */
import type { Token } from "../../tokenize/index.js";
import type { YMD } from "../../pipeline/types.js";
import { isValidDate } from "../../pipeline/reference-date.js";
import { jdFromDate, jdToDate, lunarToSolar } from "./lunar.js";
import type { Expr, Point } from "./parse.js";
import { WEEKDAY_NAMES } from "./words.js";

/** What the resolver knows about the article. */
export interface DateContext {
  ref: YMD | null;
  /** The article's day when `ref` is unknown: pinned by `chiều nay 25-5` or the lead's date. */
  today: { y: number | null; m: number | null; d: number | null };
  warnings: string[];
}

/** A resolved expression. */
export interface Resolved {
  timex: string;
  /** The day it denotes, when known to the day (for `cùng ngày`). */
  day: { y: number | null; m: number; d: number } | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const fmtY = (y: number | null | undefined) => (y === null || y === undefined ? "XXXX" : pad(y, 4));

/** The years a TIMEX3 value can write (four digits); a relative date that falls outside stays unresolved. */
const MIN_YEAR = 0, MAX_YEAR = 9999;
const inYears = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** A future date within this many days of the article's date is read as upcoming; a farther one as last year's. */
const FUTURE_WEIGHT = 2;

/** How far into the text (characters) the lead's date may stand. */
const LEAD_WINDOW = 500;

/**
 * The year of an unyeared day-month (or month, `d` undefined) near the reference date:
 * the candidate closest to it, where being in the future costs double (news reads back).
 */
export function nearestYear(ref: YMD, m: number, d: number | undefined, hint?: "future" | "past"): number | null {
  const r = jdFromDate(ref.day, ref.month, ref.year);
  let best: number | null = null, bestCost = Infinity;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    if (y < MIN_YEAR || y > MAX_YEAR) continue;
    let cost: number;
    if (d === undefined) {
      const s = jdFromDate(1, m, y), e = jdFromDate(1, m === 12 ? 1 : m + 1, m === 12 ? y + 1 : y) - 1;
      cost = r < s ? (s - r) * (hint === "past" ? 100 : hint === "future" ? 1 : FUTURE_WEIGHT) : r > e ? (r - e) * (hint === "future" ? 100 : 1) : 0;
    } else {
      if (!isValidDate(y, m, d)) continue;
      const j = jdFromDate(d, m, y);
      cost = j > r ? (j - r) * (hint === "past" ? 100 : hint === "future" ? 1 : FUTURE_WEIGHT) : (r - j) * (hint === "future" ? 100 : 1);
    }
    if (cost < bestCost) { bestCost = cost; best = y; }
  }
  return best;
}

function shiftDays(y: number, m: number, d: number, n: number): YMD {
  return jdToDate(jdFromDate(d, m, y) + n);
}

/** Resolves one point to its TIMEX3 value. `yearHint` is a year from context (same paragraph). */
function resolvePoint(p: Point, ctx: DateContext, last: Resolved["day"], hint: Expr["hint"], yearHint: number | null): Resolved {
  const today = ctx.ref ? { y: ctx.ref.year, m: ctx.ref.month, d: ctx.ref.day } : ctx.today;
  let y: number | null = p.y ?? null;
  let m: number | null = p.m ?? null;
  let d: number | null = p.d ?? null;
  if (p.same) {
    if (!last) return { timex: withDaySuffix("XXXX-XX-XX", p), day: null };
    y = last.y; m = last.m; d = last.d;
  } else if (p.rel && d === null) {
    const { unit, n } = p.rel;
    if (unit === "day") {
      if (today.y !== null && today.m !== null && today.d !== null) {
        const r = shiftDays(today.y, today.m, today.d, n);
        if (!inYears(r.year)) return { timex: withDaySuffix("XXXX-XX-XX", p), day: null };
        y = r.year; m = r.month; d = r.day;
      } else if (n === 0 && today.m !== null && today.d !== null) { y = today.y; m = today.m; d = today.d; }
      else return { timex: withDaySuffix("XXXX-XX-XX", p), day: null };
    } else if (unit === "week") {
      if (today.y === null || today.m === null || today.d === null) return { timex: p.weekday !== undefined ? withDaySuffix("XXXX-XX-XX", p) : "XXXX-WXX", day: null };
      // Weeks run Monday to Sunday (Chủ nhật is the last day).
      const jd = jdFromDate(today.d, today.m, today.y) + 7 * n;
      const monday = jd - ((jd + 1) % 7 + 6) % 7;
      if (p.weekday === undefined) return { timex: inYears(jdToDate(monday + 3).year) ? isoWeek(monday) : "XXXX-WXX", day: null };
      const r = jdToDate(monday + (p.weekday === 0 ? 6 : p.weekday - 1));
      if (!inYears(r.year) || !inYears(jdToDate(monday + 3).year)) return { timex: withDaySuffix("XXXX-XX-XX", { ...p, weekday: undefined }), day: null };
      const day = { y: r.year, m: r.month, d: r.day };
      return { timex: withDaySuffix(`${fmtY(r.year)}-${pad(r.month)}-${pad(r.day)}`, { ...p, weekday: undefined }), day };
    } else if (unit === "quarter") {
      if (today.y === null || today.m === null) return { timex: "XXXX-QX", day: null };
      const k = today.y * 4 + Math.floor((today.m - 1) / 3) + n;
      if (!inYears(Math.floor(k / 4))) return { timex: "XXXX-QX", day: null };
      return { timex: `${fmtY(Math.floor(k / 4))}-Q${(k % 4) + 1}`, day: null };
    } else if (unit === "month") {
      if (today.y === null || today.m === null) return { timex: "XXXX-XX", day: null };
      const k = today.y * 12 + today.m - 1 + n;
      y = Math.floor(k / 12); m = (k % 12) + 1;
      if (!inYears(y)) return { timex: "XXXX-XX", day: null };
      return { timex: `${fmtY(y)}-${pad(m)}`, day: null };
    } else {
      y = today.y === null || !inYears(today.y + n) ? null : today.y + n;
      if (m === null && p.q === undefined && p.half === undefined && p.season === undefined) return { timex: fmtY(y), day: null };
    }
  } else if (p.rel && d !== null) {
    // `chiều nay 25-5`: the day is written; the year is the article's.
    y = today.y;
  }
  if (p.century !== undefined) return { timex: pad(p.century - 1), day: null };
  if (p.decade !== undefined) return { timex: pad(p.decade, 3), day: null };
  // Fill a missing year.
  if (y === null && (m !== null || p.q !== undefined || p.half !== undefined || p.season !== undefined)) {
    if (yearHint !== null && !hint) y = yearHint;
    else if (ctx.ref && m !== null) y = nearestYear(ctx.ref, m, d ?? undefined, hint);
    else if (ctx.ref) y = ctx.ref.year;
    else y = today.y;
  }
  if (p.lunar && y !== null && m !== null && d !== null) {
    const s = lunarToSolar(d, m, y);
    if (s) { y = s.year; m = s.month; d = s.day; }
    if (!inYears(y)) y = null;
  }
  // A year taken from context (the paragraph, the article's date) in which the day does not
  // exist (`ngày 29/2` in 2018): the day-month as written, its year unknown.
  if (y !== null && m !== null && d !== null && !isValidDate(y, m, d)) y = null;
  if (p.q !== undefined) return { timex: `${fmtY(y)}-Q${p.q}`, day: null };
  if (p.half !== undefined) return { timex: `${fmtY(y)}-H${p.half}`, day: null };
  if (p.season !== undefined) return { timex: `${fmtY(y)}-${p.season}`, day: null };
  if (m === null) return { timex: fmtY(y), day: null };
  if (d === null) return { timex: `${fmtY(y)}-${pad(m)}`, day: null };
  if (p.weekday !== undefined && y !== null) {
    const actual = (jdFromDate(d, m, y) + 1) % 7;
    if (actual !== p.weekday) ctx.warnings.push(`date: "${p.weekdayText}" contradicts ${fmtY(y)}-${pad(m)}-${pad(d)}, a ${WEEKDAY_NAMES[actual]}`);
  }
  return { timex: withDaySuffix(`${fmtY(y)}-${pad(m)}-${pad(d)}`, p), day: { y, m, d } };
}

/** ISO 8601 week (`2017-W05`) of the week whose Monday is the Julian day `monday`. */
function isoWeek(monday: number): string {
  const thursday = jdToDate(monday + 3);
  const jan1 = jdFromDate(1, 1, thursday.year);
  const week = Math.floor((monday + 3 - jan1) / 7) + 1;
  return `${fmtY(thursday.year)}-W${pad(week)}`;
}

function withDaySuffix(base: string, p: Point): string {
  if (p.time) return `${base}T${p.time}`;
  if (p.pod) return base + p.pod;
  return base;
}

/** Resolves a whole expression (a point or a range). */
export function resolveExpr(e: Expr, ctx: DateContext, last: Resolved["day"], yearHint: number | null): Resolved {
  if (!e.b) return resolvePoint(e.a, ctx, last, e.hint, yearHint);
  const r = resolveRange(e, ctx, last, yearHint);
  // A range that would end before it starts (`từ 11-10-2519 đến nay` in a 2017 article, an end
  // past year 9999) is no range: its start alone is what the text says for sure.
  const slash = r.timex.indexOf("/");
  const start = r.timex.slice(0, slash), end = r.timex.slice(slash + 1);
  return endsBeforeStart(start, end) ? { timex: start, day: null } : r;
}

/** True when both ends are calendar values (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a time after) and `end` is earlier. */
function endsBeforeStart(start: string, end: string): boolean {
  const a = start.slice(0, 10), b = end.slice(0, 10);
  if (!/^\d{4}(?:-\d{2}){0,2}$/.test(a) || !/^\d{4}(?:-\d{2}){0,2}$/.test(b)) return false;
  const n = Math.min(a.length, b.length);
  return b.slice(0, n) < a.slice(0, n);
}

/** Resolves a range expression (both ends written). */
function resolveRange(e: Expr, ctx: DateContext, last: Resolved["day"], yearHint: number | null): Resolved {
  const a = { ...e.a }, b = { ...e.b! };
  if (a.present) {
    const rb = resolvePoint(b, ctx, last, "future", yearHint);
    // The article's date; where it is unknown, an unknown day (a value starts with a date, so not `PRESENT_REF`).
    return { timex: `${ctx.ref ? `${fmtY(ctx.ref.year)}-${pad(ctx.ref.month)}-${pad(ctx.ref.day)}` : "XXXX-XX-XX"}/${rb.timex}`, day: null };
  }
  if (b.present) {
    const ra = resolvePoint(a, ctx, last, "past", yearHint);
    return { timex: `${ra.timex}/${ctx.ref ? `${fmtY(ctx.ref.year)}-${pad(ctx.ref.month)}-${pad(ctx.ref.day)}` : "PRESENT_REF"}`, day: null };
  }
  // Share what one end writes and the other leaves out: `từ ngày 12 đến ngày 14-6`.
  if (a.m === undefined && b.m !== undefined && a.d !== undefined) a.m = b.m;
  if (a.y === undefined && b.y !== undefined && (a.m !== undefined || a.q !== undefined)) a.y = a.m !== undefined && b.m !== undefined && a.m > b.m ? b.y - 1 : b.y;
  if (b.y === undefined && a.y !== undefined && (b.m !== undefined)) b.y = a.m !== undefined && b.m! < a.m ? a.y + 1 : a.y;
  if (a.y === undefined && b.y === undefined) {
    // Both unyeared: resolve the later end, give the first the same year.
    const rb = resolvePoint(b, ctx, last, e.hint, yearHint);
    const yb = /^\d{4}/.test(rb.timex) ? +rb.timex.slice(0, 4) : null;
    if (yb !== null) a.y = a.m !== undefined && b.m !== undefined && a.m > b.m ? yb - 1 : yb;
    const ra = resolvePoint(a, ctx, last, e.hint, yearHint);
    return { timex: `${ra.timex}/${rb.timex}`, day: null };
  }
  const ra = resolvePoint(a, ctx, last, e.hint, yearHint);
  const rb = resolvePoint(b, ctx, last, e.hint, yearHint);
  return { timex: `${ra.timex}/${rb.timex}`, day: null };
}

/**
 * Builds the context: the article's date if known; otherwise its day pinned by the text
 * (`chiều nay 25-5`, `hôm nay (23/6)`) or the date of its lead, with the year left unknown.
 * The guidelines keep `X` for a year that only inference gives: the latest year an undated
 * article writes is often its year, but not always (a biography, a review of a past event), so a
 * year is filled only where the text fixes it (a year written nearby: `yearHint`).
 */
export function buildContext(exprs: readonly Expr[], tokens: readonly Token[], ref: YMD | null, warnings: string[]): DateContext {
  const ctx: DateContext = { ref, today: { y: null, m: null, d: null }, warnings };
  if (ref) return ctx;
  let pinned: { m: number; d: number } | null = null;
  for (let k = 0; k < exprs.length && !pinned; k++) {
    const e = exprs[k]!;
    if (e.a.rel?.unit === "day" && e.a.rel.n === 0 && e.a.d !== undefined && e.a.m !== undefined) pinned = { m: e.a.m, d: e.a.d };
    // `hôm nay (23/6)`
    const nx = exprs[k + 1];
    if (e.a.rel?.unit === "day" && e.a.rel.n === 0 && e.a.d === undefined && nx && nx.start - e.end <= 1 && nx.a.d !== undefined && nx.a.m !== undefined && !nx.b) pinned = { m: nx.a.m, d: nx.a.d };
  }
  if (!pinned) {
    // The lead's date: the first day-month near the top (after the title and dateline).
    for (const e of exprs) {
      if (tokens[e.start]!.start > LEAD_WINDOW) break;
      if (!e.b && e.a.d !== undefined && e.a.m !== undefined && !e.a.rel && e.a.y === undefined && !isBirthOrCitation(tokens, e.start)) { pinned = { m: e.a.m, d: e.a.d }; break; }
    }
  }
  ctx.today = { y: null, m: pinned?.m ?? null, d: pinned?.d ?? null };
  return ctx;
}

/** The date at token `start` is a birth date (`sinh ngày`) or a cited document's date (`số 24 ngày 5/6/2012`). */
export function isBirthOrCitation(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1];
  if (prev?.lower === "sinh") return true;
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    const t = tokens[k]!;
    if (t.lower === "số") return true;
    if (t.text === "." || t.lineBefore) break;
  }
  return false;
}
