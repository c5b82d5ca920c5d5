/**
 * Normalisation: one canonical spelling of Vietnamese text, with an offset map back to
 * the original input.
 *
 * What it does, in one left-to-right pass:
 * - Unicode NFC, applied per grapheme cluster (a base character and its combining marks),
 *   so decomposed (NFD) input composes;
 * - tone-mark placement, one documented policy: in an open syllable whose vowel nucleus is
 *   `oa`, `oe` or `uy` (not after `q`), the mark sits on the first vowel: `hoà`→`hòa`,
 *   `thuỷ`→`thủy`, `uỷ`→`ủy`, `Hoá`→`Hóa`, `khoẻ`→`khỏe` (the spelling used by the
 *   government's own name lists and by most of today's news);
 * - zero-width characters and soft hyphens removed; non-breaking and other odd spaces
 *   become a plain space; curly quotes become straight ones; dashes become `-`; the
 *   look-alike eth (`Ð`, `ð`) becomes `Đ`, `đ`;
 * - HTML character references (`&amp;`, `&nbsp;`, `&#273;`, `&#x111;`, ...) decoded.
 *
 * The normalised text and the original differ in length where a cluster composes or an
 * entity or zero-width character is removed; `map` converts offsets.
 * @module
 */

/** Normalised text and the map back to the original input. */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /** The original input. */
  original: string;
  /**
   * `toOriginal[i]` is the original offset where normalised code unit `i` starts;
   * `toOriginal[text.length] === original.length`. `null` when the two texts are identical.
   */
  toOriginal: Int32Array | null;
}

/** Maps a normalised start offset to the original input. */
export function originalStart(n: Normalized, i: number): number {
  return n.toOriginal ? n.toOriginal[i]! : i;
}

/**
 * Maps a normalised end offset (exclusive) to the original input: the end of the original
 * stretch that produced code unit `i - 1`, so a span never cuts an original cluster.
 */
export function originalEnd(n: Normalized, i: number): number {
  const map = n.toOriginal;
  if (!map) return i;
  if (i <= 0) return 0;
  // Code units i-1 and i may come from the same original stretch (a decoded entity that
  // became two characters): then the span ends where that stretch ends.
  const prev = map[i - 1]!;
  let k = i;
  while (k < map.length - 1 && map[k]! <= prev) k++;
  return map[k]!;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "-", mdash: "-",
  hellip: "…", lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', laquo: '"', raquo: '"',
  shy: "", zwj: "", zwnj: "", thinsp: " ", ensp: " ", emsp: " ", middot: "·", bull: "•",
  agrave: "à", aacute: "á", acirc: "â", atilde: "ã", egrave: "è", eacute: "é", ecirc: "ê",
  igrave: "ì", iacute: "í", ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ", ugrave: "ù",
  uacute: "ú", yacute: "ý", Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Egrave: "È",
  Eacute: "É", Ecirc: "Ê", Igrave: "Ì", Iacute: "Í", Ograve: "Ò", Oacute: "Ó", Ocirc: "Ô",
  Otilde: "Õ", Ugrave: "Ù", Uacute: "Ú", Yacute: "Ý",
};

/** Single code units replaced by another string (possibly empty). */
function replacementFor(c: number): string | undefined {
  switch (c) {
    case 0x00a0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200a: case 0x202f: case 0x205f:
    case 0x3000: case 0x1680:
      return " ";
    case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff: case 0x00ad:
      return "";
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032:
      return "'";
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    // The Icelandic eth (`Ð`, `ð`) typed for the Vietnamese `Đ`, `đ`, which it looks like (`Bình Ðịnh`).
    case 0x00d0:
      return "Đ";
    case 0x00f0:
      return "đ";
    default:
      return undefined;
  }
}


