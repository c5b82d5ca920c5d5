#!/usr/bin/env node
// The CLI at corpus scale: a JSONL corpus built from the bundled articles, run through
// `node dist/cli.js extract --jsonl FILE --quiet` with 1 job and with 2 (and with every core, if
// more), each in a fresh process, runs alternating. For each job count it reports:
//   - wall time (fastest run) and the wall speed-up of 2 jobs over 1, with the load average around
//     the runs: on a shared, loaded machine wall time measures the other load as much as thoisu;
//   - CPU time of the whole process (all threads, exact: this process's children's time, from
//     /proc/self/stat), of its main thread, and its busiest thread (sampled from /proc/PID/task);
//   - where that CPU goes: the main thread (reading and writing), the extracting threads (the pool's
//     workers: a corpus goes to a worker also with 1 job), and V8's background threads (JIT
//     compiler, concurrent/parallel GC);
//   - how the extracting threads spent their lifetime (Linux schedstat): busy (on a CPU), waiting for
//     a CPU (runnable: the cores are taken, by thoisu's other threads or by other processes), idle
//     (nothing to do: starved by the reader or the ordering window);
//   - steady CPU per line: CPU spent on the second half of the output lines, when the JIT of every
//     isolate has warmed up (each worker warms up on its own, a fixed cost per worker);
//   - peak RSS (Linux VmHWM of the CLI's process: its main thread and worker threads; it starts no
//     other process) of each run, since it moves by tens of MB between runs of one build, and
//     whether output lines equal input lines, in input order;
//   - a CPU-bound estimate of the speed-up on idle cores, from the CPU times (see `estimate`),
//     at this size and, from the steady cost per line, for a 1 GB corpus.
//   node benchmarks/cli-scale.mjs [MB] [--runs N] [--jobs 1,2]   (default 48 MB, 2 runs; run.mjs calls it)
// The issue's acceptance run is `node benchmarks/cli-scale.mjs 1024 --runs 1` (a 1 GB file; over 15 minutes on 2 idle cores).
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { rootDir } from "./lib/corpus.mjs";
import { writeCorpusJsonl } from "./lib/corpus-jsonl.mjs";

const cli = join(rootDir, "dist", "cli.js");
const TICK_MS = 10; // Linux clock ticks are 1/100 s
const linux = existsSync("/proc/self/stat");

/** utime + stime (ms) from a /proc stat line; `children` adds cutime + cstime (children this process waited for). */
const statCpu = (text, children = false) => {
  const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12]) + (children ? Number(f[13]) + Number(f[14]) : 0)) * TICK_MS;
};
const childrenCpu = () => { const f = readFileSync("/proc/self/stat", "utf8"); return statCpu(f, true) - statCpu(f); };

