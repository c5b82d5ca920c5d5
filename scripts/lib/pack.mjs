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
/** A signed integer (zigzag: 0, -1, 1, -2 … → 0, 1, 2, 3 …). */
export const int = (v) => uint(v < 0 ? -2 * v - 1 : 2 * v);
/** A list of non-negative integers, one after another. */
export const uints = (vs) => vs.map(uint).join("");
/**
 * Integers as differences from the one before (the first from 0), signed: a column of codes
 * that mostly rise by small steps packs to about one character each.
 */
export function deltas(vs) {
  let prev = 0, s = "";
  for (const v of vs) { s += int(v - prev); prev = v; }
  return s;
}
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
