// Builds the gazetteer: reads data/*.tsv, validates every table, and writes compact TypeScript
// modules to src/data/generated/ (strings of tab-separated rows, parsed lazily at run time, so
// the core stays free of fs and cheap to import).
//
// Usage: node scripts/build-data.mjs        (npm run build:data)
// The validator is exported so tests/data/data-tables.test.ts can run it on good and on broken tables.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as pack from "./lib/pack.mjs";
import { spellingOrder, twoSyllableWords } from "./lib/syllables.mjs";

/** Columns of each table, in order. A table must have exactly these. */
export const SCHEMAS = {
  places: ["id", "name", "type", "aliases", "ambiguous_aliases", "parent", "valid_from", "valid_to", "successors", "merged_from", "name_from", "code", "source", "uncertain"],
  communes: ["id", "name", "type", "parent", "valid_from", "valid_to", "successors", "source"],
  bodies: ["id", "name", "type", "aliases", "ambiguous_aliases", "parent", "valid_from", "valid_to", "successors", "source", "uncertain"],
  "body-templates": ["id", "head", "aliases", "wraps", "place_types", "unit_word", "body_type", "fields", "valid_from", "valid_to", "example", "source"],
  titles: ["id", "name", "type", "aliases", "ambiguous_aliases", "head", "body_kind", "single_holder", "level", "valid_from", "valid_to", "source", "uncertain"],
  people: ["id", "name", "aliases", "born", "source", "uncertain"],
  tenures: ["person", "post", "title", "body", "place", "from", "to", "source", "uncertain"],
};

/** Id prefixes allowed per table. */
const ID_PATTERNS = {
  places: /^(nuoc|vung|noi|tinh|huyen):[a-z0-9-]+$/,
  communes: /^(xa|xa2025):\d{5}$/,
  bodies: /^org:[a-z0-9-]+$/,
  "body-templates": /^tpl:[a-z0-9-]+$/,
  titles: /^title:[a-z0-9-]+$/,
  people: /^person:[a-z0-9-]+$/,
};

export const PLACE_TYPES = ["country", "region", "foreign-city", "foreign-province", "province", "centrally-run-city", "district", "urban-district", "town", "city", "commune", "ward", "township", "special-zone"];
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Parses a TSV text into rows (objects keyed by the header). */
export function parseTsv(text) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const header = (lines[0] ?? "").split("\t");
  const rows = lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    const row = { _line: i + 2, _cells: cells.length };
    header.forEach((h, k) => (row[h] = cells[k] ?? ""));
    return row;
  });
  return { header, rows };
}

