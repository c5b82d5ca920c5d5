/**
 * The body grammar shared by ORG and ROLE: a body head from data/lexicon/body-heads.tsv,
 * then what that head takes — a place (`Tỉnh ủy Hải Dương`), a capitalised name (`Bộ Tài
 * chính`), or the body it belongs to (`Ban Thường vụ Tỉnh ủy Hải Dương`).
 * @module
 */
import type { Token } from "../tokenize/index.js";
import { BODY_ACTIVITIES, FUND_KINDS } from "./lexicon.generated.js";
import { isWordPairOf } from "../data/word-pairs.js";
import { parsePlaceSlot, personStartsAt, placeNameEnd, type PlaceContext } from "./places.js";
import { BODY_TRIE, CUE_TRIE, PhraseTrie, phraseKeys, FIELD_TRIE, FIRM_FORM_TRIE, SURNAME_TRIE, isAllCaps, isCapWord, NAME_JOINERS, NAME_STOP_SET, NOT_NAME_SYLLABLES, TITLE_TRIE, UNIT_TRIE, vietnameseSyllable, type BodyHead, bodyHeadsOfKind } from "./lexicons.js";

/** A parsed body: token range, its head, and the LOC spans inside it. */
export interface BodyParse {
  first: number;
  last: number;
  head: BodyHead;
  locs: { first: number; last: number; ref?: string }[];
  /** The gazetteer's id of the body, when its name is known and the span is exactly that name. */
  ref?: string;
  /** What completed the head (the rule that fired): see {@link BodyForm}. */
  form: BodyForm;
}

/**
 * What completed a body's head: another body (`Ban Thường vụ {Tỉnh ủy}`), a company's, fund's or
 * numbered unit's name, a proper name, a place, a country (`Quốc hội {Việt Nam}`), the
 * gazetteer's name of a known body, a topic after `về`, or nothing (a head that names one body
 * alone: `Quốc hội`).
 */
export type BodyForm = "body" | "firm" | "fund" | "number" | "name" | "place" | "country" | "known" | "topic" | "alone" | "credit";

/** Party committees whose lower-case spelling still names one body before a place name. */
const LOWER_COMMITTEES: ReadonlySet<string> = new Set(["tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy"]);
const startsUpper = (t: Token | undefined): boolean => !!t && (t.kind === "abbr" || (t.kind === "word" && t.upper));

/**
 * Parses a body starting at token `i` (its head must be capitalised or an abbreviation).
 * Returns null when no body starts there.
 */
export function parseBody(ctx: PlaceContext, i: number, depth = 0, lenientTail = false): BodyParse | null {
  const toks = ctx.tokens;
  const h = BODY_TRIE.longest(toks, i);
  if (!h) return knownNameBody(ctx, i);
  // A party committee is often written in lower case before its place's name (`huyện ủy Quốc
  // Oai`, `tỉnh ủy Bình Định`); other lower-case heads are common nouns.
  // A lower-case committee also completes a capitalised body it belongs to (`Ban Thường vụ
  // tỉnh ủy`, depth > 0).
  if (!startsUpper(toks[i]) && !(LOWER_COMMITTEES.has(h.value.lower) && ((isCapWord(toks[h.end]) && !toks[h.end]!.lineBefore) || depth > 0)) && !lowerFundName(toks, i, h.end, h.value) && !lowerMediaName(toks, i, h.end, h.value)) return null;
  // A head word inside a person's name (`Lê Bộ Lĩnh`): right after a strong family name.
  if (h.end === i + 1 && depth === 0 && !toks[i]!.lineBefore && SURNAME_TRIE.longest(toks, i - 1)?.value === "strong" && isCapWord(toks[i - 1]) && isCapWord(toks[i + 1]) && !toks[i + 1]!.lineBefore) return null;
  // A capitalised head of two syllables that ends a person's name (`Khổng Chính Hiệp`).
  if (h.end === i + 2 && depth === 0 && !toks[i]!.lineBefore && SURNAME_TRIE.longest(toks, i - 1)?.value === "strong" && isCapWord(toks[i - 1]) && !toks[i - 1]!.lineBefore && isCapWord(toks[i]) && isCapWord(toks[i + 1]) && !isCapWord(toks[i + 2])) return null;
  const head = h.value;
  let j = h.end;
  const locs: BodyParse["locs"] = [];
  let completed = false;
  let form: BodyForm = "alone";
  // An abbreviation in brackets inside the name, with the name going on after it (`Ủy ban
  // Kiểm tra (UBKT) Trung ương`): one span. At the end of a name it stays outside.
  const skip = bracketedAbbrevEnd(toks, j);
  if (skip > j && (BODY_TRIE.longest(toks, skip) || ctx.known.get(skip)) && startsUpper(toks[skip])) j = skip;
  const next = toks[j];
  const adjacent = !!next && !next.lineBefore;
  if (adjacent && head.body && depth < 3) {
    const inner = parseBody(ctx, j, depth + 1, lenientTail);
    if (inner) {
      j = inner.last; locs.push(...inner.locs); completed = true; form = "body";
      if (inner.form === "alone" && inner.head.place) j = officePairEnd(ctx, h.end, inner.first, j, locs);
    } else {
      const b = BODY_TRIE.longest(toks, j);
      const e = b && b.value.place && startsUpper(toks[j]) ? officePairEnd(ctx, h.end, j, b.end, locs) : j;
      if (e > j) { j = e; completed = true; form = "body"; }
    }
  }
  // The same office's pair when the office's head is read as a title (`Chánh Văn phòng | Đoàn
  // ĐBQH và HĐND tỉnh X`).
  if (!completed && depth === 0 && head.place) {
    const e = officePairEnd(ctx, i, i, h.end, locs);
    if (e > h.end) { j = e; completed = true; form = "place"; }
  }
  if (!completed && adjacent && (head.firm || head.fund || head.num)) {
    const n = head.firm ? firmNameEnd(ctx, j) : head.fund ? fundNameEnd(ctx, j) : numberedNameEnd(ctx, j);
    if (n.end > j) {
      j = n.end; completed = true; locs.push(...n.locs);
      form = head.firm ? "firm" : head.fund ? "fund" : "number";
      const p = toks[j] && !toks[j]!.lineBefore ? parsePlaceSlot(ctx, j, false) : null;
      if (p?.loc) { j = p.end; locs.push(p.loc); }
    }
  }
  // A head that names its parent body or place first (`Đảng ủy`, `Văn phòng`) takes a name only
  // where no post or holder starts (`Bí thư Đảng ủy, Giám đốc Học viện …` is two posts).
  const nameHere = head.name && !((head.body || head.place) && (TITLE_TRIE.longest(toks, j) || personStartsAt(toks, j)));
  if (!completed && adjacent && nameHere) {
    // An outlet's name is proper: no lower-case tail (`tạp chí Đông Lạc | qua đời`).
    const n = bodyNameEnd(ctx, j, lenientTail && !MEDIA_HEADS.has(head.lower), SCHOOL_HEADS.has(head.lower));
    if (n > j) {
      j = numberSuffixEnd(toks, foreignWordCut(toks, head, j, n)); completed = true; form = "name";
      // A unit or place may follow the name: Sở Tài chính TPHCM, Công an tỉnh Đắk Lắk.
      const p = toks[j] && !toks[j]!.lineBefore ? parsePlaceSlot(ctx, j, false) : null;
      if (p?.loc) { j = p.end; locs.push(p.loc); }
      else {
        // Also after the name's abbreviation in brackets (`Trung tâm Kiểm soát bệnh tật (CDC)
        // tỉnh Đông Lạc`): the name goes on, so the brackets are inside it.
        const b = bracketedAbbrevEnd(toks, j);
        const q = b > j ? parsePlaceSlot(ctx, b, false) : null;
        if (q?.loc && q.unit?.kind === "admin") { j = q.end; locs.push(q.loc); }
      }
    }
  }
  // A name in lower case that leads to the body's place (`Bệnh viện đa khoa tỉnh Đông Lạc`,
  // `Hội nông dân huyện Vĩnh Khê`); not the set phrase `Sở, ban ngành tỉnh`.
  if (!completed && adjacent && head.name && !head.place && isWord(next) && !next.upper && next.lower !== "ngành") {
    const n = lowerRunToPlace(ctx, j);
    const p = n > j ? parsePlaceSlot(ctx, n, false) : null;
    if (p) { j = p.end; if (p.loc) locs.push(p.loc); completed = true; form = "name"; }
  }
  // A lower-case description, then the legislature or government the group or unit belongs to,
  // capitalised (`Nhóm nữ đại biểu Quốc hội Việt Nam`); not a word the head's last syllable
  // makes with the next (`Hội nghị đại biểu Quốc hội` is a meeting).
  if (!completed && adjacent && head.name && !head.place && isWord(next) && !next.upper && depth === 0 && !isWordPair(toks[h.end - 1]!, next)) {
    const e = lowerRunToParentEnd(ctx, j, locs);
    if (e > j) { j = e; completed = true; form = "name"; }
  }
  // A field of work in lower case, then the legislature or government the unit belongs to
  // (`Ủy ban kinh tế Chính Hiệp`, `Ủy ban tư pháp của quốc hội`): the parent is read below.
  if (!completed && adjacent && head.name && isWord(next) && !next.upper) {
    const f = FIELD_TRIE.longest(toks, j);
    if (f && parentCloseEnd(toks, f.end) > f.end) { j = f.end; completed = true; form = "name"; }
  }
  if (!completed && adjacent && head.place) {
    const p = parsePlaceSlot(ctx, j, true);
    if (p) {
      j = p.end; if (p.loc) locs.push(p.loc); completed = true; form = "place";
      // A national body's local committee: its country, then the unit and place (`Ủy ban MTTQ
      // Việt Nam thành phố Hà Nội`, `Ủy ban MTTQ Việt Nam tỉnh Đông Lạc`).
      if (p.loc && !p.unit && ctx.known.get(p.loc.first)?.type === "country" && toks[j] && !toks[j]!.lineBefore && !toks[j]!.upper) {
        const q = parsePlaceSlot(ctx, j, true);
        if (q?.unit?.kind === "admin") { j = q.end; if (q.loc) locs.push(q.loc); }
      }
    }
  }
  if (!completed && adjacent && (head.none || head.standalone)) {
    // A complete name may still take its country: Quốc hội Việt Nam, Chính phủ nước Cộng hòa ...
    let k = j;
    if (toks[k]?.lower === "nước" && !toks[k]!.lineBefore) k++;
    const p = toks[k] && !toks[k]!.lineBefore && !startsLowerUnit(toks, k) ? parsePlaceSlot(ctx, k, false) : null;
    if (p?.loc) { j = p.end; locs.push(p.loc); completed = true; form = "country"; }
    else {
      const e = formalStateEnd(ctx, k);
      if (e > k) { locs.push({ first: k, last: e }); j = e; completed = true; form = "country"; }
    }
  }
  // A body the gazetteer knows runs to the end of its name (`Bộ Giao thông vận tải`), then may
  // take its place (`Sở ... tỉnh Yên Bái`).
  const known = ctx.bodies.get(i);
  let ref: string | undefined;
  if (known && known.last >= j) {
    if (known.last > j) { j = known.last; completed = true; locs.length = 0; form = "known"; }
    ref = known.ref;
    const p = toks[j] && !toks[j]!.lineBefore ? parsePlaceSlot(ctx, j, false) : null;
    if (p?.loc && p.unit) { j = p.end; locs.push(p.loc); ref = undefined; }
  }
  // Any complete body may take its country after `nước` (`Bộ Ngoại giao nước CHXHCN Việt Nam`).
  if (completed && toks[j]?.lower === "nước" && !toks[j]!.lineBefore && !toks[j + 1]?.lineBefore) {
    const c = ctx.known.get(j + 1);
    if (c && c.type === "country") { locs.push({ first: j + 1, last: c.last, ...(c.ref ? { ref: c.ref } : {}) }); j = c.last; ref = undefined; }
  }
  // A steering committee or council names its topic after `về` (`Ban Chỉ đạo Trung ương về
  // phòng, chống tham nhũng, tiêu cực`).
  if (head.topic && toks[j]?.lower === "về" && !toks[j]!.lineBefore && depth === 0) {
    const e = topicEnd(toks, j + 1);
    if (e > j + 1) { j = e; completed = true; form = "topic"; }
  }
  // A diplomatic mission names where it sits after `tại` (`Đại sứ quán Việt Nam tại Nhật Bản`).
  if (head.at && depth === 0) {
    const e = seatEnd(ctx, j, locs);
    if (e > j) { j = e; completed = true; ref = undefined; }
  }
  // A unit named by its parent after a dash (`Văn phòng - Tổng cục Thuế`).
  // (`dashTried`: where that found none, so the same question below is not asked twice.)
  let dashTried = -1;
  if (!completed && head.body && depth === 0) {
    const e = dashParentEnd(ctx, head, j, locs);
    if (e > j) { j = e; completed = true; form = "body"; } else dashTried = j;
  }
  // A complete head stands alone unless it must name its country or seat (`Cơ quan đại diện`).
  if (!completed && !head.standalone && (!head.none || head.at) && !(j === h.end && anaphoricHead(toks, i, h.end))) return null;
  // A body of a region numbered by the state (`Kiểm toán Nhà nước khu vực IV`, `Học viện Chính
  // trị khu vực I`, `Chi cục Thuế khu vực 2`): the region is part of its name.
  if (depth === 0) {
    const r = regionEnd(toks, j);
    j = r > j ? r : REGIONAL_HEADS.has(head.lower) && completed ? regionPlacesEnd(ctx, j, locs) : j;
  }
  // A unit of the legislature or government names its parent right after its name (`Ban Dân
  // nguyện Quốc hội`, `Ủy ban Pháp luật Quốc hội`), as with `của` below.
  if (completed && form === "name" && depth === 0) {
    const e = parentBodyEnd(toks, j);
    if (e > j) { j = e; ref = undefined; }
    else {
      // A party commission or office names the committee it serves right after its name
      // (`Ban Tổ chức Tỉnh ủy Đông Lạc`, `Ban Tuyên giáo Huyện ủy`); `trung ương` may be lower
      // case there (`Ban Tổ chức trung ương`).
      const c = partyParentEnd(ctx, j, locs);
      if (c > j) { j = c; ref = undefined; }
      else {
        const e = institutionParentEnd(ctx, head, j, locs);
        if (e > j) { j = e; ref = undefined; }
      }
    }
  }
  // A body that stands alone names the higher body it is an organ of right after it (`Bộ Chính
  // trị Ban Chấp hành Trung ương Đảng`, `Hội đồng Bảo an Liên hợp quốc`): one name.
  if (form === "alone" && head.standalone && depth === 0 && startsUpper(toks[j]) && !toks[j]!.lineBefore && ORGAN_PARENTS.has(BODY_TRIE.longest(toks, j)?.value.lower ?? "")) {
    const p = parseBody(ctx, j, 1);
    if (p) { j = p.last; locs.push(...p.locs); ref = undefined; completed = true; }
  }
  // A body of the legislature or government names its parent with `của` (`Ủy ban Kinh tế của
  // Quốc hội`): one name, as long as the parent is a complete standalone body.
  if (completed && toks[j]?.lower === "của" && !toks[j]!.lineBefore) {
    const parent = BODY_TRIE.longest(toks, j + 1);
    if (parent && parent.value.none && parent.value.standalone && startsUpper(toks[j + 1]) && depth === 0) { j = parent.end; ref = undefined; }
    else if (depth === 0) {
      const e = lowerLegislatureEnd(toks, j + 1);
      if (e > j + 1) { j = e; ref = undefined; }
    }
  }
  // A unit names the ministry, department or government it belongs to after a dash (`Vụ Tổ
  // chức cán bộ - Bộ Nội vụ`, `Văn phòng - Tổng cục Thuế`): one body (maximal name).
  if (depth === 0 && (completed || head.body) && j !== dashTried) {
    const e = dashParentEnd(ctx, head, j, locs);
    if (e > j) { j = e; ref = undefined; completed = true; if (form === "alone") form = "body"; }
  }
  // A news credit with its bureau (`VOV-Tokyo`).
  if (known?.type && NEWS_TYPES.has(known.type) && known.last === j) {
    const e = bureauEnd(ctx, j);
    if (e > j) return { first: i, last: e, head, locs, form: "credit" };
  }
  return ref ? { first: i, last: j, head, locs, ref, form } : { first: i, last: j, head, locs, form };
}

