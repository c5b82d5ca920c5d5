#!/usr/bin/env node
// Regenerates README.md's benchmark table (between <!-- bench:start --> and <!-- bench:end -->)
// from benchmarks/results/latest.json, so the README's numbers are always those of one bench run.
//
//   node benchmarks/update-readme.mjs                 prints the markdown
//   node benchmarks/update-readme.mjs --write-readme  writes it into README.md
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { benchDir, rootDir } from "./lib/corpus.mjs";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

const f1 = (x) => (x == null ? "–" : (100 * x).toFixed(1));
const millions = (x) => (x / 1e6).toFixed(2) + "M";
const msf = (x) => (x == null ? "–" : `${x >= 100 ? x.toFixed(0) : x.toFixed(1)} ms`);
const mbf = (b) => (b == null ? "–" : `${(b / 1048576).toFixed(0)} MB`);

/** The README section for one bench result. */
export function readmeMarkdown(r) {
  const m = r.machine;
  const t = r.throughput;
  const lines = [];
  lines.push(`Measured by \`npm run bench\` on ${m.cpu} (${m.cores} cores), Node ${m.node}, thoisu ${m.version}, data ${m.dataVersion}, ${m.date.slice(0, 10)}${m.loadAverage != null ? ` (load average ${m.loadAverage.toFixed(1)} at start)` : ""}; ${r.corpus.articles} news articles, ${r.corpus.chars.toLocaleString("en")} characters. Single thread, except the CLI row.`);
  lines.push("");
  lines.push("| What | thoisu | Alternative on the same text |");
  lines.push("|---|---|---|");
  lines.push(`| Throughput, \`extract\` end to end | ${millions(t.extract.charsPerSec)} chars/s (${t.extract.articlesPerSec.toFixed(0)} articles/s) | one regex token scan (the floor): ${millions(t.floor.charsPerSec)} chars/s; thoisu is ${t.extractVsFloor.toFixed(1)}× the floor |`);
  lines.push(`| normalize + tokenize alone | ${millions(t.tokenize.charsPerSec)} chars/s | normalize alone: ${millions(t.normalize.charsPerSec)} chars/s |`);
  lines.push(`| Cold start (import + first \`extract\`) | ${msf(r.cold.totalMs)} | whole Node process: ${msf(r.cold.processWallMs)} |`);
  lines.push(`| Peak RSS over the corpus | ${mbf(r.memory.peakRssBytes)} | Node at start: ${mbf(r.memory.atStartBytes)} |`);
  const docs = r.scaling.documents.map((d) => `${d.megachars}M chars: ${d.nsPerChar.toFixed(0)} ns/char`).join("; ");
  const corp = r.scaling.corpus.map((c) => `×${c.multiple}: ${c.nsPerChar.toFixed(0)}`).join(", ");
  const growth = r.scaling.documentExponent != null ? `; time ~ n^${r.scaling.documentExponent.toFixed(2)}` : "";
  const skipped = (r.scaling.skipped ?? []).map((k) => `; ${k.megachars}M ${k.timedOut ? `not finished in ${(k.overMs / 1000).toFixed(0)} s` : `skipped (predicted ${(k.predictedMs / 1000).toFixed(0)} s)`}`).join("");
  lines.push(`| Scaling (ns/char) | corpus ${corp} | one document, ${docs}${growth}${skipped} |`);
  if (r.cli) {
    const one = r.cli.byJobs.find((b) => b.jobs === 1), two = r.cli.byJobs.find((b) => b.jobs === 2);
    const load = r.cli.loadAverage ? `, load average ${r.cli.loadAverage[0].toFixed(1)}-${r.cli.loadAverage[1].toFixed(1)}` : "";
    const cpu = r.cli.cpuRatio2 != null ? `; CPU time 2 jobs / 1 job ${r.cli.cpuRatio2.toFixed(2)}` : "";
    const est = r.cli.estimatedSpeedup2 != null ? `; CPU-bound estimate on idle cores ${r.cli.estimatedSpeedup2.toFixed(2)}×${r.cli.estimatedSpeedup2At1GB != null ? ` (1 GB: ${r.cli.estimatedSpeedup2At1GB.toFixed(2)}×)` : ""}` : "";
    lines.push(`| CLI, ${r.cli.megabytes.toFixed(0)} MB JSONL (\`thoisu extract --jsonl\`) | 2 jobs ${two.mbPerSec.toFixed(2)} MB/s, ${r.cli.speedup2.toFixed(2)}× 1 job (wall${load})${cpu}${est}; peak RSS ${mbf(two.peakRssBytes)} | 1 job: ${one.mbPerSec.toFixed(2)} MB/s, peak RSS ${mbf(one.peakRssBytes)}; lines out = lines in, in order: ${r.cli.linesOk ? "yes" : "NO"} |`);
  }
  const c = r.peers?.chrono;
  if (c?.available) {
    lines.push(`| DATE strict F1 (dev gold) | ${f1(r.accuracy.DATE.strict.f1)} (value acc. ${f1(r.accuracy.DATE.valueAcc)}) | chrono-node \`vi\`: ${f1(c.DATE.strict.f1)} (value acc. ${f1(c.DATE.valueAcc)}), ${millions(c.charsPerSec)} chars/s |`);
  }
  const v = r.peers?.vntk;
  if (v?.available) {
    for (const ty of ["PERSON", "LOC", "ORG"]) {
      lines.push(`| ${ty} strict F1, ${v.articles.length} dev articles | ${f1(v.thoisu[ty].strict.f1)} | vntk NER: ${f1(v.vntk[ty].strict.f1)} (at ${(v.charsPerSec / 1000).toFixed(0)}k chars/s) |`);
    }
  }
  const w = r.words;
  if (w) {
    const vt = w.vntk?.available ? `; vntk's CRF model (its training data may overlap VTB): ${f1(w.vntk.f1)}` : "";
    lines.push(`| Word segmentation F1 (\`thoisu/words\`, UD Vietnamese-VTB test) | ${f1(w.maximum.f1)} | every syllable a word: ${f1(w.syllables.f1)}${vt} |`);
  }
  lines.push("");
  const n = Object.values(r.accuracyGroups ?? {}).reduce((a, g) => a + g.articles, 0) || 31;
  lines.push(`Accuracy on the ${n} dev articles (strict = exact span; the held-out articles are scored separately):`);
  lines.push("");
  lines.push("| Type | Gold | P | R | F1 | Lenient F1 | Value acc. |");
  lines.push("|---|---:|---:|---:|---:|---:|---:|");
  for (const [ty, row] of Object.entries(r.accuracy)) {
    lines.push(`| ${ty} | ${row.gold} | ${f1(row.strict.p)} | ${f1(row.strict.r)} | ${f1(row.strict.f1)} | ${f1(row.lenient?.f1)} | ${f1(row.valueAcc)} |`);
  }
  const groups = Object.values(r.accuracyGroups ?? {});
  if (groups.length) {
    lines.push("");
    lines.push("Strict F1 per article group (the new articles are kinds of news the first rules never saw):");
    lines.push("");
    const types = Object.keys(r.accuracy);
    lines.push(`| Group | ${types.join(" | ")} |`);
    lines.push(`|---|${types.map(() => "---:").join("|")}|`);
    for (const g of groups) lines.push(`| ${g.label} | ${types.map((ty) => f1(g.rows[ty]?.strict.f1)).join(" | ")} |`);
  }
  return lines.join("\n");
}

/** Replaces the marked README section; returns a one-line message. */
export function updateReadme(r, readmePath = join(rootDir, "README.md")) {
  if (!existsSync(readmePath)) return "README.md not found; bench table not written";
  const text = readFileSync(readmePath, "utf8");
  const a = text.indexOf(START), b = text.indexOf(END);
  if (a < 0 || b < a) return `README.md has no ${START} ... ${END} markers; bench table not written`;
  const next = text.slice(0, a + START.length) + "\n" + readmeMarkdown(r) + "\n" + text.slice(b);
  if (next === text) return "README bench table unchanged";
  writeFileSync(readmePath, next);
  return "README bench table updated";
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = JSON.parse(readFileSync(join(benchDir, "results", "latest.json"), "utf8"));
  if (process.argv.includes("--write-readme")) console.log(updateReadme(r));
  else console.log(readmeMarkdown(r));
}
