/**
 * ORG: bodies outside ROLE spans (`Ban Thường vụ Thành ủy Hà Nội`, `Quốc hội`, `Công ty
 * Việt Á`), by the body grammar in ./bodies.ts; capitalised body words that stand for one
 * body (`Đảng`, `Nhà nước`, `Trung ương`) with their generic uses excluded.
 * @module
 */
import type { Candidate, Doc, Matcher } from "../../pipeline/types.js";
import type { Token } from "../../tokenize/index.js";
import { personStartsAt, placeContext, type PlaceRuleOptions } from "../../match/places.js";
import { KNOWN_NAME_HEAD, parseBody, websiteEnd } from "../../match/bodies.js";
import { BODY_TRIE, FIRM_FORM_TRIE, isAllCaps, NAME_STOP_SET, PhraseTrie, TITLE_TRIE } from "../../match/lexicons.js";
import { filterCandidates } from "../../pipeline/filter.js";
import { coveredBy } from "../../match/covered.js";

/** Where the words that make a standalone body word generic stand, and for which heads. */
export interface GenericBodyPattern {
  /** Phrases ending right before the body word (lower case only). */
  before?: readonly string[];
  /** Phrases right after it; `#` is a number (`Nghị quyết Trung ương 4`). */
  after?: readonly string[];
  /** Only these heads (lower case); all standalone heads when absent. */
  heads?: readonly string[];
}

/**
 * When a capitalised body word stands alone (`Đảng`, `Nhà nước`, `Trung ương`, `Đảng bộ`), the
 * words around it tell one body (`của Đảng`, `Nhà nước giao`) from a generic use (guidelines,
 * "Common cases"). Each pattern: where the telling words stand and the words; why, with examples
 * of generic uses and counter-examples of one body, is its row in GENERIC_BODY_WORD_TABLE (./examples.ts).
 */
export const GENERIC_BODY_WORD: readonly GenericBodyPattern[] = [
  { before: ["xây dựng", "chỉnh đốn", "công tác", "kênh", "tuổi", "sinh hoạt"] }, // generic-body-word/field
  { heads: ["quốc hội", "chính phủ", "đảng", "nhà nước"], after: ["hai nước", "các nước", "hai bên", "hai Đảng"] }, // generic-body-word/two-countries
  { heads: ["trung ương"], after: ["và thành phố", "và tỉnh", "và các tỉnh", "và cơ sở", "và các địa phương"] }, // generic-body-word/level-and-local
  { before: ["tài sản", "quản lý", "ngân sách", "vốn", "doanh nghiệp", "sở hữu", "cơ quan", "tổ chức", "cấp ủy", "biên chế", "đất"] }, // generic-body-word/modifier
  { before: ["các", "những", "hai", "ba", "nhiều", "mọi", "cấp"] }, // generic-body-word/plural
  { heads: ["trung ương"], before: ["tuyến", "thuộc", "từ"] }, // generic-body-word/level-before
  { after: ["cấp", "các cấp", "các tỉnh", "các huyện", "các quận", "các xã", "các phường", "các thành phố", "các địa phương", "các sở", "các ban", "các bộ", "các ngành", "các đơn vị", "các cơ quan", "pháp quyền"] }, // generic-body-word/several-after
  { heads: ["trung ương"], after: ["đến", "và địa phương", "#"] }, // generic-body-word/level-after
];

const genericBefore = new PhraseTrie<readonly string[] | true>();
const genericAfter = new PhraseTrie<readonly string[] | true>();
const afterNumberHeads = new Set<string>();
for (const pattern of GENERIC_BODY_WORD) {
  const heads = pattern.heads ?? true;
  for (const w of pattern.before ?? []) genericBefore.add(w, heads);
  for (const w of pattern.after ?? []) if (w === "#") { for (const h of pattern.heads ?? []) afterNumberHeads.add(h); } else genericAfter.add(w, heads);
}

