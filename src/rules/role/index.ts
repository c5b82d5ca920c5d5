/**
 * ROLE: a title (data/lexicon/role-titles.tsv), with `Quyền`/`Phó` before it and
 * `Thường trực` after it inside the span, then the body the text writes right after it
 * (`Bí thư Tỉnh ủy Hải Dương`, `Bộ trưởng Bộ Tài chính`, `Chủ tịch Trung Quốc`).
 * `nguyên`/`cựu`/`tân` stay outside and become `attrs.modifier`. LOC inside is proposed too.
 * @module
 */
import type { Candidate, Doc, Matcher } from "../../pipeline/types.js";
import type { Token } from "../../tokenize/index.js";
import { parsePlaceSlot, personStartsAt, placeContext, type PlaceContext, type PlaceRuleOptions } from "../../match/places.js";
import { bodyNameEnd, isWordPair, parentBodyEnd, parseBody, seatEnd, type BodyParse } from "../../match/bodies.js";
import { BODY_TRIE, CUE_TRIE, FIELD_TRIE, NAME_JOINERS, PhraseTrie, isAllCaps, isCapWord, SURNAME_TRIE, TITLE_TRIE, vietnameseSyllable, type TitleEntry } from "../../match/lexicons.js";
import { ARMED_SERVICE_NAMES, DEPUTY_GROUP_NAMES, MINISTER_TITLES, MINISTRY_FIELDS } from "../../match/lexicon.generated.js";

/** A parsed role: token range, title, body text, nested places. */
export interface RoleParse {
  first: number;
  last: number;
  title: TitleEntry;
  titleEnd: number;
  body: { first: number; last: number } | null;
  locs: { first: number; last: number; ref?: string }[];
  /** The gazetteer's id of the body, when the body is exactly a name it knows (`Bộ Tài chính`). */
  bodyRef?: string;
  /**
   * How the body was read when not by the body grammar: a ministry's field without `Bộ`
   * (`Bộ trưởng Tài chính`), an armed service without its head word (`Tư lệnh Hải quân`), a
   * named group of deputies (`Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Lào`); or `in-charge`: the
   * body after `phụ trách` (`Phó Giám đốc phụ trách Sở Y tế`). It names the rule.
   */
  via?: BodyVia;
}

/** See {@link RoleParse.via}. */
export type BodyVia = "ministry-field" | "service" | "group" | "in-charge";

/**
 * A ministry's field of work after a minister's title, the ministry's id its value (derived at
 * build time from the ministries of data/bodies.tsv and the titles of data/titles.tsv whose body
 * is a ministry: scripts/build-lexicon.mjs).
 */
const MINISTRY_FIELD_TRIE = new PhraseTrie<string>();
for (const [field, id] of MINISTRY_FIELDS) MINISTRY_FIELD_TRIE.add(field!, id!);
const MINISTER_TITLE_SET: ReadonlySet<string> = new Set(MINISTER_TITLES.map((t) => t.toLowerCase()));

/**
 * Armed services and arms of Vietnam's army and police, which their commanders' posts name
 * without `Quân chủng`, `Binh chủng` or `Bộ Tư lệnh` (`Tư lệnh Hải quân`, `Chính ủy Bộ đội Biên
 * phòng`): data/lexicon/armed-services.txt, with its source.
 */
const ARMED_SERVICES = new PhraseTrie<true>();
for (const s of ARMED_SERVICE_NAMES) ARMED_SERVICES.add(s, true);
/** The commanders' titles that take an armed service (see {@link ARMED_SERVICES}). */
const COMMAND_TITLES: ReadonlySet<string> = new Set(["tư lệnh", "chính ủy", "tham mưu trưởng", "chủ nhiệm chính trị"]);

/**
 * Named groups of deputies whose posts are held by one person: friendship groups of members of
 * parliament and the women deputies' group (`Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản`,
 * `Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam`), then the country or pair of countries
 * (data/lexicon/deputy-groups.txt).
 */
const DEPUTY_GROUPS = new PhraseTrie<true>();
for (const g of DEPUTY_GROUP_NAMES) DEPUTY_GROUPS.add(g, true);

/** Words before a title that make the mention plural or generic (not one post). */
const PLURAL_BEFORE: ReadonlySet<string> = new Set(["các", "những", "mọi", "nhiều", "vị", "từng", "mỗi"]);
/**
 * Words before a title, outside the span, kept as `attrs.modifier` (each with an example in
 * ROLE_MODIFIER_TABLE, ./examples.ts).
 */
export const MODIFIER_PATTERNS: readonly { words: readonly string[]; modifier: "former" | "new" }[] = [
  { words: ["nguyên", "cựu"], modifier: "former" },
  { words: ["tân"], modifier: "new" },
];
/** The modifier words and what they mean (from {@link MODIFIER_PATTERNS}). */
export const MODIFIERS: Readonly<Record<string, string>> = Object.fromEntries(MODIFIER_PATTERNS.flatMap((r) => r.words.map((w) => [w, r.modifier])));
/** Lower-case committees after `Ủy viên` that make one membership post of it (see parseRole). */
const MEMBERSHIP_QUALIFIERS: ReadonlySet<string> = new Set(["thường vụ", "trung ương"]);
/** Words after the title that stay inside it (`Phó Bí thư Thường trực`, `Bí thư thứ nhất`, `Phó Trưởng đoàn chuyên trách`). */
const TITLE_QUALIFIERS: readonly (readonly string[])[] = [["thường", "trực"], ["thứ", "nhất"], ["dự", "khuyết"], ["chuyên", "trách"]];

/**
 * End of a qualifier at token `k` (`Thường trực`), or `k`. A plain loop, not a closure inside
 * parseRole: captured variables would be allocated at every call, i.e. at every word.
 */
