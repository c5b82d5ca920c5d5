/**
 * Tokeniser: one left-to-right pass over normalised text that yields tokens with offsets
 * (syllables, Vietnamese numbers, dates, times, abbreviations, punctuation) and sentences.
 *
 * Only unambiguous dates become `date` tokens (`9/6`, `9/6/2017`, `6/2017`, `9-6-2017`,
 * `22.6.2017`). A short `9-6` or `22.6` is ambiguous out of context (`7-8 tỷ` is a range,
 * `1.5 triệu` an English-style decimal), so it stays numbers and punctuation here, and the
 * DATE rules read it as a date where the context says so (`ngày 9-6`, `Sáng 22.6`).
 * @module
 */

/** What kind of token. */
export type TokenKind = "word" | "number" | "date" | "time" | "abbr" | "punct" | "symbol";

/** One token; offsets index the text that was tokenised (normally the normalised text). */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-case form, the key for lexicon and gazetteer lookups. */
  lower: string;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
  /** A line break separates this token from the previous one. */
  lineBefore: boolean;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

/** A sentence: a range of tokens and of characters. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
}

/** Tokens and sentences of a text. */
export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Abbreviations whose trailing `.` does not end a sentence (compared in lower case).
 * Single upper-case letters (initials such as `N.`) do not either.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "tp", "ts", "pgs", "ths", "gs", "q", "p", "tx", "tt", "bs", "ks", "cn", "ls", "nxb", "th", "st", "vd", "tr", "đ", "ông", "bà", "mr", "mrs", "dr", "no", "ttg",
]);

/** Abbreviated units that may be written against a place's name with a dot (`TP.Hà Nội`). */
const UNIT_BEFORE_NAME: ReadonlySet<string> = new Set(["tp", "tx"]);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
/** Letters, including Vietnamese precomposed ones, with a fast path for the common ranges. */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1ea0 && c <= 0x1ef9) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(s[i]!);
}
function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 0;
  // Latin-1 and the Latin Extended-A runs where upper and lower alternate (Ă ă, Đ đ, Ĩ ĩ, Ũ ũ),
  // and Ơ ơ, Ư ư: no regex (and no one-character string) for the letters Vietnamese uses.
  if (c >= 0xc0 && c <= 0xff) return c <= 0xde && c !== 0xd7;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177)) return (c & 1) === 0;
  if (c === 0x1a0 || c === 0x1af) return true;
  if (c === 0x1a1 || c === 0x1b0) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return UPPER.test(s[i]!);
}
/** True when `toLowerCase` certainly leaves code unit `c` as it is (ASCII, Vietnamese lower-case letters, combining marks). */
function isLowerStable(c: number): boolean {
  if (c < 0x80) return c < 65 || c > 90;
  if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 1;
  if (c >= 0xdf && c <= 0xff) return true;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177)) return (c & 1) === 1;
  return c === 0x1a1 || c === 0x1b0 || (c >= 0x300 && c <= 0x36f);
}
/**
 * The lower-case form of `text` (the slice `[start, end)` of `s`, just returned by
 * {@link sliceInterned}): `text` itself when no code unit changes, which is most tokens; this
 * saves a string (and an ICU call) per token. An interned text keeps its answer beside it, so a
 * syllable met again is not read again.
 */
function lowerOf(s: string, start: number, end: number, text: string): string {
  const at = interned.slot << 1;
  const inTable = at >= 0 && internTable[at] === text;
  if (inTable) {
    const known = internTable[at + 1];
    if (known !== undefined) return known;
  }
  for (let k = start; k < end; k++) {
    if (!isLowerStable(s.charCodeAt(k))) {
      if (!inTable) return text.toLowerCase();
      // Capitalised syllables repeat as much as the others: lower-case each interned one once.
      const l = text.toLowerCase();
      const lower = sliceInterned(l, 0, l.length);
      // (Interning `lower` may have taken the slot of `text`.)
      if (internTable[at] === text) internTable[at + 1] = lower;
      return lower;
    }
  }
  if (inTable) internTable[at + 1] = text;
  return text;
}

/**
 * Token texts are interned: news text is a few thousand distinct syllables repeated, so sharing
 * one string per syllable saves a string per token, and every later `Map` lookup by `lower`
 * (lexicons, gazetteer tries, whose keys are tokenised the same way) finds keys equal by
 * pointer, with their hash already computed. The table is direct-mapped and bounded (a
 * colliding text replaces the slot's string: values never change, only what is shared). Only
 * short texts: a longer slice may be a view into the whole document, which the table would
 * then keep alive.
 */
