/**
 * Place slots: where a body or a role names its place (`Tỉnh ủy Hải Dương`, `UBND tỉnh
 * Quảng Nam`, `Chủ tịch Trung Quốc`), and the per-document context the place, body, role
 * and person rules share (gazetteer hits, places the document itself introduces).
 * @module
 */
import type { Doc } from "../pipeline/types.js";
import type { Token } from "../tokenize/index.js";
import { docState } from "../pipeline/doc-state.js";
import { isProperPlaceAt } from "./proper.js";
import { BODY_TRIE, CUE_TRIE, isCapWord, NAME_STOP_SET, NOT_NAME_SYLLABLES, PhraseTrie, SURNAME_TRIE, TITLE_TRIE, UNIT_TRIE, type PlaceUnit } from "./lexicons.js";
import type { PhraseHit } from "./phrase-trie.js";

/** A place the gazetteer (or another source) finds in the tokens: tokens [first, last). */
export interface PlaceHit { first: number; last: number; ref?: string; type?: string }
/** Finds known places in a document (the gazetteer's place names, as of the article's date). */
export type PlaceFinder = (doc: Doc) => readonly PlaceHit[];
/** Finds known bodies in a document (the gazetteer's body names). */
export type BodyFinder = (doc: Doc) => readonly PlaceHit[];
/** Options shared by the ROLE, ORG and LOC matchers: where known place and body names come from (default: none, patterns only). */
export interface PlaceRuleOptions { places?: PlaceFinder; bodies?: BodyFinder }

/**
 * The longest hit starting at each token index. Indexed, not a Map: the rules ask at nearly
 * every token, and an indexed load costs less than hashing the index. The index is a typed
 * array (zeroed, outside the garbage-collected heap), not an array of references over all tokens.
 */
export class TokenHits {
  private readonly hits: readonly PlaceHit[];
  /** Per token: 1 + the index in `hits` of the longest hit starting there, or 0 for none. */
  private readonly at: Int32Array;
  /** @param n The number of tokens. */
  constructor(hits: readonly PlaceHit[], n: number) {
    this.hits = hits;
    this.at = new Int32Array(n);
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      const prev = this.at[h.first]!;
      if (!prev || h.last > hits[prev - 1]!.last) this.at[h.first] = k + 1;
    }
  }
  /** The longest hit starting at token `i`, if any. */
  get(i: number): PlaceHit | undefined {
    const k = i >= 0 ? this.at[i] : undefined;
    return k ? this.hits[k - 1] : undefined;
  }
}

/** What the rules share about one document. */
export interface PlaceContext {
  doc: Doc;
  tokens: readonly Token[];
  /** Longest known place starting at a token index. */
  known: TokenHits;
  /** Longest known body name starting at a token index. */
  bodies: TokenHits;
  /** Place names the document introduces after a unit word (`tỉnh Bình Định` → `Bình Định`). */
  introduced: PhraseTrie<true>;
  /**
   * Per token, the longest unit word starting there (`UNIT_TRIE`), read once for the document:
   * the pre-pass, the place slots and the LOC rule ask at nearly every token. See {@link unitAt}.
   */
  units: readonly (PhraseHit<PlaceUnit> | null)[];
}

/** The longest unit word starting at token `i` (`UNIT_TRIE.longest(ctx.tokens, i)`, read from the context). */
export function unitAt(ctx: PlaceContext, i: number): PhraseHit<PlaceUnit> | null {
  return ctx.units[i] ?? null;
}

/** The key of the place contexts in a document's state. */
const PLACE_CONTEXTS = {};
/** Stands for "no finder" in the per-document map of contexts. */
const NO_FINDER = (): readonly PlaceHit[] => [];

/**
 * The shared context of `doc` for these finders, built once per document and pair of finders
 * (the ROLE, ORG and LOC matchers of one extractor share it; another extractor's finders get
 * their own).
 */
