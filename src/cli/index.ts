/**
 * The `thoisu` command line. Node only (the library itself runs anywhere).
 *
 *   thoisu extract [FILE...] [--jsonl] [--format json|jsonl|table|conll|csv|html] [--date YYYY-MM-DD]
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { extract } from "../index.js";
import { formatConll, formatCsvHeader, formatCsvRows, formatHtmlDoc, formatHtmlFooter, formatHtmlHeader, formatTable } from "./formats.js";
import type { Result } from "../types.js";
import { runHarvest } from "./harvest.js";

const HELP = `thoisu: entities from Vietnamese political news

Usage:
  thoisu extract [FILE...] [options]     FILE "-" or none reads standard input
  thoisu harvest [FILE...] [options]     tenure candidates from a JSONL corpus (thoisu harvest --help)

Input:
  plain text (default)    each FILE is one article; its id is the file name
  --jsonl                 each line of each FILE is {"id", "text", "date"?}; a malformed line is
                          reported on stderr with its file and line number and skipped, the rest is
                          processed, and the exit code is 1

Options:
  --format FMT            json (default for one plain-text input), jsonl (default otherwise),
                          table (readable), conll (token per line, BIO tags, for researchers),
                          csv (one row per entity, with a header; for pandas),
                          html (one page: entities highlighted, who-holds-what table)
  --date YYYY-MM-DD       the article date for plain-text input (relative dates resolve against it;
                          without it the article's dateline is used when it has one)
  -h, --help              this help
  -v, --version           the version

Output:
  json    {"id", "text", "entities", "relations", "meta"} per document (an array for several)
  jsonl   one line per document: {"id", "entities", "relations"}, as the result contract:
          entities [{type, start, end, text, rule, value?, name?, ref?, attrs?}] with UTF-16
          offsets into the input text, relations [{type: "HOLDS", person, role, rule, when?}] indexing
          entities (when: {timex}, the period the text gives the post, e.g. a career line's)
  conll   "# id = ..." then one token per line: token, start, end, BIO tag; a blank line ends a sentence
  csv     id,type,start,end,text,value,name,rule,ref
  html    one self-contained HTML document (no script), a section per document

Exit codes: 0 ok, 1 some input failed (the rest was processed), 2 usage error.

Examples:
  thoisu extract article.txt --format table --date 2017-06-09
  thoisu extract --jsonl articles.jsonl > entities.jsonl
  cat article.txt | thoisu extract --format conll
  thoisu extract article.txt --format html > article.html
`;

interface Doc { id: string; text: string; date?: string }

function main(argv: string[]): number {
  if (argv[0] === "harvest") return runHarvest(argv.slice(1));
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        jsonl: { type: "boolean" },
        format: { type: "string" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    process.stderr.write(`thoisu: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) { process.stdout.write(HELP); return 0; }
  if (values.version) { process.stdout.write(`${VERSION_STRING}\n`); return 0; }
  const [command, ...files] = positionals;
  if (command !== "extract") {
    process.stderr.write(command ? `thoisu: unknown command "${command}"\n\n${HELP}` : HELP);
    return 2;
  }
  const format = values.format ?? null;
  if (format && !["json", "jsonl", "table", "conll", "csv", "html"].includes(format)) {
    process.stderr.write(`thoisu: unknown --format "${format}" (json, jsonl, table, conll, csv or html)\n`);
    return 2;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    process.stderr.write(`thoisu: --date must be YYYY-MM-DD, got "${values.date}"\n`);
    return 2;
  }
  const inputs = files.length ? files : ["-"];
  let failed = false;
  const docs: Doc[] = [];
  for (const f of inputs) {
    let content: string;
    try {
      content = f === "-" ? readFileSync(0, "utf8") : readFileSync(f, "utf8");
    } catch (e) {
      process.stderr.write(`thoisu: cannot read ${f}: ${(e as Error).message}\n`);
      failed = true;
      continue;
    }
    if (values.jsonl) {
      const lines = content.split("\n");
      lines.forEach((line, k) => {
        if (!line.trim()) return;
        const where = `${f === "-" ? "stdin" : f}:${k + 1}`;
        let o: unknown;
        try { o = JSON.parse(line); } catch (e) {
          process.stderr.write(`thoisu: ${where}: malformed JSON (${(e as Error).message})\n`);
          failed = true;
          return;
        }
        const rec = o as Record<string, unknown>;
        if (!rec || typeof rec !== "object" || Array.isArray(rec) || typeof rec.text !== "string") {
          process.stderr.write(`thoisu: ${where}: expected an object with a string "text"\n`);
          failed = true;
          return;
        }
        if (rec.date !== undefined && rec.date !== null && typeof rec.date !== "string") {
          process.stderr.write(`thoisu: ${where}: "date" must be a string YYYY-MM-DD\n`);
          failed = true;
          return;
        }
        const id = rec.id === undefined || rec.id === null ? String(k + 1) : String(rec.id);
        docs.push({ id, text: rec.text, date: (rec.date as string | undefined) ?? undefined, where } as Doc & { where: string });
      });
    } else {
      const id = f === "-" ? "stdin" : basename(f).replace(/\.[^.]+$/, "");
      docs.push({ id, text: content, date: values.date });
    }
  }
  const fmt = format ?? (inputs.length === 1 && !values.jsonl ? "json" : "jsonl");
  const out = process.stdout;
  const results: { id: string; result: Result }[] = [];
  if (fmt === "csv") out.write(formatCsvHeader());
  if (fmt === "html") out.write(formatHtmlHeader());
  for (const d of docs) {
    let result: Result;
    try {
      result = extract(d.text, d.date ? { date: d.date } : undefined);
    } catch (e) {
      const where = (d as Doc & { where?: string }).where ?? d.id;
      process.stderr.write(`thoisu: ${where}: ${(e as Error).message}\n`);
      failed = true;
      continue;
    }
    switch (fmt) {
      case "jsonl": out.write(JSON.stringify({ id: d.id, entities: result.entities, relations: result.relations }) + "\n"); break;
      case "json": results.push({ id: d.id, result }); break;
      case "table": out.write(formatTable(d.id, result) + "\n"); break;
      case "conll": out.write(formatConll(d.id, result)); break;
      case "csv": out.write(formatCsvRows(d.id, result)); break;
      case "html": out.write(formatHtmlDoc(d.id, result)); break;
    }
  }
  if (fmt === "html") out.write(formatHtmlFooter());
  if (fmt === "json") {
    const objs = results.map(({ id, result }) => ({ id, ...result }));
    out.write(JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2) + "\n");
  }
  return failed ? 1 : 0;
}

import { VERSION } from "../version.js";
const VERSION_STRING = `thoisu ${VERSION}`;

process.exitCode = main(process.argv.slice(2));