function qualifierEnd(toks: readonly Token[], k: number): number {
  for (const q of TITLE_QUALIFIERS) {
    let n = 0;
    while (n < q.length && toks[k + n]?.lower === q[n] && !toks[k + n]!.lineBefore) n++;
    if (n === q.length) return k + n;
  }
  return k;
}

/** Parses a role at token `i`, or null. */
export function parseRole(ctx: PlaceContext, i: number): RoleParse | null {
  const toks = ctx.tokens;
  let j = i;
  if (toks[j]?.lower === "quyền") j++;
  if (toks[j]?.lower === "phó" && !toks[j + 1]?.lineBefore) j++;
  const t = TITLE_TRIE.longest(toks, j);
  if (!t) return null;
  // A longer body head at the same words is a body, not a post: `Đại sứ quán` is no `Đại sứ`.
  const bodyHere = BODY_TRIE.longest(toks, j);
  if (bodyHere && bodyHere.end > t.end) return null;
  let k = qualifierEnd(toks, t.end);
  let title = t.value;
  // A member of a standing or central committee, its committee written in lower case (`Ủy viên
  // thường vụ`, `Ủy viên trung ương`), or `Ủy viên Thường vụ` in any case (`Ủy viên Thường vụ
  // Quốc hội`): one post alone, which may still take its body.
  if (title.title === "Ủy viên" && toks[k + 1] && (MEMBERSHIP_QUALIFIERS.has(`${toks[k]!.text} ${toks[k + 1]!.text}`) || `${toks[k]!.lower} ${toks[k + 1]!.lower}` === "thường vụ") && !toks[k]!.lineBefore && !toks[k + 1]!.lineBefore) {
    k += 2;
    title = { ...title, standalone: true };
  }
  // An attaché's field, one lower-case word of two syllables (`Tùy viên quân sự`, `Tùy viên
  // thương mại`), stays in the title; the mission follows.
  if (title.title === "Tùy viên" && isLowerWord(toks[k]) && isLowerWord(toks[k + 1]) && isWordPair(toks[k]!, toks[k + 1]!)) k += 2;
  // A Central Committee member's abbreviation takes `Đảng` after it, as the full title does
  // (`UVTƯ Đảng`, as `Ủy viên T.Ư Đảng`).
  if ((title.title === "UVTƯ" || title.title === "UVTW") && toks[k]?.text === "Đảng" && !toks[k]!.lineBefore) k++;
  const titleEnd = k;
  // `phụ trách` (in charge) between the title and its body qualifies the post and stays in it
  // (`Phó Giám đốc phụ trách Sở Y tế`: the deputy who runs the department); before anything
  // but a capitalised body it is the verb of the clause (`Phó Chủ tịch phụ trách nông nghiệp`).
  let inCharge = false;
  if (toks[k]?.lower === "phụ" && toks[k + 1]?.lower === "trách" && !toks[k]!.lineBefore && !toks[k + 1]!.lineBefore && isCapWord(toks[k + 2]) && !toks[k + 2]!.lineBefore && title.slot !== "none" && parseBody(ctx, k + 2, 0, true)) {
    k += 2;
    inCharge = true;
  }
  let body: RoleParse["body"] = null;
  let bodyRef: string | undefined;
  const locs: RoleParse["locs"] = [];
  // A company's or a known body's name may be written in foreign words (`Samsung Electronics`).
  let firmBody = false;
  const nx = toks[k];
  // A deputy's delegation belongs to the post: `đại biểu Quốc hội đoàn Hà Tĩnh`.
  if (nx && !nx.lineBefore && nx.lower === "đoàn" && DELEGATE_TITLES.has(title.lower) && toks[k + 1] && !toks[k + 1]!.lineBefore) {
    // The slot holds a province, so a bare capitalised name there is guessed as one.
    const p = parsePlaceSlot(ctx, k + 1, true);
    if (p?.loc && (p.unit === null || p.unit.kind === "admin")) { body = { first: k, last: p.end }; locs.push(p.loc); k = p.end; }
  }
  // A delegation's head names its mission in any case: `Trưởng đoàn thanh tra`, `Trưởng đoàn
  // Kiểm tra số 471`, `Trưởng đoàn đại biểu Quốc hội tỉnh` (with its place).
  if (nx && !nx.lineBefore && title.lower === "trưởng đoàn") {
    const m = MISSION_KINDS.longest(toks, k);
    if (m && !toks[m.end - 1]!.lineBefore) {
      let e = m.end;
      if (toks[e]?.lower === "số" && toks[e + 1]?.kind === "number" && !toks[e + 1]!.lineBefore) e += 2;
      const p = m.value === "delegation" && toks[e] && !toks[e]!.lineBefore ? parsePlaceSlot(ctx, e, true) : null;
      if (p && (p.unit === null || p.unit.kind === "admin")) { e = p.end; if (p.loc) locs.push(p.loc); }
      body = { first: k, last: e }; k = e;
    }
  }
  let via: BodyVia | undefined;
  if (nx && !nx.lineBefore && title.slot !== "none" && !body && (nx.upper || nx.kind === "abbr")) {
    const special = specialBody(ctx, title, k);
    if (special) { body = { first: k, last: special.last }; locs.push(...special.locs); k = special.last; via = special.via; if (special.ref) bodyRef = special.ref; }
  }
  if (nx && !nx.lineBefore && title.slot !== "none" && !body) {
    let b = parseBody(ctx, k, 0, true);
    // A head with its field written in lower case (`Thứ trưởng Bộ tài chính`, `Ủy ban kinh tế`).
    if (!b || (b.form === "alone" && b.last === BODY_TRIE.longest(toks, k)?.end)) b = lowerFieldBody(ctx, k) ?? b;
    const known = b ? undefined : ctx.bodies.get(k);
    if (b) { body = { first: k, last: b.last }; locs.push(...b.locs); k = b.last; if (b.ref) bodyRef = b.ref; firmBody = b.head.firm || b.form === "known"; }
    // A body the gazetteer knows by an abbreviated name with no head word (`UBTƯ MTTQ Việt Nam`).
    else if (known && (nx.upper || nx.kind === "abbr")) { body = { first: k, last: known.last }; locs.push(...placesIn(ctx, k, known.last)); k = known.last; if (known.ref) bodyRef = known.ref; firmBody = true; }
    else if (title.slot === "name") {
      // A holder's name right after the title is no unit's name (`Tùy viên Khổng Thị Mai`).
      const n = personStartsAt(toks, k) ? k : unitNameEnd(ctx, k, bodyNameEnd(ctx, k, true));
      if (n > k) {
        let e = n;
        const p = toks[e] && !toks[e]!.lineBefore ? parsePlaceSlot(ctx, e, false) : null;
        // The parent committee (`Tỉnh ủy Đông Lạc`) rather than a place unit (`Tỉnh`) read from its first word.
        const parent = toks[e] && !toks[e]!.lineBefore && toks[e]!.upper ? parseBody(ctx, e, 0, true) : null;
        if (parent && (!p || parent.last > p.end)) { e = parent.last; locs.push(...parent.locs); }
        else if (p) { e = p.end; if (p.loc) locs.push(p.loc); }
        else e = parentBodyEnd(toks, e);
        body = { first: k, last: e }; k = e;
      } else if ((BODY_TRIE.longest(toks, t.end - 1)?.end ?? 0) > t.end) {
        // The title's last word opens a body of its own written in lower case: `Trưởng Ban cán
        // sự đảng Bộ Tài chính` is the head of `Ban cán sự đảng …`, not a `Ban` named `cán sự`.
        const b = parseBody(ctx, t.end - 1, 0, true);
        if (b && b.last > t.end) { body = { first: k, last: b.last }; locs.push(...b.locs); k = b.last; }
      }
    } else {
      // A place or country as the body: Chủ tịch Trung Quốc, Bí thư Bình Định, Tổng thống Mỹ.
      const p = parsePlaceSlot(ctx, k, false);
      if (p && (p.unit === null || p.unit.kind === "admin")) { body = { first: k, last: p.end }; if (p.loc) locs.push(p.loc); k = p.end; }
      else if (/trưởng$/.test(title.title) && isCapWord(nx) && vietnameseSyllable(nx.text) && !SURNAME_TRIE.longest(toks, k) && !CUE_TRIE.longest(toks, k) && bodyNameEnd(ctx, k, false) > k) {
        // A head of a body by its bare name: `Bộ trưởng Công an`, `Bộ trưởng Quốc phòng`; written in
        // Vietnamese syllables (`Ngoại trưởng Sergei Lavrov` names the holder, not a body).
        const e = bodyNameEnd(ctx, k, false);
        body = { first: k, last: e }; k = e;
      }
      else if (nx.kind === "abbr" && !TITLE_TRIE.longest(toks, k) && !capsHeading(toks, i, titleEnd)) {
        // An abbreviated body the lexicon does not know: Giám đốc CDC Hải Dương.
        let e = k + 1;
        const q = toks[e] && !toks[e]!.lineBefore ? parsePlaceSlot(ctx, e, true) : null;
        if (q?.loc) { e = q.end; locs.push(q.loc); }
        body = { first: k, last: e }; k = e;
      }
    }
  }
  // The body the article is about, named by its kind after the title (`Tổng Giám đốc Công ty)`,
  // `Giám đốc Sở này`, `Chủ tịch ngân hàng đã duyệt`): after a title, a body word is no sentence
  // start, and a capitalised or firm's kind stands for the one body of the text.
  if (!body && nx && !nx.lineBefore && title.slot !== "none" && nx.kind === "word") {
    const e = kindBodyEnd(toks, k);
    if (e > k) { body = { first: k, last: e }; k = e; }
  }
  // A bank's or firm's branch by its place or name: `Giám đốc Agribank chi nhánh Đông Lạc`,
  // `Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Đông Lạc`.
  if (body && toks[k]?.lower === "chi" && toks[k + 1]?.lower === "nhánh" && !toks[k]!.lineBefore && !toks[k + 1]!.lineBefore && toks[k + 2] && !toks[k + 2]!.lineBefore) {
    const p = parsePlaceSlot(ctx, k + 2, true);
    if (p?.loc) { k = p.end; locs.push(p.loc); body = { first: body.first, last: k }; bodyRef = undefined; }
  }
  // A foreign holder's name is no part of the body: `Cục trưởng Cục Lễ tân Ivan Petrov`.
  if (body && !firmBody) {
    const cut = foreignNameIn(ctx, body.first + 1, k);
    if (cut < k) {
      k = cut;
      body = { first: body.first, last: k };
      for (let n = locs.length - 1; n >= 0; n--) if (locs[n]!.last > k) locs.splice(n, 1);
      bodyRef = undefined;
    }
  }
  // A diplomat's post names where the mission sits: `Đại sứ Việt Nam tại Nhật Bản`.
  if (SEATED_TITLES.has(title.lower)) {
    const e = seatEnd(ctx, k, locs);
    if (e > k) { body = { first: body?.first ?? k, last: e }; k = e; bodyRef = undefined; }
  }
  if (inCharge && !via) via = "in-charge";
  const out: RoleParse = bodyRef ? { first: i, last: k, title, titleEnd, body, locs, bodyRef } : { first: i, last: k, title, titleEnd, body, locs };
  if (via) out.via = via;
  return out;
}

