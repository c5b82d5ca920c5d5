// The CLI's input batching (src/cli/lines.ts): whatever the chunks a stream arrives in, the batches
// handed to workers hold whole lines, numbered as the input numbers them, each batch about
// BATCH_BYTES, and split back into exactly the input's lines.
import iconv from "iconv-lite";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BATCH_BYTES, batchLines, readBatches, readLines, type Batch } from "../../src/cli/lines.js";

async function* chunked(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let pos = 0;
  for (const c of [...new Set(cuts.map((x) => x % (bytes.length + 1)))].sort((a, b) => a - b)) {
    yield bytes.subarray(pos, c);
    pos = c;
  }
  yield bytes.subarray(pos);
}

/** The lines a reader of the whole text sees: split at LF, a CR before it dropped, no line after a final LF. */
const expectedLines = (text: string) => {
  const lines = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  if (text === "" || text.endsWith("\n")) lines.pop();
  return lines;
};

const collect = async <T>(it: AsyncIterable<T>) => { const out: T[] = []; for await (const x of it) out.push(x); return out; };

const lineText = fc.string({ unit: fc.constantFrom("a", "ế", "😀", " ", "\r", "{", '"', "Hà Nội "), maxLength: 40 });
const article = fc.oneof(lineText, lineText.map((s) => s.repeat(1 + (s.length % 7) * 200)));

describe("readBatches / batchLines", () => {
  it("give back the input's lines and numbers whatever the chunking (UTF-8, CRLF, BOM, no final newline)", async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(article, { maxLength: 30 }), fc.constantFrom("\n", "\r\n"), fc.boolean(), fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }),
      async (lines, eol, bom, finalEol, cuts) => {
        const text = lines.join(eol) + (finalEol && lines.length ? eol : "");
        const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]);
        const batches = await collect(readBatches(chunked(bytes, cuts)));
        const got = batches.flatMap((b) => [...batchLines(b)]);
        expect(got.map((l) => l.text)).toEqual(expectedLines(text));
        expect(got.map((l) => l.no)).toEqual(got.map((_, k) => k + 1));
        // Batches are contiguous, their line counts right, their bytes the input's.
        let next = 1;
        for (const b of batches) {
          expect(b.firstNo).toBe(next);
          expect([...batchLines(b)]).toHaveLength(b.lines);
          next += b.lines;
        }
        if (text) expect(batches.reduce((n, b) => n + b.bytes, 0)).toBe(bytes.length);
      }), { numRuns: 300 });
  });

  it("cut a large chunk into batches of about BATCH_BYTES, each ending at a line end", async () => {
    const line = JSON.stringify({ id: "x", text: "Thủ tướng Nguyễn Xuân Phúc đến Huế. ".repeat(40) });
    const bytes = Buffer.from(Array.from({ length: 200 }, () => line).join("\n") + "\n");
    const batches = await collect(readBatches(chunked(bytes, [])));
    expect(batches.length).toBeGreaterThan(bytes.length / (BATCH_BYTES + Buffer.byteLength(line) + 1));
    for (const b of batches.slice(0, -1)) {
      expect(b.data.length).toBeGreaterThanOrEqual(BATCH_BYTES);
      expect(b.data.length).toBeLessThan(BATCH_BYTES + Buffer.byteLength(line) + 1);
      expect((b.data as Uint8Array).at(-1)).toBe(0x0a);
    }
  });

  it("report a line of invalid UTF-8 by its number and go on", async () => {
    const bytes = Buffer.concat([Buffer.from("a\n"), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from("c")]);
    const lines = await collect(readLines(chunked(bytes, [3])));
    expect(lines.map((l) => [l.no, l.text, l.error !== undefined])).toEqual([[1, "a", false], [2, null, true], [3, "c", false]]);
  });

  it("decode UTF-16 with a code unit or a surrogate pair cut between chunks", async () => {
    await fc.assert(fc.asyncProperty(fc.array(lineText, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { maxLength: 8 }), async (lines, cuts) => {
      const text = lines.join("\n") + "\n";
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]);
      const got = (await collect(readBatches(chunked(bytes, cuts), "utf-16le"))).flatMap((b: Batch) => [...batchLines(b)]);
      expect(got.map((l) => l.text)).toEqual(expectedLines(text));
      expect(got.map((l) => l.no)).toEqual(got.map((_, k) => k + 1));
    }), { numRuns: 100 });
  });
});
