/**
 * The streaming pipeline of `thoisu extract`: inputs read chunk by chunk (or article by article),
 * processed by a worker pool (a JSONL corpus always, plain-text files with `--jobs` over 1) or in
 * the main thread, and written in input order as soon as each batch and all those before it are
 * done. Output respects backpressure: reading stops while too many results wait to be written.
 *
 * With a pool the main thread does almost nothing per document: it hands whole lines, a few
 * articles at a time, to a worker as bytes (one transferred buffer), and writes the UTF-8 bytes the
 * worker returns (buffers moved both ways and reused). A
 * worker splits, decodes, parses, extracts and serialises. (Measured on an 8 MB corpus with 2 jobs,
 * per-thread CPU from /proc and --cpu-prof: with a message per line, decoded on the main thread,
 * the main thread took 0.7-0.95 s of CPU and 18-22 scavenges; with a message per chunk, 0.4-0.5 s,
 * mostly start-up, and 5-6 scavenges.)
 */
import { createReadStream, createWriteStream, promises as fs, type WriteStream } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { BATCH_BYTES, decodeText, readBatches } from "./lines.js";
import type { BatchOutput, Settings, Work } from "./process.js";
import type { WorkerTask } from "./worker.js";
import { CSV_HEADERS, CSV_TABLES, formatHtmlFooter, formatHtmlHeader, type CsvTable } from "./formats.js";
import { createProgress, type Progress } from "./progress.js";

export interface RunOptions {
  inputs: string[];
  jsonl: boolean;
  encoding: string;
  jobs: number;
  quiet: boolean;
  outDir: string | null;
  settings: Settings;
}

/** Buffers larger than this (a batch with a very long line, or its output) are not kept for reuse. */
const MAX_SPARE_BYTES = 4 * 1024 * 1024;

/** A plain-text article is one string; past this it is refused (use --jsonl for corpora). */
const MAX_ARTICLE_BYTES = 256 * 1024 * 1024;

