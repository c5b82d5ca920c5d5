/**
 * The work done for a batch of JSONL lines or one plain-text article, the same in a pool worker and
 * in the main thread (plain text with `--jobs 1`; a batch that ran out of memory in a worker): split and decode the lines, parse each record, extract, format,
 * and encode the output as UTF-8, so that the main thread only reads and writes bytes.
 */
import { extract } from "../index.js";
import { parseDateOption } from "../pipeline/reference-date.js";
import type { Result } from "../types.js";
import { batchLines, type Batch } from "./lines.js";
import {
  convertOffsets, formatConll, formatCsvDocument, formatHtmlDoc, formatCsvEntities, formatCsvRelations, formatTable,
  type CsvTable, type OffsetUnit,
} from "./formats.js";

export type OutputFormat = "json" | "jsonl" | "table" | "conll" | "csv" | "html";

/** What a run asks for; the same for every document. */
export interface Settings {
  format: OutputFormat;
  /** CSV to stdout: the one table written. */
  table: CsvTable;
  /** CSV with `--out DIR`: all three tables. */
  allTables: boolean;
  offsets: OffsetUnit;
  /** `--date`: the date of plain-text input, and of JSONL lines without one. */
  date?: string;
}

/** One JSONL line (text null when it could not be decoded), or one plain-text article. */
export type Task =
  | { kind: "jsonl"; no: number; file: string | null; line: string | null; error?: string }
  | { kind: "text"; id: string; file: string | null; text: string };

/** What a pool worker gets: a batch of JSONL lines (see `readBatches`), or one plain-text article. */
export type Work =
  | { kind: "batch"; file: string | null; batch: Batch }
  | { kind: "text"; id: string; file: string | null; text: string };

/** The finished output of a batch, as UTF-8 bytes ready to write. */
export interface BatchOutput {
  /**
   * For the main output (stdout, or the one CSV table); with format json, the documents joined by
   * ",\n". With a buffer given to `processWork`, a view of it (or of a larger one when it is too small).
   */
  out: Uint8Array;
  /** From a pool worker: the buffer its batch's bytes came in, handed back for the next batch. */
  input?: ArrayBuffer;
  /** Documents in `out` with format json (the main thread puts ",\n" between batches). */
  items: number;
  /** With `allTables`: rows for each CSV table. */
  tables?: Record<CsvTable, Uint8Array>;
  /** Messages for stderr, one per failed document. */
  reports: string[];
  /** Documents (non-blank lines) and characters processed, for progress. */
  documents: number;
  characters: number;
}

const utf8 = new TextEncoder();

/**
 * UTF-8 of `text` in `into` when it fits, else in a new buffer large enough for any text of its
 * length (3 bytes per UTF-16 unit) and at least twice `into`.
 */
export function encodeInto(text: string, into: ArrayBuffer): Uint8Array {
  const { read, written } = utf8.encodeInto(text, new Uint8Array(into));
  if (read === text.length) return new Uint8Array(into, 0, written);
  const larger = new ArrayBuffer(Math.max(text.length * 3, into.byteLength * 2));
  return new Uint8Array(larger, 0, utf8.encodeInto(text, new Uint8Array(larger)).written);
}

/**
 * Processes a batch or an article. Never throws: a failed document becomes an error record and a
 * report. `into`: a buffer for the main output (see `encodeInto`), so that a pool's buffers go back
 * and forth instead of one being made per batch.
 */
export function processWork(work: Work, s: Settings, into?: ArrayBuffer): BatchOutput {
  const outs: string[] = [];
  const tables: Record<CsvTable, string[]> = { entities: [], relations: [], documents: [] };
  const reports: string[] = [];
  let documents = 0, characters = 0;
  const add = (r: Output) => {
    documents++;
    characters += r.characters;
    if (r.report) reports.push(r.report);
    if (r.out) outs.push(r.out);
    if (r.tables) for (const t of Object.keys(tables) as CsvTable[]) if (r.tables[t]) tables[t].push(r.tables[t]);
  };
  if (work.kind === "text") add(processTask(work, s));
  else {
    for (const line of batchLines(work.batch)) {
      if (line.text !== null && !line.text.trim()) continue; // a blank line gives no output
      add(processTask({ kind: "jsonl", no: line.no, file: work.file, line: line.text, ...(line.error ? { error: line.error } : {}) }, s));
    }
  }
  return {
    out: into ? encodeInto(outs.join(s.format === "json" ? ",\n" : ""), into) : utf8.encode(outs.join(s.format === "json" ? ",\n" : "")),
    items: outs.length,
    ...(s.allTables ? { tables: { entities: utf8.encode(tables.entities.join("")), relations: utf8.encode(tables.relations.join("")), documents: utf8.encode(tables.documents.join("")) } } : {}),
    reports, documents, characters,
  };
}