export function placeContext(doc: Doc, finder?: PlaceFinder, bodyFinder?: BodyFinder): PlaceContext {
  const byFinder = docState(doc.tokens).get(PLACE_CONTEXTS, () => new Map<PlaceFinder, Map<BodyFinder, PlaceContext>>());
  let byBodyFinder = byFinder.get(finder ?? NO_FINDER);
  if (!byBodyFinder) { byBodyFinder = new Map(); byFinder.set(finder ?? NO_FINDER, byBodyFinder); }
  const held = byBodyFinder.get(bodyFinder ?? NO_FINDER);
  if (held && held.doc === doc) return held;
  const known = new TokenHits(finder ? finder(doc) : [], doc.tokens.length);
  const bodies = new TokenHits(bodyFinder ? bodyFinder(doc) : [], doc.tokens.length);
  const toks = doc.tokens;
  const units: (PhraseHit<PlaceUnit> | null)[] = new Array(toks.length);
  for (let i = 0; i < toks.length; i++) units[i] = UNIT_TRIE.longest(toks, i);
  const ctx: PlaceContext = { doc, tokens: doc.tokens, known, bodies, introduced: new PhraseTrie<true>(false), units };
  // Pre-pass: names written after an administrative unit word become known for the document.
  // A unit word inside a known place's name is a syllable of it, not a unit (`Nhật Bản`: `bản`,
  // a village; `Chủ tịch Hạ viện Nhật Bản Tadamori Oshima` introduces no place `Tadamori Oshima`).
  let knownEnd = 0;
  for (let i = 0; i < toks.length; i++) {
    const inKnown = i < knownEnd;
    const h = known.get(i);
    if (h && h.last > knownEnd) knownEnd = h.last;
    if (inKnown) continue;
    const u = units[i];
    if (!u || u.value.kind !== "admin") continue;
    const end = placeNameEnd(ctx, u.end, true);
    if (end > u.end) ctx.introduced.addTokens(toks, u.end, end, true);
  }
  byBodyFinder.set(bodyFinder ?? NO_FINDER, ctx);
  return ctx;
}

/** Syllables that may end a three-syllable place name (`Hàm Thuận Bắc`, `Châu Thành A`). */
const PLACE_TAILS: ReadonlySet<string> = new Set(["bắc", "nam", "đông", "tây", "trung", "thượng", "hạ", "a", "b", "c", "minh"]);

const DIRECTIONS: ReadonlySet<string> = new Set(["bắc", "nam", "đông", "tây", "trung"]);

/** True when a person's name starts at `k`: a strong surname followed by a capitalised word. */
export function personStartsAt(tokens: readonly Token[], k: number): boolean {
  const s = SURNAME_TRIE.longest(tokens, k);
  return !!s && s.value === "strong" && isCapWord(tokens[s.end]) && !tokens[s.end]!.lineBefore;
}

/** True when token `k` cannot be part of a place or body name (a stop word, a title or body head). */
function stopsNameAt(ctx: PlaceContext, k: number): boolean {
  const tokens = ctx.tokens;
  const t = tokens[k]!;
  if (NAME_STOP_SET.has(t.lower)) return true;
  if (unitAt(ctx, k) || TITLE_TRIE.longest(tokens, k) || BODY_TRIE.longest(tokens, k)) return true;
  return false;
}

/**
 * End (exclusive) of the place name starting at token `i`, or `i` when none: a known place,
 * a name the document introduced, or (with `guess`) one or two capitalised syllables, a
 * third only for a direction or letter (`Hàm Thuận Bắc`), hyphenated pairs (`Bà Rịa - Vũng
 * Tàu`). A guess stops before a person's name (`Thành ủy Hà Nội Hoàng Trung Hải`).
 */
export function placeNameEnd(ctx: PlaceContext, i: number, guess: boolean): number {
  const toks = ctx.tokens;
  const t = toks[i];
  if (!t) return i;
  const hit = ctx.known.get(i);
  if (hit) return hit.last;
  // Only a name written as one can be taken from the introduced names (isProperPlaceAt wants a
  // capital or an abbreviation): asking first spares a trie walk at most tokens.
  const intro = (t.kind === "abbr" || (t.kind === "word" && t.upper)) ? ctx.introduced.longest(toks, i) : null;
  if (intro && isProperPlaceAt(toks, i, intro.end) && !(isCapWord(toks[intro.end]) && !toks[intro.end]!.lineBefore && !personStartsAt(toks, intro.end))) return intro.end;
  if (!guess) return i;
  if (!isCapWord(t) || stopsNameAt(ctx, i) || personStartsAt(toks, i)) return i;
  let end = i + 1;
  const next = toks[end];
  if (isCapWord(next) && !next.lineBefore && next.spaceBefore && !personStartsAt(toks, end) && !stopsNameAt(ctx, end)) {
    end++;
    const third = toks[end];
    if (isCapWord(third) && !third.lineBefore && PLACE_TAILS.has(third.lower) && !isCapWord(toks[end + 1])) end++;
  }
  // A surname-led run going on past the guess is a person (`Tỉnh ủy Hồ Quốc Dũng`), unless a
  // full name follows (`Tỉnh ủy Đông Lạc Khổng Viết Thuận`).
  const after = toks[end];
  if (end - i >= 2 && SURNAME_TRIE.longest(toks, i) && isCapWord(after) && !after.lineBefore && !personStartsAt(toks, end)) return i;
  // One capitalised syllable and a lower-case one make a word, not a place (`Cơ quan`, `Cấp cao`).
  if (end === i + 1 && after && after.kind === "word" && !after.upper && !after.lineBefore && !NOT_NAME_SYLLABLES.has(after.lower) && after.lower !== "bộ") return i;
  // Regions named by direction keep a lower-case `bộ` (`Bắc Trung bộ`, `Nam bộ`).
  if (after && after.lower === "bộ" && !after.upper && !after.lineBefore && DIRECTIONS.has(toks[end - 1]!.lower)) end++;
  // Hyphenated pairs: Bà Rịa - Vũng Tàu, Thừa Thiên - Huế.
  const dash = toks[end];
  if (dash && dash.text === "-" && isCapWord(toks[end + 1]) && end - i <= 2) {
    const after = placeNameEnd(ctx, end + 1, true);
    if (after > end + 1 && after - i <= 5) end = after;
  }
  return end;
}