export async function runExtract(o: RunOptions): Promise<number> {
  const { settings } = o;
  let failed = false;
  let interrupted = false;
  const progress: Progress = createProgress(!o.quiet && !!process.stderr.isTTY, await totalBytes(o.inputs));
  const report = (msg: string) => progress.log(msg.endsWith("\n") ? msg : msg + "\n");

  // ---------------------------------------------------------------- outputs
  const outputs: { main: Writable | null; tables: Record<CsvTable, WriteStream> | null } = { main: process.stdout, tables: null };
  let writeFailed = false;
  const fatalWrite = (err: NodeJS.ErrnoException, name: string) => {
    // A reader that went away (`| head`) is a normal end; any other write error is reported once and stops the run.
    if (err.code === "EPIPE") process.exit(0);
    if (writeFailed) return;
    writeFailed = true;
    progress.stop();
    process.stderr.write(`thoisu: cannot write ${name}: ${err.message}\n`);
    process.exit(1);
  };
  process.stdout.on("error", (e) => fatalWrite(e, "the output"));
  if (o.outDir) {
    await fs.mkdir(o.outDir, { recursive: true });
    outputs.main = null;
    outputs.tables = Object.fromEntries(CSV_TABLES.map((t) => {
      const path = join(o.outDir!, `${t}.csv`);
      const w = createWriteStream(path);
      w.on("error", (e) => fatalWrite(e, path));
      return [t, w];
    })) as Record<CsvTable, WriteStream>;
  }
  /** Writes `s`, waiting while the stream is full; `written` runs once the stream is done with `s`. */
  const write = async (w: Writable, s: string | Uint8Array, written?: () => void) => {
    if (!s.length) written?.();
    else if (!w.write(s, written)) await once(w, "drain");
  };

  // ---------------------------------------------------------------- workers
  // A corpus is always extracted in pool workers, also with one job: a worker's heap has the
  // limits of workerLimits, while the main thread's grows as V8 pleases (with --jobs 1 extracting
  // in the main thread, a 48 MB corpus peaked at 302 MB RSS, a 16 MB one at 244; in one worker,
  // see README). Plain-text articles with one job are extracted in the main thread.
  const pool = o.jobs > 1 || o.jsonl ? await createPool(o.jobs) : null;
  // Ordered writing: each result is chained after the previous one, so output keeps input order
  // while the pool works ahead on up to `window` batches (of about BATCH_BYTES, a few articles).
  const window = pool ? o.jobs * 4 : 1;
  // With a pool the main thread only reads and writes: it loads the library only for a document
  // that ran out of memory in a worker (see workerLimits).
  // The worker module itself, by URL, so that cli.js does not import the library at start.
  const inMain = async (work: Work): Promise<BatchOutput> =>
    ((await import(new URL("./cli-worker.js", import.meta.url).href)) as typeof import("./worker.js")).workHere({ work, settings });
  // Buffers that go to a worker with a batch's bytes or for its output and come back (moved, not
  // copied, both ways): the main thread then allocates nothing per batch that only its garbage
  // collector frees. Its heap allocates little, so V8 collected it rarely, and tens of MB of dead
  // result buffers (the JSONL out is ~2.7 times the input) waited for it.
  const spare = { input: [] as ArrayBuffer[], out: [] as ArrayBuffer[] };
  const keep = (list: ArrayBuffer[], b: ArrayBuffer) => {
    if (b.byteLength <= MAX_SPARE_BYTES && list.length < window + o.jobs) list.push(b);
  };
  const runWork = (work: Work): Promise<BatchOutput> => {
    if (!pool) return inMain(work);
    // A batch's bytes go to the worker as a transferred copy; the original stays here in case
    // the worker runs out of memory and the batch is done again in the main thread.
    let sent = work;
    const out = spare.out.pop() ?? new ArrayBuffer(4 * BATCH_BYTES);
    const transferList: ArrayBuffer[] = [out];
    if (work.kind === "batch" && typeof work.batch.data !== "string") {
      const size = work.batch.data.length;
      let buf = spare.input.pop();
      if (!buf || buf.byteLength < size) buf = new ArrayBuffer(Math.max(size, 2 * BATCH_BYTES));
      const copy = new Uint8Array(buf, 0, size);
      copy.set(work.batch.data);
      sent = { ...work, batch: { ...work.batch, data: copy } };
      transferList.push(buf);
    }
    return pool.run({ work: sent, settings, out }, transferList).then((r) => {
      if (r.input) keep(spare.input, r.input);
      return r;
    }, (e: NodeJS.ErrnoException) => {
      if (e?.code === "ERR_WORKER_OUT_OF_MEMORY") return inMain(work);
      throw e;
    });
  };

  let chain: Promise<void> = Promise.resolve();
  let waiting = 0;
  let wake: (() => void) | null = null;
  let jsonItems = 0;
  const jsonArray = settings.format === "json" && (o.jsonl || o.inputs.length > 1);
  if (jsonArray) await write(process.stdout, "[\n");
  if (settings.format === "html") await write(process.stdout, formatHtmlHeader());
  if (settings.format === "csv") {
    if (outputs.tables) for (const t of CSV_TABLES) await write(outputs.tables[t], CSV_HEADERS[t]);
    else await write(process.stdout, CSV_HEADERS[settings.table]);
  }

  const emit = async (r: BatchOutput, bytes: number) => {
    for (const m of r.reports) { failed = true; report(m); }
    const reuse = () => keep(spare.out, r.out.buffer as ArrayBuffer);
    if (outputs.main && r.out.length) {
      if (settings.format === "json" && jsonArray && jsonItems) await write(outputs.main, ",\n");
      await write(outputs.main, r.out, reuse);
      if (settings.format === "json" && !jsonArray) await write(outputs.main, "\n");
      jsonItems += r.items;
    } else reuse();
    if (outputs.tables && r.tables) for (const t of CSV_TABLES) await write(outputs.tables[t], r.tables[t]);
    progress.advance(r.characters, bytes, r.documents);
  };
  const submit = async (work: Work, bytes: number) => {
    waiting++;
    const result = runWork(work);
    result.catch(() => undefined);
    chain = chain.then(async () => {
      await emit(await result, bytes);
      waiting--;
      wake?.();
    });
    while (waiting >= window) await new Promise<void>((r) => (wake = r));
  };

  // ---------------------------------------------------------------- signals
  // SIGINT: stop reading, let the documents under way finish and be written whole, exit 130.
  // A second SIGINT ends at once (writes to pipes and files are whole lines, so nothing is cut).
  let input: NodeJS.ReadableStream | null = null;
  const onSigint = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    (input as { destroy?: () => void } | null)?.destroy?.();
  };
  process.on("SIGINT", onSigint);

  // ---------------------------------------------------------------- inputs
  for (const f of o.inputs) {
    if (interrupted) break;
    const name = f === "-" ? null : f;
    if (o.jsonl) {
      const stream = f === "-" ? process.stdin : createReadStream(f);
      input = stream;
      try {
        for await (const batch of readBatches(stream as AsyncIterable<Buffer>, o.encoding)) {
          await submit({ kind: "batch", file: name, batch }, batch.bytes);
          if (interrupted) break;
        }
      } catch (e) {
        if (!interrupted) { report(`thoisu: cannot read ${name ?? "stdin"}: ${(e as Error).message}`); failed = true; }
      }
    } else {
      let bytes: Buffer;
      try {
        if (f !== "-" && (await fs.stat(f)).size > MAX_ARTICLE_BYTES) throw new Error(`larger than ${MAX_ARTICLE_BYTES >> 20} MB for one article (give a corpus as JSONL, one article a line, with --jsonl)`);
        bytes = f === "-" ? await readAll(process.stdin) : await fs.readFile(f);
      } catch (e) {
        report(`thoisu: cannot read ${name ?? "stdin"}: ${(e as Error).message}`);
        failed = true;
        continue;
      }
      const decoded = decodeText(bytes, o.encoding);
      const id = name === null ? "stdin" : name.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
      if ("error" in decoded) {
        report(`thoisu: ${name ?? "stdin"}: ${decoded.error}`);
        failed = true;
        continue;
      }
      await submit({ kind: "text", id, file: name, text: decoded.text }, bytes.length);
    }
  }
  await chain;
  if (jsonArray) await write(process.stdout, "]\n");
  if (settings.format === "html") await write(process.stdout, formatHtmlFooter());
  if (outputs.tables) await Promise.all(CSV_TABLES.map((t) => new Promise((r) => outputs.tables![t].end(r))));
  progress.stop();
  await pool?.destroy();
  process.off("SIGINT", onSigint);
  if (interrupted) return 130;
  return failed ? 1 : 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(parts);
}

