/**
 * Word classes: sets of `lower` forms that a rule asks about at nearly every token (the digit
 * words that may start an amount, the words that may open a date). A document's tokens are
 * looked up once, in one map that holds every class as a bit; the rules then read a token's
 * bits from an array, instead of each making a set lookup per token.
 * @module
 */
import type { Token } from "../tokenize/index.js";
import { docState } from "../pipeline/doc-state.js";

/** A family of word classes, each a bit (at most 31), answered per document. */
export class WordClasses {
  private readonly bitsOf = new Map<string, number>();
  private classes = 0;

  /**
   * Defines a class of `lower` forms and returns its bit. Classes are defined when their module
   * loads, before any document is read (a document's answers are not recomputed).
   */
  define(words: Iterable<string>): number {
    if (this.classes >= 31) throw new Error("WordClasses: at most 31 classes");
    const bit = 1 << this.classes++;
    for (const w of words) this.bitsOf.set(w, (this.bitsOf.get(w) ?? 0) | bit);
    return bit;
  }

  /** Per token of the document, the bits of the classes its `lower` form belongs to (computed once per document). */
  of(tokens: readonly Token[]): Int32Array {
    return docState(tokens).get(this, () => {
      const bits = new Int32Array(tokens.length);
      for (let i = 0; i < tokens.length; i++) bits[i] = this.bitsOf.get(tokens[i]!.lower) ?? 0;
      return bits;
    });
  }
}

/** The word classes of the built-in rules (one lookup per token serves all of them). */
export const RULE_WORD_CLASSES = new WordClasses();
