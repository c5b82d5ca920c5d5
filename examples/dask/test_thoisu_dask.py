"""Tests of thoisu_dask against the real CLI (dist/cli.js) and a real Dask LocalCluster.

    npm run test:dask            (builds, then runs this with a Python that has dask.distributed)
    python3 examples/dask/test_thoisu_dask.py -v      (after npm run build)

The reference everywhere is a single-machine run of `node dist/cli.js extract --jsonl SHARD...`.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus  # noqa: E402
import thoisu_dask  # noqa: E402

CLI = os.path.join(corpus.ROOT, "dist", "cli.js")
COMMAND = ["node", CLI, "extract", "--jsonl", "--jobs", "1", "-"]


def single_machine(paths: list[str]) -> list[str]:
    """What one machine prints for these shards: the reference."""
    run = subprocess.run(["node", CLI, "extract", "--jsonl", "--jobs", "1", "-q", *paths],
                         capture_output=True, check=False)
    assert run.returncode in (0, 1), run.stderr.decode()
    return run.stdout.decode("utf-8").splitlines()


def shard_lines(path: str) -> list[str]:
    """A shard's lines as read_shards reads them."""
    with open(path, encoding="utf-8", errors="surrogateescape", newline="\n") as f:
        return list(f)


def pids_alive(pids) -> list[int]:
    alive = []
    for pid in pids:
        try:
            os.kill(pid, 0)
            alive.append(pid)
        except ProcessLookupError:
            pass
    return alive


# A stand-in for a record that kills its process (an out-of-memory crash, say): a pipe in front of
# the real CLI that exits when a line contains the marker. Everything else goes to the CLI.
POISON = "__thoisu_test_poison__"
PROXY = f"""
import subprocess, sys, os
cli = subprocess.Popen({COMMAND!r}, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for line in sys.stdin.buffer:
    if {POISON!r}.encode() in line:
        os._exit(3)
    cli.stdin.write(line); cli.stdin.flush()
    sys.stdout.buffer.write(cli.stdout.readline()); sys.stdout.buffer.flush()
"""


