/**
 * Exact numbers for money: Vietnamese digit notation (`1.200`, `12,5`, `1.234.567,89`) and
 * numbers in words (`hai mươi lăm`, `ba trăm linh năm`), as decimals on BigInt so that
 * `1,2 tỷ` is exactly 1200000000 (no floating-point drift).
 * @module
 */

/** An exact decimal: `n × 10^-d`. */
export interface Decimal {
  n: bigint;
  d: number;
}

const TEN = 10n;

/** 10^k as a BigInt. */
export function pow10(k: number): bigint {
  let r = 1n;
  for (let i = 0; i < k; i++) r *= TEN;
  return r;
}

/** Drops trailing zero decimals (`1,50` → `1,5`). */
export function trim(x: Decimal): Decimal {
  let { n, d } = x;
  while (d > 0 && n % TEN === 0n) { n /= TEN; d--; }
  return { n, d };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const d = Math.max(a.d, b.d);
  return trim({ n: a.n * pow10(d - a.d) + b.n * pow10(d - b.d), d });
}

/** Multiplies by 10^k (a scale word). */
export function shift(x: Decimal, k: number): Decimal {
  return k >= x.d ? { n: x.n * pow10(k - x.d), d: 0 } : trim({ n: x.n, d: x.d - k });
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return trim({ n: a.n * b.n, d: a.d + b.d });
}

export function compare(a: Decimal, b: Decimal): number {
  const d = Math.max(a.d, b.d);
  const x = a.n * pow10(d - a.d), y = b.n * pow10(d - b.d);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The nearest JS number (exact for integers below 2^53, correctly rounded otherwise). */
export function toNumber(x: Decimal): number {
  const t = trim(x);
  if (t.d === 0) return Number(t.n);
  const s = t.n.toString().padStart(t.d + 1, "0");
  return Number(`${s.slice(0, s.length - t.d)}.${s.slice(s.length - t.d)}`);
}

export const ZERO: Decimal = { n: 0n, d: 0 };
export const dec = (n: number | bigint, d = 0): Decimal => ({ n: BigInt(n), d });

/**
 * The longest digit string read as a number (with its separators): 30 digits is far beyond any
 * amount of money (see MAX_AMOUNT in ./index.ts), and keeps BigInt parsing constant per token.
 */
const MAX_DIGITS_TEXT = 40;

/**
 * Parses a number written in Vietnamese digit notation: `.` groups thousands, `,` marks
 * decimals. A single `.` followed by other than three digits is read as a decimal point
 * (`2.5 triệu`, a common slip). Returns null for anything else.
 */
export function parseDigits(text: string): Decimal | null {
  // Longer than any amount (MAX_DIGITS): not read, which also bounds the BigInt work per number.
  if (text.length > MAX_DIGITS_TEXT || !/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  const comma = text.indexOf(",");
  if (comma >= 0 && text.indexOf(",", comma + 1) >= 0) return null; // 1,2,3: a list, not a number
  let intPart = comma >= 0 ? text.slice(0, comma) : text;
  let frac = comma >= 0 ? text.slice(comma + 1) : "";
  if (intPart.includes(".")) {
    const groups = intPart.split(".");
    const thousands = groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
    if (thousands) intPart = groups.join("");
    else if (groups.length === 2 && comma < 0) { intPart = groups[0]!; frac = groups[1]!; }
    else return null;
  }
  // `1,234.56`, `1,1.1`: a dot after the decimal comma is no Vietnamese number (nor one to guess at).
  if (frac.includes(".")) return null;
  return trim({ n: BigInt(intPart + frac), d: frac.length });
}

/** Digit words (lower case). `lăm`, `mốt`, `tư` are the forms used after `mươi`. */
export const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ["không", 0], ["một", 1], ["mốt", 1], ["hai", 2], ["ba", 3], ["bốn", 4], ["tư", 4],
  ["năm", 5], ["lăm", 5], ["nhăm", 5], ["sáu", 6], ["bảy", 7], ["bẩy", 7], ["tám", 8], ["chín", 9],
]);