/** The bare title `đại biểu` (a deputy), read only by {@link deputyBeforeHolder}. */
const DEPUTY_TITLE: TitleEntry = { title: "đại biểu", lower: "đại biểu", slot: "none", standalone: false };

/**
 * A bare `đại biểu` (`Đại biểu`) at `i` right before a named holder and the delegation in
 * brackets: `đại biểu Khổng Viết Thuận (đoàn Đông Lạc)`, `Đại biểu Lò Văn Xiển (Đoàn ĐBQH tỉnh
 * Đông Lạc)`, `đại biểu Khổng Thị Mai (Vĩnh Khê)`. The guidelines make a job noun with its named
 * holder a ROLE; the delegation shows the word names a deputy, not someone attending
 * (`các đại biểu dự lễ`, `Đại biểu Khổng Viết Thuận phát biểu chào mừng` are no post). Null otherwise.
 */
function deputyBeforeHolder(ctx: PlaceContext, i: number): RoleParse | null {
  const toks = ctx.tokens;
  if (toks[i]!.lower !== "đại" || toks[i + 1]?.lower !== "biểu" || toks[i + 1]!.lineBefore) return null;
  const k = i + 2;
  if (!personStartsAt(toks, k)) return null;
  // The holder's name: capitalised syllables on the line, at most five.
  let m = k;
  while (m < k + 5 && isCapWord(toks[m]) && !toks[m]!.lineBefore) m++;
  const open = toks[m];
  if (!open || open.text !== "(" || open.lineBefore) return null;
  const d = toks[m + 1];
  if (!d || d.lineBefore) return null;
  let close = -1;
  if (d.lower === "đoàn") {
    for (let n = m + 2; n < m + 9 && toks[n] && !toks[n]!.lineBefore; n++) if (toks[n]!.text === ")") { close = n; break; }
  } else {
    const p = parsePlaceSlot(ctx, m + 1, true);
    if (p?.loc && (p.unit === null || p.unit.kind === "admin") && toks[p.end]?.text === ")") close = p.end;
  }
  if (close < 0) return null;
  return { first: i, last: i + 2, title: DEPUTY_TITLE, titleEnd: i + 2, body: null, locs: [] };
}

