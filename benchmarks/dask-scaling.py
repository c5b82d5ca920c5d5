"""Throughput of thoisu on Dask (1 and 2 worker processes) beside the plain CLI, and the overhead per record.

    node examples/dask/python.mjs benchmarks/dask-scaling.py [--variants N] [--runs N]     (after npm run build)

`npm run bench` runs it when Dask is installed (benchmarks/run.mjs). Input: the corpus articles in N
variants (examples/dask/corpus.py), 8 JSONL shards. Each figure is the median of --runs passes of
the whole input (shards read, extracted, output written); Dask figures exclude starting the cluster
(reported apart) but include each worker's first thoisu start, as a real job would. Writes
benchmarks/results/dask.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "examples", "dask"))

import corpus  # noqa: E402
import thoisu_dask  # noqa: E402

CLI = os.path.join(ROOT, "dist", "cli.js")
COMMAND = ["node", CLI, "extract", "--jsonl", "--jobs", "1", "-"]


def children_cpu() -> float:
    """CPU seconds of this process's ended (waited-for) children, user + system."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def worker_cpu() -> float:
    """In a Dask worker: CPU seconds of the worker process and its live children (its thoisu)."""
    import psutil  # a dependency of distributed
    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:2])
        except psutil.Error:
            pass
    return total


def timed(fn, runs: int, cpu=lambda: 0.0, warmup: int = 0) -> dict:
    """Median wall and CPU seconds of ``runs`` passes after ``warmup`` passes (the first of which is
    reported as firstSeconds); ``cpu()`` gives CPU seconds spent in processes that are not ended yet."""
    wall, cpus = [], []
    for _ in range(warmup + runs):
        c0, own0, t = cpu() + children_cpu(), time.process_time(), time.perf_counter()
        fn()
        wall.append(time.perf_counter() - t)
        cpus.append(cpu() + children_cpu() - c0 + time.process_time() - own0)
    r = {"seconds": statistics.median(wall[warmup:]), "cpuSeconds": statistics.median(cpus[warmup:]), "samples": wall[warmup:]}
    if warmup:
        r["firstSeconds"] = wall[0]
    return r


