/**
 * The `thoisu` command line. Node only (the library itself runs anywhere).
 *
 *   thoisu extract [FILE|GLOB...] [--jsonl] [--format ...] [--jobs N] ...
 *   thoisu stats [FILE...]
 */
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseDateOption } from "../pipeline/reference-date.js";
import { VERSION } from "../version.js";
import { CSV_TABLES, type CsvTable, type OffsetUnit } from "./formats.js";
import { knownEncoding } from "./lines.js";
import type { OutputFormat } from "./process.js";
import { runExtract } from "./run.js";
import { runStats } from "./stats.js";

const HELP = `thoisu: entities from Vietnamese political news

Usage:
  thoisu extract [FILE|GLOB...] [options]   FILE "-" or none reads standard input
  thoisu harvest [FILE...] [options]        tenure candidates from a JSONL corpus (thoisu harvest --help)
  thoisu stats [FILE...] [--format table|json] [--top N]
                                            summarises a JSONL result of extract: counts per
                                            type, top people, roles and bodies, who holds what

Input:
  plain text (default)    each FILE is one article; its id is the file name
  --jsonl                 each line is {"id"?, "text", "date"?, ...any other fields}; read and
                          answered line by line (see "Streaming" below)
  --encoding ENC          utf-8 (default; a BOM is ignored, invalid bytes are reported with their
                          line number), or a legacy encoding of the WHATWG Encoding Standard:
                          windows-1258, utf-16le (also "utf-16"), utf-16be, ...
  --date DATE             YYYY-MM-DD or DD/MM/YYYY: the date of plain-text input, and of JSONL
                          lines without a "date" (relative dates resolve against it; without any,
                          the article's dateline is used when it has one)
  GLOB                    quoted patterns such as 'corpus/**/*.jsonl' are expanded (sorted)

Output:
  --format FMT            jsonl (default for --jsonl and several inputs), json (default for one
                          plain-text input; an array for several), table (readable), conll (token
                          per line, BIO tags), csv (tidy tables for pandas, below), html (one
                          self-contained page: entities highlighted, who-holds-what table)
  --offsets UNIT          utf16 (default: JavaScript string indices, text.slice(start, end)),
                          codepoint (Python str indices), utf8 (byte offsets)
  --table T               with csv to stdout: entities (default), relations or documents
  --out DIR               with csv: write DIR/entities.csv, relations.csv and documents.csv
  --jobs N                worker threads (default: the number of cores, here ${availableParallelism()});
                          output order is input order whatever N
  -q, --quiet             no progress bar (it is drawn on stderr only when stderr is a terminal)
  -h, --help              this help
  -v, --version           the version

  jsonl   one line per input document: the input's own fields except "text" (id, url, ...), then
          "id" (a string; the line number when the input has none), "entities" [{type, start,
          end, text, rule, value?, name?, ref?, attrs?}], "relations" [{type: "HOLDS", person,
          role, rule, when?}] indexing entities (when: {timex}, the period the text gives the post,
          e.g. a career line's), and "meta" {version, dataVersion, date, dateSource,
          warnings}
  csv     entities: doc_id,index,type,start,end,text,rule,name,ref,amount,currency,min,max,timex,attrs
          relations: doc_id,index,type,person,person_text,person_name,person_ref,role,role_text,
                     role_ref,when,rule   (person and role are entity indices within the document)
          documents: doc_id,line,date,date_source,characters,entities,relations,PERSON,ROLE,ORG,
                     LOC,MONEY,DATE,warnings,error
          ids are always quoted; read them as text (pandas: dtype={"doc_id": str})
  conll   "# id = ..." then one token per line: token, start, end, BIO tag; a blank line ends a sentence
  html    one self-contained HTML document (no script), a section per document

Streaming (--jsonl, the contract for programs that drive thoisu through a pipe):
  - every non-blank input line gives exactly one output line, in input order; blank lines give none
  - a line is answered without waiting for EOF or for lines not yet written (lines read together
    are processed together, a few articles at a time): a program may keep one
    \`thoisu extract --jsonl -\` running, write a line, and read one line back
  - a bad line (malformed JSON, no "text", a bad "date", invalid UTF-8) gives an error record
    {"id": <its id or null>, "line": N, "error": "...", "file"?: "..."} in its place, a report on
    stderr, and exit code 1 at the end; the other lines are processed
  - output is written in whole lines and respects backpressure (reading pauses while the reader
    is slow)
  - a closed output pipe (| head) ends the run at once with exit code 0; SIGINT lets the lines
    under way finish (no cut line) and exits 130; a write error (disk full) is reported once and
    ends the run with exit code 1
  - memory stays flat whatever the input size (lines are read as they come, never the whole file)

Exit codes: 0 ok, 1 some input failed (the rest was processed), 2 usage error, 130 interrupted.

Examples:
  thoisu extract article.txt --format table --date 09/06/2017
  thoisu extract --jsonl articles.jsonl > entities.jsonl
  thoisu extract --jsonl 'archive/*.jsonl' --format csv --out tables/
  thoisu stats entities.jsonl
  cat article.txt | thoisu extract --format conll
  thoisu extract article.txt --format html > article.html
`;

