"""thoisu on Dask: JSONL shards of articles through one long-lived thoisu process per worker.

    import thoisu_dask
    from distributed import Client
    client = Client("tcp://scheduler:8786")            # or LocalCluster(n_workers=4, threads_per_worker=1)
    client.upload_file("thoisu_dask.py")               # workers import this module (not needed on a LocalCluster)
    articles = thoisu_dask.read_shards("articles/*.jsonl")     # one partition per shard, lines kept whole
    results = thoisu_dask.extract_bag(articles)                # one JSON line out per article line in
    summary = thoisu_dask.write_jsonl(results, "out/")         # out/part-00000.jsonl ... (+ CSV if asked)

Each input line is ``{"id", "text", "date"?, ...}``, as for ``thoisu extract --jsonl``; each output
line is exactly the line that ``thoisu extract --jsonl SHARD...`` prints for it on one machine: the
input's fields but the text, ``id``, ``entities``, ``relations`` and ``meta``; or, for a line that
cannot be processed, an error record ``{"id", "line", "error", "file"}`` (``line`` counted in its
shard, as the CLI counts lines in its file).

Every Dask worker process starts ONE ``thoisu extract --jsonl --jobs 1 -`` process on first use and feeds it
partition after partition through its standard input (one line in, one line out, in order). That
process is restarted if it dies; the record it died on is tried once more alone, and if it kills the
process again it comes back as an error record, so one bad record never loses its partition.
A Dask worker that dies is Dask's business: its tasks are rescheduled on the others (``retries``
covers tasks that fail), and since every shard's output file is written whole and renamed into
place, a rerun task simply replaces it.

Standard library only apart from Dask itself (``dask.bag``, ``distributed``); pandas for CSV.
"""
from __future__ import annotations

import atexit
import glob
import json
import os
import queue
import re
import shlex
import subprocess
import threading
from typing import Iterable, Sequence

__all__ = [
    "ThoisuProcess", "thoisu_process", "default_command",
    "extract_records", "extract_partition",
    "read_shards", "extract_bag", "write_jsonl", "entity_rows", "ENTITY_COLUMNS",
]


def default_command() -> list[str]:
    """The thoisu command: $THOISU_COMMAND (a shell-quoted command line) or
    ``thoisu extract --jsonl --jobs 1 -`` (one core per Dask worker process: Dask spreads the work)."""
    env = os.environ.get("THOISU_COMMAND")
    return shlex.split(env) if env else ["thoisu", "extract", "--jsonl", "--jobs", "1", "-"]


