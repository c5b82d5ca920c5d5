/**
 * The MONEY matcher: one left-to-right pass over tokens. An amount starts at a number
 * token or a number word; it may be followed by scale words, a range (`-`, `đến`, `tới`)
 * and a currency name. Values are exact (decimal arithmetic on BigInt). Rules and their
 * examples: `./rules.ts`.
 * @module
 */
import type { Candidate, Doc, Matcher } from "../../pipeline/types.js";
import type { Token } from "../../tokenize/index.js";
import type { MoneyValue } from "../../types.js";
import { matchCurrency } from "./currencies.js";
import { type Decimal, NumberBuilder, DIGIT_WORDS, DECIMAL_POINT_WORDS, SCALE_WORDS, add, compare, parseDigits, shift, toNumber, isNumberWord } from "./numbers.js";
import { FOLLOWERS_WITHOUT_CURRENCY, QUALIFIERS } from "./rules.js";
import { RULE_WORD_CLASSES } from "../../match/word-classes.js";

export { MONEY_RULES } from "./rules.js";

/** An amount read from tokens `[start, end)`. */
interface Amount {
  start: number;
  end: number;
  value: Decimal;
  /** The last scale word's power of ten, 0 when none. */
  scale: number;
  /** Written in words (needs a currency or a large scale word). */
  words: boolean;
  /** A compact form (`1tr5`, `50k`). */
  compact: boolean;
}

/** Compact forms glued to a number: `tr5`, `tỷ2`, `k`. */
const COMPACT = /^(tr|triệu|tỷ|tỉ|k|ng|nghìn|ngàn)(\d{0,3})$/;
const COMPACT_SCALE: Record<string, number> = { tr: 6, "triệu": 6, "tỷ": 9, "tỉ": 9, k: 3, ng: 3, "nghìn": 3, "ngàn": 3 };

const RANGE_WORDS = new Set(["-", "–", "đến", "tới", "~"]);

/** The words that may start an amount (a digit word, `mười`), as a bit among the rules' word classes (one lookup per token for all the rules). */
const AMOUNT_START_WORD = RULE_WORD_CLASSES.define([...DIGIT_WORDS.keys(), "mười"]);

/** Reads an amount starting at token `i`, or null. */
function readAmount(tokens: readonly Token[], i: number): Amount | null {
  const first = tokens[i];
  if (!first) return null;
  const b = new NumberBuilder();
  let k = i;
  let words = false, compact = false;
  if (first.kind === "number") {
    const v = parseDigits(first.text);
    if (!v) return null;
    b.addNumber(v);
    k = i + 1;
    // Compact `1tr5`, `50k`, `2tỷ3`: a word glued to the number.
    const next = tokens[k];
    if (next && next.kind === "word" && !next.spaceBefore) {
      const m = COMPACT.exec(next.lower);
      if (m) {
        const scale = COMPACT_SCALE[m[1]!]!;
        let value = shift(v, scale);
        if (m[2]) value = addFraction(value, m[2], scale);
        return { start: i, end: k + 1, value, scale, words: false, compact: true };
      }
    }
  } else if (first.kind === "word" && (DIGIT_WORDS.has(first.lower) || first.lower === "mười")) {
    if (!b.addWord(first.lower)) return null;
    words = true;
    k = i + 1;
  } else return null;
  // Continue with scale words, number words, and (after a scale word) another number.
  for (;;) {
    const t = tokens[k];
    if (!t || t.sentence !== first.sentence) break;
    if (t.kind === "word" && (isNumberWord(t.lower) || SCALE_WORDS.has(t.lower))) {
      if (t.lower === "k" || t.lower === "tr") break; // only glued (compact), handled above
      if (DECIMAL_POINT_WORDS.has(t.lower)) {
        // `2 chấm 23`, `hai phẩy năm`: only with digits after it
        const nx = tokens[k + 1];
        if (!nx || !(nx.kind === "number" && /^\d+$/.test(nx.text) || nx.kind === "word" && DIGIT_WORDS.has(nx.lower))) break;
      }
      if (!b.addWord(t.lower)) break;
      if (DIGIT_WORDS.has(t.lower) || t.lower === "mười" || t.lower === "mươi" || t.lower === "trăm") words = true;
      k++;
      continue;
    }
    if (t.kind === "number" && b.inFraction && /^\d+$/.test(t.text)) {
      const v = parseDigits(t.text);
      if (!v || !b.addNumber(v)) break;
      k++;
      continue;
    }
    if (t.kind === "number" && b.endsWithScale) {
      const v = parseDigits(t.text);
      // `2 tỷ 500 triệu`: only a short integer continues an amount.
      if (!v || v.d !== 0 || t.text.length > 3) break;
      const after = tokens[k + 1];
      if (!after || !(SCALE_WORDS.has(after.lower) || matchCurrency((x) => tokens[x]?.lower, k + 1))) break;
      if (!b.addNumber(v)) break;
      k++;
      continue;
    }
    break;
  }
  // A trailing digit word after a scale (`một tỷ hai`) is fine; a trailing lone `năm`/`ba` without scale is not a number here.
  return { start: i, end: k, value: b.value(), scale: b.maxScale, words, compact };
}

