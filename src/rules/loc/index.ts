/**
 * LOC by pattern: a place after an administrative unit word (`tỉnh Hải Dương` → `Hải
 * Dương`, unit outside; `Quận 1`, `TP Hồ Chí Minh` keep it), natural features and built
 * places with their classifier kept (`sông Lam`, `đường Nguyễn Viết Xuân`, `Khu công
 * nghiệp Phú Tài`), and later bare mentions of a name the document introduced that way.
 * Known places (countries, provinces) come from the gazetteer matcher.
 * @module
 */
import type { Candidate, Doc, Matcher } from "../../pipeline/types.js";
import type { Token } from "../../tokenize/index.js";
import { BODY_TRIE, CUE_TRIE, isCapWord, NAME_STOP_SET, NOT_NAME_SYLLABLES, SURNAME_TRIE, TITLE_TRIE, UNIT_TRIE } from "../../match/lexicons.js";
import { parsePlaceSlot, personStartsAt, placeContext, unitAt, type PlaceRuleOptions } from "../../match/places.js";
import { classifierInWord, isProperPlaceAt } from "../../match/proper.js";
import { isWordPair } from "../../match/bodies.js";
import { coveredBy, insideGazetteerPlaces } from "../../match/covered.js";
import { tokenStartingAt } from "../../pipeline/filter.js";

/** End of a built place's or feature's name after its classifier: capitalised words, a number, titles inside (`Khu lưu niệm Tổng Bí thư Nguyễn Văn Cừ`). */
function featureNameEnd(doc: Doc, i: number): number {
  const toks = doc.tokens;
  let k = i;
  while (k < toks.length && k - i < 8) {
    const t = toks[k]!;
    if (k > i && t.lineBefore) break;
    // A title inside a memorial's name (`Khu lưu niệm Tổng Bí thư Nguyễn Văn Cừ`) stays in the name.
    const ti = k > i ? TITLE_TRIE.longest(toks, k) : null;
    if (ti && isCapWord(toks[ti.end]) && !toks[ti.end]!.lineBefore) { k = ti.end; continue; }
    // So does an honorific before the name (`Nhà tưởng niệm đồng chí Khổng Viết Thuận`, `Đền thờ Bác Hồ`).
    const cue = k === i ? CUE_TRIE.longest(toks, k) : null;
    if (cue && cue.value === "honorific" && isCapWord(toks[cue.end]) && !toks[cue.end]!.lineBefore && SURNAME_TRIE.longest(toks, cue.end)) { k = cue.end; continue; }
    if ((t.kind === "word" && t.upper) || t.kind === "abbr") { k++; continue; }
    if (t.kind === "number" && k === i) { k++; break; }
    // A number glued to the name by a hyphen is its part (`sân bay Vadorsk-2`, `nhà máy Khê Lạc-1`).
    if (t.text === "-" && k > i && !t.spaceBefore && toks[k + 1]?.kind === "number" && !toks[k + 1]!.spaceBefore && !toks[k + 1]!.lineBefore) { k += 2; break; }
    // A photo credit after a dash is no part of the name (`cửa khẩu Hữu Nghị - Ảnh: ...`).
    if (t.text === "-" && isCapWord(toks[k + 1]) && k > i && !CREDIT_AFTER_DASH.has(toks[k + 1]!.lower)) { k++; continue; }
    // A lower-case syllable completing a word with the capitalised one before it (`Đại lễ
    // đường Nhân dân`, `Trụ sở Trung ương Đảng`).
    // It must end the phrase there (`sông Cầu nối giữa` is a verb phrase).
    const nx = toks[k + 1];
    const ends = !nx || nx.lineBefore || nx.kind !== "word" || nx.upper || NOT_NAME_SYLLABLES.has(nx.lower) || nx.lower === "ở" || nx.lower === "nơi";
    if (k > i && t.kind === "word" && t.spaceBefore && ends && isCapWord(toks[k - 1]) && isWordPair(toks[k - 1]!, t)) { k++; continue; }
    break;
  }
  return k;
}

