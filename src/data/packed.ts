/**
 * Decoders of the packed generated tables (the encoder is scripts/lib/pack.mjs; the format is
 * described there). Each table is decoded on its first use, never at import.
 * @module
 */

const BASE = 46;
/** Digit value of a character code: 0–45 for a terminal digit, 46–91 for a continued one. */
function digit(c: number): number {
  // The alphabet is 0x20–0x7e without `"` (0x22) and `\` (0x5c).
  const d = c - 0x20 - (c > 0x22 ? 1 : 0) - (c > 0x5c ? 1 : 0);
  return d;
}

/** Calls `f` with each number of a run of variable-length digits. */
export function eachUint(s: string, f: (v: number) => void): void {
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = digit(s.charCodeAt(i));
    if (d >= BASE) v = v * BASE + (d - BASE);
    else { f(v * BASE + d); v = 0; }
  }
}

/**
 * The numbers of a run of variable-length digits. A plain loop, not {@link eachUint}: the tables are decoded
 * once, in cold code, where a callback per number costs more than the decoding itself.
 */
export function uints(s: string): number[] {
  const out: number[] = [];
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c - 0x20 - (c > 0x22 ? 1 : 0) - (c > 0x5c ? 1 : 0);
    if (d >= BASE) v = v * BASE + (d - BASE);
    else { out.push(v * BASE + d); v = 0; }
  }
  return out;
}

/** The integers of a column packed as signed differences from the one before. */
export function deltas(s: string): number[] {
  const out = uints(s);
  let prev = 0;
  for (let i = 0; i < out.length; i++) {
    const z = out[i]!;
    prev += z & 1 ? -(z + 1) / 2 : z / 2;
    out[i] = prev;
  }
  return out;
}

/** The per-row values of a dictionary column. */
export function dictionary(values: string, rows: string): string[] {
  return lookUp(values.split("\n"), uints(rows));
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

/** The per-row values of a sorted dictionary column (front-coded values, then per row an index). */
export function sortedDictionary(values: string, rows: string): string[] {
  return lookUp(frontCoded(values), uints(rows));
}

/** The rows of a packed row set, as flags for `n` rows. */
export function rowSet(s: string, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = -1;
  for (const gap of uints(s)) { at += gap + 1; if (at < n) out[at] = 1; }
  return out;
}