const INTERN_MAX_LENGTH = 12;
/**
 * 16K slots (256 KB of pointers): a few times the distinct texts and lower-case forms of the
 * bench corpus (about 4,800). The table is read at every token; at 32K slots it filled the
 * core's whole L2 cache, and halving it measured faster (ab.mjs B/A 0.976, 0.950).
 */
const INTERN_MASK = (1 << 14) - 1;
/**
 * Slot k holds a text at 2k and, once asked, its lower-case form at 2k + 1: side by side, so a
 * token's two lookups touch one cache line (the table is larger than the CPU's nearest caches).
 * module state: a string cache shared by all documents; what it holds never changes a result.
 */
const internTable: (string | undefined)[] = new Array<string | undefined>(2 * (INTERN_MASK + 1)).fill(undefined);
/**
 * The slot of the last text {@link sliceInterned} returned, or -1 when it was not interned: a
 * second return value, read right after the call (the table and this register are a string
 * cache shared by all documents; what they hold never changes a result).
 * module state: written and read within one call of the tokenizer, which runs to completion.
 */
const interned = { slot: -1 };
/** The slice `[start, end)` of `s`, interned when short. */
function sliceInterned(s: string, start: number, end: number): string {
  let h = 0;
  if (end - start <= INTERN_MAX_LENGTH) for (let k = start; k < end; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return internHashed(s, start, end, h);
}
/**
 * {@link sliceInterned} with the text's hash already computed (`h = h * 31 + code unit` from 0,
 * over the slice): the word scanner computes it while it reads the letters.
 */
function internHashed(s: string, start: number, end: number, h: number): string {
  const len = end - start;
  if (len > INTERN_MAX_LENGTH) { interned.slot = -1; return s.slice(start, end); }
  const slot = (h ^ (h >>> 15) ^ len) & INTERN_MASK;
  interned.slot = slot;
  const hit = internTable[slot << 1];
  if (hit !== undefined && hit.length === len) {
    let k = 0;
    while (k < len && hit.charCodeAt(k) === s.charCodeAt(start + k)) k++;
    if (k === len) return hit;
  }
  const t = s.slice(start, end);
  internTable[slot << 1] = t;
  internTable[(slot << 1) + 1] = undefined;
  return t;
}
/**
 * The lower-case form of `text`, just returned by {@link internHashed}, when the caller already
 * knows whether every code unit is lower-case stable ({@link isLowerStable}): {@link lowerOf}
 * without its scan.
 */
function lowerKnown(text: string, stable: boolean): string {
  const at = interned.slot << 1;
  const inTable = at >= 0 && internTable[at] === text;
  if (inTable) {
    const known = internTable[at + 1];
    if (known !== undefined) return known;
  }
  if (stable) {
    if (inTable) internTable[at + 1] = text;
    return text;
  }
  if (!inTable) return text.toLowerCase();
  const l = text.toLowerCase();
  const lower = sliceInterned(l, 0, l.length);
  if (internTable[at] === text) internTable[at + 1] = lower;
  return lower;
}
/** The most room {@link scanTokensWith} sets aside up front; a longer text grows its array past this. */
const MAX_PRESIZED_TOKENS = 50_000;
/** One-character strings of the ASCII range, for punctuation tokens (no slice, no hashing). */
const ASCII_CHARS: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
function isAllUpper(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLetterAt(s, k) && !isUpperAt(s, k)) return false;
  return true;
}

/**
 * Tokenises `text` into tokens and sentences in one pass.
 *
 * @example
 * ```ts
 * tokenize("TP.HCM chi 1.200 tỷ đồng ngày 9/6.").tokens.map((t) => t.text);
 * // ["TP.HCM", "chi", "1.200", "tỷ", "đồng", "ngày", "9/6", "."]
 * ```
 */
export function tokenize(text: string): Tokenized {
  if (typeof text !== "string") throw new TypeError(`thoisu: tokenize expected a string, got ${typeof text}`);
  const tokens = scanTokens(text);
  return { tokens, sentences: splitSentences(text, tokens) };
}

/**
 * @internal The tokens of `text` without sentence splitting (every `sentence` is 0): for short
 * names (gazetteer forms, lexicon entries), where sentences mean nothing.
 */
export function scanTokens(text: string): Token[] {
  return scanTokensWith(text, true);
}

