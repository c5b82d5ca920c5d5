// Compact packing of generated tables (the encoder; src/data/packed.ts is the decoder, and
// tests/data/packed.test.ts checks that the two agree). Everything packs to printable ASCII without
// `"` and `\`, so a packed column is one plain string literal in the bundle: no escapes, one
// byte a character, and one-byte strings in V8.
//
// Numbers are written as variable-length digits: base 46, the last digit from TERMINAL, the
// others from CONTINUED (values < 46 take one character, < 2,116 two, < 97,336 three).

const ALPHABET = [];
for (let c = 0x20; c < 0x7f; c++) if (c !== 0x22 && c !== 0x5c) ALPHABET.push(String.fromCharCode(c));
/** Digits that end a number. */
export const TERMINAL = ALPHABET.slice(0, 46).join("");
/** Digits that a number continues after. */
export const CONTINUED = ALPHABET.slice(46, 92).join("");
const BASE = 46;

/** One non-negative integer as variable-length digits. */
export function uint(v) {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`pack: ${v} is not a non-negative integer`);
  let s = TERMINAL[v % BASE];
  v = Math.floor(v / BASE);
  while (v > 0) { s = CONTINUED[v % BASE] + s; v = Math.floor(v / BASE); }
  return s;
}
/** A list of non-negative integers, one after another. */
export const uints = (vs) => vs.map(uint).join("");
/**
 * A column of strings from few distinct values: the values (joined by "\n", in order of first
 * appearance) and, per row, the index of its value.
 */
export function dictionary(values) {
  const index = new Map();
  let rows = "";
  for (const v of values) {
    if (v.includes("\n")) throw new Error(`pack: a dictionary value holds a line break: ${JSON.stringify(v)}`);
    if (!index.has(v)) index.set(v, index.size);
    rows += uint(index.get(v));
  }
  return { values: [...index.keys()].join("\n"), rows };
}
/**
 * Sorted strings, front-coded: each written as the length of the prefix it shares with the one
 * before (one TERMINAL digit, at most 45) and the rest, joined by "\n".
 */
export function frontCoded(sorted) {
  let prev = "";
  return sorted.map((w) => {
    if (w.includes("\n")) throw new Error(`pack: a front-coded string holds a line break: ${JSON.stringify(w)}`);
    let k = 0;
    while (k < prev.length && k < w.length && k < BASE - 1 && prev[k] === w[k]) k++;
    prev = w;
    return TERMINAL[k] + w.slice(k);
  }).join("\n");
}
/**
 * A column of strings from a few hundred distinct values: the values sorted and front-coded
 * (see `frontCoded`) and, per row, the index of its value in that order.
 */
export function sortedDictionary(values) {
  const sorted = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(sorted.map((v, i) => [v, i]));
  return { values: frontCoded(sorted), rows: values.map((v) => uint(index.get(v))).join("") };
}
/** The indexes of the rows for which `flags` holds, as gaps (each the distance from the one before, minus 1). */
export function rowSet(flags) {
  let prev = -1, s = "";
  flags.forEach((f, i) => { if (f) { s += uint(i - prev - 1); prev = i; } });
  return s;
}

// ---------------------------------------------------------------------------------------------
// Range-coded numbers, for the columns where gzip over digits is far from what the numbers hold
// (the two-syllable words' gaps, names as syllable ids): an adaptive binary range coder (LZMA's,
// 11-bit probabilities, shift 5, but over base64 digits: a 30-bit window that moves 6 bits at a
// time, so the decoder's arithmetic stays in small integers), and a number model that codes
// `v + 1` as its bit length (a 5-bit tree of adaptive bits, per context) and then its lower
// bits (the top `lowBits` of them adaptive, per context and length; the rest plain). The caller
// picks a context per number (a small integer: where in a row it is, how large the one before
// was), so numbers of one kind learn their own distribution. Gzip cannot shrink the base64
// further, but it costs only 6 bits a character: the coded bits cost about themselves gzipped.
// src/data/packed.ts `RangeDecoder` and `UintModel` decode, and must update their models alike.

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** The range is renormalised (one digit shifted in) when it falls below this; it stays below 2^30. */
const TOP = 1 << 24;
const WINDOW = 1 << 30;