const list = (s) => (s ? s.split("|").map((x) => x.trim()).filter(Boolean) : []);
/** Lower bound of a possibly partial ISO date (`2016` → `2016-01-01`). */
export const dateLow = (d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** Upper bound of a possibly partial ISO date (`2016` → `2016-12-31`). */
export const dateHigh = (d) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * Validates the tables (name → TSV text). Returns a list of human-readable errors; empty = valid.
 * Checks: exact columns, cell count, NFC, no tabs/odd whitespace, unique ids with the table's
 * prefix, known types, ISO dates with from <= to, references (parents, successors, merged_from,
 * title heads, template wraps, tenure person/title/body/place), and no overlapping tenures of
 * single-holder posts (same title, body and place).
 */
export function validateTables(texts) {
  const errors = [];
  const tables = {};
  for (const [name, cols] of Object.entries(SCHEMAS)) {
    const text = texts[name];
    if (text === undefined) { errors.push(`${name}: missing table`); continue; }
    const { header, rows } = parseTsv(text);
    if (header.join("\t") !== cols.join("\t")) errors.push(`${name}: columns are [${header.join(", ")}], expected [${cols.join(", ")}]`);
    for (const r of rows) {
      if (r._cells !== cols.length) errors.push(`${name}:${r._line}: ${r._cells} cells, expected ${cols.length}`);
      for (const c of cols) {
        const v = r[c] ?? "";
        if (v !== v.normalize("NFC")) errors.push(`${name}:${r._line}: ${c} is not NFC`);
        if (v !== v.trim() || /[\r\u00a0\u200b]/.test(v)) errors.push(`${name}:${r._line}: ${c} has stray whitespace`);
      }
    }
    tables[name] = rows;
  }
  const ids = new Map();
  for (const [name, re] of Object.entries(ID_PATTERNS)) {
    for (const r of tables[name] ?? []) {
      if (!re.test(r.id)) errors.push(`${name}:${r._line}: bad id "${r.id}"`);
      if (ids.has(r.id)) errors.push(`${name}:${r._line}: duplicate id "${r.id}" (also in ${ids.get(r.id)})`);
      ids.set(r.id, name);
      const label = name === "body-templates" ? r.head : r.name;
      if (!label) errors.push(`${name}:${r._line}: empty name`);
    }
  }
  const isPlace = (id) => ids.get(id) === "places" || ids.get(id) === "communes";
  const checkDates = (name, r, fromCol, toCol) => {
    for (const c of [fromCol, toCol]) if (r[c] && !DATE.test(r[c])) errors.push(`${name}:${r._line}: ${c} "${r[c]}" is not an ISO date`);
    if (r[fromCol] && r[toCol] && dateLow(r[fromCol]) > dateHigh(r[toCol])) errors.push(`${name}:${r._line}: ${fromCol} ${r[fromCol]} is after ${toCol} ${r[toCol]}`);
  };
  for (const name of ["places", "communes"]) {
    for (const r of tables[name] ?? []) {
      if (!PLACE_TYPES.includes(r.type)) errors.push(`${name}:${r._line}: unknown place type "${r.type}"`);
      checkDates(name, r, "valid_from", "valid_to");
      if (r.parent && !ids.has(r.parent)) errors.push(`${name}:${r._line}: parent "${r.parent}" does not exist`);
      for (const col of ["successors", "merged_from", "name_from"]) {
        for (const s of list(r[col])) if (!isPlace(s)) errors.push(`${name}:${r._line}: ${col} "${s}" is not a place`);
      }
      if (r.successors && !r.valid_to) errors.push(`${name}:${r._line}: has successors but no valid_to`);
      for (const a of list(r.ambiguous_aliases)) if (a !== r.name && !list(r.aliases).includes(a)) errors.push(`${name}:${r._line}: ambiguous alias "${a}" is not among the aliases`);
    }
  }
  for (const r of tables.bodies ?? []) {
    checkDates("bodies", r, "valid_from", "valid_to");
    if (r.parent && !ids.has(r.parent)) errors.push(`bodies:${r._line}: parent "${r.parent}" does not exist`);
    for (const s of list(r.successors)) if (!ids.has(s)) errors.push(`bodies:${r._line}: successor "${s}" does not exist`);
    for (const a of list(r.ambiguous_aliases)) if (a !== r.name && !list(r.aliases).includes(a)) errors.push(`bodies:${r._line}: ambiguous alias "${a}" is not among the aliases`);
  }
  const bodyTypes = new Set((tables.bodies ?? []).map((r) => r.type));
  for (const r of tables["body-templates"] ?? []) {
    checkDates("body-templates", r, "valid_from", "valid_to");
    for (const w of list(r.wraps)) if (ids.get(w) !== "body-templates") errors.push(`body-templates:${r._line}: wraps "${w}" is not a template`);
    for (const t of list(r.place_types)) if (!PLACE_TYPES.includes(t)) errors.push(`body-templates:${r._line}: unknown place type "${t}"`);
    if (!r.wraps && !r.place_types) errors.push(`body-templates:${r._line}: needs place_types or wraps`);
    if (!["none", "optional", "required"].includes(r.unit_word)) errors.push(`body-templates:${r._line}: unit_word must be none|optional|required`);
  }
  for (const r of tables.titles ?? []) {
    checkDates("titles", r, "valid_from", "valid_to");
    if (!["title", "title-head", "foreign-title", "rank"].includes(r.type)) errors.push(`titles:${r._line}: unknown title type "${r.type}"`);
    if (r.head && ids.get(r.head) !== "titles") errors.push(`titles:${r._line}: head "${r.head}" is not a title`);
    if (!["yes", "no"].includes(r.single_holder)) errors.push(`titles:${r._line}: single_holder must be yes|no`);
    for (const k of list(r.body_kind)) {
      const ok = k.includes(":") ? ids.has(k) : PLACE_TYPES.includes(k) || bodyTypes.has(k) || ["company", "agency", "party"].includes(k);
      if (!ok) errors.push(`titles:${r._line}: body_kind "${k}" is neither an id nor a known body/place type`);
    }
  }
  for (const r of tables.people ?? []) if (r.born && !DATE.test(r.born)) errors.push(`people:${r._line}: born "${r.born}" is not an ISO date`);
  const single = new Set((tables.titles ?? []).filter((t) => t.single_holder === "yes").map((t) => t.id));
  const groups = new Map();
  for (const r of tables.tenures ?? []) {
    if (ids.get(r.person) !== "people") errors.push(`tenures:${r._line}: person "${r.person}" does not exist`);
    if (!r.post) errors.push(`tenures:${r._line}: empty post`);
    if (r.title && ids.get(r.title) !== "titles") errors.push(`tenures:${r._line}: title "${r.title}" does not exist`);
    if (r.body && ids.get(r.body) !== "bodies" && ids.get(r.body) !== "body-templates") errors.push(`tenures:${r._line}: body "${r.body}" does not exist`);
    if (r.place && !isPlace(r.place)) errors.push(`tenures:${r._line}: place "${r.place}" does not exist`);
    if (!r.source) errors.push(`tenures:${r._line}: empty source`);
    checkDates("tenures", r, "from", "to");
    if (r.title && single.has(r.title)) {
      const key = `${r.title}|${r.body}|${r.place}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(r);
    }
  }
  for (const [key, rows] of groups) {
    const sorted = rows.filter((r) => r.from).sort((a, b) => (dateLow(a.from) < dateLow(b.from) ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1], cur = sorted[i];
      // Only a definite overlap counts: a handover on the same day is fine, and a month- or
      // year-level date may fall on either side of the predecessor's last day.
      if (!prev.to || dateHigh(cur.from) < dateLow(prev.to)) {
        errors.push(`tenures:${cur._line}: ${cur.person} (${cur.from}) overlaps ${prev.person} (${prev.from}..${prev.to || "open"}) in single-holder post ${key}`);
      }
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Generation

const HEADER = "// Generated by scripts/build-data.mjs from data/*.tsv. Do not edit: edit the TSV files and run `npm run build:data`.\n/* eslint-disable */\n";

/** Interns long repeated strings (sources) into an array; rows carry the index. */
function interner() {
  const values = [];
  const index = new Map();
  return {
    values,
    id(s) {
      if (!index.has(s)) { index.set(s, values.length); values.push(s); }
      return String(index.get(s));
    },
  };
}

/**
 * Rows as columns, each a string of its cells joined by "\n" (cells of a column look alike, so
 * they gzip better side by side); read back by `rows` in src/gazetteer/data.ts. The first column
 * is never empty in a row, so an empty first column means no rows.
 */
const columns = (rows) => {
  for (const cells of rows) for (const c of cells) if (String(c).includes("\n")) throw new Error(`build-data: a cell holds a line break: ${JSON.stringify(c)}`);
  if (rows.some((cells) => !cells[0])) throw new Error("build-data: a row has an empty first cell");
  const n = rows[0]?.length ?? 0;
  return `[${Array.from({ length: n }, (_, k) => lit(rows.map((cells) => cells[k]).join("\n"))).join(", ")}]`;
};
const lit = (s) => JSON.stringify(s);

/** The id prefix of a place type (src/gazetteer/data.ts `PLACE_ID_PREFIX`); a place of another prefix keeps its id. */
export const PLACE_ID_PREFIX = {
  country: "nuoc", region: "vung", "foreign-city": "noi", "foreign-province": "noi", province: "tinh", "centrally-run-city": "tinh",
  district: "huyen", "urban-district": "huyen", town: "huyen", city: "huyen",
};
/** A place name as an id slug (`Thành phố Hồ Chí Minh` → `thanh-pho-ho-chi-minh`), as src/gazetteer/data.ts `placeSlug`. */
export const placeSlug = (name) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
/**
 * How a place id is written: empty when it is the type's prefix and the name's slug, `#` when it
 * is the prefix and the code (districts), a suffix (`-truoc-2004`) after the prefix and slug, or
 * `=` and the id.
 */
function placeIdCode(r) {
  const prefix = PLACE_ID_PREFIX[r.type];
  const slug = prefix ? `${prefix}:${placeSlug(r.name)}` : undefined;
  const code = prefix && r.code ? `${prefix}:${r.code}` : undefined;
  if (r.id === slug) return "";
  if (r.id === code) return "#";
  if (slug && r.id.startsWith(`${slug}-`)) return r.id.slice(slug.length);
  return `=${r.id}`;
}

/**
 * How a body's or title's id is written: empty when it is the prefix and the name's slug
 * (`org:bo-tai-chinh`), a suffix after them, or `=` and the id (src/gazetteer/data.ts `slugId`).
 */
function slugIdCode(id, prefix, name) {
  const slug = `${prefix}:${placeSlug(name)}`;
  return id === slug ? "" : id.startsWith(`${slug}-`) ? id.slice(slug.length) : `=${id}`;
}

/** A person id as the runtime derives it from the name (src/gazetteer/data.ts `personSlug`). */
export const personSlug = (name) => `person:${name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().split(" ").join("-")}`;

/**
 * People and tenures (about 900 and 2,400 rows), packed by column as the communes are, decoded by
 * src/gazetteer/data.ts on the gazetteer's first use. What the runtime never reads stays in
 * data/: birth dates, the source and note texts (an entry's `source` is its row's address in the
 * table, `data/people.tsv:<line>`, and `uncertain` that address too when the row has a note).
 * Person ids are derived from the name (a suffix kept where they differ); a tenure's person is
 * that person's row number, as a difference from the tenure before; post, title, body, place and
 * the dates are indexes into dictionaries, range-coded by recency (scripts/lib/pack.mjs `recentRows`).
 */
function packPeople(people, tenures, syllables) {
  const rowOf = new Map(people.map((r, i) => [r.id, i]));
  const idSuffix = (r) => {
    const derived = personSlug(r.name);
    return r.id === derived ? "" : r.id.startsWith(`${derived}-`) ? r.id.slice(derived.length) : `=${r.id}`;
  };
  for (const r of people) if (idSuffix(r).includes("\n") || r.name.includes("\n") || r.aliases.includes("\n")) throw new Error(`build-data: a line break in ${r.id}`);
  const column = (name, doc, d) => `/** ${doc} */\nexport const ${name} = ${lit(d.values)};\nexport const ${name}_ROWS = ${lit(d.rows)};\n`;
  const dates = pack.codedSortedDictionary(tenures.flatMap((r) => [r.from, r.to]), 2);
  return `${HEADER}// Packed by scripts/build-data.mjs (packPeople; format: scripts/lib/pack.mjs), decoded by src/gazetteer/data.ts.\n` +
    `/** People: how many. */\nexport const PEOPLE_COUNT = ${people.length};\n` +
    `/** People: names, range-coded (see NameWriter). */\nexport const PEOPLE_NAMES = ${lit(people.reduce((w, r) => w.spell(r.name), new NameWriter(syllables)).finish())};\n` +
    `/** Per person, how its id differs from the one its name gives: empty (the same), a suffix, or \`=\` and the id. */\nexport const PEOPLE_IDS = ${lit(people.map(idSuffix).join("\n"))};\n` +
    `/** Per person, its aliases (\`|\`-separated). */\nexport const PEOPLE_ALIASES = ${lit(people.map((r) => r.aliases).join("\n"))};\n` +
    `/** The people whose row has a note (\`uncertain\`), as a row set. */\nexport const PEOPLE_UNCERTAIN = ${lit(pack.rowSet(people.map((r) => r.uncertain !== "")))};\n` +
    `/** Tenures: the person's row, as differences from the tenure before, range-coded (their count first). */\nexport const TENURE_PERSONS = ${lit(pack.codedDeltas(tenures.map((r) => rowOf.get(r.person))))};\n` +
    column("TENURE_POSTS", "Posts (sorted, front-coded) and per tenure its index (range-coded: `recentRows`).", pack.codedSortedDictionary(tenures.map((r) => r.post))) +
    column("TENURE_TITLES", "Title ids (in order of first use) and per tenure its index (range-coded).", pack.codedDictionary(tenures.map((r) => r.title))) +
    column("TENURE_BODIES", "Body ids, as TENURE_TITLES.", pack.codedDictionary(tenures.map((r) => r.body))) +
    column("TENURE_PLACES", "Place ids, as TENURE_TITLES.", pack.codedDictionary(tenures.map((r) => r.place))) +
    `/** The dates of the tenures, \`from\` and \`to\` (sorted, front-coded; empty first). */\nexport const TENURE_DATES = ${lit(dates.values)};\n` +
    `/** Per tenure, the indexes of its \`from\` and \`to\` in TENURE_DATES (range-coded, \`from\` and \`to\` each a lane of its own). */\nexport const TENURE_DATES_ROWS = ${lit(dates.rows)};\n` +
    `/** The tenures whose row has a note (\`uncertain\`), as a row set. */\nexport const TENURE_UNCERTAIN = ${lit(pack.rowSet(tenures.map((r) => r.uncertain !== "")))};\n`;
}

/** Contexts of range-coded names (src/gazetteer/data.ts `NameReader` reads them alike). */
export const NAME_LENGTH = 0, NAME_KEPT = 1, NAME_SYLLABLE = 2; // NAME_SYLLABLE + the syllable's position (0, 1, 2 for the rest)
/**
 * Names as syllable ids, range-coded (scripts/lib/pack.mjs): per name, the number of syllables
 * and their ids in one table of the syllables of all names (communes, places, people: most
 * frequent first), each in the context of its position in the name; or 0 syllables and a rank
 * (`kept`: a new commune that keeps a predecessor's name).
 */
class NameWriter {
  constructor(syllables) {
    this.id = new Map(syllables.map((x, i) => [x, i]));
    this.enc = new pack.RangeEncoder();
    this.model = new pack.UintModel(NAME_SYLLABLE + 3, 12);
  }
  spell(name) {
    const p = name.split(" ");
    this.model.encode(this.enc, NAME_LENGTH, p.length);
    p.forEach((x, k) => this.model.encode(this.enc, NAME_SYLLABLE + Math.min(k, 2), this.id.get(x)));
    return this;
  }
  kept(k) {
    this.model.encode(this.enc, NAME_LENGTH, 0);
    this.model.encode(this.enc, NAME_KEPT, k);
    return this;
  }
  finish() { return this.enc.finish(); }
}
/** How many of the most frequent name syllables are written out first (`nameSyllables`). */
const NAME_SYLLABLES_FREQUENT = 128;
/**
 * The table of the syllables of `names`: the most frequent (spelled, one a line), then those
 * that are a syllable of the two-syllable words capitalised (`Tân`, `Phú`: a range-coded flag
 * per syllable of `pairs`, in its order), then the others (`Nguyễn`, `Đắk`, `1`, spelled, most
 * frequent first). Ids run through the three, in that order.
 */
function nameSyllables(names, pairs) {
  const count = new Map();
  for (const n of names) for (const x of n.split(" ")) count.set(x, (count.get(x) ?? 0) + 1);
  const byCount = [...count.keys()].sort((a, b) => count.get(b) - count.get(a) || (a < b ? -1 : a > b ? 1 : 0));
  const frequent = byCount.slice(0, NAME_SYLLABLES_FREQUENT), rest = new Set(byCount.slice(NAME_SYLLABLES_FREQUENT));
  const enc = new pack.RangeEncoder(), probs = new Uint16Array(1).fill(1024);
  const listed = [];
  for (const x of pairs) {
    const name = capitalised(x), is = rest.has(name);
    enc.bit(probs, 0, is ? 1 : 0);
    if (is) { listed.push(name); rest.delete(name); }
  }
  const other = [...rest];
  for (const x of [...frequent, ...other]) if (x.includes("\n")) throw new Error(`build-data: a name syllable holds a line break: ${JSON.stringify(x)}`);
  return { syllables: [...frequent, ...listed, ...other], frequent: frequent.join("\n"), listed: enc.finish(), other: other.join("\n") };
}
/** A syllable with its first letter upper-case (as src/gazetteer/data.ts `capitalised`). */
const capitalised = (x) => x.charAt(0).toUpperCase() + x.slice(1);

/**
 * Commune names, old ones first, as `NameWriter` writes them. Two in three new communes keep
 * the name of one of the communes merged into them: written as that predecessor's rank among
 * them (in table order).
 */
function communeNames(old, neu, syllables) {
  const w = new NameWriter(syllables);
  const predecessorNames = new Map();
  for (const r of old) {
    w.spell(r.name);
    for (const x of list(r.successors)) { if (!predecessorNames.has(x)) predecessorNames.set(x, []); predecessorNames.get(x).push(r.name); }
  }
  for (const r of neu) {
    const k = (predecessorNames.get(r.id) ?? []).indexOf(r.name);
    if (k < 0) w.spell(r.name); else w.kept(k);
  }
  return w.finish();
}

/** Contexts of the range-coded successors, and how many recent successors are kept (as src/gazetteer/data.ts `communeSuccessors`). */
export const SUCCESSOR_COUNT = 0, SUCCESSOR_RECENT = 1, SUCCESSOR_ROW = 2, SUCCESSOR_CODE = 3, RECENT_SUCCESSORS = 32;
/**
 * The successors of the old communes, range-coded: per commune, how many, then each one as its
 * rank + 1 among the last 32 distinct successors written (most recent first: neighbours merge
 * into the same new commune), or 0 and where its code is: nearly every new commune took the code
 * of one of the communes merged into it, so the signed distance to the old commune of that code,
 * in rows, + 1 (zigzag); 0 and then the code itself when no old commune has it.
 */
function communeSuccessors(old, oldCodes, codeOf) {
  const rowOfCode = new Map(oldCodes.map((c, i) => [c, i]));
  const enc = new pack.RangeEncoder(), model = new pack.UintModel(4, 3);
  const recent = [];
  old.forEach((r, i) => {
    const codes = list(r.successors).map(codeOf);
    model.encode(enc, SUCCESSOR_COUNT, codes.length);
    for (const c of codes) {
      const k = recent.indexOf(c);
      model.encode(enc, SUCCESSOR_RECENT, k + 1);
      if (k >= 0) recent.splice(k, 1);
      else {
        const row = rowOfCode.get(c);
        if (row === undefined) { model.encode(enc, SUCCESSOR_ROW, 0); model.encode(enc, SUCCESSOR_CODE, c); }
        else { const d = row - i; model.encode(enc, SUCCESSOR_ROW, (d < 0 ? -2 * d - 1 : 2 * d) + 1); }
        if (recent.length === RECENT_SUCCESSORS) recent.pop();
      }
      recent.unshift(c);
    }
  });
  return enc.finish();
}

export function generate(texts) {
  const pairSyllables = spellingOrder(twoSyllableWords(new URL("../", import.meta.url)).syllables);
  const t = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, parseTsv(v).rows]));
  const sources = interner();
  const files = {};
  // One table of the syllables of the names of communes, places and people (NameWriter).
  const table = nameSyllables([...t.communes, ...t.places, ...t.people].map((r) => r.name), pairSyllables);
  const syllables = table.syllables;
  files["syllables.ts"] = `${HEADER}// The syllables of the names of communes, places and people (see nameSyllables in scripts/build-data.mjs): ids run through the three lists.\n` +
    `/** The most frequent, one a line. */\nexport const SYLLABLES_FREQUENT = ${lit(table.frequent)};\n` +
    `/** Range-coded: per syllable of the two-syllable words (src/data/word-pairs.ts \`pairSyllables\`), whether its capitalised form is one. */\nexport const SYLLABLES_LISTED = ${lit(table.listed)};\n` +
    `/** The others, most frequent first, one a line. */\nexport const SYLLABLES_OTHER = ${lit(table.other)};\n`;
  // Place ids are not shipped where the name, type and code give them (placeIdCode).
  files["places.ts"] = `${HEADER}/** Names, range-coded (see NameWriter in scripts/build-data.mjs). */\nexport const PLACE_NAMES = ${lit(t.places.reduce((w, r) => w.spell(r.name), new NameWriter(syllables)).finish())};\n` +
    `/** Columns (cells joined by \\n): type, id (see placeIdCode in scripts/build-data.mjs), aliases, ambiguous_aliases, parent, valid_from, valid_to, successors, merged_from, name_from, code, source#, uncertain */\nexport const PLACES = ${columns(
    (t.places.map((r) => [r.type, placeIdCode(r), r.aliases, r.ambiguous_aliases, r.parent, r.valid_from, r.valid_to, r.successors, r.merged_from, r.name_from, r.code, sources.id(r.source), r.uncertain])),
  )};\n`;
  // Communes (13,000 rows, most of the data): packed by column (scripts/lib/pack.mjs), decoded by
  // src/gazetteer/data.ts when a text first names a commune. Codes as differences from the row
  // before; few-valued columns (type, parent, dates, source) as dictionaries; all range-coded (communeNames, communeSuccessors). Values are stored as the entries take them.
  const old = [], neu = [];
  for (const r of t.communes) (r.id.startsWith("xa:") ? old : neu).push({ ...r, src: sources.id(r.source) });
  const codeOf = (id, prefix) => {
    if (!new RegExp(`^${prefix}:\\d{5}$`).test(id)) throw new Error(`build-data: commune id "${id}" is not ${prefix}:<5 digits>`);
    return Number(id.slice(prefix.length + 1));
  };
  const oldCodes = old.map((r) => codeOf(r.id, "xa"));
  const names = communeNames(old, neu, syllables);
  const column = (name, values) => { const d = pack.codedDictionary(values); return `export const ${name} = ${lit(d.values)};\nexport const ${name}_ROWS = ${lit(d.rows)};\n`; };
  files["communes.ts"] = `${HEADER}// Packed by scripts/build-data.mjs (format: scripts/lib/pack.mjs), decoded by src/gazetteer/data.ts.\n` +
    `/** Names of the communes before 2025-07-01, then of those from 2025-07-01, range-coded (see communeNames in scripts/build-data.mjs). */\nexport const NAMES = ${lit(names)};\n` +
    `/** Communes before 2025-07-01 (ids xa:<code>): codes as differences from the row before, range-coded (their count first). */\nexport const OLD_CODES = ${lit(pack.codedDeltas(oldCodes))};\n` +
    column("OLD_TYPES", old.map((r) => r.type)) +
    column("OLD_PARENTS", old.map((r) => `huyen:${r.parent.replace(/^huyen:/, "")}`)) +
    `/** Successors (xa2025:<code>), range-coded (see communeSuccessors in scripts/build-data.mjs). */\nexport const OLD_SUCCESSORS = ${lit(communeSuccessors(old, oldCodes, (id) => codeOf(id, "xa2025")))};\n` +
    column("OLD_FROM", old.map((r) => r.valid_from)) +
    column("OLD_TO", old.map((r) => r.valid_to)) +
    column("OLD_SOURCES", old.map((r) => r.src)) +
    `/** Communes from 2025-07-01 (ids xa2025:<code>), as above. */\nexport const NEW_CODES = ${lit(pack.codedDeltas(neu.map((r) => codeOf(r.id, "xa2025"))))};\n` +
    column("NEW_TYPES", neu.map((r) => r.type)) +
    column("NEW_PARENTS", neu.map((r) => r.parent)) +
    column("NEW_FROM", neu.map((r) => r.valid_from || "2025-07-01")) +
    column("NEW_TO", neu.map((r) => r.valid_to)) +
    column("NEW_SOURCES", neu.map((r) => r.src));
  files["bodies.ts"] = `${HEADER}/** Columns (cells joined by \\n): name, id (see slugIdCode in scripts/build-data.mjs), type, aliases, ambiguous_aliases, parent, valid_from, valid_to, successors, source#, uncertain */\nexport const BODIES = ${columns(
    (t.bodies.map((r) => [r.name, slugIdCode(r.id, "org", r.name), r.type, r.aliases, r.ambiguous_aliases, r.parent, r.valid_from, r.valid_to, r.successors, sources.id(r.source), r.uncertain])),
  )};\n/** Columns: id, head, aliases, wraps, place_types, unit_word, body_type, fields, valid_from, valid_to, example, source# */\nexport const TEMPLATES = ${columns(
    (t["body-templates"].map((r) => [r.id, r.head, r.aliases, r.wraps, r.place_types, r.unit_word, r.body_type, r.fields, r.valid_from, r.valid_to, r.example, sources.id(r.source)])),
  )};\n/** Columns: name, id (as in BODIES), type, aliases, ambiguous_aliases, head, body_kind, single_holder, level, valid_from, valid_to, source#, uncertain */\nexport const TITLES = ${columns(
    (t.titles.map((r) => [r.name, slugIdCode(r.id, "title", r.name), r.type, r.aliases, r.ambiguous_aliases, r.head, r.body_kind, r.single_holder, r.level, r.valid_from, r.valid_to, sources.id(r.source), r.uncertain])),
  )};\n`;
  files["people.ts"] = packPeople(t.people, t.tenures, syllables);
  files["sources.ts"] = `${HEADER}/** Sources cited by the rows of the other generated modules (by index). */\nexport const SOURCES: readonly string[] = ${JSON.stringify(sources.values, null, 0)};\n`;
  return files;
}

function main() {
  const dataDir = new URL("../data/", import.meta.url);
  const outDir = new URL("../src/data/generated/", import.meta.url);
  const texts = {};
  for (const name of Object.keys(SCHEMAS)) {
    const file = new URL(`${name}.tsv`, dataDir);
    if (!existsSync(file)) throw new Error(`build-data: missing data/${name}.tsv`);
    texts[name] = readFileSync(file, "utf8");
  }
  const errors = validateTables(texts);
  if (errors.length) {
    console.error(`build-data: ${errors.length} error(s) in data/:\n  ${errors.slice(0, 50).join("\n  ")}`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const files = generate(texts);
  let bytes = 0;
  for (const [name, code] of Object.entries(files)) {
    writeFileSync(new URL(name, outDir), code);
    bytes += Buffer.byteLength(code);
  }
  console.log(`build-data: ${Object.keys(files).length} modules, ${(bytes / 1024).toFixed(0)} KiB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
