/**
 * HOLDS: links a PERSON to the ROLEs the text gives that person, and fills every PERSON's
 * `name` with its full name (the longest mention of the same person in the document, which
 * is what HOLDS pairs are keyed on).
 *
 * Patterns, by what stands between the two spans (guidelines, "Relations"):
 * - apposition before: `Bí thư Thành ủy Hà Nội Hoàng Trung Hải`, with a chain of roles
 *   before it (`Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải`);
 * - apposition after: `Hoàng Trung Hải, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội`,
 *   `Hồ Quốc Dũng - Ủy viên ...`, `Đỗ Thắng Hải (cựu Thứ trưởng ...)`;
 * - predicate: `X được bầu giữ chức ...`, `X làm ...`, `X, nguyên ...`, `Ông là ...` (the
 *   pronoun refers to the last person named);
 * - a list after a role: `ba Phó chủ tịch gồm các ông A, B và C`.
 * A role directly followed by a person belongs to that person, never to one before it.
 *
 * The text read is normalised (src/normalize): every dash is `-`, every odd space a plain one,
 * quotes are straight; the patterns here know no other forms.
 * @module
 */
import type { Candidate, CandidateRelation, Doc, Linker, Links } from "../pipeline/types.js";
import { DEGREE_WORDS } from "../match/lexicon.generated.js";
import { firstTokenFrom, tokenStartingAt } from "../pipeline/filter.js";
import { partitionPoint, sentenceEndAfter, sentenceStartBefore } from "../pipeline/search.js";
import { once } from "../pipeline/once.js";

/**
 * The officer ranks of the army and the police, two words each (`thiếu tướng`, `đại tá`,
 * `trung úy`): one of four levels and one of three grades. They are among the ranks of the cue lexicon
 * (data/lexicon/person-cues.tsv, `rank`; tests/link/holds.test.ts checks it), which also lists
 * ranks HOLDS does not read inside chains of posts (admirals, `Đô đốc`; non-commissioned ranks and
 * privates, `Thượng sĩ`, `Binh nhất`): reading those too would change which chains run, an accuracy
 * change with its own examples, not this table's.
 */
const OFFICER_RANK = String.raw`(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|tướng)`;
const OFFICER_RANK_WHOLE = new RegExp(String.raw`^${OFFICER_RANK}$`, "iu");
/** The phrase is an officer rank (`Thiếu tướng`, `đại tá`). */
export const isOfficerRank = (phrase: string): boolean => OFFICER_RANK_WHOLE.test(phrase);
/**
 * Term numbers and counts between chained roles (`ba khóa 11-13`, `khóa XII`), ignored; also lists
 * of terms (`các khóa 3, 4`, `khóa 15, 16, 17`, `khóa XI, XII`, `nhiệm kỳ 2005 - 2010 và nhiệm kỳ
 * 2010 - 2015`). A list item must end the numeral (`khóa XI, Chủ tịch …` keeps `, Chủ tịch`):
 * checked in code by `dropTerms`.
 */
const TERM = /(?:(?:hai|ba|bốn|năm|các|và)\s+)?(?:khóa|khoá|nhiệm kỳ)\s+[0-9IVXLC]{1,5}(?:\s?-\s?[0-9IVXLC]{1,5})?(?:,\s?[0-9]{4}\s?-\s?[0-9]{4}|\s?(?:,|và)\s?[0-9IVXLC]{1,5})*/giu;
/**
 * Also ignored inside a chain of posts: military and police ranks (`Bí thư Đảng ủy, đại tá,
 * Giám đốc Công an tỉnh`) and a short date in brackets (`thiếu tướng (6 - 2021)`).
 */
const RANK = new RegExp(String.raw`[,;]\s*${OFFICER_RANK}(?:\s*\([0-9\s\/.\-]{1,12}\))?`, "giu");
/** Necessary parts of TERM, RANK and BIRTH (same flags, so the same case folding): no part, no match. */
const TERM_WORD = /khóa|khoá|nhiệm kỳ/iu;
const RANK_WORDS = new RegExp(OFFICER_RANK, "iu");
const BIRTH_WORD = /sinh\s|SN|tuổi/iu;
const MOD = String.raw`(?:(?:nguyên|cựu|tân|hiện là|đương kim)\s+)?`;
/** Between a person and the first role after it. */
const AFTER_PERSON = new RegExp(String.raw`^\s*(?:[,(:\-]\s*)?${MOD}$`, "iu");
/** Between two roles of one chain (a dash too: `Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội X`). */
const CHAIN = new RegExp(String.raw`^\s*(?:[,]\s*|\s(?:và|kiêm)\s+|,\s*(?:và|kiêm)\s+|\s-\s)${MOD}$`, "iu");
/** A time adverb and `là` inside a chain read forward: `khi đó là A và hiện nay là B`. */
const THEN_IS = String.raw`(?:(?:(?:khi đó|lúc đó|hiện nay|hiện|nay|sau đó|trước đó|đồng thời)\s+)?(?:là|làm)\s+)?`;
/**
 * Between two roles of a chain read forward from its holder: a career list also runs over `;`,
 * over the parent bodies of a post (`Phó Tư lệnh ..., Bộ Công an; Ủy viên ...`), and over a bare
 * space (news copy drops the comma: `Ủy viên Trung ương Đảng Bí thư Tỉnh ủy`; a lookbehind, not a
 * second run of spaces, so that a long run is read once).
 */
const CHAIN_FORWARD = new RegExp(String.raw`^\s*(?:,\s*⟨ORG⟩\s*)*(?:[,;]\s*|(?<=\s)|\s(?:và|kiêm|rồi)\s+|[,;]\s*(?:và|kiêm|rồi)\s+)${THEN_IS}${MOD}$`, "iu");
/**
 * A predicate that ends right before a post and names no subject of its own (tested by
 * `endsWithFarPredicate` at word starts): `X, sinh ...,
 * ..., giữ chức vụ Y`, `X ... để bầu giữ chức Y`, `X đã được bầu làm Y`; a later step of a career
 * told in one sentence (`X bắt đầu ở huyện, rồi làm Y, đến năm 2001 đã là Z`, `… về làm Y`). (A
 * capacity far from its holder, `X dự lễ trong vai trò Y`, is left out: the refs linker reads a post
 * far from the name in a dated sentence as the person's and then declines the name's ref when no
 * known tenure fits it.) The
 * subject is the nearest person before it in the same sentence.
 */
const FAR_PREDICATE = /^(?:rồi|sau đó|tiếp đó|về|sang|lên|chuyển về|chuyển sang|chuyển lên)\s+làm\s*$|^(?:rồi|sau đó|đã|từng)\s+là\s*$|^(?:rồi|sau đó|đã)\s+trở thành\s*$|^(?:(?:thôi\s+)?giữ|đảm nhận|đảm nhiệm|nhận|kiêm nhiệm|từ nhiệm|rời(?:\s+khỏi)?)\s+(?:(?:các|những)\s+)?(?:chức(?:\s+vụ)?|vị trí|cương vị)\s*$|^(?:bầu|bổ nhiệm|điều động|điều chuyển|phân công|giới thiệu|chỉ định|luân chuyển|cử|đề bạt)(?:\s+(?:bổ sung|lại))?\s+(?:làm|giữ chức(?:\s+vụ)?|vào (?:chức(?:\s+vụ)?|vị trí))\s*$/iu;
/** The longest FAR_PREDICATE in words (`luân chuyển bổ sung vào chức vụ`). */
const FAR_PREDICATE_WORDS = 7;
const isSpace = (c: string) => c.trim() === "" && c !== "";

/**
 * The lead ends with FAR_PREDICATE, starting at a word (after the start, a space or a comma):
 * anchored tests at the starts of its last few words, found by one scan back from the end (an
 * unanchored `...$` pattern restarts at every position, super-linear on long whitespace runs).
 */
function endsWithFarPredicate(lead: string): boolean {
  let k = lead.length;
  while (k > 0 && isSpace(lead[k - 1]!)) k--;
  for (let words = 0; words < FAR_PREDICATE_WORDS && k > 0; words++) {
    while (k > 0 && !isSpace(lead[k - 1]!) && lead[k - 1] !== ",") k--;
    if (FAR_PREDICATE.test(lead.slice(k))) return true;
    while (k > 0 && isSpace(lead[k - 1]!)) k--;
    if (lead[k - 1] === ",") break;
  }
  return false;
}
/** The longest rest of a post's body (characters) that a chain runs over. */
const MAX_BODY_TAIL = 30;
/**
 * A gap after a post without the rest of the post's body where no entity was found, up to the comma
 * or `;` before the next post (`Phó Chủ tịch Ủy ban T.Ư MTTQ, Bí thư …`): a few words from a capital,
 * not all of them capitalised syllables (those would be a name: `Giám đốc Sở Khổng Viết Thuận, …`).
 */
function dropBodyTail(g: string): string {
  if (!/^\s\p{Lu}/u.test(g)) return g;
  let k = 0;
  while (k < g.length && k <= MAX_BODY_TAIL && g[k] !== "," && g[k] !== ";") k++;
  if (k > MAX_BODY_TAIL || k === g.length) return g;
  const words = g.slice(0, k).trim().split(/\s+/u);
  if (words.length > 4 || words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) return g;
  return g.slice(k);
}
/** A predicate between a person (or a pronoun) and a role. */
const PREDICATE = new RegExp(String.raw`^\s*(?:[,\-(]\s*)?(?:(?:nguyên|cựu|khi còn|lúc còn|khi|lúc|thời điểm đó|trong thời gian|thời gian|khi đó|lúc đó|khi ấy|lúc ấy|hiện nay|hiện|trước đó|sau đó|đã|sẽ|vừa|từng|đang|được|bị|chính thức|cũng|tiếp tục|là người|nộp đơn|` +
  // `còn là`, `không chỉ là … mà còn là`, and years in the post: `có nhiều năm làm`, `12 năm làm`.
  String.raw`còn|vẫn|không chỉ|mà còn|lần lượt|đều|cùng|(?:có\s+)?(?:nhiều|[0-9]{1,2}|hai|ba|bốn|năm|mười)\s+năm)\s+){0,3}` +
  String.raw`(?:(?:bầu|bổ nhiệm|giới thiệu|phân công|điều động|điều chuyển|chỉ định|luân chuyển|cử|hiệp thương cử|giao|bầu bổ sung|bầu lại|bổ nhiệm lại|tái bổ nhiệm|đề bạt|tái đắc cử|đắc cử|trúng cử|cách chức|miễn nhiệm|kiêm|tuyên thệ)\s+)?` +
  // Moving to a post: `về làm`, `chuyển sang làm`, `được điều động về làm`.
  String.raw`(?:(?:về|sang|lên|chuyển về|chuyển sang|chuyển lên)\s+)?` +
  // A post as the capacity one acts in: `trên cương vị`, `với tư cách là`, `trong vai trò`.
  String.raw`(?:(?:trên|với|ở|trong)\s+(?:cương vị|tư cách|vị trí|vai trò)(?:\s+là)?|` +
  // Leaving a post is holding it before: `từ nhiệm chức vụ`, `rời khỏi chức`.
  String.raw`(?:giữ|thôi giữ|vào|đảm nhận|đảm nhiệm|nhận|kiêm nhiệm|từ nhiệm|xin thôi|rời|rời khỏi)\s+(?:chức(?:\s+vụ)?|vị trí|cương vị)|làm|là|trở thành|thôi làm|kiêm|khỏi chức(?:\s+vụ)?|chức(?:\s+vụ)?|` +
  // Elected or sworn in to a post, its direct object: `trúng cử đại biểu Quốc hội`, `nhậm chức Tổng thống`.
  String.raw`trúng cử|đắc cử|tái đắc cử|tái cử|nhậm chức|` +
  // A career list: `đã trải qua nhiều chức vụ (công tác): A, B; C`.
  String.raw`(?:trải qua|kinh qua|đảm nhiệm|giữ|qua|lợi dụng)\s+(?:nhiều|các)\s+(?:chức vụ|cương vị|vị trí)(?:\s+(?:công tác|lãnh đạo|khác nhau|trước đó|trước đây|đã qua|quan trọng|chủ chốt))?` +
  // ... `, tiêu biểu là:`, `, trong đó có:`, `như:`
  String.raw`(?:(?:\s*,)?\s(?:tiêu biểu|trong đó|cụ thể|nổi bật)\s(?:là|có|như)|(?:\s*,)?\s(?:như|gồm))?)\s*(?::\s*)?${MOD}$`, "iu");
