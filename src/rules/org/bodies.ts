/**
 * The body grammar shared by ORG and ROLE: a body head from data/lexicon/body-heads.tsv,
 * then what that head takes — a place (`Tỉnh ủy Hải Dương`), a capitalised name (`Bộ Tài
 * chính`), or the body it belongs to (`Ban Thường vụ Tỉnh ủy Hải Dương`).
 * @module
 */
import type { Token } from "../../tokenize/index.js";
import { parsePlaceSlot, personStartsAt, type PlaceContext } from "../loc/places.js";
import { BODY_TRIE, FIELD_TRIE, isCapWord, NAME_JOINERS, NAME_STOP_SET, NOT_NAME_SYLLABLES, TITLE_TRIE, UNIT_TRIE, type BodyHead } from "./lexicon.js";

/** A parsed body: token range, its head, and the LOC spans inside it. */
export interface BodyParse {
  first: number;
  last: number;
  head: BodyHead;
  locs: { first: number; last: number; ref?: string }[];
  /** The gazetteer's id of the body, when its name is known and the span is exactly that name. */
  ref?: string;
}

const startsUpper = (t: Token | undefined): boolean => !!t && (t.kind === "abbr" || (t.kind === "word" && t.upper));

/**
 * Parses a body starting at token `i` (its head must be capitalised or an abbreviation).
 * Returns null when no body starts there.
 */
export function parseBody(ctx: PlaceContext, i: number, depth = 0, lenientTail = false): BodyParse | null {
  const toks = ctx.tokens;
  if (!startsUpper(toks[i])) return null;
  const h = BODY_TRIE.longest(toks, i);
  if (!h) return null;
  const head = h.value;
  let j = h.end;
  const locs: BodyParse["locs"] = [];
  let completed = false;
  const next = toks[j];
  const adjacent = !!next && !next.lineBefore;
  if (adjacent && head.body && depth < 3) {
    const inner = parseBody(ctx, j, depth + 1, lenientTail);
    if (inner) { j = inner.last; locs.push(...inner.locs); completed = true; }
  }
  if (!completed && adjacent && head.name) {
    const n = bodyNameEnd(ctx, j, lenientTail);
    if (n > j) {
      j = n; completed = true;
      // A unit or place may follow the name: Sở Tài chính TPHCM, Công an tỉnh Đắk Lắk.
      const p = toks[j] && !toks[j]!.lineBefore ? parsePlaceSlot(ctx, j, false) : null;
      if (p?.loc) { j = p.end; locs.push(p.loc); }
    }
  }
  if (!completed && adjacent && head.place) {
    const p = parsePlaceSlot(ctx, j, true);
    if (p) { j = p.end; if (p.loc) locs.push(p.loc); completed = true; }
  }
  if (!completed && adjacent && (head.none || head.standalone)) {
    // A complete name may still take its country: Quốc hội Việt Nam, Chính phủ nước Cộng hòa ...
    let k = j;
    if (toks[k]?.lower === "nước" && !toks[k]!.lineBefore) k++;
    const p = toks[k] && !toks[k]!.lineBefore && !startsLowerUnit(toks, k) ? parsePlaceSlot(ctx, k, false) : null;
    if (p?.loc) { j = p.end; locs.push(p.loc); completed = true; }
  }
  // A body the gazetteer knows runs to the end of its name (`Bộ Giao thông vận tải`), then may
  // take its place (`Sở ... tỉnh Yên Bái`).
  const known = ctx.bodies.get(i);
  let ref: string | undefined;
  if (known && known.last >= j) {
    if (known.last > j) { j = known.last; completed = true; locs.length = 0; }
    ref = known.ref;
    const p = toks[j] && !toks[j]!.lineBefore ? parsePlaceSlot(ctx, j, false) : null;
    if (p?.loc && p.unit) { j = p.end; locs.push(p.loc); ref = undefined; }
  }
  if (!completed && !head.standalone && !head.none) return null;
  // A body of the legislature or government names its parent with `của` (`Ủy ban Kinh tế của
  // Quốc hội`): one name, as long as the parent is a complete standalone body.
  if (completed && toks[j]?.lower === "của" && !toks[j]!.lineBefore) {
    const parent = BODY_TRIE.longest(toks, j + 1);
    if (parent && parent.value.none && parent.value.standalone && startsUpper(toks[j + 1]) && depth === 0) { j = parent.end; ref = undefined; }
  }
  return { first: i, last: j, head, locs, ...(ref ? { ref } : {}) };
}

