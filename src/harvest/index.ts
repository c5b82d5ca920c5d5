/**
 * Harvest: tenure candidates from a corpus's extraction results. Every HOLDS relation gives a
 * (person, title, body, place) seen on the article's date; `harvest` aggregates them into one
 * candidate per person and post, with the first and last date seen, the number of articles and
 * the evidence, and flags two holders of a single-holder post seen on the same day. The TSV it
 * writes ({@link formatHarvestTsv}) has the columns of `data/tenures.tsv` plus evidence columns, and
 * loads back with {@link parseHarvestTsv} into `createGazetteer({ entries, tenures })`.
 *
 * Pure: no file or network access (the CLI's `thoisu harvest` reads the corpus).
 *
 * @example
 * ```ts
 * import { extract, harvest, formatHarvestTsv, parseHarvestTsv, createGazetteer } from "thoisu";
 * const docs = articles.map((a) => ({ id: a.id, result: extract(a.text, { date: a.date }) }));
 * const tsv = formatHarvestTsv(harvest(docs, { minArticles: 2 }));
 * const gz = createGazetteer(parseHarvestTsv(tsv));
 * gz.holdersOf("Bí thư Tỉnh ủy Quảng Ninh", "2024-10-26");
 * ```
 * @module
 */
import { defaultGazetteer, toneKey, type Gazetteer, type GazetteerEntry, type Tenure } from "../gazetteer/index.js";
import { fold } from "../normalize/index.js";
import { isListGapAt } from "../link/refs.js";
import type { Entity, Result, RoleEntity } from "../types.js";

/** One extracted article: its id, its result, and its date when `result.meta.date` is not it. */
export interface HarvestDoc {
  id: string;
  result: Result;
  /** ISO `YYYY-MM-DD`; default `result.meta.date`. */
  date?: string | null;
}

/** Options of {@link harvest}. */
export interface HarvestOptions {
  /** Keep a candidate only when seen in at least this many articles (default 1). */
  minArticles?: number;
  /**
   * Two holders of a single-holder post seen on the same day: `"mark"` (default) lists the rival
   * holders in `conflicts`; `"drop"` also leaves out each holder that a rival seen on one of its
   * days matches or outnumbers in articles (the better-supported holder stays; a tie drops both).
   */
  conflicts?: "mark" | "drop";
  /** Whose titles say which posts are single-holder, and whose places name implicit places (default: the bundled one). */
  gazetteer?: Gazetteer;
}

/** Where a candidate was seen: the article, its date, and the PERSON and ROLE spans (UTF-16 offsets into the article). */
export interface HarvestEvidence {
  article: string;
  date: string | null;
  person: [number, number];
  role: [number, number];
  /** The relation's own period (`when.timex`), when a biography dates it. */
  when?: string;
}

/**
 * A dated period the text gives for the tenure (`relations[i].when`), e.g. a biography's `2015/2020`,
 * read no further than the article's date when it has one: `to` is that date for a term running past
 * it (`timex` keeps what the text said), and a period starting after it is no period.
 */
export interface HarvestPeriod {
  from: string;
  to: string;
  timex: string;
  article: string;
}