class ThoisuProcess:
    """One long-lived ``thoisu extract --jsonl -`` child process, fed line by line.

    ``extract(lines)`` sends a batch of JSONL lines and returns one output line (a JSON string) per
    line, in order. Writing runs in a thread while the answers are read, so a batch of any size
    never blocks on a full pipe. Not thread-safe by itself: ``thoisu_process`` wraps it in a lock.
    """

    def __init__(self, command: Sequence[str] | None = None, timeout: float = 120.0):
        self.command = list(command) if command else default_command()
        # Seconds to wait for one answer (thoisu is linear in its input: ~1 s per MB of text).
        self.timeout = timeout
        self.proc: subprocess.Popen | None = None
        self.starts = 0  # processes started so far (1 + restarts)
        self._count = 0  # lines the current child has answered (its own line numbers)
        self._answers: queue.Queue = queue.Queue()
        self._stderr_tail = b""

    # -- process life --------------------------------------------------------------------------
    def _start(self) -> None:
        self.proc = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.starts += 1
        self._count = 0
        self._answers = queue.Queue()
        threading.Thread(target=self._read_stdout, args=(self.proc, self._answers), daemon=True).start()
        self._stderr_reader = threading.Thread(target=self._read_stderr, args=(self.proc,), daemon=True)
        self._stderr_reader.start()

    @staticmethod
    def _read_stdout(proc: subprocess.Popen, answers: queue.Queue) -> None:
        try:
            for line in proc.stdout:
                # A line without its newline is the last one of a child killed mid-write: cut,
                # never an answer (the record is sent again to the restarted process).
                if not line.endswith(b"\n"):
                    break
                answers.put(line)
        except (OSError, ValueError):  # closed under us: the child was killed
            pass
        answers.put(None)  # end of output: the process has exited or closed stdout

    def _read_stderr(self, proc: subprocess.Popen) -> None:
        try:
            for line in proc.stderr:  # drained so that the child never blocks on it; the tail explains a crash
                self._stderr_tail = (self._stderr_tail + line)[-2000:]
        except (OSError, ValueError):
            pass

    def _kill(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            proc.kill()
        except OSError:
            pass
        _reap(proc)

    def close(self) -> None:
        """Ends the child: closes its stdin (it exits at end of input), then kills it if it lingers."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            proc.stdin.close()
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
        _reap(proc)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    # -- work ----------------------------------------------------------------------------------
    def _send_and_read(self, payloads: Sequence[bytes]) -> tuple[list[bytes], str | None]:
        """Answers for a prefix of ``payloads``: all of them, or those before the process died/hung."""
        if self.proc is None or self.proc.poll() is not None:
            if self.proc is not None:
                self._kill()
            self._start()
        proc, answers = self.proc, self._answers

        def write() -> None:
            try:
                for p in payloads:
                    proc.stdin.write(p)
                proc.stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                pass  # the process died; the reader sees end of output

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        out: list[bytes] = []
        failure = None
        while len(out) < len(payloads):
            try:
                line = answers.get(timeout=self.timeout)
            except queue.Empty:
                failure = f"no answer from thoisu within {self.timeout:g} s"
                break
            if line is None:
                code = proc.poll()
                if code is None:
                    try:
                        code = proc.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        code = None
                self._stderr_reader.join(timeout=2)
                tail = self._stderr_tail.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
                failure = f"thoisu process exited (code {code}) on this record" + (f": {tail[0]}" if tail[0] else "")
                break
            out.append(line)
        self._count += len(out)
        if failure is not None:
            self._kill()
        writer.join(timeout=10)
        return out, failure

    def extract(self, lines: Sequence[str], line_numbers: Sequence[int] | None = None,
                file: str | None = None) -> list[str]:
        """One output JSON line (without newline) per input JSONL line, in order.

        Give the lines of one shard (blank ones left out) with their ``line_numbers`` in it
        (default 1, 2, ...) and its ``file`` name: the answers are then exactly those of
        ``thoisu extract --jsonl FILE``, although this process has read other shards before. The
        child counts lines over its whole life, so its error records get the shard's line number
        and ``file``, and an id-less record gets the id the CLI gives it in FILE (its line number).
        """
        if line_numbers is None:
            line_numbers = range(1, len(lines) + 1)
        payloads, idless = [], []
        for s, n in zip(lines, line_numbers):
            s = s[:-1] if s.endswith("\n") else s
            if n == 1 and s.startswith("\ufeff"):
                s = s[1:]  # the CLI drops a BOM at the start of a file
            payloads.append(_encode(s) + b"\n")
            idless.append(_lacks_id(s))
        tail = f',"file":{_js_json(file)}}}' if file is not None else None
        results: list[str] = []
        i = 0
        suspect = -1  # a record the process died on once: retried alone
        while i < len(payloads):
            batch = payloads[i:i + 1] if i == suspect else payloads[i:]
            got, failure = self._send_and_read(batch)
            base = self._count - len(got)
            for k, raw in enumerate(got):
                out = raw.decode("utf-8").rstrip("\n")
                n = line_numbers[i + k]
                if '"entities":' in out:
                    # A result has an "entities" key and an error record has not (inside a JSON
                    # string every quote is escaped, so an unescaped `"entities":` is a key).
                    if idless[i + k]:
                        out = _replace_top_level_id(out, str(base + k + 1), str(n))
                else:
                    out = _LINE_KEY.sub(f'"line":{n}', out, count=1)
                    if tail and '"file":' not in out and out.endswith("}"):
                        out = out[:-1] + tail
                results.append(out)
            i += len(got)
            if failure is None:
                continue
            if i == suspect:  # died twice on the same record: it is the record
                rec = {"id": _record_id(lines[i]), "line": line_numbers[i], "error": failure}
                if file is not None:
                    rec["file"] = file
                results.append(_js_json(rec))
                i += 1
            else:
                suspect = i
        return results


def _reap(proc: subprocess.Popen) -> None:
    """Waits for an ended child and closes its pipes (the reader threads then finish)."""
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        try:
            pipe.close()
        except (OSError, ValueError):
            pass


_LINE_KEY = re.compile(r'"line":\d+')
# What JavaScript's String.prototype.trim() removes: a line of only these is blank to the CLI.
_BLANK = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*\\Z")
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]]')


def _encode(s: str) -> bytes:
    """UTF-8 bytes of a line; undecodable input bytes (read with errors="surrogateescape") go back
    as they were, so that the CLI reports them as it does for a file."""
    try:
        return s.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogatepass")


def _js_json(v) -> str:
    """JSON text as JSON.stringify writes it (compact, non-ASCII kept)."""
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def _lacks_id(s: str) -> bool:
    """Whether the CLI would number this record itself: a JSON object without an id (or id null)."""
    if not s.lstrip(" \t\r").startswith("{"):
        return False
    try:
        rec = json.loads(s)
    except (ValueError, RecursionError):
        return False
    return isinstance(rec, dict) and rec.get("id") is None


def _record_id(line: str):
    try:
        rec = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if isinstance(rec, dict) and rec.get("id") is not None:
        v = rec["id"]
        return v if isinstance(v, str) else _js_json(v) if isinstance(v, (list, dict, bool)) else str(v)
    return None


def _replace_top_level_id(out: str, old: str, new: str) -> str:
    """``out`` with its top-level ``"id":"old"`` set to ``"id":"new"`` (nested "id" keys untouched)."""
    target = '"id":' + _js_json(old)
    depth = 0
    for m in _JSON_TOKEN.finditer(out):
        t = m.group()
        if t[0] == '"':
            if depth == 1 and out.startswith(target, m.start()):
                return out[:m.start()] + '"id":' + _js_json(new) + out[m.start() + len(target):]
        elif t in "{[":
            depth += 1
        else:
            depth -= 1
    return out


# -- one process per worker process -------------------------------------------------------------
_processes: dict[tuple, tuple[ThoisuProcess, threading.Lock]] = {}
_processes_lock = threading.Lock()


def thoisu_process(command: Sequence[str] | None = None, timeout: float = 120.0) -> tuple[ThoisuProcess, threading.Lock]:
    """This process's ThoisuProcess for ``command`` (started lazily, once per OS process), and its lock.

    Keyed by pid, so a forked child never writes to its parent's pipes. A Dask worker with several
    threads shares it (the lock serialises partitions); use ``threads_per_worker=1`` and more
    worker processes to use more cores.
    """
    cmd = tuple(command) if command else tuple(default_command())
    key = (os.getpid(), cmd)
    with _processes_lock:
        entry = _processes.get(key)
        if entry is None:
            entry = (ThoisuProcess(cmd, timeout), threading.Lock())
            _processes[key] = entry
        return entry


@atexit.register
def _close_all() -> None:
    for (pid, _), (p, _lock) in list(_processes.items()):
        if pid == os.getpid():
            p.close()


def extract_records(lines: Iterable[str], line_numbers: Sequence[int] | None = None, file: str | None = None,
                    command: Sequence[str] | None = None) -> list[str]:
    """Output JSON lines for the JSONL ``lines`` of one shard through this process's thoisu.

    Blank lines are left out, as the CLI leaves them out, but still counted in line numbers.
    """
    lines = list(lines)
    if line_numbers is None:
        line_numbers = range(1, len(lines) + 1)
    kept = [(s, n) for s, n in zip(lines, line_numbers)
            if not _BLANK.match(s[1:] if n == 1 and s.startswith("\ufeff") else s)]
    proc, lock = thoisu_process(command)
    with lock:
        return proc.extract([s for s, _ in kept], [n for _, n in kept], file)


def extract_partition(partition: Iterable, command: Sequence[str] | None = None) -> list[str]:
    """A Bag partition through thoisu. Elements are JSONL lines (str), ``(line, path)`` pairs (from
    ``read_shards``/``read_text(include_path=True)``: error records then name the file) or record
    dicts. Line numbers count from 1 at the partition's start and again wherever the path changes,
    so they are the shard's own when partitions hold whole shards (``read_shards``)."""
    groups: list[tuple[str | None, list[str]]] = []
    for item in partition:
        file = None
        if isinstance(item, tuple):
            item, file = item
        if isinstance(item, dict):
            try:
                item = _js_json(item)
                item.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate: escaped, which JSON.parse reads back the same
                item = json.dumps(item, separators=(",", ":"))
        if not groups or groups[-1][0] != file:
            groups.append((file, []))
        groups[-1][1].append(item)
    out: list[str] = []
    for file, lines in groups:
        out += extract_records(lines, None, file, command)
    return out


# -- Dask --------------------------------------------------------------------------------------
def read_shards(paths, **kwargs):
    """A Bag of the shards' lines, one partition per shard (so line numbers are the shard's).

    Elements are ``(line, path)``. Lines are split on \\n only, as ``thoisu extract --jsonl`` splits
    them, and bytes that are not UTF-8 travel unchanged to thoisu, which reports them as it does
    for a file. ``path`` is the file name as Dask gives it (absolute for local files): error records
    name it, as the CLI names the file it was given.
    """
    import dask.bag as db
    return db.read_text(paths, blocksize=None, linedelimiter="\n", encoding="utf-8", errors="surrogateescape",
                        include_path=True, **kwargs)


def extract_bag(bag, command: Sequence[str] | None = None):
    """A Bag of output JSON lines (str), partition by partition through each worker's thoisu process."""
    return bag.map_partitions(extract_partition, command=command)


# Columns of entity_rows: one row per entity, like the entity table of `thoisu extract --format csv`.
ENTITY_COLUMNS = ["doc_id", "index", "type", "start", "end", "text", "rule", "name", "ref",
                  "amount", "currency", "min", "max", "timex", "attrs"]


def entity_rows(results: Iterable[str]) -> list[dict]:
    """Entity rows (ENTITY_COLUMNS) from output JSON lines; error records have none."""
    rows = []
    for line in results:
        r = json.loads(line)
        for k, e in enumerate(r.get("entities") or []):
            v = dict(e.get("value") or {})
            rest = {**{x: v.pop(x) for x in list(v) if x not in ("amount", "currency", "min", "max", "timex")},
                    **(e.get("attrs") or {})}
            rows.append({
                "doc_id": r["id"], "index": k, "type": e["type"], "start": e["start"], "end": e["end"],
                "text": e["text"], "rule": e["rule"], "name": e.get("name"), "ref": e.get("ref"),
                "amount": v.get("amount"), "currency": v.get("currency"), "min": v.get("min"), "max": v.get("max"),
                "timex": v.get("timex"),
                "attrs": json.dumps(rest, ensure_ascii=False, separators=(",", ":")) if rest else None,
            })
    return rows


def _write_shard(results: list[str], path: str, csv_path: str | None) -> dict:
    """Writes one shard's output whole (temporary file, then rename): a rerun replaces it."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for line in results:
            f.write(line + "\n")
    os.replace(tmp, path)
    if csv_path:
        import pandas as pd
        tmp = f"{csv_path}.{os.getpid()}.tmp"
        pd.DataFrame(entity_rows(results), columns=ENTITY_COLUMNS).to_csv(tmp, index=False)
        os.replace(tmp, csv_path)
    # A worker killed while writing leaves its temporary file; the rerun that replaced it removes it.
    for stale in glob.glob(glob.escape(path) + ".*.tmp") + (glob.glob(glob.escape(csv_path) + ".*.tmp") if csv_path else []):
        try:
            os.remove(stale)
        except OSError:
            pass
    errors = sum(1 for line in results if '"entities":' not in line)
    return {"path": path, "records": len(results), "errors": errors, "pid": os.getpid()}


def write_jsonl(results, out_dir: str, csv: bool = False, compute: bool = True, **compute_kwargs):
    """Writes a Bag of output lines as ``out_dir/part-NNNNN.jsonl`` (and ``entities-NNNNN.csv`` with
    ``csv=True``), one file per partition, in partition order. Returns a list of per-shard summaries
    ``{"path", "records", "errors", "pid"}`` (or the delayed tasks with ``compute=False``).
    ``compute_kwargs`` go to ``dask.compute`` (e.g. ``retries=2`` on a distributed scheduler).
    """
    import dask
    parts = results.to_delayed()
    tasks = [
        dask.delayed(_write_shard, pure=False)(
            part, os.path.join(out_dir, f"part-{i:05d}.jsonl"),
            os.path.join(out_dir, f"entities-{i:05d}.csv") if csv else None,
            dask_key_name=f"thoisu-write-{i:05d}-{dask.base.tokenize(part, out_dir, csv)}",
        )
        for i, part in enumerate(parts)
    ]
    if not compute:
        return tasks
    return list(dask.compute(*tasks, **compute_kwargs))


def main(argv: Sequence[str] | None = None) -> int:
    """python3 thoisu_dask.py SHARD... --out DIR [--scheduler ADDRESS | --workers N] [--csv]"""
    import argparse
    ap = argparse.ArgumentParser(description="thoisu over JSONL shards on Dask (one thoisu process per worker)")
    ap.add_argument("shards", nargs="+", help="JSONL files ({id, text, date?} per line); globs allowed")
    ap.add_argument("--out", required=True, help="output directory: part-NNNNN.jsonl per shard")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster worker processes")
    ap.add_argument("--csv", action="store_true", help="also entities-NNNNN.csv per shard (needs pandas)")
    ap.add_argument("--retries", type=int, default=2, help="Dask retries for a failed task")
    ap.add_argument("--command", help="thoisu command line (default $THOISU_COMMAND or `thoisu extract --jsonl -`)")
    args = ap.parse_args(argv)
    paths = sorted(p for s in args.shards for p in (glob.glob(s) or [s]))
    from distributed import Client, LocalCluster
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
        client.upload_file(__file__)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    try:
        command = shlex.split(args.command) if args.command else None
        summary = write_jsonl(extract_bag(read_shards(paths), command), args.out, csv=args.csv, retries=args.retries)
    finally:
        client.close()
        if cluster:
            cluster.close()
    records = sum(s["records"] for s in summary)
    errors = sum(s["errors"] for s in summary)
    print(f"{records} records ({errors} errors) in {len(summary)} shards -> {args.out}")
    return 1 if errors else 0


if __name__ == "__main__":
    # Run through the importable module, so that Dask pickles its functions by reference (workers
    # import thoisu_dask) rather than by value with this script's globals (locks, processes).
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import thoisu_dask
    raise SystemExit(thoisu_dask.main())
