/**
 * The compiled lexicons (from data/lexicon, via scripts/build-lexicon.mjs) as token tries,
 * shared by the person, role, body and place rules. Keys are token `lower` forms, so a
 * lookup is one walk from a token index: no regex over the text.
 * @module
 */
import type { Token } from "../tokenize/index.js";
import { isWordSyllable } from "../data/word-pairs.js";
import { PhraseTrie } from "./phrase-trie.js";
import { BODY_FIELDS_DERIVED, BODY_FIELDS_LISTED, BODY_HEADS, GIVEN_SYLLABLES, NAME_STOPS, PERSON_CUES, PLACE_UNITS, ROLE_TITLES, SURNAMES } from "./lexicon.generated.js";

export { PhraseTrie, phraseKeys } from "./phrase-trie.js";

export type SurnameStrength = "strong" | "weak";
export const SURNAME_TRIE = new PhraseTrie<SurnameStrength>();
for (const [s, strength] of SURNAMES) SURNAME_TRIE.add(s!, strength === "strong" ? "strong" : "weak");

export type CueKind = "honorific" | "status" | "rank" | "degree" | "kin";
export const CUE_TRIE = new PhraseTrie<CueKind>();
for (const [c, kind] of PERSON_CUES) CUE_TRIE.add(c!, kind as CueKind);

export const NAME_STOP_SET: ReadonlySet<string> = new Set(NAME_STOPS.map((w) => w.toLowerCase()));

/** A post's title; `lower` is `title` in lower case, kept beside it because rules compare it per candidate. */
export interface TitleEntry { title: string; lower: string; slot: "body" | "name" | "none"; standalone: boolean }
export const TITLE_TRIE = new PhraseTrie<TitleEntry>();
for (const [title, slot, standalone] of ROLE_TITLES) {
  TITLE_TRIE.add(title!, { title: title!, lower: title!.toLowerCase(), slot: slot as TitleEntry["slot"], standalone: standalone === "yes" });
}

/** A body's head word and the complements it takes; `lower` is `head` in lower case (rules compare it per candidate). */
export interface BodyHead { head: string; lower: string; none: boolean; place: boolean; name: boolean; body: boolean; firm: boolean; fund: boolean; num: boolean; topic: boolean; at: boolean; standalone: boolean }
export const BODY_TRIE = new PhraseTrie<BodyHead>();
const headsOfKind = new Map<string, Set<string>>();
for (const [head, complement, standalone, kinds] of BODY_HEADS) {
  const c = new Set(complement!.split(","));
  const lower = head!.toLowerCase();
  BODY_TRIE.add(head!, { head: head!, lower, none: c.has("none"), place: c.has("place"), name: c.has("name"), body: c.has("body"), firm: c.has("firm"), fund: c.has("fund"), num: c.has("num"), topic: c.has("topic"), at: c.has("at"), standalone: standalone === "yes" });
  for (const k of kinds ? kinds.split(",") : []) {
    let set = headsOfKind.get(k);
    if (!set) headsOfKind.set(k, (set = new Set()));
    set.add(lower);
  }
}
/** The kinds of body head that data/lexicon/body-heads.tsv's fourth column may give. */
export type BodyHeadKind = "subunit" | "institution" | "translated" | "school" | "regional" | "media";
/** The body heads (lower case) of one kind in data/lexicon/body-heads.tsv's fourth column (`bodyHeadsOfKind("media")` has `báo`). */
export function bodyHeadsOfKind(kind: BodyHeadKind): ReadonlySet<string> {
  return headsOfKind.get(kind) ?? new Set();
}

export type UnitKind = "admin" | "feature" | "built" | "region";
export interface PlaceUnit { word: string; kind: UnitKind; keep: boolean }
export const UNIT_TRIE = new PhraseTrie<PlaceUnit>();
for (const [word, kind, keep] of PLACE_UNITS) UNIT_TRIE.add(word!, { word: word!, kind: kind as UnitKind, keep: keep === "yes" });

/** A word token that starts with a capital letter. */
export const isCapWord = (t: Token | undefined): t is Token => !!t && t.kind === "word" && t.upper;
/** A word whose letters are all upper case (`TRẦN`), for names in all-caps bylines. */
export const isAllCaps = (t: Token): boolean => allCapsText(t.text, t.lower);

/**
 * True when `text` has a cased letter and no lower-case one (`text === toUpperCase(text) &&
 * text !== lower`), where `lower` is `text` in lower case (a token's `lower`). The common
 * answers come without building a string: no capital at all (`lower` is `text`), or a
 * lower-case letter of the ranges Vietnamese uses, which upper-casing would change (`Hà`).
 */
