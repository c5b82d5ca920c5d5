/**
 * Decoders of the packed generated tables (the encoder is scripts/lib/pack.mjs; the format is
 * described there). Each table is decoded on its first use, never at import.
 * @module
 */
import { once } from "../pipeline/once.js";

const BASE = 46;
/** Digit value of a character code: 0–45 for a terminal digit, 46–91 for a continued one. */
function digit(c: number): number {
  // The alphabet is 0x20–0x7e without `"` (0x22) and `\` (0x5c).
  const d = c - 0x20 - (c > 0x22 ? 1 : 0) - (c > 0x5c ? 1 : 0);
  return d;
}

/**
 * The numbers of a run of variable-length digits. A plain loop: the tables are decoded once, in cold code,
 * where a callback per number costs more than the decoding itself.
 */
export function uints(s: string): number[] {
  const out: number[] = [];
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c - 0x20 - (c > 0x22 ? 1 : 0) - (c > 0x5c ? 1 : 0), more = d >= BASE;
    // One formula for both kinds of digit: arithmetic on an arm that the first numbers never
    // take (few need two digits) has no type feedback, and throws the optimised loop away.
    v = v * BASE + d - (more ? BASE : 0);
    if (!more) { out.push(v); v = 0; }
  }
  return out;
}

/** `table[i]` for each index (a loop: `map` with a callback is slower in cold code). */
function lookUp(table: readonly string[], indexes: readonly number[]): string[] {
  const out: string[] = new Array(indexes.length);
  for (let k = 0; k < indexes.length; k++) out[k] = table[indexes[k]!]!;
  return out;
}

/** The strings of a front-coded list. */
export function frontCoded(s: string): string[] {
  const out: string[] = [];
  if (!s) return out;
  let prev = "";
  for (const line of s.split("\n")) {
    prev = prev.slice(0, digit(line.charCodeAt(0))) + line.slice(1);
    out.push(prev);
  }
  return out;
}

/** The rows of a packed row set, as flags for `n` rows. */
export function rowSet(s: string, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = -1;
  for (const gap of uints(s)) { at += gap + 1; if (at < n) out[at] = 1; }
  return out;
}

/** Digit values of the base64 characters (by character code). */
const BASE64 = ((): Uint8Array => {
  const value = new Uint8Array(128), digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let k = 0; k < 64; k++) value[digits.charCodeAt(k)] = k;
  return value;
})();
/** Below this the range takes in one more digit (it stays below 2^30: small integers all through). */
const TOP = 1 << 24;

/**
 * The adaptive binary range decoder (LZMA's, in base64 digits) of scripts/lib/pack.mjs
 * `RangeEncoder`. The fields are public for {@link UintModel.decode}, which works on them in
 * local variables: the tables are decoded once, in cold code, where a call per bit costs more
 * than the bit. After a bit of low probability the range may take in two digits.
 */
