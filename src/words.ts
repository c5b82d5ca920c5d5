/**
 * `thoisu/words`: dictionary word segmentation of Vietnamese text, a separate entry so that
 * `extract` does not load the 72,000-word lexicon.
 *
 * @example
 * ```ts
 * import { segment } from "thoisu/words";
 * segment("Bí thư Thành ủy Hà Nội").map((w) => w.text);
 * ```
 * @module
 */
// The re-exports come first: the module comment above stays attached to them in words.d.ts.
export { segmentWords, compileLexicon, defaultLexicon } from "./tokenize/words.js";
export type { Word, Lexicon, SegmentOptions, SegmentStrategy } from "./tokenize/words.js";
import { normalize, originalEnd, originalStart } from "./normalize/index.js";
import { tokenize } from "./tokenize/index.js";
import { segmentWords, type Lexicon, type SegmentOptions, type Word } from "./tokenize/words.js";

/**
 * Normalises, tokenises and segments `text`; offsets and `text` of the words refer to the
 * ORIGINAL input (`input.slice(w.start, w.end) === w.text`).
 */
export function segment(input: string, lexicon?: Lexicon, options: Omit<SegmentOptions, "text"> = {}): Word[] {
  const n = normalize(input);
  const words = segmentWords(tokenize(n.text).tokens, lexicon, options);
  for (const w of words) {
    w.start = originalStart(n, w.start);
    w.end = originalEnd(n, w.end);
    w.text = input.slice(w.start, w.end);
  }
  return words;
}
