/**
 * PERSON: a model of Vietnamese names, not a list of people.
 *
 * - A name is a family name (data/lexicon/surnames.tsv, compounds such as `Tôn Thất`
 *   included) followed by 1-4 capitalised syllables; it stops before a place-unit word, a
 *   title or a body head. A strong family name (`Nguyễn`) needs no cue; a weak one, which is
 *   also a common word or place syllable (`Hà`, `Văn`), needs a cue or 3+ syllables.
 * - After a cue (`ông`, `bà`, `đồng chí`, `bị can`, ranks and degrees; data/lexicon/
 *   person-cues.tsv) or a ROLE, any capitalised run of 1-4 words is a name (given names
 *   alone, foreign names: `ông Lĩnh`, `Tổng thống Mỹ Donald Trump`, `bà Yoonhee Kim`).
 * - Bylines and photo credits: a line holding only a name or dash-separated names (`Thu Hà`,
 *   `Sơn Hà - Phạm Dự`, each a PERSON), a name after `Ảnh:` / `Video:` / `Tác giả:` (and the
 *   names dashed after it), or 2-4 capitalised words closing the article after a sentence
 *   (`… phê chuẩn. Thu Trang`); initials (`TH`, `N.H`) are not names.
 * - Back-references: a given name alone (`Thọ`) or after a cue resolves to the full name of a
 *   person named earlier or later in the article (`name`).
 * - Not a person: runs after place classifiers, doctrine or award words (data/lexicon/
 *   name-blockers.tsv), or inside ROLE/ORG/LOC spans found earlier.
 * @module
 */
import type { Candidate, Doc, Matcher } from "../../pipeline/types.js";
import type { Token } from "../../tokenize/index.js";
import { CHINESE_SURNAMES, FIRM_NAME_WORDS, NAME_BLOCKERS } from "../../match/lexicon.generated.js";
import { isWordPairOf } from "../../data/word-pairs.js";
import { BODY_TRIE, CUE_TRIE, GIVEN_SET, isAllCaps, isCapWord, LATIN_WORD, NAME_STOP_SET, PhraseTrie, SURNAME_TRIE, TITLE_TRIE, UNIT_TRIE, vietnameseWord, type CueKind, type SurnameStrength } from "../../match/lexicons.js";
import { coveredBy, insideGazetteerPlaces } from "../../match/covered.js";

const BLOCKER_TRIE = new PhraseTrie<string>();
for (const [p, why] of NAME_BLOCKERS) BLOCKER_TRIE.add(p!, why!);

/**
 * Hán-Việt readings of Chinese family names (data/lexicon/chinese-surnames.tsv, the Bách gia
 * tính). Most are also common words (`Tiền`, `Thủy`), so they count as (weak) family names only
 * in an article about China or its places (CHINESE_PLACES), never elsewhere.
 */
const CHINESE_SURNAME_TRIE = new PhraseTrie<true>();
for (const [s] of CHINESE_SURNAMES) CHINESE_SURNAME_TRIE.add(s!, true);
/** Places whose people bear Chinese names read in Hán-Việt: an article naming one is about Chinese people. */
const CHINESE_PLACES: ReadonlySet<string> = new Set(["nuoc:trung-quoc", "nuoc:dai-loan", "noi:hong-kong", "noi:ma-cao"]);

/**
 * Labels that introduce a photo/video credit or a source (`Ảnh: Thu Hà`, `Theo Thu Hà/TTXVN`),
 * each with an example in PERSON_CREDIT_TABLE (./examples.ts): one word before a colon or a
 * slash, or capitalised before the name; or two words before a colon.
 */
export const CREDIT_LABELS: readonly { labels: readonly string[] }[] = [
  { labels: ["ảnh", "video", "clip", "nguồn", "theo", "đồ", "họa"] },
  { labels: ["tác giả", "thực hiện", "trình bày", "bài viết"] },
];
const [oneWordLabels, twoWordLabels] = CREDIT_LABELS;
/** Words that introduce a photo/video credit or a source. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(oneWordLabels!.labels);
/** Two-word credit labels before a colon (`Tác giả: Trang Lê`). */
const CREDIT_PAIRS: ReadonlySet<string> = new Set(twoWordLabels!.labels);

/** A capitalised run that could be (part of) a name. */
interface Run { first: number; last: number; surname: "strong" | "weak" | null; surnameEnd: number; repeated: boolean }

const MAX_GIVEN = 4;

/** Middle and given-name syllables (data/lexicon/given-syllables.tsv, from a name list). */
const GIVEN = GIVEN_SET;

/**
 * True when the capitalised syllable at `k` and the lower-case syllable after it make a common
 * word (`Cảnh cáo`, `Thu nhập`, `Nghĩa trang`, `Hạ viện`): a lone syllable there is that word,
 * not a given name standing for a person.
 */
function completesWord(toks: readonly Token[], k: number): boolean {
  const t = toks[k], n = toks[k + 1];
  if (!t || !n || n.kind !== "word" || n.upper || n.lineBefore || !n.spaceBefore) return false;
  // A two-syllable word of the Viet74K list (src/data/word-pairs.ts) led by a given-name syllable.
  return GIVEN.has(t.lower) && isWordPairOf(t.lower, n.lower);
}

/** True when the capitalised syllable at `k` is followed by a number on its line (`Đoàn 559`, `Binh đoàn 12`): a numbered unit's name. */
function numberedUnit(toks: readonly Token[], k: number): boolean {
  const n = toks[k + 1];
  return !!n && n.kind === "number" && !n.lineBefore && n.spaceBefore;
}

/** The ten heavenly stems and twelve earthly branches: `Đinh Dậu` names a lunar year, not a person. */
const STEMS: ReadonlySet<string> = new Set(["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"]);
const BRANCHES: ReadonlySet<string> = new Set(["tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"]);
function isLunarYearName(toks: readonly Token[], first: number, last: number): boolean {
  return last === first + 2 && STEMS.has(toks[first]!.lower) && BRANCHES.has(toks[first + 1]!.lower);
}

/**
 * Where a run repeats its own first syllables (`Dương Cương Dương Cương`: a photo caption run
 * into the sentence after it), the end of the first copy; else `last`.
 */
function repeatEnd(toks: readonly Token[], first: number, last: number): number {
  for (let p = 2; p <= 3 && first + p < last; p++) {
    let same = true;
    for (let j = 0; j < p && same; j++) {
      const a = toks[first + j]!, b = toks[first + p + j];
      same = !!b && b.kind === "word" && b.lower === a.lower && (first + p + j < last || (j > 0 && !b.lineBefore));
    }
    if (same) return first + p;
  }
  return last;
}

