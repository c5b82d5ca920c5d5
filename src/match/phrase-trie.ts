/**
 * The phrase trie: phrases keyed by token `lower` forms, so a lookup is one walk from a token
 * index, with no regex over the text. The rule lexicons use it (`src/match/lexicons.ts`), and so
 * may any rule that needs a phrase list.
 * @module
 */
import type { Token } from "../tokenize/index.js";
import { docState } from "../pipeline/doc-state.js";
import { KeyTrie, type TrieNode } from "./trie.js";

/** Characters that `phraseKeys` splits at: a token holding one is keyed through `add`. */
const SPLITS_KEY = /[\s,]/u;

/**
 * The first words of a family of tries, each word with one bit per trie whose phrases start
 * with it. The rules ask a dozen tries about every token; one lookup here answers "no" for all
 * of them at once (most tokens start nothing), instead of one map lookup per trie. Up to 31
 * tries take part; more are looked up without the index.
 */
export class FirstWordIndex {
  private readonly bits = new Map<string, number>();
  private tries = 0;
  /** Bumped on every change, so that a document's bits computed earlier are recomputed. */
  private version = 0;

  /** A bit for one more trie, or 0 when all 31 are taken. */
  allocate(): number {
    return this.tries < 31 ? 1 << this.tries++ : 0;
  }
  /** Records that a phrase of the trie with `bit` starts with `word`. */
  mark(word: string, bit: number): void {
    const old = this.bits.get(word) ?? 0;
    if ((old | bit) !== old) { this.bits.set(word, old | bit); this.version++; }
  }
  /** The bits of every token of a document, computed once per document (and per change). */
  masks(tokens: readonly Token[]): Int32Array {
    const state = docState(tokens);
    const held = state.hot(this) as FirstWordMasks | undefined;
    if (held !== undefined && held.version === this.version) return held.masks;
    const masks = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) masks[i] = this.bits.get(tokens[i]!.lower) ?? 0;
    state.setHot(this, { version: this.version, masks } satisfies FirstWordMasks);
    return masks;
  }
}

/** A document's first-word bits, and the version of the index they were computed from. */
interface FirstWordMasks { version: number; masks: Int32Array }

/** The index the module-level lexicon tries share (see {@link PhraseTrie}'s constructor). */
export const LEXICON_FIRST_WORDS = new FirstWordIndex();

/** A phrase that matched: tokens up to `end` (exclusive), and its value. */
export interface PhraseHit<V> { end: number; value: V }

/** A trie over token `lower` forms; values sit on phrase ends. */
export class PhraseTrie<V> {
  private readonly trie = new KeyTrie<V>();
  /** This trie's bit in `index`, or 0 (a per-document trie, or more than 31 tries). */
  private readonly bit: number;
  private readonly index: FirstWordIndex | null;
  /**
   * @param shared A trie that lives as long as the module (a lexicon), so its first words join
   *   the shared first-word index; pass false for a trie made per document.
   */
  constructor(shared: boolean | FirstWordIndex = true) {
    this.index = shared === true ? LEXICON_FIRST_WORDS : shared || null;
    this.bit = this.index ? this.index.allocate() : 0;
  }
  /** Adds a phrase written with spaces (`Ban Thường vụ`); matching ignores case. */
  add(phrase: string, value: V): this {
    const keys = phraseKeys(phrase);
    if (this.bit && keys.length) this.index!.mark(keys[0]!, this.bit);
    this.trie.set(keys, value);
    return this;
  }

  /**
   * Adds the phrase written by tokens [from, to) of `tokens`, keyed by their `lower` forms: what
   * `add` of their joined text would do (a token's `lower` is already one lower-case NFC key),
   * without building and re-splitting that text.
   */
  addTokens(tokens: readonly Token[], from: number, to: number, value: V): this {
    for (let k = from; k < to; k++) {
      const w = tokens[k]!.lower;
      // A key of `add` never holds a space or a comma: such a token (none seen) takes that path.
      if (SPLITS_KEY.test(w)) return this.add(tokens.slice(from, to).map((t) => t.lower).join(" "), value);
    }
    if (this.bit && to > from) this.index!.mark(tokens[from]!.lower, this.bit);
    let n = this.trie.root;
    for (let k = from; k < to; k++) n = KeyTrie.child(n, tokens[k]!.lower);
    n.value = value;
    return this;
  }
  /**
   * The longest phrase starting at token `i` (ending before `limit`): its end (exclusive) and
   * value. The rules ask a dozen tries about every token, and most tokens start no phrase of a
   * given trie: its bit in the document's first-word masks says so without a walk. (A memo of
   * the walks that remain saved less than its upkeep: a walk is a few map lookups.)
   */
  longest(tokens: readonly Token[], i: number, limit = tokens.length): PhraseHit<V> | null {
    if (i < 0 || i >= limit || i >= tokens.length) return null;
    if (this.bit && !(this.index!.masks(tokens)[i]! & this.bit)) return null;
    return this.walk(tokens, i, limit);
  }

  /** The value of the one-word phrase `word` (a `lower` form), if the trie holds it. */
  wordValue(word: string): V | undefined {
    return this.trie.root.next?.get(word)?.value;
  }

  private walk(tokens: readonly Token[], i: number, limit: number): PhraseHit<V> | null {
    let n: TrieNode<V> | undefined = this.trie.root;
    // One result object at the end, not one per prefix that matches (this runs at most tokens).
    let bestEnd = -1;
    let bestValue: V | undefined;
    for (let k = i; k < limit && n; k++) {
      const t = tokens[k]!;
      // Phrases run over adjacent words only; a phrase never spans a line break.
      if (k > i && t.lineBefore) break;
      n = n.next?.get(t.lower);
      if (n?.value !== undefined) { bestEnd = k + 1; bestValue = n.value; }
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: bestValue as V };
  }
}

/**
 * Token keys of a phrase: `PGS.TS`, `GD&ĐT` stay one key, as the tokenizer keeps them one
 * token; a comma after a word is its own token (`Văn hóa, Thể thao`).
 */
export function phraseKeys(phrase: string): string[] {
  return phrase.normalize("NFC").toLowerCase().replace(/,(\s|$)/gu, " ,$1").split(/\s+/).filter(Boolean);
}