/** A place slot: its end, and the LOC span inside it (token range), if any. */
export interface PlaceSlot { end: number; loc: { first: number; last: number; ref?: string } | null; unit: PlaceUnit | null }

const HCM = new Set(["tp.hcm", "tphcm", "tp.hồ chí minh"]);
/** One bit per length of an {@link HCM} form (all below 32). */
const HCM_LENGTHS = [...HCM].reduce((bits, f) => bits | (1 << f.length), 0);
/** Unit words that keep a number as the name (`Quận 1`, `Phường 5`). */
const NUMBERED_UNITS: ReadonlySet<string> = new Set(["quận", "phường", "khu"]);
/** Unit words that stand alone as a place slot with no name after them (`UBND tỉnh`). */
const BARE_UNITS: ReadonlySet<string> = new Set(["tỉnh", "thành phố", "tp", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn"]);

/**
 * Parses a place slot at token `i`: `tỉnh Hải Dương` (LOC `Hải Dương`), a bare unit word
 * (`UBND tỉnh`), `TP.HCM`, or a bare place name (`Hà Nội`; guessed only with `guess`).
 */
export function parsePlaceSlot(ctx: PlaceContext, i: number, guess: boolean): PlaceSlot | null {
  const toks = ctx.tokens;
  const t = toks[i];
  if (!t) return null;
  // The token's length (from its offsets) and then its first letter (every form starts with `t`)
  // spare a hash lookup, and most tokens a read of their string.
  const n = t.end - t.start;
  if (n < 32 && (HCM_LENGTHS >>> n) & 1 && t.lower.charCodeAt(0) === 116 && HCM.has(t.lower)) return { end: i + 1, loc: { first: i, last: i + 1 }, unit: null };
  const u = unitAt(ctx, i);
  if (u && u.value.kind === "admin") {
    // An abbreviated unit written with its dot apart from the name: `TP. Hồ Chí Minh`, `TP. Vinh`,
    // or against it (`TP.Hà Nội`, two words for the tokenizer).
    let j = u.end === i + 1 && t.kind === "abbr" && toks[i + 1]?.text === "." && !toks[i + 1]!.spaceBefore && isCapWord(toks[i + 2]) && !toks[i + 2]!.lineBefore && !CUE_TRIE.longest(toks, i + 2) ? i + 2 : u.end;
    const n = toks[j];
    // Numbered units keep their unit word (Quận 1); so does Hồ Chí Minh City.
    if (n && n.kind === "number" && !n.lineBefore && NUMBERED_UNITS.has(t.lower)) return { end: j + 1, loc: { first: i, last: j + 1 }, unit: u.value };
    if (n && (n.lower === "hcm" || n.lower === "hồ") && (t.lower === "tp" || t.lower === "thành")) {
      const e = n.lower === "hcm" ? j + 1 : (toks[j + 2]?.lower === "minh" ? j + 3 : j);
      if (e > j) return { end: e, loc: { first: i, last: e }, unit: u.value };
    }
    const end = placeNameEnd(ctx, j, true);
    if (end > j) return { end, loc: locSpan(ctx, j, end), unit: u.value };
    // No name after the full stop: the bare unit word, without it.
    j = u.end;
    // Every bare unit is one or two words: longer units need no joined text.
    if (j - i === 1 ? BARE_UNITS.has(t.lower) : j - i === 2 && BARE_UNITS.has(`${t.lower} ${toks[i + 1]!.lower}`)) {
      return { end: j, loc: null, unit: u.value };
    }
    return null;
  }
  const end = placeNameEnd(ctx, i, guess);
  if (end > i) return { end, loc: locSpan(ctx, i, end), unit: null };
  return null;
}

/** The LOC span [first, last), with the gazetteer's ref when a known place is exactly that span (one object, no spread). */
function locSpan(ctx: PlaceContext, first: number, last: number): { first: number; last: number; ref?: string } {
  const h = ctx.known.get(first);
  return h && h.last === last && h.ref ? { first, last, ref: h.ref } : { first, last };
}