/** Scale words and their powers of ten. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["nghìn", 3], ["ngàn", 3], ["k", 3], ["triệu", 6], ["tr", 6], ["tỷ", 9], ["tỉ", 9],
]);

/** Spoken decimal points: `hai phẩy năm` = 2,5; `2 chấm 23` = 2,23. */
export const DECIMAL_POINT_WORDS: ReadonlySet<string> = new Set(["phẩy", "chấm"]);

/** Words that may appear inside a number in words. */
export function isNumberWord(w: string): boolean {
  return DIGIT_WORDS.has(w) || SCALE_WORDS.has(w) || w === "mười" || w === "mươi" || w === "trăm" || w === "linh" || w === "lẻ" || w === "rưỡi" || w === "chục" || DECIMAL_POINT_WORDS.has(w);
}

/**
 * Accumulates a number from its parts (digit words, numbers, scale words), left to
 * right: `hai mươi lăm triệu`, `2 tỷ 500 triệu`, `một nghìn tỷ`, `một triệu rưỡi`.
 */
export class NumberBuilder {
  /** Finished chunks, each with the scale that closed it. */
  private parts: { value: Decimal; scale: number }[] = [];
  /** The value below the next scale word. */
  private small: Decimal = ZERO;
  private hasSmall = false;
  /** How many words or numbers make up `small` (the colloquial `1 tỷ 2` has one). */
  private smallParts = 0;
  /** The last digit word's value, for `mươi` and `trăm`. */
  private lastDigit = -1;
  private prev = "";
  /** The last two digit words were read as a colloquial pair (`ba tám`). */
  private pairedDigits = false;
  /** Digits after a spoken decimal point (`phẩy`, `chấm`), or null outside one. */
  private frac: string | null = null;
  /** True once anything was added. */
  any = false;

  /** True right after a spoken decimal point or its digits. */
  get inFraction(): boolean {
    return this.frac !== null;
  }

  /** Folds the digits after a spoken decimal point into `small`. */
  private closeFraction(): void {
    if (this.frac === null) return;
    if (this.frac) this.small = add(this.small, { n: BigInt(this.frac), d: this.frac.length });
    this.frac = null;
  }

  /** Adds a number written in digits. */
  addNumber(x: Decimal): boolean {
    if (this.frac !== null) {
      if (x.d !== 0) return false;
      this.frac += x.n.toString(); this.prev = "frac";
      return true;
    }
    if (this.hasSmall) return false;
    this.small = x; this.hasSmall = true; this.any = true; this.prev = "num"; this.smallParts = 1;
    return true;
  }