/** Words after a dash that start a credit, not the rest of a name. */
const CREDIT_AFTER_DASH: ReadonlySet<string> = new Set(["ảnh", "video", "clip", "nguồn", "theo"]);

/** Short country names valid only in pairs (`quan hệ Việt - Trung`, `Việt - Lào`). */
const SHORT_COUNTRIES: ReadonlySet<string> = new Set("việt trung lào nhật hàn mỹ nga pháp đức anh ấn úc thái triều miên xô cuba".split(" "));

/**
 * End of a pair (or chain) of short country names joined by dashes starting at `i`, or `i`:
 * `Việt - Trung`, `Việt - Lào - Campuchia`. Each side is a LOC; both sides must be short forms
 * or known places. Example: `hợp tác Việt - Trung`; counter-example: `Trung - Nam` (no: `nam`
 * is not a short form), `Việt Nam` (no dash).
 */
function countryPair(ctx: ReturnType<typeof placeContext>, i: number): readonly { first: number; last: number }[] {
  const toks = ctx.tokens;
  // Quick reject without allocating (this runs at every token): a first side, then a dash.
  let e = pairSideEnd(ctx, i, i);
  if (e === i || toks[e]?.text !== "-" || toks[e]!.lineBefore) return NO_PAIR;
  const out: { first: number; last: number }[] = [{ first: i, last: e }];
  while (toks[e]?.text === "-" && !toks[e]!.lineBefore) {
    const e2 = pairSideEnd(ctx, i, e + 1);
    if (e2 === e + 1) break;
    out.push({ first: e + 1, last: e2 });
    e = e2;
  }
  return out.length >= 2 && hasShortSide(ctx, out) ? out : NO_PAIR;
}
// A separate function, not a closure in countryPair: a closure there would make V8 allocate
// its captured variables at every call, i.e. at every token.
function hasShortSide(ctx: ReturnType<typeof placeContext>, sides: readonly { first: number; last: number }[]): boolean {
  return sides.some((o) => o.last === o.first + 1 && SHORT_COUNTRIES.has(ctx.tokens[o.first]!.lower) && !ctx.known.get(o.first));
}
const NO_PAIR: readonly { first: number; last: number }[] = [];

/** End of one side of a country pair at token `k` (a known place or a short form), or `k`; `i` is where the pair starts. */
function pairSideEnd(ctx: ReturnType<typeof placeContext>, i: number, k: number): number {
  const toks = ctx.tokens;
  const t = toks[k];
  if (!isCapWord(t) || (k > i && t.lineBefore)) return k;
  const known = ctx.known.get(k);
  if (known) return known.last;
  return SHORT_COUNTRIES.has(t.lower) && !isCapWord(toks[k + 1]) ? k + 1 : k;
}

/**
 * End of two world regions the gazetteer knows joined by a spaced dash at token `i`, or `i`: one
 * region named by both (`Đông Á - Thái Bình Dương`, `Trung Đông - Bắc Phi`), as the guidelines take
 * `châu Á - Thái Bình Dương`. Countries stay two places (`Nga - Trung Quốc`, loc/country-pair).
 */
function regionPairEnd(toks: readonly Token[], i: number, regionAt: ReadonlyMap<number, Candidate>): number {
  const a = regionAt.get(toks[i]!.start);
  if (!a) return i;
  let k = i;
  while (k < toks.length && toks[k]!.end <= a.end) k++;
  const dash = toks[k], next = toks[k + 1];
  if (!dash || !next || dash.text !== "-" || dash.lineBefore || next.lineBefore || !dash.spaceBefore || !next.spaceBefore) return i;
  const b = regionAt.get(next.start);
  if (!b) return i;
  let e = k + 1;
  while (e < toks.length && toks[e]!.end <= b.end) e++;
  return e;
}

/** Options of the LOC matcher. */
export type LocMatcherOptions = PlaceRuleOptions;

