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
 * Splits a byte stream into lines (LF or CRLF). UTF-8 is decoded per line with a fatal decoder, so
 * invalid bytes are reported with their line number instead of becoming U+FFFD and invented
 * entities; a leading BOM is dropped. Other encodings go through the built-in TextDecoder, streaming.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>, encoding = "utf-8"): AsyncGenerator<Line> {
  if (!isUtf8(encoding)) {
    yield* readDecodedLines(input, encoding);
    return;
  }
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let parts: Buffer[] = [];
  let no = 0;
  const line = (bytes: Buffer, size: number): Line => {
    no++;
    let b = bytes;
    if (no === 1 && b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2]) b = b.subarray(3);
    if (b.length && b[b.length - 1] === 0x0d) b = b.subarray(0, b.length - 1);
    try {
      return { no, text: decoder.decode(b), bytes: size };
    } catch {
      return { no, text: null, error: "not valid UTF-8 (use --encoding for other encodings)", bytes: size };
    }
  };
  for await (const chunk of input) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let pos = 0;
    for (let i = buf.indexOf(0x0a, pos); i !== -1; i = buf.indexOf(0x0a, pos)) {
      const piece = buf.subarray(pos, i);
      const whole = parts.length ? Buffer.concat([...parts, piece]) : piece;
      parts = [];
      pos = i + 1;
      yield line(whole, whole.length + 1);
    }
    if (pos < buf.length) parts.push(buf.subarray(pos));
  }
  if (parts.length) {
    const whole = Buffer.concat(parts);
    yield line(whole, whole.length);
  }
}

async function* readDecodedLines(input: AsyncIterable<Buffer | string>, encoding: string): AsyncGenerator<Line> {
  // The decoder drops a BOM and keeps state across chunk boundaries (a UTF-16 unit split in two).
  const decoder = new TextDecoder(encoding);
  let rest = "";
  let no = 0;
  const line = (s: string): Line => {
    no++;
    const text = s.endsWith("\r") ? s.slice(0, -1) : s;
    return { no, text, bytes: Buffer.byteLength(s) + 1 };
  };
  for await (const chunk of input) {
    const text = rest + decoder.decode(typeof chunk === "string" ? Buffer.from(chunk) : chunk, { stream: true });
    let pos = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", pos)) {
      yield line(text.slice(pos, i));
      pos = i + 1;
    }
    rest = text.slice(pos);
  }
  const last = rest + decoder.decode();
  if (last) yield line(last);
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