/** One run of the CLI on `file` (`lines` non-blank lines). */
function runCli(file, lines, jobs) {
  return new Promise((resolve, reject) => {
    const load0 = loadavg()[0];
    const cpu0 = linux ? childrenCpu() : null;
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, "extract", "--jsonl", file, "--quiet", "--jobs", String(jobs)], { stdio: ["ignore", "pipe", "pipe"] });
    let peak = null, out = 0, inOrder = true, last = "", rest = "", stderr = "", half = null;
    const threads = new Map(); // tid -> CPU ms at its last sample (a thread's time stays in the process's after it ends)
    const sched = new Map(); // tid -> { startMs, lastMs, runMs, waitMs } (since boot; schedstat: on a CPU, runnable but waiting)
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peak = Math.max(peak ?? 0, Number(m[1]) * 1024);
        const nowMs = Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]) * 1000;
        for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
          try {
            const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, "utf8");
            threads.set(tid, statCpu(stat));
            const [runNs, waitNs] = readFileSync(`/proc/${child.pid}/task/${tid}/schedstat`, "utf8").split(" ").map(Number);
            const startMs = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]) * TICK_MS;
            sched.set(tid, { startMs, lastMs: nowMs, runMs: runNs / 1e6, waitMs: waitNs / 1e6 });
          } catch { /* ended, or no schedstat */ }
        }
        return statCpu(readFileSync(`/proc/${child.pid}/stat`, "utf8"));
      } catch { return null; /* not Linux, or the process is gone */ }
    };
    const timer = linux ? setInterval(sample, 100) : null;
    child.stdout.setEncoding("utf8").on("data", (d) => {
      const parts = (rest + d).split("\n");
      rest = parts.pop();
      for (const p of parts) {
        out++;
        const id = /^\{"id":"([^"]*)"/.exec(p)?.[1] ?? "";
        if (id <= last) inOrder = false;
        last = id;
      }
      if (half === null && out >= lines / 2 && linux) {
        const cpu = sample();
        if (cpu !== null) half = { cpu, out, threads: new Map(threads) };
      }
    });
    child.stderr.setEncoding("utf8").on("data", (d) => { stderr += d; });
    child.on("error", reject);
    child.on("close", (code) => {
      if (timer) clearInterval(timer);
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) return reject(new Error(`thoisu exited ${code}: ${stderr.slice(0, 500)}`));
      const cpuMs = linux ? childrenCpu() - cpu0 : null;
      const busiest = [...threads].sort((a, b) => b[1] - a[1])[0];
      const steady = half && cpuMs !== null && out > half.out;
      // The extracting threads: the pool's workers, the last threads the process starts (V8's and
      // libuv's threads start before the pool), also with 1 job.
      const tids = [...threads.keys()].sort((a, b) => Number(a) - Number(b));
      const extractors = tids.slice(-jobs);
      const mainThreadCpuMs = threads.get(String(child.pid)) ?? null;
      const extractorsCpuMs = linux ? extractors.reduce((a, t) => a + (threads.get(t) ?? 0), 0) : null;
      // Shares of each extracting thread's lifetime, averaged over the threads.
      const lives = extractors.map((t) => sched.get(t)).filter(Boolean).map((x) => ({ ...x, lifeMs: Math.max(1, x.lastMs - x.startMs) }));
      const share = (f) => (lives.length ? lives.reduce((a, x) => a + Math.min(1, f(x) / x.lifeMs), 0) / lives.length : null);
      const busyShare = share((x) => x.runMs), waitShare = share((x) => x.waitMs);
      resolve({
        jobs, wallMs, cpuMs, peakRssBytes: peak, lines: out, inOrder,
        mainThreadCpuMs,
        extractorsCpuMs,
        backgroundCpuMs: cpuMs !== null && mainThreadCpuMs !== null ? cpuMs - mainThreadCpuMs - extractorsCpuMs : null,
        extractorBusyShare: busyShare, extractorWaitShare: waitShare,
        extractorIdleShare: busyShare !== null && waitShare !== null ? Math.max(0, 1 - busyShare - waitShare) : null,
        busiestThreadCpuMs: busiest?.[1] ?? null,
        steadyCpuMsPerLine: steady ? (cpuMs - half.cpu) / (out - half.out) : null,
        busiestThreadSteadyCpuMsPerLine: steady && busiest ? (busiest[1] - (half.threads.get(busiest[0]) ?? 0)) / (out - half.out) : null,
        loadAverage: [load0, loadavg()[0]],
      });
    });
  });
}

