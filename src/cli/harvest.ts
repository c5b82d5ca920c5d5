/**
 * `thoisu harvest`: extraction over a JSONL corpus, then tenure candidates as TSV (see src/harvest/).
 *
 *   thoisu harvest corpus.jsonl [--min-articles N] [--conflicts mark|drop] > tenures.tsv
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extract } from "../extract.js";
import { formatHarvestTsv, harvest, type HarvestDoc } from "../harvest/index.js";

export const HARVEST_HELP = `thoisu harvest: tenure candidates (who held which post when) from a corpus

Usage:
  thoisu harvest [FILE...] [options] > tenures.tsv    FILE "-" or none reads standard input

Input: JSONL, one article per line: {"id", "text", "date"?} (date YYYY-MM-DD; without it the
article's dateline is used when it has one). A malformed line is reported on stderr with its file
and line number and skipped; the exit code is then 1.

Options:
  --min-articles N        keep a (person, post) seen in at least N articles (default 1)
  --conflicts mark|drop   two holders of a single-holder post on the same day: list the rivals in the
                          "conflicts" column (mark, default), or also leave out each holder a rival
                          matches or outnumbers in articles (drop)
  -h, --help              this help

Output: TSV with the columns of data/tenures.tsv (person, post, title, body, place, from, to,
source, uncertain; from/to = first/last date seen) then name, articles, mentions, first_seen,
last_seen, periods, conflicts, evidence (article@personStart-End/roleStart-End, "|"-separated).
Load it back: createGazetteer(parseHarvestTsv(text)).
`;

/** Runs `thoisu harvest` with the arguments after the command; returns the exit code. */
export function runHarvest(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { "min-articles": { type: "string" }, conflicts: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    process.stderr.write(`thoisu harvest: ${(e as Error).message}\n\n${HARVEST_HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) { process.stdout.write(HARVEST_HELP); return 0; }
  const min = values["min-articles"] === undefined ? 1 : Number(values["min-articles"]);
  if (!Number.isInteger(min) || min < 1) {
    process.stderr.write(`thoisu harvest: --min-articles must be a positive integer, got "${values["min-articles"]}"\n`);
    return 2;
  }
  const conflicts = values.conflicts ?? "mark";
  if (conflicts !== "mark" && conflicts !== "drop") {
    process.stderr.write(`thoisu harvest: --conflicts must be mark or drop, got "${conflicts}"\n`);
    return 2;
  }
  let failed = false;
  // A generator: harvest consumes one article's result at a time, so no result outlives its article.
  function* docs(): Generator<HarvestDoc> {
    for (const f of positionals.length ? positionals : ["-"]) {
      let content: string;
      try {
        content = readFileSync(f === "-" ? 0 : f, "utf8");
      } catch (e) {
        process.stderr.write(`thoisu harvest: cannot read ${f}: ${(e as Error).message}\n`);
        failed = true;
        continue;
      }
      const lines = content.split("\n");
      for (let k = 0; k < lines.length; k++) {
        const line = lines[k]!;
        if (!line.trim()) continue;
        let doc: HarvestDoc;
        try {
          const rec = JSON.parse(line) as Record<string, unknown>;
          if (!rec || typeof rec !== "object" || typeof rec.text !== "string") throw new Error(`expected an object with a string "text"`);
          const date = typeof rec.date === "string" && rec.date ? rec.date : undefined;
          const id = rec.id === undefined || rec.id === null ? String(k + 1) : String(rec.id);
          doc = { id, result: extract(rec.text, date ? { date } : undefined) };
        } catch (e) {
          process.stderr.write(`thoisu harvest: ${f === "-" ? "stdin" : f}:${k + 1}: ${(e as Error).message}\n`);
          failed = true;
          continue;
        }
        yield doc;
      }
    }
  }
  process.stdout.write(formatHarvestTsv(harvest(docs(), { minArticles: min, conflicts })));
  return failed ? 1 : 0;
}