/** The LOC pattern matcher. */
export function createLocMatcher(opts: LocMatcherOptions = {}): Matcher {
  return {
    id: "loc",
    match(doc: Doc, found: readonly Candidate[]): Candidate[] {
      const ctx = placeContext(doc, opts.places, opts.bodies);
      const toks = doc.tokens;
      const covered = coveredBy(doc, found, (c) => c.type === "ROLE" || c.type === "ORG");
      // World regions the gazetteer found, by start: two joined by a dash are one region (`Đông Á - Thái Bình Dương`).
      const regionAt = new Map<number, Candidate>();
      for (const c of found) if (c.type === "LOC" && c.ref?.startsWith("vung:")) regionAt.set(c.start, c);
      // Inside a place the gazetteer found, a syllable is no unit word (`Nhật Bản Phó Chủ tịch …`: `Bản` is no village).
      const insidePlace = insideGazetteerPlaces(doc, found);
      const out: Candidate[] = [];
      const push = (first: number, last: number, rule: string, ref?: string) =>
        out.push({ type: "LOC", start: toks[first]!.start, end: toks[last - 1]!.end, rule, priority: 1, ...(ref ? { ref } : {}) });
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        if (covered[t.start] || insidePlace[t.start]) continue;
        const u = unitAt(ctx, i);
        // A one-word classifier that is also a family name (Hồ, Đường) must be written lowercase.
        // A classifier completing a word with the syllable before it (`yêu cầu`, `Hội chợ`) is none.
        if (u && u.value.kind !== "admin" && !(u.end === i + 1 && t.upper && SURNAME_TRIE.longest(toks, i)?.end === i + 1) && !(u.end === i + 1 && classifierInWord(toks, i))) {
          // Lowercase classifiers need a capitalised name; capitalised ones (Khu công nghiệp) too.
          const e = featureNameEnd(doc, u.end);
          if (e > u.end && !toks[u.end]!.lineBefore && (isCapWord(toks[u.end]) || toks[u.end]!.kind === "number" || toks[u.end]!.kind === "abbr" || u.value.kind === "built" && isCapWord(toks[e - 1]))) {
            push(i, e, `loc/${u.value.kind}`);
            i = e - 1;
            continue;
          }
        }
        const region = regionAt.size ? regionPairEnd(toks, i, regionAt) : i;
        if (region > i) { push(i, region, "loc/region-pair"); i = region - 1; continue; }
        const pair = countryPair(ctx, i);
        if (pair.length) {
          for (const o of pair) push(o.first, o.last, "loc/country-pair");
          i = pair[pair.length - 1]!.last - 1;
          continue;
        }
        // A place slot at a lower-case word needs an administrative unit word there, a known place
        // (`châu Á`) or a `TP.HCM` form (all of which start with `tp`): asked first, since most
        // tokens are such words, and the slot's parse is not cheap.
        if (t.kind === "word" && !t.upper && !(u && u.value.kind === "admin") && !ctx.known.get(i) && !t.lower.startsWith("tp")) continue;
        const slot = parsePlaceSlot(ctx, i, false);
        if (slot?.loc && (slot.unit || slot.loc.last - slot.loc.first >= 1)) {
          const { first, last } = slot.loc;
          // A bare name (no unit word) only when it stands alone, not inside a longer capitalised run.
          if (!slot.unit && first === i && (isCapWord(toks[i - 1]) && !toks[i]!.lineBefore || isCapWord(toks[last]) && !toks[last]!.lineBefore)) continue;
          if (!slot.unit && !ctx.introduced.longest(toks, i) && !ctx.known.get(i) && !/^(tp\.hcm|tphcm)$/.test(toks[i]!.lower)) continue;
          if (!slot.unit && !isProperPlaceAt(toks, first, last)) continue;
          push(first, last, slot.unit ? "loc/unit" : "loc/introduced", slot.loc.ref);
          i = slot.end - 1;
        }
      }
      siblingPlaces(toks, found, out, covered, push);
      return out;
    },
  };
}