class ThoisuProcessTest(unittest.TestCase):
    """One long-lived CLI process, against the single-machine CLI run."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="thoisu-dask-unit-")
        cls.paths, _ = corpus.write_shards(cls.dir, shards=8, variants=1)
        cls.expected = {p: single_machine([p]) for p in cls.paths}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def test_shards_one_after_another_match_the_cli_line_for_line(self):
        proc = thoisu_dask.ThoisuProcess(COMMAND)
        try:
            # Every shard through the same process, twice, in another order the second time:
            # ids of id-less records, error line numbers and file names are each shard's own.
            for p in self.paths + self.paths[::-1]:
                lines = shard_lines(p)
                kept = [(s, n) for n, s in enumerate(lines, 1)
                        if not thoisu_dask._BLANK.match(s[1:] if n == 1 and s.startswith("\ufeff") else s)]
                out = proc.extract([s for s, _ in kept], [n for _, n in kept], p)
                self.assertEqual(out, self.expected[p], p)
            self.assertEqual(proc.starts, 1)
        finally:
            proc.close()
        errors = [json.loads(x) for p in self.paths for x in self.expected[p] if '"error":' in x and '"entities":' not in x]
        # The bad lines come back as error records in place, with their ids where they had one.
        self.assertEqual(len(errors), 5, errors)
        self.assertEqual({e["id"] for e in errors}, {None, "no-text", "bad-date"})  # not UTF-8: no id read
        self.assertTrue(all(e["line"] >= 1 and e["file"] in self.paths for e in errors))

    def test_a_killed_thoisu_process_is_restarted_and_nothing_is_lost(self):
        proc = thoisu_dask.ThoisuProcess(COMMAND)
        big = max(self.paths, key=os.path.getsize)
        lines = shard_lines(big)
        try:
            proc.extract(lines[:1], [1], big)  # started
            victim = proc.pid

            # Killed as soon as the shard's first answer is out: mid-run whatever the machine's
            # speed (a timer raced a fast machine and sometimes fired after the last answer).
            answers, put = proc._answers, proc._answers.put
            killed = []

            def put_then_kill(item, *args, **kwargs):
                put(item, *args, **kwargs)
                if item is not None and not killed:
                    killed.append(True)
                    os.kill(victim, signal.SIGKILL)
            answers.put = put_then_kill
            kept = [(s, n) for n, s in enumerate(lines, 1) if not thoisu_dask._BLANK.match(s)]
            self.assertGreater(len(kept), 20, "the shard is too small to be cut mid-run")
            out = proc.extract([s for s, _ in kept], [n for _, n in kept], big)
            self.assertEqual(proc.starts, 2, "the process was not killed mid-shard")
            self.assertEqual(out, self.expected[big])
        finally:
            proc.close()

    def test_a_record_that_kills_the_process_becomes_an_error_record(self):
        proc = thoisu_dask.ThoisuProcess([sys.executable, "-c", PROXY])
        p = max(self.paths, key=os.path.getsize)
        lines = [s for s in shard_lines(p) if not thoisu_dask._BLANK.match(s)]
        lines = [s for s in lines if "\ufeff" not in s]
        poisoned = json.dumps({"id": "poison", "text": POISON}) + "\n"
        mid = len(lines) // 2
        batch = lines[:mid] + [poisoned] + lines[mid:]
        try:
            out = proc.extract(batch, None, "x.jsonl")
        finally:
            proc.close()
        self.assertEqual(len(out), len(batch))
        bad = json.loads(out[mid])
        self.assertEqual((bad["id"], bad["line"], bad["file"]), ("poison", mid + 1, "x.jsonl"))
        self.assertIn("exited (code 3)", bad["error"])
        # Tried once in the batch, once alone: two crashes, three processes.
        self.assertEqual(proc.starts, 3)
        # The records around it are those of the plain CLI.
        ok = [json.loads(x) for k, x in enumerate(out) if k != mid and '"entities":' in x]
        want = {r["id"]: r for r in map(json.loads, self.expected[p]) if "entities" in r}
        self.assertGreater(len(ok), 20)
        for r in ok:
            if r["id"] in want and not r["id"].isdigit():
                self.assertEqual(r, want[r["id"]])


class WriteShardTest(unittest.TestCase):
    def test_a_shard_is_replaced_whole_and_a_dead_writers_temporary_file_removed(self):
        d = tempfile.mkdtemp(prefix="thoisu-dask-write-")
        path = os.path.join(d, "part-00000.jsonl")
        with open(path + ".4242.tmp", "w") as f:  # what a worker killed while writing leaves
            f.write('{"id":"half')
        with open(path, "w") as f:
            f.write("stale\n" * 10)
        ok = '{"id":"1","entities":[],"relations":[],"meta":{}}'
        bad = '{"id":null,"line":2,"error":"malformed JSON","file":"x"}'
        summary = thoisu_dask._write_shard([ok, bad], path, None)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(f.read(), ok + "\n" + bad + "\n")
        self.assertEqual((summary["records"], summary["errors"]), (2, 1))
        self.assertEqual(sorted(os.listdir(d)), ["part-00000.jsonl"])
        shutil.rmtree(d)


class DaskClusterTest(unittest.TestCase):
    """≥ 500 articles in ≥ 8 shards on a LocalCluster of 2 worker processes, one killed mid-run."""

    def test_two_workers_one_killed_same_output_as_one_machine(self):
        from distributed import Client, LocalCluster, as_completed
        import dask.bag as db
        import pandas as pd

        work = tempfile.mkdtemp(prefix="thoisu-dask-")
        paths, n_records = corpus.write_shards(os.path.join(work, "in"), shards=12, variants=6)
        self.assertGreaterEqual(n_records, 500)
        t0 = time.perf_counter()
        expected = single_machine(paths)
        cli_seconds = time.perf_counter() - t0
        print(f"\n  single machine: {len(expected)} output lines from {n_records} articles + bad lines "
              f"in {len(paths)} shards, {cli_seconds:.1f} s", file=sys.stderr)

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        try:
            out_dir = os.path.join(work, "out")
            results = thoisu_dask.extract_bag(thoisu_dask.read_shards(paths), COMMAND)
            tasks = thoisu_dask.write_jsonl(results, out_dir, csv=True, compute=False)
            futures = client.compute(tasks, retries=2)
            worker_pids = client.run(os.getpid)
            # Kill one worker process (SIGKILL, no goodbye) while it is running a shard, once the
            # first shard is written: Dask must rerun its shards on the other worker (and the
            # nanny restarts it); its thoisu child must not be left behind.
            first = next(as_completed(futures))
            self.assertFalse(all(f.done() for f in futures), "all shards done before the kill")
            busy = {}
            deadline = time.time() + 30
            while not busy and time.time() < deadline:
                busy = {w: ks for w, ks in client.processing().items() if ks and w in worker_pids}
                time.sleep(0.01)
            self.assertTrue(busy, "no worker busy")
            victim_addr, victim_tasks = sorted(busy.items())[0]
            children = client.run(lambda: [p.pid for (pid, _), (p, _l) in thoisu_dask._processes.items()
                                           if pid == os.getpid() and p.pid], workers=[victim_addr])
            os.kill(worker_pids[victim_addr], signal.SIGKILL)
            killed_at_done = sum(f.done() for f in futures)
            summary = client.gather(futures)
            print(f"  killed worker pid {worker_pids[victim_addr]} running {victim_tasks} "
                  f"after {killed_at_done}/{len(futures)} shards", file=sys.stderr)
            self.assertIsNotNone(first)

            # Same output, record for record and byte for byte, in shard order.
            got = []
            for k in range(len(paths)):
                with open(os.path.join(out_dir, f"part-{k:05d}.jsonl"), encoding="utf-8") as f:
                    got.extend(f.read().splitlines())
            self.assertEqual(len(got), len(expected))
            for k, (g, e) in enumerate(zip(got, expected)):
                self.assertEqual(g, e, f"output line {k + 1}")
            self.assertEqual(sum(s["records"] for s in summary), len(expected))
            self.assertEqual(sum(s["errors"] for s in summary), sum('"entities":' not in e for e in expected))
            self.assertEqual(sum(s["errors"] for s in summary), len([b for b in corpus.BAD_LINES if b.strip()]) - 1)
            # The killed worker's shards were written by another process; no temporary file is left.
            self.assertNotIn(worker_pids[victim_addr], {s["pid"] for s in summary})
            self.assertEqual([f for f in os.listdir(out_dir) if f.endswith(".tmp")], [])
            # The killed worker's thoisu child ended with it (its stdin closed).
            deadline = time.time() + 10
            while pids_alive(children.get(victim_addr, [])) and time.time() < deadline:
                time.sleep(0.1)
            self.assertEqual(pids_alive(children.get(victim_addr, [])), [], "orphaned thoisu process")

            # pandas reads the output: JSONL shards, and the CSV entity tables equal the CLI's.
            frames = []
            for k in range(len(paths)):
                with open(os.path.join(out_dir, f"part-{k:05d}.jsonl"), encoding="utf-8") as f:
                    frames.append(pd.read_json(f, lines=True, dtype={"id": "string"}, convert_dates=False))
            frame = pd.concat(frames)
            self.assertEqual(frame["id"].tolist(), [json.loads(e)["id"] or pd.NA for e in expected])
            self.assertEqual(len(frame), len(expected))
            some = range(4)  # the CLI's CSV of the first shards (a second full pass would only cost time)
            cli_csv = os.path.join(work, "cli-csv")
            subprocess.run(["node", CLI, "extract", "--jsonl", "--jobs", "1", "-q", "--format", "csv", "--out", cli_csv,
                            *[paths[k] for k in some]], capture_output=True, check=False)
            want = pd.read_csv(os.path.join(cli_csv, "entities.csv"), dtype={"doc_id": str})
            ours = pd.concat(pd.read_csv(os.path.join(out_dir, f"entities-{k:05d}.csv"), dtype={"doc_id": str})
                             for k in some).reset_index(drop=True)
            self.assertGreater(len(want), 1000)
            pd.testing.assert_frame_equal(ours, want)

            # Other partitions, same records: valid records as dicts in 5 partitions.
            valid = [r for r in corpus.records(6) if isinstance(r.get("id"), str)][::5]
            by_id = {json.loads(e)["id"]: e for e in expected if '"entities":' in e}
            again = thoisu_dask.extract_bag(db.from_sequence(valid, npartitions=5), COMMAND).compute()
            self.assertEqual(again, [by_id[r["id"]] for r in valid])
            # Two shards a partition (read_text's files_per_partition): numbered per file all the same.
            pairs = db.read_text(paths[:4], files_per_partition=2, include_path=True, linedelimiter="\n",
                                 errors="surrogateescape")
            self.assertEqual(pairs.npartitions, 2)
            self.assertEqual(thoisu_dask.extract_bag(pairs, COMMAND).compute(), single_machine(paths[:4]))
        finally:
            client.close()
            cluster.close()
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
