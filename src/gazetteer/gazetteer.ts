/**
 * The gazetteer: exact lookup (folded keys), fuzzy search (fuse.js), one-pass matching of all
 * names in a token sequence (a trie over token `lower` forms), and as-of queries on places
 * and office-holders.
 * @module
 */
import type Fuse from "fuse.js";
import { fold, normalize } from "../normalize/index.js";
import { scanNameTokens, scanTokens, tokenize, type Token } from "../tokenize/index.js";
import type { EntryKind, GazetteerEntry, NameMatch, Tenure } from "./types.js";
import { insertionSort } from "../pipeline/sort.js";
import { docState } from "../pipeline/doc-state.js";
import { KeyTrie, type TrieNode } from "../match/trie.js";

/**
 * Unit words written before a place name, per place type. Districts and communes are matched
 * ONLY in these forms: their bare names are too often people's names or common words
 * (`Hoài Ân`, `Tân Lập`). Provinces, countries and regions match bare too.
 */
export const UNIT_WORDS: Readonly<Record<string, readonly string[]>> = (() => {
  // Districts and communes change status over time (thị xã → thành phố, xã → phường), and news
  // keeps the old word: any unit word of the same level introduces them.
  const district = ["huyện", "quận", "thị xã", "TX", "TX.", "thành phố", "TP", "TP.", "Tp."];
  const commune = ["xã", "phường", "thị trấn", "đặc khu"];
  return {
    province: ["tỉnh"],
    "centrally-run-city": ["thành phố", "TP", "TP.", "Tp.", "Thủ đô"],
    district, "urban-district": district, town: district, city: district,
    commune, ward: commune, township: commune, "special-zone": commune,
  };
})();
/** Place types matched only after their unit word. */
const UNIT_ONLY = new Set(["district", "urban-district", "town", "city", "commune", "ward", "township", "special-zone"]);
/**
 * A commune-level unit word followed by a name or number (`xã Tân Lập`, `Phường 1`, `thị trấn
 * Chi Nê`, `đặc khu Phú Quốc`; not `xã hội`, `Nguyễn Thị Mai`): only then are communes loaded.
 */
function lateTrigger(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  let k: number;
  if (w === "xã" || w === "phường") k = i + 1;
  else if ((w === "thị" && tokens[i + 1]?.lower === "trấn") || (w === "đặc" && tokens[i + 1]?.lower === "khu")) k = i + 2;
  else return false;
  const next = tokens[k];
  return !!next && (next.upper || next.kind === "number");
}
const LATE_KEY = /^(xa|phuong|thi tran|dac khu) /;
/** `Thủ đô` is Hà Nội's alone. */
const CAPITAL_ONLY = "tinh:ha-noi";

/** The unit words of a place entry's type (own keys only: a user's type `constructor` has none). */
const unitWordsOf = (e: GazetteerEntry): readonly string[] | undefined =>
  e.kind === "place" && Object.hasOwn(UNIT_WORDS, e.type) ? UNIT_WORDS[e.type] : undefined;
/** The unit words of each place type, tokenised at import (a few dozen short words). */
const UNIT_TOKENS: ReadonlyMap<readonly string[], Token[][]> = new Map(Object.values(UNIT_WORDS).map((words) => [words, words.map((w) => scanTokens(w))]));
/** The unit words of a place type, tokenised. */
function unitTokens(words: readonly string[]): Token[][] {
  return UNIT_TOKENS.get(words) ?? words.map((w) => scanTokens(w));
}
const startsWith = (tokens: readonly Token[], prefix: readonly Token[]): boolean =>
  tokens.length > prefix.length && prefix.every((p, i) => p.lower === tokens[i]!.lower);

/** Rank of place types when one name denotes several places (province before district ...). */
const PLACE_RANK: Record<string, number> = {
  province: 0, "centrally-run-city": 0, country: 1, region: 2, "foreign-province": 2, "foreign-city": 2,
  city: 3, district: 3, "urban-district": 3, town: 3, commune: 4, ward: 4, township: 4, "special-zone": 4,
};

/** Lower bound of a possibly partial ISO date. */
export const dateLow = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** Upper bound of a possibly partial ISO date. */
export const dateHigh = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * The sign of `d + pad` compared with `date` as strings (`<`, `>` on strings: by UTF-16 code
 * units), without building `d + pad`: the date filters ask per gazetteer hit, and most entries
 * carry a year or a month for a bound.
 */
function compareBound(d: string, pad: string, date: string): number {
  const n = d.length + pad.length;
  for (let k = 0; k < n && k < date.length; k++) {
    const c = k < d.length ? d.charCodeAt(k) : pad.charCodeAt(k - d.length);
    if (c !== date.charCodeAt(k)) return c - date.charCodeAt(k);
  }
  return n - date.length;
}
/** `dateLow(d) <= date`, with no string built. */
const lowAtMost = (d: string, date: string): boolean => compareBound(d, d.length === 4 ? "-01-01" : d.length === 7 ? "-01" : "", date) <= 0;
/** `date <= dateHigh(d)`, with no string built. */
const highAtLeast = (d: string, date: string): boolean => compareBound(d, d.length === 4 ? "-12-31" : d.length === 7 ? "-31" : "", date) >= 0;

/** True when the entry exists on `date` (ISO day). */
export function validOn(e: { validFrom?: string; validTo?: string }, date: string): boolean {
  return (!e.validFrom || lowAtMost(e.validFrom, date)) && (!e.validTo || highAtLeast(e.validTo, date));
}
/** True when the tenure runs on `date` (ISO day); the handover day counts for both holders. */
export function tenureOn(t: Tenure, date: string): boolean {
  return (!t.from || lowAtMost(t.from, date)) && (!t.to || highAtLeast(t.to, date));
}

// Token forms repeat a lot (`huyện`, `thành`, `phố`): fold each distinct one once.
// module state: a memo of `fold`, a pure function of its key (bounded), so no result depends on who asked first.
const foldCache = new Map<string, string>();
function foldToken(lower: string): string {
  let f = foldCache.get(lower);
  if (f === undefined) { f = fold(lower); if (foldCache.size < 50_000) foldCache.set(lower, f); }
  return f;
}

/** The folded key of a token sequence: word tokens, punctuation dropped. */
function keyOf(tokens: readonly Token[], from = 0): string {
  let key = "";
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct") continue;
    key += (key ? " " : "") + foldToken(t.lower);
  }
  return key;
}

/** The case- and diacritic-insensitive key of a name: folded word tokens, punctuation dropped. */
export function lookupKey(name: string): string {
  return keyOf(scanTokens(normalize(name).text));
}

/**
 * The case-insensitive key of a name that keeps its diacritics: lower-cased word tokens,
 * punctuation dropped, tone marks placed by `normalize`. For telling apart words that differ
 * only by tone (`Quân ủy` the military commission, `Quận ủy` a district committee), which
 * {@link lookupKey} folds into one.
 */