/** A body read by {@link specialBody}: its end, nested places, the ministry's id, and how. */
interface SpecialBody { last: number; locs: RoleParse["locs"]; ref?: string; via: BodyVia }

/**
 * A body the body grammar does not read, right after the title at `k`: a ministry's field
 * without `Bộ` after a minister's title (`Bộ trưởng Tài chính`, `Thứ trưởng Văn hóa, Thể thao
 * và Du lịch`), an armed service after a commander's title (`Tư lệnh Hải quân`), a named group
 * of deputies (`Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Lào`); each may end with a country
 * (`Bộ trưởng Ngoại giao Nga`, `Tư lệnh Hải quân Mỹ`). Null when none is there, or when the
 * words go on as a longer name (`Tư lệnh Hải quân Vùng 2` is the body grammar's).
 */
function specialBody(ctx: PlaceContext, title: TitleEntry, k: number): SpecialBody | null {
  const toks = ctx.tokens;
  const name = title.lower;
  let hit: { end: number; ref?: string; via: BodyVia } | null = null;
  if (MINISTER_TITLE_SET.has(name)) {
    const f = MINISTRY_FIELD_TRIE.longest(toks, k);
    if (f) hit = { end: f.end, ref: f.value, via: "ministry-field" };
  } else if (COMMAND_TITLES.has(name)) {
    // A numbered region of a service is written before it: `Tư lệnh Vùng 2 Hải quân`.
    const region = toks[k]!.text === "Vùng" && toks[k + 1]?.kind === "number" && !toks[k + 1]!.lineBefore ? k + 2 : k;
    const f = toks[region] && !toks[region]!.lineBefore ? ARMED_SERVICES.longest(toks, region) : null;
    if (f) hit = { end: f.end, via: "service" };
  }
  if (!hit && toks[k]!.upper) {
    const g = DEPUTY_GROUPS.longest(toks, k);
    if (g) hit = { end: g.end, via: "group" };
  }
  if (!hit) return null;
  for (let m = k + 1; m < hit.end; m++) if (toks[m]!.lineBefore) return null;
  // A longer name joined on (`Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia`): the body
  // grammar's, not the field alone.
  const join = toks[hit.end];
  if (join && !join.lineBefore && NAME_JOINERS.has(join.lower) && isCapWord(toks[hit.end + 1]) && !toks[hit.end + 1]!.lineBefore && hit.via !== "group") return null;
  let e = hit.end;
  const locs: RoleParse["locs"] = [];
  const next = toks[e];
  if (next && !next.lineBefore) {
    // More of a name (a capitalised word no place starts, a number, a lower-case word of the
    // name): the body grammar's case, or no body.
    // A group's countries are guessed when the gazetteer does not know them (`Việt Nam - Vadoria`).
    const p = parsePlaceSlot(ctx, e, hit.via === "group");
    // A unit of a province (`Bộ đội Biên phòng tỉnh Đông Lạc`) is the body grammar's.
    if (p && p.unit !== null) return null;
    const country = p && p.unit === null && p.loc && (p.loc.ref === undefined || p.loc.ref.startsWith("nuoc:")) ? p : null;
    if (country) {
      // A guessed name may run across the dash of a pair of countries: cut it there.
      let loc = country.loc!;
      for (let m = loc.first + 1; m < loc.last; m++) if (toks[m]!.text === "-") { loc = { first: loc.first, last: m }; break; }
      e = loc.last; locs.push(loc);
      // A pair of countries of a friendship group: `Việt Nam - Nhật Bản`.
      const dash = toks[e];
      if (hit.via === "group" && dash && !dash.lineBefore && dash.text === "-") {
        const q = toks[e + 1] ? parsePlaceSlot(ctx, e + 1, true) : null;
        if (q && q.unit === null && q.loc) { e = q.end; locs.push(q.loc); }
      }
      return { last: e, locs, via: hit.via };
    }
    if (next.kind === "number" || (next.kind === "word" && next.upper && hit.via !== "ministry-field" && !personStartsAt(toks, e) && !CUE_TRIE.longest(toks, e))) return null;
  }
  return hit.ref ? { last: e, locs, ref: hit.ref, via: hit.via } : { last: e, locs, via: hit.via };
}

