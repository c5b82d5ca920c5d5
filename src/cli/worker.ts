/** A pool worker of the CLI (`--jobs N`): loads the library once, then processes batches of lines. */
import Tinypool from "tinypool";
import { processWork, type BatchOutput, type Settings, type Work } from "./process.js";

/** What the main thread sends: the work, and a buffer for its output (see `processWork`). */
export interface WorkerTask { work: Work; settings: Settings; out?: ArrayBuffer }

/** Processes a task in the calling thread (the main thread's fallback, and --jobs 1 on plain text). */
export function workHere({ work, settings, out }: WorkerTask): BatchOutput {
  return processWork(work, settings, out);
}

/**
 * In a pool worker: the output's buffer and the buffer the batch's bytes came in are moved back to
 * the main thread, not copied, and it reuses them for later batches: it then allocates no memory
 * per batch that only its garbage collector would free (its own heap allocates little, so V8 let
 * tens of MB of dead result buffers pile up between its collections).
 */
export default function work(task: WorkerTask): BatchOutput {
  const r = processWork(task.work, task.settings, task.out);
  const moved: ArrayBuffer[] = [r.out.buffer as ArrayBuffer];
  if (task.work.kind === "batch" && typeof task.work.batch.data !== "string" && task.work.batch.data.buffer !== r.out.buffer) {
    r.input = task.work.batch.data.buffer as ArrayBuffer;
    moved.push(r.input);
  }
  return Tinypool.move({ [Tinypool.transferableSymbol]: moved, [Tinypool.valueSymbol]: r } as unknown as ArrayBufferView) as unknown as BatchOutput;
}