/**
 * @internal {@link scanTokens} with every run of letters read by `scanWord` (`fastWords` false)
 * instead of the common-word fast path, which repeats `scanWord`'s reading for speed:
 * tests/tokenize/fast-path.test.ts checks that both give the same tokens.
 */
export function scanTokensWith(text: string, fastWords: boolean): Token[] {
  const len = text.length;
  // Room for the tokens up front, trimmed at the end: grown by `push`, a document's array is
  // allocated and copied a dozen times over (news text has about one token per four characters).
  const tokens: Token[] = new Array<Token>(Math.min((len >> 2) + 16, MAX_PRESIZED_TOKENS));
  let count = 0;
  let i = 0;
  let spaceBefore = true, lineBefore = true;
  const push = (kind: TokenKind, start: number, end: number) => {
    const t = sliceInterned(text, start, end);
    tokens[count++] = { kind, start, end, text: t, lower: lowerOf(text, start, end, t), upper: isUpperAt(text, start), spaceBefore, lineBefore, sentence: 0 };
    spaceBefore = false; lineBefore = false;
  };
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaceBefore = true;
      if (isLineBreak(c)) lineBefore = true;
      i++;
      continue;
    }
    if (isDigit(c)) { i = scanNumeric(text, i, push); continue; }
    if (isLetterAt(text, i)) {
      if (!fastWords) { i = scanWord(text, i, push); continue; }
      // A run of letters and digits, read once: its hash (for interning), whether every letter
      // is upper-case, whether lower-casing changes any code unit. Most words are
      // done here; a run that may start an abbreviation (`TP.HCM`, `GD&ĐT`, `PGS.TS`) goes
      // through scanWord.
      let j = i, h = 0, allUpper = true, stable = true;
      while (j < len) {
        const d = text.charCodeAt(j);
        if (d < 0x80) {
          if (d >= 97 && d <= 122) allUpper = false;
          else if (d >= 65 && d <= 90) stable = false;
          else if (d < 48 || d > 57) break;
        } else {
          if (!isLetterAt(text, j)) break;
          if (!isUpperAt(text, j)) allUpper = false;
          if (stable && !isLowerStable(d)) stable = false;
        }
        h = (Math.imul(h, 31) + d) | 0;
        j++;
      }
      const n = j - i;
      if (!(allUpper && n <= 6)) {
        const t = internHashed(text, i, j, h);
        const lower = lowerKnown(t, stable);
        const upper = isUpperAt(text, i);
        if (!(n <= 3 && upper && NON_FINAL_ABBREVIATIONS.has(lower))) {
          tokens[count++] = { kind: "word", start: i, end: j, text: t, lower, upper, spaceBefore, lineBefore, sentence: 0 };
          spaceBefore = false; lineBefore = false;
          i = j;
          continue;
        }
      }
      i = scanWord(text, i, push);
      continue;
    }
    // Punctuation and symbols: one code point each, except runs of dots (`...`).
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < len) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    if (c === 46) while (j < len && text.charCodeAt(j) === 46) j++;
    if (j === i + 1 && c < 0x80) {
      // One ASCII character: its string from the table; not a letter, so its own lower case and not upper.
      const t = ASCII_CHARS[c]!;
      tokens[count++] = { kind: ASCII_KINDS[c]!, start: i, end: j, text: t, lower: t, upper: false, spaceBefore, lineBefore, sentence: 0 };
      spaceBefore = false; lineBefore = false;
    } else push(isPunct(c) ? "punct" : "symbol", i, j);
    i = j;
  }
  tokens.length = count;
  return tokens;
}

/** A name of letter runs joined by single spaces (`Hải Dương`, `Bí thư Tỉnh ủy`): no digits, punctuation or astral characters. */
const SIMPLE_NAME = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * @internal {@link scanTokens} for short names (gazetteer forms), with the same tokens: most names
 * are letter runs joined by spaces, and splitting those with native string calls instead of the
 * character loop makes indexing a thousand names at the first extract cheaper. Anything else goes
 * through {@link scanTokens}.
 */
export function scanNameTokens(text: string): Token[] {
  if (!SIMPLE_NAME.test(text) || SURROGATE.test(text)) return scanTokens(text);
  const pieces = text.split(" ");
  const tokens: Token[] = new Array(pieces.length);
  let start = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const end = start + piece.length;
    // scanWord's kind: no `.`, `-` or `&` follows, so only an all-caps run of 2–6 letters is an abbreviation.
    const abbr = end - start >= 2 && end - start <= 6 && isAllUpper(text, start, end) && hasTwoUpper(text, start, end);
    tokens[k] = { kind: abbr ? "abbr" : "word", start, end, text: piece, lower: piece.toLowerCase(), upper: isUpperAt(text, start), spaceBefore: true, lineBefore: k === 0, sentence: 0 };
    start = end + 1;
  }
  return tokens;
}