  /** Adds one word; false when it cannot continue the number. */
  addWord(w: string): boolean {
    this.smallParts++;
    const digit = DIGIT_WORDS.get(w);
    const scale = SCALE_WORDS.get(w);
    if (this.frac !== null) {
      // After `phẩy`: digits one by one (`hai phẩy hai ba` = 2,23), then possibly a scale word.
      if (digit !== undefined && w !== "lăm" && w !== "mốt") { this.frac += String(digit); this.prev = "frac"; return true; }
      if (scale === undefined || this.frac === "") return false;
      this.closeFraction();
    }
    if (DECIMAL_POINT_WORDS.has(w)) {
      if (!this.hasSmall || this.small.d !== 0 || !(this.prev === "num" || this.prev.startsWith("d") || this.prev === "mươi" || this.prev === "mười")) return false;
      this.frac = ""; this.prev = "point";
      return true;
    }
    if (w === "chục") {
      // `hai chục` = 20
      if (!this.prev.startsWith("d")) return false;
      this.small = shift(this.small, 1); this.prev = "chục"; this.any = true;
      return true;
    }
    if (w === "trăm" && !this.any) {
      // `trăm` alone: a hundred
      this.small = dec(100); this.hasSmall = true; this.prev = "trăm"; this.any = true;
      return true;
    }
    if (digit !== undefined) {
      if (w === "lăm" || w === "mốt" || w === "nhăm") { if (this.prev !== "mươi" && this.prev !== "mười") return false; }
      if (w === "tư" && this.prev !== "mươi" && this.prev !== "hai" && !this.prev.startsWith("d")) { if (this.any) return false; }
      const v = BigInt(digit);
      if (this.prev === "mươi" || this.prev === "mười" || this.prev === "trăm" || this.prev === "linh") { this.small = add(this.small, dec(v)); this.pairedDigits = false; }
      else if (this.prev.startsWith("d") && this.hasSmall && !this.pairedDigits) {
        // Colloquial tens without `mươi`: `hai tư` = 24, `chín trăm ba tám` = 938
        this.small = add(this.small, dec(BigInt(this.lastDigit * 9) + v)); this.pairedDigits = true;
      }
      else { if (this.hasSmall) return false; this.small = dec(v); this.pairedDigits = false; }
      this.hasSmall = true; this.lastDigit = digit; this.prev = "d" + digit;
    } else if (w === "mười") {
      if (this.hasSmall && this.prev !== "trăm" && this.prev !== "linh") return false;
      this.small = add(this.small, dec(10)); this.hasSmall = true; this.prev = "mười";
    } else if (w === "mươi") {
      if (!this.prev.startsWith("d") || this.lastDigit < 2) return false;
      this.small = add(this.small, dec(this.lastDigit * 9)); this.prev = "mươi";
    } else if (w === "trăm") {
      if (!this.prev.startsWith("d") && this.prev !== "num") return false;
      this.small = shift(this.small, 2); this.prev = "trăm";
    } else if (w === "linh" || w === "lẻ") {
      // `ba trăm linh năm`; `hai nghìn linh chín` (no `không trăm`)
      if (this.prev !== "trăm" && this.prev !== "s") return false;
      this.prev = "linh";
    } else if (w === "rưỡi") {
      const last = this.parts[this.parts.length - 1];
      if (!last || this.hasSmall || this.prev === "rưỡi") return false;
      this.parts.push({ value: shift(dec(5), last.scale - 1), scale: last.scale - 1 });
      this.prev = "rưỡi";
    } else if (scale !== undefined) {
      let value = this.hasSmall ? this.small : null;
      // `nghìn tỷ`: the later, larger scale multiplies the chunks below it.
      while (this.parts.length && this.parts[this.parts.length - 1]!.scale < scale) {
        const p = this.parts.pop()!;
        value = value ? add(value, p.value) : p.value;
      }
      if (!value) return false;
      this.parts.push({ value: shift(value, scale), scale });
      this.small = ZERO; this.hasSmall = false; this.prev = "s"; this.lastDigit = -1; this.smallParts = 0;
    } else return false;
    this.any = true;
    return true;
  }

  /** The largest scale used so far (0 when none). */
  get maxScale(): number {
    return this.parts.reduce((m, p) => Math.max(m, p.scale), 0);
  }

  get endsWithScale(): boolean {
    return this.prev === "s" || this.prev === "rưỡi";
  }

  /** The number so far. */
  value(): Decimal {
    this.closeFraction();
    let v = this.hasSmall ? this.small : ZERO;
    const last = this.parts[this.parts.length - 1];
    // Colloquial `1 tỷ 2` = 1,2 tỷ, `1 triệu 250` = 1.250.000: a bare trailing integer fills
    // the digits right below the last scale word.
    if (this.hasSmall && this.smallParts === 1 && (this.prev === "num" || this.small.n < 10n) && last && last.scale >= 3 && this.small.d === 0 && this.small.n > 0n) {
      const digits = this.small.n.toString().length;
      if (digits <= 3 && last.scale - digits >= 0) v = shift(this.small, last.scale - digits);
    }
    for (const p of this.parts) v = add(v, p.value);
    return v;
  }
}
