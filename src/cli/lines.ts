/**
 * Reading input line by line, as bytes arrive: never the whole file in one string, and each line
 * handed on as soon as its newline is read (an interactive caller on stdin gets its answer without
 * waiting for EOF).
 */

/** One input line: its text, or why it could not be decoded. Numbers start at 1. */
export interface Line {
  no: number;
  text: string | null;
  error?: string;
  /** Bytes this line took in the input (with its newline), for progress. */
  bytes: number;
}

/** True for the encodings read byte-wise with a strict UTF-8 decoder (the default). */
export const isUtf8 = (encoding: string): boolean => /^utf-?8$/i.test(encoding);

/** Whether an encoding name is one of the WHATWG Encoding Standard's (`windows-1258`, `utf-16le`, ...), which Node's TextDecoder decodes. */
export const knownEncoding = (encoding: string): boolean => {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
};

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Whole input lines, as read: the unit of work the CLI hands to a pool worker, which splits,
 * decodes and processes them (see `batchLines`), so that the main thread only reads and writes.
 * UTF-8 stays bytes (decoded per line in the worker, strictly); other encodings are decoded here,
 * where the stream's decoder keeps its state across chunks.
 */
export interface Batch {
  /** The number of the batch's first line (from 1). */
  firstNo: number;
  /** Lines in the batch (each ends with "\n", except a last line at the end of the input). */
  lines: number;
  /** Input bytes the batch took, for progress. */
  bytes: number;
  data: Uint8Array | string;
}

/**
 * About the input of one batch: about ten articles, some tens of milliseconds of work; about one
 * read chunk of a file (64 KB). Small enough that two workers share even a small file, large
 * enough that the main thread's cost per batch (a message each way) is lost in the work: on a
 * 24 MB corpus with 2 jobs, its CPU went from 0.65 to 0.48 s when batches grew from 16 to 64 KB.
 */
export const BATCH_BYTES = 64 * 1024;

/**
 * Cuts a byte stream into batches of whole lines, as chunks are read (a chunk's last partial line
 * waits for the next), each cut at the first line end after BATCH_BYTES: a program that writes one
 * line at a time to stdin gets each line answered without waiting for more. A leading UTF-8 BOM is
 * dropped.
 */
export async function* readBatches(input: AsyncIterable<Buffer | string>, encoding = "utf-8"): AsyncGenerator<Batch> {
  if (!isUtf8(encoding)) {
    yield* readDecodedBatches(input, encoding);
    return;
  }
  let parts: Uint8Array[] = [];
  let no = 1;
  let start = true;
  function* batches(pieces: Uint8Array[], last: boolean): Generator<Batch> {
    let data = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    let bom = 0;
    if (start && data.length >= 3 && data[0] === BOM[0] && data[1] === BOM[1] && data[2] === BOM[2]) { data = data.subarray(3); bom = 3; }
    start = false;
    for (let pos = 0; pos < data.length;) {
      const cut = data.length - pos > BATCH_BYTES ? data.indexOf(0x0a, pos + BATCH_BYTES - 1) : -1;
      const end = cut === -1 ? data.length : cut + 1;
      const piece = data.subarray(pos, end);
      let lines = 0;
      for (let i = piece.indexOf(0x0a); i !== -1; i = piece.indexOf(0x0a, i + 1)) lines++;
      if (last && end === data.length) lines++;
      yield { firstNo: no, lines, bytes: piece.length + (pos === 0 ? bom : 0), data: piece };
      no += lines;
      pos = end;
    }
  }
  for await (const chunk of input) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    const end = buf.lastIndexOf(0x0a);
    if (end === -1) { parts.push(buf); continue; }
    parts.push(buf.subarray(0, end + 1));
    yield* batches(parts, false);
    parts = end + 1 < buf.length ? [buf.subarray(end + 1)] : [];
  }
  if (parts.length) yield* batches(parts, true);
}

async function* readDecodedBatches(input: AsyncIterable<Buffer | string>, encoding: string): AsyncGenerator<Batch> {
  // The decoder drops a BOM and keeps state across chunk boundaries (a UTF-16 unit split in two).
  const decoder = new TextDecoder(encoding);
  let rest = "", restBytes = 0;
  let no = 1;
  function* batches(data: string, bytes: number, last: boolean): Generator<Batch> {
    for (let pos = 0; pos < data.length;) {
      const cut = data.length - pos > BATCH_BYTES ? data.indexOf("\n", pos + BATCH_BYTES - 1) : -1;
      const end = cut === -1 ? data.length : cut + 1;
      const piece = data.slice(pos, end);
      let lines = last && end === data.length ? 1 : 0;
      for (let i = piece.indexOf("\n"); i !== -1; i = piece.indexOf("\n", i + 1)) lines++;
      // Input bytes are known per chunk: the chunk's last batch carries them (the total is exact).
      yield { firstNo: no, lines, bytes: end === data.length ? bytes : 0, data: piece };
      no += lines;
      pos = end;
    }
  }
  for await (const chunk of input) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    const text = rest + decoder.decode(buf, { stream: true });
    const end = text.lastIndexOf("\n");
    if (end === -1) { rest = text; restBytes += buf.length; continue; }
    yield* batches(text.slice(0, end + 1), restBytes + buf.length, false);
    rest = text.slice(end + 1);
    restBytes = 0;
  }
  const last = rest + decoder.decode();
  if (last) yield* batches(last, restBytes, true);
}

/**
 * The lines of a batch (LF or CRLF). UTF-8 is decoded per line with a fatal decoder, so invalid
 * bytes are reported with their line number instead of becoming U+FFFD and invented entities.
 */
export function* batchLines(b: Batch): Generator<Line> {
  let no = b.firstNo;
  const { data } = b;
  if (typeof data === "string") {
    for (let pos = 0; pos < data.length;) {
      const i = data.indexOf("\n", pos);
      const end = i === -1 ? data.length : i;
      const text = data.slice(pos, end);
      yield { no: no++, text: text.endsWith("\r") ? text.slice(0, -1) : text, bytes: end - pos + 1 };
      pos = end + 1;
    }
    return;
  }
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  for (let pos = 0; pos < data.length;) {
    const i = data.indexOf(0x0a, pos);
    const end = i === -1 ? data.length : i;
    const bytes = end - pos + 1;
    let line = data.subarray(pos, end);
    if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    try {
      yield { no: no++, text: decoder.decode(line), bytes };
    } catch {
      yield { no: no - 1, text: null, error: "not valid UTF-8 (use --encoding for other encodings)", bytes };
    }
    pos = end + 1;
  }
}

/** Input line by line (a stream's batches, split): never the whole file in one string. */
export async function* readLines(input: AsyncIterable<Buffer | string>, encoding = "utf-8"): AsyncGenerator<Line> {
  for await (const b of readBatches(input, encoding)) yield* batchLines(b);
}

/** Decodes a whole plain-text article; for UTF-8 an invalid byte is reported with its line number. */
export function decodeText(bytes: Buffer, encoding = "utf-8"): { text: string } | { error: string } {
  if (!isUtf8(encoding)) return { text: new TextDecoder(encoding).decode(bytes) };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Find the first bad line: decoding line by line is cheap next to extraction.
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let pos = 0;
    for (let no = 1; ; no++) {
      const i = bytes.indexOf(0x0a, pos);
      try {
        decoder.decode(bytes.subarray(pos, i === -1 ? bytes.length : i));
      } catch {
        return { error: `line ${no}: not valid UTF-8 (use --encoding for other encodings)` };
      }
      if (i === -1) return { error: "not valid UTF-8" };
      pos = i + 1;
    }
  }
}
