/**
 * Dictionary word segmentation: groups syllable tokens into words (`Bí thư`, `Thành ủy`,
 * `chính trị`) using a word list, by maximum matching (fewest words; on a tie, the longer
 * first word) or by forward longest matching.
 *
 * The default lexicon is @vntk/dictionary's Viet74K list (MIT), normalised like the text
 * (see data/lexicon/words-viet74k.txt); it is compiled on first use, not at import.
 * @module
 */
import type { Token } from "./index.js";
import { WORDS_VIET74K } from "./lexicon.generated.js";
import { KeyTrie } from "../match/trie.js";
import { once } from "../pipeline/once.js";

/** One word: a run of tokens `[first, last)`. */
export interface Word {
  /** Offset of the first character (in the text the tokens index). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The word's text: its tokens with the gaps between them as spaces (or the exact slice when `options.text` is given). */
  text: string;
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
}

/** A compiled word list. */
export interface Lexicon {
  /** Is `word` (any case, normalised spelling as `normalize` gives) an entry? */
  has(word: string): boolean;
  /** Number of entries. */
  readonly size: number;
  /** Most tokens in one entry. */
  readonly maxTokens: number;
  /** @internal The entries as a trie over lower-case tokens (true at an entry's end). */
  readonly trie: KeyTrie<true>;
}

/** How to choose among the lexicon's words. */
export type SegmentStrategy = "maximum" | "longest";

/** Options for {@link segmentWords}. */
export interface SegmentOptions {
  /** `maximum` (default): fewest words per run, ties broken towards the longer first word. `longest`: greedy left to right. */
  strategy?: SegmentStrategy;
  /** The text the tokens index; when given, `Word.text` is its exact slice. */
  text?: string;
  /**
   * Maximum matching only (default true): a run of two or more capitalised syllables that does
   * not start a sentence or a lexicon word may form one word, a proper name (`Nguyễn Mạnh Hiển`,
   * but `Hà Nội | Hoàng Trung Hải`), unless lexicon words cover it in as few words
   * (`Ban | Thường vụ`, not `Ban Thường | vụ`).
   */
  names?: boolean;
}

/** Splits an entry the way the tokeniser splits text: letter/digit runs, and other characters one by one. */
const ENTRY_TOKENS = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Compiles a word list. `entries` is an iterable of words or one string with a word a line.
 *
 * @example
 * ```ts
 * const lex = compileLexicon(["bí thư", "thành ủy", "a-ba-giua"]);
 * lex.has("Bí thư"); // true
 * ```
 */
export function compileLexicon(entries: string | Iterable<string>): Lexicon {
  const list = typeof entries === "string" ? entries.split("\n") : entries;
  return lexiconOf(list, (entry) => entry.toLowerCase().match(ENTRY_TOKENS));
}

/** A lexicon of the entries that `split` turns into tokens (entries it rejects are skipped). */
function lexiconOf(entries: Iterable<string>, split: (entry: string) => readonly string[] | null): Lexicon {
  const trie = new KeyTrie<true>();
  let size = 0, maxTokens = 0;
  for (const entry of entries) {
    const parts = split(entry);
    if (!parts) continue;
    trie.set(parts, true);
    size++;
    if (parts.length > maxTokens) maxTokens = parts.length;
  }
  return {
    trie,
    size,
    maxTokens,
    has(word: string): boolean {
      const parts = word.toLowerCase().match(ENTRY_TOKENS);
      return !!parts && trie.get(parts) === true;
    },
  };
}

/** The bundled lexicon (Viet74K, about 72,000 entries), compiled on first call (tens of milliseconds). */
export const defaultLexicon: () => Lexicon = once(() =>
  // Entries are pre-split (syllables joined by one space), so no tokenising here.
  lexiconOf(WORDS_VIET74K.split("\n"), (entry) => entry.split(" ")));

/** May token `j` continue a word that token `j - 1` is part of? Not across lines or sentences; punctuation only attached (`a-ba-giua`). */
function joins(prev: Token, next: Token): boolean {
  if (next.lineBefore || next.sentence !== prev.sentence) return false;
  if (next.kind === "punct" || next.kind === "symbol" || prev.kind === "punct" || prev.kind === "symbol") return !next.spaceBefore;
  return true;
}