async function totalBytes(inputs: string[]): Promise<number | null> {
  let total = 0;
  for (const f of inputs) {
    if (f === "-") return null;
    try { total += (await fs.stat(f)).size; } catch { /* reported when read */ }
  }
  return total;
}

interface Pool { run(task: WorkerTask, transferList: ArrayBuffer[]): Promise<BatchOutput>; destroy(): Promise<void> }

/**
 * Heap limits of a pool worker. Without them each isolate lets garbage grow to a few hundred MB
 * before a major GC (measured: 2 workers peaked at 300-360 MB RSS on a 9-20 MB corpus, still
 * growing). The young generation is where most of extraction's garbage dies: at 8 MB (semi-spaces
 * of under 3 MB) documents under way were promoted, and a worker ran 3 times as many scavenges and
 * mark-compacts as at 24 MB (8 MB corpus, --trace-gc: 178 and 13 against 103 and 5); on a 48 MB
 * corpus an article then cost 5.0-5.4 ms of CPU in a worker against 3.4 at 24 MB (and 3.6-3.8 with
 * one job), which is what held 2 jobs to 1.1x. At 48 MB, peak RSS rose to 283 MB on the 8 MB
 * corpus (206 at 8, 231 at 24). A document too large for
 * these limits (about a million characters) runs out of memory in its worker and is done again in
 * the main thread.
 *
 * What these limits still cost, in steady state (2 workers looping over the 113 articles after
 * 678 each, 3 alternating rounds, CPU per article from /proc): the workers' own threads spend
 * the same with or without limits; V8's background threads (parallel scavenges, concurrent
 * marking of the ~34 MB of lexicons in each isolate) spend 0.8-1.1 ms per article at 24 MB
 * against 0.4-0.7 at 48 MB (semi-spaces are powers of two: 8 or 16 MB, so 36 MB is 48), 3-5
 * mark-compacts per 450 articles against 0-3. But 48 MB took the CLI's peak RSS with 2 jobs to
 * 280-295 MB on 8-24 MB corpora, still creeping, against 235-252 at 24; an old generation of 64 MB
 * saved no RSS and doubled the CPU (GC thrashing); 96 or 512 changed neither.
 *
 * One worker (`--jobs 1`; a corpus is always extracted in workers) gets 48 MB, the young
 * generation Node gives the main thread, which did the work with one job before: at 24 MB one
 * worker spent 5-19% more CPU than the main thread (16 and 50 MB corpora), at 48 MB 5-10% less,
 * for a peak of ~195 MB RSS against 172-179 at 24 (the main thread had peaked at 189-302 MB).
 */
const workerLimits = (jobs: number) => ({ maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: jobs === 1 ? 48 : 24 });

async function createPool(jobs: number): Promise<Pool> {
  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({
    filename: new URL("./cli-worker.js", import.meta.url).href, minThreads: jobs, maxThreads: jobs, idleTimeout: 0,
    // Each worker holds its next batch in its own queue, so it never waits for the main thread
    // (busy with reading and writing, or not scheduled on a loaded machine) to hand it one.
    concurrentTasksPerWorker: 2,
    resourceLimits: workerLimits(jobs),
  });
  return { run: (task, transferList) => pool.run(task, { transferList }), destroy: () => pool.destroy() };
}
