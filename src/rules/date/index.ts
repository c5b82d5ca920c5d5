/**
 * The DATE matcher: parses date expressions in one pass over tokens (`./parse.ts`), then
 * resolves them in text order against the article's date (`./resolve.ts`). Rules and their
 * examples: `./rules.ts`.
 * @module
 */
import type { Candidate, Doc, Matcher } from "../../pipeline/types.js";
import { parseDates } from "./parse.js";
import { buildContext, resolveExpr, type Resolved } from "./resolve.js";
import type { Expr } from "./parse.js";

export { DATE_RULES } from "./rules.js";
export { lunarToSolar } from "./lunar.js";

/** Words before a date that mark a birth date (its year is no context for later dates). */
const BIRTH_WORDS = new Set(["sinh"]);

/** Both ends full dates on the same day and month, years apart: `(27/7/1947 - 27/7/2017)`. */
function isAnniversarySpan(e: Expr): boolean {
  const a = e.a, b = e.b;
  return !!b && a.y !== undefined && b.y !== undefined && a.y < b.y && a.d !== undefined && a.d === b.d && a.m !== undefined && a.m === b.m && !a.rel && !b.rel && !a.lunar && !b.lunar;
}

export const dateMatcher: Matcher = {
  id: "date",
  match(doc: Doc): Candidate[] {
    const tokens = doc.tokens;
    const exprs = parseDates(tokens);
    const ctx = buildContext(exprs, tokens, doc.refDate, doc.warnings);
    // Paragraph of each token, so a year gives context only within its paragraph.
    const out: Candidate[] = [];
    let last: Resolved["day"] = null;
    /** The last explicit year written (sentence index, year; `day`: written with its day and month). */
    let yearCtx: { sentence: number; para: number; y: number; day: boolean } | null = null;
    let para = 0, paraTok = 0;
    for (const e of exprs) {
      while (paraTok <= e.start) { if (paraTok > 0 && tokens[paraTok]!.lineBefore) para++; paraTok++; }
      const sentence = tokens[e.start]!.sentence;
      // A year written in the same sentence, or in the sentence before, fixes a missing year. When the
      // article's date is known it is the default (GUIDELINES: resolve against it), and the sentence
      // before overrides it only with a full date the expression may refer back to, not with a year
      // or month alone: `Tháng 4/2021, ông được bầu … Ngày 2/5, …` in a 2024 article is 2024's 2 May.
      const gap = yearCtx && yearCtx.para === para ? sentence - yearCtx.sentence : -1;
      const yearHint = yearCtx && (gap === 0 || (gap === 1 && (yearCtx.day || !ctx.ref))) ? yearCtx.y : null;
      const r = resolveExpr(e, ctx, last, yearHint);
      // A deadline (`trước ngày 30-6`) is not the day that `cùng ngày` refers back to.
      const before = tokens[e.start - 1]?.lower ?? "";
      if (r.day && before !== "trước" && before !== "đến" && before !== "hạn" && e.hint !== "future") last = r.day;
      const single = !e.b && e.a.y !== undefined && !e.a.rel;
      const birth = BIRTH_WORDS.has(tokens[e.start - 1]?.lower ?? "");
      if (single && !birth) yearCtx = { sentence, para, y: e.a.y!, day: e.a.d !== undefined && e.a.m !== undefined };
      // An anniversary's span (`7/7/1917 - 7/7/2017`) writes the current year at its end.
      else if (isAnniversarySpan(e)) yearCtx = { sentence, para, y: e.b!.y!, day: true };
      out.push({ type: "DATE", start: tokens[e.start]!.start, end: tokens[e.end - 1]!.end, rule: e.rule, priority: 1, value: { timex: r.timex } });
    }
    return out;
  },
};