def readme_table(r: dict) -> str:
    """The README's Dask table from a result."""
    m, i, o = r["machine"], r["input"], r["overhead"]
    lines = [
        f"Measured by benchmarks/dask-scaling.py (part of `npm run bench`) on {m['cores']} cores, {m['date'][:10]}, "
        f"Dask {m['dask']}, load average {m['loadAverage']:.1f}: {i['records']} records ({i['chars']:,} characters) "
        f"in {i['shards']} shards, median of {i['runs']} passes, output written.",
        "",
        "| Run | wall s | records/s | CPU s (all processes) |",
        "|---|---:|---:|---:|",
    ]
    for name, row in r["rows"].items():
        lines.append(f"| {name} | {row['seconds']:.2f} | {row['recordsPerSecond']:.0f} | {row['cpuSeconds']:.2f} |")
    lines += ["", f"Per record: the plain CLI spends {o['cliCpuMsPerRecord']:.2f} ms of CPU in a fresh process, "
              f"{o['warmCpuMsPerRecord']:.2f} ms once warm (a long-lived worker's state); driving it through the pipe adds "
              f"{o['pipeVsCliWallMsPerRecord']:+.2f} ms wall ({o['pipeVsCliCpuMsPerRecord']:+.2f} ms CPU); Dask with one worker adds "
              f"{o['daskVsPipeWallMsPerRecord']:+.2f} ms wall ({o['daskVsPipeCpuMsPerRecord']:+.2f} ms CPU, all processes) to the warm pipe "
              f"(scheduling, reading shards, writing output). Two workers run at {o['twoWorkersSpeedup']:.2f}x the speed of one."]
    if m["loadAverage"] > m["cores"]:
        lines += ["", f"**This run shared its {m['cores']} cores with other work (load average {m['loadAverage']:.0f}):** its wall "
                  "times measure that contention more than Dask, above all the 2-worker figure (a second worker only "
                  "helps when a core is free). The CPU column is steadier; rerun `npm run bench` on an idle machine for scaling."]
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", type=int, default=3, help="records per corpus article (default 3)")
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--write-readme", action="store_true", help="put the table in README.md between <!-- dask:start/end -->")
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    work = tempfile.mkdtemp(prefix="thoisu-dask-bench-")
    try:
        paths, n = corpus.write_shards(os.path.join(work, "in"), args.shards, args.variants, bad=False)
        chars = sum(len(r["text"]) for r in corpus.records(args.variants))
        rows = {}
        log = lambda s: print(s, flush=True)  # noqa: E731
        log(f"dask: {n} records, {chars:,} characters, {len(paths)} shards; median of {args.runs} passes; "
            f"load average {os.getloadavg()[0]:.1f}")

        def cli(jobs: int):
            def run():
                with open(os.devnull, "wb") as sink:
                    subprocess.run(["node", CLI, "extract", "--jsonl", "--jobs", str(jobs), "-q", *paths], stdout=sink, check=True)
            return run

        def show(name, r, extra=""):
            rows[name] = r
            log(f"  {name}: {r['seconds']:.2f} s wall, {r['cpuSeconds']:.2f} s CPU{extra}")

        for jobs in (1, 2):
            show(f"plain CLI --jobs {jobs}", timed(cli(jobs), args.runs))

        # The pipe alone (no Dask): a ThoisuProcess in this process, shard after shard; started for
        # each pass (as cold as the plain CLI), or kept (as warm as a long-lived Dask worker's).
        kept = thoisu_dask.ThoisuProcess(COMMAND)

        def through(p):
            for path in paths:
                with open(path, encoding="utf-8", newline="\n") as f:
                    p.extract(list(f), None, path)

        def pipe_cold():
            p = thoisu_dask.ThoisuProcess(COMMAND)
            try:
                through(p)
            finally:
                p.close()

        def kept_cpu():
            import psutil
            try:
                return sum(psutil.Process(kept.pid).cpu_times()[:2]) if kept.pid else 0.0
            except psutil.Error:
                return 0.0
        show("pipe, no Dask: a CLI process per pass", timed(pipe_cold, args.runs))
        try:
            show("pipe, no Dask: one CLI process kept warm", timed(lambda: through(kept), args.runs, kept_cpu, warmup=1))
        finally:
            kept.close()

        for workers in (1, 2):
            t = time.perf_counter()
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
            start = time.perf_counter() - t
            try:
                k = 0

                def run():
                    nonlocal k
                    k += 1
                    out = os.path.join(work, f"out-{workers}-{k}")
                    thoisu_dask.write_jsonl(thoisu_dask.extract_bag(thoisu_dask.read_shards(paths), COMMAND), out)
                    shutil.rmtree(out)
                r = timed(run, args.runs, cpu=lambda: sum(client.run(worker_cpu).values()), warmup=1)
            finally:
                client.close()
                cluster.close()
            show(f"Dask, {workers} worker process{'es' if workers > 1 else ''} (warm)", {**r, "clusterStartSeconds": start},
                 f"; first pass {r['firstSeconds']:.2f} s (thoisu started, cold); cluster start {start:.1f} s")

        for r in rows.values():
            r["recordsPerSecond"] = n / r["seconds"]
            r["charsPerSecond"] = chars / r["seconds"]
        cli1 = rows["plain CLI --jobs 1"]
        cold, warm = rows["pipe, no Dask: a CLI process per pass"], rows["pipe, no Dask: one CLI process kept warm"]
        d1, d2 = rows["Dask, 1 worker process (warm)"], rows["Dask, 2 worker processes (warm)"]
        per = lambda a, b, k: (a[k] - b[k]) / n * 1000  # noqa: E731  ms per record
        overhead = {
            "cliCpuMsPerRecord": cli1["cpuSeconds"] / n * 1000,
            "warmCpuMsPerRecord": warm["cpuSeconds"] / n * 1000,
            "pipeVsCliWallMsPerRecord": per(cold, cli1, "seconds"),
            "pipeVsCliCpuMsPerRecord": per(cold, cli1, "cpuSeconds"),
            "daskVsPipeWallMsPerRecord": per(d1, warm, "seconds"),
            "daskVsPipeCpuMsPerRecord": per(d1, warm, "cpuSeconds"),
            "twoWorkersSpeedup": d1["seconds"] / d2["seconds"],
        }
        log(f"  per record: the plain CLI takes {overhead['cliCpuMsPerRecord']:.2f} ms CPU (a warm process "
            f"{overhead['warmCpuMsPerRecord']:.2f} ms); the pipe adds {overhead['pipeVsCliWallMsPerRecord']:+.2f} ms wall, "
            f"{overhead['pipeVsCliCpuMsPerRecord']:+.2f} ms CPU; Dask (1 worker, warm) adds {overhead['daskVsPipeWallMsPerRecord']:+.2f} ms wall, "
            f"{overhead['daskVsPipeCpuMsPerRecord']:+.2f} ms CPU to the warm pipe; 2 workers: {overhead['twoWorkersSpeedup']:.2f}x the speed of 1")
        import dask
        import distributed
        result = {
            "machine": {"cores": os.cpu_count(), "loadAverage": os.getloadavg()[0], "python": platform.python_version(),
                        "dask": dask.__version__, "distributed": distributed.__version__,
                        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
            "input": {"records": n, "chars": chars, "shards": len(paths), "variants": args.variants, "runs": args.runs},
            "rows": rows,
            "overhead": overhead,
        }
        os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
        with open(os.path.join(HERE, "results", "dask.json"), "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2)
            f.write("\n")
        log("  wrote benchmarks/results/dask.json")
        table = readme_table(result)
        log(table)
        if args.write_readme:
            path = os.path.join(ROOT, "README.md")
            with open(path, encoding="utf-8") as f:
                text = f.read()
            a, b = text.index("<!-- dask:start -->"), text.index("<!-- dask:end -->")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text[:a] + "<!-- dask:start -->\n" + table + text[b:])
            log("  README.md: Dask table rewritten")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
