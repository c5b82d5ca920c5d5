/** Output formats of the CLI: a readable table, CoNLL (BIO per token), CSV, HTML. */
import stringWidth from "string-width";
import { normalize, originalEnd, originalStart } from "../normalize/index.js";
import { holdings, htmlDocumentEnd, htmlDocumentStart, renderBody } from "../render/index.js";
import { tokenize } from "../tokenize/index.js";
import type { Entity, Result } from "../types.js";

/** A short readable form of an entity's value. */
export function valueText(e: Entity): string {
  switch (e.type) {
    case "DATE": return e.value.timex;
    case "MONEY": return "amount" in e.value ? `${e.value.amount} ${e.value.currency}` : `${e.value.min}..${e.value.max} ${e.value.currency}`;
    case "PERSON": return e.name !== e.text ? `→ ${e.name}` : "";
    default: return "";
  }
}

// Terminal columns, not code points: NFD Vietnamese puts tone and vowel marks in combining characters
// of width 0, and CJK or emoji take two columns.
const width = (s: string) => stringWidth(s);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const oneLine = (s: string) => s.replace(/\s+/g, " ");
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** Cuts to at most `max` columns on a grapheme boundary (never between a letter and its marks). */
function fit(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = "", w = 0;
  for (const { segment } of graphemes.segment(s)) {
    const sw = width(segment);
    if (w + sw > max - 1) break;
    out += segment;
    w += sw;
  }
  return out + "…";
}

/** A readable table of entities and HOLDS relations. */
export function formatTable(id: string, r: Result): string {
  const rows = r.entities.map((e) => [e.type, `${e.start}-${e.end}`, oneLine(e.text), valueText(e), e.rule]);
  const head = ["type", "span", "text", "value", "rule"];
  const w = head.map((h, k) => Math.min(48, Math.max(width(h), ...rows.map((row) => width(row[k]!)))));
  const line = (cells: string[]) => cells.map((c, k) => pad(fit(c, 48), w[k]!)).join("  ").trimEnd();
  const out = [`# ${id}  (date ${r.meta.date ?? "unknown"}, ${r.entities.length} entities, ${r.relations.length} relations)`, line(head), line(w.map((n) => "-".repeat(n)))];
  for (const row of rows) out.push(line(row));
  const holders = holdings(r);
  if (holders.length) {
    // Who holds what: each person–role pair once, however often the article repeats it.
    out.push("", "HOLDS:");
    const nameWidth = Math.min(40, Math.max(...holders.map((h) => width(h.name))));
    for (const h of holders) {
      h.roles.forEach((ro, k) => {
        const who = pad(k === 0 ? fit(h.name, 40) : "", nameWidth);
        const extra = [ro.when ?? "", ...ro.modifiers, ro.mentions > 1 ? `×${ro.mentions}` : ""].filter(Boolean).join(", ");
        out.push(`  ${who}  —  ${ro.text}${extra ? `  (${extra})` : ""}`.trimEnd());
      });
    }
  }
  for (const w2 of r.meta.warnings) out.push(`warning: ${w2}`);
  return out.join("\n") + "\n";
}

const TAG: Record<string, string> = { PERSON: "PER", ROLE: "ROLE", ORG: "ORG", LOC: "LOC", MONEY: "MONEY", DATE: "DATE" };

/** CoNLL: one token per line (token, start, end, BIO tag of the outermost entity); sentences separated by blank lines. */
export function formatConll(id: string, r: Result): string {
  const n = normalize(r.text);
  const { tokens, sentences } = tokenize(n.text);
  // Outermost entities only (nested LOC inside ROLE/ORG is dropped in BIO).
  const outer: Entity[] = [];
  for (const e of r.entities) {
    const last = outer[outer.length - 1];
    if (last && e.start < last.end) continue;
    outer.push(e);
  }
  const lines = [`# id = ${id}`];
  let k = 0;
  for (const s of sentences) {
    for (let t = s.first; t < s.last; t++) {
      const tok = tokens[t]!;
      const start = originalStart(n, tok.start), end = originalEnd(n, tok.end);
      while (k < outer.length && outer[k]!.end <= start) k++;
      const e = outer[k];
      let tag = "O";
      if (e && e.start < end && start < e.end) tag = `${e.start >= start ? "B" : "I"}-${TAG[e.type]}`;
      lines.push(`${r.text.slice(start, end).replace(/\s+/g, " ")}\t${start}\t${end}\t${tag}`);
    }
    lines.push("");
  }
  return lines.join("\n") + "\n";
}

/** A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. */
const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
/** Ids are always quoted, so that a reader sees `"000"` as text (pandas still needs `dtype={"id": str}`). */
const csvId = (s: string) => `"${s.replace(/"/g, '""')}"`;
const num = (x: unknown) => (typeof x === "number" ? String(x) : "");
const str = (x: unknown) => (typeof x === "string" ? x : "");

/** The three tidy tables of `--format csv`, joinable on `doc_id` (and entity indices). */
export type CsvTable = "entities" | "relations" | "documents";
export const CSV_TABLES: readonly CsvTable[] = ["entities", "relations", "documents"];

