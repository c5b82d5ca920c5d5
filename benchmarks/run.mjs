#!/usr/bin/env node
// The measuring instrument: one command, the 89 real articles, every figure next to its
// alternative, same machine, same run. `npm run bench` (builds first), or
//   node benchmarks/run.mjs [--quick] [--no-peers] [--write-readme]
// Prints tables, writes benchmarks/results/latest.json and, with --write-readme, regenerates the
// README's table between <!-- bench:start --> and <!-- bench:end --> (benchmarks/update-readme.mjs).
//
// Sizing for a 2-core machine (whole run about 2-3 minutes): throughput is the median of up to 7
// passes after a warm-up (each figure stops after ~8 s); scaling runs the corpus 1x, 10x and 100x
// when the 100x run is predicted to take under 40 s (else the largest multiple that fits, said in
// the output); single documents of 1 MB and 10 MB run once each in a fresh process.
import { adversarialRows, adversarialScaling } from "./lib/adversarial.mjs";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { benchDir, rootDir, distEntry, distWords, loadCorpus, optionsFor } from "./lib/corpus.mjs";
import { timeRuns, median, si, ms, mb, kb, pct, textTable } from "./lib/timing.mjs";
import { chronoPeer, vntkPeer } from "./lib/peers.mjs";
import { articleDates, devSystem, scoreGroups } from "./dev-eval.mjs";
import { footprint } from "./footprint.mjs";
import { refGroups, refTable } from "./refs.mjs";
import { score, table } from "./score.mjs";

const flags = process.argv.slice(2);
const quick = flags.includes("--quick");
const log = (s = "") => console.log(s);
const started = performance.now();
// Wall seconds per section, to keep the whole run within a few minutes.
const sectionSeconds = {};
let current = null, currentAt = started;
const section = (title) => {
  const now = performance.now();
  if (current) sectionSeconds[current] = (now - currentAt) / 1000;
  current = title; currentAt = now;
  log(`\n== ${title} ==`);
};

if (!existsSync(distEntry)) {
  console.error("bench: dist/index.js is missing; run `npm run build` (or `npm run bench`, which builds first).");
  process.exit(1);
}
const lib = await import(pathToFileURL(distEntry).href);
const { extract, normalize, tokenize } = lib;
const corpus = loadCorpus();
const totalChars = corpus.reduce((n, a) => n + a.text.length, 0);
const pkg = JSON.parse(readFileSync(join(rootDir, "package.json"), "utf8"));

const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  version: lib.VERSION ?? pkg.version,
  dataVersion: lib.DATA_VERSION ?? null,
  date: new Date().toISOString(),
  // Other work on the machine skews every timing; the floor, measured in the same run, does not move with it as much.
  loadAverage: loadavg()[0],
};
log(`thoisu ${machine.version} (data ${machine.dataVersion}) on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average ${machine.loadAverage.toFixed(1)}`);
log(`corpus: ${corpus.length} articles, ${totalChars.toLocaleString("en")} characters${quick ? " (--quick)" : ""}`);

/** Times one pass of `perArticle` over the corpus; throughput figures. */
function timeCorpus(perArticle, opts = {}) {
  const { ms: t, samples } = timeRuns(() => { for (const a of corpus) perArticle(a); }, { runs: quick ? 3 : 7, ...opts });
  return { ms: t, runs: samples.length, charsPerSec: (totalChars / t) * 1000, articlesPerSec: (corpus.length / t) * 1000, nsPerChar: (t * 1e6) / totalChars };
}

// ---------------------------------------------------------------- throughput
section("Throughput, single thread (median of passes over the corpus after a warm-up)");
const FLOOR = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
let sink = 0;
const floor = timeCorpus((a) => { const m = a.text.match(FLOOR); sink += m ? m.length : 0; });
const norm = timeCorpus((a) => { sink += normalize(a.text).text.length; });
const tok = timeCorpus((a) => { sink += tokenize(normalize(a.text).text).tokens.length; });
const ext = timeCorpus((a) => { sink += extract(a.text, optionsFor(a)).entities.length; });
const throughput = { floor, normalize: norm, tokenize: tok, extract: ext, extractVsFloor: ext.ms / floor.ms };
const tpRow = (name, x) => [name, si(x.charsPerSec), si(x.articlesPerSec), x.nsPerChar.toFixed(1), ms(x.ms), (x.ms / floor.ms).toFixed(1) + "x"];
log(textTable([
  ["stage", "chars/s", "articles/s", "ns/char", "corpus pass", "vs floor"],
  tpRow("floor: one regex token scan", floor),
  tpRow("normalize", norm),
  tpRow("normalize + tokenize", tok),
  tpRow("extract (end to end)", ext),
]));
log(`extract is ${throughput.extractVsFloor.toFixed(1)}x the floor (goal: within 15x, >= 3M chars/s)`);

