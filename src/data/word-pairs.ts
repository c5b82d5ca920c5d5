/**
 * The two-syllable words of the Viet74K list (`cao su`, `tài chính`), for the name rules: packed
 * at build time (scripts/build-lexicon.mjs), decoded on the first question.
 * @module
 */
import { PAIR_ONSETS, PAIR_RESTS, PAIR_SECONDS } from "./generated/word-pairs.js";
import { frontCoded, RangeDecoder, UintModel } from "./packed.js";
import { once } from "../pipeline/once.js";

interface WordPairs {
  /** Syllable → id (the most frequent second syllables first, then the rest). */
  ids: Map<string, number>;
  /** The second syllables of the words that syllable `a` starts: `seconds[from[a] … from[a + 1])`, ascending. */
  from: Int32Array;
  seconds: Int32Array;
}

/** Vietnamese initial consonants, as scripts/lib/syllables.mjs `ONSETS`. */
const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];

/**
 * The syllables of the two-syllable words, listed by rest then onset (scripts/lib/syllables.mjs):
 * per rest of PAIR_RESTS, range-coded flags say which onsets it takes. The name tables refer to them
 * (src/gazetteer/data.ts).
 */
export const pairSyllables: () => readonly string[] = once(() => {
  const dec = new RangeDecoder(PAIR_ONSETS), probs = new Uint16Array(ONSETS.length).fill(1024);
  const out: string[] = [];
  for (const rest of frontCoded(PAIR_RESTS)) {
    for (let o = 0; o < ONSETS.length; o++) if (dec.bit(probs, o)) out.push(ONSETS[o] + rest);
  }
  return out;
});

const pairs: () => WordPairs = once(() => {
  const spelled = pairSyllables();
  // Ids: the syllables flagged frequent first, then the others, each group in listed order.
  const dec = new RangeDecoder(PAIR_SECONDS), flag = new Uint16Array(1).fill(1024);
  const frequent: string[] = [], others: string[] = [];
  for (const x of spelled) (dec.bit(flag, 0) ? frequent : others).push(x);
  const syllables = frequent.concat(others);
  const ids = new Map<string, number>();
  for (let i = 0; i < syllables.length; i++) ids.set(syllables[i]!, i);
  const from = new Int32Array(syllables.length + 1);
  // Per syllable: a count, then that many gaps between ascending ids, range-coded (scripts/build-lexicon.mjs).
  const counts = new UintModel(1, 3), gaps = new UintModel(128, 2);
  const seconds: number[] = [];
  let n = 0;
  for (let a = 0; a < syllables.length; a++) {
    from[a] = n;
    const k = counts.decode(dec, 0);
    // A gap's context: the bit length of the id before it (+ 2, at most 15) and of the row's length
    // (at most 7), as scripts/build-lexicon.mjs `pairGapContext`; inline (a call per gap costs more than the gap in cold code).
    const rowContext = k < 64 ? 32 - Math.clz32(k) : 7;
    let prev = -1;
    for (let left = k; left > 0; left--) {
      const prevBits = 32 - Math.clz32(prev + 2);
      prev += gaps.decode(dec, (prevBits < 15 ? prevBits : 15) * 8 + rowContext) + 1;
      seconds[n++] = prev;
    }
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
