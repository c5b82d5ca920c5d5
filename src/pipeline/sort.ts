/**
 * Small sorting helpers for the hot paths.
 * @module
 */

/**
 * Sorts a short array in place, stably (same order as `Array.prototype.sort`, which is stable),
 * without the work array that `Array.prototype.sort` allocates at every call: used where
 * thousands of arrays of 2-4 elements are sorted per document batch.
 */
export function insertionSort<T>(a: T[], cmp: (x: T, y: T) => number): void {
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(a[j]!, v) > 0) { a[j + 1] = a[j]!; j--; }
    a[j + 1] = v;
  }
}