/** True when token `k` may be a syllable of a name (not the first one). */
function nameSyllable(toks: readonly Token[], k: number, allCaps: boolean, covered: Uint8Array): boolean {
  const t = toks[k];
  if (!t || t.kind !== "word" || !t.upper || t.lineBefore || !t.spaceBefore) return false;
  if (covered[t.start]) return false;
  if (isAllCaps(t) !== allCaps && t.text.length > 1) return false;
  // A biography's field label run into the name before it (`Ảnh: Lạc Nguyệt Sinh ngày: 12/6/1953`).
  if (t.lower === "sinh" && birthLabelAt(toks, k)) return false;
  // A capitalised `Ông`/`Bà` opens the next sentence (`… Ảnh: TTXVN Ông Khổng Văn Lạc`), never a name's syllable.
  if ((t.lower === "ông" || t.lower === "bà") && isCapWord(toks[k + 1]) && !toks[k + 1]!.lineBefore) return false;
  // A place-unit word is also a given name (`Nguyễn Văn Tỉnh`): the unit test below decides, not the stop list.
  if (NAME_STOP_SET.has(t.lower) && UNIT_TRIE.wordValue(t.lower) === undefined) return false;
  // Each trie asked once (this runs at every syllable of every name).
  const title = TITLE_TRIE.longest(toks, k), body = BODY_TRIE.longest(toks, k), u = UNIT_TRIE.longest(toks, k);
  if (title || body || u) {
    // `Lê Bộ Lĩnh`: a head word inside a name only when a capitalised syllable follows and no body parse would.
    const tt = title ?? body ?? u;
    if (tt && tt.end > k + 1) return false;
    // A place-unit word ends the name where it introduces a place (`Nguyễn Văn A Xã Tân Lập`);
    // with nothing proper after it, it is a given name (`Nguyễn Xuân Đường`, `Lê Văn Phố`).
    if (u) {
      const after = toks[u.end];
      if (u.end > k + 1 || (after && !after.lineBefore && ((after.kind === "word" && after.upper) || after.kind === "number" || after.kind === "abbr"))) return false;
    }
    if (title) return false;
  }
  return true;
}

/** True when `Sinh` at `k` opens a birth field: `Sinh ngày: …`, `Sinh ngày 12/6/1953`, `Sinh năm: 1953`. */
function birthLabelAt(toks: readonly Token[], k: number): boolean {
  const w = toks[k + 1], n = toks[k + 2];
  return !!w && !!n && !w.upper && (n.text === ":" ? w.lower === "ngày" || w.lower === "năm" : w.lower === "ngày" && (n.kind === "number" || n.kind === "date"));
}

/** The words that open the names of the Ê Đê, Jrai and M'nông (`Y` for men, `H'` for women), whose family name comes last. */
const HIGHLAND_PREFIXES: ReadonlySet<string> = new Set(["y", "h'"]);

/** The capitalised run at `i` (surname-led or not), or null. */
function runAt(toks: readonly Token[], i: number, covered: Uint8Array, chinese = false): Run | null {
  const t = toks[i]!;
  if (t.kind !== "word" || !t.upper || covered[t.start]) return null;
  if (NAME_STOP_SET.has(t.lower)) return null;
  const allCaps = isAllCaps(t) && t.text.length > 1;
  const s = SURNAME_TRIE.longest(toks, i) ?? (chinese ? chineseSurnameAt(toks, i) : null);
  let k = s ? s.end : i + 1;
  if (!s && (TITLE_TRIE.longest(toks, i) || BODY_TRIE.longest(toks, i) || UNIT_TRIE.longest(toks, i))) return null;
  let limit = (s ? s.end : i) + MAX_GIVEN;
  for (;;) {
    while (k < limit && nameSyllable(toks, k, allCaps, covered)) k++;
    // A romanised hyphenated name inside the run (`Jean-Luc Marchal`): the two parts and the dash are one syllable.
    if (k < limit && k + 2 <= toks.length && hyphenatedPart(toks, k, covered) && toks[k + 1]!.upper && nameSyllable(toks, k + 2, allCaps, covered)) { k += 2; limit += 2; continue; }
    break;
  }
  // Two names run together (rare): split before a strong surname once the first has 2+ syllables.
  // Not in an Ê Đê or Jrai name led by its `Y` / `H'`, whose family name stands last (`Y Thanh Hà Niê Kđăm`).
  if (k - i > 4 && !HIGHLAND_PREFIXES.has(t.lower)) {
    for (let m = i + 2; m < k - 1; m++) if (SURNAME_TRIE.longest(toks, m)?.value === "strong") { k = m; break; }
  }
  const whole = k;
  if (k - i >= 3) k = repeatEnd(toks, i, k);
  return { first: i, last: k, surname: s ? s.value : null, surnameEnd: s ? s.end : i, repeated: k < whole };
}

/**
 * A Chinese family name read in Hán-Việt at `i` (CHINESE_SURNAME_TRIE), as a weak family name;
 * not where it and the next syllable make a common word (`Quốc phòng`, `Văn phòng`).
 */
function chineseSurnameAt(toks: readonly Token[], i: number): { end: number; value: SurnameStrength } | null {
  const c = CHINESE_SURNAME_TRIE.longest(toks, i);
  if (!c) return null;
  const n = toks[c.end];
  if (n && n.kind === "word" && isWordPairOf(toks[c.end - 1]!.lower, n.lower)) return null;
  return { end: c.end, value: "weak" };
}

/**
 * The cue ending right before token `i`, if any. A one-word kinship cue that ends a common
 * two-syllable word with the syllable before it is that word (`công bố Lệnh`, `tuyên bố`, `vợ chồng`).
 * (Not asked of honorifics: the word list also holds `bầu ông`, `cho bà`.)
 */
function cueBefore(toks: readonly Token[], i: number): CueKind | null {
  for (let j = Math.max(0, i - 5); j < i; j++) {
    const c = CUE_TRIE.longest(toks, j, i);
    if (c && c.end === i && !(j === i - 1 && c.value === "kin" && cueInsideWord(toks, j))) return c.value;
  }
  return null;
}

/** True when the lower-case cue word at `j` ends a two-syllable word of the list with the lower-case syllable before it. */
function cueInsideWord(toks: readonly Token[], j: number): boolean {
  const p = toks[j - 1], c = toks[j]!;
  return !!p && p.kind === "word" && !p.upper && !c.upper && !c.lineBefore && c.spaceBefore && isWordPairOf(p.lower, c.lower);
}

/** True when an honorific (`ông`, `bà`, `đồng chí`) or a credit label (`Ảnh:`) stands right before token `i`. */
function namedByCue(toks: readonly Token[], i: number): boolean {
  if (toks[i]!.lineBefore) return false;
  if (cueBefore(toks, i) === "honorific") return true;
  return toks[i - 1]?.text === ":" && creditLabelBefore(toks, i);
}