export function toneKey(name: string): string {
  let key = "";
  for (const t of scanTokens(normalize(name).text)) if (t.kind !== "punct") key += (key ? " " : "") + t.lower;
  return key;
}

/** Adds a path of token `lower`s to a trie and records a hit at its end. */
function addPath(trie: KeyTrie<NameNode>, keys: readonly string[], hit: Hit): void {
  let node = trie.root;
  for (let k = 0; k < keys.length; k++) node = KeyTrie.child(node, keys[k]!);
  const v = (node.value ??= { hits: [] });
  v.hits.push(hit);
  v.byUnit = undefined;
}

/** The hits of unit-trie node `node` that unit word `unit` (of `length` tokens) may introduce. */
function unitHits(node: NameNode, unit: string, length: number): Hit[] {
  let byUnit = node.byUnit;
  if (!byUnit) node.byUnit = byUnit = new Map();
  let hits = byUnit.get(unit);
  if (!hits) {
    hits = node.hits.filter((h) => h.units!.has(unit)).map((h) => ({ ...h, unit: length }));
    byUnit.set(unit, hits);
  }
  return hits;
}

/** Bit i set: token `unit + i` starts upper-case. */
function capsOf(tokens: readonly Token[], unit: number): number {
  let caps = 0;
  for (let k = unit; k < tokens.length && k - unit < 31; k++) if (tokens[k]!.upper) caps |= 1 << (k - unit);
  return caps;
}

/** The key of a unit word: its token `lower`s joined by spaces (`thành phố`, `tp .`). */
const unitKey = (tokens: readonly Token[]): string => tokens.map((t) => t.lower).join(" ");
/** The unit-word keys of each place type: all, and all but `Thủ đô` (the capital's alone); built at import. */
const UNIT_SETS: ReadonlyMap<readonly string[], readonly [ReadonlySet<string>, ReadonlySet<string>]> = new Map(Object.values(UNIT_WORDS).map((words) => {
  const all = new Set(unitTokens(words).map(unitKey));
  return [words, [all, new Set([...all].filter((k) => !k.startsWith("thủ")))] as const];
}));
/** The unit-word keys of a place type (with `Thủ đô` only for the capital). */
function unitSet(words: readonly string[], capital: boolean): ReadonlySet<string> {
  const pair = UNIT_SETS.get(words)!;
  return capital ? pair[0] : pair[1];
}
/** Every unit word, tokenised, and the first tokens they start with. */
const ALL_UNIT_WORDS: readonly Token[][] = (() => {
  const seen = new Map<string, Token[]>();
  for (const words of Object.values(UNIT_WORDS)) for (const t of unitTokens(words)) seen.set(unitKey(t), t);
  return [...seen.values()];
})();
/** A unit word: its key (token `lower`s joined by spaces) and its tokens' `lower`s. */
interface UnitWord { unit: string; lowers: readonly string[] }
/**
 * Unit words by their first token's `lower`, in {@link ALL_UNIT_WORDS} order: the walk asks at
 * every token, so the answer is one map lookup and no allocation.
 */
const UNIT_BY_FIRST: ReadonlyMap<string, readonly UnitWord[]> = (() => {
  const by = new Map<string, UnitWord[]>();
  for (const u of ALL_UNIT_WORDS) {
    const first = u[0]!.lower;
    let list = by.get(first);
    if (!list) by.set(first, (list = []));
    list.push({ unit: unitKey(u), lowers: u.map((t) => t.lower) });
  }
  return by;
})();
/** The number of {@link wordShape}s. */
const SHAPES = 16384;
/**
 * A hash of a word (its first, middle and last code units and its length) into 14 bits, for
 * the walk's filters of the words that may start a name or a unit word: three reads and a
 * multiplication, cheaper than a map lookup that misses (two tokens in three start nothing).
 * Syllables that differ by their vowel's tone differ in the middle or at the end.
 */
function wordShape(s: string): number {
  const n = s.length;
  return Math.imul(s.charCodeAt(0) ^ (s.charCodeAt(n >> 1) << 5) ^ (s.charCodeAt(n - 1) << 10) ^ (n << 15), 0x9e3779b1) >>> 18;
}
/** One byte per {@link wordShape}, set for the first words of unit words: a clear byte spares the {@link UNIT_BY_FIRST} lookup. */
const UNIT_SHAPES: Uint8Array = (() => {
  const shapes = new Uint8Array(SHAPES);
  for (const first of UNIT_BY_FIRST.keys()) shapes[wordShape(first)] = 1;
  return shapes;
})();
/** True when unit word `u` is written at token `i` (on one line). */
function unitWordAt(tokens: readonly Token[], i: number, u: UnitWord): boolean {
  const lowers = u.lowers;
  if (i + lowers.length > tokens.length) return false;
  for (let k = 1; k < lowers.length; k++) if (tokens[i + k]!.lower !== lowers[k] || tokens[i + k]!.lineBefore) return false;
  return true;
}
/** The unit words written at token `i` (several may match: `TP` and `TP.`). */
function unitWordsAt(tokens: readonly Token[], i: number): { unit: string; length: number }[] {
  const out: { unit: string; length: number }[] = [];
  if (i >= tokens.length) return out;
  for (const u of UNIT_BY_FIRST.get(tokens[i]!.lower) ?? []) if (unitWordAt(tokens, i, u)) out.push({ unit: u.unit, length: u.lowers.length });
  return out;
}

/**
 * @internal A written form of an entry as a trie path: its tokens' `lower`s; bit i of `caps` set
 * when token i starts upper-case (up to bit 30); `punct`, the indexes of punctuation tokens.
 */
export interface FormPath { keys: readonly string[]; caps: number; punct: readonly number[] }
/** @internal The `punct` of a path without punctuation (nearly all). */
export const NO_PUNCT: readonly number[] = Object.freeze([]);
/** @internal Where a form of an entry goes: as written (`bare`), after a unit word of the place's type (`unit`), or both. */
export interface FormSpec { path: FormPath; bare: boolean; unit: boolean; ambiguous: boolean }

function pathOf(tokens: readonly Token[]): FormPath {
  const punct: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.kind === "punct") punct.push(k);
  return { keys: tokens.map((t) => t.lower), caps: capsOf(tokens, 0), punct: punct.length ? punct : NO_PUNCT };
}

/**
 * @internal The written forms of an entry (its name, then its aliases, in order; null for a form
 * that indexes nothing) as trie paths. Bundled names are already canonical; user names get
 * normalised. The build precompiles this for the bundled entries (scripts/build-data.mjs →
 * src/gazetteer/precompiled.ts), so the first extract tokenises no name.
 */