/**
 * First token in [from, to) where a foreign person's name starts (a capitalised word that is no
 * Vietnamese syllable, then another capitalised word, no known place or body there), or `to`.
 * Vietnamese body names are written in Vietnamese syllables, so such a run after a post's body
 * is its holder (`Bộ trưởng Quốc phòng Vadoria Ivan Petrov`).
 */
function foreignNameIn(ctx: PlaceContext, from: number, to: number): number {
  const toks = ctx.tokens;
  let afterPlace = -1;
  for (let m = from; m < to; m++) {
    const t = toks[m]!, n = toks[m + 1];
    const place = ctx.known.get(m);
    const hit = place ?? ctx.bodies.get(m);
    if (hit) { m = Math.max(m, hit.last - 1); afterPlace = place ? place.last : -1; continue; }
    const foreign = isCapWord(t) && !isAllCaps(t) && !vietnameseSyllable(t.text);
    // Two capitalised words, or one right after the country that ends the body (`Tổng thống
    // Vadoria Ivanov`, `Bộ trưởng Ngoại giao Lào Petrov`).
    if (foreign && ((m + 1 < to && isCapWord(n) && !n!.lineBefore) || afterPlace === m)) return m;
    afterPlace = -1;
  }
  return to;
}

/** Known places inside tokens [first, last) (a country in a known body's name), as nested LOCs. */
function placesIn(ctx: PlaceContext, first: number, last: number): RoleParse["locs"] {
  const out: RoleParse["locs"] = [];
  for (let m = first; m < last; m++) {
    const h = ctx.known.get(m);
    if (h && h.last <= last && ctx.tokens[m]!.upper) { out.push(h.ref ? { first: m, last: h.last, ref: h.ref } : { first: m, last: h.last }); m = h.last - 1; }
  }
  return out;
}

/**
 * A capitalised head that takes a name, then a known field of work in lower case (`Bộ tài chính`,
 * `Sở y tế tỉnh Đông Lạc`): the body the post names, with a place after it; or null.
 */
function lowerFieldBody(ctx: PlaceContext, k: number): BodyParse | null {
  const toks = ctx.tokens;
  const h = BODY_TRIE.longest(toks, k);
  const t = toks[h?.end ?? k];
  if (!h || !toks[k]!.upper || !h.value.name || !t || t.lineBefore || t.kind !== "word" || t.upper) return null;
  const f = FIELD_TRIE.longest(toks, h.end);
  if (!f) return null;
  let e = f.end;
  const locs: BodyParse["locs"] = [];
  const p = toks[e] && !toks[e]!.lineBefore ? parsePlaceSlot(ctx, e, false) : null;
  if (p?.loc) { e = p.end; locs.push(p.loc); }
  return { first: k, last: e, head: h.value, locs, form: "name" };
}

/**
 * Kinds of body that stand for the one body of the text right after a title: capitalised (`Sở`,
 * `Bộ`, `Công ty`), or, for firms, also in lower case (`ngân hàng`, `chi nhánh ngân hàng`).
 */
const KIND_BODIES = new PhraseTrie<"any" | "capital">();
for (const k of ["ngân hàng", "công ty", "tập đoàn", "tổng công ty", "chi nhánh ngân hàng", "chi nhánh"]) KIND_BODIES.add(k, "any");
for (const k of ["bộ", "sở", "cục", "tổng cục", "viện", "bệnh viện", "trường", "ủy ban", "hội đồng", "tòa án", "ban"]) KIND_BODIES.add(k, "capital");
/** Words after a kind of body that end the phrase without naming anything more. */
const KIND_BODY_AFTER: ReadonlySet<string> = new Set(["này", "đó", "ấy", "trên", "nói", "đã", "sẽ", "đang", "vừa", "cũng", "là", "và", "cho", "bị", "được", "có", "không", "chưa"]);

/**
 * End of a body named by its kind at token `k` after a title (see {@link KIND_BODIES}), or `k`:
 * the kind must end the phrase (punctuation, a line end, a determiner or a verb of the clause:
 * `Giám đốc Sở này`, `Chủ tịch ngân hàng đã duyệt`). Counter-examples: `Giám đốc công ty con`,
 * `Chủ tịch Hội đồng thi đua` (more name follows), `Giám đốc ngân hàng Vĩnh Khê` (a name: the
 * body grammar's case).
 */
function kindBodyEnd(toks: readonly Token[], k: number): number {
  const m = KIND_BODIES.longest(toks, k);
  if (!m || (m.value === "capital" && !toks[k]!.upper)) return k;
  for (let n = k + 1; n < m.end; n++) if (toks[n]!.upper || toks[n]!.lineBefore) return k;
  const next = toks[m.end];
  if (!next || next.lineBefore) return m.end;
  if (next.kind === "punct") return next.text === "-" ? k : m.end;
  return next.kind === "word" && !next.upper && KIND_BODY_AFTER.has(next.lower) ? m.end : k;
}

/**
 * End of a unit's own name read from `k` to `n` (`Tổ chức` in `Trưởng Ban Tổ chức Tỉnh ủy
 * Đông Lạc`): the name stops where a capitalised body begins (its parent committee, which
 * then follows as a body of its own), since a unit's name holds no body head after its first word.
 */