/** True when a credit label (`Ảnh`, `Thực hiện`) stands before the `:` or `/` at token `i - 1`. */
function creditLabelBefore(toks: readonly Token[], i: number): boolean {
  return CREDIT_WORDS.has(toks[i - 2]?.lower ?? "") || CREDIT_PAIRS.has(`${toks[i - 3]?.lower} ${toks[i - 2]?.lower}`);
}

/**
 * Syllables that lead a two-syllable word naming a place by its unit word (`con đường`, `dãy núi`,
 * `bờ biển`, `nhà ga`): such a word still introduces a place (`tuyến đường Lê Duẩn`).
 */
const PLACE_NOUN_LEADS: ReadonlySet<string> = new Set(["con", "tuyến", "mặt", "dãy", "hòn", "quần", "bờ", "vùng", "cửa", "bãi", "nhà", "bến", "khu", "góc", "cây", "dòng", "ngọn", "lòng", "đường", "phố"]);

/**
 * True when the one-word unit at `j` ends a common two-syllable word with the lower-case syllable
 * before it (`yêu cầu`, `văn bản`, `kết xã`): a verb or noun, not a place's unit word, unless
 * that word names a place itself (PLACE_NOUN_LEADS).
 */
function unitInsideWord(toks: readonly Token[], j: number): boolean {
  const p = toks[j - 1], u = toks[j]!;
  if (!p || p.kind !== "word" || p.upper || u.upper || u.lineBefore || !u.spaceBefore) return false;
  return !PLACE_NOUN_LEADS.has(p.lower) && isWordPairOf(p.lower, u.lower);
}

/** True when a blocker (doctrine, award, place classifier) ends right before token `i`. */
function blockedBefore(toks: readonly Token[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    if (BLOCKER_TRIE.longest(toks, j, i)?.end === i) return true;
    const u = UNIT_TRIE.longest(toks, j, i);
    if (u && u.end === i && !(u.end === j + 1 && unitInsideWord(toks, j))) return true;
  }
  return false;
}

/** True when token `i` starts a line that ends after token `last - 1` (a byline). */
function aloneOnLine(toks: readonly Token[], i: number, last: number): boolean {
  return (i === 0 || toks[i]!.lineBefore) && (last >= toks.length || toks[last]!.lineBefore);
}

/** Dashes that separate the names of a byline (the normaliser folds en/em dashes to `-`). */
const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);
/** Tokens that end a sentence, before a closing byline. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "./.", "!", "?", "…", "...", "”", "\""]);

/** True when the end mark `./.` (or `/.`) stands right before token `i`, on the same line. */
function afterEndMarkAt(toks: readonly Token[], i: number): boolean {
  const a = toks[i - 1], b = toks[i - 2];
  return !!a && !!b && !toks[i]!.lineBefore && a.text === "." && b.text === "/" && !a.spaceBefore;
}

/** True when a byline name may end before token `k`: the line's or text's end, a dash to the next name, a slash before the agency. */
function bylineEnds(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  return !t || t.lineBefore || t.text === "/" || DASHES.has(t.text);
}

/** True when token `k` is a lower-case word on the same line (the sentence goes on). */
function lowerWordAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.kind === "word" && !t.upper && !t.lineBefore;
}

/** True when nothing but white space follows token `last - 1`. */
function endsDocument(toks: readonly Token[], last: number): boolean {
  return last >= toks.length;
}

/**
 * True when `run` starts (or, `continued`, goes on with) a chain of 2+ names of 2-4 syllables joined by dashes that fills the rest
 * of its line, or ends at a `/` before an agency (`Sơn Hà - Phạm Dự`, `Thế Kha - Tuấn Hợp/Dân Trí`).
 * Only the names of one line are visited, so the whole byline pass stays linear.
 */
function bylineChain(toks: readonly Token[], run: Run, continued: boolean, covered: Uint8Array): boolean {
  let r: Run | null = run, names = 0;
  for (let guard = 0; r && guard < 6; guard++) {
    const len = r.last - r.first;
    if (len < 2 || len > 4) return false;
    names++;
    const next = toks[r.last];
    if (!next || next.lineBefore || next.text === "/") return names >= 2 || continued;
    if (!DASHES.has(next.text)) return false;
    const after = toks[r.last + 1];
    if (!after || after.lineBefore) return false;
    r = runAt(toks, r.last + 1, covered);
  }
  return false;
}

/** Letters only, ASCII: a romanised syllable, not a Vietnamese one with its marks. */
const ROMAN_SYLLABLE = /^[A-Za-z]{1,10}$/;

/**
 * True when the name ending before token `k` goes on with a hyphen glued to both sides and a
 * romanised syllable at the end of the name (`Jae-in`, `Jong-un`, `Jean-Pierre`): the name's last syllable is romanised
 * too, the syllable is not all capitals (`Lạc-TTXVN` is a credit) and no body or role covers it.
 */
function hyphenatedPart(toks: readonly Token[], k: number, covered: Uint8Array): boolean {
  const before = toks[k - 1], dash = toks[k], part = toks[k + 1];
  if (!before || !dash || !part || dash.text !== "-" || dash.spaceBefore || part.spaceBefore || part.kind !== "word") return false;
  if (covered[part.start] || (part.text.length > 1 && isAllCaps(part)) || (before.text.length > 1 && isAllCaps(before))) return false;
  if (ROMAN_SYLLABLE.test(before.text) && ROMAN_SYLLABLE.test(part.text)) return true;
  // With accented letters (`Díaz-Canel`, `Nguyễn-Smith`, `Jean-Noël`): Latin words where one side
  // at least is no Vietnamese syllable; two Vietnamese syllables are a name and what follows it
  // (`Lạc-Giám đốc`).
  if (!LATIN_WORD.test(before.text) || !LATIN_WORD.test(part.text)) return false;
  return !vietnameseWord(before.lower) || !vietnameseWord(part.lower);
}


/** Letters only, all capitals: a syllable written in capitals (`TRẦN`, `A`), as bylines and headings write names. */
const CAPS_LETTERS = /^\p{Lu}{1,7}$/u;

/**
 * True when token `t` is a syllable in capitals (the tokeniser makes two capitals or more an
 * `abbr`, so `TRẦN` is one): letters only, no dot, dash or digit (`TP.HCM`, `BR-VT` are not).
 */
function capsSyllable(t: Token | undefined): t is Token {
  // `upper` and the length first: the regex only for the few tokens that may pass it.
  return !!t && t.upper && t.text.length <= 7 && (t.kind === "word" || t.kind === "abbr") && CAPS_LETTERS.test(t.text);
}

/** True when the capitals at `t` are a plausible middle or given name: the name list's syllables, a family name, a letter (`TRẦN VĂN A`). */
function capsGivenSyllable(t: Token): boolean {
  return GIVEN.has(t.lower) || SURNAME_TRIE.wordValue(t.lower) !== undefined || t.text.length === 1;
}

