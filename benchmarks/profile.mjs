#!/usr/bin/env node
// CPU profile of extract over the corpus: runs the workload under `node --cpu-prof` (profile
// files in benchmarks/results/profile/, open them in Chrome DevTools) and prints the top
// functions by self time.
//
//   npm run profile           (builds first)
//   node benchmarks/profile.mjs [--seconds 5] [--doc MB] [--top 15] [FILE.cpuprofile]
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { benchDir, rootDir } from "./lib/corpus.mjs";
import { textTable } from "./lib/timing.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const profDir = join(benchDir, "results", "profile");

/** For a bundled file, the source module of each line, from esbuild's `// src/...` markers. */
const moduleOfLine = new Map();
function sourceModule(file, line) {
  if (!moduleOfLine.has(file)) {
    const marks = [];
    try {
      readFileSync(file, "utf8").split("\n").forEach((l, k) => { if (/^\/\/ src\//.test(l)) marks.push([k + 1, l.slice(3).trim()]); });
    } catch { /* not a readable file */ }
    moduleOfLine.set(file, marks);
  }
  let found = null;
  for (const [at, mod] of moduleOfLine.get(file)) { if (at > line) break; found = mod; }
  return found;
}

/** Self time per function (ms), from a .cpuprofile's samples and time deltas. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let k = 0; k < samples.length; k++) {
    // timeDeltas[k] is the time before sample k; attribute the next delta to sample k.
    const dt = (timeDeltas[k + 1] ?? 0) / 1000;
    self.set(samples[k], (self.get(samples[k]) ?? 0) + dt);
  }
  const agg = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const cf = byId.get(id).callFrame;
    const path = cf.url ? cf.url.replace(/^file:\/\//, "") : "";
    const url = path ? relative(rootDir, path) : "";
    const mod = url.startsWith("dist/") ? sourceModule(path, cf.lineNumber + 1) : null;
    const key = `${cf.functionName || "(anonymous)"}\t${mod ? `${mod} (` : ""}${url}${url ? `:${cf.lineNumber + 1}` : ""}${mod ? ")" : ""}`;
    agg.set(key, (agg.get(key) ?? 0) + ms);
    total += ms;
  }
  return { total, rows: [...agg].sort((a, b) => b[1] - a[1]).map(([key, ms]) => { const [fn, where] = key.split("\t"); return { fn, where, ms }; }) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let file = args.find((a) => a.endsWith(".cpuprofile"));
  if (!file) {
    mkdirSync(profDir, { recursive: true });
    for (const f of readdirSync(profDir)) if (f.endsWith(".cpuprofile")) rmSync(join(profDir, f)); // keep only this run's
    // --doc MB profiles one long document instead (to find stages that grow faster than linearly).
    const doc = opt("--doc", null);
    const work = doc ? ["bigdoc", doc] : ["workload", opt("--seconds", "5")];
    const r = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profDir}`, "--max-old-space-size=4096", join(benchDir, "lib", "child.mjs"), ...work], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    if (r.status !== 0) process.exit(r.status ?? 1);
    const w = JSON.parse(r.stdout.trim().split("\n").pop());
    console.log(doc ? `workload: one document of ${(w.chars / 1e6).toFixed(2)}M characters, ${(w.ms / 1000).toFixed(1)} s` : `workload: ${w.passes} passes over the corpus, ${(w.chars / 1e6).toFixed(1)}M characters`);
    file = readdirSync(profDir).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(profDir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  }
  const { total, rows } = selfTimes(JSON.parse(readFileSync(file, "utf8")));
  const top = Number(opt("--top", "15"));
  console.log(`profile: ${relative(rootDir, file)} (${(total / 1000).toFixed(1)} s sampled)\n`);
  const short = (s) => (s.length > 60 ? s.slice(0, 57) + "..." : s);
  console.log(textTable([["function", "self ms", "self %", "where"], ...rows.slice(0, top).map((r) => [short(r.fn), r.ms.toFixed(0), ((100 * r.ms) / total).toFixed(1), r.where])]));
}