/**
 * Body types known by a brand or short name with no body head (`Vinalines`, `Agribank`,
 * `Reuters`): the gazetteer's name completes a post's body (`Tổng Giám đốc Vinalines`), as a
 * head-led name does (`Tổng Giám đốc Tổng công ty Hàng hải`).
 */
export const HEADLESS_BODY_TYPES: ReadonlySet<string> = new Set(["state-group", "enterprise", "bank", "news-outlet", "news-agency", "international-organisation"]);
/** The head of a body read from its known name alone (see {@link HEADLESS_BODY_TYPES}). */
export const KNOWN_NAME_HEAD: BodyHead = { head: "", lower: "", none: true, place: false, name: false, body: false, firm: false, fund: false, num: false, topic: false, at: false, standalone: true };

/** A body known by a headless name at token `i`, written with a capital, or null. */
function knownNameBody(ctx: PlaceContext, i: number): BodyParse | null {
  const k = ctx.bodies.get(i);
  if (!k || !k.type || !HEADLESS_BODY_TYPES.has(k.type) || !startsUpper(ctx.tokens[i])) return null;
  const bureau = NEWS_TYPES.has(k.type) ? bureauEnd(ctx, k.last) : k.last;
  if (bureau > k.last) return { first: i, last: bureau, head: KNOWN_NAME_HEAD, locs: [], form: "credit" };
  return k.ref ? { first: i, last: k.last, head: KNOWN_NAME_HEAD, locs: [], ref: k.ref, form: "known" } : { first: i, last: k.last, head: KNOWN_NAME_HEAD, locs: [], form: "known" };
}

const NEWS_TYPES: ReadonlySet<string> = new Set(["news-agency", "news-outlet"]);

/**
 * End of a news credit's bureau or desk joined to the outlet by a hyphen written without
 * spaces (`VOV-Tokyo`, `TTXVN-Trung tâm Tin`), or `j`: a body, a place or up to three
 * capitalised words. Counter-example: `VOV - Hà Nội` (spaced: two things).
 */
function bureauEnd(ctx: PlaceContext, j: number): number {
  const toks = ctx.tokens, d = toks[j], n = toks[j + 1];
  if (!d || d.text !== "-" || d.spaceBefore || !n || n.spaceBefore || !startsUpper(n)) return j;
  const b = parseBody(ctx, j + 1, 1);
  if (b) return b.last;
  let k = j + 1;
  while (k - j <= 3 && isCapWord(toks[k]) && !toks[k]!.lineBefore && !personStartsAt(toks, k) && !NAME_STOP_SET.has(toks[k]!.lower)) k++;
  return k > j + 1 ? k : j;
}

/** Top-level domains of news and government sites (`binhdinh.gov.vn`, `VOV.VN`). */
const DOMAIN_ENDS: ReadonlySet<string> = new Set(["vn", "com", "net", "org", "info"]);

/**
 * End of a website's name at token `i` (`baochinhphu.vn`, `binhdinh.gov.vn`, `VOV.VN`): words
 * joined by full stops without spaces, the last a top-level domain; or `i`. A site named as
 * the source is an outlet (guidelines: news outlets are ORG). Not inside an address or a URL
 * (`@`, `/` right before) and not a sentence's full stop (`… tại Hà Nội. Com` has spaces).
 */
export function websiteEnd(toks: readonly Token[], i: number): number {
  const t = toks[i]!, prev = toks[i - 1];
  if (prev && !t.spaceBefore && !t.lineBefore && (prev.text === "@" || prev.text === "/" || prev.text === "." || prev.text === ":")) return i;
  if (t.kind === "abbr") {
    const dot = t.lower.lastIndexOf(".");
    return dot > 0 && DOMAIN_ENDS.has(t.lower.slice(dot + 1)) && /^[a-z0-9.]+$/.test(t.lower) ? i + 1 : i;
  }
  if (t.kind !== "word") return i;
  let k = i + 1, end = i;
  while (toks[k]?.text === "." && !toks[k]!.spaceBefore && toks[k + 1] && !toks[k + 1]!.spaceBefore && (toks[k + 1]!.kind === "word" || toks[k + 1]!.kind === "abbr")) {
    k += 2;
    if (DOMAIN_ENDS.has(toks[k - 1]!.lower)) end = k;
  }
  return end > i && /^[a-z0-9]+$/i.test(t.text) ? end : i;
}

/**
 * End of a mission's seat at token `j`: `tại` and a known country or city (pushed to `locs`),
 * or `j`. Only a known place: `Đại sứ quán tại buổi lễ` names no seat.
 */