// ---------------------------------------------------------------- child processes
/** Runs benchmarks/lib/child.mjs in a fresh Node process; returns its JSON line. */
function child(args, extraNodeArgs = [], timeoutMs = 0) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [...extraNodeArgs, join(benchDir, "lib", "child.mjs"), ...args], { encoding: "utf8", maxBuffer: 1 << 24, timeout: timeoutMs, killSignal: "SIGKILL" });
  const wallMs = performance.now() - t;
  if (timeoutMs && (r.error?.code === "ETIMEDOUT" || r.signal === "SIGKILL")) return { timedOut: true, wallMs };
  if (r.status !== 0) throw new Error(`child ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
  const lines = r.stdout.trim().split("\n");
  return { ...JSON.parse(lines[lines.length - 1]), wallMs };
}

section("Cold start and memory (fresh processes)");
const coldRuns = Array.from({ length: 5 }, () => child(["cold"]));
const cold = {
  importMs: median(coldRuns.map((r) => r.importMs)),
  firstExtractMs: median(coldRuns.map((r) => r.firstExtractMs)),
  totalMs: median(coldRuns.map((r) => r.totalMs)),
  processWallMs: median(coldRuns.map((r) => r.wallMs)),
};
const memory = child(["memory"]);
log(textTable([
  ["measure", "value", "note"],
  ["import dist/index.js", ms(cold.importMs), "median of 5 fresh processes"],
  ["first extract (one article)", ms(cold.firstExtractMs), ""],
  ["import + first extract", ms(cold.totalMs), "goal ≤ 50 ms (issue 13)"],
  ["whole process (node start to exit)", ms(cold.processWallMs), "includes Node's own start-up"],
  ["RSS at Node start", mb(memory.atStartBytes), ""],
  ["RSS after import", mb(memory.afterImportBytes), ""],
  ["peak RSS, corpus x3", mb(memory.peakRssBytes), "goal ≤ 60 MB (issue 13)"],
  ["peak heap used", mb(memory.peakHeapBytes), ""],
]));

// ---------------------------------------------------------------- gazetteer
section("Gazetteer");
const gaz = child(["gazetteer"]);
// dist/ is one module per source file: what users meet is the packed package and their bundles.
const fp = await footprint();
const distSizes = { packed: { bytes: fp.packedBytes, unpackedBytes: fp.unpackedBytes, files: fp.files }, ...Object.fromEntries(Object.entries(fp.bundles).map(([n, b]) => [`bundle: ${n}`, { bytes: b.bytes, gzipBytes: b.gzipBytes }])) };
const genDir = join(rootDir, "src", "data", "generated");
const generated = existsSync(genDir)
  ? Object.fromEntries(readdirSync(genDir).filter((f) => f.endsWith(".ts")).map((f) => [f, statSync(join(genDir, f)).size]))
  : {};
const generatedBytes = Object.values(generated).reduce((a, b) => a + b, 0);
const gazetteer = { ...gaz, generatedModules: generated, generatedBytes, dist: distSizes };
if (gaz.available) {
  log(textTable([["kind", "entries"], ...Object.entries(gaz.perKind).map(([k, v]) => [k, String(v)]), ["total", String(gaz.total ?? "-")]]));
  log(`time to first defaultGazetteer use: ${ms(gaz.firstUseMs)} (after import ${ms(gaz.importMs)})`);
} else {
  log(`defaultGazetteer: not available (${gaz.reason})`);
}
log(`generated data modules (src/data/generated): ${Object.keys(generated).length} files, ${kb(generatedBytes)}`);
log(`packed package: ${kb(fp.packedBytes)} (unpacked ${kb(fp.unpackedBytes)}, ${fp.files} files); goal ≤ 1 MB`);
log(textTable([["bundle (esbuild, minified)", "bytes", "gzip"], ...Object.entries(fp.bundles).map(([n, b]) => [n, kb(b.bytes), kb(b.gzipBytes)])]));
log(`largest modules in the extract bundle: ${fp.bundles.extract.modules.slice(0, 5).map((m) => `${m.module} ${kb(m.bytes)}`).join(", ")}`);

// ---------------------------------------------------------------- scaling
section("Scaling");
const perCorpusMs = ext.ms;
const budgetMs = quick ? 8000 : 40000;
const multiples = [1, 10, 100].filter((k) => k === 1 || k * perCorpusMs <= budgetMs);
if (multiples.at(-1) !== 100) {
  const fit = Math.max(2, Math.floor(budgetMs / perCorpusMs));
  if (fit > multiples.at(-1)) multiples.push(fit);
}
const scaling = { corpus: [], documents: [] };
for (const k of multiples) {
  const t = performance.now();
  for (let r = 0; r < k; r++) for (const a of corpus) sink += extract(a.text, optionsFor(a)).entities.length;
  const el = performance.now() - t;
  scaling.corpus.push({ multiple: k, chars: k * totalChars, ms: el, nsPerChar: (el * 1e6) / (k * totalChars) });
}
// Single documents of growing size, each in a fresh process. The growth exponent between the last
// two sizes predicts the next one; a size predicted to take over DOC_BUDGET_MS is skipped, and one
// that runs longer than that is killed (both said in the output).
const DOC_BUDGET_MS = quick ? 10000 : 40000;
const docSkipped = [];
for (const size of quick ? [0.1, 1] : [0.1, 1, 10]) {
  const d = scaling.documents;
  if (d.length) {
    const last = d.at(-1);
    const k = d.length >= 2 ? Math.max(1, Math.log(last.ms / d.at(-2).ms) / Math.log(last.chars / d.at(-2).chars)) : 1;
    const predicted = last.ms * Math.pow((size * 1e6) / last.chars, k);
    if (predicted > DOC_BUDGET_MS) {
      docSkipped.push({ megachars: size, predictedMs: predicted, exponent: k });
      continue;
    }
  }
  const r = child(["bigdoc", String(size)], ["--max-old-space-size=4096"], DOC_BUDGET_MS + 15000);
  if (r.timedOut) {
    docSkipped.push({ megachars: size, timedOut: true, overMs: r.wallMs });
    break;
  }
  d.push({ megachars: size, ...r });
}
scaling.skipped = docSkipped;
const docs = scaling.documents;
scaling.documentExponent = docs.length >= 2 ? Math.log(docs.at(-1).ms / docs[0].ms) / Math.log(docs.at(-1).chars / docs[0].chars) : null;
log(textTable([
  ["work", "chars", "time", "ns/char", "note"],
  ...scaling.corpus.map((s) => [`corpus x${s.multiple} (article by article)`, si(s.chars), ms(s.ms), s.nsPerChar.toFixed(1), ""]),
  ...scaling.documents.map((d) => [`one ${d.megachars} M-char document`, si(d.chars), ms(d.ms), d.nsPerChar.toFixed(1), `${(d.nsPerChar / scaling.corpus[0].nsPerChar).toFixed(1)}x the per-char cost of articles; RSS ${mb(d.rssAfterBytes)} after`]),
]));
for (const k of docSkipped) {
  if (k.timedOut) log(`(one ${k.megachars} M-char document killed after ${(k.overMs / 1000).toFixed(0)} s, i.e. > ${((k.overMs * 1e6) / (k.megachars * 1e6)).toFixed(0)} ns/char)`);
  else log(`(one ${k.megachars} M-char document skipped: predicted ${(k.predictedMs / 1000).toFixed(0)} s at the measured growth, time ~ n^${k.exponent.toFixed(2)})`);
}
if (scaling.documentExponent != null) log(`time grows as n^${scaling.documentExponent.toFixed(2)} with document length (1.00 = linear)${scaling.documentExponent > 1.2 ? "  <-- SUPERLINEAR: a stage is quadratic in document length (see npm run profile)" : ""}`);
if (!multiples.includes(100)) log(`(corpus x100 skipped: predicted ${(100 * perCorpusMs / 1000).toFixed(0)} s > ${budgetMs / 1000} s budget; ran x${multiples.at(-1)} instead)`);

scaling.adversarial = adversarialScaling(extract, quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]);
log("adversarial documents (one construction repeated or one whitespace run grown; flat ns/char, k = 1, is linear):");
log(textTable(adversarialRows(scaling.adversarial)));

// ---------------------------------------------------------------- CLI at corpus scale
section("CLI at corpus scale (streaming JSONL, worker pool; fresh processes)");
const { cliScale, cliScaleTable } = await import("./cli-scale.mjs");
const cli = await cliScale({ mb: quick ? 8 : 48, runs: 2 });
log(cliScaleTable(cli));

// ---------------------------------------------------------------- accuracy
section("Accuracy on the dev gold (reference scorer, strict = exact span)");
const { gold, sys } = devSystem(extract);
const { rows: accuracy } = score(gold, sys);
log(table(accuracy));
const accuracyGroups = scoreGroups(gold, sys, score);
for (const g of Object.values(accuracyGroups)) log(`\n${g.label}:\n${table(g.rows)}`);
// PERSON linking (benchmarks/refs.mjs): holder mentions that carry a ref, and implausible refs.
const refLinking = Object.fromEntries(Object.entries(refGroups(gold, sys, lib.defaultGazetteer, articleDates()))
  .map(([id, g]) => [id, { label: g.label, articles: g.articles, holders: g.holders, linked: g.linked, share: g.share, refs: g.refs, refsOffGold: g.refsOffGold, violations: g.violations }]));
log(`\nPERSON refs:\n${refTable(refLinking)}`);

// ---------------------------------------------------------------- peers
let peers = { chrono: null, vntk: null };
if (!flags.includes("--no-peers")) {
  section("Peers, same articles, same run");
  peers.chrono = await chronoPeer(corpus, (fn) => timeCorpus(fn));
  peers.vntk = await vntkPeer(extract, 5);
  const prfRow = (name, r) => (r ? [name, pct(r.strict.p), pct(r.strict.r), pct(r.strict.f1), pct(r.lenient?.f1), pct(r.valueAcc)] : [name, "-", "-", "-", "-", "-"]);
  if (peers.chrono.available) {
    log(`DATE on the ${gold.length} dev articles (${peers.chrono.source}):`);
    log(textTable([
      ["system", "P", "R", "F1", "lenient F1", "value acc"],
      prfRow("thoisu", accuracy.DATE),
      prfRow("chrono-node vi", peers.chrono.DATE),
    ]));
    log(`chrono.vi.parse over the corpus: ${si(peers.chrono.charsPerSec)} chars/s (thoisu extract, all types: ${si(ext.charsPerSec)} chars/s)`);
  } else log(`chrono: ${peers.chrono.reason}`);
  if (peers.vntk.available) {
    const v = peers.vntk;
    log(`\nPERSON/LOC/ORG on ${v.articles.length} dev articles (${v.articles.join(", ")}; vntk is slow, so a subset):`);
    log(textTable([
      ["type / system", "P", "R", "F1", "lenient F1", "value acc"],
      ...["PERSON", "LOC", "ORG"].flatMap((t) => [prfRow(`${t} thoisu`, v.thoisu[t]), prfRow(`${t} vntk`, v.vntk[t])]),
    ]));
    log(`vntk ner: ${si(v.charsPerSec)} chars/s on those articles (line by line), plus ${ms(v.loadMs)} to load; thoisu: ${si(ext.charsPerSec)} chars/s`);
  } else log(`vntk: ${peers.vntk.reason}`);
}

// ---------------------------------------------------------------- words
let words = null;
if (existsSync(distWords)) {
  section("Word segmentation (thoisu/words)");
  const { wordsBench, wordsTable } = await import("./words.mjs");
  words = await wordsBench(lib, await import(pathToFileURL(distWords).href), { vntk: !flags.includes("--no-peers") });
  log(wordsTable(words));
}

// ---------------------------------------------------------------- Dask
// Beyond one machine (examples/dask): 1 and 2 Dask worker processes beside the plain CLI, when a
// Python with Dask is installed (benchmarks/dask-scaling.py writes results/dask.json).
let dask = null;
{
  const { findPython } = await import("../examples/dask/python.mjs");
  const py = findPython();
  section("Dask (examples/dask): 1 and 2 worker processes beside the plain CLI");
  if (!py) log("skipped: no Python with dask.distributed and pandas (apt-get install python3-distributed python3-dask python3-pandas)");
  else {
    const r = spawnSync(py, [join(benchDir, "dask-scaling.py"), ...(quick ? ["--variants", "1", "--runs", "1"] : []), ...(flags.includes("--write-readme") ? ["--write-readme"] : [])], { stdio: "inherit" });
    dask = r.status === 0 ? JSON.parse(readFileSync(join(benchDir, "results", "dask.json"), "utf8")) : { error: `dask-scaling.py exited with ${r.status}` };
  }
}

// ---------------------------------------------------------------- snapshot
const { writeSnapshot } = await import("./snapshot.mjs");
writeSnapshot(extract);
log("\nwrote benchmarks/results/dev-snapshot.md (extractions on the dev articles; diff it to see behaviour changes)");

// ---------------------------------------------------------------- output
section("Output");
const result = { sectionSeconds, machine, corpus: { articles: corpus.length, chars: totalChars }, throughput, cold, memory, gazetteer, scaling, cli, accuracy, accuracyGroups, refLinking, peers, words, dask, benchSeconds: (performance.now() - started) / 1000 };
mkdirSync(join(benchDir, "results"), { recursive: true });
writeFileSync(join(benchDir, "results", "latest.json"), JSON.stringify(result, null, 2) + "\n");
log(`\nwrote benchmarks/results/latest.json (bench took ${result.benchSeconds.toFixed(0)} s)`);
if (flags.includes("--write-readme")) {
  const { updateReadme } = await import("./update-readme.mjs");
  log(updateReadme(result));
} else log("README table not touched (pass --write-readme, or run `node benchmarks/update-readme.mjs --write-readme`)");
if (sink === -1) log(""); // keeps the measured work observable