/** Header lines of the CSV tables. */
export const CSV_HEADERS: Record<CsvTable, string> = {
  entities: "doc_id,index,type,start,end,text,rule,name,ref,amount,currency,min,max,timex,attrs\n",
  relations: "doc_id,index,type,person,person_text,person_name,person_ref,role,role_text,role_ref,when,rule\n",
  documents: "doc_id,line,date,date_source,characters,entities,relations,PERSON,ROLE,ORG,LOC,MONEY,DATE,warnings,error\n",
};

/** The header of the entity table (the default CSV to stdout). */
export function formatCsvHeader(): string {
  return CSV_HEADERS.entities;
}

/**
 * Entity rows: `value` split into `amount`, `currency`, `min`, `max`, `timex`; `attrs` (and any other
 * value field) as a JSON object. Offsets are those of `r` (already converted by {@link convertOffsets}).
 */
export function formatCsvEntities(id: string, r: Pick<Result, "entities">): string {
  let out = "";
  r.entities.forEach((entity, k) => {
    // The optional fields differ by entity type; a table has a column for each.
    const e = entity as typeof entity & { value?: object; name?: string; ref?: string; attrs?: object };
    const { amount, currency, min, max, timex, ...otherValue } = (e.value ?? {}) as Record<string, unknown>;
    const rest = { ...otherValue, ...(e.attrs ?? {}) };
    out += [csvId(id), String(k), e.type, String(e.start), String(e.end), csvCell(e.text), csvCell(e.rule), csvCell(e.name ?? ""), csvCell(e.ref ?? ""),
      num(amount), str(currency), num(min), num(max), csvCell(str(timex)), Object.keys(rest).length ? csvCell(JSON.stringify(rest)) : ""].join(",") + "\n";
  });
  return out;
}

/** Relation rows: the person and role entities by index, with their text, name and ref; `when` is the relation's TIMEX3 value when it has one. */
export function formatCsvRelations(id: string, r: Pick<Result, "entities" | "relations">): string {
  let out = "";
  r.relations.forEach((rel, k) => {
    type Named = { text: string; name?: string; ref?: string };
    const p = r.entities[rel.person] as Named | undefined, ro = r.entities[rel.role] as Named | undefined;
    const when = (rel as { when?: { timex?: string } }).when?.timex ?? "";
    out += [csvId(id), String(k), rel.type, String(rel.person), csvCell(p?.text ?? ""), csvCell(p?.name ?? p?.text ?? ""), csvCell(p?.ref ?? ""),
      String(rel.role), csvCell(ro?.text ?? ""), csvCell(ro?.ref ?? ""), csvCell(when), csvCell(rel.rule ?? "")].join(",") + "\n";
  });
  return out;
}

/** One document row: its date and where it came from, counts per type, warnings (JSON array), and the error when it failed. */
export function formatCsvDocument(id: string, line: number | null, r: Pick<Result, "entities" | "relations" | "meta"> & { characters: number } | null, error = ""): string {
  const counts: Record<string, number> = { PERSON: 0, ROLE: 0, ORG: 0, LOC: 0, MONEY: 0, DATE: 0 };
  for (const e of r?.entities ?? []) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const cells = r
    ? [String(r.characters), String(r.entities.length), String(r.relations.length), ...Object.values(counts).map(String)]
    : ["", "", "", "", "", "", "", "", ""];
  return [csvId(id), line === null ? "" : String(line), r?.meta.date ?? "", r?.meta.dateSource ?? "", ...cells,
    r && r.meta.warnings.length ? csvCell(JSON.stringify(r.meta.warnings)) : "", csvCell(error)].join(",") + "\n";
}

/** Offsets as counted by the consumer: UTF-16 code units (JavaScript, the default), code points (Python), or UTF-8 bytes. */
export type OffsetUnit = "utf16" | "codepoint" | "utf8";

/**
 * Returns the entities with `start`/`end` counted in `unit` instead of UTF-16 code units. One pass
 * over the text up to the last offset (offsets are sorted first), so linear in the text.
 */
export function convertOffsets<E extends { start: number; end: number }>(text: string, entities: readonly E[], unit: OffsetUnit): E[] {
  if (unit === "utf16") return entities as E[];
  const wanted = [...new Set(entities.flatMap((e) => [e.start, e.end]))].sort((a, b) => a - b);
  const map = new Map<number, number>();
  let i = 0, n = 0;
  for (const w of wanted) {
    for (; i < w; i++) {
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (unit === "codepoint") n += 1;
      else n += pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      if (pair) i++;
    }
    map.set(w, n);
  }
  return entities.map((e) => ({ ...e, start: map.get(e.start)!, end: map.get(e.end)! }));
}

/** HTML: the start of one self-contained document (styles, no script). */
export function formatHtmlHeader(): string {
  return htmlDocumentStart("thoisu");
}

/** HTML: one article, its text with entities marked, a legend and a who-holds-what table. */
export function formatHtmlDoc(id: string, r: Result): string {
  return `<article class="thoisu">\n${renderBody(r, { title: id })}\n</article>\n`;
}

/** HTML: the end of the document. */
export function formatHtmlFooter(): string {
  return htmlDocumentEnd();
}
