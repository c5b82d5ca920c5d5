#!/usr/bin/env node
// The CLI at corpus scale: a JSONL corpus built from the bundled articles, run through
// `node dist/cli.js extract --jsonl FILE --quiet` with 1 job and with 2 (and with every core, if
// more), each in a fresh process. Reports wall time, CPU time, peak RSS (Linux: /proc VmHWM),
// the speed-up of 2 jobs over 1, and checks that output lines equal input lines, in order.
//   node benchmarks/cli-scale.mjs [MB] [--runs N]     (default 48 MB, 2 runs each; run.mjs calls it)
// The acceptance run is `node benchmarks/cli-scale.mjs 1024` (a 1 GB file; minutes).
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { rootDir } from "./lib/corpus.mjs";
import { writeCorpusJsonl } from "./lib/corpus-jsonl.mjs";

const cli = join(rootDir, "dist", "cli.js");

/** One run of the CLI; peak RSS sampled from /proc (VmHWM is the high-water mark, so sampling loses at most the last interval). */
function runCli(file, jobs) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, "extract", "--jsonl", file, "--quiet", "--jobs", String(jobs)], { stdio: ["ignore", "pipe", "pipe"] });
    let peak = null, cpuMs = null, lines = 0, inOrder = true, last = "", rest = "", stderr = "";
    const status = `/proc/${child.pid}/status`;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, "utf8"));
        if (m) peak = Math.max(peak ?? 0, Number(m[1]) * 1024);
        // utime + stime of all threads, in clock ticks (100 a second on Linux): CPU time, which other load on a shared machine disturbs less than wall time.
        const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
        cpuMs = (Number(stat[11]) + Number(stat[12])) * 10;
      } catch { /* not Linux, or the process is gone */ }
    };
    const timer = existsSync(status) ? setInterval(sample, 100) : null;
    child.stdout.setEncoding("utf8").on("data", (d) => {
      const parts = (rest + d).split("\n");
      rest = parts.pop();
      for (const p of parts) {
        lines++;
        const id = /^\{"id":"([^"]*)"/.exec(p)?.[1] ?? "";
        if (id <= last) inOrder = false;
        last = id;
      }
    });
    child.stderr.setEncoding("utf8").on("data", (d) => { stderr += d; });
    child.on("error", reject);
    child.on("close", (code) => {
      if (timer) clearInterval(timer);
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) return reject(new Error(`thoisu exited ${code}: ${stderr.slice(0, 500)}`));
      resolve({ jobs, wallMs, cpuMs, peakRssBytes: peak, lines, inOrder });
    });
  });
}

async function countLines(file) {
  let n = 0;
  for await (const _ of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) n++;
  return n;
}

/** Measures the CLI on an `mb` MB corpus; `runs` alternating runs per job count, the fastest kept (least disturbed by other load). */
export async function cliScale({ mb = 48, runs = 2 } = {}) {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: npm run build");
  const dir = mkdtempSync(join(tmpdir(), "thoisu-cli-bench-"));
  const file = join(dir, "corpus.jsonl");
  try {
    const { lines, bytes } = await writeCorpusJsonl(file, mb);
    const jobCounts = [...new Set([1, 2, cpus().length])];
    const all = Object.fromEntries(jobCounts.map((j) => [j, []]));
    const loadBefore = loadavg()[0];
    for (let k = 0; k < runs; k++) for (const j of jobCounts) all[j].push(await runCli(file, j));
    const best = Object.fromEntries(jobCounts.map((j) => [j, all[j].reduce((a, b) => (b.wallMs < a.wallMs ? b : a))]));
    const peaks = Object.fromEntries(jobCounts.map((j) => [j, Math.max(...all[j].map((r) => r.peakRssBytes ?? 0)) || null]));
    const linesOk = Object.values(all).flat().every((r) => r.lines === lines && r.inOrder);
    return {
      megabytes: bytes / 1048576, lines, loadAverage: loadBefore, runs,
      byJobs: jobCounts.map((j) => ({ jobs: j, wallMs: best[j].wallMs, cpuMs: best[j].cpuMs, mbPerSec: bytes / 1048576 / (best[j].wallMs / 1000), peakRssBytes: peaks[j] })),
      speedup2: best[1].wallMs / best[2].wallMs,
      linesOk,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A text table of a cliScale result. */
export function cliScaleTable(r) {
  const rows = r.byJobs.map((b) => `  --jobs ${b.jobs}: ${(b.wallMs / 1000).toFixed(1)} s (CPU ${b.cpuMs != null ? (b.cpuMs / 1000).toFixed(1) + " s" : "n/a"}), ${b.mbPerSec.toFixed(2)} MB/s, peak RSS ${b.peakRssBytes ? (b.peakRssBytes / 1048576).toFixed(0) + " MB" : "n/a"}`);
  return [
    `CLI on a ${r.megabytes.toFixed(0)} MB JSONL corpus (${r.lines} articles; fastest of ${r.runs} runs each; load average ${r.loadAverage.toFixed(1)} at start):`,
    ...rows,
    `  speed-up, 2 jobs over 1: ${r.speedup2.toFixed(2)}x (goal >= 1.6x on 2 cores)`,
    `  output lines = input lines, in input order: ${r.linesOk ? "yes" : "NO"}`,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const mb = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 48);
  const runsAt = args.indexOf("--runs");
  const r = await cliScale({ mb, runs: runsAt >= 0 ? Number(args[runsAt + 1]) : 2 });
  console.log(cliScaleTable(r));
  console.log(JSON.stringify(r));
}