// Tone placement: the toned forms of o/u (first vowel) and a/e/y (second vowel).
const TONE_FORMS: Record<string, string> = {
  a: "àáảãạ", e: "èéẻẽẹ", y: "ỳýỷỹỵ", o: "òóỏõọ", u: "ùúủũụ",
  A: "ÀÁẢÃẠ", E: "ÈÉẺẼẸ", Y: "ỲÝỶỸỴ", O: "ÒÓỎÕỌ", U: "ÙÚỦŨỤ",
};
const TONE_OF = new Map<string, [string, number]>();
for (const [base, forms] of Object.entries(TONE_FORMS)) {
  for (let t = 0; t < forms.length; t++) TONE_OF.set(forms[t]!, [base, t]);
}
// `oa`/`oe`/`uy` with the mark on the second vowel, at the end of a syllable; the letter
// before is checked in code (not after another vowel or `q`: quý, quả keep theirs).
const TONE_PAIR = /([oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
const VOWEL_OR_Q = new Set("aeiouyăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵq");

/** Same-length pass: moves the tone mark of open `oa`/`oe`/`uy` to the first vowel. */
function tonePlacementPass(text: string): string {
  TONE_PAIR.lastIndex = 0;
  if (!TONE_PAIR.test(text)) return text;
  TONE_PAIR.lastIndex = 0;
  return text.replace(TONE_PAIR, (pair: string, _g: string, offset: number) => {
    const before = offset > 0 ? text[offset - 1]!.toLowerCase() : "";
    if (before && VOWEL_OR_Q.has(before)) return pair;
    const [base, tone] = TONE_OF.get(pair[1]!)!;
    return TONE_FORMS[pair[0]!]![tone]! + base;
  });
}

// Characters that may need pass A: `&`, odd spaces, zero-width, quotes, dashes, the eth, combining
// marks, and the few precomposed characters that NFC replaces.
/** @internal Exported for tests. */
export const NEEDS_PASS_A =
  /[&\u00a0\u00ab\u00ad\u00bb\u00d0\u00f0\u0300-\u036f\u0374\u037e\u0387\u1680\u1dc0-\u1dff\u1f71-\u1ffd\u2000-\u2015\u2018-\u201f\u2032\u2033\u205f\u2060\u20d0-\u20ff\u2126\u212a\u212b\u2212\u2329\u232a\u3000\uf900-\ufaff\ufe20-\ufe2f\ufeff\ud87e]/;

/**
 * {@link NEEDS_PASS_A} for one code unit, without a regex or a one-character string: the pass-A
 * loop asks it at every non-ASCII character. Vietnamese letters (Latin-1, Latin Extended, U+1EA0-
 * U+1EF9) answer in the first test.
 */
export function needsPassAUnit(c: number): boolean {
  if (c < 0x2000) {
    if (c < 0x300) return c === 0x26 || c === 0xa0 || c === 0xab || c === 0xad || c === 0xbb || c === 0xd0 || c === 0xf0;
    if (c <= 0x36f) return true;
    if (c < 0x1680) return c === 0x374 || c === 0x37e || c === 0x387;
    return c === 0x1680 || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x1f71 && c <= 0x1ffd);
  }
  if (c <= 0x2015 || (c >= 0x2018 && c <= 0x201f) || c === 0x2032 || c === 0x2033 || c === 0x205f || c === 0x2060) return true;
  if ((c >= 0x20d0 && c <= 0x20ff) || c === 0x2126 || c === 0x212a || c === 0x212b || c === 0x2212 || c === 0x2329 || c === 0x232a || c === 0x3000) return true;
  return (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe20 && c <= 0xfe2f) || c === 0xfeff || c === 0xd87e;
}

/**
 * {@link NEEDS_PASS_A}`.test(input)` as a loop over code units: twice as fast as the regex on
 * Vietnamese news (its letters are answered by the first two tests).
 */
function needsPassA(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80) { if (c === 0x26) return true; continue; }
    if (c >= 0x1ea0 && c <= 0x1ef9) continue;
    if (needsPassAUnit(c)) return true;
  }
  return false;
}

const isCombining = (c: number): boolean =>
  (c >= 0x0300 && c <= 0x036f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);

/**
 * Normalises `input` (see the module notes) and returns the text with its offset map.
 *
 * @example
 * ```ts
 * const n = normalize("Thành phố Hoà Bình");
 * n.text; // "Thành phố Hòa Bình"
 * ```
 */
