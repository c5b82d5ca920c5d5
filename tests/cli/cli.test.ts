// The CLI, run as a user runs it: the built dist/cli.js (npm test builds first).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const cli = join(__dirname, "..", "..", "dist", "cli.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8" });

describe("thoisu CLI", () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  });

  it("documents itself", () => {
    const r = run(["--help"]);
    expect(r.status).toBe(0);
    for (const word of ["--jsonl", "--format", "conll", "csv", "--date", "--jobs", "--encoding", "--offsets", "--table", "--out", "--quiet", "thoisu stats", "DD/MM/YYYY"]) expect(r.stdout).toContain(word);
    // The contract of programs that drive one long-lived process through a pipe.
    expect(r.stdout).toContain("every non-blank input line gives exactly one output line, in input order");
    expect(r.stdout).toContain('{"id": <its id or null>, "line": N, "error": "..."');
  });

  it("gives one output line per input line, in order, with error records in place of bad lines", () => {
    const input = ['{"id":"a","text":"Hà Nội","url":"u1"}', "not json", '{"id":"b"}', "", '{"id":7,"text":"Huế","date":"09/06/2017"}', '{"text":"x","date":"31/6/2017"}'].join("\n");
    for (const jobs of ["1", "2"]) {
      const r = run(["extract", "--jsonl", "--jobs", jobs], input);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/stdin:2: malformed JSON/);
      expect(r.stderr).toMatch(/stdin:3: expected an object/);
      expect(r.stderr).toMatch(/stdin:6: "date" must be an ISO date \(YYYY-MM-DD\) or DD\/MM\/YYYY, got "31\/6\/2017"/);
      const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
      // The blank line 4 gives none; every other line gives exactly one.
      expect(lines.map((l) => l.id)).toEqual(["a", null, "b", "7", null]);
      expect(lines[0]).toMatchObject({ id: "a", url: "u1", meta: { dateSource: "none" } });
      expect(Object.keys(lines[0])).toEqual(["id", "url", "entities", "relations", "meta"]);
      expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^malformed JSON/) });
      expect(lines[2]).toMatchObject({ line: 3, error: 'expected an object with a string "text"' });
      expect(lines[3].meta).toMatchObject({ date: "2017-06-09", dateSource: "option" });
      expect(lines[4]).toMatchObject({ line: 6, error: expect.stringContaining("31/6/2017") });
    }
  });

  it("answers each stdin line before the next is written (a long-lived process driven line by line)", async () => {
    for (const jobs of ["1", "2"]) {
      const child = spawn(process.execPath, [cli, "extract", "--jsonl", "-", "--jobs", jobs], { stdio: ["pipe", "pipe", "pipe"] });
      const lines: string[] = [];
      let buffered = "";
      let notify: (() => void) | null = null;
      child.stdout.setEncoding("utf8").on("data", (d: string) => {
        buffered += d;
        let i;
        while ((i = buffered.indexOf("\n")) !== -1) { lines.push(buffered.slice(0, i)); buffered = buffered.slice(i + 1); }
        notify?.();
      });
      const nextLine = (n: number) => new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to line ${n} within 20 s (jobs ${jobs})`)), 20000);
        notify = () => { if (lines.length >= n) { clearTimeout(timer); resolve(); } };
        notify();
      });
      const records = [{ id: "x1", text: "Thủ tướng Nguyễn Xuân Phúc đến Huế." }, { id: "x2", text: "{" }, { id: "x3", text: "Hà Nội", date: "2017-06-09" }];
      for (let k = 0; k < records.length; k++) {
        // stdin stays open: the answer must come without EOF.
        child.stdin.write(JSON.stringify(records[k]) + "\n");
        await nextLine(k + 1);
        expect(JSON.parse(lines[k]!).id).toBe(records[k]!.id);
      }
      child.stdin.write("{bad\n");
      await nextLine(4);
      expect(JSON.parse(lines[3]!)).toMatchObject({ id: null, line: 4 });
      child.stdin.end();
      const code = await new Promise((r) => child.on("close", r));
      expect(code).toBe(1);
      expect(lines).toHaveLength(4);
    }
  }, 60000);

  it("reads plain text files and writes each format", () => {
    const dir = mkdtempSync(join(tmpdir(), "thoisu-"));
    const f = join(dir, "a.txt");
    writeFileSync(f, "Chiều 9/6, tại Hà Nội, Bí thư Thành ủy Hà Nội Hoàng Trung Hải nói.");
    const json = run(["extract", f, "--date", "2017-06-09"]);
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.id).toBe("a");
    expect(doc.meta.date).toBe("2017-06-09");
    for (const e of doc.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    expect(run(["extract", f, "--format", "table"]).stdout).toContain("# a");
    const conll = run(["extract", f, "--format", "conll"]).stdout.split("\n");
    expect(conll[0]).toBe("# id = a");
    expect(conll[1]!.split("\t")).toHaveLength(4);
    expect(run(["extract", f, "--format", "csv"]).stdout.split("\n")[0]).toBe("doc_id,index,type,start,end,text,rule,name,ref,amount,currency,min,max,timex,attrs");
  });

  it("rejects a bad format or date with exit code 2", () => {
    expect(run(["extract", "--format", "xml"], "").status).toBe(2);
    const bad = run(["extract", "--date", "2017/06/09"], "");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date must be an ISO date (YYYY-MM-DD) or DD/MM/YYYY, got "2017/06/09"');
    expect(run(["extract", "--date", "09/06/2017"], "Hà Nội").status).toBe(0);
    expect(run(["frobnicate"], "").status).toBe(2);
  });

  it("reports an unreadable file and goes on", () => {
    const r = run(["extract", "/nonexistent/x.txt", "-"], "Hà Nội");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read/);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });
});