const FORMATS: readonly OutputFormat[] = ["json", "jsonl", "table", "conll", "csv", "html"];
const OFFSETS: readonly OffsetUnit[] = ["utf16", "codepoint", "utf8"];

async function main(argv: string[]): Promise<number> {
  // Imported on demand: harvest loads the library, which the extract pipeline's main thread avoids.
  if (argv[0] === "harvest") return (await import("./harvest.js")).runHarvest(argv.slice(1));
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        jsonl: { type: "boolean" },
        format: { type: "string" },
        date: { type: "string" },
        encoding: { type: "string" },
        offsets: { type: "string" },
        table: { type: "string" },
        out: { type: "string" },
        jobs: { type: "string", short: "j" },
        top: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) { process.stdout.write(HELP); return 0; }
  if (values.version) { process.stdout.write(`thoisu ${VERSION}\n`); return 0; }
  const [command, ...files] = positionals;
  if (command !== "extract" && command !== "stats") return usage(command ? `unknown command "${command}"` : null);
  const encoding = values.encoding ?? "utf-8";
  if (!knownEncoding(encoding)) return usage(`unknown --encoding "${encoding}"`);
  const inputs = await expandInputs(files.length ? files : ["-"]);

  if (command === "stats") {
    const format = values.format ?? "table";
    if (format !== "table" && format !== "json") return usage(`stats --format is table or json, got "${format}"`);
    const top = values.top === undefined ? 10 : Number(values.top);
    if (!Number.isInteger(top) || top < 1) return usage(`--top must be a positive integer, got "${values.top}"`);
    return runStats({ inputs, encoding, format, top });
  }

  const format = values.format ?? (inputs.length === 1 && !values.jsonl ? "json" : "jsonl");
  if (!FORMATS.includes(format as OutputFormat)) return usage(`unknown --format "${format}" (json, jsonl, table, conll, csv or html)`);
  const offsets = values.offsets ?? "utf16";
  if (!OFFSETS.includes(offsets as OffsetUnit)) return usage(`unknown --offsets "${offsets}" (utf16, codepoint or utf8)`);
  const table = values.table ?? "entities";
  if (!CSV_TABLES.includes(table as CsvTable)) return usage(`unknown --table "${table}" (entities, relations or documents)`);
  if ((values.table !== undefined || values.out !== undefined) && format !== "csv") return usage("--table and --out go with --format csv");
  if (values.table !== undefined && values.out !== undefined) return usage("--table writes one table to stdout; --out DIR writes all three");
  if (values.date !== undefined) {
    try {
      parseDateOption(values.date, "--date");
    } catch (e) {
      return usage((e as Error).message.replace(/^thoisu: /, ""));
    }
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usage(`--jobs must be a positive integer, got "${values.jobs}"`);
  return runExtract({
    inputs,
    jsonl: !!values.jsonl,
    encoding,
    // One document, or one at a time: no pool to start.
    jobs: !values.jsonl && inputs.length === 1 ? 1 : jobs,
    quiet: !!values.quiet,
    outDir: values.out ?? null,
    settings: { format: format as OutputFormat, table: table as CsvTable, allTables: values.out !== undefined, offsets: offsets as OffsetUnit, date: values.date },
  });
}

function usage(message: string | null): number {
  process.stderr.write(message ? `thoisu: ${message}\n(thoisu --help for usage)\n` : HELP);
  return 2;
}

/** Expands quoted glob patterns (`'corpus/*.jsonl'`); a name that exists as a file is kept as is. */
async function expandInputs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (a === "-" || existsSync(a) || !/[*?[\]{}]/.test(a)) { out.push(a); continue; }
    const { glob } = await import("tinyglobby");
    const found = (await glob(a, { onlyFiles: true, expandDirectories: false })).sort();
    // A pattern that matches nothing is kept, so that it is reported as unreadable.
    out.push(...(found.length ? found : [a]));
  }
  return out;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`thoisu: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; },
);
