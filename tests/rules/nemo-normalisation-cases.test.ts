/**
 * NeMo's Vietnamese text-normalisation cases (Apache-2.0, see tests/fixtures/nemo-vi-tn/README.md):
 * thoisu runs on the `written` side; the expected value is read from the `spoken` side, which
 * fixes the meaning (amount, currency, day/month order). Rows whose spoken side cannot be read
 * here, or that thoisu deliberately treats otherwise (`divergences.json`), are reported apart.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import { moneyMatcher } from "../../src/rules/money/index.js";
import { dateMatcher } from "../../src/rules/date/index.js";
import { NumberBuilder, DIGIT_WORDS, toNumber, isNumberWord } from "../../src/rules/money/numbers.js";

const dir = join(__dirname, "..", "fixtures", "nemo-vi-tn");
const rows = ["text_normalization.jsonl", "inverse_text_normalization.jsonl"].flatMap((f) =>
  readFileSync(join(dir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l)));
const divergences: Record<string, { reason: string; value: unknown }> = JSON.parse(readFileSync(join(dir, "divergences.json"), "utf8")).cases;
const rates = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "pass-rates.json"), "utf8"));
const ex = createExtractor({ matchers: [moneyMatcher, dateMatcher], linkers: [] });

/** A number spoken in words; digit-by-digit years (`một chín chín chín`, `hai không mười ba`) too. */
function spokenNumber(words: string[]): number | null {
  if (words.length === 0) return null;
  const digit = (w: string) => DIGIT_WORDS.has(w) && w !== "mốt";
  if (words.length === 4 && words.every(digit)) return +words.map((w) => DIGIT_WORDS.get(w)).join("");
  // `hai không mười ba` = 2013, `hai không linh sáu` = 2006: two digits, then a number below 100
  if (words.length >= 3 && digit(words[0]!) && words[1] === "không" && words[2] !== "trăm") {
    const rest = words[2] === "linh" || words[2] === "lẻ" ? spokenNumber(words.slice(3)) : spokenNumber(words.slice(2));
    if (rest !== null && rest < 100) return DIGIT_WORDS.get(words[0]!)! * 1000 + rest;
  }
  const b = new NumberBuilder();
  for (const w of words) if (!b.addWord(w)) return null;
  return toNumber(b.value());
}

const CURRENCY: [string, string][] = [["đô la mỹ", "USD"], ["đô la", "USD"], ["đô", "USD"], ["đồng", "VND"], ["ơ rô", "EUR"], ["euro", "EUR"], ["yên nhật", "JPY"], ["bảng anh", "GBP"], ["rupee", "INR"], ["won", "KRW"]];
/** `{amount, currency}` stated by a spoken money phrase, or null. */
export function spokenMoney(s: string): unknown {
  const parts = s.split(" đến ");
  const vals = parts.map((p) => {
    for (const [name, code] of CURRENCY) {
      const at = p.indexOf(` ${name}`);
      if (at < 0 || p.slice(at + name.length + 1).trim() !== "") continue;
      const words = p.slice(0, at).split(" ");
      const comma = words.indexOf("phẩy");
      if (comma >= 0) {
        const i = spokenNumber(words.slice(0, comma)), f = words.slice(comma + 1).map((w) => DIGIT_WORDS.get(w));
        if (i === null || f.some((x) => x === undefined)) return null;
        return { amount: +`${i}.${f.join("")}`, currency: code };
      }
      const n = spokenNumber(words);
      return n === null ? null : { amount: n, currency: code };
    }
    return null;
  });
  if (vals.some((v) => !v)) return null;
  if (vals.length === 2) return { min: (vals[0] as any).amount, max: (vals[1] as any).amount, currency: (vals[0] as any).currency };
  return vals[0];
}

const isNumberWordHere = (w: string) => isNumberWord(w) || w === "không" || w === "bẩy";
/**
 * TIMEX3 values of the dates a spoken text states (`ngày mười lăm tháng một năm hai nghìn
 * hai mươi tư`, `năm chín trăm ba tám`), in order; null when one cannot be read. `năm nay`
 * leaves the year unknown (`XXXX`), as no article date is given.
 */