/** True when phrase `w` of the table ends right before token `first` (a walk of at most 3 tokens). */
function phraseEndsBefore(toks: readonly Token[], first: number, head: string): boolean {
  for (let j = Math.max(0, first - 3); j < first; j++) {
    // Lower case only: in a name (`Luật Tổ chức Quốc hội`) the words are part of the title.
    if (toks[j]!.upper) continue;
    const m = genericBefore.longest(toks, j, first);
    if (m && m.end === first && (m.value === true || m.value.includes(head))) return true;
  }
  return false;
}

/**
 * True when the standalone body word at tokens [first, last) is used generically here (see
 * {@link GENERIC_BODY_WORD}); `h` is its lower-case text (a head's `lower`).
 */
export function genericBodyWord(toks: readonly Token[], first: number, last: number, h: string): boolean {
  if (first > 0 && !toks[first]!.lineBefore && phraseEndsBefore(toks, first, h)) return true;
  const next = toks[last];
  if (!next || next.lineBefore) return false;
  const a = genericAfter.longest(toks, last);
  if (a && (a.value === true || a.value.includes(h))) return true;
  return next.kind === "number" && afterNumberHeads.has(h);
}

/**
 * Wraps a matcher (the gazetteer's) so that a standalone body word it proposes as an ORG is
 * dropped where {@link genericBodyWord} says the use is generic.
 */
export function specificBodiesOnly(m: Matcher): Matcher {
  return filterCandidates(m, "ORG", (doc, _c, first, last) => {
    const toks = doc.tokens;
    // Only a body head alone that stands for one body (`Đảng`, `Trung ương`), not a full name.
    const h = BODY_TRIE.longest(toks, first);
    if (!h || h.end < last || !h.value.standalone) return true;
    // A head alone inside a longer body word (`Đảng` of `Đảng bộ`): the body rule decides.
    if (h.end > last) return false;
    return !genericBodyWord(toks, first, last, h.value.lower);
  });
}

/**
 * Words that end a company's trading name written in Latin script (`Khải Minh Group`, `Đông
 * Lạc Land`, `Vadoria Holdings`, `Hưng Khang JSC`): the international forms Vietnamese firms
 * and foreign ones use. Written capitalised, after one to three capitalised words.
 */
export const BRAND_SUFFIXES: ReadonlySet<string> = new Set(["group", "corp", "corporation", "holdings", "holding", "jsc", "land", "airlines", "airways", "capital", "securities", "pharma", "logistics", "motors", "electronics", "energy", "telecom", "technologies", "ltd", "inc", "limited", "company", "foods", "steel", "resorts", "invest", "investment", "bank"]);

/**
 * End of a Latin-script trading name at token `i` (one to three capitalised words or
 * abbreviations, then a suffix of {@link BRAND_SUFFIXES}), or `i`. Not after a title or a person
 * (`Chủ tịch Khải Minh Group` is the title's), not across a line.
 */
function brandEnd(toks: readonly Token[], i: number): number {
  let k = i;
  while (k - i < 3) {
    const t = toks[k];
    if (!t || (k > i && t.lineBefore) || !(t.kind === "abbr" || (t.kind === "word" && t.upper)) || BRAND_SUFFIXES.has(t.lower) || NAME_STOP_SET.has(t.lower) || TITLE_TRIE.longest(toks, k)) break;
    k++;
  }
  const s = toks[k];
  if (k === i || !s || s.lineBefore || s.kind !== "word" || !s.upper || !BRAND_SUFFIXES.has(s.lower)) return i;
  return k + 1;
}

/** A capitalised word or an abbreviation. */
const proper = (t: Token | undefined): t is Token => !!t && (t.kind === "abbr" || (t.kind === "word" && t.upper));
/** A word written in capitals throughout, of two letters or more (`AIC`, `ĐTTCO`). */
const acronym = (t: Token | undefined): t is Token => !!t && (t.kind === "abbr" || t.kind === "word") && t.text.length >= 2 && isAllCaps(t);