function unitNameEnd(ctx: PlaceContext, k: number, n: number): number {
  const toks = ctx.tokens;
  for (let m = k + 1; m < n; m++) {
    if (toks[m]!.upper && BODY_TRIE.longest(toks, m) && parseBody(ctx, m, 0, true)) return m;
  }
  return n;
}

/**
 * True when the title at tokens [first, end) is written in capitals as a heading (`TỔNG BÍ
 * THƯ`): then the capitalised words after it are no abbreviated body but more of the
 * heading (`TỔNG BÍ THƯ NGUYỄN VĂN A`). `UBND`, `CT` alone are abbreviations, not a heading.
 */
function capsHeading(toks: readonly Token[], first: number, end: number): boolean {
  if (end - first < 2) return false;
  for (let k = first; k < end; k++) if (!isAllCaps(toks[k]!)) return false;
  return true;
}

/**
 * What a delegation (`đoàn`) is sent for, in any case, after `Trưởng đoàn`: inspections and
 * missions, or a deputies' delegation (which takes its province). Counter-example: `Trưởng
 * đoàn Lò Văn Xiển` (a name: no mission).
 */
const MISSION_KINDS = new PhraseTrie<"mission" | "delegation">();
for (const k of ["thanh tra", "kiểm tra", "giám sát", "kiểm toán", "công tác", "khảo sát", "điều tra", "liên ngành"]) MISSION_KINDS.add(k, "mission");
for (const k of ["đại biểu Quốc hội", "ĐBQH", "đại biểu HĐND"]) MISSION_KINDS.add(k, "delegation");

/** Diplomats' titles, which take the seat of their mission after `tại` (see seatEnd). */
const SEATED_TITLES: ReadonlySet<string> = new Set(["đại sứ", "đại sứ đặc mệnh toàn quyền", "tổng lãnh sự", "lãnh sự", "tùy viên"]);

/** Deputies' titles, which take a delegation tail (`đoàn <province>`). */
const DELEGATE_TITLES: ReadonlySet<string> = new Set(["đại biểu quốc hội", "đbqh", "đại biểu hđnd"]);

/** True when a term number follows token `k` (`khóa 14`, `khóa XIII`); returns its end, or `k`. */
export function termEnd(toks: readonly Token[], k: number): number {
  // `các khóa 3, 4`, `khóa X, XI, XII`, `từ khóa 2 đến khóa 6`: a list or range of terms.
  let m = toks[k]?.lower === "các" && !toks[k]!.lineBefore ? k + 1 : toks[k]?.lower === "từ" && !toks[k]!.lineBefore ? k + 1 : k;
  const t = toks[m];
  if (!t || t.lineBefore || (t.lower !== "khóa" && t.lower !== "khoá") || !isTermNumber(toks[m + 1])) return k;
  m += 2;
  for (;;) {
    const sep = toks[m];
    if (!sep || sep.lineBefore) break;
    if ((sep.text === "," || sep.lower === "và" || sep.text === "-" || sep.text === "–") && isTermNumber(toks[m + 1])) { m += 2; continue; }
    if (sep.lower === "đến" && (toks[m + 1]?.lower === "khóa" || toks[m + 1]?.lower === "khoá") && isTermNumber(toks[m + 2])) { m += 3; continue; }
    break;
  }
  return m;
}

/** A term's number: digits or a Roman numeral, on the same line. */
function isTermNumber(n: Token | undefined): boolean {
  return !!n && !n.lineBefore && (n.kind === "number" || /^[IVXLC]+$/.test(n.text));
}

/** True when a named person seems to follow token `k` (a name or a cue), for lowercase titles. */
function holderFollows(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.lineBefore) return false;
  if (CUE_TRIE.longest(toks, k)) return true;
  if (personStartsAt(toks, k)) return true;
  // A capitalised family name only: lowercase `đoàn Hà Tĩnh` is a delegation, not `Đoàn Hà`.
  const s = t.upper ? SURNAME_TRIE.longest(toks, k) : null;
  return !!s && isCapWord(toks[s.end]);
}

/**
 * A named holder written right before the post, as an apposition: `Nguyễn Văn A, đại biểu Quốc
 * hội …` (a comma, then back over at most four capitalised syllables to a family name).
 */
function holderBefore(toks: readonly Token[], first: number): boolean {
  const comma = toks[first - 1];
  if (!comma || comma.text !== "," || toks[first]!.lineBefore) return false;
  for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
    const t = toks[k]!;
    if (!isCapWord(t)) return false;
    if (personStartsAt(toks, k)) return true;
    if (t.lineBefore) return false;
  }
  return false;
}

/** Words right before a lowercase post that make it a predicate of the person (`là`, `thôi`). */
const PREDICATE_BEFORE: ReadonlySet<string> = new Set(["là", "làm", "thôi", "chức", "kiêm", "nguyên", "cựu", "tân", "từng", "vị", "cử"]);

/** A lower-case word on the same line. */
const isLowerWord = (t: Token | undefined): boolean => !!t && t.kind === "word" && !t.upper && !t.lineBefore;

/** True when tokens [first, end) are all written in lower case (no `vụ Phó` read as `Vụ phó`). */
function allLower(toks: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (toks[k]!.upper || toks[k]!.kind !== "word") return false;
  return true;
}

/** The first syllable of `chức vụ`, `cương vị` (position): a lower-case post after them is one post. */
const POST_NOUN_BEFORE: ReadonlySet<string> = new Set(["chức", "cương"]);

/** Words before `bầu`/`cử` that make it one person's election (`được bầu`, `trúng cử`). */
const ELECTED_BEFORE: ReadonlySet<string> = new Set(["được", "trúng", "tái"]);