/** A name in capitals written in the ordinary case (`TRẦN VĂN A` → `Trần Văn A`), the `name` its mentions share. */
function titleCase(toks: readonly Token[], first: number, last: number): string {
  const parts: string[] = [];
  for (let k = first; k < last; k++) { const w = toks[k]!.lower; parts.push(w.charAt(0).toUpperCase() + w.slice(1)); }
  return parts.join(" ");
}

/**
 * The name in capitals at `i`: a family name and 1-3 syllables of the name list, or (`surname`
 * null) 2-3 such syllables alone (a pen name, `HỒNG HÀ`). Null when token `i` starts none.
 */
function capsRunAt(toks: readonly Token[], i: number, covered: Uint8Array): { last: number; surname: SurnameStrength | null } | null {
  const t = toks[i]!;
  if (!capsSyllable(t) || t.text.length < 2 || covered[t.start]) return null;
  const s = SURNAME_TRIE.longest(toks, i);
  for (let k = i + 1; s && k < s.end; k++) if (!capsSyllable(toks[k])) return null;
  if (!s && !GIVEN.has(t.lower)) return null;
  let k = s ? s.end : i + 1;
  const limit = (s ? s.end : i) + 3;
  while (k < limit && capsSyllable(toks[k]) && !toks[k]!.lineBefore && toks[k]!.spaceBefore && !covered[toks[k]!.start] && capsGivenSyllable(toks[k]!)) k++;
  if (k - i < 2 || (s && k === s.end)) return null;
  return { last: k, surname: s ? s.value : null };
}

/**
 * True when a name in capitals ending before token `k` ends its line as a byline does: the line's
 * or text's end, a bracket (`HỒNG HÀ (Thực hiện)`), a slash before the agency, a dash to the next name.
 */
function capsBylineEnds(toks: readonly Token[], k: number): boolean {
  return bylineEnds(toks, k) || toks[k]!.text === "(";
}

/** The index of the first token of the text's last line (a closing byline is on it). */
function lastLineStart(toks: readonly Token[]): number {
  let j = toks.length - 1;
  while (j > 0 && !toks[j]!.lineBefore) j--;
  return Math.max(j, 0);
}

/** A field label that introduces a biography's subject (`Họ và tên:`, `Họ tên:`), ending right before token `i`. */
function afterNameLabel(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.text !== ":") return false;
  const a = toks[i - 2]?.lower, b = toks[i - 3]?.lower, c = toks[i - 4]?.lower;
  return (a === "tên" && b === "họ") || (a === "tên" && b === "và" && c === "họ");
}

/**
 * Titles of state posts that a foreign holder's family name alone may follow (`Tổng thống Putin`,
 * `Ngoại trưởng Lavrov`, `Thủ tướng Abe`): heads of state and government, ministers, envoys,
 * monarchs, legislators. Not business titles (`Giám đốc Google` names a company).
 */
const FOREIGN_NAME_TITLES: readonly string[] = ["tổng thống", "phó tổng thống", "thủ tướng", "phó thủ tướng", "ngoại trưởng", "bộ trưởng", "quốc vương", "nhà vua", "nữ hoàng", "hoàng tử", "công chúa", "thái tử", "đại sứ", "tổng thư ký", "thị trưởng", "thống đốc", "thủ hiến", "thượng nghị sĩ", "hạ nghị sĩ", "nghị sĩ", "chủ tịch hạ viện", "chủ tịch thượng viện", "chủ tịch quốc hội", "giáo hoàng", "tổng tư lệnh", "người phát ngôn", "phát ngôn viên"];

/** True when the ROLE `role` is a state post a foreign family name alone may follow (FOREIGN_NAME_TITLES). */
function foreignNameTitle(text: string, role: Candidate): boolean {
  const t = text.slice(role.start, role.end).toLowerCase();
  return FOREIGN_NAME_TITLES.some((x) => t === x || t.startsWith(x + " "));
}

/** True when token `t` is one romanised word that is no Vietnamese syllable (`Putin`, `Müller`; not `Minh`, `Tan`). */
function foreignWord(t: Token | undefined): t is Token {
  return !!t && t.kind === "word" && t.upper && t.text.length >= 3 && LATIN_WORD.test(t.text) && !isAllCaps(t) && !vietnameseWord(t.lower);
}

/**
 * The end of a foreign name written with initials at `i` (`V.Putin`, `D. Trump`, `V.I. Lenin`): one
 * to three capital letters each with its dot, then a romanised word; or `i` when there is none.
 * Initials alone (`N.H`, a credit) are no name.
 */
function initialsNameEnd(toks: readonly Token[], i: number): number {
  let k = i, n = 0;
  while (n < 3) {
    const l = toks[k], dot = toks[k + 1];
    if (!l || l.kind !== "word" || l.text.length !== 1 || !l.upper || !ROMAN_SYLLABLE.test(l.text) || (n > 0 && l.spaceBefore) || !dot || dot.text !== "." || dot.spaceBefore) break;
    k += 2; n++;
  }
  if (n === 0) return i;
  const w = toks[k];
  return foreignWord(w) && !w.lineBefore ? k + 1 : i;
}

/**
 * True when the run [i, last) is listed right after a person's name found just before it: a comma
 * or `và` between, and the list going on after it (`và`, or a comma and a capital) unless it was
 * `và` before (`A, B và C`: B and C).
 */
function listedAfterName(toks: readonly Token[], i: number, last: number, out: readonly Candidate[]): boolean {
  const sep = toks[i - 1], before = toks[i - 2], prevName = out[out.length - 1];
  if (!sep || !before || !prevName || toks[i]!.lineBefore || sep.lineBefore || prevName.end !== before.end || prevName.type !== "PERSON") return false;
  // A body listed after the person (`Trần Văn A và Đoàn Đại biểu …`): a head word, or a last syllable that makes a word with the next.
  if (BODY_TRIE.longest(toks, i) || startsWord(toks, last - 1)) return false;
  if (sep.lower === "và") return true;
  if (sep.text !== ",") return false;
  const next = toks[last];
  return !!next && !next.lineBefore && (next.lower === "và" || (next.text === "," && isCapWord(toks[last + 1]) && !toks[last + 1]!.lineBefore));
}

/**
 * Words that open a clause's predicate right after its subject (`cho biết`, `nói`, `đã`): after
 * them, a run of romanised words is a person who speaks or acts. A company's name takes them too
 * (`Goldman Sachs cho biết`), so the run's last word must not be a word of firm names (FIRM_WORDS).
 */