/** `1tr5` → 1,5 triệu; `1tr25` → 1,25 triệu: the digits fill the places below the scale. */
function addFraction(value: Decimal, digits: string, scale: number): Decimal {
  const frac: Decimal = { n: BigInt(digits), d: digits.length };
  return { n: value.n + shift(frac, scale).n, d: 0 };
}

const lowerAt = (tokens: readonly Token[]) => (k: number) => {
  const t = tokens[k];
  return t ? t.lower : undefined;
};

/** Each qualifier's words and its text, joined once (qualifierBefore runs at every amount). */
const QUALIFIER_TEXTS: readonly { words: readonly string[]; text: string }[] = QUALIFIERS.map((q) => ({ words: q, text: q.join(" ") }));

/** The qualifier right before token `i` (longest first), as its text and first token. */
function qualifierBefore(tokens: readonly Token[], i: number): string | null {
  let best: string | null = null;
  for (const { words: q, text } of QUALIFIER_TEXTS) {
    const s = i - q.length;
    if (s < 0) continue;
    let ok = true;
    for (let m = 0; m < q.length; m++) if (tokens[s + m]!.lower !== q[m]) { ok = false; break; }
    if (ok && (!best || text.length > best.length)) best = text;
  }
  return best;
}

/** A token that makes a number part of something else (document numbers, codes, dates). */
function badBefore(t: Token | undefined, first: Token): boolean {
  if (!t) return false;
  if (!first.spaceBefore && (t.kind === "number" || t.kind === "word" || t.kind === "abbr" || t.text === "/" || t.text === "." || t.text === "-")) return true;
  return t.lower === "số" || t.lower === "năm" && first.kind === "number" && /^\d{4}$/.test(first.text);
}