/** True when a `:` follows within a few tokens of `k` (before `.`, `;` or a line end): a list heading. */
function headsList(toks: readonly Token[], k: number): boolean {
  for (let m = k; m < toks.length && m < k + 16; m++) {
    const t = toks[m]!;
    if (m > k && t.lineBefore) return false;
    if (t.text === ":") return true;
    if (t.text === "." || t.text === ";" || t.text === "(") return false;
  }
  return false;
}

/**
 * Why a parsed role is a ROLE mention here, as the last part of its rule id, or null when it is
 * not one (case, plural and standalone rules):
 * - `title-body`: a capitalised title with its body (`Bí thư Tỉnh ủy Hải Dương`);
 * - `title-in-charge`: the same with `phụ trách` between the title and its body;
 * - `title-ministry-field`, `title-service`, `title-group`: the same with a body the body grammar
 *   does not read (see {@link RoleParse.via}: `Bộ trưởng Tài chính`, `Tư lệnh Hải quân`, `Chủ
 *   tịch Nhóm nghị sĩ hữu nghị Việt Nam - Lào`);
 * - `title-standalone`: a title that names one post alone (`Tổng Bí thư`, `Thủ tướng`);
 * - `title-before-holder`: a capitalised title right before its holder's name;
 * - `lower-title-body`, `lower-title-before-holder`: the same, written in lower case;
 * - `lower-self-bodied`: a lower-case post that names its body itself (`đại biểu Quốc hội`),
 *   after a predicate, in a chain of posts or beside its holder;
 * - `deputy-before-holder`: a bare `đại biểu` right before its holder's name and the delegation
 *   in brackets (`đại biểu Khổng Viết Thuận (đoàn Đông Lạc)`): a deputy of the assembly;
 * - `lower-title-post-noun`: a lower-case title after `chức`, `chức vụ`, `cương vị` (`giữ chức
 *   giám đốc`): the post itself, named as one.
 */
export type RoleReason = "title-body" | "title-ministry-field" | "deputy-before-holder" | "title-service" | "title-group" | "title-in-charge" | "title-standalone" | "title-before-holder" | "lower-title-body" | "lower-title-before-holder" | "lower-self-bodied" | "lower-title-post-noun";

/**
 * True when a parsed post is plural or generic: `các Bộ trưởng`, `các đồng chí Thành ủy viên`,
 * `các nguyên Ủy viên`, `52 thành viên`; but a list heading names the post of each person
 * listed (`các đồng chí Ủy viên Trung ương Đảng: A, B`).
 */
export function pluralPost(toks: readonly Token[], r: RoleParse): boolean {
  for (let k = r.first - 1; k >= Math.max(0, r.first - 3); k--) {
    const w = toks[k]!;
    // `vị` after `cương`/`chức` is the noun "position" (`cương vị Tổng Giám đốc`), no classifier.
    if (PLURAL_BEFORE.has(w.lower) && !(w.lower === "vị" && k > 0 && (toks[k - 1]!.lower === "cương" || toks[k - 1]!.lower === "chức"))) return !headsList(toks, r.last) && !namesAfterLa(toks, r.last);
    // Counted posts: `52 thành viên Ban Chấp hành`, `hai Phó Chủ tịch` (but `1 Ủy viên Bộ Chính trị` is one).
    if (k === r.first - 1 && w.kind === "number" && w.text !== "1" && !w.lineBefore) return !namesAfterLa(toks, r.last);
    if (!(MODIFIERS[w.lower] || w.lower === "đồng" || w.lower === "chí" || w.lower === "ông" || w.lower === "bà")) break;
  }
  return false;
}

/**
 * True when `là` and a named holder follow the post at `k` (`bổ nhiệm 2 Phó Chủ tịch là ông A và
 * ông B`): the post heads the list of its holders, as before a colon.
 */
function namesAfterLa(toks: readonly Token[], k: number): boolean {
  const e = termEnd(toks, k);
  return toks[e]?.lower === "là" && !toks[e]!.lineBefore && holderFollows(toks, e + 1);
}

/** Decides whether a parsed role is a ROLE mention here: why (see {@link RoleReason}), or null. */
export function acceptRole(ctx: PlaceContext, r: RoleParse, afterRole = false): RoleReason | null {
  const toks = ctx.tokens;
  const first = toks[r.first]!;
  const prev = toks[r.first - 1];
  if (pluralPost(toks, r)) return null;
  // The election of deputies is of many (`bầu cử đại biểu Quốc hội`, `cuộc bầu cử Đại biểu HĐND`);
  // one person elected is a post (`được bầu đại biểu Quốc hội`, `trúng cử đại biểu Quốc hội`).
  const elected = !!prev && !prev.lineBefore && (prev.lower === "bầu" || prev.lower === "cử") && ELECTED_BEFORE.has(toks[r.first - 2]?.lower ?? "");
  if (prev && prev.lower === "cử" && toks[r.first - 2]?.lower === "bầu" && DELEGATE_TITLES.has(r.title.lower)) return null;
  // A bare deputy before a named holder and a delegation: read by deputyBeforeHolder alone.
  if (r.title === DEPUTY_TITLE) return "deputy-before-holder";
  const capital = first.upper || first.kind === "abbr";
  if (!capital) {
    // A lowercase job noun is a ROLE with its body or beside its named holder; a lowercase
    // post that names its body itself (`đại biểu Quốc hội`) also as a predicate (`là đại
    // biểu Quốc hội`) or in a chain of posts (`Ủy viên Bộ Chính trị, đại biểu Quốc hội`).
    // A delegation tail alone does not make one post of it (`đại biểu Quốc hội đoàn X thảo luận`).
    const delegation = DELEGATE_TITLES.has(r.title.lower);
    if (r.body !== null && !delegation) return "lower-title-body";
    if (holderFollows(toks, r.last)) return "lower-title-before-holder";
    // A deputy of a council names its body and place itself: `đại biểu HĐND tỉnh Đông Lạc` (not
    // the unit word alone: `đại biểu HĐND tỉnh nhiều khóa` may be an item of a list of bodies served).
    const selfBodied = (r.title.slot === "none" && r.title.title.includes(" ") && /\p{Lu}/u.test(r.title.title.slice(1))) || (delegation && r.body !== null && r.locs.length > 0);
    // The post a person is given or holds: `giữ chức phó bí thư`, `chức vụ giám đốc`, `cương vị trưởng phòng`.
    if (prev && !prev.lineBefore && allLower(toks, r.first, r.titleEnd) && (prev.lower === "chức" || ((prev.lower === "vụ" || prev.lower === "vị") && POST_NOUN_BEFORE.has(toks[r.first - 2]?.lower ?? "")))) return "lower-title-post-noun";
    // `thôi nhiệm vụ đại biểu Quốc hội`: the post given up, a predicate too.
    const dutyOf = !!prev && prev.lower === "vụ" && toks[r.first - 2]?.lower === "nhiệm" && PREDICATE_BEFORE.has(toks[r.first - 3]?.lower ?? "");
    return selfBodied && !!prev && !prev.lineBefore && (PREDICATE_BEFORE.has(prev.lower) || elected || afterRole || dutyOf || holderBefore(toks, r.first)) ? "lower-self-bodied" : null;
  }
  if (r.body !== null) return r.via ? `title-${r.via}` : "title-body";
  if (r.title.standalone) return "title-standalone";
  return holderFollows(toks, r.last) ? "title-before-holder" : null;
}