export function allCapsText(text: string, lower: string): boolean {
  if (text === lower) return false;
  for (let k = 0; k < text.length; k++) if (isLowerLetter(text.charCodeAt(k))) return false;
  return text === text.toUpperCase();
}
/** A lower-case letter that has a capital (ASCII, Latin-1, the Latin Extended-A pairs, ơ, ư, Vietnamese U+1EA1–U+1EF9). */
function isLowerLetter(c: number): boolean {
  if (c < 0x80) return c >= 97 && c <= 122;
  if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 1;
  if (c >= 0xdf && c <= 0xff) return c !== 0xf7;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177)) return (c & 1) === 1;
  return c === 0x1a1 || c === 0x1b0;
}

/** The given-name syllables of data/lexicon (lower case). */
export const GIVEN_SET: ReadonlySet<string> = new Set(GIVEN_SYLLABLES.map((r) => r[0]!));
/** Letters of the Latin script only, accented or not: a word of a romanised name (`Díaz`, `Müller`). */
export const LATIN_WORD = /^\p{Script=Latin}{1,14}$/u;
/** True when `w` (lower case) is a Vietnamese syllable of the word list, the given-name list or the family names. */
export function vietnameseWord(w: string): boolean {
  return isWordSyllable(w) || GIVEN_SET.has(w) || SURNAME_TRIE.wordValue(w) !== undefined;
}

/**
 * A Vietnamese syllable, its tone marks taken off: an initial consonant, one to three vowels,
 * a final consonant. Foreign names mostly fail it (`Ivan`, `Petrov`, `Tanaka`); `Kim` passes.
 */
const VI_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
export function vietnameseSyllable(word: string): boolean {
  // Each letter through TONELESS (what the whole-word pipeline below gives it alone): for letters
  // that stay one precomposed letter, the two are the same, and no string is normalised twice.
  let plain = "";
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const b = c < TONELESS.length ? TONELESS[c]! : 0;
    if (b === 0) return VI_SYLLABLE.test(tonelessLower(word));
    plain += String.fromCharCode(b);
  }
  return VI_SYLLABLE.test(plain);
}
/** `word` in lower case without its tone marks (`Hoàng` → `hoang`, `Đức` → `đưc`). */
const tonelessLower = (word: string): string => word.toLowerCase().normalize("NFD").replace(TONE_MARKS, "").normalize("NFC");
/**
 * For each code unit of ASCII, Latin-1, Latin Extended-A/B and the Vietnamese block, the letter
 * {@link tonelessLower} makes of it alone when that is one letter of those ranges (all starters,
 * which never compose with a neighbour), else 0 (then the word takes the whole pipeline).
 */
const TONELESS: Uint16Array = (() => {
  const table = new Uint16Array(0x1efa);
  for (let c = 1; c < table.length; c++) {
    if (c === 0x250) c = 0x1ea0;
    const t = tonelessLower(String.fromCharCode(c));
    if (t.length !== 1) continue;
    const b = t.charCodeAt(0);
    if (b < 0x80 || (b >= 0xc0 && b <= 0x24f) || (b >= 0x1ea0 && b <= 0x1ef9)) table[c] = b;
  }
  return table;
})();
/** The lower-case tokens joining two capitalised parts of one name (`Kế hoạch và Đầu tư`). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(["và", "-", "&"]);

/**
 * Lower-case syllables that never continue a capitalised word inside a body's name: function
 * words and common verbs (`Bộ Y tế yêu cầu`, `Công ty Việt Á đã`).
 */
export const NOT_NAME_SYLLABLES: ReadonlySet<string> = new Set(
  ("đã sẽ đang là có và của cho với tại được bị không cũng vẫn này đó thì mà như để từ về ra vào trong ngoài trên " +
   "dưới theo sau trước khi các những một hai ba đến nay vừa mới còn rất đều cùng gồm thuộc yêu đề nói làm trao tặng " +
   "thăm tiếp gặp dự hoặc hay nhưng do vì nên nếu khóa lần số năm ngày tháng").split(" "));

/**
 * Fields of work that complete a body head (`Sở Nội vụ`, `Sở Tài nguyên và Môi trường`, `Vụ
 * Ngân sách nhà nước`): data/lexicon/body-fields.txt plus those derived from data/bodies.tsv.
 * Inside one, `vụ`, `trường`, `làm` are syllables of the field, not heads or verbs.
 */
export const FIELD_TRIE = new PhraseTrie<true>();
for (const f of [...BODY_FIELDS_LISTED, ...BODY_FIELDS_DERIVED]) FIELD_TRIE.add(f, true);

/** Legal-form words inside a company's name (`Công ty Cổ phần`, `TNHH một thành viên`). */
export const FIRM_FORM_TRIE = new PhraseTrie<true>();
for (const f of ["cổ phần", "CP", "TNHH", "trách nhiệm hữu hạn", "một thành viên", "MTV", "hai thành viên", "hai thành viên trở lên", "liên doanh", "hợp danh", "tư nhân", "TMCP", "thương mại cổ phần"]) FIRM_FORM_TRIE.add(f, true);
