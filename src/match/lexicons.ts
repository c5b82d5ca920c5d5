/**
 * The compiled lexicons (from data/lexicon, via scripts/build-lexicon.mjs) as token tries,
 * shared by the person, role, body and place rules. Keys are token `lower` forms, so a
 * lookup is one walk from a token index: no regex over the text.
 * @module
 */
import type { Token } from "../tokenize/index.js";
import { BODY_FIELDS_DERIVED, BODY_FIELDS_LISTED, BODY_HEADS, NAME_STOPS, PERSON_CUES, PLACE_UNITS, ROLE_TITLES, SURNAMES } from "./lexicon.generated.js";

/**
 * First words of the module-level tries, each word with one bit per trie whose phrases start
 * with it. The rules ask a dozen tries about every token; one lookup here answers "no" for
 * all the tries at once (most tokens start nothing), instead of one map lookup per trie.
 */
const FIRST_WORDS = new Map<string, number>();
/** Characters that `phraseKeys` splits at: a token holding one is keyed through `add`. */
const SPLITS_KEY = /[\s,]/u;
let nextTrieBit = 0;
// Per document (token array): the FIRST_WORDS bits of token i, valid when maskStamps[i] is
// the current generation (no allocation or clearing per document).
let maskFor: readonly Token[] | null = null;
let masks = new Int32Array(0);
let maskStamps = new Int32Array(0);
let maskGeneration = 0;

/** The FIRST_WORDS bits of token `i` of `tokens` (0 <= i < tokens.length). */
function firstWordBits(tokens: readonly Token[], i: number): number {
  if (maskFor !== tokens) {
    maskFor = tokens;
    const n = tokens.length;
    if (masks.length < n || masks.length > 4 * n + 65536) { masks = new Int32Array(n); maskStamps = new Int32Array(n); maskGeneration = 0; }
    if (maskGeneration === 0x7fffffff) { maskStamps.fill(0); maskGeneration = 0; }
    maskGeneration++;
  }
  if (maskStamps[i] === maskGeneration) return masks[i]!;
  const bits = FIRST_WORDS.get(tokens[i]!.lower) ?? 0;
  masks[i] = bits;
  maskStamps[i] = maskGeneration;
  return bits;
}

/** A trie over token `lower` forms; values sit on phrase ends. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  /** This trie's bit in FIRST_WORDS, or 0 (a per-document trie, or more than 31 tries). */
  private readonly bit: number;
  /**
   * @param shared A trie that lives as long as the module (the lexicons), so its first words
   *   join the shared index; pass false for a trie made per document.
   */
  constructor(shared = true) {
    this.bit = shared && nextTrieBit < 31 ? 1 << nextTrieBit++ : 0;
  }
  /** Adds a phrase written with spaces (`Ban Thường vụ`); matching ignores case. */
  add(phrase: string, value: V): this {
    let n = this.root;
    const keys = phraseKeys(phrase);
    if (this.bit && keys.length) {
      FIRST_WORDS.set(keys[0]!, (FIRST_WORDS.get(keys[0]!) ?? 0) | this.bit);
      maskFor = null; // bits remembered for a document may be stale now
    }
    for (const w of keys) {
      let m = n.next.get(w);
      if (!m) { m = { next: new Map() }; n.next.set(w, m); }
      n = m;
    }
    n.value = value;
    return this;
  }

  /**
   * Adds the phrase written by tokens [from, to) of `tokens`, keyed by their `lower` forms: what
   * `add` of their joined text would do (a token's `lower` is already one lower-case NFC key),
   * without building and re-splitting that text.
   */
  addTokens(tokens: readonly Token[], from: number, to: number, value: V): this {
    let n = this.root;
    for (let k = from; k < to; k++) {
      const w = tokens[k]!.lower;
      // A key of `add` never holds a space or a comma: such a token (none seen) takes that path.
      if (SPLITS_KEY.test(w)) return this.add(tokens.slice(from, to).map((t) => t.lower).join(" "), value);
    }
    if (this.bit && to > from) {
      const w0 = tokens[from]!.lower;
      FIRST_WORDS.set(w0, (FIRST_WORDS.get(w0) ?? 0) | this.bit);
      maskFor = null;
    }
    for (let k = from; k < to; k++) {
      const w = tokens[k]!.lower;
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
    if (this.memoFor !== tokens) this.startDocument(tokens);
    if (this.stamps[i] === this.generation) return this.memo[i]!;
    const r = this.walk(tokens, i, limit);
    this.memo[i] = r;
    this.stamps[i] = this.generation;
    return r;
  }
  // The answers for the last document asked about (documents are processed one at a time).
  // An answer at `i` is valid when `stamps[i]` is the current generation, so a new document
  // costs no allocation and no clearing (many tries, every document: garbage otherwise).
  private memoFor: readonly Token[] | null = null;
  private memo: ({ end: number; value: V } | null)[] = [];
  private stamps = new Int32Array(0);
  private generation = 0;

  private startDocument(tokens: readonly Token[]): void {
    this.memoFor = tokens;
    const n = tokens.length;
    // Grow to fit; shrink after an unusually long document so that it is not kept for good.
    if (this.stamps.length < n || this.stamps.length > 4 * n + 65536) {
      this.stamps = new Int32Array(n);
      this.memo = new Array(this.stamps.length);
      this.generation = 0;
    }
    if (this.generation === 0x7fffffff) { this.stamps.fill(0); this.generation = 0; }
    this.generation++;
  }

  /** The value of the one-word phrase `word` (a `lower` form), if the trie holds it. */
  wordValue(word: string): V | undefined {
    return this.root.next.get(word)?.value;
  }

  private walk(tokens: readonly Token[], i: number, limit: number): { end: number; value: V } | null {
    if (this.bit && i >= 0 && i < limit && i < tokens.length && !(firstWordBits(tokens, i) & this.bit)) return null;
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