/** Unit words of districts, communes and wards, after which a list of sibling units may follow bare. */
const LOCAL_UNITS: ReadonlySet<string> = new Set(["xã", "phường", "thị trấn", "huyện", "quận", "thị xã"]);

/**
 * Places listed bare after a place written with its unit word (`phường Khê Lạc, Hưng Khê, TP
 * Đông Lạc`, `xã Tân Lập, Tân Hòa và Tân Phú`): after a comma or `và`, 1-3 capitalised syllables that
 * end at a comma, `và`, a closing mark or the line's end, and start no person's name, title, body,
 * unit or cue. Only right after a place (found by a matcher) whose unit word is a district's,
 * commune's or ward's, and along the chain that follows it.
 */
function siblingPlaces(toks: readonly Token[], found: readonly Candidate[], out: Candidate[], covered: Uint8Array, push: (first: number, last: number, rule: string) => void): void {
  const placeEnds = new Map<number, Candidate>();
  for (const c of found) if (c.type === "LOC") placeEnds.set(c.end, c);
  for (const c of out) placeEnds.set(c.end, c);
  if (placeEnds.size === 0) return;
  const taken = new Set<number>();
  for (const c of found) if (c.type === "LOC") taken.add(c.start);
  for (const c of out) taken.add(c.start);
  for (let k = 1; k < toks.length; k++) {
    const sep = toks[k]!;
    if (sep.text !== "," && sep.lower !== "và") continue;
    const p = placeEnds.get(toks[k - 1]!.end);
    if (!p) continue;
    const pf = tokenStartingAt(toks, p.start);
    if (pf < 0 || !localUnitBefore(toks, pf)) continue;
    // Walk the chain: `, A, B và C`.
    let j = k;
    while (toks[j] && (toks[j]!.text === "," || toks[j]!.lower === "và") && !toks[j]!.lineBefore) {
      const f = j + 1;
      const e = siblingEnd(toks, f, covered, taken);
      if (e === f) break;
      push(f, e, "loc/sibling");
      taken.add(toks[f]!.start);
      j = e;
    }
    k = Math.max(k, j - 1);
  }
}

/** True when an admin unit word of a district, commune or ward stands right before token `f` (`phường Khê Lạc`). */
function localUnitBefore(toks: readonly Token[], f: number): boolean {
  for (let j = Math.max(0, f - 2); j < f; j++) {
    const u = UNIT_TRIE.longest(toks, j, f);
    if (u && u.end === f && u.value.kind === "admin" && LOCAL_UNITS.has(u.value.word.toLowerCase()) && !toks[j]!.upper) return true;
  }
  return false;
}

/** End of a bare sibling place's name at `f` (1-3 capitalised syllables, then a list mark or the line's end), or `f`. */
function siblingEnd(toks: readonly Token[], f: number, covered: Uint8Array, taken: ReadonlySet<number>): number {
  const t = toks[f];
  if (!isCapWord(t) || t.lineBefore || covered[t.start] || taken.has(t.start)) return f;
  if (NAME_STOP_SET.has(t.lower) || TITLE_TRIE.longest(toks, f) || BODY_TRIE.longest(toks, f) || UNIT_TRIE.longest(toks, f) || CUE_TRIE.longest(toks, f) || personStartsAt(toks, f)) return f;
  let e = f + 1;
  while (e - f < 3 && isCapWord(toks[e]) && !toks[e]!.lineBefore && toks[e]!.spaceBefore && !covered[toks[e]!.start] && !UNIT_TRIE.longest(toks, e)) e++;
  const n = toks[e];
  if (n && !n.lineBefore && !(n.text === "," || n.lower === "và" || n.text === "." || n.text === ";" || n.text === ")")) return f;
  return e;
}

/** The default LOC pattern matcher. */
export const locMatcher: Matcher = createLocMatcher();