/** The adaptive binary range encoder (LZMA's, in base64 digits). `finish()` gives the text. */
export class RangeEncoder {
  low = 0; // the 30-bit window and a carry
  range = WINDOW - 1;
  cache = 0;
  cacheSize = 1;
  digits = [];
  /** One bit with the adaptive probability `probs[i]` (of a 0, in 2048ths), which it updates. */
  bit(probs, i, b) {
    const p = probs[i], bound = (this.range >>> 11) * p;
    if (b === 0) { this.range = bound; probs[i] = p + ((2048 - p) >> 5); }
    else { this.low += bound; this.range -= bound; probs[i] = p - (p >> 5); }
    while (this.range < TOP) { this.range *= 64; this.shiftLow(); }
  }
  /** The low `n` bits of `v`, each with probability one half. */
  direct(v, n) {
    for (let k = n - 1; k >= 0; k--) {
      this.range = this.range >>> 1;
      if ((v >>> k) & 1) this.low += this.range;
      while (this.range < TOP) { this.range *= 64; this.shiftLow(); }
    }
  }
  shiftLow() {
    if (this.low < 63 * TOP || this.low >= WINDOW) {
      const carry = this.low >= WINDOW ? 1 : 0;
      let temp = this.cache;
      do { this.digits.push((temp + carry) & 63); temp = 63; } while (--this.cacheSize !== 0);
      this.cache = Math.floor(this.low / TOP) & 63;
    }
    this.cacheSize++;
    this.low = (this.low % TOP) * 64;
  }
  finish() {
    for (let k = 0; k < 6; k++) this.shiftLow();
    // The first digit is always 0 (the initial cache), and the decoder takes it as read.
    return this.digits.slice(1).map((d) => BASE64[d]).join("");
  }
}

/** Adaptive statistics of numbers, per context (0 … contexts − 1); see the section's comment. */
export class UintModel {
  constructor(contexts, lowBits) {
    this.lowBits = lowBits;
    this.lengths = new Uint16Array(contexts * 32).fill(1024);
    this.low = [];
  }
  /** Codes `v` (0 ≤ v < 2^31 − 1) in context `ctx`. */
  encode(enc, ctx, v) {
    if (!Number.isInteger(v) || v < 0 || v >= 0x7fffffff) throw new Error(`pack: ${v} is not a number the range coder takes`);
    const g = v + 1, len = 31 - Math.clz32(g); // g's bits below its top one
    treeEncode(enc, this.lengths, ctx * 32, len, 5);
    const modelled = Math.min(len, this.lowBits), plain = len - modelled, rest = g - (1 << len);
    const at = ctx * 32 + len;
    const probs = this.low[at] ?? (this.low[at] = new Uint16Array(1 << modelled).fill(1024));
    treeEncode(enc, probs, 0, rest >>> plain, modelled);
    enc.direct(rest, plain);
  }
}
/** `v`'s low `n` bits, top first, each with the probability of its node in a binary tree at `probs[base + 1 …]`. */
function treeEncode(enc, probs, base, v, n) {
  let node = 1;
  for (let k = n - 1; k >= 0; k--) {
    const b = (v >>> k) & 1;
    enc.bit(probs, base + node, b);
    node = node * 2 + b;
  }
}

/**
 * A column of indexes into a dictionary (see `dictionary`), range-coded: each row's index as its
 * rank + 1 among the last 16 distinct indexes of the column (most recent first: rows of one
 * kind come together), or 0 and the index. With `lanes` > 1, rows take turns in that many
 * columns of their own (a tenure's start and end dates), each with its recent indexes and models.
 */
export function recentRows(indexes, lanes = 1) {
  const enc = new RangeEncoder(), model = new UintModel(2 * lanes, 12);
  const recent = Array.from({ length: lanes }, () => []);
  indexes.forEach((v, i) => {
    const lane = i % lanes, r = recent[lane], k = r.indexOf(v);
    model.encode(enc, 2 * lane, k + 1);
    if (k >= 0) r.splice(k, 1);
    else { model.encode(enc, 2 * lane + 1, v); if (r.length === RECENT_ROWS) r.pop(); }
    r.unshift(v);
  });
  return enc.finish();
}
const RECENT_ROWS = 16;
/** `dictionary`, its rows range-coded (`recentRows`). */
export function codedDictionary(values, lanes = 1) {
  const d = dictionary(values);
  return { values: d.values, rows: recentRows(uintsOf(d.rows), lanes) };
}
/** `sortedDictionary`, its rows range-coded (`recentRows`). */
export function codedSortedDictionary(values, lanes = 1) {
  const d = sortedDictionary(values);
  return { values: d.values, rows: recentRows(uintsOf(d.rows), lanes) };
}
/** The numbers of `uints` text (the encoder's own reader, for re-coding a column). */
function uintsOf(s) {
  const out = [];
  let v = 0;
  for (const ch of s) {
    const t = TERMINAL.indexOf(ch);
    if (t >= 0) { out.push(v * BASE + t); v = 0; } else v = v * BASE + CONTINUED.indexOf(ch);
  }
  return out;
}

/** Integers as signed differences from the one before (as `deltas`), range-coded, their count first. */
export function codedDeltas(vs) {
  const enc = new RangeEncoder(), model = new UintModel(2, 4);
  model.encode(enc, 0, vs.length);
  let prev = 0;
  for (const v of vs) { const d = v - prev; model.encode(enc, 1, d < 0 ? -2 * d - 1 : 2 * d); prev = v; }
  return enc.finish();
}