export function spokenDates(s: string): string[] | null {
  const w = s.split(" ");
  const out: string[] = [];
  const p = (n: number, k = 2) => String(n).padStart(k, "0");
  let i = 0;
  const num = (j: number): [number | null, number] => {
    let e = j;
    while (e < w.length && isNumberWordHere(w[e]!)) e++;
    return [spokenNumber(w.slice(j, e)), e];
  };
  while (i < w.length) {
    let d: number | null = null, m: number | null = null, y: number | null = null, yKnown = true, any = false;
    const bareDay = isNumberWordHere(w[i]!) && w[i] !== "năm" && (w[i + 1] === "tháng" || w[i + 2] === "tháng" || w[i + 3] === "tháng");
    if (w[i] === "ngày" || w[i] === "mùng" || w[i] === "mồng" || bareDay) {
      let j = bareDay ? i : i + 1;
      if (w[j] === "mùng" || w[j] === "mồng") j++;
      let e = j;
      while (e < w.length && isNumberWordHere(w[e]!) && e - j < 3) e++;
      if (e === j || w[e] !== "tháng") { i++; continue; }
      d = spokenNumber(w.slice(j, e)); i = e; any = true;
      if (d === null) return null;
    }
    if (w[i] === "tháng") {
      const j = i + 1;
      // the month: one or two words (`mười hai`); `năm` right after `tháng` is May
      let e = j + 1;
      if (w[j] === "mười" && w[j + 1] && w[j + 1] !== "năm" && DIGIT_WORDS.has(w[j + 1]!)) e = j + 2;
      m = spokenNumber(w.slice(j, e));
      if (m === null || m < 1 || m > 12) { if (any) return null; i++; continue; }
      i = e; any = true;
      if (w[i] === "năm") {
        if (w[i + 1] === "nay") { yKnown = false; i += 2; }
        else { const [v, e2] = num(i + 1); if (e2 > i + 1) { if (v === null) return null; y = v; i = e2; } }
      }
    } else if (!any && w[i] === "năm" && i === 0) {
      const [v, e2] = num(1);
      if (e2 > 1 && v !== null) { out.push(p(v, 4)); i = e2; continue; }
      return null;
    }
    if (!any) { i++; continue; }
    if (m === null) return null;
    const ys = y === null || !yKnown ? "XXXX" : p(y, 4);
    out.push(d === null ? `${ys}-${p(m)}` : `${ys}-${p(m)}-${p(d)}`);
  }
  return out.length ? out : null;
}

describe("NeMo VI text-normalisation cases", () => {
  for (const [suite, category, type] of [["nemo-money", "money", "MONEY"], ["nemo-date", "date", "DATE"]] as const) {
    it(`${suite}: pass rate stays at or above its floor`, () => {
      let passed = 0, documented = 0, failed = 0, unread = 0;
      const fails: string[] = [];
      for (const r of rows.filter((x) => x.category === category)) {
        const found = ex.extract(r.written).entities.filter((e) => e.type === type).map((e) => JSON.stringify(e.value));
        const div = divergences[`${r.direction}:${r.written}`];
        if (div) {
          // A documented divergence: thoisu's own expected value (null: nothing found).
          const ok = div.value === null ? found.length === 0 : found.includes(JSON.stringify(div.value));
          if (ok) documented++; else { failed++; fails.push(`${r.written} documented ${JSON.stringify(div.value)} got ${found}`); }
          continue;
        }
        const want = type === "MONEY" ? (spokenMoney(r.spoken) === null ? null : [spokenMoney(r.spoken)]) : spokenDates(r.spoken)?.map((t) => ({ timex: t })) ?? null;
        if (want === null) { unread++; if (process.env.NEMO_FAILS) console.log("UNREAD", r.written, "|", r.spoken); continue; }
        if (want.every((v) => found.includes(JSON.stringify(v)))) passed++;
        else { failed++; fails.push(`${r.written} want ${JSON.stringify(want)} got ${found}`); }
      }
      const total = passed + documented + failed;
      console.log(`${suite}: ${passed} passed / ${documented} divergent as documented / ${failed} failed (of ${total} read; ${unread} rows whose spoken side is not read here)`);
      if (process.env.NEMO_FAILS) console.log(fails.join("\n"));
      expect(passed / total).toBeGreaterThanOrEqual(rates[suite].passedFloor);
      expect((passed + documented) / total).toBeGreaterThanOrEqual(rates[suite].floor);
    });
  }
  it("every divergence gives a reason and thoisu's expected value", () => {
    for (const [k, d] of Object.entries(divergences)) {
      expect(rows.some((r) => `${r.direction}:${r.written}` === k), k).toBe(true);
      expect(d.reason.length, k).toBeGreaterThan(10);
      expect("value" in d, k).toBe(true);
    }
  });
});