/**
 * Groups tokens into words. Every token belongs to exactly one word; a token that starts no
 * lexicon entry (a name, a number, punctuation) is a word on its own. Linear in the number of
 * tokens (each position tries at most `lexicon.maxTokens` continuations).
 *
 * @example
 * ```ts
 * const { text } = normalize("Ủy viên Bộ Chính trị");
 * segmentWords(tokenize(text).tokens).map((w) => w.text);
 * // ["Ủy viên", "Bộ Chính trị"]
 * ```
 */
export function segmentWords(tokens: readonly Token[], lexicon: Lexicon = defaultLexicon(), options: SegmentOptions = {}): Word[] {
  const n = tokens.length;
  const root = lexicon.trie.root;
  const longest = options.strategy === "longest";
  const words: Word[] = [];
  // Ends (one past the last token) of the multi-token entries starting at one position, longest first; reused.
  const ends: number[] = [];
  const collect = (i: number) => {
    ends.length = 0;
    let node = root.next?.get(tokens[i]!.lower);
    let j = i + 1;
    while (node) {
      if (node.value && j - i > 1) ends.push(j);
      if (!node.next || j >= n || !joins(tokens[j - 1]!, tokens[j]!)) break;
      node = node.next.get(tokens[j]!.lower);
      j++;
    }
    ends.reverse(); // longest first
  };
  const emit = (first: number, last: number) => {
    const a = tokens[first]!, b = tokens[last - 1]!;
    let text: string;
    if (options.text !== undefined) text = options.text.slice(a.start, b.end);
    else if (last - first === 1) text = a.text;
    else {
      text = a.text;
      for (let k = first + 1; k < last; k++) {
        const t = tokens[k]!;
        const gap = t.start - tokens[k - 1]!.end;
        text += (gap === 1 ? " " : " ".repeat(gap)) + t.text;
      }
    }
    words.push({ start: a.start, end: b.end, text, first, last });
  };

  if (longest) {
    for (let i = 0; i < n; ) {
      collect(i);
      const e = ends.length ? ends[0]! : i + 1;
      emit(i, e);
      i = e;
    }
    return words;
  }

  // Maximum matching per run of joinable tokens: cost[i] = cheapest cover of [i, runEnd), a
  // word costing 2 and a proper-name run 3 (so lexicon words win ties with names).
  const names = options.names !== false;
  const titleCase = (t: Token) => t.kind === "word" && t.upper;
  const cost = new Int32Array(n + 1);
  const next = new Int32Array(n + 1);
  let runStart = 0;
  while (runStart < n) {
    let runEnd = runStart + 1;
    while (runEnd < n && joins(tokens[runEnd - 1]!, tokens[runEnd]!)) runEnd++;
    cost[runEnd] = 0;
    let capEnd = runEnd; // end of the run of title-case tokens that starts at i (when tokens[i] is one)
    for (let i = runEnd - 1; i >= runStart; i--) {
      collect(i);
      let bestEnd = i + 1, best = 2 + cost[i + 1]!;
      for (const e of ends) {
        if (e > runEnd) continue;
        // Cheaper wins; on a tie, the longer first word.
        const c = 2 + cost[e]!;
        if (c < best || (c === best && e > bestEnd)) { best = c; bestEnd = e; }
      }
      if (!titleCase(tokens[i]!)) capEnd = i;
      // A name starts neither a sentence nor with a lexicon word (`Hà Nội | Hoàng Trung Hải`).
      else if (names && capEnd - i >= 2 && ends.length === 0 && i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence) {
        const c = 3 + cost[capEnd]!;
        if (c < best) { best = c; bestEnd = capEnd; }
      }
      cost[i] = best;
      next[i] = bestEnd;
    }
    for (let i = runStart; i < runEnd; i = next[i]!) emit(i, next[i]!);
    runStart = runEnd;
  }
  return words;
}