export const moneyMatcher: Matcher = {
  id: "money",
  match(doc: Doc): Candidate[] {
    const tokens = doc.tokens;
    const lowers = lowerAt(tokens);
    const out: Candidate[] = [];
    /** Amounts with a scale word but no currency: MONEY only if the text names VND elsewhere. */
    const pending: Candidate[] = [];
    let vndSeen = false;
    const classes = RULE_WORD_CLASSES.of(tokens);
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      const prev = tokens[i - 1];
      // Continue only at the start of an amount, not inside a number or a word-number.
      const startable = t.kind === "number" || ((classes[i]! & AMOUNT_START_WORD) !== 0 && t.kind === "word" && !(t.lower === "không" && !DECIMAL_POINT_WORDS.has(tokens[i + 1]?.lower ?? "")));
      if (!startable || (prev && prev.sentence === t.sentence && (isNumberWord(prev.lower) && prev.kind === "word")) || badBefore(prev, t)) {
        // Symbol prefix: `$10`, `€20`.
        // Symbol or code prefix: `$10`, `€20`, `EUR 20`, `Rs. 20`.
        // (A number or the dot of `Rs.` must follow, and the keys are short: asked first, they
        // spare the map a look-up at most tokens.)
        const key = t.kind === "symbol" ? t.text : t.lower;
        const nx = tokens[i + 1];
        const prefix = nx && (nx.kind === "number" || nx.text === ".") && key.length <= PREFIX_MAX_LENGTH ? PREFIX_CURRENCIES.get(key) : undefined;
        if (prefix && !(prev?.kind === "number")) {
          let n = i + 1;
          if (t.lower === "rs" && tokens[n]?.text === "." && !tokens[n]!.spaceBefore) n++;
          const num = tokens[n];
          if (num?.kind === "number" && (t.kind === "symbol" ? !num.spaceBefore : true)) {
            const a = readAmount(tokens, n);
            // `giá USD 23.500 đồng`: a currency after the number wins
            if (a && !matchCurrency(lowers, a.end) && inRange(a.value)) {
              out.push(makeCandidate(tokens, i, a.end, { amount: toNumber(a.value), currency: prefix }, "money/symbol-prefix", qualifierBefore(tokens, i)));
              i = a.end;
              continue;
            }
          }
        }
        i++;
        continue;
      }
      const a1 = readAmount(tokens, i);
      if (!a1 || a1.end === i) { i++; continue; }
      let end = a1.end;
      let cur = matchCurrency(lowers, end);
      if (cur && !sameRun(tokens, end - 1, end)) cur = null;
      // `2 đô la và 23 xu`, `20 rupees 43`: the subunit after the currency
      let cents: { value: Decimal; end: number } | null = null;
      if (cur) cents = subunitAfter(tokens, cur.end, t.sentence);
      if (cents) { a1.value = add(a1.value, cents.value); cur = { code: cur!.code, end: cents.end }; }
      let a2: Amount | null = null;
      let cur2: { code: string; end: number } | null = null;
      // Range: `230-250 triệu`, `5 đến 7 tỷ đồng`, `50.000đ-100.000đ`, `20 triệu đồng đến 30 triệu đồng`.
      const afterFirst = cur ? cur.end : end;
      const sep = tokens[afterFirst];
      if (sep && sep.sentence === t.sentence && (RANGE_WORDS.has(sep.lower) || sep.lower === "và" && prev?.lower === "giữa")) {
        const cand = readAmount(tokens, afterFirst + 1);
        // A second end in words needs a scale or a currency (`đến một chấm ba đô la`), not `đến năm`.
        if (cand && cand.end > afterFirst + 1 && (cand.scale > 0 || !cand.words || matchCurrency(lowers, cand.end))) {
          const c2 = matchCurrency(lowers, cand.end);
          const c2ok = c2 && sameRun(tokens, cand.end - 1, cand.end) ? c2 : null;
          if ((!cur || (c2ok && c2ok.code === cur.code)) && !(a1.scale === 0 && !cur && !c2ok && cand.scale === 0)) {
            a2 = cand; cur2 = c2ok; end = cand.end;
          }
        }
      }
      const currency = cur2 ?? cur;
      const spanEnd = cur2 ? cur2.end : a2 ? a2.end : cur ? cur.end : a1.end;
      let v1 = a1.value;
      if (a2 && a1.scale === 0 && a2.scale > 0 && !cur) v1 = shift(v1, a2.scale); // 230-250 triệu
      const value: MoneyValue | null = !inRange(v1) || a2 && !inRange(a2.value) ? null : a2
        ? compare(v1, a2.value) < 0 ? { min: toNumber(v1), max: toNumber(a2.value), currency: currency?.code ?? "VND" } : null
        : { amount: toNumber(a1.value), currency: currency?.code ?? "VND" };
      if (!value) { i = a1.end; continue; }
      // `từ X đến Y`: the span keeps `từ`.
      let start = i;
      const sepWord = tokens[afterFirst]?.lower;
      const fromWord = a2 && ((sepWord === "đến" || sepWord === "tới") && prev?.lower === "từ" || sepWord === "và" && prev?.lower === "giữa") ? i - 1 : -1;
      if (fromWord >= 0) start = fromWord;
      const qualifier = qualifierBefore(tokens, start);
      const rule = a2 ? (fromWord >= 0 ? "money/range-from-to" : "money/range")
        : a1.compact ? "money/compact"
        : a1.words ? (currency ? "money/words-currency" : "money/words-scale")
        : a1.scale > 0 ? (currency ? "money/amount-scale-currency" : "money/amount-scale-vnd-context")
        : "money/amount-currency";
      if (currency) {
        if (currency.code === "VND") vndSeen = true;
        out.push(makeCandidate(tokens, start, spanEnd, value, rule, qualifier));
        i = spanEnd;
        continue;
      }
      // No currency: a compact form is VND; otherwise a scale of at least a million in a VND text.
      const maxScale = Math.max(a1.scale, a2?.scale ?? 0);
      const next = tokens[spanEnd];
      const followerOk = !next || next.sentence !== t.sentence || next.kind === "punct" || FOLLOWERS_WITHOUT_CURRENCY.has(next.lower);
      if (a1.compact && !a2 && (!next || next.spaceBefore)) {
        out.push(makeCandidate(tokens, start, spanEnd, value, rule, qualifier));
      } else if (maxScale >= 6 && followerOk && endsWithScaleWord(tokens, spanEnd)) {
        pending.push(makeCandidate(tokens, start, spanEnd, value, rule, qualifier));
      }
      i = spanEnd;
    }
    if (vndSeen) out.push(...pending);
    return out;
  },
};

