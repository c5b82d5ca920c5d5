// The syllables of the two-syllable words of data/lexicon/words-viet74k.txt (Viet74K, MIT), in
// the order the packed word list gives them ids and the name tables refer to them
// (scripts/build-lexicon.mjs packs them, scripts/build-data.mjs refers to them; decoded by
// src/data/word-pairs.ts). A syllable is written as its onset (one of ONSETS, the longest that
// leaves something) and the rest (rhyme and tone): the list of rests, and per rest which onsets
// it takes, is about half the bytes of the syllables front-coded.
import { readFileSync } from "node:fs";

/** Vietnamese initial consonants (as src/data/word-pairs.ts `ONSETS`); "" for a syllable without one. */
export const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];
const LONGEST_FIRST = ONSETS.map((o, i) => [o, i]).sort((a, b) => b[0].length - a[0].length);
/** A syllable as [onset index, rest]. */
export function splitSyllable(s) {
  for (const [o, i] of LONGEST_FIRST) if (o && s.startsWith(o) && s.length > o.length) return [i, s.slice(o.length)];
  return [0, s];
}
const codeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The two-syllable words: first syllable → its second syllables; and every syllable of them. */
export function twoSyllableWords(root) {
  const words = readFileSync(new URL("data/lexicon/words-viet74k.txt", root), "utf8").normalize("NFC").split("\n");
  const bySyllable = new Map();
  const syllables = new Set();
  for (const w of words) {
    if (w.startsWith("#")) continue;
    const p = w.trim().toLowerCase().split(" ");
    if (p.length !== 2 || !p[0] || !p[1]) continue;
    syllables.add(p[0]).add(p[1]);
    const set = bySyllable.get(p[0]);
    if (set) set.add(p[1]); else bySyllable.set(p[0], new Set([p[1]]));
  }
  return { bySyllable, syllables };
}

/** Syllables by rest (in code-unit order), then by onset (in ONSETS order): the order the packed list spells them in. */
export function spellingOrder(syllables) {
  const key = new Map([...syllables].map((s) => [s, splitSyllable(s)]));
  return [...syllables].sort((a, b) => codeUnits(key.get(a)[1], key.get(b)[1]) || key.get(a)[0] - key.get(b)[0]);
}