const PUNCT = new Set(".,;:!?…\"'()[]{}-/–—«»“”‘’·•*&%".split("").map((ch) => ch.charCodeAt(0)));
const isPunct = (c: number) => PUNCT.has(c);
/** The kind of each one-character ASCII token (not a letter, digit or space), by code: no set lookup per token. */
const ASCII_KINDS: readonly TokenKind[] = Array.from({ length: 128 }, (_, c) => (isPunct(c) ? "punct" : "symbol"));

type Push = (kind: TokenKind, start: number, end: number) => void;

/** Digits with Vietnamese separators, dates (`9/6/2017`, `9-6-2017`, `22.6.2017`), times (`23:44`, `8h30`). */
function scanNumeric(s: string, i: number, push: Push): number {
  const len = s.length;
  let j = i;
  while (j < len && isDigit(s.charCodeAt(j))) j++;
  // One group of digits (`2017`, `8h30`), most runs: classified without the group arrays below.
  if (!(j + 1 < len && isDigitSeparator(s.charCodeAt(j)) && isDigit(s.charCodeAt(j + 1)))) {
    const m = j - i <= 2 ? clockEnd(s, j) : -1;
    if (m >= 0) { push("time", i, m); return m; }
    push("number", i, j);
    return j;
  }
  // Groups of digits separated by one of . , / : - (each followed by a digit).
  const groups: number[] = [];
  const seps: number[] = [];
  j = i;
  for (;;) {
    const g = j;
    while (j < len && isDigit(s.charCodeAt(j))) j++;
    groups.push(j - g);
    if (j + 1 < len && isDigit(s.charCodeAt(j + 1))) {
      const sc = s.charCodeAt(j);
      if (isDigitSeparator(sc)) { seps.push(sc); j++; continue; }
    }
    break;
  }
  // `9/7/1912-9/7/2017`, `6-7/7`: a dash between slash dates splits the run; each part is classified on its own.
  if (seps.includes(45) && seps.includes(47)) {
    let a = 0, at = i;
    for (let b = 0; b <= seps.length; b++) {
      if (b < seps.length && seps[b] !== 45) continue;
      let end = at;
      for (let m = a; m <= b; m++) end += groups[m]! + (m < b ? 1 : 0);
      emitNumeric(s, at, end, groups.slice(a, b + 1), seps.slice(a, b), push);
      if (b < seps.length) push("punct", end, end + 1);
      at = end + 1; a = b + 1;
    }
    return j;
  }
  return emitNumeric(s, i, j, groups, seps, push);
}

/** `.` `,` `/` `:` `-`: the characters that may join groups of digits (`1.200`, `9/6`, `23:44`). */
const isDigitSeparator = (c: number) => c === 46 || c === 44 || c === 47 || c === 58 || c === 45;
const isDay = (n: number) => n >= 1 && n <= 2;

/** The end of a time written `8h30`, `8h`, `8g30` whose hour's digits end at `j`, or -1. */
function clockEnd(s: string, j: number): number {
  const len = s.length;
  if (!(j < len && (s.charCodeAt(j) === 104 || s.charCodeAt(j) === 103))) return -1; // h, g
  const k = j + 1;
  let m = k;
  while (m < len && m - k < 2 && isDigit(s.charCodeAt(m))) m++;
  return (m - k === 0 || m - k === 2) && !(m < len && isLetterAt(s, m)) ? m : -1;
}

