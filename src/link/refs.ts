/**
 * REFS: links ROLEs and PERSONs to the gazetteer, as of the article's date (issues 3 and 5).
 * Runs after the HOLDS linker, whose relations and full names (`name`) it reads.
 *
 * ROLE attributes filled here (spans and types never change):
 * - `titleRef`: the title id, the composite one when the text writes it (`Bí thư Tỉnh ủy Hải
 *   Dương` → `Bí thư Tỉnh ủy`, `Chủ tịch UBND tỉnh` → `Chủ tịch UBND`), else the head (`Bộ trưởng`);
 * - `bodyTemplate` for bodies named after a place (`Tỉnh ủy Hải Dương` → `tpl:tinh-uy`, with
 *   `placeRef`), or `bodyRef` for a body the gazetteer knows by name (`Bộ Tài chính`);
 * - `placeRef` as of the article's date: the unit valid then, or the last unit of that name
 *   with `placeBecomes` (what it became) when the name no longer named a unit;
 * - the implicit place of a provincial role written without one (`Bí thư Tỉnh ủy` in an article
 *   about one province): `placeRef` of the dominant province and `implicit: true`.
 *
 * PERSON `ref` (every mention sharing a full name `name`, case-insensitive, gets the same):
 * among the gazetteer's people of exactly that full name,
 * - `refBasis: "name+role"`: the one whose tenure fits a role the text gives the person (HOLDS or
 *   apposition) on the article's date (or, undated, a date the text writes in the role's
 *   sentence; with none there, the post alone). A standing deputy (`Thường trực`) fits the
 *   deputy's post; `nguyên`/`tân` before a list of posts qualifies each post of the list;
 * - roles given that fit no tenure: a post the data lacks, or a namesake's. The one whose known
 *   career they are part of (a province or body of it; never a province or country it never was
 *   in, nor beside a single-holder post held on the date): `"name+date"`, or `"name"` undated;
 * - no role given: `"name+date"`, the only one whose career (first tenure start to last tenure
 *   end) spans the article's date;
 * - `"name+place"`: of several namesakes in office on the date (undated: ever), the only one
 *   whose post is in a province the article names;
 * - `"name"`: no article date, and the only person of that name.
 * `attrs.refConfidence` ({@link REF_CONFIDENCE}) grades these. Otherwise no `ref`, and
 * `attrs.refUnresolved` ({@link RefUnresolved}) says why, with `attrs.refCandidates` (their ids).
 * A mention that ends a place name written in the text (`TP. Hồ Chí Minh`) gets no `ref`.
 *
 * ROLE `holderRef`: for a role no named person in the text holds, the one person the gazetteer
 * knows held that post on the article's date, when the role pins the post down (a single-holder
 * title with its body or place, or one that is a post by itself: `Tổng Bí thư`).
 *
 * Cost: one pass over the entities; gazetteer lookups per distinct role text and person name.
 * @module
 */
import type { Candidate, CandidateAttrs, CandidateRelation, CandidateUpdate, Doc, Linker, Links, YMD } from "../pipeline/types.js";
import type { DateValue } from "../types.js";
import { bodyTemplates, lookupKey, toneKey, tenureOn, validOn, type BodyTemplate, type Gazetteer, type GazetteerEntry, type NameMatch, type Tenure } from "../gazetteer/index.js";
import { scanTokens } from "../tokenize/index.js";
import { partitionPoint, sentenceAt } from "../pipeline/search.js";
import { dateHigh, dateLow } from "../gazetteer/gazetteer.js";
import { formatYMD } from "../pipeline/reference-date.js";
import { once } from "../pipeline/once.js";
import { LATIN_WORD, vietnameseWord } from "../match/lexicons.js";

/** Place types of the provincial level (what an implicit place may be). */
const PROVINCIAL: ReadonlySet<string> = new Set(["province", "centrally-run-city"]);
/** Place types below the provincial level: a bare body that may be one of these has no implicit place. */
const BELOW_PROVINCIAL: ReadonlySet<string> = new Set(["district", "urban-district", "town", "commune", "ward", "township", "special-zone"]);
/** Every place type a title's `bodyKind` may name (the rest are body types, template or body ids). */
const PLACE_TYPES: ReadonlySet<string> = new Set([...PROVINCIAL, ...BELOW_PROVINCIAL, "city", "country", "region", "foreign-city", "foreign-province"]);
/**
 * Unit words after a bare body head that still name no place (`UBND tỉnh`, `Chủ tịch UBND thành
 * phố`): the place types each may stand for at the provincial level.
 */
const PROVINCIAL_UNIT: Readonly<Record<string, readonly string[]>> = {
  "tinh": ["province"], "thanh pho": ["centrally-run-city"], "tp": ["centrally-run-city"], "thu do": ["centrally-run-city"],
};
/** An implicit place needs at least this many mentions, and twice as many as the next one. */
const DOMINANT_MIN = 2;
/** The country whose central posts the tenures list without a place. */
const HOME_COUNTRY = "nuoc:viet-nam";
/** A `tân` (new) post may be taken up a little after the article's date. */
const NEW_POST_DAYS = 90;
/** White space as `\s` and `String.prototype.trim` read it, by code unit. */
function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff)) || c === 0x1680;
}
/**
 * Between a person and a role written right after it, `text[from, to)`, as an apposition: `,`,
 * `(`, `:` or a spaced dash, with spaces around. Read in place: the gap may be long (the next
 * role far away), and a slice and a trim per person would be garbage.
 */
function isAppositionGap(text: string, from: number, to: number): boolean {
  let a = from, b = to;
  while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  if (b - a !== 1) return false;
  const c = text.charCodeAt(a);
  return c === 0x2c || c === 0x28 || c === 0x3a || (c === 0x2d && a > from);
}
/** True when `text[from, to)` holds only spaces and tabs. */
function onlySpacesOrTabs(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) { const c = text.charCodeAt(k); if (c !== 32 && c !== 9) return false; }
  return true;
}
/** Between two posts of one list: `,`, `;`, `và` (and), `kiêm` (concurrently), with spaces around. */
const LIST_GAPS: ReadonlySet<string> = new Set([",", ";", "và", ", và", "kiêm", ", kiêm"]);
export function isListGap(gap: string): boolean {
  return isListGapAt(gap, 0, gap.length);
}
/** {@link isListGap} of `text[from, to)`: a long gap is refused before any slice is made. */
export function isListGapAt(text: string, from: number, to: number): boolean {
  return to - from <= 8 && LIST_GAPS.has(text.slice(from, to).trim());
}
/**
 * Body types of Vietnam's party and state (data/bodies.tsv): a foreign official's post is never in
 * one, whatever its words (`Ủy viên Bộ Chính trị` of Laos's party, `Thứ trưởng Bộ Tư pháp` of the
 * US). Banks, firms, media and international organisations are not among them.
 */