export function normalize(input: string): Normalized {
  if (typeof input !== "string") throw new TypeError(`thoisu: normalize expected a string, got ${describe(input)}`);
  if (!needsPassA(input)) {
    const text = tonePlacementPass(input);
    return { text, original: input, toOriginal: null };
  }
  // Pass A: copy unchanged stretches, replace the rest, and record where lengths change.
  const len = input.length;
  const pieces: string[] = [];
  // Checkpoints where the offset relation changes: normalised offset -> original offset.
  const normAt: number[] = [];
  const origAt: number[] = [];
  let outLen = 0;
  let copied = 0;
  const emit = (from: number, to: number, replacement: string) => {
    if (from > copied) { pieces.push(input.slice(copied, from)); outLen += from - copied; }
    // Each code unit of the replacement starts at `from`; afterwards offsets realign at `to`.
    for (let k = 0; k < replacement.length; k++) { normAt.push(outLen + k); origAt.push(from); }
    pieces.push(replacement);
    outLen += replacement.length;
    normAt.push(outLen); origAt.push(to);
    copied = to;
  };
  for (let i = 0; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80 && c !== 0x26) continue;
    if (c === 0x26) {
      const dec = decodeEntity(input, i);
      if (dec) { emit(i, i + dec.length, dec.text); i += dec.length - 1; }
      continue;
    }
    const rep = replacementFor(c);
    if (rep !== undefined) { emit(i, i + 1, rep); continue; }
    // A cluster: this code point (with a preceding base if it is a combining mark) and the
    // combining marks after it.
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < len) {
      const d = input.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    let combining = false;
    while (j < len && isCombining(input.charCodeAt(j))) { j++; combining = true; }
    // (A low surrogate never needs pass A: testing the first code unit tests the slice `[i, j)`.)
    if (!combining && !needsPassAUnit(c)) { i = j - 1; continue; }
    let from = i;
    // Include a base character just before a leading combining mark, if not yet copied.
    if (isCombining(c) && i > copied) {
      from = i - 1;
      const p = input.charCodeAt(from);
      if (p >= 0xdc00 && p <= 0xdfff && from > copied) from--;
    }
    const cluster = input.slice(from, j);
    const nfc = cluster.normalize("NFC");
    if (nfc !== cluster) emit(from, j, nfc);
    i = j - 1;
  }
  if (normAt.length === 0) return { text: tonePlacementPass(input), original: input, toOriginal: null };
  if (copied < len) { pieces.push(input.slice(copied)); outLen += len - copied; }
  const text = tonePlacementPass(pieces.join(""));
  // Expand the checkpoints into a full map (identity-shifted between checkpoints).
  const map = new Int32Array(outLen + 1);
  let n = 0, o = 0, cp = 0;
  while (n <= outLen) {
    if (cp < normAt.length && normAt[cp] === n) {
      o = origAt[cp]!;
      // Several checkpoints may share n (the replacement's end and the next one's start).
      while (cp + 1 < normAt.length && normAt[cp + 1] === n) { cp++; o = origAt[cp]!; }
      cp++;
    }
    map[n] = o;
    n++; o++;
  }
  map[outLen] = len;
  return { text, original: input, toOriginal: map };
}

function decodeEntity(s: string, i: number): { text: string; length: number } | null {
  // &name; or &#123; or &#x1F; with a bounded look-ahead (no regex over the whole text).
  const max = Math.min(s.length, i + 12);
  let j = i + 1;
  while (j < max && s.charCodeAt(j) !== 0x3b) j++;
  if (j >= max) return null;
  const body = s.slice(i + 1, j);
  if (body.length === 0) return null;
  if (body[0] === "#") {
    const hex = body[1] === "x" || body[1] === "X";
    const digits = body.slice(hex ? 2 : 1);
    if (!digits || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
    const cp = parseInt(digits, hex ? 16 : 10);
    if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    let t = String.fromCodePoint(cp);
    const r = t.length === 1 ? replacementFor(cp) : undefined;
    if (r !== undefined) t = r;
    return { text: t.normalize("NFC"), length: j - i + 1 };
  }
  const t = NAMED_ENTITIES[body];
  return t === undefined ? null : { text: t, length: j - i + 1 };
}

function describe(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "an array";
  return typeof x === "object" ? "an object" : `${typeof x} ${String(x).slice(0, 20)}`;
}

/**
 * Lower-case and strip diacritics, `đ`→`d`: the key used for case- and
 * diacritic-insensitive lookups (`HẢI DƯƠNG`, `hai duong` → `hai duong`).
 *
 * @example
 * ```ts
 * fold("Hải Dương"); // "hai duong"
 * ```
 */
export function fold(s: string): string {
  let out = "";
  const lower = s.toLowerCase();
  let plain = true;
  for (let k = 0; k < lower.length; k++) if (lower.charCodeAt(k) >= 0x80) { plain = false; break; }
  if (plain) return lower;
  const nfd = lower.normalize("NFD");
  for (let k = 0; k < nfd.length; k++) {
    const c = nfd.charCodeAt(k);
    if (c >= 0x300 && c <= 0x36f) continue;
    out += c === 0x111 ? "d" : nfd[k];
  }
  return out;
}

/** Canonical lower-case form of a (normalised) string: NFC, tone placement, lower case. */
export function canon(s: string): string {
  return normalize(s).text.toLowerCase();
}