export function entryForms(e: GazetteerEntry, canonical: boolean): (FormSpec | null)[] {
  const out: (FormSpec | null)[] = [];
  const amb = e.ambiguousAliases;
  const unitWords = unitWordsOf(e);
  const unitOnly = e.kind === "place" && UNIT_ONLY.has(e.type);
  for (let k = -1; k < e.aliases.length; k++) {
    const n = k < 0 ? e.name : e.aliases[k]!;
    // Sentences mean nothing in a name: tokens only.
    const tokens = scanNameTokens(canonical ? n : normalize(n).text);
    if (!tokens.length) { out.push(null); continue; }
    // A name that already starts with its unit word (Quận 1, Thành phố Hồ Chí Minh) is a form itself.
    let selfUnit = 0;
    if (unitWords) for (const u of unitTokens(unitWords)) if (startsWith(tokens, u)) { selfUnit = u.length; break; }
    const bare = !unitOnly || selfUnit > 0;
    // Only spelled-out names take a unit word (not TP.HCM, BR-VT, Hanoi).
    const unit = !!unitWords && !selfUnit && !(k >= 0 && !/[^\x00-\x7f]/.test(n));
    out.push(bare || unit ? { path: pathOf(tokens), bare, unit, ambiguous: amb ? amb.includes(n) : false } : null);
  }
  return out;
}

/** The unit-word keys that may introduce a place of this entry's type (null: not a place that takes one). */
function unitsOf(e: GazetteerEntry): ReadonlySet<string> | null {
  const unitWords = unitWordsOf(e);
  return unitWords ? unitSet(unitWords, e.id === CAPITAL_ONLY) : null;
}

/** The folded lookup key of a path: its keys without punctuation. */
function keyOfPath(p: FormPath): string {
  let key = "";
  for (let k = 0; k < p.keys.length; k++) {
    if (p.punct.length && p.punct.includes(k)) continue;
    key += (key ? " " : "") + foldToken(p.keys[k]!);
  }
  return key;
}

const longerFirst = (x: Span, y: Span): number => y.end - x.end;

/**
 * Names ending at `end` that start at a given token; `caps`: bit k set when token k of the
 * span after its unit word starts upper-case (up to bit 30). All hits of a span share the unit
 * word (none in the name trie, the one walked in the unit trie), so the walk reads each token's
 * case once, as it passes, and no selection reads the tokens again.
 */
