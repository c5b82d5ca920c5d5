/**
 * The two-syllable words of the Viet74K list (`cao su`, `tài chính`), for the name rules: packed
 * at build time (scripts/build-lexicon.mjs), decoded on the first question.
 * @module
 */
import { PAIR_SECONDS, PAIR_SYLLABLES, PAIR_SYLLABLES_FREQUENT } from "./generated/word-pairs.js";
import { frontCoded, RangeDecoder, UintModel } from "./packed.js";
import { once } from "../pipeline/once.js";

interface WordPairs {
  /** Syllable → id (the most frequent second syllables first, then the rest). */
  ids: Map<string, number>;
  /** The second syllables of the words that syllable `a` starts: `seconds[from[a] … from[a + 1])`, ascending. */
  from: Int32Array;
  seconds: Int32Array;
}

/** A gap's context: the bit length of the id before it (+ 2) and of the row's length (as in scripts/build-lexicon.mjs). */
const gapContext = (prev: number, n: number): number => Math.min(32 - Math.clz32(prev + 2), 15) * 8 + Math.min(32 - Math.clz32(n), 7);

const pairs: () => WordPairs = once(() => {
  const syllables = frontCoded(PAIR_SYLLABLES_FREQUENT).concat(frontCoded(PAIR_SYLLABLES));
  const ids = new Map<string, number>();
  for (let i = 0; i < syllables.length; i++) ids.set(syllables[i]!, i);
  const from = new Int32Array(syllables.length + 1);
  // Per syllable: a count, then that many gaps between ascending ids, range-coded (scripts/build-lexicon.mjs).
  const dec = new RangeDecoder(PAIR_SECONDS), counts = new UintModel(1, 3), gaps = new UintModel(128, 2);
  const seconds: number[] = [];
  let n = 0;
  for (let a = 0; a < syllables.length; a++) {
    from[a] = n;
    let prev = -1;
    for (let left = counts.decode(dec, 0), k = left; left > 0; left--) { prev += gaps.decode(dec, gapContext(prev, k)) + 1; seconds[n++] = prev; }
  }
  from[syllables.length] = n;
  return { ids, from, seconds: Int32Array.from(seconds) };
});

/** True when the two syllables (lower-case) make one word of the list. */
export function isWordPairOf(first: string, second: string): boolean {
  const p = pairs();
  const a = p.ids.get(first);
  if (a === undefined) return false;
  const b = p.ids.get(second);
  if (b === undefined) return false;
  let lo = p.from[a]!, hi = p.from[a + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1, v = p.seconds[mid]!;
    if (v === b) return true;
    if (v < b) lo = mid + 1; else hi = mid;
  }
  return false;
}

/** True when `syllable` (lower-case) is a syllable of some two-syllable word of the list: a Vietnamese syllable, not a romanised foreign one (`putin`). */
export function isWordSyllable(syllable: string): boolean {
  return pairs().ids.has(syllable);
}