/**
 * The short names a body found in the text introduces for itself, as token texts: the acronym in
 * brackets right after it (`Công ty Cổ phần Khải Minh (KMC)` → `KMC`), and a company's proper
 * name without its head and legal form (`Công ty TNHH Khải Minh` → `Khải Minh`) when that name
 * is no known place and no person's (`Công ty Đông Lạc` gives no `Đông Lạc`).
 */
function shortNames(ctx: ReturnType<typeof placeContext>, b: { first: number; last: number; head: { head: string; firm: boolean }; form: string }): { names: string[][]; acronymAt: number } {
  const toks = ctx.tokens;
  const names: string[][] = [];
  let acronymAt = -1;
  const o = toks[b.last], a = toks[b.last + 1], c = toks[b.last + 2];
  // Only a body that starts the phrase: in `Hội chợ Trung Quốc - ASEAN (CAEXPO)` the acronym is the fair's.
  const p = toks[b.first - 1];
  const starts = !p || toks[b.first]!.lineBefore || !(p.text === "-" || p.text === "–" || (proper(p) && !NAME_STOP_SET.has(p.lower)));
  if (starts && o?.text === "(" && acronym(a) && c?.text === ")" && !a.lineBefore) { names.push([a.text]); acronymAt = b.last + 1; }
  // An acronym in brackets inside the name, which goes on after it (`Trung tâm Kiểm soát bệnh
  // tật (CDC) tỉnh Đông Lạc`), is the body's short name too.
  for (let k = b.first + 1; k + 2 < b.last; k++) {
    if (starts && toks[k]!.text === "(" && acronym(toks[k + 1]) && toks[k + 2]!.text === ")") names.push([toks[k + 1]!.text]);
  }
  if (b.head.firm && b.form === "firm") {
    let k = b.first + wordCount(b.head.head);
    for (let f = FIRM_FORM_TRIE.longest(toks, k); f && k < b.last; f = FIRM_FORM_TRIE.longest(toks, k)) k = f.end;
    while (k < b.last && !proper(toks[k])) k++;
    const part = toks.slice(k, b.last);
    const text = part.map((t) => t.text).join("");
    const known = ctx.known.get(k);
    if (part.length && part.every((t) => t.kind !== "number") && text.length >= 4 && !(known && known.last >= b.last) && !personStartsAt(toks, k) && !BODY_TRIE.longest(toks, k) && !(part.length === 1 && toks[k]!.kind === "word" && !acronym(toks[k]) && !/[A-Z].*[A-Z]/.test(toks[k]!.text.slice(1)) && toks[k]!.text.length < 6)) {
      names.push(part.map((t) => t.text));
    }
  }
  return { names, acronymAt };
}

/** The number of space-separated words of `s` (`s.split(" ").length`, without the array). */
function wordCount(s: string): number {
  let n = 1;
  for (let k = s.indexOf(" "); k >= 0; k = s.indexOf(" ", k + 1)) n++;
  return n;
}

/** Options of the ORG matcher. */
export type OrgMatcherOptions = PlaceRuleOptions;

