/**
 * Small sorting helpers for the hot paths.
 * @module
 */

/**
 * Sorts a short array in place, stably (same order as `Array.prototype.sort`, which is stable),
 * without the work array that `Array.prototype.sort` allocates at every call: used where
 * thousands of arrays of 2-4 elements are sorted per document batch. With `from` and `to`, sorts
 * only `a[from, to)`.
 */
export function insertionSort<T>(a: T[], cmp: (x: T, y: T) => number, from = 0, to = a.length): void {
  for (let i = from + 1; i < to; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= from && cmp(a[j]!, v) > 0) { a[j + 1] = a[j]!; j--; }
    a[j + 1] = v;
  }
}
