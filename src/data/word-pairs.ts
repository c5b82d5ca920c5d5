/**
 * The two-syllable words of the Viet74K list (`cao su`, `tài chính`), for the name rules: packed
 * at build time (scripts/build-lexicon.mjs), decoded on the first question.
 * @module
 */
import { PAIR_SECONDS, PAIR_SYLLABLES, PAIR_SYLLABLES_FREQUENT } from "./generated/word-pairs.js";
import { frontCoded, uints } from "./packed.js";
import { once } from "../pipeline/once.js";

interface WordPairs {
  /** Syllable → id (the most frequent second syllables first, then the rest). */
  ids: Map<string, number>;
  /** The second syllables of the words that syllable `a` starts: `seconds[from[a] … from[a + 1])`, ascending. */
  from: Int32Array;
  seconds: Int32Array;
}

const pairs: () => WordPairs = once(() => {
  const syllables = frontCoded(PAIR_SYLLABLES_FREQUENT).concat(frontCoded(PAIR_SYLLABLES));
  const ids = new Map<string, number>();
  for (let i = 0; i < syllables.length; i++) ids.set(syllables[i]!, i);
  const from = new Int32Array(syllables.length + 1);
  // Per syllable: a count, then that many gaps between ascending ids.
  const v = uints(PAIR_SECONDS);
  const seconds = new Int32Array(v.length);
  let n = 0, a = 0;
  for (let i = 0; i < v.length; a++) {
    from[a] = n;
    let prev = -1;
    for (let left = v[i++]!; left > 0; left--) { prev += v[i++]! + 1; seconds[n++] = prev; }
  }
  from[a] = n;
  return { ids, from, seconds: seconds.slice(0, n) };
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