export function seatEnd(ctx: PlaceContext, j: number, locs: BodyParse["locs"]): number {
  const toks = ctx.tokens;
  if (toks[j]?.lower !== "tại" || toks[j]!.lineBefore || !toks[j + 1] || toks[j + 1]!.lineBefore) return j;
  const p = parsePlaceSlot(ctx, j + 1, false);
  if (!p?.loc) return j;
  locs.push(p.loc);
  return p.end;
}

/**
 * End of a country's formal name the gazetteer does not know, at token `k`: `Cộng hòa` and one
 * or two capitalised syllables (`Cộng hòa Đông Lạc`), or `k`. Known formal names (`Cộng hòa
 * Liên bang Đức`) are the gazetteer's. Counter-example: `Quốc hội Cộng hòa hóa` (no name).
 */
function formalStateEnd(ctx: PlaceContext, k: number): number {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== "cộng" || !toks[k]!.upper || toks[k + 1]?.lower !== "hòa" || toks[k]!.lineBefore) return k;
  const e = placeNameEnd(ctx, k + 2, true);
  return e > k + 2 && e - k <= 4 ? e : k;
}

/**
 * Heads that, capitalised inside a sentence and alone, stand for the one body the article is
 * about (`Lãnh đạo Bộ cho biết`, `Chánh Văn phòng Bộ`, `Tổng công ty đã trả nợ`): the capital
 * is what marks the specific body (guidelines: a capitalised body word for one body is an ORG).
 */
const ANAPHORIC_HEADS: ReadonlySet<string> = new Set(["bộ", "sở", "tổng công ty", "tập đoàn", "ngân hàng"]);
/** Words after a head that make it a common noun phrase (`Tập đoàn này`, `Ngân hàng khác`). */
const DETERMINERS: ReadonlySet<string> = new Set(["này", "đó", "kia", "nọ", "khác", "ấy", "nào", "con", "mẹ", "thành", "viên"]);

/**
 * True when the head at tokens [i, end) stands alone for one body: in {@link ANAPHORIC_HEADS},
 * capitalised, not at a sentence's start (where every word is capitalised), and followed by
 * punctuation, a line end or a lower-case word that is no determiner and makes no word with it
 * (`Bộ đội`, `Bộ luật` are words). Examples: `của Bộ.`, `Lãnh đạo Bộ cho biết`;
 * counter-examples: `Bộ luật Hình sự`, `Ngân hàng này`, `Bộ sẽ …` at a sentence's start.
 */
export function anaphoricHead(toks: readonly Token[], i: number, end: number): boolean {
  const t = toks[i]!, prev = toks[i - 1];
  if (!t.upper || t.kind !== "word" || t.lineBefore || !prev || SENTENCE_END.has(prev.text)) return false;
  let head = t.lower;
  for (let k = i + 1; k < end; k++) head += " " + toks[k]!.lower;
  if (!ANAPHORIC_HEADS.has(head)) return false;
  const next = toks[end];
  if (!next || next.lineBefore) return true;
  // `Bộ, ngành`, `Sở, ban, ngành`: the set phrase for all agencies, no one body.
  if (next.text === "," && SECTOR_WORDS.has(toks[end + 1]?.lower ?? "")) return false;
  if (next.kind === "punct") return next.text !== "-" && next.text !== "(";
  if (next.kind !== "word" || next.upper || DETERMINERS.has(next.lower)) return false;
  return !isWordPair(toks[end - 1]!, next);
}
const SECTOR_WORDS: ReadonlySet<string> = new Set(["ngành", "ban", "sở", "bộ"]);
const SENTENCE_END: ReadonlySet<string> = new Set([".", "!", "?", ":", "\"", "“", "…"]);

/**
 * Bodies that end the name of a unit of theirs and belong to it: `Ban Dân nguyện Quốc hội`,
 * `Ủy ban Pháp luật Quốc hội`; so do China's legislature, advisory conference and cabinet by
 * their Vietnamese short names (`Ủy ban Kinh tế Chính Hiệp`, data/lexicon/body-heads.tsv).
 * Counter-example: `Vụ Ngân sách Nhà nước` (a field, not a parent).
 */
const PARENT_BODIES: ReadonlySet<string> = new Set(["quốc hội", "chính phủ", "chính hiệp", "nhân đại", "quốc vụ viện"]);

/** End of a parent body of {@link PARENT_BODIES} written at token `j`, capitalised, or `j`. */
export function parentBodyEnd(toks: readonly Token[], j: number): number {
  if (!toks[j] || toks[j]!.lineBefore) return j;
  if (!startsUpper(toks[j])) return lowerLegislatureEnd(toks, j);
  const parent = BODY_TRIE.longest(toks, j);
  return parent && PARENT_BODIES.has(parent.value.lower) ? parent.end : j;
}

/**
 * End of `quốc hội` written in lower case at token `j` (news on foreign legislatures often
 * writes it so: `Ủy ban Kinh tế quốc hội`), or `j`. Not a generic use that goes on with a
 * quantifier or another noun's modifier (`quốc hội các nước`, `quốc hội khóa` is fine).
 */
function lowerLegislatureEnd(toks: readonly Token[], j: number): number {
  const a = toks[j], b = toks[j + 1], n = toks[j + 2];
  if (a?.text !== "quốc" || b?.text !== "hội" || a.lineBefore || b.lineBefore) return j;
  if (n && !n.lineBefore && (n.lower === "các" || n.lower === "những" || n.lower === "nhiều")) return j;
  return j + 2;
}

/**
 * End of the parent a unit's name closes with at token `n`: `của` and the legislature or
 * government (`của Quốc hội`, `của quốc hội`), or the legislature or government itself; `n`
 * when none.
 */
function parentCloseEnd(toks: readonly Token[], n: number): number {
  const t = toks[n];
  if (!t || t.lineBefore) return n;
  if (t.lower === "của") {
    const q = toks[n + 1];
    if (!q || q.lineBefore) return n;
    const p = BODY_TRIE.longest(toks, n + 1);
    if (p && startsUpper(q) && PARENT_BODIES.has(p.value.lower)) return p.end;
    const e = lowerLegislatureEnd(toks, n + 1);
    return e > n + 1 ? e : n;
  }
  return parentBodyEnd(toks, n);
}

/**
 * `số` and a small number or Roman numeral at token `j` that closes a name (`Trung tâm Y tế
 * số 3`, `Trường THPT Lê Lợi số 2`); returns its end, or `j`. Not an amount or a count
 * (`số 5 người`), nor a document number (`số 12/2020`, a date token).
 */
export function numberSuffixEnd(toks: readonly Token[], j: number): number {
  const s = toks[j], n = toks[j + 1];
  if (s?.lower !== "số" || s.lineBefore || !n || n.lineBefore) return j;
  if (!(n.kind === "number" && /^\d{1,3}$/.test(n.text)) && !/^[IVX]{1,4}$/.test(n.text)) return j;
  const after = toks[j + 2];
  if (after && !after.lineBefore && (AMOUNT_WORDS.has(after.lower) || (after.text === "/" && !after.spaceBefore))) return j;
  return j + 2;
}

/** Heads of units that belong to a ministry, department, force or local government (body-heads.tsv, kind `subunit`). */
const SUBUNIT_HEADS = bodyHeadsOfKind("subunit");

/** True when a dash at token `j` leads to a parent body of {@link DASH_PARENTS}, capitalised, no post. */
function dashParentAt(toks: readonly Token[], j: number): boolean {
  const d = toks[j], n = toks[j + 1];
  if (d?.text !== "-" || d.lineBefore || !n || n.lineBefore || !startsUpper(n) || TITLE_TRIE.longest(toks, j + 1)) return false;
  return DASH_PARENTS.has(BODY_TRIE.longest(toks, j + 1)?.value.lower ?? "");
}

/**
 * End of a parent body written after a dash at token `j` (`Vụ Tổ chức cán bộ - Bộ Nội vụ`,
 * `Văn phòng - Tổng cục Thuế`), its places pushed to `locs`; or `j`. Only a unit's head before
 * it and a higher body after it, of another head: `Bộ Tài chính - Bộ Công Thương` is two bodies,
 * and a post after the dash (`Giám đốc Sở … - Bộ trưởng …`) starts another role.
 */
function dashParentEnd(ctx: PlaceContext, head: BodyHead, j: number, locs: BodyParse["locs"]): number {
  const toks = ctx.tokens;
  const child = head.lower;
  if (!SUBUNIT_HEADS.has(child) || !dashParentAt(toks, j) || personStartsAt(toks, j + 1)) return j;
  if (BODY_TRIE.longest(toks, j + 1)!.value.lower === child) return j;
  const p = parseBody(ctx, j + 1, 1);
  if (!p) return j;
  locs.push(...p.locs);
  return p.last;
}

/** Departments of a school, institute or hospital (`Bộ môn Quản lý công nghiệp`, `Phòng Đào tạo`). */
const DEPARTMENT_HEADS: ReadonlySet<string> = new Set(["bộ môn", "khoa", "phòng", "trung tâm", "viện", "ban"]);
/** The institutions such departments name right after their own name (body-heads.tsv, kind `institution`). */
const INSTITUTION_PARENTS = bodyHeadsOfKind("institution");

/**
 * End of the school, university, institute or hospital a department names right after its
 * own name (`Bộ môn Quản lý công nghiệp Trường Đại học Bách khoa Đông Lạc`), its places pushed
 * to `locs`; or `j`. Not a place that begins with a head word (`Trường Sa`), nor the same head
 * (`Viện X Viện Y` is two).
 */
function institutionParentEnd(ctx: PlaceContext, head: BodyHead, j: number, locs: BodyParse["locs"]): number {
  const toks = ctx.tokens, t = toks[j];
  const child = head.lower;
  if (!t || t.lineBefore || !isCapWord(t) || !DEPARTMENT_HEADS.has(child) || ctx.known.get(j)) return j;
  const h = BODY_TRIE.longest(toks, j);
  const ph = h?.value.lower ?? "";
  if (!h || !INSTITUTION_PARENTS.has(ph) || ph === child) return j;
  const p = parseBody(ctx, j, 1);
  if (!p || p.form !== "name") return j;
  locs.push(...p.locs);
  return p.last;
}

/**
 * Heads of state units whose names are always written in Vietnamese, a foreign unit's too in
 * translation (`Cục Lễ tân` of a foreign ministry): a word that is no Vietnamese syllable after
 * such a name is a person's (`Cục trưởng Cục Lễ tân Philatov`), unlike a university's or a
 * company's, which may be foreign (`Đại học Công nghệ Nanyang`). body-heads.tsv, kind `translated`.
 */
const TRANSLATED_UNIT_HEADS = bodyHeadsOfKind("translated");

/**
 * End of a translated unit's name in tokens [first, end): before the first capitalised word after
 * the first that is no Vietnamese syllable and no abbreviation (see {@link TRANSLATED_UNIT_HEADS}),
 * or `end`.
 */
