/**
 * `npm run fuzz`: extract on a million generated inputs (tests/lib/fuzz-inputs.ts), every result
 * checked against the result contract (tests/lib/contract.ts), each input by two extractors over
 * different gazetteers, interleaved, and run twice (determinism). Prints the figures and, per kind
 * of failure, its count and first input (JSON); exits 1 when anything failed.
 *
 *   npm run fuzz                           # 1,000,000 inputs, seed 1
 *   npm run fuzz -- --runs 500000 --seed 1001 --long 1000   # seeds are per batch of 10,000: 1001+ does not overlap 1-100
 */
import fc from "fast-check";
import { parseArgs } from "node:util";
import { checkCase, fuzzCases } from "../tests/lib/fuzz-run.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "1000000" }, seed: { type: "string", default: "1" }, long: { type: "string", default: "300" } } });
const runs = Number(values.runs), seed = Number(values.seed), longMax = Number(values.long);
if (!(runs > 0) || !Number.isInteger(seed) || !(longMax > 0)) throw new TypeError("--runs, --seed and --long take positive integers");

const arb = fuzzCases(longMax);
const BATCH = 10_000;
const failures = new Map<string, { count: number; first: unknown; detail: string }>();
let done = 0, failed = 0, chars = 0;
const started = performance.now(), cpu0 = process.cpuUsage();
for (let b = 0; done < runs; b++) {
  // One seed per batch (seed, seed+1, ...): any batch can be replayed alone.
  for (const c of fc.sample(arb, { numRuns: Math.min(BATCH, runs - done), seed: seed + b })) {
    chars += c.input.length;
    const v = checkCase(c);
    done++;
    if (!v.length) continue;
    failed++;
    // The kind of failure: the message without its numbers and quoted texts.
    const kind = v[0]!.replace(/"(?:[^"\\]|\\.)*"/g, "…").replace(/\d+/g, "N").slice(0, 120);
    const f = failures.get(kind);
    if (f) f.count++;
    else {
      failures.set(kind, { count: 1, first: c, detail: v[0]! });
      // Each new kind at once, so that an interrupted run still says what it found.
      process.stderr.write(`\nnew failure: ${v[0]}\n  input: ${JSON.stringify(c).slice(0, 600)}\n`);
    }
  }
  const s = (performance.now() - started) / 1000;
  process.stderr.write(`\r${done.toLocaleString("en")} inputs, ${failed} failed, ${s.toFixed(0)} s`);
}
const cpu = process.cpuUsage(cpu0);
const seconds = (performance.now() - started) / 1000;
process.stderr.write("\n");
console.log(`${done.toLocaleString("en")} inputs (${(chars / 1e6).toFixed(1)} M characters, seeds ${seed}-${seed + Math.ceil(done / BATCH) - 1}), ${failed} failed, ${seconds.toFixed(0)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU`);
for (const [kind, f] of [...failures].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`\n${f.count} × ${kind}\n  ${f.detail}\n  first: ${JSON.stringify(f.first).slice(0, 600)}`);
}
process.exitCode = failed ? 1 : 0;
