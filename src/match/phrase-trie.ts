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
 * What a {@link FirstWordIndex} knows of one word: one bit per trie whose phrases start with it,
 * and each such trie's node for it (by the trie's bit position), where that trie's walk goes on.
 */
interface FirstWord { bits: number; nodes: (TrieNode<unknown> | undefined)[] }

/**
 * The first words of a family of tries, each word with one bit per trie whose phrases start
 * with it. The rules ask a dozen tries about every token; one lookup here answers "no" for all
 * of them at once (most tokens start nothing), instead of one map lookup per trie; for a "yes",
 * the trie's node for the word is here too, so the walk starts one step in (the roots' maps hold
 * thousands of keys). Up to 31 tries take part; more are looked up without the index.
 */
export class FirstWordIndex {
  private readonly words = new Map<string, FirstWord>();
  private tries = 0;
  /** Bumped on every change, so that a document's answers computed earlier are recomputed. */
  private version = 0;

  /** A bit for one more trie, or 0 when all 31 are taken. */
  allocate(): number {
    return this.tries < 31 ? 1 << this.tries++ : 0;
  }
  /** Records that a phrase of the trie with `bit` starts with `word`, whose node in that trie is `node`. */
  mark(word: string, bit: number, node: TrieNode<unknown>): void {
    let w = this.words.get(word);
    if (!w) this.words.set(word, (w = { bits: 0, nodes: [] }));
    if ((w.bits | bit) !== w.bits) {
      w.bits |= bit;
      w.nodes[31 - Math.clz32(bit)] = node;
      this.version++;
    }
  }
  /** The document's answers: per token, what the index knows of its word (computed once per document and change). */
  forDoc(tokens: readonly Token[]): DocFirstWords {
    const state = docState(tokens);
    const held = state.hot(this) as DocFirstWords | undefined;
    if (held !== undefined && held.version === this.version) return held;
    const byToken: (FirstWord | null)[] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) byToken[i] = this.words.get(tokens[i]!.lower) ?? null;
    const d: DocFirstWords = { version: this.version, byToken };
    state.setHot(this, d);
    return d;
  }
}

/** A document's answers from a {@link FirstWordIndex}, and the version of the index they come from. */
interface DocFirstWords {
  version: number;
  /**
   * Per token, the record of its word, or null for most tokens (they start no phrase). One
   * array of pointers: a parallel typed array of the bits cost a buffer per document and saved
   * no time (the records of the few hundred first words stay in cache).
   */
  byToken: (FirstWord | null)[];
}

/** The index the module-level lexicon tries share (see {@link PhraseTrie}'s constructor). */
export const LEXICON_FIRST_WORDS = new FirstWordIndex();

/** A phrase that matched: tokens up to `end` (exclusive), and its value. */
export interface PhraseHit<V> { end: number; value: V }

/** A trie over token `lower` forms; values sit on phrase ends. */
export class PhraseTrie<V> {
  private readonly trie = new KeyTrie<V>();
  /** This trie's bit in `index`, or 0 (a per-document trie, or more than 31 tries). */
  private readonly bit: number;
  /** The position of `bit` (where the index keeps this trie's first nodes). */
  private readonly slot: number;
  private readonly index: FirstWordIndex | null;
  /**
   * @param shared A trie that lives as long as the module (a lexicon), so its first words join
   *   the shared first-word index; pass false for a trie made per document.
   */
  constructor(shared: boolean | FirstWordIndex = true) {
    this.index = shared === true ? LEXICON_FIRST_WORDS : shared || null;
    this.bit = this.index ? this.index.allocate() : 0;
    this.slot = 31 - Math.clz32(this.bit);
  }
  /** Adds a phrase written with spaces (`Ban Thường vụ`); matching ignores case. */
  add(phrase: string, value: V): this {
    const keys = phraseKeys(phrase);
    this.trie.set(keys, value);
    if (this.bit && keys.length) this.index!.mark(keys[0]!, this.bit, this.trie.root.next!.get(keys[0]!)!);
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
    let n = this.trie.root;
    for (let k = from; k < to; k++) n = KeyTrie.child(n, tokens[k]!.lower);
    n.value = value;
    if (this.bit && to > from) this.index!.mark(tokens[from]!.lower, this.bit, this.trie.root.next!.get(tokens[from]!.lower)!);
    return this;
  }
  /**
   * The longest phrase starting at token `i` (ending before `limit`): its end (exclusive) and
   * value. The rules ask a dozen tries about every token, and most tokens start no phrase of a
   * given trie: the document's first-word records say so without a walk (most tokens have no
   * record; the others, this trie's bit). (A memo of the walks that remain saved less than its
   * upkeep: a walk is a few map lookups.)
   */
  longest(tokens: readonly Token[], i: number, limit = tokens.length): PhraseHit<V> | null {
    if (i < 0 || i >= limit || i >= tokens.length) return null;
    if (!this.bit) return this.walk(tokens, i, limit);
    const w = this.index!.forDoc(tokens).byToken[i]!;
    if (w === null || !(w.bits & this.bit)) return null;
    return this.walkFrom(w.nodes[this.slot] as TrieNode<V>, tokens, i, limit);
  }

  /** The value of the one-word phrase `word` (a `lower` form), if the trie holds it. */
  wordValue(word: string): V | undefined {
    return this.trie.root.next?.get(word)?.value;
  }

  /** The longest phrase from token `i` (the index's "no" not asked). */
  private walk(tokens: readonly Token[], i: number, limit: number): PhraseHit<V> | null {
    const first = this.trie.root.next?.get(tokens[i]!.lower);
    return first ? this.walkFrom(first, tokens, i, limit) : null;
  }

  /**
   * The longest phrase from token `i`, where `first` is the node of token `i`'s word (one step
   * from the root). One result object at the end, not one per prefix that matches.
   */
  private walkFrom(first: TrieNode<V>, tokens: readonly Token[], i: number, limit: number): PhraseHit<V> | null {
    let n: TrieNode<V> | undefined = first;
    let bestEnd = first.value !== undefined ? i + 1 : -1;
    let bestValue: V | undefined = first.value;
    for (let k = i + 1; k < limit && n; k++) {
      const t = tokens[k]!;
      // Phrases run over adjacent words only; a phrase never spans a line break.
      if (t.lineBefore) break;
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
  // Nearly every phrase is words and single spaces: split at the spaces (the lexicon tries add
  // thousands of phrases at the first extract). Anything else takes the general path.
  if (phrase && !ODD_SPACING.test(phrase)) return phrase.normalize("NFC").toLowerCase().split(" ");
  return phrase.normalize("NFC").toLowerCase().replace(/,(\s|$)/gu, " ,$1").split(/\s+/).filter(Boolean);
}
/** A comma, or whitespace other than single spaces between words. */
const ODD_SPACING = /,|[^\S ]|  |^ | $/;

