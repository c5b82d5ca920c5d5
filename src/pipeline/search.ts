/**
 * Binary search over what is kept in text order (tokens, sentences, spans): one place for it.
 * @module
 */
import type { Doc } from "./types.js";

/**
 * The first index in [0, length) where `after(i)` holds, or `length` when none: `after` is false,
 * then true, along the range (a test against sorted offsets).
 */
export function partitionPoint(length: number, after: (i: number) => boolean): number {
  let lo = 0, hi = length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (after(mid)) hi = mid; else lo = mid + 1; }
  return lo;
}

/** The index of the sentence that holds offset `at`: the last that starts at or before it (0 when none does). */
export function sentenceAt(doc: Pick<Doc, "sentences">, at: number): number {
  return Math.max(0, partitionPoint(doc.sentences.length, (k) => doc.sentences[k]!.start > at) - 1);
}

/** Where the sentence that holds offset `at` starts (0 before the first sentence). */
export function sentenceStartBefore(doc: Pick<Doc, "sentences">, at: number): number {
  const k = partitionPoint(doc.sentences.length, (i) => doc.sentences[i]!.start > at);
  return k > 0 ? doc.sentences[k - 1]!.start : 0;
}

/** Where the first sentence that ends after offset `at` ends (the end of the text when none does). */
export function sentenceEndAfter(doc: Pick<Doc, "sentences" | "text">, at: number): number {
  const k = partitionPoint(doc.sentences.length, (i) => doc.sentences[i]!.end > at);
  return k < doc.sentences.length ? doc.sentences[k]!.end : doc.text.length;
}