const PREDICATE_STARTS: ReadonlySet<string> = new Set(["cho", "nói", "khẳng", "nhấn", "tuyên", "phát", "bày", "kêu", "nhận", "cảnh", "đã", "sẽ", "đang", "vừa", "từng", "cũng", "gặp", "tiếp", "thăm", "điện", "hội", "ký"]);
/** Last words of companies' and media's romanised names (`Group`, `Bank`, `Times`; data/lexicon/firm-words.txt): such a run is no person. */
const FIRM_WORDS: ReadonlySet<string> = new Set(FIRM_NAME_WORDS);

/**
 * True when the run [first, last) is 2-3 romanised words that are no Vietnamese syllables, no
 * place the gazetteer knows, standing alone (no capitalised word on either side) and followed by
 * a predicate's first word (PREDICATE_STARTS): `Hôm qua, Donald Trump cho biết …`.
 */
function foreignSubject(toks: readonly Token[], first: number, last: number, placeAt: ReadonlyMap<number, Candidate>): boolean {
  for (let k = first; k < last; k++) if (!foreignWord(toks[k]) || placeAt.has(toks[k]!.start)) return false;
  const before = toks[first - 1], after = toks[last];
  if (before && !toks[first]!.lineBefore && (before.kind === "abbr" || isCapWord(before))) return false;
  if (FIRM_WORDS.has(toks[last - 1]!.lower)) return false;
  return !!after && after.kind === "word" && !after.upper && !after.lineBefore && PREDICATE_STARTS.has(after.lower);
}

/** True when the capitalised syllable at `k` and the lower-case one after it make a two-syllable word of the list (`Giáo dục`). */
function startsWord(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!, n = toks[k + 1];
  return !!n && n.kind === "word" && !n.upper && !n.lineBefore && n.spaceBefore && isWordPairOf(t.lower, n.lower);
}

/**
 * The body or post that ends right before a province's or city's unit word before token `i`
 * (`Phó Giám đốc Sở Tài chính TP Nguyễn Văn A`, `Giám đốc Sở Tài chính tỉnh Nguyễn Văn A`: the
 * unit is the body's province, the name its holder's), for a full name with a strong family name
 * that is no place the gazetteer knows (`TP Hồ Chí Minh`); else undefined. Not after a district's
 * or ward's unit word: those are often named after people (`quận Lê Chân`, `phường Nguyễn Du`).
 */
function unitAfterBody(toks: readonly Token[], i: number, bodyEnds: ReadonlyMap<number, Candidate>, run: Run, placeAt: ReadonlyMap<number, Candidate>): Candidate | undefined {
  const unit = toks[i - 1];
  if (!unit || unit.lineBefore || !unit.spaceBefore || placeAt.has(toks[i]!.start)) return undefined;
  let before = toks[i - 2];
  if (PROVINCE_UNITS.has(unit.lower)) { /* one word */ }
  else if (PROVINCE_UNIT_TAILS.has(unit.lower) && before && PROVINCE_UNIT_HEADS.has(`${before.lower} ${unit.lower}`) && !before.lineBefore) before = toks[i - 3];
  else return undefined;
  if (!before || run.surname !== "strong" || run.last - run.first < 2 || run.last === run.surnameEnd) return undefined;
  return bodyEnds.get(before.end);
}
/** One-word unit words of provinces and cities (`tỉnh`, `TP`, `TX`). */
const PROVINCE_UNITS: ReadonlySet<string> = new Set(["tỉnh", "tp", "tx"]);
/** Two-word ones (`thành phố`, `thị xã`), by their last word and whole. */
const PROVINCE_UNIT_TAILS: ReadonlySet<string> = new Set(["phố", "xã"]);
const PROVINCE_UNIT_HEADS: ReadonlySet<string> = new Set(["thành phố", "thị xã"]);

/**
 * The end of a closing byline at `i` whose first word is a stop word or a head word, which the
 * name runs refuse (`Nguyên`, `Trường`): 2-4 capitalised given-name syllables after the end mark
 * `./.` up to a slash, dash or the line's end, or after a sentence's end up to the text's end;
 * else `i`.
 */
function closingBylineEnd(toks: readonly Token[], i: number): number {
  const t = toks[i]!, prev = toks[i - 1];
  if (t.lineBefore || !prev) return i;
  // The rarest condition first (this runs at every capitalised word): a sentence's end or the end mark.
  const endMark = afterEndMarkAt(toks, i);
  if (!endMark && !SENTENCE_ENDS.has(prev.text)) return i;
  if (isAllCaps(t)) return i;
  if (!NAME_STOP_SET.has(t.lower) && !BODY_TRIE.longest(toks, i) && !TITLE_TRIE.longest(toks, i)) return i;
  let k = i;
  while (k - i < 4 && isCapWord(toks[k]) && GIVEN.has(toks[k]!.lower) && !isAllCaps(toks[k]!) && (k === i || (!toks[k]!.lineBefore && toks[k]!.spaceBefore))) k++;
  if (k - i < 2) return i;
  return (endMark ? bylineEnds(toks, k) : endsDocument(toks, k)) ? k : i;
}

/** Modifiers that may stand between a name and its post (`Khổng Lạc, nguyên Giám đốc Sở`): they stay outside the ROLE. */
const POST_MODIFIERS: ReadonlySet<string> = new Set(["nguyên", "cựu", "tân", "đương", "kiêm"]);
/** Words after which a capitalised run is a place, not a person set off by a post (`Tại Đông Anh, Chủ tịch UBND huyện …`). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["tại", "ở", "đến", "tới", "về", "từ", "thăm", "của", "trên", "ra", "vào", "qua", "khắp", "sang", "giữa", "quanh", "xã", "huyện", "tỉnh"]);

/**
 * True when the run [first, last) stands as a name set off by its post (apposition): a comma
 * after it, then a ROLE (over a modifier, `nguyên`); before it, no place preposition. The run is
 * a family name with given-name syllables (a weak family name with two syllables too, `Hà Khải`),
 * or romanised foreign words (`Igor Vasin`).
 */
function appositionName(toks: readonly Token[], first: number, last: number, surname: Run["surname"], surnameEnd: number, roleStarts: ReadonlySet<number>): boolean {
  const comma = toks[last], next = toks[last + 1];
  if (!comma || comma.text !== "," || comma.lineBefore || !next || next.lineBefore) return false;
  const roleAt = roleStarts.has(next.start) || (POST_MODIFIERS.has(next.lower) && !!toks[last + 2] && !toks[last + 2]!.lineBefore && roleStarts.has(toks[last + 2]!.start));
  if (!roleAt) return false;
  const prev = toks[first - 1];
  if (prev && !toks[first]!.lineBefore && prev.kind === "word" && (prev.upper || PLACE_PREPOSITIONS.has(prev.lower))) return false;
  if (surname) {
    for (let k = surnameEnd; k < last; k++) if (!GIVEN.has(toks[k]!.lower)) return false;
    return last > surnameEnd;
  }
  for (let k = first; k < last; k++) if (!foreignWord(toks[k])) return false;
  return true;
}