const STATE_BODY_TYPES: ReadonlySet<string> = new Set([
  "ministry", "ministerial-agency", "na-committee", "na-standing-committee", "legislature", "government", "office", "court", "procuracy",
  "police", "military-agency", "front", "mass-organisation", "election-council", "party", "party-committee", "party-commission",
  "party-organ", "party-leadership", "party-office", "party-council", "party-congress", "party-academy",
]);
const VIET_NAM = "nuoc:viet-nam";
/**
 * True when every word of a full name is a romanised word that is no Vietnamese syllable (`Rod
 * Rosenstein`, `Saleumxay Kommasith`): a foreigner. A name with one Vietnamese syllable is not
 * (`Ksor Phước`, `Y Thanh Hà Niê Kđăm`), nor one written in Sino-Vietnamese (`Vương Nghị`).
 */
export function foreignName(name: string): boolean {
  // The words (split at white space and `-`), read one by one: a Vietnamese name fails at its first.
  let words = 0;
  for (let i = 0; i < name.length;) {
    let c = name.charCodeAt(i);
    if (c === 0x2d || isWhiteSpace(c)) { i++; continue; }
    let j = i + 1;
    while (j < name.length && (c = name.charCodeAt(j)) !== 0x2d && !isWhiteSpace(c)) j++;
    const w = name.slice(i, j);
    if (!LATIN_WORD.test(w) || vietnameseWord(w.toLowerCase())) return false;
    words++;
    i = j;
  }
  return words >= 2;
}
/** A role that places its holder in Vietnam whatever the country it names (`Đại sứ Việt Nam tại Lào`). */
const POSTED_ABROAD = /(?:^|\s)(?:tại|ở|Việt Nam)(?:\s|$)/u;

/**
 * Why a PERSON whose full name the gazetteer knows has no `ref` (`attrs.refUnresolved`, with the
 * people of that name in `attrs.refCandidates`): `ambiguous` (two or more remain), `role-unfit`
 * (the roles the text gives fit none of their known careers), `off-date` (no role given, and no
 * known career spans the article's date).
 */
export type RefUnresolved = "ambiguous" | "role-unfit" | "off-date";
/** How a PERSON `ref` was decided (`attrs.refBasis`). */
export type RefBasis = "name+role" | "name+place" | "name+date" | "name";
/**
 * `attrs.refConfidence` per basis: a user keeps refs at or above a threshold (0.8 keeps the
 * role fits and unique names in office; 0.9 only roles fitting on the article's date). Ordered by
 * how much the text and the gazetteer agree on, not calibrated probabilities.
 */
export const REF_CONFIDENCE = {
  /** Name, and a role the text gives fits a tenure on the article's date. */
  role: 0.95,
  /** Name and role, fitted loosely: a former (`nguyên`) or new (`tân`) post, or no article date (fitted to a date the text writes, or to the post alone when it writes none). */
  roleLoose: 0.85,
  /** Name alone, the only person of that name in the gazetteer, within that person's career on the date. */
  nameDated: 0.8,
  /** Name and place: namesakes in office on the date, one of them in a province the article names. */
  place: 0.75,
  /** Name and place, no date: of the namesakes, the only one with a known post in a province the article names. */
  placeUndated: 0.45,
  /** Name alone, the only one of several namesakes whose career spans the date. */
  nameDatedNamesakes: 0.7,
  /** Name alone (no role in the text), no date to check: the only person of that name in the gazetteer. */
  nameUndated: 0.5,
  /** Name, within the career on the date, and a role the data lacks in a province or body of that career. */
  careerDated: 0.6,
  /** Name, no date, and a role the data lacks in a province or body of that person's known career. */
  careerUndated: 0.45,
} as const;
/** `Thường trực` (standing) inside a title's lookup key, with the spaces around it. */
const STANDING_KEY = " thường trực ";
/** How far before a PERSON mention a place name that ends with it may start (`Thành phố `). */
const PLACE_PREFIX_CHARS = 12;
/** Caches per linker are bounded: a long-running service sees unbounded distinct texts. */
const CACHE_MAX = 20_000;

const iso = formatYMD;

