/**
 * Data built on first use and never changed after (a compiled lexicon, a derived table): the
 * one form of module-level state the library has. Per-document state belongs to the document
 * (src/pipeline/doc-state.ts).
 * @module
 */

/** `make`, called on the first call only; later calls return its result. */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T | undefined;
  return () => {
    if (!made) { value = make(); made = true; }
    return value as T;
  };
}