/** A tenure candidate: a {@link Tenure} (dates = first and last seen, or the periods the text gives) plus its evidence. */
export interface TenureCandidate extends Tenure {
  /** The person's full name as written. */
  name: string;
  /** Number of distinct articles. */
  articles: number;
  /** Number of HOLDS relations. */
  mentions: number;
  /** First and last article date on which the person was said to hold the post (not former, not dated by `when`). */
  firstSeen?: string;
  lastSeen?: string;
  periods: HarvestPeriod[];
  /** Person ids of other holders of this single-holder post seen on one of the same days. */
  conflicts: string[];
  evidence: HarvestEvidence[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** `Nguyễn Văn A` → `user:person:nguyen-van-a`: the id `createGazetteer` gives a user person of that name. */
export function harvestPersonId(name: string): string {
  return `user:person:${fold(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

/** A period from a TIMEX3 value: `2015/2020`, `2015-06/2020`, `2016`, `2016-02-05`; null for anything else (`PRESENT_REF`, `XXXX-06`). */
function periodOf(timex: string): { from: string; to: string } | null {
  const parts = timex.split("/");
  if (parts.length > 2 || !parts.every((p) => PARTIAL_DATE.test(p))) return null;
  return { from: parts[0]!, to: parts[parts.length - 1]! };
}

const clean = (s: string): string => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** How far before a role its sentence is read for a marker of its tense (characters). */
const CONTEXT_CHARS = 160;
/** Ends a sentence or a clause that a marker does not reach over. */
const SENTENCE_END = /[.!?;\n]/;
/**
 * Words before a post that say its holder no longer holds it, as of the article: `từng là`
 * (used to be), `nguyên là`, `thôi giữ chức` (stepped down from), `miễn nhiệm`, `nghỉ hưu`,
 * `nhiều năm làm` (a biography's years in a post). Lower-case, diacritics kept.
 */
const PAST_MARKERS = [
  "từng là", "từng giữ", "từng làm", "từng đảm nhiệm", "từng đảm nhận", "từng kinh qua", "từng công tác", "đã từng", "nguyên là",
  "thôi giữ", "thôi chức", "thôi làm", "thôi không", "thôi nhiệm vụ", "miễn nhiệm", "cách chức", "cách tất cả", "nghỉ hưu",
  "nhiều năm làm", "nhiều năm giữ", "trong thời gian làm", "trong thời gian giữ", "thời còn làm", "khi còn là", "khi còn làm", "lúc còn là",
] as const;
/**
 * Words that make a later post the current one again: `hiện là` (now is), `nay là`, `được bầu`
 * (was elected), `được bổ nhiệm` (was appointed).
 */
const PRESENT_MARKERS = ["hiện là", "hiện giữ", "hiện đang", "hiện nay", "nay là", "đang là", "đương kim", "được bầu", "được bổ nhiệm", "được điều động", "được phân công", "được giao"] as const;
/** Words right before a post that make it a candidacy, not the post: `ứng viên`, `ứng cử viên`, `tranh cử`. */
const CANDIDATE_MARKERS = ["ứng viên", "ứng cử viên", "ứng cử", "tranh cử"] as const;

/** The last occurrence of any of `words` in `s` at a word boundary: its index and the word, or null. */
function lastMarker(s: string, words: readonly string[]): { at: number; word: string } | null {
  let best: { at: number; word: string } | null = null;
  for (const w of words) {
    let at = s.lastIndexOf(w);
    while (at >= 0) {
      const before = at === 0 ? " " : s[at - 1]!;
      const after = at + w.length >= s.length ? " " : s[at + w.length]!;
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) break;
      at = at === 0 ? -1 : s.lastIndexOf(w, at - 1);
    }
    if (at >= 0 && (!best || at > best.at)) best = { at, word: w };
  }
  return best;
}

/**
 * The tense the sentence gives a role, read in the text before it (its sentence, at most
 * {@link CONTEXT_CHARS} characters): `"candidate"` right after `ứng viên`; `"past"` when the last
 * marker before it is a past one (`từng là`, `thôi giữ chức`), or `trước khi …,` closes a clause
 * before it (`Trước khi làm Giám đốc Sở, ông là Giám đốc Trung tâm`: the Centre is the earlier
 * post); else `"present"`.
 */
export function roleTense(text: string, roleStart: number): "past" | "present" | "candidate" {
  let window = text.slice(Math.max(0, roleStart - CONTEXT_CHARS), roleStart);
  for (let k = window.length - 1; k >= 0; k--) {
    // A full stop between digits (`2.000`) ends nothing.
    if (SENTENCE_END.test(window[k]!) && !/\d/.test(window[k + 1] ?? "")) { window = window.slice(k + 1); break; }
  }
  const lower = window.normalize("NFC").toLowerCase();
  const tail = lower.trimEnd();
  for (const w of CANDIDATE_MARKERS) if (tail.endsWith(w) && !/[\p{L}\p{N}]/u.test(tail[tail.length - w.length - 1] ?? " ")) return "candidate";
  let past = lastMarker(lower, PAST_MARKERS)?.at ?? -1;
  // `Trước khi <later post>, <person> là <this post>`: the clause closed after `trước khi` makes
  // what follows the earlier post (the post inside the clause is the later one).
  const before = lastMarker(lower, ["trước khi"]);
  if (before) {
    const comma = lower.indexOf(",", before.at);
    if (comma > past) past = comma;
  }
  const present = lastMarker(lower, PRESENT_MARKERS)?.at ?? -1;
  if (past >= 0 && past > present) return "past";
  return "present";
}

interface Acc {
  c: TenureCandidate;
  forms: Map<string, number>;
  days: Set<string>;
  articleIds: Set<string>;
  single: boolean;
  postKey: string;
}

/**
 * Aggregates the HOLDS relations of extraction results into tenure candidates, one per person and
 * post (title + body + place, by their refs where the text was linked, else by their lower-cased text,
 * diacritics kept).
 * A role said to be former (`nguyên`, `cựu`) without a dated period gives no date and is left out;
 * a role without a body or place is kept only when its title is a whole post (`Tổng Bí thư`,
 * `Thủ tướng`), not a head that needs a body (`Bộ trưởng`, `Chủ tịch`), and a body named after a
 * place only with its place (`UBND tỉnh` alone is left out; an implicit place counts). People without a `ref`
 * get the id {@link harvestPersonId} of their full name. Sorted by post, then first date.
 */
export function harvest(docs: Iterable<HarvestDoc>, options: HarvestOptions = {}): TenureCandidate[] {
  const gz = options.gazetteer ?? defaultGazetteer;
  const minArticles = options.minArticles ?? 1;
  if (!Number.isInteger(minArticles) || minArticles < 1) throw new TypeError(`thoisu: harvest minArticles must be a positive integer, got ${String(minArticles)}`);
  const accs = new Map<string, Acc>();
  for (const doc of docs) {
    const { result } = doc;
    if (!result || !Array.isArray(result.entities) || !Array.isArray(result.relations)) throw new TypeError(`thoisu: harvest: document "${doc.id}" has no extraction result`);
    const date = doc.date ?? result.meta?.date ?? null;
    const day = date && ISO_DAY.test(date) ? date : null;
    const formerRoles = formerInLists(result);
    const terms = termDates(result);
    for (const rel of result.relations) {
      if (rel.type !== "HOLDS") continue;
      const person = result.entities[rel.person];
      const role = result.entities[rel.role];
      if (!person || !role || person.type !== "PERSON" || role.type !== "ROLE") continue;
      const post = postOf(role, gz);
      if (!post) continue;
      const tense = typeof result.text === "string" && result.text ? roleTense(result.text, role.start) : "present";
      // A candidate for a post (`Ứng viên Tổng thống`) does not hold it.
      if (tense === "candidate") continue;
      const timex = (rel as { when?: { timex?: unknown } }).when?.timex;
      let period = typeof timex === "string" ? periodOf(timex) : null;
      // A term (`nhiệm kỳ 2021-2026`) dates the body's term, not the holder's tenure (who may have
      // taken the post later): it says only that the post was held within it.
      if (period && typeof timex === "string" && isTerm(terms, timex, role)) {
        // Undated, or the article's day inside the term: the post, without a period; a term over by
        // the article's day says nothing of the present.
        if (day && !(period.from <= day && (period.to >= day || day.startsWith(period.to)))) continue;
        period = null;
      }
      // An article reports the past and the present: a period that starts after its date is not a
      // tenure it saw (a deadline or event window taken for one), and one that runs past it (a term,
      // `nhiệm kỳ 2016-2021`) was seen only up to that date.
      if (period && day) {
        if (period.from > day) period = null;
        else if (period.to > day && !day.startsWith(period.to)) period = { from: period.from, to: day };
      }
      const former = formerRoles.has(rel.role) || tense === "past";
      if (former && !period) continue;
      const name = clean(person.name);
      const personId = person.ref ?? harvestPersonId(name);
      const key = `${personId}\t${post.key}`;
      let acc = accs.get(key);
      if (!acc) {
        acc = {
          c: { person: personId, post: "", name, articles: 0, mentions: 0, periods: [], conflicts: [], evidence: [], source: "harvest" },
          forms: new Map(), days: new Set(), articleIds: new Set(), single: post.single, postKey: post.key,
        };
        for (const f of ["title", "body", "place"] as const) if (post[f]) acc.c[f] = post[f];
        accs.set(key, acc);
      }
      const c = acc.c;
      acc.forms.set(post.text, (acc.forms.get(post.text) ?? 0) + 1);
      acc.articleIds.add(doc.id);
      c.mentions++;
      const ev: HarvestEvidence = { article: doc.id, date: day, person: [person.start, person.end], role: [role.start, role.end] };
      if (typeof timex === "string") ev.when = timex;
      c.evidence.push(ev);
      if (period) {
        c.periods.push({ ...period, timex: timex as string, article: doc.id });
      } else if (day) {
        acc.days.add(day);
        if (!c.firstSeen || day < c.firstSeen) c.firstSeen = day;
        if (!c.lastSeen || day > c.lastSeen) c.lastSeen = day;
      }
    }
  }
  // A person left unlinked in one article and linked in another, under the same full name and post,
  // is that linked person (name and role agree): merge, when exactly one linked person fits.
  const linkedByNamePost = new Map<string, Acc[]>();
  for (const acc of accs.values()) {
    if (acc.c.person.startsWith("user:person:")) continue;
    const k = `${acc.c.name}\t${acc.postKey}`;
    const list = linkedByNamePost.get(k);
    if (list) list.push(acc); else linkedByNamePost.set(k, [acc]);
  }
  for (const [key, acc] of accs) {
    if (!acc.c.person.startsWith("user:person:")) continue;
    const targets = linkedByNamePost.get(`${acc.c.name}\t${acc.postKey}`);
    if (targets?.length !== 1) continue;
    mergeInto(targets[0]!, acc);
    accs.delete(key);
  }
  // Conflicts: per single-holder post, the days on which more than one person was seen holding it.
  const byPost = new Map<string, Acc[]>();
  for (const acc of accs.values()) {
    if (!acc.single) continue;
    const list = byPost.get(acc.postKey);
    if (list) list.push(acc); else byPost.set(acc.postKey, [acc]);
  }
  const outweighed = new Set<Acc>();
  for (const list of byPost.values()) {
    if (list.length < 2) continue;
    for (const a of list) {
      for (const b of list) {
        if (a === b) continue;
        for (const d of a.days) {
          if (!b.days.has(d)) continue;
          a.c.conflicts.push(b.c.person);
          if (b.articleIds.size >= a.articleIds.size) outweighed.add(a);
          break;
        }
      }
    }
  }
  const out: TenureCandidate[] = [];
  for (const acc of accs.values()) {
    const c = acc.c;
    c.articles = acc.articleIds.size;
    if (c.articles < minArticles) continue;
    if (options.conflicts === "drop" && outweighed.has(acc)) continue;
    c.post = [...acc.forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    const lows = [c.firstSeen, ...c.periods.map((p) => p.from)].filter((d): d is string => !!d).sort();
    const highs = [c.lastSeen, ...c.periods.map((p) => p.to)].filter((d): d is string => !!d).sort();
    if (lows.length) c.from = lows[0];
    if (highs.length) c.to = highs[highs.length - 1];
    c.uncertain = `harvested: seen in ${c.articles} article${c.articles === 1 ? "" : "s"}${c.firstSeen ? ` from ${c.firstSeen} to ${c.lastSeen}` : ""}${c.periods.length ? `; periods ${c.periods.map((p) => p.timex).join(", ")}` : ""}; the real tenure may be longer`;
    out.push(c);
  }
  return out.sort((a, b) => (a.post < b.post ? -1 : a.post > b.post ? 1 : (a.from ?? "") < (b.from ?? "") ? -1 : (a.from ?? "") > (b.from ?? "") ? 1 : a.person < b.person ? -1 : 1));
}

/**
 * The ROLEs said to be former: `nguyên`/`cựu` (`attrs.modifier`) qualifies every post of the list
 * it opens (`nguyên Bí thư Thành ủy, Chủ tịch HĐND thành phố`), though the matcher marks the first.
 */
function formerInLists(result: Result): Set<number> {
  const roles: number[] = [];
  result.entities.forEach((e, k) => { if (e.type === "ROLE") roles.push(k); });
  roles.sort((a, b) => result.entities[a]!.start - result.entities[b]!.start);
  const out = new Set<number>();
  for (let n = 0; n < roles.length; n++) {
    const e = result.entities[roles[n]!]! as RoleEntity;
    if (e.attrs?.modifier === "former") { out.add(roles[n]!); continue; }
    if (e.attrs?.modifier === "new" || n === 0 || !out.has(roles[n - 1]!)) continue;
    const prev = result.entities[roles[n - 1]!]!;
    if (typeof result.text === "string" && prev.end <= e.start && isListGapAt(result.text, prev.end, e.start)) out.add(roles[n]!);
  }
  return out;
}

/** The document's DATEs written as a term (`nhiệm kỳ 2021-2026`, `khóa XV`), found once per document. */
function termDates(result: Result): Entity[] {
  const out: Entity[] = [];
  for (const e of result.entities) if (e.type === "DATE" && /^(?:nhiệm kỳ|nhiệm kì|khóa|khoá)(?![\p{L}\p{N}])/iu.test(e.text.normalize("NFC").trim())) out.push(e);
  return out;
}

/** True when the relation's period `timex` is a term: one of the document's term DATEs (`termDates`) of that value near the role. */
function isTerm(terms: readonly Entity[], timex: string, role: Entity): boolean {
  for (const e of terms) {
    if ((e as { value?: { timex?: unknown } }).value?.timex !== timex) continue;
    if (Math.abs(e.start - role.end) > CONTEXT_CHARS && Math.abs(role.start - e.end) > CONTEXT_CHARS) continue;
    return true;
  }
  return false;
}

/** Adds what `from` saw to `into` (same post, same person). */
function mergeInto(into: Acc, from: Acc): void {
  const a = into.c, b = from.c;
  for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
  for (const d of from.days) into.days.add(d);
  for (const id of from.articleIds) into.articleIds.add(id);
  a.mentions += b.mentions;
  a.evidence.push(...b.evidence);
  a.periods.push(...b.periods);
  if (b.firstSeen && (!a.firstSeen || b.firstSeen < a.firstSeen)) a.firstSeen = b.firstSeen;
  if (b.lastSeen && (!a.lastSeen || b.lastSeen > a.lastSeen)) a.lastSeen = b.lastSeen;
}

/** The post of a ROLE: its refs (or lower-cased text), its written form, and whether it is single-holder; null when it names no whole post. */
function postOf(role: RoleEntity, gz: Gazetteer): { key: string; text: string; title?: string; body?: string; place?: string; single: boolean } | null {
  const a = role.attrs ?? {};
  const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);
  const titleRef = str(a.titleRef);
  const bodyRef = str(a.bodyRef) ?? str(a.bodyTemplate);
  const placeRef = str(a.placeRef);
  const titleText = str(a.title) ?? role.text;
  const bodyText = str(a.body);
  const placeText = str(a.place);
  const titleEntry = titleRef ? gz.get(titleRef) : undefined;
  if (!bodyText && !placeRef && !placeText) {
    // A bare title is a post only when the title names one by itself (Tổng Bí thư, Thủ tướng).
    if (!titleEntry || titleEntry.type !== "title" || titleEntry.head) return null;
  }
  // A body named by a template needs its place (`UBND tỉnh`, `Ban Thường vụ Tỉnh ủy` alone name no one body).
  if (str(a.bodyTemplate) && !str(a.bodyRef) && !placeRef) return null;
  let text = clean(role.text);
  if (a.implicit === true && placeRef) {
    const place = gz.get(placeRef);
    if (!place) return null;
    text = `${text} ${place.name}`;
  }
  // Without a body ref, the body's words name it (`Ban Tổ chức Trung ương`); a template body is named by its place.
  // Keys keep diacritics: `Quân ủy` and `Quận ủy` are different bodies.
  let bodyKey = bodyRef && (!bodyRef.startsWith("tpl:") || placeRef) ? bodyRef : bodyText ? toneKey(bodyText) : "";
  // A whole-post title written with its own body (`Thủ tướng Chính phủ`) is the same post as without it.
  if (bodyRef && titleEntry?.type === "title" && !titleEntry.head && (titleEntry.bodyKind ?? "").split("|").includes(bodyRef)) bodyKey = "";
  const placeKey = placeRef ?? (placeText ? toneKey(placeText) : "");
  const key = `${titleRef ?? toneKey(titleText)}|${bodyKey}|${placeKey}`;
  // One holder at a time only for a post that names its body: by ref, by place, or the title alone
  // (`Tổng Bí thư`); `Bí thư Chi bộ` or `Chủ tịch UBND tỉnh` without a place may be many posts.
  const identified = (!!bodyRef && !bodyRef.startsWith("tpl:")) || !!placeRef || (!bodyText && !!titleEntry);
  return { key, text, title: titleRef, body: bodyRef, place: placeRef, single: titleEntry?.singleHolder === true && identified };
}

/** Columns of the harvest TSV: those of `data/tenures.tsv`, then the evidence. */
export const HARVEST_COLUMNS = ["person", "post", "title", "body", "place", "from", "to", "source", "uncertain", "name", "articles", "mentions", "first_seen", "last_seen", "periods", "conflicts", "evidence"] as const;

const cell = (v: unknown): string => String(v ?? "").replace(/[\t\r\n]+/g, " ");

/**
 * The candidates as TSV: the columns of `data/tenures.tsv` (`person, post, title, body, place, from,
 * to, source, uncertain`) then `name, articles, mentions, first_seen, last_seen, periods`
 * (`from/to@article` joined by `|`), `conflicts` (person ids joined by `|`) and `evidence`
 * (`article@person start-end/role start-end` joined by `|`).
 */
export function formatHarvestTsv(candidates: readonly TenureCandidate[]): string {
  const lines = [HARVEST_COLUMNS.join("\t")];
  for (const c of candidates) {
    lines.push([
      c.person, c.post, c.title, c.body, c.place, c.from, c.to, c.source, c.uncertain, c.name, c.articles, c.mentions, c.firstSeen, c.lastSeen,
      c.periods.map((p) => `${p.timex}@${p.article}`).join("|"),
      c.conflicts.join("|"),
      c.evidence.map((e) => `${e.article}@${e.person[0]}-${e.person[1]}/${e.role[0]}-${e.role[1]}`).join("|"),
    ].map(cell).join("\t"));
  }
  return lines.join("\n") + "\n";
}

/**
 * Parses a harvest TSV (or a `data/tenures.tsv`-shaped one) into what `createGazetteer` takes:
 * the tenures, and a person entry for each harvested person that has no bundled id
 * (`user:person:…`, named by the `name` column). Throws a TypeError naming the line of a row
 * without a person or post, or of a table without those columns.
 *
 * @example
 * ```ts
 * const gz = createGazetteer(parseHarvestTsv(readFileSync("tenures.tsv", "utf8")));
 * ```
 */
export function parseHarvestTsv(tsv: string): { entries: Partial<GazetteerEntry>[]; tenures: Tenure[] } {
  const lines = tsv.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  const col = (name: string): number => header.indexOf(name);
  const [iPerson, iPost] = [col("person"), col("post")];
  if (iPerson < 0 || iPost < 0) throw new TypeError(`thoisu: harvest TSV line 1: needs the columns "person" and "post"`);
  const opt = (cells: string[], name: string): string | undefined => {
    const i = col(name);
    const v = i < 0 ? undefined : cells[i]?.trim();
    return v ? v : undefined;
  };
  const tenures: Tenure[] = [];
  const people = new Map<string, Partial<GazetteerEntry>>();
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.trim()) continue;
    const cells = line.split("\t");
    const person = opt(cells, "person");
    const post = opt(cells, "post");
    if (!person || !post) throw new TypeError(`thoisu: harvest TSV line ${k + 1}: empty person or post`);
    const t: Tenure = { person, post: post.normalize("NFC"), source: opt(cells, "source") ?? "harvest" };
    for (const f of ["title", "body", "place", "from", "to", "uncertain"] as const) {
      const v = opt(cells, f);
      if (v) t[f] = v;
    }
    tenures.push(t);
    const name = opt(cells, "name");
    if (name && person.startsWith("user:person:") && !people.has(person)) {
      people.set(person, { id: person, kind: "person", name: name.normalize("NFC"), type: "person", source: "harvest" });
    }
  }
  return { entries: [...people.values()], tenures };
}
