// The CLI, run as a user runs it: the built dist/cli.js (npm test builds first).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const cli = join(__dirname, "..", "dist", "cli.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8" });

describe("thoisu CLI", () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  });

  it("documents itself", () => {
    const r = run(["--help"]);
    expect(r.status).toBe(0);
    for (const word of ["--jsonl", "--format", "conll", "csv", "--date"]) expect(r.stdout).toContain(word);
  });

  it("reports malformed JSONL lines by number, processes the rest, and fails the exit code", () => {
    const input = ['{"id":"a","text":"Hà Nội"}', "not json", '{"id":"b"}', '{"id":"c","text":"Huế","date":"2017-06-09"}'].join("\n");
    const r = run(["extract", "--jsonl"], input);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stdin:2: malformed JSON/);
    expect(r.stderr).toMatch(/stdin:3: expected an object/);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", "c"]);
    for (const l of lines) expect(Object.keys(l)).toEqual(["id", "entities", "relations"]);
  });

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
    expect(run(["extract", f, "--format", "csv"]).stdout.split("\n")[0]).toBe("id,type,start,end,text,value,name,rule,ref");
  });

  it("rejects a bad format or date with exit code 2", () => {
    expect(run(["extract", "--format", "xml"], "").status).toBe(2);
    expect(run(["extract", "--date", "9/6/2017"], "").status).toBe(2);
    expect(run(["frobnicate"], "").status).toBe(2);
  });

  it("reports an unreadable file and goes on", () => {
    const r = run(["extract", "/nonexistent/x.txt", "-"], "Hà Nội");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read/);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });
});
