#!/usr/bin/env node
// A/B throughput of two builds of the library on a shared machine: both are loaded in ONE
// process and run alternately (A B, B A, ...) over the bundled articles, so the other load on the
// machine falls on both alike; CPU time per pass (process.cpuUsage), medians, and the median of
// the per-round ratios B/A. The copy loaded second runs a few percent slower on its own (seen
// from 4 to 15% with the same build twice), so the comparison is made twice, in both load orders,
// and the two ratios are combined (their geometric mean cancels the bias). Also checks that both
// builds give the same output on every article (with and without its date).
//
//   cp -r dist /tmp/base     (on the old commit, after npm run build)
//   node benchmarks/ab.mjs /tmp/base dist [--rounds 10]
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadCorpus, optionsFor } from "./lib/corpus.mjs";
import { median } from "./lib/timing.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dirs = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--")));
if (dirs.length !== 2) {
  console.error("usage: node benchmarks/ab.mjs DIST_A DIST_B [--rounds N]");
  process.exit(2);
}
const rounds = Number(opt("--rounds", "10"));

if (args.includes("--child")) {
  // One comparison in this process: `first` is loaded first.
  const [first, second] = dirs.map((d) => resolve(d));
  const corpus = loadCorpus();
  const load = async (d) => (await import(pathToFileURL(`${d}/index.js`).href)).extract;
  const ex = { [first]: await load(first), [second]: await load(second) };
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  let sink = 0;
  const pass = (d) => { const c = cpu(); for (const a of corpus) sink += ex[d](a.text, optionsFor(a)).entities.length; return cpu() - c; };
  const FLOOR = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  const floorPass = () => { const c = cpu(); for (const a of corpus) { const m = a.text.match(FLOOR); sink += m ? m.length : 0; } return cpu() - c; };
  const fingerprint = (d) => {
    const h = createHash("sha256");
    for (const a of corpus) { h.update(JSON.stringify(ex[d](a.text, optionsFor(a)))); h.update(JSON.stringify(ex[d](a.text))); }
    return h.digest("hex");
  };
  const same = fingerprint(first) === fingerprint(second);
  for (let k = 0; k < 3; k++) { pass(first); pass(second); floorPass(); }
  const t = { [first]: [], [second]: [] }, ratio = [], floor = [];
  for (let r = 0; r < rounds; r++) {
    const order = r & 1 ? [second, first] : [first, second];
    for (const d of order) t[d].push(pass(d));
    ratio.push(t[second][r] / t[first][r]);
    floor.push(floorPass());
  }
  const chars = corpus.reduce((n, a) => n + a.text.length, 0);
  process.stdout.write(JSON.stringify({ first, second, same, chars, floorMs: median(floor), ms: { [first]: median(t[first]), [second]: median(t[second]) }, ratio: median(ratio), sink }) + "\n");
} else {
  const [a, b] = dirs.map((d) => resolve(d));
  const run = (first, second) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), first, second, "--rounds", String(rounds), "--child"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    if (r.status !== 0) process.exit(r.status ?? 1);
    return JSON.parse(r.stdout.trim().split("\n").pop());
  };
  const ab = run(a, b), ba = run(b, a);
  const fmt = (ms, floor, chars) => `${ms.toFixed(1)} ms CPU/pass, ${(chars / ms / 1000).toFixed(2)}M chars/s, ${(ms / floor).toFixed(1)}x floor`;
  for (const [label, r] of [["A loaded first", ab], ["B loaded first", ba]]) {
    console.log(`${label}: A ${fmt(r.ms[a], r.floorMs, r.chars)}; B ${fmt(r.ms[b], r.floorMs, r.chars)}; floor ${r.floorMs.toFixed(1)} ms; median B/A ${(label.startsWith("A") ? r.ratio : 1 / r.ratio).toFixed(3)}`);
  }
  // ab.ratio = (B/A)·bias, ba.ratio = (A/B)·bias: the bias cancels in their quotient.
  const ratio = Math.sqrt(ab.ratio / ba.ratio);
  console.log(`B/A, load-order bias removed: ${ratio.toFixed(3)} (${ratio < 1 ? `B ${((1 - ratio) * 100).toFixed(1)}% less CPU` : `B ${((ratio - 1) * 100).toFixed(1)}% more CPU`})`);
  console.log(ab.same && ba.same ? "output: identical on every article" : "output: DIFFERS on some article");
  if (!(ab.same && ba.same)) process.exitCode = 1;
}