/** The ORG matcher: bodies not already inside a ROLE found earlier. */
export function createOrgMatcher(opts: OrgMatcherOptions = {}): Matcher {
  return {
    id: "org",
    match(doc: Doc, found: readonly Candidate[]): Candidate[] {
      const ctx = placeContext(doc, opts.places, opts.bodies);
      const toks = doc.tokens;
      const covered = coveredBy(doc, found, (c) => c.type === "ROLE");
      const out: Candidate[] = [];
      const byFirst = new Map<string, string[][]>();
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        if (covered[t.start]) continue;
        // A website named as a source (`binhdinh.gov.vn`): an abbreviation, or a word with a full
        // stop glued after it (asked first: most tokens are neither, and need no call).
        const dot = toks[i + 1];
        const w = t.kind === "abbr" || (t.kind === "word" && dot !== undefined && dot.text === "." && !dot.spaceBefore) ? websiteEnd(toks, i) : i;
        if (w > i) { out.push({ type: "ORG", start: t.start, end: toks[w - 1]!.end, rule: "org/website", priority: 1 }); i = w - 1; continue; }
        // A trading name with its corporate suffix (`Khải Minh Group`), where no body head starts:
        // it starts with a capitalised word or an abbreviation.
        const br = proper(t) ? brandEnd(toks, i) : i;
        if (br > i && !BODY_TRIE.longest(toks, i) && !personStartsAt(toks, i) && !(i > 0 && !t.lineBefore && toks[i - 1]!.kind === "word" && toks[i - 1]!.upper && !NAME_STOP_SET.has(toks[i - 1]!.lower))) { out.push({ type: "ORG", start: t.start, end: toks[br - 1]!.end, rule: "org/brand", priority: 1 }); i = br - 1; continue; }
        const b = parseBody(ctx, i);
        // A headless known name (`Vinalines`) is the gazetteer matcher's to propose; a news
        // credit with its bureau (`VOV-Tokyo`) is this rule's.
        if (!b || (b.head === KNOWN_NAME_HEAD && b.form !== "credit")) continue;
        if (b.last === b.first + wordCount(b.head.head) && genericBodyWord(toks, b.first, b.last, b.head.lower)) continue;
        const start = t.start, end = toks[b.last - 1]!.end;
        out.push({ type: "ORG", start, end, rule: `org/head-${b.form}`, priority: 1, attrs: { head: b.head.head } });
        for (const l of b.locs) {
          out.push({ type: "LOC", start: toks[l.first]!.start, end: toks[l.last - 1]!.end, rule: "loc/in-body", priority: 1, ...(l.ref ? { ref: l.ref } : {}) });
        }
        const sn = shortNames(ctx, b);
        // At most 8 names per first word, so the second pass stays linear in the text.
        for (const n of sn.names) { const l = byFirst.get(n[0]!); if (!l) byFirst.set(n[0]!, [n]); else if (l.length < 8) l.push(n); }
        if (sn.acronymAt > 0) { const a = toks[sn.acronymAt]!; out.push({ type: "ORG", start: a.start, end: a.end, rule: "org/short-name", priority: 1 }); i = sn.acronymAt + 1; continue; }
        i = b.last - 1;
      }
      // A body's short name, written alone elsewhere in the text (`Khải Minh`, `KMC`), is that body.
      if (byFirst.size) {
        const taken = coveredBy(doc, out, (c) => c.type === "ORG");
        for (let i = 0; i < toks.length; i++) {
          // Every short name starts with a capitalised word or an abbreviation: other tokens need no lookup.
          if (!proper(toks[i])) continue;
          const cands = byFirst.get(toks[i]!.text);
          if (!cands || covered[toks[i]!.start] || taken[toks[i]!.start]) continue;
          const prev = toks[i - 1];
          if (prev && !toks[i]!.lineBefore && proper(prev) && !NAME_STOP_SET.has(prev.lower)) continue;
          for (const n of cands) {
            let k = 0;
            while (k < n.length && toks[i + k]?.text === n[k] && (k === 0 || !toks[i + k]!.lineBefore)) k++;
            const after = toks[i + k];
            // The whole short name, and not the start of a longer name (`Khải Minh Long`).
            if (k < n.length || (after && !after.lineBefore && after.kind === "word" && after.upper)) continue;
            out.push({ type: "ORG", start: toks[i]!.start, end: toks[i + k - 1]!.end, rule: "org/short-name", priority: 1 });
            i += k - 1;
            break;
          }
        }
      }
      return out;
    },
  };
}

/** The default ORG matcher. */
export const orgMatcher: Matcher = createOrgMatcher();