function addDays(day: string, n: number): string {
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + n);
  return iso({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

/** A period as ISO days, inclusive, and the sentence (index) that writes it. */
interface Period { low: string; high: string; sentence: number }

/** A birth date (`sinh ngày 5/2/1966`, `SN 1966`) dates no post. */
function isBirthDate(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start).trimEnd().toLowerCase();
  return before.endsWith("sinh") || before.endsWith("sn");
}

/** The dates written in the text (DATE values, birth dates aside), as periods: used when the article's date is unknown. */
function textPeriods(text: string, entities: readonly Candidate[], doc: Pick<Doc, "sentences">): Period[] {
  const out: Period[] = [];
  for (const e of entities) {
    if (e.type !== "DATE" || !e.value || !("timex" in e.value) || isBirthDate(text, e.start)) continue;
    const timex = (e.value as DateValue).timex;
    const sentence = sentenceAt(doc, e.start);
    for (const m of timex.matchAll(/(?<![0-9X])([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?/g)) {
      const d = m[0]!;
      out.push({ low: dateLow(d), high: dateHigh(d), sentence });
    }
  }
  return out;
}

/** A PERSON's full name (coreference's `name`, else its own text), trimmed. */
const fullName = (text: string, p: Candidate): string => (p.name ?? text.slice(p.start, p.end)).trim();

/** Who holds a role, as far as telling one holder from two goes: the full name (lower case) and where that mention ends. */
interface RoleHolder { name: string; end: number }
const sameHolder = (a: RoleHolder, b: RoleHolder) => a.name === b.name && a.end === b.end;

/** What a role resolved to, as the person fit needs it. */
interface RoleInfo {
  titleId?: string;
  bodyRef?: string;
  bodyTemplate?: string;
  /** Written (not implicit) place, as of the date. */
  placeRef?: string;
  /** The article's dominant province standing for an unnamed one (`Chủ tịch UBND tỉnh`). */
  implicitPlaceRef?: string;
  modifier?: string;
  /** The sentence (index) the role is written in: a date the text writes there dates it. */
  sentence: number;
}

/** What a role text resolves to, independent of the document (cached per role text and date). */
interface RoleParts {
  title?: GazetteerEntry;
  template?: BodyTemplate;
  /** The place types the body or title admits (for the place and the implicit place). */
  placeTypes?: readonly string[];
  /** The body names no place but is provincial (`Tỉnh ủy`, `UBND tỉnh`): the types an implicit place may have. */
  implicitTypes?: readonly string[];
  bodyRef?: string;
}

/**
 * The REFS linker over a gazetteer.
 *
 * @example
 * ```ts
 * const ex = createExtractor({ linkers: [holdsLinker, createRefsLinker(defaultGazetteer)] });
 * ex.extract("Bí thư Thành ủy Hà Nội Hoàng Trung Hải", { date: "2017-06-09" })
 *   .entities.find((e) => e.type === "PERSON")?.ref; // "person:hoang-trung-hai"
 * ```
 */
export function createRefsLinker(gazetteer: Gazetteer): Linker {
  // Built at the first body read, not when the linker is made: the default linker is made at
  // import, and tokenising every template form there would slow every import.
  const templates = once(() => {
    // By the written form (diacritics kept), and by the folded form for text written without marks.
    const byKey = new Map<string, BodyTemplate>();
    const byFolded = new Map<string, BodyTemplate>();
    let maxWords = 0;
    for (const t of bodyTemplates()) {
      for (const form of [t.head, ...t.aliases]) {
        const key = toneKey(form);
        if (!byKey.has(key)) byKey.set(key, t);
        const folded = lookupKey(form);
        if (!byFolded.has(folded)) byFolded.set(folded, t);
        maxWords = Math.max(maxWords, key.split(" ").length);
      }
    }
    return { byKey, byFolded, maxWords };
  });

  // Names are read with the gazetteer's token trie (`matchTokens`), which extraction builds
  // anyway, not with `lookup`, whose folded-key index would cost every first call its build.
  /** One cache per kind of name, by text: no key string built per lookup. */
  const namesCaches = new Map<GazetteerEntry["kind"], Map<string, { matches: NameMatch[]; length: number }>>();
  /**
   * The gazetteer names of one kind in a short text (a role, a body, a person's name), and its
   * number of tokens; cached per text, so a text met again is not tokenised and walked again.
   */
  const namesIn = (s: string, kind: GazetteerEntry["kind"]): { matches: NameMatch[]; length: number } => {
    let cache = namesCaches.get(kind);
    if (!cache) namesCaches.set(kind, cache = new Map());
    let names = cache.get(s);
    if (!names) {
      const tokens = scanTokens(s);
      names = { matches: gazetteer.matchTokens(tokens, { kinds: [kind] }), length: tokens.length };
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(s, names);
    }
    return names;
  };
  /** Entries named by the whole text. */
  const named = (s: string, kind: GazetteerEntry["kind"]): readonly GazetteerEntry[] => {
    const { matches, length } = namesIn(s, kind);
    const m = matches[0];
    return m && m.first === 0 && m.last === length ? m.entries : [];
  };
  const headOf = (id: string | undefined): string | undefined => (id ? gazetteer.get(id)?.head ?? id : undefined);

  /**
   * The body template the body text starts with, and the (folded) words after its head. Words
   * differing only by tone are different words (`Quân ủy Trung ương`, the central military
   * commission, is not the template `Quận ủy`); a folded match is taken only for words written
   * without any diacritics (`UBND`, `HDND`), where the text itself does not tell them apart.
   */
  function templateOf(body: string): { template: BodyTemplate; rest: string } | null {
    const words = toneKey(body).split(" ");
    const folded = lookupKey(body).split(" ");
    const { byKey, byFolded, maxWords } = templates();
    for (let n = Math.min(maxWords, words.length); n >= 1; n--) {
      const written = words.slice(0, n).join(" ");
      const plain = folded.slice(0, n).join(" ");
      const t = byKey.get(written) ?? (written === plain ? byFolded.get(plain) : undefined);
      if (t) return { template: t, rest: folded.slice(n).join(" ") };
    }
    return null;
  }

  /**
   * By role text, the parts for each body and place-or-not it came with (mostly one): no key
   * string built per lookup.
   */
  const partsCache = new Map<string, { body: string; hasPlace: boolean; parts: RoleParts }[]>();
  /** Title, body template, body id and admitted place types of a role text. */
  function roleParts(roleText: string, body: string | undefined, hasPlace: boolean): RoleParts {
    let variants = partsCache.get(roleText);
    if (variants) for (const v of variants) if (v.body === (body ?? "") && v.hasPlace === hasPlace) return v.parts;
    const parts: RoleParts = {};
    // The longest prefix of the role that names a title: `Bí thư Tỉnh ủy` in `Bí thư Tỉnh ủy Hải Dương`.
    const first = namesIn(roleText, "title").matches[0];
    if (first?.first === 0) parts.title = first.entries.find((e) => e.type !== "rank");
    const tpl = body ? templateOf(body) : null;
    if (tpl) {
      parts.template = tpl.template;
      parts.placeTypes = tpl.template.placeTypes;
      const types = tpl.template.placeTypes.length ? tpl.template.placeTypes : [];
      if (!hasPlace) {
        if (tpl.rest === "") {
          // A bare head stands for a provincial body only when the template has no lower level.
          if (types.some((t) => PROVINCIAL.has(t)) && !types.some((t) => BELOW_PROVINCIAL.has(t))) parts.implicitTypes = types.filter((t) => PROVINCIAL.has(t));
        } else {
          const unit = PROVINCIAL_UNIT[tpl.rest];
          if (unit) parts.implicitTypes = unit.filter((t) => types.includes(t));
        }
      }
    } else if (body) {
      const bodies = named(body, "body");
      if (bodies.length === 1) parts.bodyRef = bodies[0]!.id;
    }
    // The title's own kinds of body: the template of a composite title written without its body
    // words in `body` (`Trưởng Đoàn ĐBQH tỉnh X`), and its place types.
    const kinds = parts.title?.bodyKind?.split("|") ?? [];
    const titleTypes = kinds.filter((k) => PLACE_TYPES.has(k));
    if (!parts.template && parts.title?.head === undefined) {
      const tpls = kinds.filter((k) => k.startsWith("tpl:"));
      if (tpls.length === 1 && (hasPlace || body)) parts.template = bodyTemplates().find((t) => t.id === tpls[0]);
    }
    parts.placeTypes ??= titleTypes.length ? titleTypes : undefined;
    if (!body && !hasPlace && !parts.implicitTypes && titleTypes.length && titleTypes.every((t) => PROVINCIAL.has(t) || t === "city")) {
      parts.implicitTypes = titleTypes.filter((t) => PROVINCIAL.has(t));
    }
    if (parts.implicitTypes && !parts.implicitTypes.length) parts.implicitTypes = undefined;
    if (!variants) {
      if (partsCache.size >= CACHE_MAX) partsCache.clear();
      partsCache.set(roleText, variants = []);
    }
    variants.push({ body: body ?? "", hasPlace, parts });
    return parts;
  }

  /** The place a role names, as of `day`: the unit valid then, else the last of that name and what it became. */
  function resolvePlace(place: string, body: string | undefined, types: readonly string[] | undefined, matcherRef: string | undefined, day: string | null): { ref?: string; becomes?: string[]; alike?: string } {
    // The names that end where the body ends (the place closes it), with or without their unit
    // word: district-level names match only with it (`huyện Hoài Ân`).
    let found: GazetteerEntry[] = [];
    const withUnit: GazetteerEntry[] = [];
    const { matches, length } = namesIn(body ?? place, "place");
    for (const m of matches) {
      if (m.last !== length) continue;
      m.entries.forEach((e, i) => {
        if (!found.includes(e)) found.push(e);
        if (m.units[i]! > 0 && !withUnit.includes(e)) withUnit.push(e);
      });
    }
    // A name written with its unit word names a place of a type that word introduces: `TP Sóc
    // Trăng` is the city, not the province of that name; `tỉnh Sóc Trăng` the province.
    // The matcher's ref of the bare name (the province) is then no fallback either.
    if (withUnit.length) {
      found = withUnit;
      if (matcherRef && !withUnit.some((e) => e.id === matcherRef)) matcherRef = undefined;
    }
    if (types?.length) {
      const typed = found.filter((e) => types.includes(e.type));
      if (typed.length) found = typed;
    }
    if (!found.length) return matcherRef ? { ref: matcherRef } : {};
    if (!day) {
      if (matcherRef) return { ref: matcherRef };
      if (found.length === 1) return { ref: found[0]!.id };
      // Undated, one place under several ids (a city before and after the 2025 reorganisation):
      // no id to give the role, but one place to fit a tenure to.
      return found.every((e) => e.name === found[0]!.name) ? { alike: found[0]!.id } : {};
    }
    const valid = found.filter((e) => validOn(e, day));
    if (matcherRef && valid.some((e) => e.id === matcherRef)) return { ref: matcherRef };
    if (valid.length === 1) return { ref: valid[0]!.id };
    if (valid.length > 1) return matcherRef ? { ref: matcherRef } : {};
    // No unit of that name on that day: the one that ended last, and its successors then.
    const ended = found.filter((e) => e.validTo && dateHigh(e.validTo) < day)
      .sort((a, b) => (dateHigh(b.validTo!) < dateHigh(a.validTo!) ? -1 : 1));
    const last = ended[0];
    if (!last || (ended.length > 1 && dateHigh(ended[1]!.validTo!) === dateHigh(last.validTo!))) return matcherRef ? { ref: matcherRef } : {};
    const becomes = gazetteer.placeAsOf(last.id, day)?.becomes?.map((e) => e.id);
    return becomes?.length ? { ref: last.id, becomes } : { ref: last.id };
  }

  /** The provincial unit a place id counts for (itself, or a district's province). */
  const provinceCache = new Map<string, GazetteerEntry | null>();
  function provinceOf(id: string): GazetteerEntry | null {
    let p = provinceCache.get(id);
    if (p !== undefined) return p;
    p = null;
    // Communes would load 13,000 rows; their mentions come with their district or province anyway.
    let e = id.startsWith("xa") ? undefined : gazetteer.get(id);
    for (let depth = 0; e && depth < 3; depth++) {
      if (e.kind !== "place") break;
      if (PROVINCIAL.has(e.type)) { p = e; break; }
      e = e.parent && !e.parent.startsWith("xa") ? gazetteer.get(e.parent) : undefined;
    }
    if (provinceCache.size >= CACHE_MAX) provinceCache.clear();
    provinceCache.set(id, p);
    return p;
  }

  /** The province clearly most mentioned among those of `types`, or null. */
  function dominant(counts: ReadonlyMap<string, { entry: GazetteerEntry; n: number }>, types: readonly string[]): string | null {
    let best: { entry: GazetteerEntry; n: number } | null = null, second = 0;
    for (const c of counts.values()) {
      if (!types.includes(c.entry.type)) continue;
      if (!best || c.n > best.n) { second = best?.n ?? 0; best = c; } else if (c.n > second) second = c.n;
    }
    return best && best.n >= DOMINANT_MIN && best.n >= 2 * second ? best.entry.id : null;
  }

  /** True when the post of role `r` matches tenure `t` (title, and body/place where the text names one). */
  function postFits(r: RoleInfo, t: Tenure): boolean {
    if (!r.titleId || !t.title) return false;
    if (r.titleId !== t.title && !sameBarStanding(r.titleId, t.title)) {
      const rTitle = gazetteer.get(r.titleId), tTitle = gazetteer.get(t.title);
      const rComposite = rTitle?.head !== undefined, tComposite = tTitle?.head !== undefined;
      // Two different composite titles are two posts (`Bí thư Tỉnh ủy` ≠ `Bí thư Thành ủy`).
      if (rComposite && tComposite) return false;
      if (headOf(r.titleId) !== headOf(t.title) && !shortFormOf(rTitle, tTitle, r)) return false;
    }
    if (r.bodyRef && t.body && !t.body.startsWith("tpl:") && t.body !== r.bodyRef && gazetteer.get(t.body)?.parent !== r.bodyRef) return false;
    if (r.bodyTemplate && t.body?.startsWith("tpl:") && t.body !== r.bodyTemplate) return false;
    if (r.placeRef) {
      // A central post has no place; `Việt Nam` written in its title (`Chủ tịch Ủy ban Trung
      // ương MTTQ Việt Nam`) names the country it is central to.
      if (!t.place) return r.placeRef === HOME_COUNTRY;
      if (t.place !== r.placeRef && !samePlace(r.placeRef, t.place)) return false;
    }
    return true;
  }
  /**
   * The title's name as a lookup key without `Thường trực` (standing): `Phó Bí thư Thường trực
   * Tỉnh ủy` → `phó bí thư tỉnh ủy`. Cached per title id.
   */
  const standingCache = new Map<string, string>();
  function withoutStanding(id: string): string {
    let key = standingCache.get(id);
    if (key === undefined) {
      const name = gazetteer.get(id)?.name;
      key = name ? ` ${toneKey(name)} `.replace(STANDING_KEY, " ").trim() : "";
      standingCache.set(id, key);
    }
    return key;
  }
  /**
   * True when two titles differ only by `Thường trực` (`Phó Bí thư Thường trực Tỉnh ủy` and `Phó
   * Bí thư Tỉnh ủy`, `Phó Thủ tướng Thường trực` and `Phó Thủ tướng`): the standing deputy is one
   * of the deputies, so either name, in the text or in the data, is the same post.
   */
  function sameBarStanding(a: string, b: string): boolean {
    const x = withoutStanding(a);
    return x !== "" && x === withoutStanding(b);
  }
  /**
   * A bare title head written alone (`Phó Chủ tịch`, no body or place in the text) for a post
   * whose full title starts with it (`Phó Chủ tịch Quốc hội`): the body left out, as lists and
   * later mentions do. Titles the gazetteer keeps whole (no `head`) need this.
   */
  function shortFormOf(rTitle: GazetteerEntry | undefined, tTitle: GazetteerEntry | undefined, r: RoleInfo): boolean {
    if (!rTitle || !tTitle || rTitle.type !== "title-head" || r.bodyRef || r.bodyTemplate || r.placeRef) return false;
    const short = withoutStanding(rTitle.id), full = withoutStanding(tTitle.id);
    return short !== "" && full.startsWith(`${short} `);
  }
  /** One unit under two ids: the same name, or one the successor of the other (a split tenure). */
  function samePlace(a: string, b: string): boolean {
    const x = gazetteer.get(a), y = gazetteer.get(b);
    if (!x || !y) return false;
    return x.name === y.name || !!x.successors?.includes(b) || !!y.successors?.includes(a);
  }
  /**
   * True when tenure `t` runs when the text places role `r`: on the article's date, or (undated)
   * a date the text writes in the role's sentence; undefined when undated and that sentence
   * writes no date (then only the post can be fitted).
   */
  function timeFits(r: RoleInfo, t: Tenure, day: string | null, periods: readonly Period[]): boolean | undefined {
    if (day) {
      if (r.modifier === "former") return !t.from || dateLow(t.from) <= day;
      if (tenureOn(t, day)) return true;
      return r.modifier === "new" && !!t.from && day <= dateLow(t.from) && dateLow(t.from) <= addDays(day, NEW_POST_DAYS);
    }
    const near = periods.filter((p) => p.sentence === r.sentence);
    if (!near.length) return undefined;
    // As on a known date: a former post began before the date written, a new one begins around it.
    if (r.modifier === "former") return near.some((p) => !t.from || dateLow(t.from) <= p.high);
    if (r.modifier === "new") return near.some((p) => !!t.from && p.low <= dateLow(t.from) && dateLow(t.from) <= addDays(p.high, NEW_POST_DAYS));
    return near.some((p) => (!t.from || dateLow(t.from) <= p.high) && (!t.to || p.low <= dateHigh(t.to)));
  }

  const peopleCache = new Map<string, { entry: GazetteerEntry; tenures: Tenure[] }[]>();
  /** The gazetteer's people of exactly this name (diacritics count: `Năm` is not `Nam`). */
  function peopleNamed(name: string): { entry: GazetteerEntry; tenures: Tenure[] }[] {
    let out = peopleCache.get(name);
    if (out) return out;
    const lower = name.toLowerCase();
    out = named(name, "person")
      .filter((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower))
      .map((entry) => ({ entry, tenures: gazetteer.officesOf(entry.id) }));
    if (peopleCache.size >= CACHE_MAX) peopleCache.clear();
    peopleCache.set(name, out);
    return out;
  }

  /**
   * The person a full name refers to, and on what basis (see the module comment), or why not
   * and the candidates that remain ({@link RefUnresolved}).
   */
  function personLink(
    people: readonly { entry: GazetteerEntry; tenures: Tenure[] }[], roles: readonly RoleInfo[], day: string | null,
    periods: readonly Period[], provinces: ReadonlySet<string>,
  ): { ref: string; basis: RefBasis; confidence: number } | { why: RefUnresolved; candidates: string[] } {
    const ids = (ps: readonly { entry: GazetteerEntry }[]) => ps.map((p) => p.entry.id);
    if (roles.length) {
      let exact = true;
      // Undated, a role whose sentence writes no date fits by its post alone (`Tổng Bí thư
      // Nguyễn Phú Trọng`): the years written elsewhere in the text are often of other times
      // (a birth, a past post). A date in the role's own sentence dates it, and must fit.
      const fits = people.filter((p) => roles.some((r) => p.tenures.some((t) => {
        if (!postFits(r, t) || timeFits(r, t, day, periods) === false) return false;
        if (!day || r.modifier) exact = false;
        return true;
      })));
      if (fits.length === 1) return { ref: fits[0]!.entry.id, basis: "name+role", confidence: exact ? REF_CONFIDENCE.role : REF_CONFIDENCE.roleLoose };
      if (fits.length > 1) return { why: "ambiguous", candidates: ids(fits) };
      // The text gives roles and none fits a known tenure: a post the data lacks (a deputy post,
      // an earlier career) or a namesake's. The name decides only for a career the roles are
      // part of (see `careerHolds`).
      const related = people.filter((p) => careerHolds(p.tenures, roles, day, periods));
      if (related.length === 1) return { ref: related[0]!.entry.id, basis: day ? "name+date" : "name", confidence: day ? REF_CONFIDENCE.careerDated : REF_CONFIDENCE.careerUndated };
      if (related.length > 1) return { why: "ambiguous", candidates: ids(related) };
      return { why: "role-unfit", candidates: ids(people) };
    }
    if (!day) {
      if (people.length === 1) return { ref: people[0]!.entry.id, basis: "name", confidence: REF_CONFIDENCE.nameUndated };
      // Namesakes, no date: the only one with a known post in a province the article names.
      const here = people.filter((p) => p.tenures.some((t) => t.place && provinces.has(provinceOf(t.place)?.id ?? "")));
      if (here.length === 1) return { ref: here[0]!.entry.id, basis: "name+place", confidence: REF_CONFIDENCE.placeUndated };
      return { why: "ambiguous", candidates: ids(people) };
    }
    const inCareer = people.filter((p) => careerOn(p.tenures, day));
    if (inCareer.length === 1) {
      return { ref: inCareer[0]!.entry.id, basis: "name+date", confidence: people.length === 1 ? REF_CONFIDENCE.nameDated : REF_CONFIDENCE.nameDatedNamesakes };
    }
    if (inCareer.length > 1) {
      // Namesakes in office at once: the one whose post on the date is in a province the article names.
      const here = inCareer.filter((p) => p.tenures.some((t) => t.place && tenureOn(t, day) && provinces.has(provinceOf(t.place)?.id ?? "")));
      if (here.length === 1) return { ref: here[0]!.entry.id, basis: "name+place", confidence: REF_CONFIDENCE.place };
      return { why: "ambiguous", candidates: ids(inCareer) };
    }
    return { why: "off-date", candidates: ids(people) };
  }

  /** The province a place counts for (a district's province; itself for a province or a country). */
  const provinceKey = (id: string): string => provinceOf(id)?.id ?? id;
  /** True when two places are one province (the same, or one the other's successor in 2025). */
  function sameProvince(a: string, b: string): boolean {
    const x = provinceKey(a), y = provinceKey(b);
    return x === y || samePlace(x, y);
  }
  /** True when one body is the other, or directly under it (`Ủy ban Pháp luật` under `Quốc hội`). */
  function bodyNear(a: string, b: string): boolean {
    return a === b || gazetteer.get(a)?.parent === b || gazetteer.get(b)?.parent === a;
  }
  /**
   * True when roles that fit none of a person's known tenures are still, by where they are, a
   * part of that career the data lacks: one of them is a post of a province (or country) of a
   * known tenure, or in a
   * body of one or directly above or under it (`Phó Tổng Thư ký Quốc hội` for a chair of a
   * committee of the Quốc hội; `Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương` for a member of the
   * Central Committee), while
   * - no role is in a province or country where no known tenure is (a namesake's post, as likely
   *   as a move the data does not record);
   * - on the article's date, the career spans it (or a role is former and the career began
   *   before), and no known single-holder post is held then (a Bí thư Tỉnh ủy written as a Phó
   *   Chủ tịch UBND of the same province is a namesake or an error, not a second post); undated,
   *   the same holds for each date written in a role's sentence.
   */
  function careerHolds(tenures: readonly Tenure[], roles: readonly RoleInfo[], day: string | null, periods: readonly Period[]): boolean {
    if (!tenures.length) return false;
    const former = roles.some((r) => r.modifier === "former");
    /** The career fits the period `low`–`high`, as above. */
    const fitsWhen = (low: string, high: string): boolean => {
      if (!careerDuring(tenures, low, high) && !(former && tenures.some((t) => !t.from || dateLow(t.from) <= high))) return false;
      return former || !tenures.some((t) => (!t.from || dateLow(t.from) <= high) && (!t.to || low <= dateHigh(t.to)) && t.title && gazetteer.get(t.title)?.singleHolder);
    };
    if (day && !fitsWhen(day, day)) return false;
    if (!day && !roles.every((r) => periods.every((p) => p.sentence !== r.sentence || fitsWhen(p.low, p.high)))) return false;
    const places = tenures.flatMap((t) => (t.place ? [t.place] : []));
    let near = false;
    for (const r of roles) {
      const place = r.placeRef ?? r.implicitPlaceRef;
      if (place) {
        if (!places.some((p) => sameProvince(place, p))) return false;
        // A post of the province itself (or of a country): a district's or a commune's officials
        // are too many to tell a provincial leader from a namesake by the province alone.
        const type = gazetteer.get(place)?.type;
        if (type && (PROVINCIAL.has(type) || type === "country")) near = true;
      }
      if (r.bodyRef && tenures.some((t) => t.body && !t.body.startsWith("tpl:") && bodyNear(r.bodyRef!, t.body))) near = true;
    }
    return near;
  }

  /**
   * For the text before and of a PERSON mention (see `insidePlaceName`), where the earliest place
   * name that ends with it starts (Infinity when none does): the tokens are scanned once per text.
   */
  const placeNameStart = new Map<string, number>();
  /**
   * True when the mention ends a longer place name written in the text (`TP. Hồ Chí Minh`): a
   * place named after a person, taken for the person. Such a mention gets no ref.
   */
  function insidePlaceName(text: string, e: Candidate): boolean {
    const from = Math.max(0, e.start - PLACE_PREFIX_CHARS);
    const s = text.slice(from, e.end);
    let start = placeNameStart.get(s);
    if (start === undefined) {
      const tokens = scanTokens(s);
      start = Infinity;
      for (const m of gazetteer.matchTokens(tokens, { kinds: ["place"] })) if (m.last === tokens.length) start = Math.min(start, tokens[m.first]!.start);
      if (placeNameStart.size >= CACHE_MAX) placeNameStart.clear();
      placeNameStart.set(s, start);
    }
    return from + start < e.start;
  }

  /** True when `day` falls within the person's known career: first tenure start to last tenure end. */
  function careerOn(tenures: readonly Tenure[], day: string): boolean {
    return careerDuring(tenures, day, day);
  }
  /** True when the period `low`–`high` meets the person's known career (first tenure start to last tenure end). */
  function careerDuring(tenures: readonly Tenure[], low: string, high: string): boolean {
    if (!tenures.length) return false;
    let start = "9999", end = "0000";
    for (const t of tenures) {
      const from = t.from ? dateLow(t.from) : "0000", to = t.to ? dateHigh(t.to) : "9999";
      if (from < start) start = from;
      if (to > end) end = to;
    }
    return start <= high && low <= end;
  }

  /**
   * The one person who held the post role `r` names on `day`, or undefined: only for a
   * single-holder title whose post the text pins down (a named body or place, or a title that is
   * itself one post, `Tổng Bí thư`), and only when the gazetteer knows exactly one holder.
   */
  const holderCache = new Map<string, string | null>();
  function holderOf(roleText: string, r: RoleInfo, day: string): string | undefined {
    const title = r.titleId ? gazetteer.get(r.titleId) : undefined;
    if (!title?.singleHolder) return undefined;
    const placeKinds = (title.bodyKind?.split("|") ?? []).filter((k) => PLACE_TYPES.has(k) && k !== "country");
    const pinned = !!r.bodyRef || !!r.placeRef || (title.type === "title" && title.head === undefined && !placeKinds.length && !title.bodyKind?.split("|").some((k) => k.startsWith("tpl:")));
    if (!pinned) return undefined;
    const cacheKey = `${roleText}\u0000${day}\u0000${r.placeRef ?? ""}\u0000${r.bodyRef ?? ""}`;
    let holder = holderCache.get(cacheKey);
    if (holder === undefined) {
      const people = new Set(gazetteer.holdersOf(roleText, day).filter((h) => postFits(r, h.tenure)).map((h) => h.person.id));
      holder = people.size === 1 ? [...people][0]! : null;
      if (holderCache.size >= CACHE_MAX) holderCache.clear();
      holderCache.set(cacheKey, holder);
    }
    return holder ?? undefined;
  }

  const isStateBody = (id: string | undefined): boolean => {
    const e = id ? gazetteer.get(id) : undefined;
    return !!e && e.kind === "body" && STATE_BODY_TYPES.has(e.type);
  };
  const isForeignCountry = (id: string | undefined): boolean => !!id && id !== VIET_NAM && gazetteer.get(id)?.type === "country";
  /**
   * The roles (of `roleOrder`, in text order) followed by a foreign country or a foreign party (a
   * party whose name holds a foreign country: `Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào`).
   */
  function foreignFollowed(text: string, entities: readonly Candidate[], roleOrder: readonly number[]): Set<number> {
    // The places written, by start (made at the first party's name after a role): those inside a
    // party's name are found by binary search.
    const places = once(() => entities.filter((m) => m.type === "LOC").sort((a, b) => a.start - b.start));
    const countryWithin = (n: Candidate): boolean => {
      const locs = places();
      for (let c = partitionPoint(locs.length, (i) => locs[i]!.start >= n.start); c < locs.length && locs[c]!.start < n.end; c++) {
        if (locs[c]!.end <= n.end && isForeignCountry(locs[c]!.ref)) return true;
      }
      return false;
    };
    const foreign = new Set<number>();
    for (const k of roleOrder) {
      const e = entities[k]!;
      let p = e.end;
      while (p < text.length && p - e.end < 3 && text[p] === " ") p++;
      if (p === e.end) continue;
      // The entities that start at p (entities are in text order: by binary search, no index).
      for (let j = partitionPoint(entities.length, (i) => entities[i]!.start >= p); j < entities.length && entities[j]!.start === p; j++) {
        const n = entities[j]!;
        if (n.type === "LOC" && isForeignCountry(n.ref)) foreign.add(k);
        if (n.type === "ORG" && n.ref !== "org:dang-cong-san-viet-nam" && /^Đảng\s/u.test(text.slice(n.start, n.end)) && countryWithin(n)) foreign.add(k);
      }
    }
    return foreign;
  }
  /**
   * See the call: roles of foreign officials lose Vietnam's bodies. `roleOrder` is the ROLEs in
   * text order, `inListWithNext[n]` whether role n of it and the next are one list of posts.
   */
  function dropForeignBodies(
    text: string, entities: readonly Candidate[], relations: readonly CandidateRelation[], roleInfo: Map<number, RoleInfo>,
    roleAttrs: Map<number, CandidateAttrs>, roleOrder: readonly number[], inListWithNext: readonly boolean[],
  ): void {
    const foreign = foreignFollowed(text, entities, roleOrder);
    // The holder of each role (full name and where the mention ends), null for a role of several
    // holders; and roles held by a foreign name.
    const holders = new Map<number, RoleHolder | null>();
    for (const r of relations) {
      if (r.type !== "HOLDS" || !roleInfo.has(r.role)) continue;
      const p = entities[r.person];
      if (p?.type !== "PERSON") continue;
      const name = fullName(text, p);
      if (foreignName(name)) foreign.add(r.role);
      const holder = { name: name.toLowerCase(), end: p.end };
      const had = holders.get(r.role);
      if (had === undefined) holders.set(r.role, holder);
      else if (had && !sameHolder(had, holder)) holders.set(r.role, null);
    }
    // A list of posts set off after one holder's name (`<name>, A, B`) with a foreign one (a foreign
    // country as its place): all foreign. Not a list before a name (`Chủ tịch Thượng viện Haiti,
    // Chủ tịch Quốc hội <name>` are two people's posts).
    const foreignPlace = (k: number) => isForeignCountry(roleInfo.get(k)!.placeRef) && !POSTED_ABROAD.test(text.slice(entities[k]!.start, entities[k]!.end));
    const oneHolder = (x: number, y: number, listStart: number) => {
      const hx = holders.get(x), hy = holders.get(y);
      return !!hx && !!hy && sameHolder(hx, hy) && hx.end <= listStart;
    };
    for (let a = 0; a < roleOrder.length; ) {
      let b = a;
      while (inListWithNext[b]) b++;
      for (let f = a; f <= b; f++) {
        if (!foreignPlace(roleOrder[f]!)) continue;
        for (let n = a; n <= b; n++) if (n !== f && oneHolder(roleOrder[f]!, roleOrder[n]!, entities[roleOrder[a]!]!.start)) foreign.add(roleOrder[n]!);
      }
      a = b + 1;
    }
    for (const k of foreign) {
      const info = roleInfo.get(k)!, attrs = roleAttrs.get(k)!;
      if (!isStateBody(info.bodyRef)) continue;
      const body = info.bodyRef!;
      delete attrs.bodyRef;
      info.bodyRef = undefined;
      // A title that names that body (`Ủy viên Bộ Chính trị`, Vietnam's Politburo) becomes its
      // head, or, with no head and no other body or place it may name, no title.
      const title = info.titleId ? gazetteer.get(info.titleId) : undefined;
      const kinds = title?.bodyKind?.split("|") ?? [];
      if (title && kinds.includes(body)) {
        if (title.head) attrs.titleRef = info.titleId = title.head;
        else if (kinds.every(isStateBody)) { delete attrs.titleRef; info.titleId = undefined; }
      }
    }
  }

  return {
    id: "refs",
    link(doc: Doc, entities: readonly Candidate[], relations: readonly CandidateRelation[]): Links {
      const updates: CandidateUpdate[] = [];
      const day = doc.refDate ? iso(doc.refDate) : null;
      const text = doc.text;

      // Provincial places mentioned, for implicit places.
      const counts = new Map<string, { entry: GazetteerEntry; n: number }>();
      for (const e of entities) {
        if (e.type !== "LOC" || !e.ref) continue;
        const p = provinceOf(e.ref);
        if (!p) continue;
        const c = counts.get(p.id);
        if (c) c.n++; else counts.set(p.id, { entry: p, n: 1 });
      }

      // ROLEs.
      const roleInfo = new Map<number, RoleInfo>();
      /** The new attributes of each ROLE, by index (its update's `attrs`). */
      const roleAttrs = new Map<number, CandidateAttrs>();
      entities.forEach((e, k) => {
        if (e.type !== "ROLE") return;
        const attrs: CandidateAttrs = { ...e.attrs };
        updates.push({ index: k, attrs });
        roleAttrs.set(k, attrs);
        const body = typeof attrs.body === "string" ? attrs.body : undefined;
        const place = typeof attrs.place === "string" ? attrs.place : undefined;
        const parts = roleParts(text.slice(e.start, e.end), body, !!place);
        const info: RoleInfo = { sentence: day ? 0 : sentenceAt(doc, e.start) };
        if (parts.title) attrs.titleRef = info.titleId = parts.title.id;
        if (typeof attrs.bodyRef === "string") info.bodyRef = attrs.bodyRef;
        else if (parts.bodyRef) attrs.bodyRef = info.bodyRef = parts.bodyRef;
        if (parts.template && !info.bodyRef) attrs.bodyTemplate = info.bodyTemplate = parts.template.id;
        if (place) {
          const matcherRef = typeof attrs.placeRef === "string" ? attrs.placeRef : undefined;
          const r = resolvePlace(place, body, parts.placeTypes, matcherRef, day);
          if (r.ref) attrs.placeRef = info.placeRef = r.ref; else delete attrs.placeRef;
          if (r.alike) info.placeRef = r.alike;
          if (r.becomes) attrs.placeBecomes = r.becomes;
        } else if (parts.implicitTypes && attrs.placeRef === undefined) {
          const p = dominant(counts, parts.implicitTypes);
          if (p) { attrs.placeRef = info.implicitPlaceRef = p; attrs.implicit = true; }
        }
        if (typeof attrs.modifier === "string") info.modifier = attrs.modifier;
        roleInfo.set(k, info);
      });

      // A foreign official's post is in no body of Vietnam's state or party: drop such a body (and
      // the composite title naming it) when the role is followed by a foreign party or country
      // (`Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào`), sits in one list of posts with a
      // foreign one (`Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Lào`), or is held by a foreign name
      // (`Thứ trưởng Bộ Tư pháp Rod Rosenstein`).
      // (roleInfo was filled in entity order, which is text order.)
      const roleOrder = [...roleInfo.keys()];
      const inListWithNext = roleOrder.map((k, n) => {
        if (n + 1 >= roleOrder.length) return false;
        return isListGapAt(text, entities[k]!.end, entities[roleOrder[n + 1]!]!.start);
      });
      dropForeignBodies(text, entities, relations, roleInfo, roleAttrs, roleOrder, inListWithNext);

      // `nguyên` (former) or `tân` (new) before a list of posts (`nguyên Phó Bí thư Tỉnh ủy, Chủ
      // tịch UBND tỉnh`) qualifies every post of the list, though the ROLE matcher marks the first.
      for (let n = 1; n < roleOrder.length; n++) {
        const a = roleInfo.get(roleOrder[n - 1]!)!, b = roleInfo.get(roleOrder[n]!)!;
        if (a.modifier && !b.modifier && inListWithNext[n - 1]) b.modifier = a.modifier;
      }

      // PERSONs: the roles the text gives each full name (case-insensitive: an all-caps heading
      // name is the same name).
      const rolesOf = new Map<string, Set<number>>();
      const mentions = new Map<string, number[]>();
      /** The key of each PERSON (by entity index): its full name in lower case, made once. */
      const keyOf: string[] = [];
      const shownName = new Map<string, string>();
      entities.forEach((e, k) => {
        if (e.type !== "PERSON") return;
        const name = fullName(text, e), n = keyOf[k] = name.toLowerCase();
        if (!n) return;
        const list = mentions.get(n);
        if (list) list.push(k); else { mentions.set(n, [k]); rolesOf.set(n, new Set()); shownName.set(n, name); }
      });
      const heldRoles = new Set<number>();
      for (const r of relations) {
        const p = entities[r.person];
        if (r.type === "HOLDS" && p?.type === "PERSON") { rolesOf.get(keyOf[r.person]!)?.add(r.role); heldRoles.add(r.role); }
      }
      // Apposition the HOLDS linker left out: a role right before the name, or right after it.
      // (Entities are in text order.)
      const items: number[] = [];
      entities.forEach((e, k) => { if (e.type === "PERSON" || e.type === "ROLE") items.push(k); });
      for (let n = 0; n < items.length; n++) {
        const p = entities[items[n]!]!;
        if (p.type !== "PERSON") continue;
        const roles = rolesOf.get(keyOf[items[n]!]!);
        const before = n > 0 ? entities[items[n - 1]!]! : undefined;
        if (roles && before?.type === "ROLE" && onlySpacesOrTabs(text, before.end, p.start)) { roles.add(items[n - 1]!); heldRoles.add(items[n - 1]!); }
        const after = n + 1 < items.length ? entities[items[n + 1]!]! : undefined;
        if (roles && after?.type === "ROLE" && isAppositionGap(text, p.end, after.start)) { roles.add(items[n + 1]!); heldRoles.add(items[n + 1]!); }
      }

      // ROLEs no named person holds: the post's holder on the date, when it is one person.
      if (day) {
        for (const [k, info] of roleInfo) {
          if (heldRoles.has(k) || info.modifier) continue;
          const holder = holderOf(text.slice(entities[k]!.start, entities[k]!.end), info, day);
          if (holder) roleAttrs.get(k)!.holderRef = holder;
        }
      }
      if (!mentions.size) return { updates };

      const periods = day ? [] : textPeriods(text, entities, doc);
      // Provinces the article mentions (for namesakes told apart by place).
      const provincesMentioned = new Set(counts.keys());
      for (const [key, ks] of mentions) {
        if (!key.includes(" ")) continue;
        const people = peopleNamed(shownName.get(key)!);
        if (!people.length) continue;
        const roles = [...rolesOf.get(key)!].map((k) => roleInfo.get(k)).filter((r): r is RoleInfo => !!r);
        const link = personLink(people, roles, day, periods, provincesMentioned);
        for (const k of ks) {
          if (insidePlaceName(text, entities[k]!)) continue;
          const attrs: CandidateAttrs = { ...entities[k]!.attrs };
          if ("ref" in link) {
            attrs.refBasis = link.basis;
            attrs.refConfidence = link.confidence;
            updates.push({ index: k, ref: link.ref, attrs });
          } else {
            attrs.refUnresolved = link.why;
            attrs.refCandidates = link.candidates;
            updates.push({ index: k, attrs });
          }
        }
      }
      return { updates };
    },
  };
}
