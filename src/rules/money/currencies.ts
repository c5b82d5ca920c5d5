/**
 * Currency words and symbols, as a trie over token `lower` forms, mapped to ISO 4217 codes.
 * @module
 */
import { KeyTrie } from "../../match/trie.js";

/** One currency name: its tokens (lower case) and its ISO 4217 code. */
export interface CurrencyName {
  tokens: readonly string[];
  code: string;
}

/** Currency names as written in Vietnamese news. Longer names win (`đô la Mỹ` over `đô la`). */
export const CURRENCY_NAMES: readonly CurrencyName[] = [
  { tokens: ["đồng"], code: "VND" },
  { tokens: ["đồng", "việt", "nam"], code: "VND" },
  { tokens: ["vnđ"], code: "VND" },
  { tokens: ["vnd"], code: "VND" },
  { tokens: ["đ"], code: "VND" },
  { tokens: ["₫"], code: "VND" },
  { tokens: ["¥"], code: "JPY" },
  { tokens: ["₹"], code: "INR" },
  { tokens: ["₩"], code: "KRW" },
  { tokens: ["usd"], code: "USD" },
  { tokens: ["đô", "la"], code: "USD" },
  { tokens: ["đô", "la", "mỹ"], code: "USD" },
  { tokens: ["đôla"], code: "USD" },
  { tokens: ["đôla", "mỹ"], code: "USD" },
  { tokens: ["đô"], code: "USD" },
  { tokens: ["đô", "mỹ"], code: "USD" },
  { tokens: ["dollar"], code: "USD" },
  { tokens: ["$"], code: "USD" },
  { tokens: ["eur"], code: "EUR" },
  { tokens: ["euro"], code: "EUR" },
  { tokens: ["euros"], code: "EUR" },
  { tokens: ["€"], code: "EUR" },
  { tokens: ["nhân", "dân", "tệ"], code: "CNY" },
  { tokens: ["ndt"], code: "CNY" },
  { tokens: ["cny"], code: "CNY" },
  { tokens: ["tệ"], code: "CNY" },
  { tokens: ["yên"], code: "JPY" },
  { tokens: ["yên", "nhật"], code: "JPY" },
  { tokens: ["jpy"], code: "JPY" },
  { tokens: ["won"], code: "KRW" },
  { tokens: ["krw"], code: "KRW" },
  { tokens: ["bảng", "anh"], code: "GBP" },
  { tokens: ["gbp"], code: "GBP" },
  { tokens: ["£"], code: "GBP" },
  { tokens: ["rúp"], code: "RUB" },
  { tokens: ["rub"], code: "RUB" },
  { tokens: ["baht"], code: "THB" },
  { tokens: ["bạt"], code: "THB" },
  { tokens: ["kíp"], code: "LAK" },
  { tokens: ["riel"], code: "KHR" },
  { tokens: ["đô", "la", "singapore"], code: "SGD" },
  { tokens: ["sgd"], code: "SGD" },
  { tokens: ["đô", "la", "úc"], code: "AUD" },
  { tokens: ["aud"], code: "AUD" },
  { tokens: ["đô", "la", "hồng", "kông"], code: "HKD" },
  { tokens: ["hkd"], code: "HKD" },
  { tokens: ["đô", "la", "đài", "loan"], code: "TWD" },
  { tokens: ["rupee"], code: "INR" },
  { tokens: ["rupi"], code: "INR" },
  { tokens: ["rupees"], code: "INR" },
  { tokens: ["rs"], code: "INR" },
  { tokens: ["ringgit"], code: "MYR" },
  { tokens: ["rm"], code: "MYR" },
  { tokens: ["pounds"], code: "GBP" },
  { tokens: ["inr"], code: "INR" },
  { tokens: ["dirham"], code: "AED" },
  { tokens: ["aed"], code: "AED" },
  { tokens: ["franc", "thụy", "sĩ"], code: "CHF" },
  { tokens: ["chf"], code: "CHF" },
  // `đồng` before a currency name means "unit of": `10 tỷ đồng euro` is euros.
  { tokens: ["đồng", "euro"], code: "EUR" },
  { tokens: ["đồng", "yên"], code: "JPY" },
  { tokens: ["đồng", "nhân", "dân", "tệ"], code: "CNY" },
  { tokens: ["đồng", "bảng", "anh"], code: "GBP" },
  { tokens: ["đồng", "rúp"], code: "RUB" },
  { tokens: ["đồng", "won"], code: "KRW" },
  { tokens: ["đồng", "usd"], code: "USD" },
  { tokens: ["đồng", "đô", "la"], code: "USD" },
  { tokens: ["đồng", "đô", "la", "mỹ"], code: "USD" },
];

/**
 * Words that turn `đồng` into something else than the currency (`hai đồng chí`, `đồng
 * bào`), and that make `đô` a city or another word.
 */
export const NOT_CURRENCY_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["đồng", new Set(["chí", "bào", "đội", "thời", "hương", "nghiệp", "minh", "ý", "tình", "thuận", "lòng", "sức", "tâm", "hành", "phạm", "chủ", "bộ", "loạt", "nhất", "xu", "ruộng", "bằng", "hồ"])],
  ["đô", new Set(["thị", "vật", "đốc", "hội", "thành"])],
  ["yên", new Set(["bái", "tâm", "ổn", "bình", "lặng", "tĩnh", "dũng", "thế", "phong", "lạc", "mô", "thành", "hưng"])],
  ["tệ", new Set(["nạn", "hại", "quan", "liêu"])],
]);

const CURRENCY_TRIE = new KeyTrie<string>();
for (const { tokens, code } of CURRENCY_NAMES) CURRENCY_TRIE.set(tokens, code);

/** The longest currency name starting at token `i`: its code and the index one past it. */
export function matchCurrency(lowers: (k: number) => string | undefined, i: number): { code: string; end: number } | null {
  const hit = CURRENCY_TRIE.longest(lowers, i);
  const best = hit && { code: hit.value, end: hit.end };
  if (best) {
    const first = lowers(i)!;
    const bad = NOT_CURRENCY_AFTER.get(first);
    const after = lowers(best.end);
    if (bad && best.end === i + 1 && after !== undefined && bad.has(after)) return null;
  }
  return best;
}