interface Span { end: number; hits: Hit[]; caps: number }
/** One document's trie walk and the answers given from it per set of options. */
interface DocWalk {
  late: boolean;
  /** The tokens where some name starts, ascending, and for each the names' spans (longest first): a few hundred of a document's thousands of tokens. */
  starts: number[];
  spans: Span[][];
  /** The answers given, per set of options (a few per document, so a scan, and no key string built per call). */
  answers: Answer[];
}
/** The matches of one document for one set of options. */
interface Answer { kinds: readonly EntryKind[] | undefined; date: string | undefined; matches: NameMatch[] }
/** True when two `kinds` options admit the same kinds in the same order (undefined: all). */
function sameKinds(a: readonly EntryKind[] | undefined, b: readonly EntryKind[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

interface Hit {
  entry: GazetteerEntry;
  /** Leading unit-word tokens (main trie: a name that starts with its unit word, e.g. `Quận 1`). */
  unit: number;
  /** Unit trie only: the unit words (token `lower`s joined by spaces) that may introduce this name. */
  units?: ReadonlySet<string>;
  /** Bit i set: token i of the form (after the unit word) starts upper-case. */
  caps: number;
  ambiguous: boolean;
}
/** What a name path's end holds in the gazetteer's tries. */
interface NameNode {
  hits: Hit[];
  /**
   * Unit trie only: the hits that a given unit word may introduce, with `unit` set to its
   * length; filled on first use so the walk does not rebuild them per document.
   */
  byUnit?: Map<string, Hit[]>;
}

/** The value of a root node whose subtrie is not built yet (frozen: adding to it throws). */
const PENDING: NameNode = Object.freeze({ hits: Object.freeze([]) as unknown as Hit[] });

// Matches of one entry (nearly all) share their one-slot `units`, `cased` and `ambiguousForm`
// arrays: results are read-only, and a dozen thousand small arrays per corpus pass cost GC time.
const ONE_TRUE: boolean[] = [true], ONE_FALSE: boolean[] = [false];
const ONE_NUMBER: number[][] = [[0], [1], [2], [3]];
const oneNumber = (n: number): number[] => ONE_NUMBER[n] ?? [n];

/** @internal Per entry, its precompiled {@link entryForms} (undefined: computed at first use). */
export type PrecompiledForms = readonly (readonly (FormSpec | null)[] | undefined)[];

/**
 * @internal The forms of the first `size` entries, decoded per entry when asked, and which
 * entries have forms under each first key (ascending, once each) in the name trie (`bare`) and
 * the unit-word trie (`unit`), found without decoding them.
 */
export interface FormTable {
  readonly size: number;
  forms(i: number): (FormSpec | null)[];
  index(): { bare: Map<string, number[]>; unit: Map<string, number[]> };
}

/** @internal The first two keys of a path joined by a space (its first alone when it has one): how late forms wait for the unit trie. */
export const headKey = (keys: readonly string[]): string => (keys.length > 1 ? `${keys[0]} ${keys[1]}` : keys[0]!);

/**
 * @internal Entries made one at a time when first needed (the bundled communes): rows
 * `0 … size - 1`, each made into an entry by `entry` (a new object per call: the gazetteer keeps
 * the one it made).
 */
export interface LateEntries {
  readonly size: number;
  /** The row of the entry with this id, or -1. */
  rowOf(id: string): number;
  /** A new entry for row `r`. */
  entry(r: number): GazetteerEntry;
  /** The forms of row `r`, whose entry is `e` (as {@link entryForms}). */
  forms(r: number, e: GazetteerEntry): readonly (FormSpec | null)[];
  /**
   * The rows with a form in the name trie (ascending), and the rows with unit-word forms by those
   * forms' {@link headKey} (each list ascending, a row once).
   */
  index(): { bare: number[]; unit: Map<string, number[]> };
}

/** {@link LateEntries} over entries already made (and their forms when precompiled). */
export function lateEntriesOf(entries: readonly GazetteerEntry[], forms?: PrecompiledForms): LateEntries {
  const formsOf = (r: number): readonly (FormSpec | null)[] => forms?.[r] ?? entryForms(entries[r]!, !entries[r]!.id.startsWith("user:") && entries[r]!.source !== "user");
  let byId: Map<string, number> | null = null;
  return {
    size: entries.length,
    rowOf(id) {
      if (!byId) { byId = new Map(); entries.forEach((e, r) => byId!.set(e.id, r)); }
      return byId.get(id) ?? -1;
    },
    entry: (r) => entries[r]!,
    forms: (r) => formsOf(r),
    index() {
      const bare: number[] = [], unit = new Map<string, number[]>();
      for (let r = 0; r < entries.length; r++) {
        const fs = formsOf(r);
        if (fs.some((f) => f?.bare)) bare.push(r);
        for (const f of fs) {
          if (!f || !f.unit) continue;
          const key = headKey(f.path.keys), list = unit.get(key);
          if (!list) unit.set(key, [r]);
          else if (list[list.length - 1] !== r) list.push(r);
        }
      }
      return { bare, unit };
    },
  };
}

/** Options of {@link Gazetteer.matchTokens} and {@link Gazetteer.lookup}. */
export interface MatchOptions {
  date?: string;
  kinds?: EntryKind[];
}

/** The gazetteer. Build one with {@link createGazetteer}; indexes are built on first use. */
export class Gazetteer {
  private entries: GazetteerEntry[] | null = null;
  private tenureList: Tenure[] | null = null;
  private byIdMap: Map<string, GazetteerEntry> | null = null;
  private byKey: Map<string, GazetteerEntry[]> | null = null;
  /** Names as written (and names that start with their own unit word). */
  private trie: KeyTrie<NameNode> | null = null;
  /**
   * Place names that may follow a unit word (`tỉnh`, `huyện`, `xã` …), without the unit word: a
   * match there is `unit word + name`. Keeping unit words out of the name paths keeps the index
   * one path per name instead of one per name and unit word.
   */
  private unitTrie: KeyTrie<NameNode> | null = null;
  /** Folded bare place names, for lookups written with a unit word (`huyện Hoài Ân`). */
  private byUnitKey: Map<string, Hit[]> | null = null;
  private fuse: Fuse<{ entry: GazetteerEntry; name: string }> | null = null;
  private tenuresByPerson: Map<string, Tenure[]> | null = null;
  private tenuresByPostKey: Map<string, Tenure[]> | null = null;
  /** Tenures by their title's id and by that title's head title's id (what {@link tenuresByParts} reads). */
  private tenuresByTitle: Map<string, Tenure[]> | null = null;
  /** {@link lookupKey} of entry names, computed once per name (the REFS linker asks per role). */
  private nameKeys: Map<string, string> | null = null;

  private lateLoaded = false;
  /** The late entries (communes), once loaded: made into entries one row at a time. */
  private late: LateEntries | null = null;
  /** The late entries made so far, by row: each row's entry is made once, so callers share it. */
  private lateMade: (GazetteerEntry | undefined)[] = [];
  /** Every entry, communes included, once {@link all} asked for them. */
  private allEntries: GazetteerEntry[] | null = null;
  /** True once the late entries' keys are in the folded-key maps (see {@link lookup}). */
  private lateKeyed = false;
  /**
   * Late rows whose unit-word forms are not in the unit trie yet, by the forms' first two keys
   * ({@link headKey}). A commune's path is walked only after a unit word and those keys, so each
   * group joins the unit trie (and its communes become entries) when a document first writes
   * them after a unit word: the first commune a text names does not make 13,000 entries and
   * paths, nor `xã Tân Lập` the 700 communes named `Tân …`. The hits of a trie node keep their
   * order (a path's hits all come from the group of its first two keys; a group keeps row order;
   * base entries are all in before).
   */
  private pendingUnit: Map<string, Map<string, number[]>> | null = null;
  /**
   * @param load   the entries and tenures, or a function that gives the tenures (called on first use)
   * @param loadLate entries loaded only when first needed: communes (about 13,000), needed
   *   only when a text has a commune-level unit word, an id or key asks for one, or on `all()`
   *   and `search()`; given as entries, or as a {@link LateEntries} table that makes them one
   *   at a time
   */
  constructor(
    private readonly load: () => { entries: GazetteerEntry[]; tenures: Tenure[] | (() => Tenure[]); forms?: PrecompiledForms | FormTable },
    private readonly loadLate: (() => GazetteerEntry[] | { entries: GazetteerEntry[]; forms?: PrecompiledForms } | LateEntries) | null = null,
  ) {}

  /** @internal Per entry (by index in `entries`), its {@link entryForms} when precompiled (null: not decoded now). */
  private formList: (readonly (FormSpec | null)[] | undefined)[] = [];
  /** The precompiled forms of the first entries, decoded per entry (see {@link pendingBare}). */
  private formTable: FormTable | null = null;
  /**
   * Entries (by index) whose name-trie forms are not in the trie yet, by the forms' first key,
   * and late rows (`Phường 1`) waiting behind them. The root holds a {@link PENDING} node for each
   * such key; the walk builds the subtrie when a document first writes the key, so the first
   * extract does not insert 3,000 names of which a text writes a few dozen. Hits keep their order:
   * a path's hits all come from its first key's group, built in entry order, late rows last.
   */
  private pendingBare: Map<string, number[]> | null = null;
  private pendingLateBare: Map<string, number[]> | null = null;
  /** Entries whose unit-word forms are not in the unit trie yet, by first key (built when a unit word and the key are written). */
  private pendingBaseUnit: Map<string, number[]> | null = null;

  /** The walk's filter of first keys (see {@link firstShapes}), and the root's size it was made for. */
  private rootShapes: Uint8Array | null = null;
  private rootShapesOf = -1;

  /** The tenures when `load` gives them as a function, until first asked for. */
  private tenuresToLoad: (() => Tenure[]) | null = null;

  private data(): { entries: GazetteerEntry[] } {
    if (!this.entries) {
      const { entries, tenures, forms } = this.load();
      this.entries = entries;
      if (typeof tenures === "function") this.tenuresToLoad = tenures; else this.tenureList = tenures;
      if (forms && !Array.isArray(forms)) this.formTable = forms as FormTable;
      else if (forms) this.formList = (forms as PrecompiledForms).slice();
    }
    return { entries: this.entries };
  }

  /** The tenures: decoded on first use when `load` deferred them (a text that names no office-holder needs none). */
  private tenureData(): Tenure[] {
    if (!this.tenureList) {
      this.data();
      if (!this.tenureList) { this.tenureList = this.tenuresToLoad ? this.tenuresToLoad() : []; this.tenuresToLoad = null; }
    }
    return this.tenureList;
  }

  /** The forms of entry `i` of `entries`: precompiled, or computed now. */
  private formsAt(i: number): readonly (FormSpec | null)[] {
    const e = this.entries![i]!;
    if (this.formTable && i < this.formTable.size) return this.formTable.forms(i);
    return this.formList[i] ?? entryForms(e, this.isCanonical(e));
  }

  /** Loads the late entries (communes): their table, and their paths into the tries if built. */
  private ensureLate(): void {
    if (this.lateLoaded) return;
    this.lateLoaded = true;
    if (!this.loadLate) return;
    const loaded = this.loadLate();
    this.late = Array.isArray(loaded) ? lateEntriesOf(loaded) : "entries" in loaded ? lateEntriesOf(loaded.entries, loaded.forms) : loaded;
    this.lateMade = new Array(this.late.size);
    this.data();
    if (this.trie) this.indexLate();
    this.fuse = null;
  }

  /** The entry of late row `r`, made on first use. */
  private lateEntry(r: number): GazetteerEntry {
    return (this.lateMade[r] ??= this.late!.entry(r));
  }

  /** Every late entry, made now, in row order. */
  private allLate(): GazetteerEntry[] {
    const late = this.late;
    const out: GazetteerEntry[] = late ? new Array(late.size) : [];
    for (let r = 0; r < out.length; r++) out[r] = this.lateEntry(r);
    return out;
  }

  /** All entries (read-only), communes included. */
  all(): readonly GazetteerEntry[] {
    this.ensureLate();
    if (!this.late) return this.data().entries;
    return (this.allEntries ??= this.data().entries.concat(this.allLate()));
  }

  /**
   * @internal The entries without the late ones (communes): for indexes of district-level and
   * larger units, which the late entries never are, so that building them does not decode
   * 13,000 communes on a text that names none.
   */
  entriesBeforeCommunes(): readonly GazetteerEntry[] {
    return this.data().entries;
  }

  /** All tenures (read-only). */
  tenures(): readonly Tenure[] {
    return this.tenureData();
  }

  /** The entry with this id. */
  get(id: string): GazetteerEntry | undefined {
    if (id.startsWith("xa")) {
      this.ensureLate();
      const r = this.late ? this.late.rowOf(id) : -1;
      if (r >= 0) return this.lateEntry(r);
    }
    if (!this.byIdMap) {
      this.byIdMap = new Map();
      for (const e of this.data().entries) this.byIdMap.set(e.id, e);
    }
    return this.byIdMap.get(id);
  }

  /** The tries (what {@link matchTokens} needs). */
  private buildIndexes(): void {
    if (this.trie) return;
    this.trie = new KeyTrie();
    this.unitTrie = new KeyTrie();
    const n = this.data().entries.length;
    const table = this.formTable;
    if (table) {
      // Groups by first key: the table's entries, then the others (user entries), in order.
      const { bare, unit } = table.index();
      for (let i = table.size; i < n; i++) {
        for (const f of this.formsAt(i)) {
          if (!f) continue;
          const key = f.path.keys[0]!;
          for (const [m, on] of [[bare, f.bare], [unit, f.unit]] as const) {
            if (!on) continue;
            const list = m.get(key);
            if (!list) m.set(key, [i]); else if (list[list.length - 1] !== i) list.push(i);
          }
        }
      }
      for (const key of bare.keys()) KeyTrie.child(this.trie.root, key).value = PENDING;
      this.pendingBare = bare;
      this.pendingBaseUnit = unit;
    } else for (let i = 0; i < n; i++) this.insert(i);
    if (this.late) this.indexLate();
  }

  /**
   * The folded-key maps (what {@link lookup} needs), built on first lookup: `extract` never
   * looks up, so its first call does not fold every name.
   */
  private buildKeyIndexes(): void {
    if (this.byKey) return;
    this.byKey = new Map();
    this.byUnitKey = new Map();
    const n = this.data().entries.length;
    for (let i = 0; i < n; i++) this.insertKeys(this.entries![i]!, this.formsAt(i));
    if (this.lateKeyed) this.insertLateKeys();
  }

  private isCanonical(e: GazetteerEntry): boolean {
    return !e.id.startsWith("user:") && e.source !== "user";
  }

  /** Adds the forms of entry `i` to the tries. */
  private insert(i: number): void {
    const e = this.entries![i]!;
    const forms = this.formsAt(i);
    for (const f of forms) if (f && f.bare) addPath(this.trie!, f.path.keys, { entry: e, unit: 0, caps: f.path.caps, ambiguous: f.ambiguous });
    const units = unitsOf(e);
    if (!units) return;
    for (const f of forms) if (f && f.unit) addPath(this.unitTrie!, f.path.keys, { entry: e, unit: 0, caps: f.path.caps, ambiguous: false, units });
  }

  /**
   * Adds the late rows' name-trie forms to the name trie (a few hundred `Phường 1`; those rows
   * become entries now), and notes their unit-word forms in {@link pendingUnit}.
   */
  private indexLate(): void {
    const late = this.late!;
    const { bare, unit } = late.index();
    for (const r of bare) {
      const e = this.lateEntry(r);
      for (const f of late.forms(r, e)) {
        if (!f || !f.bare) continue;
        const key = f.path.keys[0]!;
        // Behind the entries of this key when they are not in yet.
        if (this.pendingBare?.has(key)) {
          const waiting = (this.pendingLateBare ??= new Map());
          const list = waiting.get(key);
          if (!list) waiting.set(key, [r]); else if (list[list.length - 1] !== r) list.push(r);
        } else addPath(this.trie!, f.path.keys, { entry: e, unit: 0, caps: f.path.caps, ambiguous: f.ambiguous });
      }
    }
    // By first key, then second key ("" for a one-key form): keys hold no space.
    const pending = new Map<string, Map<string, number[]>>();
    for (const [key, rows] of unit) {
      const sp = key.indexOf(" ");
      const head = sp < 0 ? key : key.slice(0, sp), second = sp < 0 ? "" : key.slice(sp + 1);
      const bySecond = pending.get(head);
      if (bySecond) bySecond.set(second, rows); else pending.set(head, new Map([[second, rows]]));
    }
    this.pendingUnit = pending;
  }

  /** Builds the subtrie under first key `key` (whose root node is {@link PENDING}) and returns its node. */
  private fillBare(key: string): TrieNode<NameNode> {
    const node = this.trie!.root.next!.get(key)!;
    node.value = undefined;
    const list = this.pendingBare!.get(key)!;
    this.pendingBare!.delete(key);
    for (const i of list) {
      const e = this.entries![i]!;
      for (const f of this.formsAt(i)) if (f && f.bare && f.path.keys[0] === key) addPath(this.trie!, f.path.keys, { entry: e, unit: 0, caps: f.path.caps, ambiguous: f.ambiguous });
    }
    const late = this.pendingLateBare?.get(key);
    if (late) {
      this.pendingLateBare!.delete(key);
      for (const r of late) {
        const e = this.lateEntry(r);
        for (const f of this.late!.forms(r, e)) if (f && f.bare && f.path.keys[0] === key) addPath(this.trie!, f.path.keys, { entry: e, unit: 0, caps: f.path.caps, ambiguous: f.ambiguous });
      }
    }
    return node;
  }

  /** Adds the entries' unit-word forms under first key `key` to the unit trie. */
  private fillBaseUnit(key: string): void {
    const list = this.pendingBaseUnit!.get(key);
    if (!list) return;
    this.pendingBaseUnit!.delete(key);
    for (const i of list) {
      const e = this.entries![i]!;
      const units = unitsOf(e);
      if (!units) continue;
      for (const f of this.formsAt(i)) if (f && f.unit && f.path.keys[0] === key) addPath(this.unitTrie!, f.path.keys, { entry: e, unit: 0, caps: f.path.caps, ambiguous: false, units });
    }
  }

  /**
   * Adds the pending unit-word forms the walk may reach from the name's first token `head`
   * (then `next`, unless the name cannot run on to it) to the unit trie. Two map lookups by the
   * tokens' own strings: the walk asks after every unit word.
   */
  private addPending(head: string, next: Token | undefined): void {
    const bySecond = this.pendingUnit!.get(head);
    if (!bySecond) return;
    this.addPendingGroup(head, bySecond, "");
    if (next && !next.lineBefore) this.addPendingGroup(head, bySecond, next.lower);
    if (!bySecond.size) this.pendingUnit!.delete(head);
  }

  /** Adds the pending unit-word forms whose first two keys are `head` and `second` ("": none) to the unit trie. */
  private addPendingGroup(head: string, bySecond: Map<string, number[]>, second: string): void {
    const list = bySecond.get(second);
    if (!list) return;
    bySecond.delete(second);
    const late = this.late!;
    for (const r of list) {
      const e = this.lateEntry(r);
      const units = unitsOf(e);
      if (!units) continue;
      for (const f of late.forms(r, e)) {
        if (f && f.unit && f.path.keys[0] === head && (f.path.keys[1] ?? "") === second) addPath(this.unitTrie!, f.path.keys, { entry: e, unit: 0, caps: f.path.caps, ambiguous: false, units });
      }
    }
  }

  /** Adds the late entries' forms to the folded-key maps (every late row becomes an entry). */
  private insertLateKeys(): void {
    const late = this.late;
    if (!late) return;
    for (let r = 0; r < late.size; r++) { const e = this.lateEntry(r); this.insertKeys(e, late.forms(r, e)); }
  }

  /** Adds the forms of an entry to the lookup keys. */
  private insertKeys(e: GazetteerEntry, forms: readonly (FormSpec | null)[]): void {
    const byKey = this.byKey!;
    for (const f of forms) {
      if (!f || !f.bare) continue;
      const key = keyOfPath(f.path);
      const list = byKey.get(key);
      if (!list) byKey.set(key, [e]);
      else if (!list.includes(e)) list.push(e);
    }
    const units = unitsOf(e);
    if (!units) return;
    for (const f of forms) {
      if (!f || !f.unit) continue;
      const hit: Hit = { entry: e, unit: 0, caps: f.path.caps, ambiguous: false, units };
      const key = keyOfPath(f.path);
      const list = this.byUnitKey!.get(key);
      if (!list) this.byUnitKey!.set(key, [hit]);
      else if (!list.some((h) => h.entry === e)) list.push(hit);
    }
  }

  /**
   * Exact lookup, case- and diacritic-insensitive (`hai duong`, `HẢI DƯƠNG`, `TP.HCM`, `tỉnh Hải Dương`).
   * With `date`, only entries valid on that day.
   */
  lookup(name: string, opts: MatchOptions = {}): GazetteerEntry[] {
    this.buildKeyIndexes();
    const key = lookupKey(name);
    // Only a key that starts with a commune-level unit word can find a late entry (their bare
    // forms are `Phường 1` …, the others need a unit word): then they all join the keys.
    if (!this.lateKeyed && LATE_KEY.test(key)) {
      this.ensureLate();
      this.lateKeyed = true;
      this.insertLateKeys();
    }
    let found = this.byKey!.get(key) ?? [];
    if (!found.length) found = this.lookupWithUnit(name);
    const { kinds, date } = opts;
    if (!kinds && !date) return found.slice();
    return found.filter((e) => (!kinds || kinds.includes(e.kind)) && (!date || validOn(e, date)));
  }

  /** `huyện Hoài Ân`, `TP Hà Nội`: a unit word, then a place name that this unit word may introduce. */
  private lookupWithUnit(name: string): GazetteerEntry[] {
    const tokens = scanTokens(normalize(name).text);
    const out: GazetteerEntry[] = [];
    for (const { unit, length } of unitWordsAt(tokens, 0)) {
      if (length >= tokens.length) continue;
      for (const h of this.byUnitKey!.get(keyOf(tokens, length)) ?? []) {
        if (h.units!.has(unit) && !out.includes(h.entry)) out.push(h.entry);
      }
    }
    return out;
  }

  /**
   * Fuzzy search over names and aliases (fuse.js, diacritics ignored). Scores run from 0 (exact)
   * to 1; `maxScore` (default 0.4) drops weaker hits. Asynchronous: fuse.js is loaded on the
   * first search (a dynamic import of dist/vendor/fuse.js), not with the package, since
   * `extract` never needs it. The index is built on first use.
   *
   * @example
   * ```ts
   * const [best] = await defaultGazetteer.search("Hải Dươngg", { kinds: ["place"] });
   * best?.entry.id; // "tinh:hai-duong"
   * ```
   */
  async search(query: string, opts: { kinds?: EntryKind[]; limit?: number; maxScore?: number } = {}): Promise<{ entry: GazetteerEntry; score: number }[]> {
    const { default: Fuse } = await import("fuse.js");
    this.ensureLate();
    if (!this.fuse) {
      const docs: { entry: GazetteerEntry; name: string }[] = [];
      for (const e of this.all()) for (const n of [e.name, ...e.aliases]) docs.push({ entry: e, name: n });
      this.fuse = new Fuse(docs, { keys: ["name"], includeScore: true, ignoreDiacritics: true, threshold: 0.4, ignoreLocation: true });
    }
    const limit = opts.limit ?? 10;
    const maxScore = opts.maxScore ?? 0.4;
    const out: { entry: GazetteerEntry; score: number }[] = [];
    const seen = new Set<string>();
    for (const r of this.fuse.search(normalize(query).text, { limit: limit * 8 + 20 })) {
      const score = r.score ?? 1;
      if (score > maxScore) continue;
      const e = r.item.entry;
      if (seen.has(e.id) || (opts.kinds && !opts.kinds.includes(e.kind))) continue;
      seen.add(e.id);
      out.push({ entry: e, score });
    }
    // Equal scores: the more prominent entry first (a province before a commune of that name).
    const rank = (e: GazetteerEntry) => (e.kind === "place" ? PLACE_RANK[e.type] ?? 9 : 1);
    return out.sort((a, b) => a.score - b.score || rank(a.entry) - rank(b.entry)).slice(0, limit);
  }

  /**
   * Finds every gazetteer name in a token sequence in one pass: at each token, the longest name
   * starting there (a trie over token `lower` forms, so names match at token boundaries only).
   * Matches may overlap (a name inside a longer one starts a match of its own). With `date`, only
   * entries valid on that day count; with `kinds`, only those kinds. Results are cached per token
   * array and options, so callers share them: treat them as read-only.
   */
  matchTokens(tokens: readonly Token[], opts: MatchOptions = {}): NameMatch[] {
    // Several stages ask for the same document's names: the trie walk is done once per document,
    // and each set of options is answered once from it.
    const { kinds, date } = opts;
    const walk = this.walk(tokens);
    for (const a of walk.answers) if (a.date === date && sameKinds(a.kinds, kinds)) return a.matches;
    const matches = this.selectMatches(tokens, walk, opts);
    // The options' own array is kept: a copy, so that a caller changing it later changes no key.
    walk.answers.push({ kinds: kinds ? kinds.slice() : undefined, date, matches });
    return matches;
  }

  /** Every name path in the document: per token, the ends of the names starting there, longest first. */
  private walk(tokens: readonly Token[]): DocWalk {
    // Kept in the document's state: one walk per document and gazetteer; entries loaded late
    // (communes) make a new walk.
    const state = docState(tokens);
    const cached = state.get(this, (): DocWalk | null => null);
    if (cached && cached.late === this.lateLoaded) return cached;
    this.buildIndexes();
    const n = tokens.length;
    if (!this.lateLoaded) {
      for (let i = 0; i < n; i++) if (lateTrigger(tokens, i)) { this.ensureLate(); break; }
    }
    const root = this.trie!.root;
    const unitRoot = this.unitTrie!.root;
    const firstShapes = this.firstShapes();
    const starts: number[] = [], spans: Span[][] = [];
    for (let i = 0; i < n; i++) {
      const first = tokens[i]!;
      if (first.kind === "punct") continue;
      // Most tokens start no name: allocate only when one does (`[span]` literals, not `[]` + push,
      // which reserves room for 17).
      let found: Span[] | undefined;
      const shape = wordShape(first.lower);
      let node = firstShapes[shape] ? root.next?.get(first.lower) : undefined;
      if (node !== undefined && node.value === PENDING) node = this.fillBare(first.lower);
      let j = i + 1;
      let caps = first.upper ? 1 : 0;
      while (node) {
        if (node.value) { const sp: Span = { end: j, hits: node.value.hits, caps }; if (found) found.push(sp); else found = [sp]; }
        if (j >= n || !node.next) break;
        const t = tokens[j]!;
        // Names do not run across a line break.
        if (t.lineBefore) break;
        node = node.next.get(t.lower);
        if (t.upper && j - i < 31) caps |= 1 << (j - i);
        j++;
      }
      // A unit word, then a place name that this unit word may introduce (`huyện Hoài Ân`).
      const units = UNIT_SHAPES[shape] ? UNIT_BY_FIRST.get(first.lower) : undefined;
      if (units) {
        for (const u of units) {
          if (!unitWordAt(tokens, i, u)) continue;
          const length = u.lowers.length;
          const head = tokens[i + length];
          if (!head || head.lineBefore) continue;
          // The late forms that start with this key (and the next) join the unit trie now, before
          // their first walk (no pass of its own over the document; these paths are read only here).
          if (this.pendingBaseUnit?.size) this.fillBaseUnit(head.lower);
          if (this.pendingUnit?.size) this.addPending(head.lower, tokens[i + length + 1]);
          let un = unitRoot.next?.get(head.lower);
          let uj = i + length + 1;
          let unitCaps = head.upper ? 1 : 0;
          while (un) {
            if (un.value) {
              const hits = unitHits(un.value, u.unit, length);
              if (hits.length) { const sp: Span = { end: uj, hits, caps: unitCaps }; if (found) found.push(sp); else found = [sp]; }
            }
            if (uj >= n || !un.next || tokens[uj]!.lineBefore) break;
            const t = tokens[uj]!;
            un = un.next.get(t.lower);
            if (t.upper && uj - i - length < 31) unitCaps |= 1 << (uj - i - length);
            uj++;
          }
        }
      }
      // Longest first; a stable insertion sort, as `found` holds a few spans (Array#sort allocates).
      if (found) { if (found.length > 1) insertionSort(found, longerFirst); starts.push(i); spans.push(found); }
    }
    const w: DocWalk = { late: this.lateLoaded, starts, spans, answers: [] };
    state.set(this, w);
    return w;
  }

  /**
   * One byte per {@link wordShape}, set for the first keys of the name trie; remade when the
   * root has gained keys (it never loses one, so its size tells), which happens only before a walk.
   */
  private firstShapes(): Uint8Array {
    const keys = this.trie!.root.next;
    const size = keys ? keys.size : 0;
    if (this.rootShapes && this.rootShapesOf === size) return this.rootShapes;
    const shapes = (this.rootShapes ??= new Uint8Array(SHAPES));
    if (keys) for (const k of keys.keys()) shapes[wordShape(k)] = 1;
    this.rootShapesOf = size;
    return shapes;
  }

  /** The longest name at each token among the entries that `opts` admits. */
  private selectMatches(tokens: readonly Token[], walk: DocWalk, opts: MatchOptions): NameMatch[] {
    const { kinds, date } = opts;
    const admits = (h: Hit) => (!kinds || kinds.includes(h.entry.kind)) && (!date || validOn(h.entry, date));
    // Overwritten at a match's first hit: no arrays made for nothing.
    const none: never[] = [];
    const out: NameMatch[] = [];
    const { starts, spans } = walk;
    for (let s = 0; s < starts.length; s++) {
      const i = starts[s]!, found = spans[s]!;
      // The longest span with an admitted hit (spans are sorted longest first) ...
      let bestEnd = -1;
      for (const sp of found) {
        for (const h of sp.hits) if (admits(h)) { bestEnd = sp.end; break; }
        if (bestEnd >= 0) break;
      }
      if (bestEnd < 0) continue;
      // ... and every admitted hit of that length, one slot per entry. Arrays start as
      // literals: nearly always there is one entry, and `[]` + push would reserve 17 slots.
      let entries: GazetteerEntry[] | null = null, units: number[] = none, cased: boolean[] = none, ambiguousForm: boolean[] = none;
      for (const sp of found) {
        if (sp.end > bestEnd) continue;
        if (sp.end < bestEnd) break;
        for (const h of sp.hits) {
          if (!admits(h)) continue;
          const ok = (h.caps & sp.caps) === h.caps;
          if (!entries) { entries = [h.entry]; units = oneNumber(h.unit); cased = ok ? ONE_TRUE : ONE_FALSE; ambiguousForm = h.ambiguous ? ONE_TRUE : ONE_FALSE; continue; }
          // A second hit: the per-entry arrays become the match's own.
          if (entries.length === 1) { units = units.slice(); cased = cased.slice(); ambiguousForm = ambiguousForm.slice(); }
          const at = entries.indexOf(h.entry);
          if (at < 0) { entries.push(h.entry); units.push(h.unit); cased.push(ok); ambiguousForm.push(h.ambiguous); }
          else {
            cased[at] = cased[at]! || ok;
            units[at] = Math.min(units[at]!, h.unit);
            ambiguousForm[at] = ambiguousForm[at]! && h.ambiguous;
          }
        }
      }
      out.push({ first: i, last: bestEnd, start: tokens[i]!.start, end: tokens[bestEnd - 1]!.end, entries: entries!, units, cased, ambiguousForm });
    }
    return out;
  }

  /**
   * The place a name (or id) denotes on `date`. When the place no longer existed then, returns
   * the last entry with that name and what it became (`becomes`), following successors to the
   * units valid on `date`: `Hải Dương` on 2025-07-01 → the old province, becomes Hải Phòng.
   */
  placeAsOf(nameOrId: string, date: string): { entry: GazetteerEntry; becomes?: GazetteerEntry[] } | null {
    const byId = this.get(nameOrId);
    const candidates = (byId ? [byId] : this.lookup(nameOrId, { kinds: ["place"] })).filter((e) => e.kind === "place");
    if (!candidates.length) return null;
    const rank = (e: GazetteerEntry) => PLACE_RANK[e.type] ?? 9;
    const valid = candidates.filter((e) => validOn(e, date)).sort((a, b) => rank(a) - rank(b));
    if (valid.length) return { entry: valid[0]! };
    const ended = candidates.filter((e) => e.validTo && dateHigh(e.validTo) < date)
      .sort((a, b) => rank(a) - rank(b) || (dateHigh(b.validTo!) < dateHigh(a.validTo!) ? -1 : 1));
    if (!ended.length) return null;
    const entry = ended[0]!;
    const becomes: GazetteerEntry[] = [];
    const seen = new Set<string>();
    const follow = (e: GazetteerEntry, depth: number) => {
      for (const id of e.successors ?? []) {
        const s = this.get(id);
        if (!s || seen.has(id) || depth > 8) continue;
        seen.add(id);
        if (validOn(s, date)) becomes.push(s);
        else if (s.validTo && dateHigh(s.validTo) < date) follow(s, depth + 1);
      }
    };
    follow(entry, 0);
    return becomes.length ? { entry, becomes } : { entry };
  }

  /** Tenures by person (what {@link officesOf} needs, and so the REFS linker at the first extract). */
  private personTenureIndex(): void {
    if (this.tenuresByPerson) return;
    this.tenuresByPerson = new Map();
    for (const t of this.tenureData()) {
      const p = this.tenuresByPerson.get(t.person);
      if (p) p.push(t); else this.tenuresByPerson.set(t.person, [t]);
    }
  }

  /**
   * Tenures by title (see {@link tenuresByTitle}): a tenure is listed under its title and under
   * the head title of its title, once each, in tenure order.
   */
  private titleTenureIndex(): Map<string, Tenure[]> {
    if (this.tenuresByTitle) return this.tenuresByTitle;
    const byTitle = new Map<string, Tenure[]>();
    const add = (key: string, t: Tenure) => { const q = byTitle.get(key); if (q) q.push(t); else byTitle.set(key, [t]); };
    for (const t of this.tenureData()) {
      const head = this.get(t.title ?? "")?.head;
      if (t.title !== undefined) add(t.title, t);
      if (head !== undefined && head !== t.title) add(head, t);
    }
    this.tenuresByTitle = byTitle;
    return byTitle;
  }

  /** {@link lookupKey} of an entry's name, memoised per gazetteer. */
  private nameKey(name: string): string {
    const keys = (this.nameKeys ??= new Map());
    let key = keys.get(name);
    if (key === undefined) { key = lookupKey(name); keys.set(name, key); }
    return key;
  }

  /** Tenures by folded post (what {@link holdersOf} needs): built apart, as it tokenises every post. */
  private postTenureIndex(): void {
    if (this.tenuresByPostKey) return;
    this.tenuresByPostKey = new Map();
    for (const t of this.tenureData()) {
      const key = lookupKey(t.post);
      const q = this.tenuresByPostKey.get(key);
      if (q) q.push(t); else this.tenuresByPostKey.set(key, [t]);
    }
  }

  /**
   * Who held a post on `date`: `Bí thư Thành ủy Hà Nội` on 2017-06-09 → Hoàng Trung Hải.
   * The post is matched as written (case- and diacritic-insensitive), else by its parts: the
   * title, and the place (any form of its name) or body named in it. Most recent holder first.
   */
  holdersOf(post: string, date: string): { person: GazetteerEntry; tenure: Tenure }[] {
    this.postTenureIndex();
    let found = this.tenuresByPostKey!.get(lookupKey(post)) ?? [];
    if (!found.length) found = this.tenuresByParts(post);
    return found
      .filter((t) => tenureOn(t, date))
      .sort((a, b) => (dateLow(b.from ?? "") < dateLow(a.from ?? "") ? -1 : 1))
      .map((t) => ({ person: this.get(t.person)!, tenure: t }))
      .filter((x) => x.person);
  }

  /** Tenures whose title and place/body are those named in `post` (`Bí thư Thành ủy TP.HCM`). */
  private tenuresByParts(post: string): Tenure[] {
    const { tokens } = tokenize(normalize(post).text);
    const matches = this.matchTokens(tokens);
    let title: GazetteerEntry | undefined;
    const placeKeys = new Set<string>();
    const bodies = new Set<string>();
    let k = 0;
    for (const m of matches) {
      if (m.first < k) continue;
      const t = m.entries.find((e) => e.kind === "title");
      if (!title && t && m.first === 0) { title = t; k = m.last; continue; }
      for (const e of m.entries) {
        if (e.kind === "place") placeKeys.add(this.nameKey(e.name));
        if (e.kind === "body") bodies.add(e.id);
      }
      if (m.entries.length) k = m.last;
    }
    if (!title) return [];
    // The tenures of that title or of a title it heads, in tenure order (an index, instead of a
    // scan of every tenure per post asked).
    return (this.titleTenureIndex().get(title.id) ?? []).filter((t) => {
      if (placeKeys.size) {
        const p = t.place ? this.get(t.place) : undefined;
        return !!p && placeKeys.has(this.nameKey(p.name));
      }
      if (bodies.size) return !!t.body && bodies.has(t.body);
      return !t.place;
    });
  }

  /** Every tenure of a person (by id, or by name: all people of that name), in time order. */
  officesOf(personIdOrName: string): Tenure[] {
    this.personTenureIndex();
    const ids = this.get(personIdOrName)?.kind === "person" ? [personIdOrName] : this.lookup(personIdOrName, { kinds: ["person"] }).map((e) => e.id);
    const out: Tenure[] = [];
    for (const id of ids) out.push(...(this.tenuresByPerson!.get(id) ?? []));
    return out.sort((a, b) => (dateLow(a.from ?? "") < dateLow(b.from ?? "") ? -1 : 1));
  }
}