/** The finished output of one document. */
export interface Output {
  /** Text for the main output (stdout, or the one CSV table); "" when nothing is written. */
  out: string;
  /** With `allTables`: rows for each CSV table. */
  tables?: Record<CsvTable, string>;
  /** A message for stderr when the document failed. */
  report?: string;
  /** Characters of text processed, for progress. */
  characters: number;
}

const message = (e: unknown) => String((e as Error)?.message ?? e).replace(/^thoisu: /, "");

/** Processes one task. Never throws: a failure becomes an error record and a report. */
export function processTask(task: Task, s: Settings): Output {
  const where = task.kind === "jsonl" ? `${task.file ?? "stdin"}:${task.no}` : task.file ?? "stdin";
  let id: string | null = task.kind === "text" ? task.id : null;
  let fields: Record<string, unknown> = {};
  const fail = (error: string): Output => failure(task, id, error, `thoisu: ${where}: ${error}`, s);
  let text: string, date = s.date;
  if (task.kind === "jsonl") {
    if (task.line === null) return fail(task.error ?? "unreadable line");
    let rec: unknown;
    try {
      rec = JSON.parse(task.line);
    } catch (e) {
      return fail(`malformed JSON (${message(e)})`);
    }
    if (!rec || typeof rec !== "object" || Array.isArray(rec)) return fail('expected an object with a string "text"');
    const { text: t, ...rest } = rec as Record<string, unknown>;
    if (rest.id !== undefined && rest.id !== null) id = String(rest.id);
    if (typeof t !== "string") return fail('expected an object with a string "text"');
    if (rest.date !== undefined && rest.date !== null) {
      if (typeof rest.date !== "string") return fail('"date" must be a string (YYYY-MM-DD or DD/MM/YYYY)');
      try {
        parseDateOption(rest.date, '"date"');
      } catch (e) {
        return fail(message(e));
      }
      date = rest.date;
    }
    text = t;
    fields = rest;
    id ??= String(task.no);
  } else {
    text = task.text;
  }
  let result: Result;
  try {
    result = extract(text, date !== undefined ? { date } : undefined);
  } catch (e) {
    return fail(message(e));
  }
  return success(task, id!, fields, result, s);
}

function success(task: Task, id: string, fields: Record<string, unknown>, r: Result, s: Settings): Output {
  const entities = convertOffsets(r.text, r.entities, s.offsets);
  const characters = r.text.length;
  const line = task.kind === "jsonl" ? task.no : null;
  switch (s.format) {
    case "jsonl":
      // The input's own fields (url, source, ...) travel with the result; the text does not (the offsets point into it).
      return { out: JSON.stringify({ ...fields, id, entities, relations: r.relations, meta: r.meta }) + "\n", characters };
    case "json":
      return { out: JSON.stringify({ ...fields, id, text: r.text, entities, relations: r.relations, meta: r.meta }, null, 2), characters };
    case "table":
      return { out: formatTable(id, { ...r, entities }) + "\n", characters };
    case "conll":
      return { out: formatConll(id, r), characters };
    case "html":
      return { out: formatHtmlDoc(id, r), characters };
    case "csv": {
      const conv = { ...r, entities, characters };
      const tables: Record<CsvTable, string> = {
        entities: s.allTables || s.table === "entities" ? formatCsvEntities(id, conv) : "",
        relations: s.allTables || s.table === "relations" ? formatCsvRelations(id, conv) : "",
        documents: s.allTables || s.table === "documents" ? formatCsvDocument(id, line, conv) : "",
      };
      return s.allTables ? { out: "", tables, characters } : { out: tables[s.table], characters };
    }
  }
}

function failure(task: Task, id: string | null, error: string, report: string, s: Settings): Output {
  const line = task.kind === "jsonl" ? task.no : null;
  // In JSONL an error keeps its place (lines in = lines out), with the input's id when it had one.
  if (s.format === "jsonl") {
    const rec: Record<string, unknown> = { id, line, error };
    if (task.file !== null) rec.file = task.file;
    return { out: JSON.stringify(rec) + "\n", report, characters: 0 };
  }
  if (s.format === "csv") {
    const row = formatCsvDocument(id ?? "", line, null, error);
    if (s.allTables) return { out: "", tables: { entities: "", relations: "", documents: row }, report, characters: 0 };
    return { out: s.table === "documents" ? row : "", report, characters: 0 };
  }
  return { out: "", report, characters: 0 };
}