/** Classifies one run of digit groups `[i, j)` as a time, a date or numbers. */
function emitNumeric(s: string, i: number, j: number, groups: number[], seps: number[], push: Push): number {
  const sepStr = String.fromCharCode(...seps);
  // A part of a split run (`6-7/7`) may be one group.
  if (groups.length === 1 && groups[0]! <= 2) {
    const m = clockEnd(s, j);
    if (m >= 0) { push("time", i, m); return m; }
  }
  if ((sepStr === ":" || sepStr === "::") && groups[0]! <= 2 && groups[1] === 2 && (groups.length === 2 || groups[2] === 2)) { push("time", i, j); return j; }
  const g = groups;
  // Dates: d/m, d/m/y, d-m-y, d.m.y (the last two only with a 4-digit year).
  if (sepStr === "/" && isDay(g[0]!) && isDay(g[1]!)) { push("date", i, j); return j; }
  if (sepStr === "/" && isDay(g[0]!) && g[1] === 4) { push("date", i, j); return j; } // 6/2017
  if ((sepStr === "//" || sepStr === "--" || sepStr === "..") && isDay(g[0]!) && isDay(g[1]!) && (g[2] === 4 || (sepStr === "//" && g[2] === 2))) { push("date", i, j); return j; }
  // Numbers: 1.200 / 1.234.567,89 / 1,5 / 2017. Split at / : - that were not dates.
  let k = i, start = i, idx = 0;
  for (; idx < groups.length; idx++) {
    k += groups[idx]!;
    const sep = seps[idx];
    if (sep === undefined) break;
    if (sep === 46 || sep === 44) { k++; continue; }
    // A break: emit the number so far, then the separator.
    push("number", start, k);
    push("punct", k, k + 1);
    k++;
    start = k;
  }
  push("number", start, j);
  return j;
}

/** A run of letters and digits; upper-case runs joined by `.`, `-` or `&` form an abbreviation (`TP.HCM`, `BR-VT`, `GD&ĐT`). */
function scanWord(s: string, i: number, push: Push): number {
  const len = s.length;
  let j = i;
  while (j < len && (isLetterAt(s, j) || isDigit(s.charCodeAt(j)))) j++;
  let end = j;
  let abbr = false;
  // Join `X.Y`, `X-Y`, `X&Y` where both sides start upper-case and the first is short or all caps.
  const firstCaps = isAllUpper(s, i, end) && end - i <= 6;
  const firstAbbrLike = firstCaps || (end - i <= 3 && isUpperAt(s, i) && NON_FINAL_ABBREVIATIONS.has(lowerOf(s, i, end, sliceInterned(s, i, end))));
  if (firstAbbrLike) {
    for (;;) {
      if (end + 1 >= len) break;
      const sc = s.charCodeAt(end);
      if (sc !== 46 && sc !== 45 && sc !== 38) break;
      if (!isUpperAt(s, end + 1)) break;
      let m = end + 1;
      while (m < len && (isLetterAt(s, m) || isDigit(s.charCodeAt(m)))) m++;
      if (!isAllUpper(s, end + 1, m) && !(sc === 46 && m - end - 1 <= 3)) break;
      // A city's or town's unit written against its name (`TP.Hà Nội`, `TX.Sơn Tây`): the unit and
      // the name are two words, as in `TP. Hà Nội`; an all-caps name stays joined (`TP.HCM`).
      if (sc === 46 && end === j && !isAllUpper(s, end + 1, m) && UNIT_BEFORE_NAME.has(lowerOf(s, i, end, sliceInterned(s, i, end)))) break;
      end = m;
      abbr = true;
    }
  }
  const kind: TokenKind = abbr || (firstCaps && end - i >= 2 && hasTwoUpper(s, i, end)) ? "abbr" : "word";
  push(kind, i, end);
  return end;
}

function hasTwoUpper(s: string, from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k < to; k++) if (isUpperAt(s, k) && ++n >= 2) return true;
  return false;
}

function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last <= first) return;
    const sIdx = sentences.length;
    for (let k = first; k < last; k++) tokens[k]!.sentence = sIdx;
    sentences.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    first = last;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > first && t.lineBefore) { close(k); }
    if (t.kind !== "punct") continue;
    const ch = t.text[0];
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    const next = tokens[k + 1];
    if (!next) continue;
    if (next.lineBefore) continue; // closed by the line break
    if (!next.spaceBefore) continue;
    // Closing quotes or brackets stay with the sentence they end.
    let end = k + 1;
    while (end < tokens.length && !tokens[end]!.spaceBefore && /^["')\]]$/.test(tokens[end]!.text)) end++;
    const after = tokens[end];
    if (!after || !after.upper && after.kind !== "number" && after.kind !== "date") continue;
    if (ch === ".") {
      const prev = tokens[k - 1];
      if (prev && !t.spaceBefore && (prev.kind === "word" || prev.kind === "abbr")) {
        if (NON_FINAL_ABBREVIATIONS.has(prev.lower) && prev.text.length <= 4) continue;
        if (prev.text.length === 1 && prev.upper) continue; // an initial: N. Hùng
      }
    }
    close(end);
    k = end - 1;
  }
  close(tokens.length);
  return sentences;
}
