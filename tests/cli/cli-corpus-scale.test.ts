// The CLI at corpus scale, run as a user runs it (the built dist/cli.js; npm test builds first):
// clean ends, encodings, tidy CSV tables, offsets, globs, stats.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const cli = join(__dirname, "..", "..", "dist", "cli.js");
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8" });
const dir = mkdtempSync(join(tmpdir(), "thoisu-corpus-"));
const article = readFileSync(join(__dirname, "..", "..", "benchmarks", "corpus", "raw", "000.txt"), "utf8");
const records = [
  { id: "000", url: "https://example.org/a", text: "Bí thư Thành ủy Hà Nội Hoàng Trung Hải trao tặng 10 tỷ đồng ngày 9/6/2017.", date: "2017-06-10" },
  { id: "001", text: "Thủ tướng Nguyễn Xuân Phúc 😀 đến Huế, Chủ tịch UBND tỉnh Thừa Thiên Huế Nguyễn Văn Cao đón." },
  { id: "002", text: article },
];
const jsonl = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
const parseLines = (s: string) => s.trim().split("\n").map((l) => JSON.parse(l));

/** Windows-1258 writes tone marks as combining characters after a base letter (with its other diacritics precomposed). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const to1258 = (t: string) => [...t].map((c) => { const d = c.normalize("NFD"); return d.replace(TONES, "").normalize("NFC") + (d.match(TONES)?.join("") ?? ""); }).join("");

describe("thoisu extract: clean ends", () => {
  const big = join(dir, "big.jsonl");
  // Enough lines that the run is far from done when the pipe closes or the signal comes.
  writeFileSync(big, Array.from({ length: 400 }, (_, k) => JSON.stringify({ id: `d${k}`, text: article })).join("\n") + "\n");

  it("| head -1: the first line, then exit 0 at once, without a stack trace", () => {
    for (const jobs of ["1", "2"]) {
      const started = Date.now();
      const r = spawnSync("sh", ["-c", `"${process.execPath}" "${cli}" extract --jsonl "${big}" --jobs ${jobs} | head -1; echo "status=\${?}"`], { encoding: "utf8" });
      expect(r.stdout.split("\n")[0]).toMatch(/^\{"id":"d0",/);
      expect(r.stderr).toBe("");
      // 400 articles take far longer than this: the run stopped when the pipe closed.
      expect(Date.now() - started).toBeLessThan(30000);
      const withStatus = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${cli}" extract --jsonl "${big}" --jobs ${jobs} | head -1 >/dev/null`], { encoding: "utf8" });
      expect(withStatus.status).toBe(0);
      expect(withStatus.stderr).toBe("");
    }
  }, 90000);

  it("SIGINT: whole lines only, in order, exit 130", async () => {
    for (const jobs of ["1", "2"]) {
      const child = spawn(process.execPath, [cli, "extract", "--jsonl", big, "--jobs", jobs], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => {
        out += d;
        if (out.includes("\n") && !child.killed) child.kill("SIGINT");
      });
      const code = await new Promise((r) => child.on("close", (c) => r(c)));
      expect(code).toBe(130);
      expect(out.endsWith("\n")).toBe(true);
      const lines = parseLines(out);
      expect(lines.length).toBeLessThan(400);
      expect(lines.map((l) => l.id)).toEqual(lines.map((_, k) => `d${k}`));
    }
  }, 90000);

  it.runIf(existsSync("/dev/full"))("a write error (disk full) is reported once and stops the run", () => {
    for (const jobs of ["1", "2"]) {
      const r = spawnSync("sh", ["-c", `"${process.execPath}" "${cli}" extract --jsonl "${big}" --jobs ${jobs} > /dev/full`], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^thoisu: cannot write the output: ENOSPC/)]);
    }
  }, 60000);
});

describe("thoisu extract: buffers reused between batches", () => {
  // The main thread hands each batch's bytes, and a buffer for its result, to a worker, which moves
  // both back, and reuses them for later batches: a buffer handed out twice, a view past a batch's
  // end, or a result cut where it outgrew its buffer would show as a line of another document, or
  // a broken one. (A result's buffer is reused once the output stream is done with it; on Linux
  // stdout is written synchronously, so that wait matters where writes are asynchronous.)
  it("a slow reader gets every line whole and in order, also a result larger than the buffers", async () => {
    const texts = ["000", "001", "002"].map((id) => readFileSync(join(__dirname, "..", "..", "benchmarks", "corpus", "raw", `${id}.txt`), "utf8"));
    // A document whose result (~0.5 MB of JSON) outgrows the 256 KB result buffers.
    texts.push(texts.slice(0, 3).join("\n").repeat(10));
    const textOf = (k: number) => texts[k === 100 ? 3 : k % 3]!;
    const lines = 240; // about 25 batches of 64 KB: each buffer goes round several times
    const input = join(dir, "reuse.jsonl");
    writeFileSync(input, Array.from({ length: lines }, (_, k) => JSON.stringify({ id: `r${k}`, text: textOf(k) })).join("\n") + "\n");
    const expected = texts.map((t) => { const r = extract(t); return JSON.parse(JSON.stringify({ entities: r.entities, relations: r.relations })); });
    for (const jobs of ["1", "2"]) {
      const child = spawn(process.execPath, [cli, "extract", "--jsonl", input, "--jobs", jobs], { stdio: ["ignore", "pipe", "pipe"] });
      const chunks: Buffer[] = [];
      // Read a chunk, then nothing for 20 ms: the pipe fills and the CLI's writes wait.
      child.stdout.on("data", (d: Buffer) => { chunks.push(d); child.stdout.pause(); setTimeout(() => child.stdout.resume(), 20); });
      const code = await new Promise((r) => child.on("close", (c) => r(c)));
      expect(code).toBe(0);
      const out = parseLines(Buffer.concat(chunks).toString("utf8"));
      expect(out.map((l) => l.id)).toEqual(Array.from({ length: lines }, (_, k) => `r${k}`));
      out.forEach((l, k) => expect({ entities: l.entities, relations: l.relations }).toEqual(expected[k === 100 ? 3 : k % 3]));
    }
  }, 180000);
});

describe("thoisu extract: progress", () => {
  // `script` runs the CLI on a pseudo-terminal, as in an interactive shell.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.runIf(hasScript)("draws a bar with documents, characters, rate and ETA on a terminal; none with --quiet or off a terminal", () => {
    const f = join(dir, "progress.jsonl");
    writeFileSync(f, jsonl);
    const onTty = (extra: string) => spawnSync("script", ["-qec", `"${process.execPath}" "${cli}" extract --jsonl "${f}" --jobs 1 ${extra} > /dev/null`, "/dev/null"], { encoding: "utf8" });
    const shown = onTty("").stdout.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, "");
    expect(shown).toMatch(/100% \| 3 documents \| [\d,]+ characters \| [\d,]+ chars\/s \| ETA \d+s/);
    const chars = records.reduce((n, r) => n + r.text.length, 0);
    expect(shown).toContain(`${chars.toLocaleString("en")} characters`);
    expect(onTty("--quiet").stdout).toBe("");
    expect(run(["extract", "--jsonl", f, "--jobs", "1"]).stderr).toBe("");
  }, 60000);
});

describe("thoisu extract: encodings", () => {
  const expected = parseLines(run(["extract", "--jsonl", "--jobs", "1"], jsonl).stdout);

  it("ignores a UTF-8 BOM", () => {
    const r = run(["extract", "--jsonl", "--jobs", "1"], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(jsonl)]) as unknown as string);
    expect(r.status).toBe(0);
    expect(parseLines(r.stdout)).toEqual(expected);
  });

  it("reports invalid UTF-8 with its line (file and number) instead of inventing entities", () => {
    const f = join(dir, "bad.jsonl");
    const bad = Buffer.concat([Buffer.from(JSON.stringify(records[0]) + "\n"), Buffer.from('{"id":"x","text":"Hu'), Buffer.from([0xe1, 0xba]), Buffer.from('"}\n'), Buffer.from(JSON.stringify(records[1]) + "\n")]);
    writeFileSync(f, bad);
    const r = run(["extract", "--jsonl", "--jobs", "1", f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${f}:2: not valid UTF-8`);
    const lines = parseLines(r.stdout);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({ line: 2, file: f, error: expect.stringContaining("not valid UTF-8") });
    expect(lines[2]).toEqual(expected[1]);
    // Plain text: the line number of the first bad byte.
    const t = join(dir, "bad.txt");
    writeFileSync(t, Buffer.concat([Buffer.from("Hà Nội\nHuế\n"), Buffer.from([0xff]), Buffer.from("\n")]));
    const p = run(["extract", t]);
    expect(p.status).toBe(1);
    expect(p.stderr).toContain(`${t}: line 3: not valid UTF-8`);
  });

  it("decodes windows-1258 (tone marks as combining characters) and UTF-16 with --encoding", () => {
    const f1258 = join(dir, "cp1258.jsonl");
    // windows-1258 has no emoji.
    const plain = jsonl.replace("😀 ", "");
    const expected1258 = parseLines(run(["extract", "--jsonl", "--jobs", "1"], plain).stdout);
    const encoded = iconv.encode(to1258(plain), "windows-1258");
    expect(iconv.decode(encoded, "windows-1258").normalize("NFC")).toBe(plain);
    writeFileSync(f1258, encoded);
    const r = run(["extract", "--jsonl", "--jobs", "1", "--encoding", "windows-1258", f1258]);
    expect(r.status).toBe(0);
    const got = parseLines(r.stdout);
    const decoded = parseLines(iconv.decode(encoded, "windows-1258"));
    got.forEach((doc, k) => {
      // Offsets index the decoded text (as Python's cp1258 codec decodes it); the entities are those of the UTF-8 input.
      for (const e of doc.entities) expect(decoded[k].text.slice(e.start, e.end)).toBe(e.text);
      expect(doc.entities.map((e: { type: string; text: string }) => `${e.type}:${e.text.normalize("NFC")}`))
        .toEqual(expected1258[k].entities.map((e: { type: string; text: string }) => `${e.type}:${e.text}`));
    });
    for (const enc of ["utf-16", "utf-16le", "utf-16be"]) {
      const f = join(dir, `${enc}.jsonl`);
      writeFileSync(f, iconv.encode(jsonl, enc, { addBOM: enc === "utf-16" }));
      const u = run(["extract", "--jsonl", "--jobs", "1", "--encoding", enc, f]);
      expect(u.status, enc).toBe(0);
      expect(parseLines(u.stdout)).toEqual(expected);
    }
    expect(run(["extract", "--encoding", "klingon"], "").status).toBe(2);
  });
});

describe("thoisu extract: outputs for analysis", () => {
  it("JSONL keeps the input's fields and meta; --date is the default for lines without one", () => {
    const lines = parseLines(run(["extract", "--jsonl", "--jobs", "1", "--date", "09/06/2017"], jsonl).stdout);
    expect(lines[0]).toMatchObject({ id: "000", url: "https://example.org/a", date: "2017-06-10", meta: { date: "2017-06-10", dateSource: "option" } });
    expect(lines[0].text).toBeUndefined();
    expect(lines[1].meta).toMatchObject({ date: "2017-06-09", dateSource: "option" });
    // The same as extract() with that date.
    expect(lines[1].entities).toEqual(extract(records[1]!.text, { date: "2017-06-09" }).entities);
  });

  it("--offsets codepoint and utf8 count as Python and byte-oriented tools do", () => {
    const base = parseLines(run(["extract", "--jsonl", "--jobs", "1"], jsonl).stdout);
    const cp = parseLines(run(["extract", "--jsonl", "--jobs", "1", "--offsets", "codepoint"], jsonl).stdout);
    const u8 = parseLines(run(["extract", "--jsonl", "--jobs", "1", "--offsets", "utf8"], jsonl).stdout);
    records.forEach((rec, k) => {
      const points = [...rec.text], bytes = Buffer.from(rec.text);
      cp[k].entities.forEach((e: { start: number; end: number; text: string }, i: number) => {
        expect(points.slice(e.start, e.end).join("")).toBe(e.text);
        expect(bytes.subarray(u8[k].entities[i].start, u8[k].entities[i].end).toString()).toBe(e.text);
        expect(base[k].entities[i].text).toBe(e.text);
      });
    });
    // After the emoji (two UTF-16 units, one code point, four bytes) the three counts differ.
    const hue = (l: { entities: { text: string; start: number }[] }) => l.entities.find((e) => e.text === "Huế")!.start;
    expect(hue(base[1]) - hue(cp[1])).toBe(1);
    expect(run(["extract", "--offsets", "bytes"], "").status).toBe(2);
  });

  it("--format csv --out DIR writes three tidy tables; --table writes one to stdout", () => {
    const input = join(dir, "in.jsonl");
    writeFileSync(input, jsonl + '{"id":"003","text":5}\n');
    const out = join(dir, "tables");
    const r = run(["extract", "--jsonl", input, "--format", "csv", "--out", out, "--jobs", "2"]);
    expect(r.status).toBe(1);
    const rows = (t: string) => readFileSync(join(out, `${t}.csv`), "utf8").trim().split("\n");
    const entities = rows("entities"), relations = rows("relations"), documents = rows("documents");
    expect(entities[0]).toBe("doc_id,index,type,start,end,text,rule,name,ref,amount,currency,min,max,timex,attrs");
    expect(documents[0]).toBe("doc_id,line,date,date_source,characters,entities,relations,PERSON,ROLE,ORG,LOC,MONEY,DATE,warnings,error");
    expect(documents.slice(1).map((l) => l.split(",")[0])).toEqual(['"000"', '"001"', '"002"', '"003"']);
    expect(documents[4]).toMatch(/expected an object with a string ""text""/);
    const money = entities.find((l) => l.includes(",MONEY,"))!;
    expect(money).toMatch(/^"000",\d+,MONEY,\d+,\d+,10 tỷ đồng,[^,]*,,,10000000000,VND,,,,/);
    const date = entities.find((l) => l.startsWith('"000"') && l.includes(",DATE,"))!;
    expect(date).toContain(",2017-06-09,");
    const holds = extract(records[0]!.text, { date: "2017-06-10" }).relations;
    expect(relations.filter((l) => l.startsWith('"000"'))).toHaveLength(holds.length);
    expect(relations.find((l) => l.startsWith('"000"'))).toContain("Hoàng Trung Hải");
    expect(relations[0]!.split(",")).toContain("when");
    const docs = run(["extract", "--jsonl", input, "--format", "csv", "--table", "documents", "--jobs", "1"]).stdout.trim().split("\n");
    expect(docs).toEqual(documents);
    expect(run(["extract", "--table", "documents"], "").status).toBe(2);
  });

  it("expands quoted globs, in sorted order", () => {
    const g = mkdtempSync(join(tmpdir(), "thoisu-glob-"));
    writeFileSync(join(g, "b.txt"), "Huế");
    writeFileSync(join(g, "a.txt"), "Hà Nội");
    writeFileSync(join(g, "c.md"), "Đà Nẵng");
    const r = run(["extract", join(g, "*.txt"), "--format", "jsonl", "--jobs", "1"]);
    expect(r.status).toBe(0);
    expect(parseLines(r.stdout).map((l) => l.id)).toEqual(["a", "b"]);
  });

  it("stats summarises a JSONL result", () => {
    const result = join(dir, "result.jsonl");
    writeFileSync(result, run(["extract", "--jsonl", "--jobs", "1"], jsonl + "{oops\n").stdout);
    const r = run(["stats", result, "--format", "json"]);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.documents).toBe(3);
    expect(s.errors).toBe(1);
    const all = records.map((rec) => extract(rec.text, rec.date ? { date: rec.date } : undefined));
    const persons = all.flatMap((x) => x.entities.filter((e) => e.type === "PERSON"));
    expect(s.entities.PERSON).toBe(persons.length);
    expect(s.relations).toBe(all.reduce((n, x) => n + x.relations.length, 0));
    expect(s.holds.map((h: [string, number]) => h[0])).toContain("Hoàng Trung Hải — Bí thư Thành ủy Hà Nội");
    const table = run(["stats", result]);
    expect(table.stdout).toMatch(/top people:\n\s+\d+\s+\S/);
  });
});