/**
 * A post as the direct object of a passive appointment or dismissal: `X được bổ nhiệm Thứ trưởng`,
 * `X bị cách chức Bí thư`, `X được giao quyền Giám đốc`, `kỷ luật ông X bằng hình thức cách chức Bí thư`. Passive only: in `Chủ tịch X cách chức Giám đốc Sở` X is who dismisses.
 */
const PASSIVE_OBJECT = /^\s*(?:,\s*)?(?:(?:đã|vừa|chính thức|cũng|sẽ)\s+){0,2}(?:được|bị|bằng hình thức)\s+(?:bầu|bổ nhiệm|tái bổ nhiệm|bổ nhiệm lại|đề bạt|cách chức|miễn nhiệm|bãi nhiệm|giao)\s*$/iu;
/**
 * Between a person and a list of posts taken from or given to that person: `X (bao gồm cách
 * chức cả các chức vụ: A, B, C)`, `X thôi giữ các chức vụ: A, B`, `X bị cách chức tất cả các chức vụ
 * trong Đảng, gồm: A, B`.
 */
const POSTS_LIST = /^\s*(?:[,(]\s*)?(?:bao gồm\s+)?(?:(?:bị|được|đã)\s+)?(?:(?:cách chức|miễn nhiệm|thôi giữ|giữ|thôi|miễn)\s+)?(?:cả\s+|tất cả\s+)?(?:các|những)\s+chức(?:\s+vụ)?(?:\s+(?:sau|khác|đảng|chính quyền|trong (?:Đảng|⟨ORG⟩|tổ chức đảng)))?\s*(?:,\s*(?:bao gồm|gồm)\s*)?:\s*$/iu;
/**
 * An opening clause that ends with a post of the sentence's subject: `Trước khi giữ chức`, `Khi còn
 * là`, `Sau 5 năm làm`, `Trong thời gian giữ cương vị`, `Với cương vị là`, `Là`, `Từng là`; after a
 * short opening phrase at most (`Theo cáo trạng, trong thời gian giữ chức …`).
 */
const OPENING_CLAUSE = /^[\s\-+•*]*(?:(?:theo|tại|trong|ngoài|bên cạnh)\s[^,.;:!?\n]{1,30},\s*)?(?:(?:(?:trước khi|sau khi|khi|khi còn|lúc còn|trong thời gian|thời gian|(?:sau|trong|hơn|gần)\s+(?:[0-9]{1,2}|nhiều|hai|ba|bốn|năm|mười)\s+năm)\s+(?:(?:được|đã|đang|còn)\s+)?(?:(?:bầu|bổ nhiệm)\s+)?(?:giữ\s+(?:chức(?:\s+vụ)?|cương vị|vị trí)|đảm nhiệm(?:\s+(?:chức vụ|cương vị|vị trí))?|làm|là))|(?:(?:với|trên)\s+(?:cương vị|tư cách)(?:\s+là)?)|(?:(?:từng|vốn|nguyên|hiện)\s+)?là)\s*$/iu;
/** The longest OPENING_CLAUSE (characters before its first post). */
const MAX_OPENING_CLAUSE = 90;
/** Between the opening clause's last post and the subject: a comma and an honorific. */
const OPENING_TO_SUBJECT = /^\s*,\s*(?:(?:ông|bà|đồng chí)\s+)?$/iu;
/** An honorific right before a person's name, which gives its gender. */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(ông|bà|anh|chị|cô)\s+$/iu;
/** How many persons back a gendered pronoun looks for one of its gender. */
const MAX_PRONOUN_PERSONS = 6;
/** A comma and `là` right before a post (with FAR_PREDICATE's spaces). */
const COMMA_IS = /,\s*(?:là|làm)\s*$/u;
/** `tôi` and a dash or comma right before a post: the speaker gives the post. */
const FIRST_PERSON = /(?:^|[\s"(])tôi\s*[-,]\s*$/iu;
/** How far (characters) the speaker may be named before the post given in the first person. */
const MAX_SPEAKER_DISTANCE = 400;
/** Between a person and the one it replaces: `A thay ông B làm …`, `A sẽ thay thế bà B ở vị trí …`. */
const REPLACES = /^\s*(?:(?:sẽ|được|đã|vừa|chính thức)\s+){0,2}(?:thay|thay thế)\s+(?:(?:ông|bà|đồng chí)\s+)?$/iu;
/** The second word of a pronoun inside a sentence (`ông ta`, `bà ấy`, `ông này`). */
const INNER_PRONOUN_SECOND = new Set(["ta", "ấy", "này"]);
/** The longest phrase (characters) about a subject, between its commas, that names another person. */
const MAX_ABOUT_PHRASE = 50;
/** Words after a preposition's object that open a clause of the sentence's subject (`trước khi`, `rồi`). */
const SUBORDINATE_AFTER = new Set(["trước", "sau", "rồi", "và", "để"]);
/**
 * Academic degrees and professional titles written before a name (lower case, as tokens): neither a
 * post nor part of the name (guidelines, "Ranks and degrees"): data/lexicon/degrees.txt.
 */
const DEGREES: ReadonlySet<string> = new Set(DEGREE_WORDS);
/** The longest note in brackets (characters) between two people of a list. */
const MAX_NOTE = 60;
/** Words that make the names after them a list (`các ông A, B`). */
const PLURALS = new Set(["các", "những", "hai", "ba", "bốn", "năm"]);
/** Adverbs before a passive `được` (`đã được trao cho`), one token each (`chính thức` is two). */
const POST_GIVEN_ADVERBS = new Set(["đã", "vừa", "sẽ", "cũng", "chính", "thức"]);
/** The longest gap (characters) between a post and the person it is given to (`đã được trao cho ông`). */
const MAX_POST_GIVEN_GAP = 40;
/** Verbs of handing a post over, in the passive (`được trao cho`, `được giao cho`). */
const POST_GIVEN_VERBS = new Set(["trao", "giao"]);
/** Between a post and its holder named after it: `miễn nhiệm chức vụ Bộ trưởng ... đối với ông X`. */
const ROLE_FOR = /^\s*(?:,\s*)?(?:đối với|cho)(?:\s+(?:ông|bà|đồng chí)\s*|\s+)$/iu;
/**
 * A birth clause between a person and the posts after the name: `, sinh ngày 24/4/1975,`, `(sinh năm
 * 1966)`, `(SN 1965)`, or an age: `(52 tuổi)`, `, 52 tuổi,`.
 */
const BIRTH = /(?:,\s*|\(\s*)(?:(?:sinh\s+(?:(?:ngày|năm|tháng)\s*)?|SN\s*)[0-9][0-9\/.\-]{0,12}|[0-9]{1,3}\s+tuổi)/giu;
const DATE_CHARS = "0123456789/.-";
/** What may follow a birth clause's date (after spaces): the clause ends there. */
const BIRTH_FOLLOWERS = ",;-)";

/**
 * `g.replace(re, replacement)` where a match counts only if `endOf(start, matchEnd)` gives its
 * end (>= 0): the conditions after a match are checked in code, not by a lookahead in the
 * pattern, since a pattern with lookaheads cannot be analysed as an automaton, only fuzzed (the
 * ReDoS check). As the regex engine would, a refused match resumes the search one character on.
 */
function replaceChecked(g: string, re: RegExp, endOf: (start: number, matchEnd: number) => number, replacement: string): string {
  let out = "", from = 0, any = false;
  re.lastIndex = 0;
  for (let m = re.exec(g); m; m = re.exec(g)) {
    const start = m.index, end = endOf(start, start + m[0].length);
    if (end < 0) { re.lastIndex = start + 1; continue; }
    out += g.slice(from, start) + replacement;
    from = end;
    any = true;
    re.lastIndex = end > start ? end : start + 1;
  }
  return any ? out + g.slice(from) : g;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** A TERM cut back to its last whole numeral, or nothing left but its key word. */
const TERM_KEY_END = /(?:khóa|khoá|nhiệm kỳ)$/iu;

/** Drops the term numbers (TERM) from a gap, each replaced by a space. */
function dropTerms(g: string): string {
  if (!TERM_WORD.test(g)) return g;
  return replaceChecked(g, TERM, (start, end) => {
    if (!isWordChar(g[end])) return end;
    // The last item runs into a word (`khóa XI, Chủ tịch`): give it back, with its separator.
    let k = end;
    while (k > start && isWordChar(g[k - 1])) k--;
    while (k > start && (isSpace(g[k - 1]!) || g[k - 1] === "," || g[k - 1] === "-")) k--;
    if (k - start >= 2 && g.slice(k - 2, k).toLowerCase() === "và") { k -= 2; while (k > start && isSpace(g[k - 1]!)) k--; }
    return TERM_KEY_END.test(g.slice(Math.max(start, k - 8), k)) || k <= start ? -1 : k;
  }, " ");
}

/** Drops ranks in a chain of posts (RANK, then spaces and `,` or `;`, which stay). */
function dropRanks(g: string): string {
  return replaceChecked(g, RANK, (_start, end) => {
    let w = end;
    while (w < g.length && isSpace(g[w]!)) w++;
    return g[w] === "," || g[w] === ";" ? end : -1;
  }, " ");
}

/**
 * Drops the birth clauses from a gap: BIRTH, then spaces, then the end of the gap, a follower or a
 * closing bracket (itself before a follower or the end), dropped with the clause. As the regex
 * engine would: the longest date first, then shorter ones (`1966-` before `1966`).
 */
function dropBirthClauses(g: string): string {
  // A clause in brackets takes its closing bracket with it (`(52 tuổi) là …`: the predicate follows).
  const closed = (start: number, end: number) => end >= 0 && g[start] === "(" && g[end] === ")" ? end + 1 : end;
  return replaceChecked(g, BIRTH, (start, maxEnd) => closed(start, birthClauseEndOf(start, maxEnd)), "");
  function birthClauseEndOf(start: number, maxEnd: number): number {
    if (g.slice(maxEnd - 4, maxEnd).toLowerCase() === "tuổi") return birthClauseEnd(g, maxEnd);
    // The date (from its first digit: what precedes it is a space or a letter) is at least one
    // character: shorten it down to that.
    let dateStart = maxEnd;
    while (dateStart > start && DATE_CHARS.includes(g[dateStart - 1]!)) dateStart--;
    for (let e = maxEnd; e > dateStart; e--) {
      const end = birthClauseEnd(g, e);
      if (end >= 0) return end;
    }
    return -1;
  }
}

/** Where a birth clause whose date ends at `e` ends (spaces and a closing bracket included), or -1. */
function birthClauseEnd(g: string, e: number): number {
  let w = e;
  while (w < g.length && isSpace(g[w]!)) w++;
  if (g[w] === ")") {
    let x = w + 1;
    while (x < g.length && isSpace(g[x]!)) x++;
    if (x === g.length || BIRTH_FOLLOWERS.includes(g[x]!)) return w + 1;
  }
  return w === g.length || BIRTH_FOLLOWERS.includes(g[w]!) ? w : -1;
}
/**
 * Between a role and its holder named right after it: nothing, a rank (`Thiếu tướng`), or an
 * honorific (`Chủ tịch UBND tỉnh ông X`).
 */
const BEFORE_PERSON = new RegExp(String.raw`^\s*(?:${OFFICER_RANK}\s+|(?:ông|bà|đồng chí)\s+)?$`, "iu");
/** The same over a dash, and `ông`/`bà` after a dash (`Chủ tịch Hạ viện - ông X`). */
const BEFORE_PERSON_DASH = new RegExp(String.raw`^\s*(?:-\s*(?:(?:ông|bà|đồng chí)\s+)?|[-,]\s*${OFFICER_RANK}\s+)$`, "iu");
/** Between a post and its holder after a comma, with an honorific (`Chủ tịch UBND tỉnh, ông X`). */
const ROLE_COMMA_HONORIFIC = /^\s*,\s*(?:ông|bà|đồng chí)\s+$/iu;
/** Bullets that may open a line before its first word. */
const BULLET_TOKENS = new Set(["-", "+", "•", "*"]);
/** A verb of meeting or a preposition before a post: the post is someone met, not the person after it. */
const MEETING_BEFORE = new Set(["với", "gặp", "tiếp", "thăm", "cùng", "và", "của", "cho", "tới"]);
/** How far `nextPersonsChain` looks for the end of a chain (posts). */
const MAX_CHAIN_LOOKAHEAD = 12;
/** A preposition before a person (and the posts before the name) that makes it an object. */
const OBJECT_BEFORE = new Set(["cho", "của", "với", "tới"]);
/** A gap that opens a list of posts: it ends with a colon or `gồm`/`như`. */
const opensList = (g: string) => /(?::|\sgồm|\snhư)\s*$/u.test(g.length > 12 ? g.slice(-12) : g);
/** The longest gap (characters) across a list item without a post. */
const MAX_LIST_ITEM = 120;
/**
 * Between two posts of a list: an item without a post, then `;` and the next post (what follows the
 * last `;` reads as a chain link: `; khi đó là`, `; nguyên`).
 */
const LIST_NEXT = new RegExp(String.raw`^\s*${THEN_IS}${MOD}$`, "iu");
function listGoesOn(g: string): boolean {
  const semi = g.lastIndexOf(";");
  return semi >= 0 && g.length <= MAX_LIST_ITEM && !/[.!?]\s/u.test(g) && LIST_NEXT.test(g.slice(semi + 1));
}
/** The longest clause about a person (`, quê Vĩnh Khê`, `(SN 1970, trú tại …)`) dropped before its posts. */
const MAX_ABOUT = 80;
/**
 * What opens a bracket about the person: a birth year or age (`SN 1970`, `sinh năm`, `52 tuổi`), where
 * the person is from or lives, where a photo shows the person (`(bìa trái)`, `(thứ hai từ phải sang)`,
 * `(giữa)`, `(áo trắng)`, `(người đứng giữa)`). Not any bracket: `đại biểu A (Thanh Hóa), Bộ trưởng đã …` names a
 * constituency, and the post after it opens a new clause.
 */
const ABOUT_BRACKET = /^\s*(?:SN\s|sinh\s|[0-9]|quê\s|trú\s|ngụ\s|thường trú\s|tạm trú\s|(?:bìa|thứ|người|đứng|ngồi|ở)\s|(?:giữa|trái|phải)\s*\)|áo\s)/iu;
/** What opens a clause about where a person is from or lives: `quê`, `trú tại`, `ngụ`, `thường trú`. */
const ABOUT_WORD = /^\s*,\s*(?:quê|trú|ngụ|thường trú|tạm trú|nguyên quán|hộ khẩu)\s/iu;
/**
 * A gap after a person without what the text says about the person before its posts: a bracket
 * right after the name (`(SN 1970, trú tại quận 1)`, `(52 tuổi)`), and clauses of origin or residence
 * (`, quê Vĩnh Khê`, `, trú tại xã Đông Lạc`), each up to its closing bracket or next comma.
 */
function dropAboutPerson(g0: string): string {
  let g = g0;
  let k = 0;
  while (k < g.length && isSpace(g[k]!)) k++;
  if (g[k] === "(" && ABOUT_BRACKET.test(g.slice(k + 1, k + 12))) {
    const close = g.indexOf(")", k);
    if (close > k && close - k <= MAX_ABOUT) g = g.slice(close + 1);
  }
  for (let guard = 0; guard < 3 && ABOUT_WORD.test(g.slice(0, 24)); guard++) {
    const comma = g.indexOf(",", g.indexOf(",") + 1);
    if (comma < 0 || comma > MAX_ABOUT) break;
    g = g.slice(comma);
  }
  return g;
}
/** Words for posts, after a verb of holding, that open a list of the subject's posts (`các chức vụ:`). */
const POST_WORDS = ["chức vụ", "chức danh", "cương vị", "vị trí"];
/** Verbs of holding before POST_WORDS (`đã kinh qua nhiều vị trí`), with a quantifier between at most. */
const HOLDING_VERBS = new Set(["giữ", "nắm giữ", "trải qua", "kinh qua", "đảm nhiệm", "đảm nhận", "qua"]);
const POST_QUANTIFIERS = new Set(["nhiều", "các", "những", "một số", "hàng loạt"]);
/** The longest words (characters) between POST_WORDS and the colon: `nhiều vị trí lãnh đạo tại địa phương như:`. */
const MAX_POST_WORDS_TAIL = 60;
/** The longest gap (characters) between a person and the list of its posts opened far from the name. */
const MAX_CAREER_LIST_LEAD = 300;
/**
 * The end of a clause that opens a list of its subject's posts: a verb of holding, a word for posts
 * and a colon, or `như`, `gồm` (`…, đã kinh qua nhiều vị trí công tác tại địa phương như: `, `… đảm
 * nhiệm nhiều chức vụ quan trọng: `). Not posts only talked about (`rà soát các vị trí: …`). Read
 * with string operations from the end (no pattern anchored at the end only).
 */
function opensCareerList(head: string): boolean {
  let h = head.trimEnd();
  const colon = h.endsWith(":");
  if (colon) h = h.slice(0, -1).trimEnd();
  const last = h.slice(h.lastIndexOf(" ") + 1).toLowerCase();
  if (last === "như" || last === "gồm") h = h.slice(0, h.length - last.length).trimEnd();
  else if (!colon) return false;
  const tail = h.slice(-(MAX_POST_WORDS_TAIL + 16)).toLowerCase();
  for (const w of POST_WORDS) {
    for (let i = tail.lastIndexOf(w); i >= 0; i = i > 0 ? tail.lastIndexOf(w, i - 1) : -1) {
      const after = tail.slice(i + w.length);
      if (after.length > MAX_POST_WORDS_TAIL || after !== "" && !/^[\s,]/u.test(after) || /[.!?;:()"]/u.test(after)) continue;
      if (i > 0 && !isSpace(tail[i - 1]!)) continue;
      const words = tail.slice(0, i).trim().split(/\s+/u);
      if (words.length >= 2 && POST_QUANTIFIERS.has(words.slice(-2).join(" "))) words.length -= 2;
      else if (words.length >= 1 && POST_QUANTIFIERS.has(words[words.length - 1]!)) words.length -= 1;
      if (HOLDING_VERBS.has(words[words.length - 1] ?? "") || words.length >= 2 && HOLDING_VERBS.has(words.slice(-2).join(" "))) return true;
    }
  }
  return false;
}
/**
 * A gap from a person to the first of its posts listed after a colon, in the same sentence:
 * `A, sinh năm 1966, quê …, có nhiều năm công tác tại Sở, từng đảm nhiệm các chức vụ: B, C`. The
 * list may open with an item where no post is found (`…: Chuyên viên Sở Nội vụ; Phó Giám đốc …`).
 */
function isCareerList(g: string): boolean {
  if (g.length > MAX_CAREER_LIST_LEAD || /[.!?]\s/u.test(g)) return false;
  const colon = g.lastIndexOf(":");
  const head = colon >= 0 ? g.slice(0, colon + 1) : g, item = colon >= 0 ? g.slice(colon + 1) : "";
  const itemEnd = item.trimEnd();
  if (itemEnd.trim() !== "" && !(item.length <= MAX_LIST_ITEM && (itemEnd.endsWith(",") || itemEnd.endsWith(";")))) return false;
  return opensCareerList(head);
}
/** Between a role and a list of its holders (`Giám đốc Sở khi đó là ông X`). */
const LIST_HEAD = /^\s*(?:gồm|(?:(?:khi đó|lúc đó|khi ấy|lúc ấy|lúc bấy giờ|khi bấy giờ|thời điểm đó|thời điểm ấy|thời đó|hiện nay|hiện tại|hiện|nay|trước đó|đương nhiệm|mới|cũ|tiền nhiệm)\s+)?là|:)(?:\s*:)?(?:\s*(?:các\s+(?:ông|bà|đồng chí)|ông|bà|đồng chí))?(?:\s*:)?\s*$/iu;
const LIST_SEP = /^\s*(?:,|và|,\s*và)(?:\s*(?:ông|bà|đồng chí))?\s*$/iu;
/** Between two items (persons, or the posts before each) of a list after a heading. */
const LIST_ITEM_SEP = /^\s*(?:[,;]\s*(?:và\s+)?|\s(?:và)\s+)?(?:(?:ông|bà|đồng chí)\s+)?$/iu;
const PRONOUN = /^(?:ông|bà|anh|chị)$/iu;
/**
 * What follows a pronoun subject at the start of `s` (`Ông`, `Bà ta`, `ông ấy`, `Đồng chí`), read
 * word by word; null when `s` does not open with one.
 */
function afterPronoun(s: string): string | null {
  const m = /^\s*(\p{L}+)\s+(\p{L}+)/u.exec(s);
  if (!m) return null;
  const [all, w1, w2] = m as unknown as [string, string, string];
  let rest: string;
  if (w1.toLowerCase() === "đồng" && w2 === "chí") rest = s.slice(all.length);
  else if (!PRONOUN.test(w1)) return null;
  else rest = w2 === "ta" || w2 === "ấy" ? s.slice(all.length) : s.slice(all.length - w2.length);
  // A capital after it makes a name (`Ông Xiển`), not a pronoun subject.
  return /^\s*\p{Lu}/u.test(rest) ? null : rest;
}
/**
 * What may open a career sentence before its subject: a time adverb (group 1: the subject may then
 * be left out) or a short date (`Năm 2010,`, `Từ tháng 6/2011,`).
 */
const CAREER_OPENER = /^\s*(?:(trước đó|sau đó|tiếp đó|từ đó|sau này)|(?:(?:từ|đến|cuối|đầu|giữa|trong|vào)\s+)?(?:năm|tháng|ngày)\s[0-9\/.\-]{1,10}(?:\s*(?:đến|tới|-)\s*(?:(?:năm|tháng|ngày)\s)?[0-9\/.\-]{1,10})?)(?:\s*,)?\s/iu;
/** A passive predicate opening a clause whose subject is left out: `được bổ nhiệm`, `tiếp tục được bầu`. */
const PASSIVE_START = /^\s*(?:(?:tiếp tục|đã|lại)\s+)?(?:được|bị)\s/iu;
/** Between two posts of one career sentence, a later clause: `, sau đó`, `; trước đó`, `rồi`, `và` (`… năm 2015 và được bầu làm …`). */
const CLAUSE_THEN = /^\s*(?:[,;]\s*)?(?:sau đó|trước đó|tiếp đó|rồi|và)(?=\s)/iu;
/** The longest opening phrase before a pronoun subject's comma. */
const MAX_OPENING_PHRASE = 60;
/** The longest lead (characters from the sentence start to a post) that PREDICATE could match after a pronoun. */
const MAX_PRONOUN_LEAD = 240;

/**
 * How many words an honorific (`ông`, `bà`, `đồng chí`) takes when `last` is its last word and
 * `before` the word before that; 0 when they end no honorific.
 */
function honorificWords(last: string | undefined, before: string | undefined): number {
  return last === "ông" || last === "bà" ? 1 : last === "chí" && before === "đồng" ? 2 : 0;
}
/** An honorific at the end of `w`: how many words it takes (0 when none). */
const honorificAtEnd = (w: readonly string[]): number => honorificWords(w[w.length - 1], w[w.length - 2]);
/** An honorific starting at word k of `w`: how many words it takes (0 when none). */
const honorificAt = (w: readonly string[], k: number): number =>
  w[k] === "ông" || w[k] === "bà" ? 1 : w[k] === "đồng" && w[k + 1] === "chí" ? 2 : 0;
/** A bullet or an item number that opens a line of a list (`-`, `+`, `•`, `1.`, `2)`): how many words it takes. */
const bulletAt = (w: readonly string[], k: number): number =>
  BULLET_TOKENS.has(w[k] ?? "") ? 1 : /^[0-9]{1,2}$/u.test(w[k] ?? "") && (w[k + 1] === "." || w[k + 1] === ")") ? 2 : 0;

/**
 * The text as the gaps between items read it, offsets kept: each ORG (a post's parent body in a
 * chain) one \u0001 per character, read as one placeholder; a period written right after a post
 * (`Giám đốc Sở từ năm 2008, Phó Chủ tịch …`), which dates that post, one \u0002 per character, read
 * as nothing, so a chain runs over it. Kept as the masked runs, `[start, end)` pairs in text
 * order, and read a gap at a time by {@link maskedSlice}: no masked copy of the whole text.
 */
interface GapMasks { orgs: number[]; dates: number[] }
function gapMasks(text: string, entities: readonly Candidate[]): GapMasks {
  const orgs: number[] = [];
  let at = 0;
  // (Entities are in text order.)
  for (const e of entities) {
    if (e.type !== "ORG" || e.start < at) continue;
    orgs.push(e.start, e.end);
    at = e.end;
  }
  const roleEnds = new Set<number>();
  for (const e of entities) if (e.type === "ROLE") roleEnds.add(e.end);
  const dates: number[] = [];
  let from = 0;
  for (const d of entities) {
    if (d.type !== "DATE") continue;
    let k = d.start;
    // A term (`nhiệm kỳ 2015 - 2020, 2020 - 2025`) is dropped whole by dropTerms.
    if (k < from || TERM_WORD.test(text.slice(d.start, d.start + 9))) continue;
    while (k > from && k > d.start - 4 && (text[k - 1] === " " || text[k - 1] === "(")) k--;
    if (k - 3 >= from && text.slice(k - 3, k).toLowerCase() === " từ") k -= 3;
    else if (k - 2 >= from && text.slice(k - 2, k).toLowerCase() === "từ") k -= 2;
    while (k > from && k > d.start - 8 && (text[k - 1] === " " || text[k - 1] === "(")) k--;
    if (!roleEnds.has(k)) continue;
    let end = d.end;
    if (text[end] === ")" && text.slice(k, d.start).includes("(")) end++;
    dates.push(k, end);
    from = end;
  }
  return { orgs, dates };
}
/** `text[from, to)` masked as {@link GapMasks} says (a dated period's mask over an ORG's). */
function maskedSlice(text: string, { orgs, dates }: GapMasks, from: number, to: number): string {
  if (to <= from) return "";
  // The first run of each kind that ends after `from`.
  let o = 2 * partitionPoint(orgs.length >> 1, (i) => orgs[2 * i + 1]! > from);
  let d = 2 * partitionPoint(dates.length >> 1, (i) => dates[2 * i + 1]! > from);
  if ((o >= orgs.length || orgs[o]! >= to) && (d >= dates.length || dates[d]! >= to)) return text.slice(from, to);
  let out = "";
  for (let at = from, stop: number; at < to; at = stop) {
    while (o < orgs.length && orgs[o + 1]! <= at) o += 2;
    while (d < dates.length && dates[d + 1]! <= at) d += 2;
    const orgStart = o < orgs.length ? orgs[o]! : Infinity, dateStart = d < dates.length ? dates[d]! : Infinity;
    if (dateStart <= at) { stop = Math.min(dates[d + 1]!, to); out += "\u0002".repeat(stop - at); }
    else if (orgStart <= at) { stop = Math.min(orgs[o + 1]!, dateStart, to); out += "\u0001".repeat(stop - at); }
    else { stop = Math.min(orgStart, dateStart, to); out += text.slice(at, stop); }
  }
  return out;
}
/** The outermost ORG and LOC spans, in text order, for reading gaps as tokens (`gapLabels`). */
function outermostBodies(entities: readonly Candidate[]): Candidate[] {
  const bodies: Candidate[] = [];
  // (Entities are in text order: by start, outer first.)
  for (const x of entities) {
    if (x.type !== "ORG" && x.type !== "LOC") continue;
    const last = bodies[bodies.length - 1];
    if (!last || x.start >= last.end) bodies.push(x);
  }
  return bodies;
}

/**
 * The gender a person's mentions give it by their honorific (`ông`, `anh`: "m"; `bà`, `chị`, `cô`:
 * "f"), by full name; "" when mixed (a name without an honorific has none).
 */
function gendersByName(text: string, entities: readonly Candidate[]): Map<string, string> {
  const genderOf = new Map<string, string>();
  for (const x of entities) {
    if (x.type !== "PERSON") continue;
    const m = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, x.start - 6), x.start));
    if (!m) continue;
    const g = /^(?:ông|anh)$/iu.test(m[1]!) ? "m" : "f";
    const name = x.name ?? text.slice(x.start, x.end);
    const had = genderOf.get(name);
    genderOf.set(name, had === undefined || had === g ? g : "");
  }
  return genderOf;
}

/** The HOLDS linker. */
export const holdsLinker: Linker = {
  id: "holds",
  link(doc: Doc, entities: readonly Candidate[]): Links {
    const text = doc.text;
    const relations: CandidateRelation[] = [];
    // Top-level PERSON and ROLE spans in text order (LOCs nested in roles are skipped).
    const items: number[] = [];
    entities.forEach((e, k) => { if (e.type === "PERSON" || e.type === "ROLE") items.push(k); });
    // (Entities are in text order, so are the items; and by entity index.)
    /** The item of entity k (a PERSON or ROLE), by binary search. */
    const itemOf = (k: number): number => partitionPoint(items.length, (n) => items[n]! >= k);
    /** The (person, role) pairs linked, as person * entities.length + role. */
    const seen = new Set<number>();
    const heldRoles = new Set<number>();
    /** The first holder of each held role (entity index to entity index). */
    const heldBy = new Map<number, number>();
    const hold = (p: number, r: number, rule: string) => {
      const key = p * entities.length + r;
      if (seen.has(key)) return;
      seen.add(key);
      heldRoles.add(r);
      if (!heldBy.has(r)) heldBy.set(r, p);
      relations.push({ type: "HOLDS", person: p, role: r, rule });
    };
    const E = (n: number) => entities[items[n]!]!;
    const masks = gapMasks(text, entities);
    const bodies = outermostBodies(entities);
    // The text between two items, with ORGs as placeholders and term numbers, ranks and birth
    // clauses dropped. Every rule asks about neighbouring items, several times per pair: each
    // gap is built once (four regex passes), then read from `gapAfter`.
    const gapAfter: (string | undefined)[] = new Array(items.length);
    // Each replace runs only where its pattern's own words occur (most gaps hold none of them):
    // a test for a necessary part is cheaper than a replace, and a replace that finds nothing
    // returns its input.
    const buildGap = (a: number, b: number) => {
      let g = maskedSlice(text, masks, E(a).end, E(b).start);
      if (g.indexOf("\u0001") >= 0) g = g.replace(/\u0001+/gu, "⟨ORG⟩");
      if (g.indexOf("\u0002") >= 0) g = g.replace(/\u0002+/gu, "");
      g = dropTerms(g);
      if (RANK_WORDS.test(g)) g = dropRanks(g);
      if (BIRTH_WORD.test(g)) g = dropBirthClauses(g);
      return g;
    };
    const gap = (a: number, b: number): string => {
      if (b !== a + 1) return buildGap(a, b);
      return (gapAfter[a] ??= buildGap(a, b));
    };
    const isRole = (n: number) => n >= 0 && n < items.length && E(n).type === "ROLE";
    const isPerson = (n: number) => n >= 0 && n < items.length && E(n).type === "PERSON";
    /**
     * No line break between the two items: read in place, no slice (and no `indexOf`, which would
     * run on to the next line break, far away in a document without one).
     */
    const sameLine = (a: number, b: number) => {
      for (let k = E(a).end, end = E(b).start; k < end; k++) if (text.charCodeAt(k) === 10) return false;
      return true;
    };
    /** The index of the token that starts at `at`, or -1. */
    const tokenAt = (at: number): number => tokenStartingAt(doc.tokens, at);
    /**
     * The k-th word (0: the nearest) before offset `at`, lower case, when the words up to `at` are
     * separated by spaces only (a bracket or a comma between makes it ""): what precedes a post or a name.
     */
    const wordBefore = (at: number, k: number): string => {
      const lo = partitionPoint(doc.tokens.length, (k) => doc.tokens[k]!.end > at);
      // lo: the first token ending after `at`; the words before it, each followed by a space.
      let next = at;
      for (let j = lo - 1, seen = 0; j >= 0; j--, seen++) {
        const t = doc.tokens[j]!;
        if (t.end === next && next !== at || t.end > next || !isSpace(text[t.end] ?? "") || t.kind !== "word" && t.kind !== "abbr") return "";
        for (let c = t.end; c < next; c++) if (!isSpace(text[c]!)) return "";
        if (seen === k) return t.lower;
        next = t.start;
      }
      return "";
    };
    /** The word before offset `at` over an honorific right before it (`cho ông X`, `được đồng chí X`). */
    const wordBeforeHonorific = (at: number): string => {
      const w0 = wordBefore(at, 0);
      const k = honorificWords(w0, w0 === "chí" ? wordBefore(at, 1) : undefined);
      return k === 0 ? w0 : wordBefore(at, k);
    };
    /**
     * Token t opens its clause: it opens its sentence (after a bullet at most), or follows the comma
     * that closes an opening phrase (`Phát biểu tại hội nghị, …`) that holds no item (a name or a
     * post before the comma makes the comma an apposition's, not an opening phrase's).
     */
    const opensClause = (t: number): boolean => {
      const tok = doc.tokens[t]!;
      let k = t - 1;
      while (k >= 0 && doc.tokens[k]!.sentence === tok.sentence && doc.tokens[k]!.kind === "punct" && BULLET_TOKENS.has(doc.tokens[k]!.text)) k--;
      if (k < 0 || doc.tokens[k]!.sentence !== tok.sentence) return true;
      if (doc.tokens[k]!.text !== ",") return false;
      // The opening phrase: from the sentence start (or the previous comma) to this comma, no item in it.
      let j = k - 1;
      while (j >= 0 && doc.tokens[j]!.sentence === tok.sentence && doc.tokens[j]!.text !== ",") j--;
      const from = j >= 0 && doc.tokens[j]!.sentence === tok.sentence ? doc.tokens[j]!.end : sentenceStartBefore(doc, tok.start);
      const to = doc.tokens[k]!.start;
      // Items are in text order: is there one in [from, to)?
      const lo = partitionPoint(items.length, (k) => E(k).end > from);
      return !(lo < items.length && E(lo).start < to);
    };
    /**
     * Between post n and the person after it, an academic degree or a professional title, which is
     * neither post nor name (guidelines: `GS`, `PGS.TS`, `TS`, `ThS`, `luật sư`): `Giám đốc Bệnh viện TS
     * Lò Văn Xiển`; after a comma or a dash when `separated` (`Giám đốc Sở, Thạc sĩ Lò Văn Xiển`).
     */
    const degreeBetween = (n: number, separated: boolean): boolean => {
      if (E(n + 1).start - E(n).end > 24) return false;
      const w = wordsIn(E(n).end, E(n + 1).start);
      let k = 0;
      if (separated) { if (w[0] !== "," && w[0] !== "-") return false; k = 1; }
      if (k === w.length) return false;
      // Degrees joined by dots (`PGS.TS`, `TS.`): each part one of DEGREES.
      const parts: string[] = [];
      let part: string[] = [];
      for (const x of w.slice(k)) {
        if (x === ".") { if (part.length) parts.push(part.join(" ")); part = []; } else part.push(x);
      }
      if (part.length) parts.push(part.join(" "));
      return parts.length > 0 && parts.every((x) => DEGREES.has(x));
    };
    /**
     * A role directly followed by a person belongs to that person, also over a military or police
     * rank (`Giám đốc Công an tỉnh Thiếu tướng X`: ranks are no entity).
     */
    const ownedByNext = (n: number) => isPerson(n + 1) && (BEFORE_PERSON.test(gap(n, n + 1)) || degreeBetween(n, false)) && sameLine(n, n + 1);
    /**
     * A role before a dash and its holder (`Giám đốc Công an tỉnh - Thiếu tướng X`, `Chủ tịch Hạ viện -
     * ông Y`), or a comma and a rank (`Giám đốc Công an tỉnh, Đại tá X`), when no one named before has it.
     */
    const dashedToNext = (n: number) => isPerson(n + 1) && !heldRoles.has(items[n]!) && (BEFORE_PERSON_DASH.test(gap(n, n + 1)) || degreeBetween(n, true)) && sameLine(n, n + 1);
    /** A post that names its holders after it (`Phó Trưởng ban là ông B`, `… gồm các ông B, C`). */
    const headsHolders = (n: number) => isPerson(n + 1) && LIST_HEAD.test(dropNote(gap(n, n + 1))) && sameLine(n, n + 1);
    /**
     * A post, a comma and its holder with an honorific, closed like an apposition (`Theo Chủ tịch UBND
     * tỉnh, ông X, …`, `Phó Thủ tướng, bà Y (phải) …`): no one named before has the post, and the post
     * is no object of meeting (`Làm việc với Chủ tịch UBND tỉnh, ông X, Giám đốc Sở, cho biết` names two people).
     * The rule that gives the post to the person after it, or null.
     */
    const commaToNext = (n: number): string | null => {
      if (!isPerson(n + 1) || heldRoles.has(items[n]!) || !sameLine(n, n + 1)) return null;
      // Without an honorific (`Bí thư Tỉnh ủy Vĩnh Khê, Lò Văn Xiển, cho biết`): a post that opens
      // its clause and a name closed by a comma or a bracket.
      const bare = !ROLE_COMMA_HONORIFIC.test(gap(n, n + 1));
      if (bare && !(E(n + 1).start - E(n).end <= 4 && wordsIn(E(n).end, E(n + 1).start).join(" ") === ",")) return null;
      const at = E(n).start;
      if (MEETING_BEFORE.has(wordBefore(at, 0))) return null;
      let k = E(n + 1).end;
      while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
      const closed = text[k] === "," || text[k] === ")" || text[k] === "(" || text[k] === "-";
      if (bare) { const t = tokenAt(at); return closed && text[k] !== "(" && t >= 0 && opensClause(t) ? "holds/role-comma-name" : null; }
      if (closed) return "holds/role-comma-honorific";
      // Unclosed, the name goes on to its verb: an apposition still when the honorific is `đồng
      // chí` (`Bí thư Tỉnh ủy, đồng chí X phát biểu`) or when the post opens its clause (`Phát biểu
      // tại hội nghị, Bí thư Tỉnh ủy, ông X nhấn mạnh`); not `Theo Chủ tịch UBND tỉnh, ông X đã sai`.
      const t = tokenAt(at), p = tokenAt(E(n + 1).start);
      if (t < 0 || p < 1) return null;
      return doc.tokens[p - 1]!.lower === "chí" || opensClause(t) ? "holds/role-comma-honorific" : null;
    };
    /**
     * A chain read forward stops before `và` when what follows it is another person's chain
     * (`A, Bộ trưởng … và Ủy viên Bộ Chính trị, Bí thư Thành ủy B`).
     */
    const nextPersonsChain = (m: number) => {
      let k = m;
      while (isRole(k + 1) && CHAIN.test(gap(k, k + 1)) && !/\svà\s/u.test(gap(k, k + 1)) && sameLine(k, k + 1) && k - m < MAX_CHAIN_LOOKAHEAD) k++;
      return ownedByNext(k);
    };
    /**
     * The gap between two items as tokens, each ORG or LOC between them (outermost) read as one
     * `⟨ORG⟩` or `⟨LOC⟩`, the other tokens in lower case.
     */
    const gapLabels = (a: number, b: number): string[] => {
      const from = E(a).end, to = E(b).start;
      const lo = firstTokenFrom(doc.tokens, from);
      let lo2 = partitionPoint(bodies.length, (k) => bodies[k]!.end > from);
      const out: string[] = [];
      for (let k = lo; k < doc.tokens.length && doc.tokens[k]!.end <= to; k++) {
        const t = doc.tokens[k]!;
        while (lo2 < bodies.length && bodies[lo2]!.end <= t.start) lo2++;
        const body = bodies[lo2];
        if (body && body.start <= t.start && t.end <= body.end) {
          if (body.end > to) return [];
          out.push(body.type === "ORG" ? "⟨ORG⟩" : "⟨LOC⟩");
          while (k + 1 < doc.tokens.length && doc.tokens[k + 1]!.end <= body.end) k++;
        } else out.push(t.lower);
      }
      return out;
    };
    /**
     * In a list of posts opened by a colon, two more ways a list goes on to the next post: over more
     * places of the post before (`Bí thư Tỉnh ủy Sơn La, Lai Châu, Phó Chủ tịch …`), and, after a `;`,
     * over a military or police rank with its force that opens the next item (`…; Thiếu tướng Quân đội
     * nhân dân Vadoria, Tư lệnh Quân khu 9`; the rank is no post).
     */
    const listGoesOnOver = (a: number, b: number): boolean => {
      if (E(b).start - E(a).end > MAX_LIST_ITEM) return false;
      const w = gapLabels(a, b);
      if (w.length < 3 || w[w.length - 1] !== ",") return false;
      if (w[0] === ",") {
        let k = 1;
        while (k + 1 < w.length && w[k] === "⟨LOC⟩" && (w[k + 1] === "," || w[k + 1] === "và")) k += 2;
        if (k === w.length && k > 1) return true;
      }
      if (w.some((x) => x === "." || x === "!" || x === "?")) return false;
      const semi = w.lastIndexOf(";");
      if (semi < 0) return false;
      const rest = w.slice(semi + 1, -1);
      return (rest.length === 2 || rest.length === 3 && (rest[2] === "⟨ORG⟩" || rest[2] === "⟨LOC⟩")) &&
        isOfficerRank(`${rest[0]} ${rest[1]}`);
    };
    /**
     * Roles chained after role n (following CHAIN gaps), stopping at a role owned by a next person.
     * In a list of posts opened by a colon (`đã trải qua các chức vụ: A; B; C`), an item without a
     * post found in it (`đại biểu Quốc hội khóa 2 đến khóa 6;`) does not end the list: the next
     * post after a `;` is still one of the list's.
     */
    const chainAfter = (n: number, p: number, rule: string, list = false) => {
      for (let m = n + 1; isRole(m) && sameLine(m - 1, m) && (CHAIN_FORWARD.test(dropBodyTail(gap(m - 1, m))) || list && (listGoesOn(gap(m - 1, m)) || listGoesOnOver(m - 1, m))); m++) {
        if (ownedByNext(m) || headsHolders(m) || /\svà\s/u.test(gap(m - 1, m)) && nextPersonsChain(m)) break;
        hold(items[p]!, items[m]!, rule);
      }
    };

    /** The last of the posts from item `from` on that person p holds, one right after the other (`from` itself when the next is not p's). */
    const lastPostHeldAfter = (p: number, from: number): number => {
      let m = from;
      while (isRole(m + 1) && heldBy.get(items[m + 1]!) === items[p]) m++;
      return m;
    };
    /**
     * The last post of the chain (CHAIN gaps, one line) that runs on from post n. Items are read in
     * text order and a chain ends where it ends from any post inside it: the last end found is
     * reused rather than walking the same chain again from each of its posts (quadratic).
     */
    let chainEnd = -1;
    const chainEndFrom = (n: number): number => {
      if (n < chainEnd) return chainEnd;
      let b = n;
      while (isRole(b + 1) && CHAIN.test(gap(b, b + 1)) && sameLine(b, b + 1)) b++;
      return (chainEnd = b);
    };
    /**
     * The person (with the posts before the name that are its own) is the object of a preposition
     * (`Thư ký cho Bí thư Thành ủy X, là …`): a predicate after the comma is not this person's.
     */
    const isObject = (n: number) => {
      let m = n;
      while (isRole(m - 1) && heldBy.get(items[m - 1]!) === items[n]) m--;
      // Over an honorific: `cho ông X`, `của đồng chí X`.
      return OBJECT_BEFORE.has(wordBeforeHonorific(E(m).start));
    };

    // Read only when a gendered pronoun needs it.
    const genderOf = once(() => gendersByName(text, entities));
    const genderAt = (n: number) => genderOf().get(E(n).name ?? text.slice(E(n).start, E(n).end)) || "";
    /**
     * The person a gendered pronoun opening `clause` refers to: the last person named of its gender
     * (`Bà A gặp ông B. Bà là …` is A's), else the last one named unless its gender is the other; -1
     * when none agrees. `đồng chí` has no gender: the last person named.
     */
    const agreeing = (last: number, clause: string): number => {
      const w = /^\s*(\p{L}+)/u.exec(clause)?.[1]?.toLowerCase();
      const g = w === "ông" || w === "anh" ? "m" : w === "bà" || w === "chị" ? "f" : "";
      if (!g || last < 0) return last;
      let seen = 0;
      for (let k = last; k >= 0 && seen < MAX_PRONOUN_PERSONS; k--) {
        if (!isPerson(k)) continue;
        seen++;
        if (genderAt(k) === g) return k;
      }
      return genderAt(last) === "" ? last : -1;
    };
    /**
     * The clause of a sentence that opens with a pronoun subject, from the pronoun on, after a time
     * opener or a short opening phrase at most; null when the sentence opens with none.
     */
    const pronounSubjectClause = (sentStart: number): string | null => {
      const lead = text.slice(sentStart, Math.min(text.length, sentStart + MAX_OPENING_PHRASE + 24));
      const opener = CAREER_OPENER.exec(lead);
      const rest = opener ? lead.slice(opener[0].length) : lead;
      if (afterPronoun(rest) !== null) return rest;
      const comma = rest.indexOf(", ");
      return comma > 0 && comma <= MAX_OPENING_PHRASE && afterPronoun(rest.slice(comma + 1)) !== null ? rest.slice(comma + 1) : null;
    };

    /** The lower-case tokens in [from, to) (binary search for the first: tokens are in text order). */
    const wordsIn = (from: number, to: number): string[] => {
      const lo = firstTokenFrom(doc.tokens, from);
      const out: string[] = [];
      for (let k = lo; k < doc.tokens.length && doc.tokens[k]!.end <= to; k++) out.push(doc.tokens[k]!.lower);
      return out;
    };
    /**
     * A post named as such (`chức vụ`, `vị trí`, `cương vị` before it) and given, in the passive, to
     * the person after it: `chức vụ A đã được trao cho ông X`, `vị trí A được giao cho bà Y`. (Active,
     * `Chủ tịch A giao cho ông X nhiệm vụ`, the post is the giver's.)
     */
    const postGivenTo = (r: number, p: number): boolean => {
      if (E(p).start - E(r).end > MAX_POST_GIVEN_GAP || !sameLine(r, p)) return false;
      const before = wordsIn(Math.max(0, E(r).start - 12), E(r).start);
      const b1 = before[before.length - 1], b2 = before[before.length - 2];
      if (!(b1 === "vụ" && b2 === "chức" || b1 === "chức" || b1 === "trí" && b2 === "vị" || b1 === "vị" && b2 === "cương")) return false;
      const w = wordsIn(E(r).end, E(p).start);
      let k = 0;
      while (k < w.length && POST_GIVEN_ADVERBS.has(w[k]!)) k++;
      if (w[k] !== "được" || !POST_GIVEN_VERBS.has(w[k + 1] ?? "") || w[k + 2] !== "cho") return false;
      k += 3;
      return k + honorificAt(w, k) === w.length;
    };
    /** A plural word before the person (and its honorific): `các ông A, B`, `hai bà A, B`, `các đồng chí A, B`. */
    const pluralBefore = (p: number): boolean => {
      const w = wordsIn(Math.max(0, E(p).start - 16), E(p).start);
      const k = w.length - 1 - honorificAtEnd(w);
      return k >= 0 && PLURALS.has(w[k]!);
    };
    /**
     * The subject of the sentence when it opens the sentence: a person named first, after an
     * honorific at most (`Ông A, Chủ tịch …, đã gặp …`); -1 otherwise.
     */
    const sentenceSubject = (sentStart: number, before: number): number => {
      const lo = partitionPoint(items.length, (k) => E(k).start >= sentStart);
      if (lo >= before || !isPerson(lo) || E(lo).start - sentStart > 16) return -1;
      const w = wordsIn(sentStart, E(lo).start).filter((x) => !BULLET_TOKENS.has(x));
      return w.length === honorificAtEnd(w) ? lo : -1;
    };
    /**
     * A far predicate coordinated by `và` right after a person (`Ông A, Chủ tịch …, đã gặp ông B và
     * được bầu làm C`): B is an object of the sentence's verb, and the predicate is the subject's.
     * (`Ông A cho biết ông B đã ký và được bầu làm C` is B's: B has its own verb before `và`.)
     */
    const coordinatedAfterObject = (q: number, post: number): boolean => {
      // The first word after the person only (the sentence may be long).
      const w = wordsIn(E(q).end, Math.min(E(post).start, E(q).end + 6));
      return w[0] === "và" && !(isPerson(q + 1) && q + 1 < post);
    };

    /**
     * The first step of a career told after a colon, before a later step given to its subject
     * (`A bước vào chính trường với khởi điểm: Thư ký …, rồi làm Bí thư …`): the post before `, rồi
     * làm` is the same subject's when a colon opens it, in the same sentence as the subject.
     */
    const stepBefore = (n: number, h: number) => {
      const a = n - 1;
      if (!isRole(a) || heldRoles.has(items[a]!) || ownedByNext(a) || !sameLine(a, n) || E(a).start <= E(h).end) return;
      const g = gap(a, n);
      const c = CLAUSE_THEN.exec(g);
      if (!c || /^\s*và/iu.test(g) || !PREDICATE.test(" " + g.slice(c[0].length))) return;
      const t = tokenAt(E(a).start);
      if (t < 1 || doc.tokens[t - 1]!.text !== ":" || sentenceStartBefore(doc, E(a).start) > E(h).start) return;
      hold(items[h]!, items[a]!, "holds/career-step-before");
    };
    /**
     * Person q is named inside a phrase about the sentence's subject s, between commas: `A, người
     * được ông B giới thiệu, …`, `A, con trai ông B, …` (a few words, at least one not an honorific,
     * no `và`; q with no post of its own after it, which would make a list of people).
     */
    const insideAboutPhrase = (s1: number, q: number): boolean => {
      const m = lastPostHeldAfter(s1, s1);
      if (m + 1 >= items.length || E(q).start - E(m).end > MAX_ABOUT_PHRASE) return false;
      for (let k = m + 1; k < q; k++) if (isPerson(k) || isRole(k)) return false;
      const w = wordsIn(E(m).end, E(q).start);
      if (w[0] !== "," || w.slice(1).some((x) => x === "," || x === ";" || x === ":" || x === "." || x === "và" || x === "(" || x === ")")) return false;
      const words = w.slice(1).filter((x) => x !== "ông" && x !== "bà" && x !== "đồng" && x !== "chí");
      if (words.length === 0) return false;
      const after = wordsIn(E(q).end, Math.min(text.length, E(q).end + 4));
      return after[0] === "," && !(isRole(q + 1) && heldBy.get(items[q + 1]!) === items[q]);
    };
    /** Person n is inside a phrase about the subject of its sentence (`A, con trai ông B, từng là …`). */
    const aboutSubject = (n: number): boolean => {
      const s1 = sentenceSubject(sentenceStartBefore(doc, E(n).start), n);
      return s1 >= 0 && insideAboutPhrase(s1, n);
    };
    /** Person q is the agent of a passive (`được ông B …`, `bị bà C …`). */
    const passiveAgent = (q: number): boolean => {
      const w = wordBeforeHonorific(E(q).start);
      return w === "được" || w === "bị";
    };
    /**
     * The colon after a heading's posts (item b) before the people it lists: "line" when the list
     * follows on its line (`: A, B`, `: ông A`), "block" when the colon ends the line and the entries
     * follow one a line (after a bullet or a number at most); null when no such colon.
     */
    const headingColon = (b: number): "line" | "block" | null => {
      if (E(b + 1).start - E(b).end > 16) return null;
      const w = gapLabels(b, b + 1);
      // `: `, or `gồm:` (the colon is then needed: `gồm A, B` is read by LIST_HEAD).
      const k = w[0] === "gồm" ? 1 : 0;
      if (w[k] !== ":") return null;
      const h = honorificAtEnd(w);
      if (sameLine(b, b + 1)) return w.length === k + 1 + h ? "line" : null;
      return w.length === k + 1 + bulletAt(w, k + 1) + h ? "block" : null;
    };
    /** The next entry of a list one a line: a line break, a closing `;`, `,` or `.` at most, a bullet, an honorific. */
    const lineItemNext = (a: number, b: number): boolean => {
      if (E(b).start - E(a).end > 16 || sameLine(a, b)) return false;
      const w = gapLabels(a, b);
      const k = w[0] === ";" || w[0] === "," || w[0] === "." ? 1 : 0;
      // The line break comes before the next entry: nothing but a closing mark before it.
      for (let c = E(a).end; c < E(b).start && text.charCodeAt(c) !== 10; c++) if (!isSpace(text[c]!) && !";,.".includes(text[c]!)) return false;
      return w.length === k + bulletAt(w, k) + honorificAtEnd(w);
    };
    /** A gap without a short note in brackets at its start (`A (phụ trách kinh tế) và B`). */
    const dropNote = (g: string): string => {
      let k = 0;
      while (k < g.length && isSpace(g[k]!)) k++;
      if (g[k] !== "(") return g;
      const close = g.indexOf(")", k);
      return close > k && close - k <= MAX_NOTE && !g.slice(k + 1, close).includes("(") ? g.slice(close + 1) : g;
    };
    /** Between person n and the post after it: a comma and a count or `các` (`, hai Phó Chủ tịch`, `, cả hai đều là`). */
    const pluralApposition = (n: number): boolean => {
      if (E(n + 1).start - E(n).end > 16) return false;
      const w = gapLabels(n, n + 1);
      return w[0] === "," && (w.length === 2 && PLURALS.has(w[1]!) || w.length === 3 && w[1] === "cả" && PLURALS.has(w[2]!));
    };
    /** The first person of the list of people that ends with person n (`A, B và C`), and whether `và` joins the list. */
    const peopleListEndingAt = (n: number): { first: number; joined: boolean } => {
      let first = n;
      while (isPerson(first - 1) && LIST_SEP.test(gap(first - 1, first)) && sameLine(first - 1, first)) first--;
      let joined = false;
      for (let q = first; q < n && !joined; q++) joined = wordsIn(E(q).end, E(q + 1).start).includes("và");
      return { first, joined };
    };
    let lastPerson = -1;
    /** A post (and the chain of posts before it) right before person n, or given to n: its holder is n. */
    const linkPostsBefore = (n: number): void => {
      let viaComma: string | null;
      // Apposition before, and the chain of roles before that.
      if (isRole(n - 1) && (ownedByNext(n - 1) || dashedToNext(n - 1))) {
        hold(items[n]!, items[n - 1]!, "holds/role-before");
        // The chain stops at a post someone named before holds (`A, Bộ trưởng … và Bí thư … B`).
        for (let m = n - 2; isRole(m) && CHAIN.test(gap(m, m + 1)) && sameLine(m, m + 1) && !heldRoles.has(items[m]!); m--) hold(items[n]!, items[m]!, "holds/role-chain-before");
        // Several holders of one post: `nguyên Tổng Bí thư A, B;` (the list closes with `;`, `.` or the line).
        let m = n;
        while (isPerson(m + 1) && /^\s*(?:,|và|,\s*và)\s*$/.test(gap(m, m + 1)) && sameLine(m, m + 1)) m++;
        let k = E(m).end;
        while (text[k] === " " || text[k] === "\t") k++;
        const closes = k >= text.length || text[k] === ";" || text[k] === "." || text[k] === "\n" || text[k] === "\r";
        if (m > n && closes) {
          for (let q = n + 1; q <= m; q++) hold(items[q]!, items[n - 1]!, "holds/role-before-list");
        }
      } else if (isRole(n - 1) && (viaComma = commaToNext(n - 1)) !== null) {
        hold(items[n]!, items[n - 1]!, viaComma);
      } else if (isRole(n - 1) && ROLE_FOR.test(gap(n - 1, n)) && sameLine(n - 1, n) && !heldRoles.has(items[n - 1]!)) {
        hold(items[n]!, items[n - 1]!, "holds/role-for");
      } else if (isRole(n - 1) && !heldRoles.has(items[n - 1]!) && postGivenTo(n - 1, n)) {
        hold(items[n]!, items[n - 1]!, "holds/post-given");
      } else if (isRole(n - 1) && !heldRoles.has(items[n - 1]!) && OPENING_TO_SUBJECT.test(gap(n - 1, n)) && sameLine(n - 1, n)) {
        // An opening clause about the subject's post: `Trước khi giữ chức A, ông X …`, `Khi còn là
        // A, B, bà Y …` (the chain of posts in the clause too).
        let m = n - 1;
        while (isRole(m - 1) && CHAIN.test(gap(m - 1, m)) && sameLine(m - 1, m) && !heldRoles.has(items[m - 1]!)) m--;
        const sentStart = sentenceStartBefore(doc, E(m).start);
        if (E(m).start - sentStart <= MAX_OPENING_CLAUSE && OPENING_CLAUSE.test(text.slice(sentStart, E(m).start))) {
          for (let k = m; k < n; k++) hold(items[n]!, items[k]!, "holds/opening-clause");
        }
      }
    };
    /** The posts after person n, in apposition or as a predicate, and the people of a list ending with n who share them. */
    const linkPostsAfter = (n: number): void => {
      // Apposition or predicate after.
      if (isRole(n + 1) && sameLine(n, n + 1) && !ownedByNext(n + 1) && !headsHolders(n + 1)) {
        const g = dropAboutPerson(gap(n, n + 1));
        const rule = AFTER_PERSON.test(g) ? "holds/apposition" : g.length <= 80 && PREDICATE.test(g) && !(/^\s*,/u.test(g) && (isObject(n) || aboutSubject(n))) ? "holds/predicate" :
          POSTS_LIST.test(g) ? "holds/posts-list" : PASSIVE_OBJECT.test(g) ? "holds/predicate" : isCareerList(g) ? "holds/career-list" : null;
        // `A thay ông B làm X`: the post is given to A, who replaces B.
        const replaced = rule === "holds/predicate" && isPerson(n - 1) && REPLACES.test(gap(n - 1, n)) && sameLine(n - 1, n);
        if (replaced) { hold(items[n - 1]!, items[n + 1]!, "holds/replaces"); chainAfter(n + 1, n - 1, "holds/replaces"); }
        else if (rule) { hold(items[n]!, items[n + 1]!, rule); chainAfter(n + 1, n, rule, rule === "holds/career-list" || opensList(g)); }
        // A post shared in apposition by the people before it (`A và B, hai Phó Chủ tịch …,`):
        // a count or `các` before the post, the people joined by `và`.
        else if (isPerson(n - 1) && pluralApposition(n)) {
          const { first, joined } = peopleListEndingAt(n);
          if (joined) for (let q = first; q <= n; q++) { hold(items[q]!, items[n + 1]!, "holds/apposition-list"); chainAfter(n + 1, q, "holds/apposition-list"); }
        }
        // A predicate after the posts in apposition still has the person as subject:
        // `A (Ủy viên …) từng giữ các chức vụ như B, C`, `A, Phó Bí thư …, từng là B`.
        if (rule === "holds/apposition") {
          const b = lastPostHeldAfter(n, n + 1);
          const g2 = isRole(b + 1) && !heldRoles.has(items[b + 1]!) && sameLine(b, b + 1) && !ownedByNext(b + 1) ? gap(b, b + 1) : "";
          const close = /^\s*[),]/u.exec(g2);
          if (close && g2.length <= 80 && PREDICATE.test(" " + g2.slice(close[0].length)) && !isObject(n)) {
            hold(items[n]!, items[b + 1]!, "holds/apposition-predicate");
            chainAfter(b + 1, n, "holds/apposition-predicate", opensList(g2));
          }
        }
        // Several subjects of one predicate: `các ông A, B và C được bổ nhiệm làm Thứ trưởng`.
        // (Not over a comma: `gặp A và B, được bầu làm …` is B's alone.)
        // A list joined by commas alone is one only after a plural (`các ông A, B được …`): in `Theo
        // ông A, ông B từng giữ chức …` the comma closes an opening phrase.
        if (rule === "holds/predicate" && !/^\s*,/u.test(g)) {
          const { first, joined } = peopleListEndingAt(n);
          if (first < n && (joined || pluralBefore(first))) {
            for (let q = n - 1; q >= first; q--) {
              hold(items[q]!, items[n + 1]!, "holds/predicate-list");
              chainAfter(n + 1, q, "holds/predicate-list");
            }
          }
        }
      }
    };
    /** A pronoun subject (`Ông là ...`): the last person named holds role n. */
    const linkByPronoun = (n: number, sentStart: number): void => {
      const e = E(n);
      if (lastPerson >= 0 && !heldRoles.has(items[n]!) && !ownedByNext(n)) {
        // PREDICATE is anchored at both ends and a few words long, so only a short lead can
        // match: looking no further keeps this constant per role (no re-reading of long sentences).
        const sentLead = e.start - sentStart <= MAX_PRONOUN_LEAD ? text.slice(sentStart, e.start) : "";
        // A clause after `;` opens like a sentence (`Tháng 6/2011, ông được bầu làm A; tháng 5/2016,
        // ông được điều động làm B`).
        const lead = sentLead.slice(sentLead.lastIndexOf(";") + 1);
        // A career sentence may open with when it happened (`Trước đó, ông là …`, `Năm 2010, ông
        // được bầu làm …`); after `trước đó`/`sau đó` the subject may be left out (`Sau đó được
        // điều động làm …`).
        // The pronoun may also follow a short opening phrase (`Hơn 30 năm công tác, ông đã trải
        // qua ...`): read from after its comma when the sentence does not open with one.
        const opener = CAREER_OPENER.exec(lead);
        const comma = lead.indexOf(", ");
        const rest = opener ? lead.slice(opener[0].length) :
          comma > 0 && comma <= MAX_OPENING_PHRASE && afterPronoun(lead) === null ? lead.slice(comma + 1) : lead;
        // Or after several opening phrases (`Tại Đại hội …, nhiệm kỳ 2015 - 2020, ông được bầu làm …`):
        // the pronoun opens the clause after the last comma.
        const lastComma = lead.lastIndexOf(", ");
        // A birth clause after the pronoun (`Ông sinh năm 1965, là …`) is skipped.
        const clause = afterPronoun(rest) !== null ? rest : lastComma > 0 ? lead.slice(lastComma + 1) : rest;
        const after = afterPronoun(clause);
        const predicate = after !== null && BIRTH_WORD.test(after) ? dropBirthClauses(", " + after) : after;
        // The subject is left out after `trước đó`/`sau đó`, and after a date before a passive
        // (`Năm 2010, được bổ nhiệm làm …`).
        const byPronoun = predicate !== null && PREDICATE.test(" " + dropTerms(predicate));
        if (byPronoun || opener && (opener[1] || PASSIVE_START.test(rest)) && PREDICATE.test(" " + dropTerms(rest))) {
          // `ông`/`anh` and `bà`/`chị` refer to the last person of their gender.
          const p = byPronoun ? agreeing(lastPerson, clause) : lastPerson;
          if (p >= 0) {
            hold(items[p]!, items[n]!, "holds/pronoun");
            chainAfter(n, p, "holds/pronoun", opensList(lead));
          }
        }
      }
    };
    /** The first person in the speaker's words: the speaker holds role n. */
    const linkByFirstPerson = (n: number): void => {
      const e = E(n);
      // The first person in the speaker's words, with a post (`…, tôi - Chủ tịch nước … xin tuyên thệ`,
      // `"Tôi, Giám đốc Sở, cam kết …"`): the speaker, named last before the quote.
      if (lastPerson >= 0 && !heldRoles.has(items[n]!) && !ownedByNext(n) && e.start - E(lastPerson).end <= MAX_SPEAKER_DISTANCE &&
        FIRST_PERSON.test(text.slice(Math.max(0, e.start - 8), e.start))) {
        hold(items[lastPerson]!, items[n]!, "holds/first-person");
        chainAfter(n, lastPerson, "holds/first-person");
      }
    };
    /** A two-word pronoun inside the sentence before role n. */
    const linkByInnerPronoun = (n: number, sentStart: number): void => {
      const e = E(n);
      // A two-word pronoun inside the sentence, then a predicate right before the post (`… trong thời
      // gian ông ta giữ chức A`, `… khi bà ấy còn là A`): the last person of its gender. (`ông` alone
      // inside a sentence is mostly an honorific before a name, so only the unambiguous pairs.)
      if (lastPerson >= 0 && !heldRoles.has(items[n]!) && !ownedByNext(n)) {
        const from = Math.max(sentStart, e.start - MAX_PRONOUN_LEAD, n > 0 ? E(n - 1).end : 0);
        const w = wordsIn(from, e.start);
        let k = w.length - 2;
        while (k >= 0 && !((w[k] === "ông" || w[k] === "bà") && INNER_PRONOUN_SECOND.has(w[k + 1]!))) k--;
        if (k >= 0 && w.slice(k + 2).every((x) => x !== "," && x !== ";" && x !== ":")) {
          // The predicate's words, read with PREDICATE over the text after the pronoun.
          const t = tokenAt(e.start);
          const after = t >= 0 ? text.slice(doc.tokens[t - (w.length - k - 2)]!.start, e.start) : "";
          const p = after !== "" && PREDICATE.test(" " + after) ? agreeing(lastPerson, w[k]!) : -1;
          if (p >= 0) { hold(items[p]!, items[n]!, "holds/pronoun-inner"); chainAfter(n, p, "holds/pronoun-inner"); }
        }
      }
    };
    /** A career sentence without its subject, opened by its predicate. */
    const linkSubjectless = (n: number, sentStart: number): void => {
      const e = E(n);
      // A sentence of a career that leaves its subject out and opens with its predicate (`Từng giữ
      // chức A, B.`, `Được bầu làm A năm 2015.`): the last person named. Not when a person or a
      // pronoun follows in the sentence (`Được bầu làm A, ông X cho biết`: an opening clause).
      if (lastPerson >= 0 && !heldRoles.has(items[n]!) && !ownedByNext(n)) {
        const w = e.start - sentStart <= MAX_PRONOUN_LEAD ? wordsIn(sentStart, e.start).filter((x) => !BULLET_TOKENS.has(x)) : [];
        const opens = w[0] === "từng" || w[0] === "được" || w[0] === "đã" && w[1] === "được" || w[0] === "từng" && w[1] === "được";
        if (opens && PREDICATE.test(" " + text.slice(doc.tokens[tokenAt(e.start) - w.length]?.start ?? e.start, e.start))) {
          let b = n;
          while (isRole(b + 1) && CHAIN_FORWARD.test(dropBodyTail(gap(b, b + 1))) && sameLine(b, b + 1)) b++;
          const sentEnd = sentenceEndAfter(doc, e.start);
          const later = isPerson(b + 1) && E(b + 1).start < sentEnd;
          const t = tokenAt(E(b).end);
          const pronounAfter = t >= 0 && doc.tokens[t]!.text === "," && afterPronoun(text.slice(doc.tokens[t]!.end, Math.min(text.length, doc.tokens[t]!.end + 40))) !== null;
          if (!later && !pronounAfter) for (let k = n; k <= b; k++) hold(items[lastPerson]!, items[k]!, "holds/subjectless");
        }
      }
    };
    /** An opening clause about the post of a pronoun subject. */
    const linkOpeningClauseOfPronoun = (n: number, sentStart: number): void => {
      const e = E(n);
      // An opening clause about the post of a pronoun subject (`Năm 2015, khi đang là A, ông được
      // bầu …`, `Trước khi giữ chức A, B, bà đã …`): the person the pronoun refers to.
      if (lastPerson >= 0 && !heldRoles.has(items[n]!) && !ownedByNext(n)) {
        if (e.start - sentStart <= MAX_OPENING_CLAUSE + MAX_OPENING_PHRASE) {
          let lead = text.slice(sentStart, e.start);
          const opener = CAREER_OPENER.exec(lead);
          if (opener) lead = lead.slice(opener[0].length);
          const b = chainEndFrom(n);
          const t = OPENING_CLAUSE.test(lead) ? tokenAt(E(b).end) : -1;
          // After the clause's posts: a comma, then the pronoun subject (no name: `ông X` is X's own).
          if (t >= 0 && doc.tokens[t]!.text === "," && doc.tokens[t]!.sentence === doc.tokens[tokenAt(e.start)]?.sentence) {
            const rest = text.slice(doc.tokens[t]!.end, Math.min(text.length, doc.tokens[t]!.end + 40));
            const p = afterPronoun(rest) !== null ? agreeing(lastPerson, rest) : -1;
            if (p >= 0) for (let k = n; k <= b; k++) hold(items[p]!, items[k]!, "holds/opening-clause-pronoun");
          }
        }
      }
    };
    /** A later clause of a career sentence: the holder of the post before. */
    const linkLaterClause = (n: number): void => {
      // A later clause of the same career sentence: `… là A, sau đó được điều động làm B` (B is
      // the holder of A's).
      if (!heldRoles.has(items[n]!) && isRole(n - 1) && heldBy.has(items[n - 1]!) && !ownedByNext(n) && sameLine(n - 1, n)) {
        const g = gap(n - 1, n);
        const c = CLAUSE_THEN.exec(g);
        if (c && PREDICATE.test(" " + g.slice(c[0].length))) {
          const p = heldBy.get(items[n - 1]!)!;
          hold(p, items[n]!, "holds/career-clause");
          chainAfter(n, itemOf(p), "holds/career-clause");
        }
      }
    };
    /** A predicate naming post n far from its subject, within one sentence. */
    const linkFarPredicate = (n: number, sentStart: number): void => {
      const e = E(n);
      let pronounClause: string | null;
      // A predicate naming the post far from its subject, within one sentence; a post given
      // to a person named after it (`bổ nhiệm chức vụ Y đối với ông X`) is that person's.
      if (!heldRoles.has(items[n]!) && n > 0 && !ownedByNext(n) && !(isPerson(n + 1) && ROLE_FOR.test(gap(n, n + 1)))) {
        const lead = text.slice(Math.max(E(n - 1).end, e.start - 60, sentStart), e.start);
        // `, là` alone is a predicate too when the person right before is the object of a preposition
        // (`A từng là thư ký cho Bí thư B, là Chánh Văn phòng`): the subject's.
        const afterObject = COMMA_IS.test(lead) && lastPerson >= 0 && isObject(lastPerson);
        if ((afterObject || endsWithFarPredicate(lead)) && !/[.;!?\n]/u.test(lead)) {
          // The nearest person before the post is the last one seen (items are in text order), or
          // before that, skipping objects of a preposition closed by a comma (`A từng là Thư ký cho Bí thư
          // B, …, rồi là C`; in `A tin rằng dưới sự lãnh đạo của B, … B sẽ đảm nhận cương vị C`, B is the
          // subject of its own clause).
          let q = lastPerson;
          while (q >= 0 && E(q).start >= sentStart && isObject(q) && /^\s*,/u.test(text.slice(E(q).end, E(q).end + 4))) {
            let k = q - 1;
            while (k >= 0 && !isPerson(k)) k--;
            if (k < 0 || E(k).start < sentStart) break;
            q = k;
          }
          // Not a person inside a phrase about the subject (`A, người được ông B giới thiệu, đã được
          // bầu làm C`), the agent of a passive (`A được ông B ký quyết định bổ nhiệm giữ chức C`), nor
          // a preposition's object before `trước khi`, `sau khi`, `rồi`, `và` (`A từng là trợ lý của ông
          // B trước khi được bổ nhiệm làm C`): the subject who opens the sentence.
          let subjectOver = -1;
          if (q >= 0 && E(q).start >= sentStart && !afterObject) {
            const s1 = sentenceSubject(sentStart, q);
            if (s1 >= 0 && (insideAboutPhrase(s1, q) || passiveAgent(q) || isObject(q) && SUBORDINATE_AFTER.has(wordsIn(E(q).end, Math.min(E(n).start, E(q).end + 12))[0] ?? ""))) subjectOver = s1;
          }
          if (afterObject) { if (q >= 0 && E(q).start >= sentStart && !isObject(q)) { hold(items[q]!, items[n]!, "holds/far-predicate"); chainAfter(n, q, "holds/far-predicate"); } }
          else if (q >= 0 && E(q).start >= sentStart) {
            // `Ông A … gặp ông B và được bầu làm C`: A's, the subject who opens the sentence.
            const s0 = subjectOver >= 0 ? subjectOver : coordinatedAfterObject(q, n) ? sentenceSubject(sentStart, q) : -1;
            const h = s0 >= 0 ? s0 : q;
            hold(items[h]!, items[n]!, s0 >= 0 ? "holds/far-predicate-subject" : "holds/far-predicate");
            chainAfter(n, h, s0 >= 0 ? "holds/far-predicate-subject" : "holds/far-predicate");
            stepBefore(n, h);
          }
          // No person named in the sentence, which opens with a pronoun subject (`Ông được Bộ Chính
          // trị điều động, phân công giữ chức …`): the last person named.
          else if (q >= 0 && (pronounClause = pronounSubjectClause(sentStart)) !== null) {
            const p = agreeing(q, pronounClause);
            if (p >= 0) { hold(items[p]!, items[n]!, "holds/pronoun-far"); chainAfter(n, p, "holds/pronoun-far"); }
          }
        }
      }
    };
    /** A list heading ending with post n: its posts go to each person listed. The last post of the heading, or -1 when n heads none. */
    const linkListHeading = (n: number): number => {
      // A list heading (`các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng A; Bộ trưởng B`, `các
      // nguyên Ủy viên Ban Cán sự đảng, Thứ trưởng: A, B, C`) gives its posts to each person listed.
      if (!isPerson(n - 1) || !/^\s*$/.test(gap(n - 1, n))) {
        const b = chainEndFrom(n);
        const heading = b + 1 < items.length ? headingColon(b) : null;
        if (heading !== null) {
          // People listed with commas (`: Bộ trưởng A, Bí thư B; Đại sứ C`): a `;` ends the heading's
          // list (what follows is the next entry of an enclosing list). In `: A, Bộ trưởng …; B, …` the
          // comma opens A's own posts, and `;` separates the heading's people. A heading that ends
          // its line lists one entry a line (`Các Phó Chủ tịch UBND tỉnh:` then `- Ông A`, `- Ông B`).
          let commaList = false;
          for (let m = b + 1; m < items.length && (sameLine(m - 1, m) || heading === "block" && (m === b + 1 || lineItemNext(m - 1, m))); m++) {
            if (m > b + 1 && sameLine(m - 1, m) && !LIST_ITEM_SEP.test(gap(m - 1, m))) break;
            if (m > b + 1 && isPerson(m - 1)) {
              const sep = gap(m - 1, m);
              if (sep.includes(";")) { if (commaList) break; } else if (sep.includes(",") && (isPerson(m) || ownedByNext(m))) commaList = true;
            }
            if (isPerson(m)) for (let h = n; h <= b; h++) hold(items[m]!, items[h]!, "holds/list-heading");
          }
          return b;
        }
      }
      return -1;
    };
    /** A list of holders named after post n (`Phó Trưởng ban là ông B`). */
    const linkListAfter = (n: number): void => {
      // A list of holders after the role.
      if (headsHolders(n)) {
        for (let m = n + 1; isPerson(m); m++) {
          hold(items[m]!, items[n]!, "holds/list");
          if (!(isPerson(m + 1) && LIST_SEP.test(dropNote(gap(m, m + 1))))) break;
        }
      }
    };
    for (let n = 0; n < items.length; n++) {
      if (E(n).type === "PERSON") {
        linkPostsBefore(n);
        linkPostsAfter(n);
        // A photo credit or byline (`(Ảnh: Thu Hà)`) is never the subject of what follows.
        if (E(n).rule !== "person/credit" && E(n).rule !== "person/byline") lastPerson = n;
        continue;
      }
      // A role. Where its sentence starts: every rule below reads back to it.
      const sentStart = sentenceStartBefore(doc, E(n).start);
      linkByPronoun(n, sentStart);
      linkByFirstPerson(n);
      linkByInnerPronoun(n, sentStart);
      linkSubjectless(n, sentStart);
      linkOpeningClauseOfPronoun(n, sentStart);
      linkLaterClause(n);
      linkFarPredicate(n, sentStart);
      const headingEnd = linkListHeading(n);
      if (headingEnd >= 0) { n = headingEnd; continue; }
      linkListAfter(n);
    }
    // Career timelines: every post in a line opened by a period is the biography's subject's.
    const dates = entities.filter((x) => x.type === "DATE" && x.value && "timex" in x.value).sort((a, b) => a.start - b.start);
    const entries = careerEntries(doc, dates, new Set(entities.filter((x) => x.type === "ROLE").map((x) => x.start)));
    const whenOf = new Map<number, string>();
    // A biography's post field (`Chức vụ: Bí thư Tỉnh ủy …`) is its subject's.
    let subject: number | undefined;
    for (let n = 0; n < items.length; n++) {
      if (!isRole(n) || heldRoles.has(items[n]!) || ownedByNext(n)) continue;
      const lead = text.slice(Math.max(sentenceStartBefore(doc, E(n).start), E(n).start - 40), E(n).start);
      if (!POST_FIELD.test(lead.slice(lead.lastIndexOf("\n") + 1))) continue;
      subject ??= biographySubject(doc, entities);
      if (subject < 0) break;
      hold(subject, items[n]!, "holds/post-field");
      chainAfter(n, itemOf(subject), "holds/post-field");
    }
    if (entries.length) {
      subject ??= biographySubject(doc, entities);
      const holder = new Map<number, number>();
      for (const r of relations) holder.set(r.role, r.person);
      let e = 0;
      for (let n = 0; n < items.length && e < entries.length; n++) {
        const it = E(n);
        while (e < entries.length && entries[e]!.end <= it.start) e++;
        const entry = entries[e];
        if (!entry || it.start < entry.bodyStart || it.type !== "ROLE") continue;
        whenOf.set(items[n]!, entry.timex);
        if (subject < 0 || ownedByNext(n)) continue;
        const h = holder.get(items[n]!);
        if (h !== undefined && (entities[h]!.name ?? "") !== (entities[subject]!.name ?? "")) continue;
        hold(subject, items[n]!, "holds/career-line");
      }
    }
    // A post dated in prose: `Giám đốc Sở từ tháng 6/2011`, `Chủ tịch UBND tỉnh nhiệm kỳ 2020-2025`,
    // and a clause opened by its period: `Từ tháng 6/2011, ông A là Giám đốc Sở`.
    if (dates.length && relations.length) {
      const roleAt = new Map<number, number>();
      items.forEach((k) => { if (entities[k]!.type === "ROLE") roleAt.set(entities[k]!.end, k); });
      for (const d of dates) {
        // `từ` before a single point stays outside its span (`từ tháng 6/2011`): read it as the head.
        const from = /(?:^|[\s,(])từ\s$/iu.test(text.slice(Math.max(0, d.start - 4), d.start)) ? d.start - 3 : d.start;
        const head = text.slice(from, Math.min(d.end, from + 12)).toLowerCase();
        const range = (d.value as { timex: string }).timex.includes("/");
        if (!range && !DATED_HEAD.test(head)) continue;
        // Right after the post.
        let k = from;
        while (k > 0 && (text[k - 1] === " " || text[k - 1] === "," || text[k - 1] === "(")) k--;
        const r = roleAt.get(k);
        if (r !== undefined && from - k <= 3 && !whenOf.has(r)) { whenOf.set(r, (d.value as { timex: string }).timex); continue; }
        // Opening its clause: posts after it up to the clause's end (a period: `từ …`, or a range:
        // `Giai đoạn 2010 - 2015, ông là …`; a point, `Tháng 5/2015, ông được bầu …`, dates the event).
        if (!head.startsWith("từ") && !range) continue;
        const sentStart = sentenceStartBefore(doc, d.start);
        if (!/^[\s\-+•*]*$/u.test(text.slice(sentStart, from)) || !/^\s*,/u.test(text.slice(d.end, d.end + 3))) continue;
        let stop = d.end;
        while (stop < text.length && !/[.;:!?\n]/u.test(text[stop]!)) stop++;
        // The items after the date (binary search: items are in text order), up to the clause's end.
        for (let q = partitionPoint(items.length, (k) => E(k).start > d.end); q < items.length && E(q).end <= stop; q++) {
          if (E(q).type === "ROLE" && !whenOf.has(items[q]!)) whenOf.set(items[q]!, (d.value as { timex: string }).timex);
        }
      }
    }
    if (whenOf.size) for (const r of relations) { const w = whenOf.get(r.role); if (w !== undefined) r.when = { timex: w }; }
    return { relations };
  },
};

/** The first words of a DATE that dates a post next to it: a period or its start. */
const DATED_HEAD = /^(?:từ|nhiệm kỳ|giai đoạn)\s/u;

/** One line (or sentence) of a career timeline: the period that opens it, and where its posts start and end. */
interface CareerEntry { timex: string; bodyStart: number; end: number }

/**
 * The entries of career timelines: a DATE that opens a line or a sentence (after a bullet at
 * most: `-`, `+`, `•`) and is followed by a colon or a dash, as in `6/1970-12/1979: Trợ lý ...`,
 * `+ 2.2013 - 6.2016: Chủ tịch ...`, `Năm 1975 đ�ến năm 1979 - học tại ...`. A line opened by a
 * period (a range, or after a bullet) also without them when a post follows, after a comma or `là`
 * at most: `- Tháng 3/1998 đến tháng 8/2004, Phó Giám đốc Sở …`, `Từ năm 1998 đến năm 2004 là …`. An
 * entry runs to the next entry, the end of its line, or the end of its sentence, whichever comes first.
 */
function careerEntries(doc: Doc, dates: readonly Candidate[], roleStarts: ReadonlySet<number>): CareerEntry[] {
  const text = doc.text;
  const out: CareerEntry[] = [];
  // Entries on unbulleted lines without a colon or dash, kept only beside entries of the usual form.
  const loose = new Set<CareerEntry>();
  let classic = 0;
  for (const d of dates) {
    // What opens the line or sentence before the date: bullets and spaces only.
    const sentStart = sentenceStartBefore(doc, d.start);
    let k = d.start;
    while (k > sentStart && k > d.start - 6 && BULLET.test(text[k - 1]!)) k--;
    const lineStart = k === 0 || text[k - 1] === "\n";
    if (k !== sentStart && !lineStart) continue;
    // A colon or a dash right after it.
    let j = d.end;
    while (j < text.length && (text[j] === " " || text[j] === "\t")) j++;
    let bodyStart = j + 1, isLoose = false;
    if (text[j] !== ":" && !(text[j] === "-" && text[j + 1] === " ")) {
      // Or, on a line of its own opened by a range or a bullet, a post after a comma or `là`.
      const bulleted = /[-+•*]/u.test(text.slice(k, d.start));
      if (!lineStart || !bulleted && !(d.value as { timex: string }).timex.includes("/")) continue;
      let p = j;
      if (text[p] === ",") p++;
      while (p < text.length && (text[p] === " " || text[p] === "\t")) p++;
      const link = /^(?:là|làm|giữ chức(?: vụ)?)\s+/iu.exec(text.slice(p, p + 16));
      if (link) p += link[0].length;
      if (!roleStarts.has(p)) continue;
      bodyStart = j;
      // Unbulleted, the line is a career line only in a biography that has timeline lines of the
      // usual form (`Từ năm 2015 đến năm 2020, Giám đốc Sở đã ký …` opens a news paragraph).
      isLoose = !bulleted;
    } else classic++;
    let end = bodyStart;
    const sentEnd = sentenceEndAfter(doc, bodyStart);
    while (end < sentEnd && text.charCodeAt(end) !== 10) end++;
    const prev = out[out.length - 1];
    if (prev && prev.end > d.start) prev.end = d.start;
    const entry = { timex: (d.value as { timex: string }).timex, bodyStart, end };
    out.push(entry);
    if (isLoose) loose.add(entry);
  }
  return classic ? out : out.filter((x) => !loose.has(x));
}
const BULLET = /[\s\-+•*]/u;

/**
 * Whose biography the document is: the person a heading names (`Họ và tên: Nguyễn Văn A`,
 * `Họ tên:`), else the person named most often (the first named among equals). -1 when none.
 */
function biographySubject(doc: Doc, entities: readonly Candidate[]): number {
  const count = new Map<string, number>();
  let best = -1, bestCount = 0;
  entities.forEach((e, k) => {
    if (e.type !== "PERSON") return;
    const before = doc.text.slice(Math.max(0, e.start - 16), e.start);
    if (bestCount !== Infinity && NAME_HEADING.test(before)) { best = k; bestCount = Infinity; }
    const name = e.name ?? doc.text.slice(e.start, e.end);
    const c = (count.get(name) ?? 0) + 1;
    count.set(name, c);
    if (c > bestCount) { best = k; bestCount = c; }
  });
  return best;
}
/** A biography's field of posts, before the posts: `Chức vụ:`, `- Chức vụ hiện nay:`. */
const POST_FIELD = /^[\s\-+•*]*(?:chức vụ|chức danh)(?:\s+(?:hiện nay|hiện tại|hiện giờ|trước khi nghỉ hưu|đảng|chính quyền))?\s*:\s*$/iu;
/** A heading that names the subject of a biography, right before the name. */
const NAME_HEADING = /(?:^|[\s:])họ(?:\s+và)?\s+tên\s*:\s*$/iu;