async function countLines(file) {
  let n = 0;
  for await (const l of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (l.trim()) n++;
  return n;
}

/**
 * Speed-up of `two` over `one` on idle cores if the run is CPU-bound: a run takes at least its
 * busiest thread's CPU time and at least its total CPU time spread over the cores. It leaves out
 * what idle cores do not remove (waiting on the disk, on the pipe).
 */
export function estimateSpeedup(one, two, cores = 2) {
  const bound = (r) => Math.max(r.busiestThreadCpuMs ?? 0, r.cpuMs / cores);
  return bound(one) / bound(two);
}

/** Measures the CLI on an `mb` MB corpus; `runs` alternating runs per job count; the least disturbed figure of each kept. */
export async function cliScale({ mb = 48, runs = 2, jobs = null } = {}) {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: npm run build");
  const dir = mkdtempSync(join(tmpdir(), "thoisu-cli-bench-"));
  const file = join(dir, "corpus.jsonl");
  try {
    const { lines, bytes } = await writeCorpusJsonl(file, mb);
    if (lines !== (await countLines(file))) throw new Error("the corpus file does not have the lines written");
    const cores = availableParallelism();
    const jobCounts = jobs ?? [...new Set([1, 2, cores])];
    const all = Object.fromEntries(jobCounts.map((j) => [j, []]));
    for (let k = 0; k < runs; k++) for (const j of jobCounts) all[j].push(await runCli(file, lines, j));
    const byJobs = jobCounts.map((j) => {
      const rs = all[j];
      const fastest = rs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
      const leastCpu = rs.reduce((a, b) => ((b.cpuMs ?? Infinity) < (a.cpuMs ?? Infinity) ? b : a));
      return {
        jobs: j, wallMs: fastest.wallMs, mbPerSec: bytes / 1048576 / (fastest.wallMs / 1000),
        cpuMs: leastCpu.cpuMs, mainThreadCpuMs: leastCpu.mainThreadCpuMs, busiestThreadCpuMs: leastCpu.busiestThreadCpuMs,
        extractorsCpuMs: leastCpu.extractorsCpuMs, backgroundCpuMs: leastCpu.backgroundCpuMs,
        extractorBusyShare: leastCpu.extractorBusyShare, extractorWaitShare: leastCpu.extractorWaitShare, extractorIdleShare: leastCpu.extractorIdleShare,
        steadyCpuMsPerLine: leastCpu.steadyCpuMsPerLine, busiestThreadSteadyCpuMsPerLine: leastCpu.busiestThreadSteadyCpuMsPerLine,
        peakRssBytes: Math.max(...rs.map((r) => r.peakRssBytes ?? 0)) || null,
        peakRssRunsBytes: rs.map((r) => r.peakRssBytes),
        mbPerSecRuns: rs.map((r) => bytes / 1048576 / (r.wallMs / 1000)),
        loadAverage: [Math.min(...rs.map((r) => Math.min(...r.loadAverage))), Math.max(...rs.map((r) => Math.max(...r.loadAverage)))],
      };
    });
    const one = byJobs.find((b) => b.jobs === 1), two = byJobs.find((b) => b.jobs === 2);
    const linesOk = Object.values(all).flat().every((r) => r.lines === lines && r.inOrder);
    const r = {
      megabytes: bytes / 1048576, lines, runs, cores, byJobs, linesOk,
      loadAverage: [Math.min(...byJobs.map((b) => b.loadAverage[0])), Math.max(...byJobs.map((b) => b.loadAverage[1]))],
    };
    if (one && two) {
      r.speedup2 = one.wallMs / two.wallMs;
      r.cpuRatio2 = two.cpuMs != null ? two.cpuMs / one.cpuMs : null;
      if (one.cpuMs != null && one.busiestThreadCpuMs != null) {
        r.estimatedSpeedup2 = estimateSpeedup(one, two, cores);
        // At 1 GB the fixed costs (start-up, each isolate's JIT warm-up) stay as measured here and the
        // rest grows with the lines at the steady cost per line (second half of the run), for the
        // whole process and for its busiest thread alike.
        if (one.steadyCpuMsPerLine != null && two.steadyCpuMsPerLine != null && one.busiestThreadSteadyCpuMsPerLine != null && two.busiestThreadSteadyCpuMsPerLine != null) {
          const gbLines = lines * (1024 / r.megabytes);
          const scale = (b) => ({
            cpuMs: b.cpuMs + b.steadyCpuMsPerLine * (gbLines - lines),
            busiestThreadCpuMs: b.busiestThreadCpuMs + b.busiestThreadSteadyCpuMsPerLine * (gbLines - lines),
            fixedCpuMs: Math.max(0, b.cpuMs - b.steadyCpuMsPerLine * lines),
          });
          const g1 = scale(one), g2 = scale(two);
          r.warmUpCpuMs = { 1: g1.fixedCpuMs, 2: g2.fixedCpuMs };
          r.estimatedSpeedup2At1GB = estimateSpeedup(g1, g2, cores);
        }
      }
    }
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sec = (ms) => (ms == null ? "n/a" : `${(ms / 1000).toFixed(1)} s`);

/** A text table of a cliScale result. */
export function cliScaleTable(r) {
  const pc = (x) => (x == null ? "n/a" : `${Math.round(x * 100)}%`);
  const rows = r.byJobs.flatMap((b) => [
    `  --jobs ${b.jobs}: ${sec(b.wallMs)} wall, ${b.mbPerSec.toFixed(2)} MB/s; CPU ${sec(b.cpuMs)} (main thread ${sec(b.mainThreadCpuMs)}, ${b.jobs} worker${b.jobs > 1 ? "s" : ""} ${sec(b.extractorsCpuMs)}, V8 background threads ${sec(b.backgroundCpuMs)}; busiest thread ${sec(b.busiestThreadCpuMs)}); steady ${b.steadyCpuMsPerLine != null ? b.steadyCpuMsPerLine.toFixed(2) + " ms" : "n/a"} CPU per line; peak RSS ${b.peakRssBytes ? (b.peakRssBytes / 1048576).toFixed(0) + " MB" : "n/a"}${b.peakRssRunsBytes.length > 1 && b.peakRssBytes ? ` (runs: ${b.peakRssRunsBytes.map((x) => (x / 1048576).toFixed(0)).join(", ")} MB; ${b.mbPerSecRuns.map((x) => x.toFixed(2)).join(", ")} MB/s)` : ""}`,
    `    extracting thread${b.jobs > 1 ? "s (workers)" : " (worker)"}: busy ${pc(b.extractorBusyShare)} of ${b.jobs > 1 ? "their" : "its"} lifetime, waiting for a CPU ${pc(b.extractorWaitShare)}, idle ${pc(b.extractorIdleShare)}`,
  ]);
  const loaded = r.loadAverage[1] >= r.cores;
  const out = [
    `CLI on a ${r.megabytes.toFixed(0)} MB JSONL corpus (${r.lines} articles; ${r.cores} cores; least disturbed of ${r.runs} runs each; load average ${r.loadAverage[0].toFixed(1)}-${r.loadAverage[1].toFixed(1)} during the runs):`,
    ...rows,
  ];
  if (r.speedup2 != null) {
    out.push(`  wall speed-up, 2 jobs over 1: ${r.speedup2.toFixed(2)}x (goal >= 1.6x on 2 cores)${loaded ? ` -- measured under load (load average up to ${r.loadAverage[1].toFixed(1)} on ${r.cores} cores): not a measure of thoisu` : ""}`);
    if (r.cpuRatio2 != null) out.push(`  CPU time, 2 jobs / 1 job: ${r.cpuRatio2.toFixed(2)} (1.00 = no overhead)${r.warmUpCpuMs ? `; fixed costs (start-up, JIT warm-up of each isolate): ${sec(r.warmUpCpuMs[1])} with 1 job, ${sec(r.warmUpCpuMs[2])} with 2` : ""}`);
    if (r.estimatedSpeedup2 != null) out.push(`  CPU-bound estimate on ${r.cores} idle cores: ${r.estimatedSpeedup2.toFixed(2)}x at this size${r.estimatedSpeedup2At1GB != null ? `, ${r.estimatedSpeedup2At1GB.toFixed(2)}x for 1 GB (fixed costs as here, the rest at the steady cost per line)` : ""}`);
  }
  out.push(`  output lines = input lines, in input order: ${r.linesOk ? "yes" : "NO"}`);
  return out.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const mb = Number(args.find((a, i) => /^\d+(\.\d+)?$/.test(a) && !args[i - 1]?.startsWith("--")) ?? 48);
  const jobs = opt("--jobs")?.split(",").map(Number);
  const r = await cliScale({ mb, runs: Number(opt("--runs") ?? 2), jobs });
  console.log(cliScaleTable(r));
  console.log(JSON.stringify(r));
}
