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

/** The numbers of a run of variable-length digits. */
export function uints(s: string): number[] {
  const out: number[] = [];
  eachUint(s, (v) => out.push(v));
  return out;
}

/** The integers of a column packed as signed differences from the one before. */
export function deltas(s: string): number[] {
  const out: number[] = [];
  let prev = 0;
  eachUint(s, (z) => { prev += z & 1 ? -(z + 1) / 2 : z / 2; out.push(prev); });
  return out;
}

/** The per-row values of a dictionary column. */
export function dictionary(values: string, rows: string): string[] {
  const table = values.split("\n");
  return uints(rows).map((i) => table[i]!);
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
  const table = frontCoded(values);
  return uints(rows).map((i) => table[i]!);
}

/** The rows of a packed row set, as flags for `n` rows. */
export function rowSet(s: string, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = -1;
  eachUint(s, (gap) => { at += gap + 1; if (at < n) out[at] = 1; });
  return out;
}
