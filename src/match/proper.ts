/**
 * Is a place name really written here as a name? Guards shared by the place rules.
 * - A proper name starts with a capital (or is an abbreviation): `ý kiến`, `pháp luật`, `đức
 *   tính` are words, not Italy, France, Germany.
 * - A one-syllable name followed by a lower-case syllable that completes a common word with
 *   it is that word (`Anh hùng`, `Pháp luật` at a sentence start, `Ý kiến`).
 * - A word in an all-capitals heading (`Ý KIẾN BÌNH LUẬN`) is not a name.
 * - A one-syllable classifier that completes a common word with the syllable before it
 *   (`yêu cầu`, `đồng hồ`, `Hội chợ`, `mía đường`) is not a classifier.
 * The common words come from the Viet74K word list (see scripts/build-lexicon.mjs).
 * @module
 */
import type { Matcher } from "../pipeline/types.js";
import { filterCandidates } from "../pipeline/filter.js";
import type { Token } from "../tokenize/index.js";
import { isWordPairOf } from "../data/word-pairs.js";
import { PLACE_LOCATING_WORDS, PLACE_ONE_SYLLABLE_NAMES, PLACE_WORD_CLASSIFIERS } from "./lexicon.generated.js";
import { isAllCaps } from "./lexicons.js";

const ONE_SYLLABLE_PLACES: ReadonlySet<string> = new Set(PLACE_ONE_SYLLABLE_NAMES);
const CLASSIFIERS: ReadonlySet<string> = new Set(PLACE_WORD_CLASSIFIERS);
const LOCATING: ReadonlySet<string> = new Set(PLACE_LOCATING_WORDS);

/**
 * Is `a b` a common word that hides a place's syllable: one led by a one-syllable place name, or
 * ending in a classifier not located by `a` (scripts/build-lexicon.mjs checks these are the words
 * it derives from the list). The cheap set tests come before the word pairs.
 */
function isPlaceSyllableWord(a: string, b: string): boolean {
  return (ONE_SYLLABLE_PLACES.has(a) || (CLASSIFIERS.has(b) && !LOCATING.has(a))) && isWordPairOf(a, b);
}
const allCapsWord = (t: Token | undefined): boolean => !!t && (t.kind === "word" || t.kind === "abbr") && t.text.length > 1 && isAllCaps(t) && /^\p{L}+$/u.test(t.text);

/** True when tokens [first, last) are written as a place's proper name. */
export function isProperPlaceAt(toks: readonly Token[], first: number, last: number): boolean {
  const t = toks[first];
  if (!t) return false;
  // A region named with a lower-case head before its proper part (`châu Á`, `đồng bằng sông Cửu
  // Long`, `trung du và miền núi phía Bắc`): a capital inside, on one line.
  if (!(t.kind === "abbr" || (t.kind === "word" && t.upper))) return lowerHeadedName(toks, first, last);
  const next = toks[last];
  if (last === first + 1 && next && next.kind === "word" && !next.upper && !next.lineBefore && isPlaceSyllableWord(t.lower, next.lower)) return false;
  // Capitalised too, in a title (`báo Pháp Luật`, `Ý Kiến`): a common word in title case, not a place.
  if (last === first + 1 && next && next.kind === "word" && next.upper && next.spaceBefore && !next.lineBefore && isPlaceSyllableWord(t.lower, next.lower)) return false;
  // A heading in capitals: a neighbour in capitals on the same line.
  if (t.text === t.text.toUpperCase() && t.text.length <= 4) {
    const prev = toks[first - 1];
    if (allCapsWord(next) && !next!.lineBefore || allCapsWord(prev) && !t.lineBefore) return false;
  }
  return true;
}

/** True when tokens [first, last) are lower-case words and then a capitalised one, on one line. */
function lowerHeadedName(toks: readonly Token[], first: number, last: number): boolean {
  if (last - first < 2) return false;
  let caps = false;
  for (let k = first; k < last; k++) {
    const t = toks[k]!;
    if (k > first && t.lineBefore) return false;
    if (t.kind === "word" && t.upper) caps = true;
  }
  return caps;
}

/** True when the classifier at token `i` is the second syllable of a common word with token `i - 1`. */
export function classifierInWord(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1], t = toks[i]!;
  return !!prev && prev.kind === "word" && !t.lineBefore && t.spaceBefore && isPlaceSyllableWord(prev.lower, t.lower);
}

/**
 * Wraps a matcher (the gazetteer's) so that its LOC candidates pass {@link isProperPlaceAt}:
 * the gazetteer matches names regardless of case, so `ý`, `đức`, `nước ta` would be places.
 */
export function properPlacesOnly(m: Matcher): Matcher {
  return filterCandidates(m, "LOC", (doc, _c, first, last) => isProperPlaceAt(doc.tokens, first, last));
}