/**
 * The largest amount read as MONEY: 10^21, beyond any budget or fortune in any currency (world
 * GDP is ~10^14 USD, ~3×10^18 VND) and the limit below which a JS number prints as plain digits.
 * A larger number (`1` and 300 zeros `tỷ đồng`) is not an amount, so MONEY values are always
 * finite.
 */
export const MAX_AMOUNT = 1e21;
const MAX_AMOUNT_DECIMAL: Decimal = { n: 10n ** 21n, d: 0 };
const inRange = (x: Decimal): boolean => compare(x, MAX_AMOUNT_DECIMAL) <= 0;

/** Currency symbols and codes written before the number. */
const PREFIX_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["usd", "USD"], ["eur", "EUR"], ["gbp", "GBP"], ["inr", "INR"], ["rs", "INR"], ["vnd", "VND"], ["vnđ", "VND"], ["aed", "AED"],
]);

const PREFIX_MAX_LENGTH = Math.max(...[...PREFIX_CURRENCIES.keys()].map((k) => k.length));

/** Subunit words: a hundredth of the currency before them. */
const SUBUNIT_WORDS: ReadonlySet<string> = new Set(["xu", "xen", "cent", "cents"]);

/**
 * The subunit after a currency name, as a fraction of it: `và 23 xu`, `23 xen`, or a bare
 * `23` ending the phrase (`hai đô 23`, `20 rupees 43`). Null when there is none.
 */
function subunitAfter(tokens: readonly Token[], k: number, sentence: number): { value: Decimal; end: number } | null {
  let j = tokens[k]?.lower === "và" ? k + 1 : k;
  const t = tokens[j];
  if (!t || t.sentence !== sentence || t.lineBefore) return null;
  const b = new NumberBuilder();
  let n = j;
  if (t.kind === "number") { if (!/^\d{1,2}$/.test(t.text)) return null; b.addNumber(parseDigits(t.text)!); n++; }
  else while (tokens[n] && tokens[n]!.kind === "word" && (DIGIT_WORDS.has(tokens[n]!.lower) || tokens[n]!.lower === "mười" || tokens[n]!.lower === "mươi") && b.addWord(tokens[n]!.lower)) n++;
  if (n === j) return null;
  const v = b.value();
  if (v.d !== 0 || v.n <= 0n || v.n >= 100n) return null;
  const unit = tokens[n];
  if (unit && SUBUNIT_WORDS.has(unit.lower) && unit.sentence === sentence) return { value: { n: v.n, d: 2 }, end: n + 1 };
  // A bare number only where the phrase ends, and never after `và` (`2 đô và 3 người`).
  if (j === k && (!unit || unit.sentence !== sentence || unit.kind === "punct")) return { value: { n: v.n, d: 2 }, end: n };
  return null;
}

/** The amount ends in a scale word (`35.000 tỷ`), not in a bare number (`2 tỷ 5`). */
function endsWithScaleWord(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  return !!last && SCALE_WORDS.has(last.lower);
}

/** The currency at `k` belongs to the amount ending at `k - 1`: same sentence; `đ` glued or spaced. */
function sameRun(tokens: readonly Token[], last: number, k: number): boolean {
  const a = tokens[last], b = tokens[k];
  if (!a || !b || a.sentence !== b.sentence || b.lineBefore) return false;
  // A glued currency symbol or word after a number (`10$`, `50.000đ`) is fine; so is a spaced one.
  return true;
}

function makeCandidate(tokens: readonly Token[], s: number, e: number, value: MoneyValue, rule: string, qualifier: string | null): Candidate {
  const c: Candidate = { type: "MONEY", start: tokens[s]!.start, end: tokens[e - 1]!.end, rule, priority: 1, value };
  if (qualifier) c.attrs = { qualifier };
  return c;
}