/** Builds the ROLE candidate (with nested LOCs) for an accepted parse. */
export function roleCandidates(doc: Doc, r: RoleParse, rule: string): Candidate[] {
  const toks = doc.tokens;
  const start = toks[r.first]!.start, end = toks[r.last - 1]!.end;
  const attrs: NonNullable<Candidate["attrs"]> = { title: doc.text.slice(start, toks[r.titleEnd - 1]!.end) };
  if (r.body) attrs.body = doc.text.slice(toks[r.body.first]!.start, toks[r.body.last - 1]!.end);
  const loc = r.locs[r.locs.length - 1];
  if (loc) attrs.place = doc.text.slice(toks[loc.first]!.start, toks[loc.last - 1]!.end);
  if (loc?.ref) attrs.placeRef = loc.ref;
  if (r.bodyRef) attrs.bodyRef = r.bodyRef;
  const prev = toks[r.first - 1];
  if (prev && MODIFIERS[prev.lower]) attrs.modifier = MODIFIERS[prev.lower]!;
  const out: Candidate[] = [{ type: "ROLE", start, end, rule, priority: 1, attrs }];
  for (const l of r.locs) {
    out.push({ type: "LOC", start: toks[l.first]!.start, end: toks[l.last - 1]!.end, rule: "loc/in-role", priority: 1, ...(l.ref ? { ref: l.ref } : {}) });
  }
  return out;
}

/** Options of the role matcher. */
export type RoleMatcherOptions = PlaceRuleOptions;

/** The ROLE matcher (proposes ROLE spans and the LOCs inside them). */
export function createRoleMatcher(opts: RoleMatcherOptions = {}): Matcher {
  return {
    id: "role",
    match(doc: Doc): Candidate[] {
      const ctx = placeContext(doc, opts.places, opts.bodies);
      const out: Candidate[] = [];
      const toks = doc.tokens;
      let lastRoleEnd = -1, lastPluralEnd = -1;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        if (t.kind !== "word" && t.kind !== "abbr") continue;
        const r = parseRole(ctx, i) ?? deputyBeforeHolder(ctx, i);
        // Right after another post and a comma or semicolon (a chain of posts)?
        const sep = r ? toks[i - 1] : undefined;
        const afterRole = !!sep && (sep.text === "," || sep.text === ";") && lastRoleEnd === i - 1;
        // A plural post distributes over the posts listed after it: `các Phó Thủ tướng, Bộ
        // trưởng` and `nhiều đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng` are all plural
        // (unless a holder's name follows one of them, or the list heads names).
        const inPluralList = !!r && !!sep && (sep.text === "," || sep.lower === "và") && lastPluralEnd === i - 1 && !sep.lineBefore && !holderFollows(toks, r.last) && !headsList(toks, r.last);
        if (r && (inPluralList || pluralPost(toks, r))) lastPluralEnd = termEnd(toks, r.last);
        const reason = r && !inPluralList ? acceptRole(ctx, r, afterRole) : null;
        if (r && inPluralList) { i = r.last - 1; continue; }
        if (!r || !reason) {
          // A rejected `Phó …`/`Quyền …` post hides no other post (`các Phó chủ tịch Quốc hội`).
          if (r && (t.lower === "phó" || t.lower === "quyền")) { i = r.titleEnd - 1; continue; }
          // Inside a body's own head (Ban Thường vụ ...), no title starts: skip past it. (The case
          // first: most tokens are lower-case words, which need no trie walk.)
          if (!t.upper && t.kind !== "abbr") continue;
          const h = BODY_TRIE.longest(toks, i);
          if (h && h.end > i + 1) i = h.end - 1;
          continue;
        }
        out.push(...roleCandidates(doc, r, `role/${reason}`));
        // A term number after a post keeps the chain going: `Ủy viên Bộ Chính trị khóa 13, đại biểu Quốc hội`.
        lastRoleEnd = termEnd(toks, r.last);
        i = r.last - 1;
      }
      return out;
    },
  };
}

/** The default ROLE matcher. */
export const roleMatcher: Matcher = createRoleMatcher();