/** Middle names that mark a Vietnamese personal name (`Nguyễn Văn A`, `Lê Thị B`): no place or body has them second. */
const MIDDLE_NAMES: ReadonlySet<string> = new Set(["văn", "thị"]);

/** A lower-cased word of a romanised name, maybe hyphenated (`biden`, `jae-in`). */
const ROMANISED_NAME_PART = /^[a-z]{2,12}(?:-[a-z]{1,10})?$/;

/** Lengths of a back-reference, longest first (`Xuân Phúc`, then `Phúc`). */
const BACK_REFERENCE_LENGTHS: readonly number[] = [3, 2, 1];

/** Options of the PERSON matcher. */
export interface PersonMatcherOptions { /* reserved: a gazetteer of officials for `ref` */ }

/** The PERSON matcher. */
export function createPersonMatcher(_opts: PersonMatcherOptions = {}): Matcher {
  return {
    id: "person",
    match(doc: Doc, found: readonly Candidate[]): Candidate[] {
      const toks = doc.tokens;
      // A title read across a country's last syllable and a name (`Trung Quốc Vương Nghị` holds no
      // `Quốc vương`): a ROLE that starts inside a place the gazetteer found covers nothing here.
      const insidePlace = insideGazetteerPlaces(doc, found);
      const straddles = (c: Candidate) => c.type === "ROLE" && insidePlace[c.start] === 1;
      const covered = coveredBy(doc, found, (c) => (c.type === "ROLE" && !straddles(c)) || c.type === "ORG" || (c.type === "LOC" && c.rule.startsWith("loc/")));
      const coveredByBody = coveredBy(doc, found, (c) => (c.type === "ROLE" && !straddles(c)) || c.type === "ORG");
      const roleEnds = new Map<number, Candidate>();
      const roleStarts = new Set<number>();
      // Countries the gazetteer found, by start: a cue, a country, a name (`người đồng cấp Trung Quốc Vương Nghị`).
      const countryAt = new Map<number, Candidate>();
      // Places the gazetteer found, by start: a post, a place, a name (`Thống đốc Gyeonggi Lee Jae-myung`).
      const placeAt = new Map<number, Candidate>();
      // Ends of bodies and posts: `Sở Tài chính TP Nguyễn Văn A`, the city's unit word between.
      const bodyEnds = new Map<number, Candidate>();
      let chinese = false;
      // Starts of dates: a byline and its dateline (`Lạc Nguyệt - Thứ năm, 13/03/2025`).
      const dateStarts = new Set<number>();
      for (const c of found) {
        if (c.type === "DATE") dateStarts.add(c.start);
        if (c.type === "ROLE") { if (!straddles(c)) { roleEnds.set(c.end, c); roleStarts.add(c.start); bodyEnds.set(c.end, c); } }
        else if (c.type === "ORG") bodyEnds.set(c.end, c);
        else if (c.type === "LOC" && c.ref) {
          if (c.ref.startsWith("nuoc:")) countryAt.set(c.start, c);
          if (c.rule.startsWith("gazetteer:")) placeAt.set(c.start, c);
          if (CHINESE_PLACES.has(c.ref)) chinese = true;
        }
      }
      // Posts carried over a place to the name after it, by the name's first token.
      const carriedRole = new Map<number, Candidate>();
      // Cues carried over a country to the name after it, by the name's first token.
      const carried = new Map<number, CueKind>();
      const out: Candidate[] = [];
      const taken = new Uint8Array(toks.length);
      const add = (first: number, last: number, rule: string, name?: string, minPriority = 1) => {
        // A romanised East Asian or French given name keeps its glued hyphen (`Moon Jae-in`).
        if (name === undefined) while (last < toks.length && hyphenatedPart(toks, last, covered)) last += 2;
        const start = toks[first]!.start, end = toks[last - 1]!.end;
        // A name that an honorific or a credit label introduces is a person even where the same
        // words name a place (`ông Hồ Nam`, `Ảnh: Thanh Hải`): it outranks the gazetteer's LOC.
        const priority = rule === "person/cue-honorific" || rule === "person/credit" ? 3 : minPriority;
        out.push({ type: "PERSON", start, end, rule, priority, name: name ?? doc.text.slice(start, end) });
        taken.fill(1, first, last);
      };

      // Pass 1: full names, cued names, bylines and credits.
      let chainAt = -1;
      const lastLine = lastLineStart(toks);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        // A name in capitals (`TRẦN VĂN A`, `HỒNG HÀ`): bylines, biography headings, after a cue.
        const caps = capsRunAt(toks, i, covered);
        if (caps) {
          const prev = toks[i - 1];
          const cue = !t.lineBefore && cueBefore(toks, i) !== null;
          const credit = !t.lineBefore && !!prev && (prev.text === ":" || prev.text === "/") && creditLabelBefore(toks, i);
          const label = !t.lineBefore && afterNameLabel(toks, i);
          const byline = (i === 0 || t.lineBefore || chainAt === i) && capsBylineEnds(toks, caps.last);
          const len = caps.last - i;
          // After a cue, a credit or `Họ và tên:`; as a byline with a strong family name, or a weak
          // one (`HỒNG`, also a word) and 3 syllables; a strong family name and 3 syllables anywhere
          // (a heading); else (a pen name, `HỒNG HÀ`) only as the article's closing byline.
          const ok = cue || credit || label || (byline && (caps.surname === "strong" || (caps.surname === "weak" && len >= 3) || i >= lastLine)) ||
            (caps.surname === "strong" && len >= 3);
          if (ok) {
            // A byline or credit is never the subject of what follows (HOLDS reads the rule).
            const rule = cue || label ? "person/caps" : credit ? "person/credit" : byline ? "person/byline" : "person/caps";
            add(i, caps.last, rule, titleCase(toks, i, caps.last));
            if (DASHES.has(toks[caps.last]?.text ?? "") && !toks[caps.last]!.lineBefore) chainAt = caps.last + 1;
            i = caps.last - 1;
            continue;
          }
        }
        if (t.kind !== "word" || !t.upper) continue;
        // The closing byline whose first word is also a stop or head word (`./. Nguyên Khải/TTXVN`,
        // `… sai phạm. Trường Khải`): given-name syllables up to the agency or the text's end. Standing
        // there, it names the writer, not a body (`Trường …`): it outranks one of the same words.
        const closing = closingBylineEnd(toks, i);
        if (closing > i) { add(i, closing, "person/byline", undefined, 2); i = closing - 1; continue; }
        if (coveredByBody[t.start]) continue;
        // A place name after an honorific or a credit label is a person's name (`ông Hồ Nam`).
        const named = covered[t.start] ? namedByCue(toks, i) : false;
        if (covered[t.start] && !named) continue;
        // A capitalised cue (`Ông Thuận`, `Đại tá Lò Văn Xiển`) is not part of the name.
        // A one-word honorific written right after another is a given name (`bà Anh Thư`, `ông Em`).
        const cueWord = CUE_TRIE.longest(toks, i);
        const cueHere = cueWord && cueWord.end === i + 1 && cueWord.value === "honorific" && !t.lineBefore && cueBefore(toks, i) === "honorific" ? null : cueWord;
        if (cueHere && isCapWord(toks[cueHere.end]) && !toks[cueHere.end]!.lineBefore) { i = cueHere.end - 1; continue; }
        // A cue of several words names no one by itself (`Mẹ Việt Nam Anh hùng, …`): its words are not a name.
        if (cueHere && cueHere.end > i + 1) { i = cueHere.end - 1; continue; }
        // A cue, a country, a name: the cue is the name's (`nhà lãnh đạo Triều Tiên Kim Jong-un`). Not an
        // honorific: `bà Anh Thư` is a name, `Anh` no country there.
        const country = t.lineBefore ? undefined : countryAt.get(t.start);
        if (country) {
          const c = cueBefore(toks, i);
          let ce = i;
          while (ce < toks.length && toks[ce]!.end <= country.end) ce++;
          if (c && c !== "honorific" && isCapWord(toks[ce]) && !toks[ce]!.lineBefore && toks[ce]!.spaceBefore) { carried.set(ce, c); i = ce - 1; continue; }
        }
        // A foreign name with initials (`V.Putin`, `D. Trump`): the initials and the name.
        const initialsEnd = initialsNameEnd(toks, i);
        if (initialsEnd > i && !covered[toks[initialsEnd - 1]!.start]) { add(i, initialsEnd, "person/initials"); i = initialsEnd - 1; continue; }
        const prev = toks[i - 1];
        // A post, a place the gazetteer knows, a name: the post is the name's (`Thống đốc Gyeonggi
        // Lee Jae-myung`, `Thống đốc Aichi Hideaki Omura`); the place is no part of the name.
        const place = t.lineBefore || !prev || !roleEnds.has(prev.end) ? undefined : placeAt.get(t.start);
        if (place) {
          let pe = i;
          while (pe < toks.length && toks[pe]!.end <= place.end) pe++;
          if (pe > i && isCapWord(toks[pe]) && !toks[pe]!.lineBefore && toks[pe]!.spaceBefore && !placeAt.has(toks[pe]!.start)) { carriedRole.set(pe, roleEnds.get(prev!.end)!); i = pe - 1; continue; }
        }
        const run = runAt(toks, i, named ? coveredByBody : covered, chinese);
        if (!run || run.last <= run.first) continue;
        const len = run.last - run.first;
        const cue = t.lineBefore ? null : cueBefore(toks, i) ?? carried.get(i) ?? null;
        const roleBefore = carriedRole.get(i) ?? (prev && !t.lineBefore && t.spaceBefore ? roleEnds.get(prev.end) ?? unitAfterBody(toks, i, bodyEnds, run, placeAt) : undefined);
        const afterRole = !!roleBefore;
        // A capitalised label without a colon (`Theo Thu Hà/TTXVN`, `(Ảnh Thu Hà)`, `Ảnh Thu Hà. Tiếp đó, …`) only
        // where no lower-case word goes on after the name: `Theo Luật Tổ chức Quốc hội` is a sentence about a law.
        const credit = !!prev && (prev.text === ":" || prev.text === "/") && creditLabelBefore(toks, i) ||
          !!prev && CREDIT_WORDS.has(prev.lower) && prev.upper && !t.lineBefore && !lowerWordAt(toks, run.last);
        if (!cue && !afterRole && blockedBefore(toks, i)) { i = run.last - 1; continue; }
        // `Tết Nguyên đán Đinh Dậu`: a lunar year's name, unless an honorific makes it a person's.
        if (cue !== "honorific" && isLunarYearName(toks, run.first, run.last)) { i = run.last - 1; continue; }
        let ok = false, rule = "person/name";
        // A name written twice in a row (a photo caption run into the sentence under it): both copies.
        if (run.repeated && len >= 2 && (run.surname || len >= 3)) {
          add(run.first, run.last, "person/caption");
          add(run.last, 2 * run.last - run.first, "person/caption");
          i = 2 * run.last - run.first - 1;
          continue;
        }
        if (run.surname === "strong" && len >= 2 && run.last > run.surnameEnd) ok = true;
        else if (run.surname === "weak" && len >= 3) ok = true;
        // A family name the inventory lacks, then the middle names that only names have (`Văn`, `Thị`)
        // and a given name of the list: `Sần Văn Páo`, `Khà Thị Lụa`.
        else if (!run.surname && len === 3 && MIDDLE_NAMES.has(toks[i + 1]!.lower) && GIVEN.has(toks[i + 2]!.lower)) ok = true;
        // A given name alone needs an honorific (`ông Thọ`); after a degree or rank, `tiến sĩ Kinh tế` is a field.
        // After a role, a lone syllable completing a word is the role's body (`Chủ tịch Hạ viện`).
        // A lone syllable before a number is a numbered unit (`Chính ủy Đoàn 559`, `Tư lệnh Quân khu 5`), not a surname.
        // After a role, a lone syllable that makes a common word with the lower-case one after it is
        // the post's field (`Bộ trưởng Giáo dục Đức …`), not a family name.
        const bodyWord = !cue && len === 1 && (completesWord(toks, i) || numberedUnit(toks, i) || (afterRole && startsWord(toks, i)));
        // A foreign family name alone after a foreign state post (`Tổng thống Putin`).
        const foreignAfterRole = afterRole && len === 1 && foreignWord(t) && roleBefore!.type === "ROLE" && foreignNameTitle(doc.text, roleBefore!);
        if ((cue || afterRole) && !bodyWord && (len >= 2 || cue === "honorific" || cue === "kin" || afterRole && run.surname !== null || foreignAfterRole)) { ok = true; rule = cue ? `person/cue-${cue}` : "person/after-role"; }
        if (!ok && credit && len >= 2) { ok = true; rule = "person/credit"; }
        // A name set off by its post: `Đầu năm, Hà Khải, Phó Chủ tịch tỉnh, …`, `Igor Vasin, Thứ trưởng …`.
        if (!ok && len >= 2 && len <= 4 && !run.repeated && appositionName(toks, run.first, run.last, run.surname, run.surnameEnd, roleStarts)) { ok = true; rule = "person/apposition"; }
        // A romanised foreign name standing alone as the subject of a clause: `Donald Trump cho biết`.
        if (!ok && !cue && len >= 2 && len <= 3 && foreignSubject(toks, run.first, run.last, placeAt)) { ok = true; rule = "person/foreign"; }
        // A name listed right after another, with a family name of the inventory (a weak one too):
        // `ông Thạch Phước Bình, Danh Út và Sơn Minh Thắng`.
        if (!ok && len >= 2 && len <= 4 && run.surname && run.last > run.surnameEnd && listedAfterName(toks, i, run.last, out)) { ok = true; rule = "person/list"; }
        if (!ok && len >= 2 && len <= 4 && aloneOnLine(toks, i, run.last)) { ok = true; rule = "person/byline"; }
        // A byline opening its line, a dash, then the dateline: `Lạc Nguyệt - Thứ năm, 13/03/2025 09:20`.
        if (!ok && len >= 2 && len <= 4 && (i === 0 || t.lineBefore) && DASHES.has(toks[run.last]?.text ?? "") && !toks[run.last]!.lineBefore && dateStarts.has(toks[run.last + 1]?.start ?? -1)) { ok = true; rule = "person/byline"; }
        // A byline of several names: `Sơn Hà - Phạm Dự`, each name after the first one too.
        if (!ok && len >= 2 && (i === 0 || t.lineBefore || chainAt === i) && bylineChain(toks, run, chainAt === i, covered)) { ok = true; rule = "person/byline"; }
        // The byline closing the article's last paragraph: `… đã phê chuẩn. Thu Trang`.
        if (!ok && len >= 2 && len <= 4 && prev && SENTENCE_ENDS.has(prev.text) && !t.lineBefore && endsDocument(toks, run.last)) { ok = true; rule = "person/byline"; }
        // The byline after the end mark `./.` that closes an article, up to a dash, a slash
        // before the agency or the line's end: `… hợp tác./. Lạc Nguyệt/VOV-Tokyo`.
        const afterEndMark = afterEndMarkAt(toks, i);
        if (!ok && len >= 2 && len <= 4 && afterEndMark && bylineEnds(toks, run.last)) { ok = true; rule = "person/byline"; }
        if (!ok) { if (run.surname) i = run.last - 1; continue; }
        add(run.first, run.last, rule);
        // A dash after a byline or credit name introduces the next name of the same byline.
        if ((rule === "person/byline" || rule === "person/credit" || afterEndMark || chainAt === i) && DASHES.has(toks[run.last]?.text ?? "") && !toks[run.last]!.lineBefore) chainAt = run.last + 1;
        i = run.last - 1;
      }

      // Pass 2: back-references to a person named in full (`ông Lĩnh`, `Thọ`), and re-mentions.
      // `includes(" ")`: two words or more, as `split(" ").length >= 2` without the array.
      const full = out.filter((c) => c.name!.includes(" "));
      const bySuffix = new Map<string, Candidate[]>();
      const addSuffix = (key: string, c: Candidate) => { const l = bySuffix.get(key); if (l) l.push(c); else bySuffix.set(key, [c]); };
      // The keys of a name, worked out once per distinct name (a name is mentioned many times).
      const keysOfName = new Map<string, string[]>();
      for (const c of full) {
        let keys = keysOfName.get(c.name!);
        if (!keys) {
          const parts = c.name!.toLowerCase().split(" ");
          keys = [parts.join(" ")];
          if (parts.length >= 3) keys.push(parts.slice(-2).join(" "));
          if (parts.length >= 3 || (parts.length === 2 && (SURNAME_TRIE.wordValue(parts[0]!) !== undefined || (chinese && CHINESE_SURNAME_TRIE.wordValue(parts[0]!) !== undefined)))) keys.push(parts[parts.length - 1]!);
          // A romanised foreign name is referred back to by its family name: the last word (`Joe Biden`
          // → `Biden`), or the first before a hyphenated given name (`Moon Jae-in` → `Moon`).
          else if (parts.length <= 3 && parts.every((w) => ROMANISED_NAME_PART.test(w))) {
            const last = parts[parts.length - 1]!;
            keys.push(last.includes("-") ? parts[0]! : last);
          }
          keysOfName.set(c.name!, keys);
        }
        for (const key of keys) addSuffix(key, c);
      }
      for (const c of out) if (!c.name!.includes(" ")) {
        const l = bySuffix.get(c.name!.toLowerCase());
        const p = l && nearest(l, c.start);
        if (p) c.name = p.name!;
      }
      // Quick reject: a back-reference starts with the first word of some key.
      const keyStarts = new Set<string>();
      for (const key of bySuffix.keys()) { const sp = key.indexOf(" "); keyStarts.add(sp < 0 ? key : key.slice(0, sp)); }
      const anyKey = keyStarts.size > 0; // (asked once: the loop adds no key)
      for (let i = 0; anyKey && i < toks.length; i++) {
        const t = toks[i]!;
        if (taken[i] || t.kind !== "word" || !t.upper || covered[t.start] || !keyStarts.has(t.lower)) continue;
        for (const n of BACK_REFERENCE_LENGTHS) {
          if (i + n > toks.length) continue;
          let okRun = true;
          for (let k = i; k < i + n; k++) if (taken[k] || (k > i && !nameSyllable(toks, k, isAllCaps(t) && t.text.length > 1, covered))) okRun = false;
          if (!okRun) continue;
          const key = toks.slice(i, i + n).map((x) => x.lower).join(" ");
          const l = bySuffix.get(key);
          if (!l) continue;
          // Standing alone: no capitalised word right before or after.
          const before = toks[i - 1], after = toks[i + n];
          if (before && isCapWord(before) && !t.lineBefore) break;
          if (after && isCapWord(after) && !after.lineBefore) break;
          if (blockedBefore(toks, i)) break;
          // `Cảnh cáo …`, `Thu nhập …`: a word at a sentence start, not `Cảnh` or `Thu`.
          if (n === 1 && (completesWord(toks, i) || numberedUnit(toks, i))) break;
          const p = nearest(l, t.start)!;
          add(i, i + n, "person/back-reference", p.name!);
          i += n - 1;
          break;
        }
      }
      return out;
    },
  };
}

/**
 * The mention among `cands` (sorted by start) nearest to offset `at`, a later one counting four
 * times its distance (a back-reference usually follows its full name). Only the two neighbours
 * of `at` can win, so a binary search finds them: names repeated many times stay linear.
 */
function nearest(cands: readonly Candidate[], at: number): Candidate | undefined {
  let lo = 0, hi = cands.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cands[mid]!.start <= at) lo = mid + 1; else hi = mid; }
  const before = lo > 0 ? cands[lo - 1] : undefined, after = cands[lo];
  if (!before) return after;
  if (!after) return before;
  return at - before.start <= (after.start - at) * 4 ? before : after;
}

/** The default PERSON matcher. */
export const personMatcher: Matcher = createPersonMatcher();
