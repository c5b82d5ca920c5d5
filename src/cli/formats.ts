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

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV header line. */
export function formatCsvHeader(): string {
  return "id,type,start,end,text,value,name,rule,ref\n";
}

/** One CSV row per entity. */
export function formatCsvRows(id: string, r: Result): string {
  return r.entities.map((e) => {
    const v = e.type === "MONEY" || e.type === "DATE" ? valueText(e) : "";
    const name = e.type === "PERSON" ? e.name : "";
    const ref = "ref" in e ? e.ref ?? "" : "";
    return [id, e.type, String(e.start), String(e.end), e.text, v, name, e.rule, ref].map(csvCell).join(",");
  }).join("\n") + (r.entities.length ? "\n" : "");
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
