/**
 * The compiled lexicons (from data/lexicon, via scripts/build-lexicon.mjs) as token tries,
 * shared by the person, role, body and place rules. Keys are token `lower` forms, so a
 * lookup is one walk from a token index: no regex over the text.
 * @module
 */
import type { Token } from "../../tokenize/index.js";
import { BODY_FIELDS_DERIVED, BODY_FIELDS_LISTED, BODY_HEADS, NAME_STOPS, PERSON_CUES, PLACE_UNITS, ROLE_TITLES, SURNAMES } from "../lexicon.generated.js";

/** A trie over token `lower` forms; values sit on phrase ends. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  /** Adds a phrase written with spaces (`Ban Thường vụ`); matching ignores case. */
  add(phrase: string, value: V): this {
    let n = this.root;
    for (const w of phraseKeys(phrase)) {
      let m = n.next.get(w);
      if (!m) { m = { next: new Map() }; n.next.set(w, m); }
      n = m;
    }
    n.value = value;
    return this;
  }
  /**
   * The longest phrase starting at token `i` (ending before `limit`): its end (exclusive) and
   * value. The rules ask the same trie about the same token many times, so answers without a
   * limit are remembered per document (token array); treat them as read-only.
   */
  longest(tokens: readonly Token[], i: number, limit = tokens.length): { end: number; value: V } | null {
    if (limit !== tokens.length || i < 0 || i >= tokens.length) return this.walk(tokens, i, limit);
    if (this.memoFor !== tokens) { this.memoFor = tokens; this.memo = new Array(tokens.length); }
    let r = this.memo![i];
    if (r === undefined) { r = this.walk(tokens, i, limit); this.memo![i] = r; }
    return r;
  }
  // The answers for the last document asked about (documents are processed one at a time).
  private memoFor: readonly Token[] | null = null;
  private memo: ({ end: number; value: V } | null | undefined)[] | null = null;

  private walk(tokens: readonly Token[], i: number, limit: number): { end: number; value: V } | null {
    let n: TrieNode<V> | undefined = this.root;
    // One result object at the end, not one per prefix that matches (this runs at most tokens).
    let bestEnd = -1;
    let bestValue: V | undefined;
    for (let k = i; k < limit && n; k++) {
      const t = tokens[k]!;
      // Phrases run over adjacent words only; a phrase never spans a line break.
      if (k > i && t.lineBefore) break;
      n = n.next.get(t.lower);
      if (n?.value !== undefined) { bestEnd = k + 1; bestValue = n.value; }
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: bestValue as V };
  }
}
interface TrieNode<V> { next: Map<string, TrieNode<V>>; value?: V }

/**
 * Token keys of a phrase: `PGS.TS`, `GD&ĐT` stay one key, as the tokenizer keeps them one
 * token; a comma after a word is its own token (`Văn hóa, Thể thao`).
 */
export function phraseKeys(phrase: string): string[] {
  return phrase.normalize("NFC").toLowerCase().replace(/,(\s|$)/gu, " ,$1").split(/\s+/).filter(Boolean);
}

export type SurnameStrength = "strong" | "weak";
export const SURNAME_TRIE = new PhraseTrie<SurnameStrength>();
for (const [s, strength] of SURNAMES) SURNAME_TRIE.add(s!, strength === "strong" ? "strong" : "weak");

export type CueKind = "honorific" | "status" | "rank" | "degree";
export const CUE_TRIE = new PhraseTrie<CueKind>();
for (const [c, kind] of PERSON_CUES) CUE_TRIE.add(c!, kind as CueKind);

export const NAME_STOP_SET: ReadonlySet<string> = new Set(NAME_STOPS.map((w) => w.toLowerCase()));

export interface TitleEntry { title: string; slot: "body" | "name" | "none"; standalone: boolean }
export const TITLE_TRIE = new PhraseTrie<TitleEntry>();
for (const [title, slot, standalone] of ROLE_TITLES) {
  TITLE_TRIE.add(title!, { title: title!, slot: slot as TitleEntry["slot"], standalone: standalone === "yes" });
}

export interface BodyHead { head: string; none: boolean; place: boolean; name: boolean; body: boolean; firm: boolean; fund: boolean; num: boolean; topic: boolean; standalone: boolean }
export const BODY_TRIE = new PhraseTrie<BodyHead>();
for (const [head, complement, standalone] of BODY_HEADS) {
  const c = new Set(complement!.split(","));
  BODY_TRIE.add(head!, { head: head!, none: c.has("none"), place: c.has("place"), name: c.has("name"), body: c.has("body"), firm: c.has("firm"), fund: c.has("fund"), num: c.has("num"), topic: c.has("topic"), standalone: standalone === "yes" });
}

export type UnitKind = "admin" | "feature" | "built" | "region";
export interface PlaceUnit { word: string; kind: UnitKind; keep: boolean }
export const UNIT_TRIE = new PhraseTrie<PlaceUnit>();
for (const [word, kind, keep] of PLACE_UNITS) UNIT_TRIE.add(word!, { word: word!, kind: kind as UnitKind, keep: keep === "yes" });

/** A word token that starts with a capital letter. */
export const isCapWord = (t: Token | undefined): t is Token => !!t && t.kind === "word" && t.upper;
/** A word whose letters are all upper case (`TRẦN`), for names in all-caps bylines. */
export const isAllCaps = (t: Token): boolean => t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
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