const lowerOk = (toks: readonly Token[], k: number): boolean =>
  !NOT_NAME_SYLLABLES.has(toks[k]!.lower) && !UNIT_TRIE.longest(toks, k) && !BODY_TRIE.longest(toks, k) && !TITLE_TRIE.longest(toks, k);

function startsLowerUnit(toks: readonly Token[], k: number): boolean {
  const u = UNIT_TRIE.longest(toks, k);
  return !!u && !toks[k]!.upper;
}

/**
 * End of a body's proper name starting at `i` (`Tài chính`, `Kế hoạch và Đầu tư`, `Xuyên
 * Việt Oil`, `KH-ĐT`), or `i` when none. Vietnamese capitalises the first syllable of each
 * word, so one lower-case syllable may follow a capitalised one (`Tài chính`, `Y tế`).
 */
export function bodyNameEnd(ctx: PlaceContext, i: number, lenientTail = false): number {
  const toks = ctx.tokens;
  let k = i, end = i;
  let lowerRun = 0, capRun = 0;
  // A known field of work is read whole (`Tài nguyên và Môi trường`, `Ngân sách nhà nước`).
  const field = startsUpper(toks[i]) ? FIELD_TRIE.longest(toks, i) : null;
  if (field) { k = end = field.end; lowerRun = 1; }
  while (k < toks.length && k - i < 14) {
    const t = toks[k]!;
    if (k > i && t.lineBefore) break;
    const cap = t.kind === "abbr" || (t.kind === "word" && t.upper);
    if (cap) {
      if (k > i && (TITLE_TRIE.longest(toks, k) || personStartsAt(toks, k))) break;
      if (NAME_STOP_SET.has(t.lower) && !(k > i && t.kind === "abbr")) break;
      if (UNIT_TRIE.longest(toks, k)?.value.kind === "admin") break;
      k++; end = k; lowerRun = 0; capRun++;
      continue;
    }
    if (t.kind === "number" && k > i) { k++; end = k; lowerRun = 1; capRun = 0; continue; }
    if (k === i) break;
    if (NAME_JOINERS.has(t.lower) && startsUpper(toks[k + 1]) && !toks[k + 1]!.lineBefore && !BODY_TRIE.longest(toks, k + 1) && !TITLE_TRIE.longest(toks, k + 1)) { k++; continue; }
    // One lower-case syllable completes a word begun by a single capitalised one (Tài chính,
    // not Quảng Tây đón).
    if (t.kind === "word" && lowerRun === 0 && capRun === 1 && lowerOk(toks, k)) {
      k++; end = k; lowerRun = 1; capRun = 0;
      continue;
    }
    // In a role's body, a lower-case tail of up to 3 syllables that ends the phrase (before
    // punctuation, a line end or a name): Vụ Ngân sách nhà nước, Cảnh sát cơ động.
    if (lenientTail && t.kind === "word" && lowerOk(toks, k)) {
      let m = k;
      while (m < toks.length && m - k < 3 && toks[m]!.kind === "word" && !toks[m]!.upper && !toks[m]!.lineBefore && lowerOk(toks, m)) m++;
      const after = toks[m];
      if (m > k && (!after || after.lineBefore || after.kind === "punct" && after.text !== "-" || personStartsAt(toks, m))) { end = k = m; }
    }
    break;
  }
  return end;
}