function foreignWordCut(toks: readonly Token[], head: BodyHead, first: number, end: number): number {
  if (!TRANSLATED_UNIT_HEADS.has(head.lower)) return end;
  for (let k = first + 1; k < end; k++) {
    const t = toks[k]!;
    if (t.kind === "word" && t.upper && t.text !== t.text.toUpperCase() && !vietnameseSyllable(t.text)) return k;
  }
  return end;
}

/** Heads of schools, whose names are often a person's (`Trường THPT Lê Lợi`; body-heads.tsv, kind `school`). */
const SCHOOL_HEADS = bodyHeadsOfKind("school");
/** School levels after which a school's name may be a person's (`Trường THPT Nguyễn Du`). */
const SCHOOL_LEVELS = new PhraseTrie<true>();
for (const l of ["thpt", "thcs", "ptth", "tiểu học", "mầm non", "trung học cơ sở", "trung học phổ thông", "phổ thông", "chuyên", "dân lập", "đại học", "đh", "cao đẳng", "phổ thông dân tộc nội trú", "ptdtnt", "thpt chuyên", "liên cấp"]) SCHOOL_LEVELS.add(l, true);

/** The bodies of one place that one office serves together (Luật Tổ chức chính quyền địa phương). */
const PAIR_FIRST: ReadonlySet<string> = new Set(["hđnd", "hội đồng nhân dân", "đoàn đbqh", "đoàn đại biểu quốc hội"]);
const PAIR_SECOND: ReadonlySet<string> = new Set(["hđnd", "hội đồng nhân dân", "ubnd", "ủy ban nhân dân"]);
/**
 * An office that serves two bodies of one place (`Văn phòng HĐND và UBND huyện Đông Lạc`,
 * `Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh X`): the first body takes its place from the second.
 * With `Văn phòng` ending before token `office` and at tokens [first, k) a body whose head takes
 * a place, on the office's line: `và`, the second body's head and its place; returns the end,
 * pushing the place to `locs`, or `k`.
 */
function officePairEnd(ctx: PlaceContext, office: number, first: number, k: number, locs: BodyParse["locs"]): number {
  const toks = ctx.tokens;
  const o1 = toks[office - 2], o2 = toks[office - 1];
  if (o1?.lower !== "văn" || o2?.lower !== "phòng" || o2.lineBefore || toks[first]!.lineBefore) return k;
  if (toks[k]?.lower !== "và" || toks[k]!.lineBefore || !startsUpper(toks[k + 1]) || toks[k + 1]!.lineBefore) return k;
  // Only the pairs one office serves: the delegation and the council, the council and the
  // people's committee (`Văn phòng Tỉnh ủy và UBND tỉnh` is two bodies).
  const a = BODY_TRIE.longest(toks, first);
  const b = BODY_TRIE.longest(toks, k + 1);
  if (!a || !b || !PAIR_FIRST.has(a.value.lower) || !PAIR_SECOND.has(b.value.lower)) return k;
  const p = parseBody(ctx, k + 1, 1);
  if (!p || p.form !== "place") return k;
  locs.push(...p.locs);
  return p.last;
}

/**
 * True when a known country starts at token `k` and a capitalised word follows it on the same
 * line with no punctuation between: there the country ends the body's name.
 */
function countryClosesAt(ctx: PlaceContext, k: number): boolean {
  const c = ctx.known.get(k);
  if (!c || c.type !== "country") return false;
  const n = ctx.tokens[c.last];
  return !!n && !n.lineBefore && n.kind === "word" && n.upper && !BODY_TRIE.longest(ctx.tokens, c.last);
}

/** Higher bodies that an organ of theirs names right after its own name (see parseBody). */
const ORGAN_PARENTS: ReadonlySet<string> = new Set(["ban chấp hành trung ương", "ban chấp hành trung ương đảng", "liên hợp quốc"]);