export class RangeDecoder {
  at = 0;
  range = (1 << 30) - 1;
  code = 0;
  constructor(readonly text: string) {
    for (let k = 0; k < 5; k++) this.code = (this.code << 6) | this.digit();
  }
  /** The next digit (0 past the end). */
  digit(): number {
    return this.at < this.text.length ? BASE64[this.text.charCodeAt(this.at++) & 127]! : 0;
  }
  /** One bit with the adaptive probability `probs[i]`, which it updates as the encoder did. */
  bit(probs: Uint16Array, i: number): number {
    const p = probs[i]!, bound = (this.range >>> 11) * p;
    let b: number;
    if (this.code < bound) { this.range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
    else { this.code -= bound; this.range -= bound; probs[i] = p - (p >> 5); b = 1; }
    while (this.range < TOP) { this.range <<= 6; this.code = (this.code << 6) | this.digit(); }
    return b;
  }
}

/** A tree of low bits not yet needed. */
const NO_TREE = new Uint16Array(0);
/** The adaptive number statistics of scripts/lib/pack.mjs `UintModel`: the bit length of `v + 1` per context, then its lower bits. */
export class UintModel {
  private readonly lengths: Uint16Array;
  /**
   * Per context and length, its tree of low bits ({@link NO_TREE} until first needed). Filled up
   * front so that every model's array has one elements kind: an array that starts empty changes
   * its map at its first store, and the optimised `decode` of the model before deoptimises on it.
   */
  private readonly low: Uint16Array[];
  constructor(contexts: number, private readonly lowBits: number, primer = false) {
    this.lengths = new Uint16Array(contexts * 32).fill(1024);
    this.low = new Array<Uint16Array>(contexts * 32).fill(NO_TREE);
    if (!primer) primeDecode();
  }
  /** The tree of low bits of `slot`, made on its first number (out of {@link decode}: its optimised code stays small). */
  private newTree(slot: number, bits: number): Uint16Array {
    return (this.low[slot] = new Uint16Array(1 << bits).fill(1024));
  }
  /**
   * The next number, coded in context `ctx`: every bit decoded here, inline, on the decoder's
   * state in local variables.
   */
  decode(dec: RangeDecoder, ctx: number): number {
    const text = dec.text, size = text.length;
    let range = dec.range, code = dec.code, at = dec.at;
    // The bit length: a 5-bit tree of adaptive bits.
    let probs = this.lengths, node = 1;
    const base = ctx * 32;
    for (let k = 0; k < 5; k++) {
      const i = base + node, p = probs[i]!, bound = (range >>> 11) * p;
      if (code < bound) { range = bound; probs[i] = p + ((2048 - p) >> 5); node += node; }
      else { code -= bound; range -= bound; probs[i] = p - (p >> 5); node += node + 1; }
      while (range < TOP) { range <<= 6; code = (code << 6) | (at < size ? BASE64[text.charCodeAt(at++) & 127]! : 0); }
    }
    // lowBits read once, before the test: a property read on the branch that the first numbers never take
    // has no type feedback, and would throw the optimised code away the first time a number takes it.
    const lowBits = this.lowBits, len = node - 32, modelled = len < lowBits ? len : lowBits;
    // The top `modelled` bits below the leading one: a tree of adaptive bits per context and length.
    const slot = base + len;
    probs = this.low[slot]!;
    if (probs === NO_TREE) probs = this.newTree(slot, modelled);
    node = 1;
    for (let k = 0; k < modelled; k++) {
      const p = probs[node]!, bound = (range >>> 11) * p;
      if (code < bound) { range = bound; probs[node] = p + ((2048 - p) >> 5); node += node; }
      else { code -= bound; range -= bound; probs[node] = p - (p >> 5); node += node + 1; }
      while (range < TOP) { range <<= 6; code = (code << 6) | (at < size ? BASE64[text.charCodeAt(at++) & 127]! : 0); }
    }
    // The rest: plain bits.
    let v = node;
    for (let k = modelled; k < len; k++) {
      range >>>= 1;
      if (code >= range) { code -= range; v = v * 2 + 1; } else v *= 2;
      while (range < TOP) { range <<= 6; code = (code << 6) | (at < size ? BASE64[text.charCodeAt(at++) & 127]! : 0); }
    }
    dec.range = range; dec.code = code; dec.at = at;
    return v - 1;
  }
}

/**
 * Gives {@link UintModel.decode} type feedback on all its paths before V8 optimises it. The first
 * tables decoded (names: 12 modelled bits) take no plain bit for thousands of numbers; code
 * optimised without feedback for the plain bits is thrown away at the first one and compiled
 * again (~10 ms of cold start). A few numbers of a model without modelled bits, from a fixed
 * text, take every path.
 */
const primeDecode = once((): void => {
  const dec = new RangeDecoder(PRIMER_TEXT), model = new UintModel(1, 0, true);
  for (let k = 0; k < 8; k++) model.decode(dec, 0);
});
const PRIMER_TEXT = "gAAA/+//gAAA/+//";

const RECENT_ROWS = 16;
/** The `n` indexes of a range-coded column (scripts/lib/pack.mjs `recentRows`). */
export function recentRows(s: string, n: number, lanes = 1): number[] {
  const dec = new RangeDecoder(s), model = new UintModel(2 * lanes, 12);
  // Per lane, its recent indexes (most recent first) and how many; moved to the front in place.
  const recent = new Int32Array(lanes * RECENT_ROWS), size = new Int32Array(lanes);
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const lane = i % lanes, at = lane * RECENT_ROWS, k = model.decode(dec, 2 * lane);
    let v: number, from: number;
    if (k) { v = recent[at + k - 1]!; from = k - 1; }
    else { v = model.decode(dec, 2 * lane + 1); from = size[lane]! < RECENT_ROWS ? size[lane]!++ : RECENT_ROWS - 1; }
    for (let j = from; j > 0; j--) recent[at + j] = recent[at + j - 1]!;
    recent[at] = v;
    out[i] = v;
  }
  return out;
}
/** The `n` per-row values of a dictionary column with range-coded rows (scripts/lib/pack.mjs `codedDictionary`). */
export function codedDictionary(values: string, rows: string, n: number, lanes = 1): string[] {
  return lookUp(values.split("\n"), recentRows(rows, n, lanes));
}
/** The `n` per-row values of a sorted dictionary column with range-coded rows (`codedSortedDictionary`). */
export function codedSortedDictionary(values: string, rows: string, n: number, lanes = 1): string[] {
  return lookUp(frontCoded(values), recentRows(rows, n, lanes));
}

/** The integers of a column packed by scripts/lib/pack.mjs `codedDeltas`. */
export function codedDeltas(s: string): number[] {
  const dec = new RangeDecoder(s), model = new UintModel(2, 4);
  const out: number[] = new Array(model.decode(dec, 0));
  let prev = 0;
  for (let i = 0; i < out.length; i++) {
    const z = model.decode(dec, 1);
    prev += z & 1 ? -(z + 1) / 2 : z / 2;
    out[i] = prev;
  }
  return out;
}