/** Party committees that a commission or office of theirs names as its parent. */
const PARTY_PARENTS: ReadonlySet<string> = new Set(["tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "khu ủy", "trung ương", "trung ương đảng"]);
/**
 * Ministries, departments, forces and local governments that a unit of theirs names right after
 * its own name (`Vụ Pháp chế Bộ Tài chính`, `Phòng Cảnh sát kinh tế Công an tỉnh X`, `Phòng Tài
 * chính UBND huyện X`): the whole is one body (guidelines: maximal name).
 */
const UNIT_PARENTS_LIST = ["bộ", "tổng cục", "công an", "ubnd", "ủy ban nhân dân", "bộ tư lệnh", "bộ chỉ huy quân sự", "quân khu", "tòa án nhân dân", "tand", "viện kiểm sát nhân dân", "vksnd", "viện ksnd"];
const UNIT_PARENTS: ReadonlySet<string> = new Set(UNIT_PARENTS_LIST);
/** Parents a unit may name after a dash: those of {@link UNIT_PARENTS} and party committees. */
const DASH_PARENTS: ReadonlySet<string> = new Set([...UNIT_PARENTS_LIST, "tỉnh ủy", "thành ủy", "ban chấp hành trung ương", "trung ương đảng", "quốc hội", "chính phủ", "đại học", "học viện"]);

/**
 * End of a party committee written at token `j` as the parent of the unit before it, pushing
 * its places to `locs`, or `j`. Counter-examples: `Ban Tổ chức trung ương và địa phương` (a level), a
 * comma before the committee (two bodies).
 */
function partyParentEnd(ctx: PlaceContext, j: number, locs: BodyParse["locs"]): number {
  const toks = ctx.tokens, t = toks[j];
  if (!t || t.lineBefore || !(t.kind === "word" || t.kind === "abbr")) return j;
  const h = BODY_TRIE.longest(toks, j);
  const hl = h?.value.lower ?? "";
  if (!h || !(PARTY_PARENTS.has(hl) || (UNIT_PARENTS.has(hl) && startsUpper(t)))) return j;
  if (!t.upper && !LOWER_COMMITTEES.has(hl)) {
    if (hl !== "trung ương") return j;
    const n = toks[h.end];
    if (n && !n.lineBefore && (n.lower === "và" || n.lower === "đến" || n.lower === "tới")) return j;
    return h.end;
  }
  const b = parseBody(ctx, j, 1);
  if (!b) return j;
  locs.push(...b.locs);
  return b.last;
}

/** End of `khu vực` and a number or Roman numeral at token `j` (same line, lower case), or `j`. */
function regionEnd(toks: readonly Token[], j: number): number {
  const a = toks[j], b = toks[j + 1], n = toks[j + 2];
  if (a?.text !== "khu" || b?.text !== "vực" || a.lineBefore || b.lineBefore || !n || n.lineBefore) return j;
  return n.kind === "number" || /^[IVX]+$/.test(n.text) ? j + 3 : j;
}

/** Heads of units that serve a region named after `khu vực` (`Trung tâm Y tế khu vực Tây Bắc`; body-heads.tsv, kind `regional`). */
const REGIONAL_HEADS = bodyHeadsOfKind("regional");

/**
 * End of `khu vực` and the region a unit serves, named by one or two places (`khu vực Tây
 * Nguyên`, `khu vực Nam Trung bộ và Tây Nguyên`), their LOCs pushed to `locs`; or `j`. A
 * region's name may end in lower-case `bộ` after a direction (`Nam Trung bộ`, `Bắc bộ`).
 * Counter-example: `khu vực này` (no name).
 */
function regionPlacesEnd(ctx: PlaceContext, j: number, locs: BodyParse["locs"]): number {
  const toks = ctx.tokens, a = toks[j], b = toks[j + 1];
  if (a?.text !== "khu" || b?.text !== "vực" || a.lineBefore || b.lineBefore) return j;
  const found: BodyParse["locs"] = [];
  let k = j + 2;
  for (let n = 0; n < 2; n++) {
    const t = toks[k];
    if (!t || t.lineBefore || !isCapWord(t)) break;
    let e = placeNameEnd(ctx, k, true);
    if (e <= k) break;
    if (toks[e]?.text === "bộ" && !toks[e]!.lineBefore && REGION_DIRECTIONS.has(toks[e - 1]!.lower)) e++;
    found.push({ first: k, last: e, ...(ctx.known.get(k)?.last === e && ctx.known.get(k)!.ref ? { ref: ctx.known.get(k)!.ref! } : {}) });
    k = e;
    if (toks[k]?.lower !== "và" || toks[k]!.lineBefore || !isCapWord(toks[k + 1]) || toks[k + 1]!.lineBefore) break;
    k++;
  }
  if (!found.length) return j;
  locs.push(...found);
  return found[found.length - 1]!.last;
}
const REGION_DIRECTIONS: ReadonlySet<string> = new Set(["bắc", "trung", "nam"]);

/** End of `( ABBR )` at token `j` (an abbreviation or an all-capitals word), or `j`. */
function bracketedAbbrevEnd(toks: readonly Token[], j: number): number {
  const a = toks[j + 1];
  if (toks[j]?.text !== "(" || toks[j]!.lineBefore || !a || toks[j + 2]?.text !== ")") return j;
  const abbr = a.kind === "abbr" || (a.kind === "word" && a.text.length > 1 && isAllCaps(a));
  return abbr && toks[j + 3] && !toks[j + 3]!.lineBefore ? j + 3 : j;
}

/**
 * End of a topic after `về`: lower- or upper-case words, a list joined by commas and `và`,
 * at most 12 tokens. A comma goes on only into a short item of content words (`phòng,
 * chống tham nhũng, tiêu cực`), not into a clause (`, sau khi xem xét`). Returns `i` when
 * the topic is empty.
 */
/** Verbs that follow a committee's name and end its topic (`... về phòng chống thiên tai họp`). */
const TOPIC_STOPS = new PhraseTrie<true>();
for (const v of ["họp", "chỉ đạo", "ban hành", "kiểm tra", "quyết định", "thông báo", "tổ chức", "yêu cầu", "báo cáo", "kết luận", "xem xét", "đề nghị", "triển khai", "đánh giá", "phát động", "chủ trì", "công bố", "nhận định", "nhấn mạnh", "đề xuất"]) TOPIC_STOPS.add(v, true);

export function topicEnd(toks: readonly Token[], i: number): number {
  let end = i, k = i;
  while (k < toks.length && k - i < 12) {
    const t = toks[k]!;
    if (t.lineBefore && k > i) break;
    if (t.text === ",") {
      // The next item: up to 4 content words, then a comma, a stop or the line's end.
      let m = k + 1;
      while (m < toks.length && m - k <= 4 && isWord(toks[m]) && !toks[m]!.lineBefore && !NOT_NAME_SYLLABLES.has(toks[m]!.lower) && !TITLE_TRIE.longest(toks, m) && !personStartsAt(toks, m) && !(toks[m]!.upper && BODY_TRIE.longest(toks, m)) && !TOPIC_STOPS.longest(toks, m)) m++;
      // The item must close (a comma, other punctuation or the line's end), else it is a clause.
      const close = toks[m];
      // A verb that ends the topic closes the item too (`…, tiêu cực họp`), and so does the
      // body the unit belongs to (`…, buôn lậu Công an tỉnh`).
      if (m === k + 1 || (close && !close.lineBefore && close.kind !== "punct" && !TOPIC_STOPS.longest(toks, m) && !(NOT_NAME_SYLLABLES.has(close.lower) && close.lower !== "và") && !(startsUpper(close) && UNIT_PARENTS.has(BODY_TRIE.longest(toks, m)?.value.lower ?? "")))) break;
      k = m; end = m;
      continue;
    }
    if (!isWord(t) || (NOT_NAME_SYLLABLES.has(t.lower) && t.lower !== "và") || TITLE_TRIE.longest(toks, k) || personStartsAt(toks, k) || (k > i && TOPIC_STOPS.longest(toks, k)) || (k > i && t.upper && BODY_TRIE.longest(toks, k))) break;
    if (t.lower === "và" && !(isWord(toks[k + 1]) && !NOT_NAME_SYLLABLES.has(toks[k + 1]!.lower))) break;
    k++; if (t.lower !== "và") end = k;
  }
  return end;
}

const lowerOk = (toks: readonly Token[], k: number): boolean =>
  !NOT_NAME_SYLLABLES.has(toks[k]!.lower) && !TITLE_TRIE.longest(toks, k) && ((!UNIT_TRIE.longest(toks, k) && !BODY_TRIE.longest(toks, k)) || syllableOfWord(toks, k));

/**
 * True when the one-syllable unit or head at token `k` is a syllable of a dictionary word with
 * the word before or after it on the same line (`xã hội`, `nông thôn`, `Quân đội`), so no unit
 * or body starts there; not when the unit or head itself runs on (`thành phố`, `tỉnh ủy`).
 * Counter-example: `Sở Y tế tỉnh Đông Lạc` (`tế tỉnh` makes no word).
 */
function syllableOfWord(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if ((UNIT_TRIE.longest(toks, k)?.end ?? 0) > k + 1 || (BODY_TRIE.longest(toks, k)?.end ?? 0) > k + 1) return false;
  const p = toks[k - 1], n = toks[k + 1];
  if (p && isWord(p) && !t.lineBefore && isWordPair(p, t)) return true;
  return !!n && isWord(n) && !n.upper && !n.lineBefore && isWordPair(t, n);
}

function startsLowerUnit(toks: readonly Token[], k: number): boolean {
  const u = UNIT_TRIE.longest(toks, k);
  return !!u && !toks[k]!.upper;
}

/**
 * True when a body head starts at token `k` that can open a body there: a head that takes only
 * a number (`Đoàn 559`) does so only before a number, else it is a family name (`Đoàn Văn Lạc`).
 */
function bodyStartsAt(toks: readonly Token[], k: number): boolean {
  const h = BODY_TRIE.longest(toks, k);
  if (!h) return false;
  const v = h.value;
  const numOnly = v.num && !v.name && !v.body && !v.place && !v.firm && !v.fund && !v.none && !v.standalone;
  return !numOnly || toks[h.end]?.kind === "number";
}

/**
 * End of a body's proper name starting at `i` (`Tài chính`, `Kế hoạch và Đầu tư`, `Xuyên
 * Việt Oil`, `KH-ĐT`), or `i` when none. Vietnamese capitalises the first syllable of each
 * word, so one lower-case syllable may follow a capitalised one (`Tài chính`, `Y tế`).
 */
export function bodyNameEnd(ctx: PlaceContext, i: number, lenientTail = false, schoolName = false): number {
  const toks = ctx.tokens;
  let k = i, end = i;
  let lowerRun = 0, capRun = 0, fieldEnd = -1;
  // A known field of work is read whole (`Tài nguyên và Môi trường`, `Ngân sách nhà nước`).
  const field = startsUpper(toks[i]) ? FIELD_TRIE.longest(toks, i) : null;
  if (field) {
    // A field is a complete name: a family name after it starts a person (`Bộ Tài chính Hồ
    // Đức Phớc`), not more of the name.
    const f = field.end;
    if (SURNAME_TRIE.longest(toks, f) && isCapWord(toks[f]) && isCapWord(toks[f + 1]) && !toks[f]!.lineBefore && !bodyStartsAt(toks, f) && !ctx.known.get(f)) return f;
    k = end = fieldEnd = field.end; lowerRun = 1;
  }
  while (k < toks.length && k - i < 14) {
    const t = toks[k]!;
    if (k > i && t.lineBefore) break;
    const cap = t.kind === "abbr" || (t.kind === "word" && t.upper);
    if (cap) {
      // A school is often named after a person, right after its level (`Trường THPT Lê Lợi`,
      // `Trường Tiểu học Nguyễn Du`): that name is the school's, up to a new family name (its
      // head's, `… Lê Lợi Khổng Viết Thuận`).
      if (schoolName && k > i && personStartsAt(toks, k) && schoolLevelEndsAt(toks, i, k)) {
        let m = SURNAME_TRIE.longest(toks, k)!.end;
        while (m - k < 4 && isCapWord(toks[m]) && !toks[m]!.lineBefore && !(m > k + 1 && personStartsAt(toks, m)) && !BODY_TRIE.longest(toks, m) && !UNIT_TRIE.longest(toks, m) && !TITLE_TRIE.longest(toks, m)) m++;
        k = end = m; lowerRun = 1; capRun = 0;
        continue;
      }
      if (k > i && (TITLE_TRIE.longest(toks, k) || personStartsAt(toks, k))) break;
      // A country closes a name: capitalised words right after it are a person's name
      // (`Bộ Ngoại giao Vadoria John Smith`), not more of the body's.
      if (k > i && countryClosesAt(ctx, k)) { end = ctx.known.get(k)!.last; break; }
      if (NAME_STOP_SET.has(t.lower) && !(k > i && t.kind === "abbr")) break;
      if (UNIT_TRIE.longest(toks, k)?.value.kind === "admin") break;
      // The legislature or government a unit belongs to ends its name (`Ban Dân nguyện Quốc hội`),
      // as does a ministry, department or police force it belongs to (`Vụ Pháp chế Bộ Tài chính`).
      if (k > i && end === k) {
        const hb = BODY_TRIE.longest(toks, k);
        const ph = hb?.value.lower ?? "";
        if (PARENT_BODIES.has(ph) || UNIT_PARENTS.has(ph)) break;
        // So does the school, university or hospital a department belongs to (`Bộ môn Quản lý
        // công nghiệp Trường Đại học …`), not a place named with a head word (`Trường Sa`).
        if (hb && INSTITUTION_PARENTS.has(ph) && ph !== "viện" && !ctx.known.get(k) && (ph !== "trường" || SCHOOL_LEVELS.longest(toks, hb.end))) break;
      }
      // A congress by its number belongs to the name of its sub-committee: `Tiểu ban Văn kiện
      // Đại hội XIV` (not `Đại` of `Đại hội` as one more capitalised word).
      if (k > i && t.lower === "đại" && toks[k + 1]?.lower === "hội") {
        const n = toks[k + 2];
        if (n && !n.lineBefore && !toks[k + 1]!.lineBefore && (n.kind === "number" || /^[IVXLC]+$/.test(n.text))) { k += 3; end = k; lowerRun = 1; capRun = 0; continue; }
        break;
      }
      // An abbreviation is a word of its own (`ĐH Kinh tế`): no lower-case syllable completes it.
      k++; end = k; lowerRun = 0; capRun = t.kind === "abbr" ? 0 : capRun + 1;
      continue;
    }
    if (t.kind === "number" && k > i) { k++; end = k; lowerRun = 1; capRun = 0; continue; }
    if (k === i) break;
    // A list inside the name, closed by `và` and a capitalised part (`Khoa học, Công nghệ và Môi
    // trường`, `Kiểm nghiệm, giám sát chất lượng và Kiểm dịch`): go on at that part.
    if (t.text === "," && end === k) {
      const c = innerListEnd(toks, k);
      if (c.next > k) {
        // A list of lower-case fields closed by the legislature or government the unit belongs
        // to (`Ủy ban Khoa học, văn hóa, giáo dục của Quốc hội`): the name ends before it.
        if (c.close) { end = c.next; break; }
        k = c.next; continue;
      }
    }
    // Lower-case words that lead to a country or `quốc gia` inside the name (`Doanh nghiệp phần
    // mềm Việt Nam`, `Chính sách khoa học và Công nghệ quốc gia`).
    if (t.kind === "word" && end === k && lowerOk(toks, k)) {
      const c = lowerRunToCountry(ctx, k);
      if (c > k) { k = end = c; lowerRun = 1; capRun = 0; continue; }
    }
    // A police unit names the crimes it investigates after `tội phạm về`, often as a list with
    // no closing `và` (`Phòng Cảnh sát điều tra tội phạm về kinh tế, chức vụ`).
    if (end === k && k > i) {
      const v = t.lower === "về" && k > i + 1 && toks[k - 1]!.lower === "phạm" && toks[k - 2]!.lower === "tội" ? k
        : t.lower === "tội" && toks[k + 1]?.lower === "phạm" && toks[k + 2]?.lower === "về" && !toks[k + 1]!.lineBefore && !toks[k + 2]!.lineBefore ? k + 2 : -1;
      const e = v > 0 ? topicEnd(toks, v + 1) : -1;
      if (e > v + 1) { k = end = e; lowerRun = 1; capRun = 0; continue; }
    }
    // Lower-case words that lead to the body's place (`Trung tâm Y tế dự phòng thành phố Đông
    // Lạc`, `Ban Quản lý các khu công nghiệp tỉnh Vĩnh Khê`): the caller reads the place.
    if (t.kind === "word" && end === k && k > i) {
      const c = lowerRunToPlace(ctx, k);
      if (c > k) { end = c; break; }
    }
    // The lower-case object of an activity that opens the name (`Kiểm soát bệnh tật`,
    // `Nghiên cứu và ứng dụng công nghệ`).
    if (end === k && k > i && k !== fieldEnd && activityEndsAt(toks, k, i)) {
      const c = activityObjectEnd(toks, k);
      if (c > k) { k = end = c; lowerRun = 1; capRun = 0; continue; }
    }
    // Not before a state's formal name (`Trường Đại học X – Cộng hòa Y`: where it sits).
    if (NAME_JOINERS.has(t.lower) && startsUpper(toks[k + 1]) && !toks[k + 1]!.lineBefore && !BODY_TRIE.longest(toks, k + 1) && !TITLE_TRIE.longest(toks, k + 1) && !(toks[k + 1]!.lower === "cộng" && toks[k + 2]?.lower === "hòa")) { k++; continue; }
    // One lower-case syllable completes a word begun by a single capitalised one (Tài chính,
    // not Quảng Tây đón).
    if (t.kind === "word" && lowerRun === 0 && capRun === 1 && lowerOk(toks, k) && vietnameseSyllable(toks[k - 1]!.text)) {
      k++; end = k; lowerRun = 1; capRun = 0;
      continue;
    }
    // In a role's body, a lower-case tail of up to 3 syllables that ends the phrase (before
    // punctuation, a line end or a name): Vụ Ngân sách nhà nước, Cảnh sát cơ động.
    // In any body, such a tail before the parent it belongs to (`Viện Kỹ thuật quân sự - Bộ Quốc
    // phòng`, `Ủy ban Tài nguyên và Bảo vệ môi trường quốc hội`).
    if (t.kind === "word" && lowerOk(toks, k)) {
      let m = k;
      while (m < toks.length && m - k < 3 && toks[m]!.kind === "word" && !toks[m]!.upper && !toks[m]!.lineBefore && lowerOk(toks, m) && !CUE_TRIE.longest(toks, m) && !startsClause(toks, m)) m++;
      const after = toks[m];
      // Not before a capitalised parent written bare: a verb may stand there (`Bộ Công an trình
      // Quốc hội`), so only `của` and the parent, `quốc hội` in lower case or a dashed parent.
      const parent = m > k && ((!startsUpper(toks[m]) && parentCloseEnd(toks, m) > m) || dashParentAt(toks, m));
      if (m > k && (parent || (lenientTail && (!after || after.lineBefore || after.kind === "punct" && after.text !== "-" || personStartsAt(toks, m))))) { end = k = m; }
    }
    break;
  }
  return end;
}

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === "word";

/** A word that may stand in a list item inside a name (no function word, title, person or head). */
const listWordOk = (toks: readonly Token[], m: number): boolean =>
  isWord(toks[m]) && !toks[m]!.lineBefore && lowerOk(toks, m) && !personStartsAt(toks, m) && !(toks[m]!.upper && UNIT_TRIE.longest(toks, m));

/**
 * At a comma inside a name (token `k`): items of 1 to 4 words separated by commas, then `và`
 * and a capitalised word: `next` is that word's index (the name goes on there). Or items of
 * any case, one of them after `và`, closed by the legislature or government the unit belongs
 * to (`Khoa học, văn hóa, giáo dục của quốc hội`): `next` is where that parent starts, with
 * `close`. Otherwise `next` is `k`. Counter-examples: `Bộ Tài chính, Bộ Công an và …` (an item
 * starts with a body head), `Sở Y tế, sau đó …` (no closing `và`), `Sở Y tế, công an và quân
 * đội` (lower-case items with no parent to close them).
 */
function innerListEnd(toks: readonly Token[], k: number): { next: number; close: boolean } {
  let m = k, and = false;
  for (let items = 0; items < 6; items++) {
    let n = m + 1;
    while (n - m <= 4 && listWordOk(toks, n)) n++;
    if (n === m + 1) break;
    const sep = toks[n];
    if (!sep || sep.lineBefore) break;
    if (parentCloseEnd(toks, n) > n && !startsUpper(sep)) return { next: n, close: true };
    if (sep.text === ",") { m = n; continue; }
    if (sep.lower === "và" && !and) {
      if (isCapWord(toks[n + 1]) && !toks[n + 1]!.lineBefore && listWordOk(toks, n + 1)) return { next: n + 1, close: false };
      and = true; m = n; continue;
    }
    break;
  }
  return { next: k, close: false };
}

/** True when a school level of {@link SCHOOL_LEVELS} ends right before token `k` (and after `i`). */
function schoolLevelEndsAt(toks: readonly Token[], i: number, k: number): boolean {
  for (let s = Math.max(i, k - 5); s < k; s++) {
    const l = SCHOOL_LEVELS.longest(toks, s);
    if (l && l.end === k) return true;
  }
  return false;
}

/**
 * At a lower-case word inside a name (token `k`): up to 3 lower-case words, then a known
 * country (`… phần mềm Việt Nam`), or a run ending in `quốc gia`; returns the end, or `k`.
 * A `và` and a capitalised word may come inside (`khoa học và Công nghệ quốc gia`).
 */
function lowerRunToCountry(ctx: PlaceContext, k: number): number {
  const toks = ctx.tokens;
  let m = k;
  while (m - k < 6 && isWord(toks[m]) && !toks[m]!.lineBefore && (!toks[m]!.upper || toks[m - 1]?.lower === "và") && (lowerOk(toks, m) || (toks[m]!.lower === "và" && isCapWord(toks[m + 1])))) {
    if (toks[m]!.lower === "quốc" && toks[m + 1]?.lower === "gia" && !toks[m + 1]!.lineBefore) return m + 2;
    m++;
  }
  const c = m > k ? ctx.known.get(m) : undefined;
  return c && (c.type === "country") && !toks[m]!.lineBefore ? c.last : k;
}
/** The activities of data/lexicon/body-activities.txt (`Kiểm soát`, `Nghiên cứu`). */
const ACTIVITY_TRIE = new PhraseTrie<true>();
for (const a of BODY_ACTIVITIES) ACTIVITY_TRIE.add(a, true);

/** Verbs that end a lower-case run inside a name: the sentence's predicate starts there. */
const RUN_STOPS = new PhraseTrie<true>();
for (const v of ["ở", "phát hiện", "khuyến cáo", "cảnh báo", "ghi nhận", "hướng dẫn", "phối hợp", "thu hồi", "tiến hành", "thực hiện", "xác định", "khẳng định", "cho phép", "chấp thuận", "tham mưu", "trình", "gửi", "ký", "nhằm", "đối với", "liên quan"]) RUN_STOPS.add(v, true);
const runStop = (toks: readonly Token[], m: number): boolean =>
  !!RUN_STOPS.longest(toks, m) || !!TOPIC_STOPS.longest(toks, m) || startsPredicate(toks, m);

/**
 * The length of a lower-case content word at `m` that may stand inside a name's lower-case run:
 * 2 for a two-syllable word of the dictionary (`xã hội`, `công nghiệp`, whose syllables may
 * elsewhere be units or heads), 1 for another syllable that is no function word, verb, title,
 * body head or administrative unit, 0 when none stands there.
 */
function lowerRunWord(toks: readonly Token[], m: number): number {
  const t = toks[m], n = toks[m + 1];
  if (!isWord(t) || t.upper || t.lineBefore || NOT_NAME_SYLLABLES.has(t.lower) || runStop(toks, m) || TITLE_TRIE.longest(toks, m)) return 0;
  // The set phrase of the law `phòng, chống` (prevent and combat), with or without its comma:
  // `Ban Chỉ đạo phòng, chống tham nhũng tỉnh Đông Lạc` (`phòng` is no unit's head there).
  if (t.lower === "phòng" && n && !n.lineBefore) {
    if (n.lower === "chống") return 2;
    if (n.text === "," && toks[m + 2]?.lower === "chống" && !toks[m + 2]!.lineBefore) return 3;
  }
  if (isWord(n) && !n.upper && !n.lineBefore && !NOT_NAME_SYLLABLES.has(n.lower) && isWordPair(t, n) && !BODY_TRIE.longest(toks, m) && !TITLE_TRIE.longest(toks, m + 1)) return 2;
  if (BODY_TRIE.longest(toks, m) || UNIT_TRIE.longest(toks, m)?.value.kind === "admin") return 0;
  return 1;
}

/** Members of a legislature, whose groups are named after them (`Nhóm nữ đại biểu Quốc hội`). */
const MEMBER_WORDS: ReadonlySet<string> = new Set(["đại biểu", "nghị sĩ"]);

/**
 * At a lower-case word after a head (token `k`): up to 5 lower-case content words naming members
 * (see {@link MEMBER_WORDS}), then a
 * capitalised legislature or government of {@link PARENT_BODIES} and its country; returns the
 * end, pushing the country to `locs`, or `k`. Titles may stand in the run (`đại biểu`: a group
 * of deputies). Counter-examples: a function word or predicate in the run (`Nhóm đã trình
 * Quốc hội`), no parent at its end.
 */
function lowerRunToParentEnd(ctx: PlaceContext, k: number, locs: BodyParse["locs"]): number {
  const toks = ctx.tokens;
  let m = k, members = false;
  while (m - k < 5) {
    const t = toks[m];
    if (!isWord(t) || t.upper || t.lineBefore || NOT_NAME_SYLLABLES.has(t.lower) || runStop(toks, m) || startsClause(toks, m) || CUE_TRIE.longest(toks, m)) break;
    if (MEMBER_WORDS.has(t.lower + " " + (toks[m + 1]?.lower ?? ""))) members = true;
    m++;
  }
  // Only a group of the parent's members (`nữ đại biểu`, `nghị sĩ trẻ`): a bare run before
  // `Chính phủ` is a clause (`Hội đồng thẩm định giúp Chính phủ`).
  if (m === k || !members || !startsUpper(toks[m]) || toks[m]!.lineBefore) return k;
  const p = BODY_TRIE.longest(toks, m);
  if (!p || !PARENT_BODIES.has(p.value.lower)) return k;
  let e = p.end;
  const c = toks[e] && !toks[e]!.lineBefore ? ctx.known.get(e) : undefined;
  if (c && c.type === "country" && toks[e]!.upper) { locs.push({ first: e, last: c.last, ...(c.ref ? { ref: c.ref } : {}) }); e = c.last; }
  return e;
}

/**
 * The length of a lower-case noun after `các` at `m`: a content word of {@link lowerRunWord}, or
 * a body head written in lower case, which after `các` names a kind, not a body (`các cơ
 * quan`, `các ban`); 0 when none.
 */
function pluralNounLength(toks: readonly Token[], m: number): number {
  const w = lowerRunWord(toks, m);
  if (w) return w;
  const t = toks[m];
  if (!isWord(t) || t.upper || t.lineBefore) return 0;
  const h = BODY_TRIE.longest(toks, m);
  return h ? h.end - m : 0;
}

/**
 * At a lower-case word right after a name (token `k`): up to 8 lower-case content words (an
 * opening `các`, inner hyphens) and then an administrative unit with its place, or a bare unit
 * word; returns where the unit starts, or `k`. Examples: `Trung tâm Kiểm soát bệnh tật | tỉnh
 * Đông Lạc`, `Bệnh viện đa khoa | tỉnh Vĩnh Khê`; counter-examples: `Sở Y tế làm việc với tỉnh`
 * (a function word), `Bộ Công an hỗ trợ tỉnh` (a verb).
 */
export function lowerRunToPlace(ctx: PlaceContext, k: number): number {
  const toks = ctx.tokens;
  let m = k;
  if (toks[m]?.lower === "các" && pluralNounLength(toks, m + 1)) m++;
  // A purpose `phòng, chống` lists what it fights: `phòng, chống tham nhũng, tiêu cực`,
  // `phòng, chống thiên tai và tìm kiếm cứu nạn`.
  const purpose = toks[m]?.lower === "phòng" && lowerRunWord(toks, m) > 1;
  while (m - k < (purpose ? 14 : 12) && toks[m]) {
    // After `các` a head word is a plural common noun (`Đảng ủy Khối các cơ quan tỉnh X`).
    const w = toks[m - 1]?.lower === "các" && m > k ? pluralNounLength(toks, m) : lowerRunWord(toks, m);
    if (w) { m += w; continue; }
    // `các` inside the run (`Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh X`).
    if (toks[m]!.lower === "các" && m > k && !toks[m]!.lineBefore && pluralNounLength(toks, m + 1)) { m++; continue; }
    if (toks[m]!.text === "-" && m > k && lowerRunWord(toks, m + 1)) { m++; continue; }
    if (purpose && (toks[m]!.text === "," || toks[m]!.lower === "và") && m > k && lowerRunWord(toks, m + 1)) { m++; continue; }
    break;
  }
  const u = toks[m];
  if (m === k || toks[m - 1]!.text === "-" || !u || u.lineBefore || (u.upper && u.kind !== "abbr")) return k;
  const unit = UNIT_TRIE.longest(toks, m);
  if (!unit || unit.value.kind !== "admin") return k;
  const p = parsePlaceSlot(ctx, m, false);
  return p && p.unit ? m : k;
}

/** True when an activity of {@link ACTIVITY_TRIE}, capitalised, ends right before token `k` (and after `i`). */
function activityEndsAt(toks: readonly Token[], k: number, i: number): boolean {
  for (let s = Math.max(i, k - 3); s < k; s++) {
    if (!toks[s]!.upper) continue;
    const a = ACTIVITY_TRIE.longest(toks, s);
    if (a && a.end === k) return true;
  }
  return false;
}

/**
 * The lower-case object of an activity at token `k` (`bệnh tật`, `các khu công nghiệp`, `và
 * ứng dụng KHCN vũ trụ`): up to 4 content words or abbreviations, which must end where a name
 * can (punctuation, a line end, a function word, a verb, a unit, a capitalised word); returns
 * its end, or `k`. Counter-example: `Viện Nghiên cứu trong nước cho biết` (a function word
 * first), `… Kiểm soát bệnh dịch lan rộng ra` (no end in 4 words).
 */
function activityObjectEnd(toks: readonly Token[], k: number): number {
  let m = k, last = k;
  if (toks[m]?.lower === "các" && lowerRunWord(toks, m + 1)) m++;
  while (m - k < 6 && toks[m] && !toks[m]!.lineBefore) {
    const t = toks[m]!;
    const w = lowerRunWord(toks, m);
    if (w) { m += w; last = m; continue; }
    if (t.kind === "abbr" && m > k) { last = ++m; continue; }
    if (t.lower === "và" && !toks[m + 1]?.lineBefore) {
      const a = ACTIVITY_TRIE.longest(toks, m + 1);
      if (a && !toks[m + 1]!.upper) { m = last = a.end; continue; }
    }
    if (t.text === "-" && m > k && lowerRunWord(toks, m + 1)) { m++; continue; }
    break;
  }
  if (last === k) return k;
  const b = toks[last];
  const ends = !b || b.lineBefore || (b.kind === "punct" && b.text !== "-") || b.upper || b.kind === "abbr" || NOT_NAME_SYLLABLES.has(b.lower) || runStop(toks, last) || !!UNIT_TRIE.longest(toks, last) || lowerLegislatureEnd(toks, last) > last;
  return ends ? last : k;
}
const properTok = (t: Token | undefined): boolean => !!t && (t.kind === "abbr" || t.kind === "number" || (t.kind === "word" && t.upper));

/** Known places (countries, provinces) inside tokens [first, last): LOCs nested in a name. */
function placesWithin(ctx: PlaceContext, first: number, last: number): BodyParse["locs"] {
  const out: BodyParse["locs"] = [];
  for (let k = first; k < last; k++) {
    const h = ctx.known.get(k);
    if (h && h.last <= last && ctx.tokens[k]!.upper) { out.push({ first: k, last: h.last, ...(h.ref ? { ref: h.ref } : {}) }); k = h.last - 1; }
  }
  return out;
}

/** True when token `k` ends a name of open form: a line end, punctuation, a person or a title. */
function nameBoundary(toks: readonly Token[], k: number, first: number): boolean {
  const t = toks[k];
  if (!t || (k > first && t.lineBefore)) return true;
  if (t.kind === "punct" || t.kind === "symbol" || t.kind === "date" || t.kind === "time") return true;
  if (k > first && (personStartsAt(toks, k) || TITLE_TRIE.longest(toks, k))) return true;
  if (t.upper && UNIT_TRIE.longest(toks, k)?.value.kind === "admin") return true;
  if (!t.upper && UNIT_TRIE.longest(toks, k)?.value.kind === "admin" && !syllableOfWord(toks, k)) return true;
  return false;
}

/**
 * A company's name after its head (`Công ty`, `Tập đoàn`, `Ngân hàng`): legal-form words, a
 * lower-case trade of up to 6 syllables that must lead to a proper word (`mía đường Tây Ninh`,
 * `xây dựng công trình giao thông 4`), then proper words (capitalised, abbreviations,
 * numbers), a lower-case syllable completing a single capitalised one (`Mía đường`). The name
 * ends on its last proper word. Nothing proper after the form words: no name.
 * Example: `Công ty TNHH một thành viên Mía đường Tây Ninh`; counter-example: `Công ty cho biết`.
 */
export function firmNameEnd(ctx: PlaceContext, i: number): { end: number; locs: BodyParse["locs"] } {
  const toks = ctx.tokens;
  let k = i;
  for (let f = FIRM_FORM_TRIE.longest(toks, k); f; f = FIRM_FORM_TRIE.longest(toks, k)) k = f.end;
  // A lower-case trade before the proper part.
  let m = k;
  while (m < toks.length && m - k < 6 && isWord(toks[m]) && !toks[m]!.upper && !nameBoundary(toks, m, i) && !NOT_NAME_SYLLABLES.has(toks[m]!.lower)) m++;
  if (m > k && properTok(toks[m]) && !nameBoundary(toks, m, i)) k = m;
  let end = -1, capRun = 0;
  for (let n = k; n < toks.length && n - i < 14; n++) {
    const t = toks[n]!;
    if (nameBoundary(toks, n, i)) break;
    // A number names a unit (`Sông Đà 5`), not an amount (`6,1 tỷ`, `50 tỷ đồng`).
    if (t.kind === "number" && (!/^\d{1,3}$/.test(t.text) || AMOUNT_WORDS.has(toks[n + 1]?.lower ?? ""))) break;
    // `Đầu tư và Kinh doanh vốn`: a joiner between two capitalised words.
    // After it a new word of the name begins (`Nông nghiệp và Phát triển nông thôn Việt Nam`).
    if (NAME_JOINERS.has(t.lower) && end === n && isCapWord(toks[n + 1]) && !nameBoundary(toks, n + 1, i) && !BODY_TRIE.longest(toks, n + 1)) { capRun = 0; continue; }
    if (properTok(t)) {
      if (t.kind === "word" && NAME_STOP_SET.has(t.lower) && n === k) break;
      if (n > k && t.kind === "word" && BODY_TRIE.longest(toks, n)) break;
      end = n + 1; capRun = t.kind === "word" ? capRun + 1 : 2; continue;
    }
    if (end < 0 || !isWord(t)) break;
    // Lower-case syllables inside the name lead on to a proper word (`Xuất nhập khẩu Trung Quốc`).
    let m = n;
    while (m < toks.length && m - n < 3 && isWord(toks[m]) && !toks[m]!.upper && !nameBoundary(toks, m, i) && !NOT_NAME_SYLLABLES.has(toks[m]!.lower)) m++;
    if (capRun === 1 && m > n && properTok(toks[m]) && !nameBoundary(toks, m, i) && !(toks[m]!.kind === "number" && !/^\d{1,3}$/.test(toks[m]!.text))) { n = m - 1; continue; }
    // A lower-case syllable completing a word with the capitalised one before it (`Cao su`,
    // `Viễn thông`, `Hàng không`), not a verb after the name (`Tập đoàn Novaland ký`).
    if (toks[n - 1]!.kind === "word" && toks[n - 1]!.upper && isWordPair(toks[n - 1]!, t)) { end = n + 1; continue; }
    break;
  }
  if (end < 0) return { end: i, locs: [] };
  return { end, locs: placesWithin(ctx, i, end) };
}

/**
 * A lower-case `quỹ` before a capitalised name is that fund (`quỹ Bảo hiểm tự nguyện`), but not
 * before a body head, an abbreviation or a function word (`sung quỹ Nhà nước`, `trích quỹ BOG`,
 * a heading run on: `âm quỹ Theo số liệu`).
 */
function lowerFundName(toks: readonly Token[], i: number, end: number, head: BodyHead): boolean {
  const n = toks[end];
  if (!head.fund || toks[i]!.lower !== "quỹ" || !isCapWord(n) || n.lineBefore) return false;
  // A kind of fund the law defines, capitalised, even where it also names a body (`Bảo hiểm xã hội`).
  if (FUND_KIND_TRIE.longest(toks, end)) return true;
  return !BODY_TRIE.longest(toks, end) && !NAME_STOP_SET.has(n.lower) && !personStartsAt(toks, end);
}

/** Kinds of news media written in lower case before their name (`báo Nhân Dân`, `tạp chí Cộng sản`; body-heads.tsv, kind `media`). */
const MEDIA_HEADS = bodyHeadsOfKind("media");

/**
 * A lower-case media word before a capitalised name is that outlet (`theo báo Đông Lạc`,
 * `tạp chí Cộng sản`), but not inside a word (`thông báo Công an`, `họp báo Chính phủ`), nor
 * before a body head, a person or a function word (`báo Đảng`, `báo Nguyễn …`).
 */
function lowerMediaName(toks: readonly Token[], i: number, end: number, head: BodyHead): boolean {
  const n = toks[end], p = toks[i - 1];
  if (!MEDIA_HEADS.has(head.lower) || !head.name || !isCapWord(n) || n.lineBefore || toks[i]!.lineBefore) return false;
  if (p && isWord(p) && !p.lineBefore && isWordPair(p, toks[i]!)) return false;
  return !BODY_TRIE.longest(toks, end) && !NAME_STOP_SET.has(n.lower) && !personStartsAt(toks, end) && !TITLE_TRIE.longest(toks, end);
}

/**
 * A fund's name after `Quỹ`, in one of two shapes:
 * - a kind of fund the law defines (data/lexicon/funds.tsv) or a known field of work, in any
 *   case; the name is that phrase (a place may follow, read by the caller): `Quỹ bảo hiểm
 *   thất nghiệp`, `Quỹ hưu trí - tử tuất`, `Quỹ phòng, chống thiên tai`;
 * - a capitalised first word, then words of any case up to a boundary: punctuation other than
 *   an inner hyphen, a function word or common verb, a word that starts a predicate, a title,
 *   a person, a capitalised body head; at most 9 tokens: `Quỹ Vì người nghèo`, `Quỹ Bình ổn
 *   xăng dầu`, `Quỹ Tấm lòng vàng`.
 * A capitalised name that starts with a kind may run past it (`Quỹ Bảo hiểm xã hội Tự nguyện`).
 * Counter-examples: `Quỹ đất` and `Quỹ cho vay` (a lower-case common noun, no name).
 */
export function fundNameEnd(ctx: PlaceContext, i: number): { end: number; locs: BodyParse["locs"] } {
  const toks = ctx.tokens;
  const first = toks[i];
  if (!first || !(first.kind === "word" || first.kind === "abbr")) return { end: i, locs: [] };
  const kind = FUND_KIND_TRIE.longest(toks, i) ?? FIELD_TRIE.longest(toks, i);
  if (!properTok(first)) {
    if (!kind) return { end: i, locs: [] };
    return { end: kind.end, locs: placesWithin(ctx, i, kind.end) };
  }
  let k = i + 1;
  while (k < toks.length && k - i < 9) {
    const t = toks[k]!;
    if (t.text === "-" && isWord(toks[k + 1]) && !toks[k + 1]!.lineBefore && !NOT_NAME_SYLLABLES.has(toks[k + 1]!.lower)) { k++; continue; }
    if (!isWord(t) || nameBoundary(toks, k, i) || NOT_NAME_SYLLABLES.has(t.lower) || startsPredicate(toks, k) || (t.upper && BODY_TRIE.longest(toks, k))) break;
    k++;
  }
  if (toks[k - 1]?.text === "-") k--;
  // Inside a kind, `và`, `-` and predicate-like syllables (`thai sản`, `dự phòng`) are the kind's own.
  if (kind && kind.end > k) k = kind.end;
  return { end: k, locs: placesWithin(ctx, i, k) };
}
/** Nouns counted after a number that is then no unit's number (`Bệnh viện 500 giường`). */
const COUNT_NOUNS: ReadonlySet<string> = new Set(["giường", "tầng", "căn", "chiếc", "km", "ha", "tấn", "ca", "hộ", "xã", "huyện", "tỉnh", "đơn vị", "cán bộ", "chiến sĩ", "học sinh", "bệnh nhân"]);
/** Words after a number that start a date rather than count (`Quân khu 7 năm 2024`: the unit's number, then the year). */
const DATE_WORDS: ReadonlySet<string> = new Set(["năm", "tháng", "ngày"]);
/** Words after a number that make it an amount or a count, not part of a name. */
const AMOUNT_WORDS: ReadonlySet<string> = new Set("tỷ tỉ triệu nghìn ngàn đồng usd % người lần năm tháng ngày".split(" "));

/**
 * The kinds of fund of data/lexicon/funds.tsv. A two-part kind is written with `và`, a comma,
 * a hyphen or nothing between its parts (`hưu trí và tử tuất`, `hưu trí - tử tuất`, `phòng,
 * chống thiên tai`, `phòng chống thiên tai`), so each joiner may stand for any of them.
 */
const FUND_KIND_TRIE = new PhraseTrie<true>();
for (const [kind] of FUND_KINDS) {
  let forms: string[][] = [[]];
  for (const w of phraseKeys(kind!)) {
    const alternatives = w === "và" || w === "," ? [["và"], [","], ["-"], []] : [[w]];
    forms = forms.flatMap((f) => alternatives.map((a) => [...f, ...a]));
  }
  for (const f of forms) FUND_KIND_TRIE.add(f.join(" "), true);
}

/**
 * Words that start a predicate, so that a name in subject position ends before them: modal
 * and aspect words, verbs of reporting, and the verbs of a fund's money (what a fund does in a
 * sentence: it collects, pays, grows, runs short). Function words and other common verbs are
 * in NOT_NAME_SYLLABLES.
 */
const PREDICATE_STARTS = new PhraseTrie<true>();
for (const p of [
  "phải", "cần", "chưa", "sắp", "từng", "luôn", "chỉ", "hiện", "bắt đầu", "tiếp tục", "dự kiến", "có thể",
  "cho biết", "cho rằng", "báo cáo", "đề xuất", "đề nghị", "kêu gọi", "phát động", "công bố", "thông báo",
  "thu", "chi", "chi trả", "trả", "nộp", "đóng", "bù", "bù đắp", "tăng", "giảm", "đạt", "chiếm", "kết dư", "bội chi",
  "thâm hụt", "thiếu", "hụt", "nhận", "tiếp nhận", "cấp", "chuyển", "trích", "huy động", "sử dụng", "dùng",
  "hỗ trợ", "ủng hộ", "giải ngân", "cho vay",
]) PREDICATE_STARTS.add(p, true);
/**
 * A lower-case predicate word at `k`; a single syllable that makes one word with the next
 * (`tăng trưởng`, `thiếu niên`, `thu nhập`) is that word, not the verb.
 */
function startsPredicate(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const p = t.upper ? null : PREDICATE_STARTS.longest(toks, k);
  if (!p) return false;
  const next = toks[k + 1];
  return p.end > k + 1 || !next || next.kind !== "word" || next.lineBefore || !isWordPair(t, next);
}

/**
 * What an official does in a news sentence, right after the post as its subject (`Chủ tịch Hội
 * Nông dân phát biểu.`, `Cục trưởng Cục Thuế nhấn mạnh`): verbs of speaking, reporting and
 * deciding, and the passive of what befalls an official. No body's name goes on with them, so a
 * role's lower-case tail stops there. Written for thoisu from the usual verbs of Vietnamese news.
 */
const CLAUSE_STARTS = new PhraseTrie<true>();
for (const p of [
  "phát biểu", "cho biết", "cho hay", "cho rằng", "nhấn mạnh", "khẳng định", "thông tin", "chia sẻ", "trả lời", "thừa nhận",
  "kết luận", "chúc mừng", "ký", "đề nghị", "yêu cầu", "chỉ đạo", "báo cáo", "giải thích", "công bố", "thông báo",
  "tuyên bố", "từ chức", "nhận định", "đánh giá", "cam kết", "trao đổi", "bày tỏ", "đồng ý", "xác nhận", "chủ trì",
  "tham dự", "làm việc", "hội đàm", "hội kiến", "tiếp thu", "giải trình", "kiến nghị", "cảm ơn", "ghi nhận", "lưu ý",
  "quán triệt", "khai mạc", "bế mạc", "đọc", "nêu", "nói", "hỏi", "đáp", "phản hồi", "lý giải", "thừa nhận", "cảnh báo",
  "phê duyệt", "quyết định", "ban hành", "bổ nhiệm", "trao", "tặng", "gửi", "dẫn đầu", "đón", "tiễn",
]) CLAUSE_STARTS.add(p, true);
/** True when a clause's verb (see {@link CLAUSE_STARTS}) or a predicate word starts at `k`. */
function startsClause(toks: readonly Token[], k: number): boolean {
  return !toks[k]!.upper && !!CLAUSE_STARTS.longest(toks, k) || startsPredicate(toks, k);
}

/**
 * True when the words at `k` make the number before them a count or an amount (`500 giường`,
 * `30 người`, `200 cán bộ`): a one- or two-syllable count noun, or an amount word; `năm`,
 * `tháng`, `ngày` only when no number follows (`30 năm`, not `7 năm 2024`).
 */
function countAfter(toks: readonly Token[], k: number): boolean {
  const u = toks[k]!, n = toks[k + 1];
  if (COUNT_NOUNS.has(u.lower) || (n && !n.lineBefore && COUNT_NOUNS.has(`${u.lower} ${n.lower}`))) return true;
  if (!AMOUNT_WORDS.has(u.lower)) return false;
  return !DATE_WORDS.has(u.lower) || !n || n.kind !== "number";
}

/** A numbered unit's name: a number, then an optional capitalised name (`Sư đoàn 3 Sao Vàng`). */
export function numberedNameEnd(ctx: PlaceContext, i: number): { end: number; locs: BodyParse["locs"] } {
  const toks = ctx.tokens;
  // `số` may introduce the number (`Tổ tuần thị số 3`).
  if (toks[i]?.lower === "số" && !toks[i]!.upper && toks[i + 1]?.kind === "number" && !toks[i + 1]!.lineBefore) i++;
  else if (toks[i]?.kind !== "number" || toks[i]!.lineBefore) return { end: i, locs: [] };
  // A count is no unit's number (`Đoàn 30 người`, `Bệnh viện 500 giường`).
  const unit = toks[i + 1];
  if (unit && !unit.lineBefore && countAfter(toks, i + 1)) return { end: i, locs: [] };
  let k = i + 1;
  // A number written with a hyphen is one (`Bệnh viện 19-8`, named after a date).
  if (toks[k]?.text === "-" && !toks[k]!.spaceBefore && toks[k + 1]?.kind === "number" && !toks[k + 1]!.spaceBefore) k += 2;
  const first = k;
  while (k < toks.length && k - first < 3 && isCapWord(toks[k]) && !toks[k]!.lineBefore && !nameBoundary(toks, k, i) && !BODY_TRIE.longest(toks, k) && !NAME_STOP_SET.has(toks[k]!.lower)) k++;
  return { end: k, locs: [] };
}

/** True when two syllables make one word of the Viet74K list (`cao su`, `tài chính`). */
export function isWordPair(a: Token, b: Token): boolean {
  return isWordPairOf(a.lower, b.lower);
}
