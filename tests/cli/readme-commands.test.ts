// Every command of the README's "Command line" section runs, as shown, against the build
// (`thoisu` = node dist/cli.js), in a copy of examples/.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Command line"), readme.indexOf("\n## ", readme.indexOf("## Command line") + 5));
const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split("\n")).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));

describe("README: Command line", () => {
  it("shows commands", () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const c of commands) expect(c).toMatch(/(^|\| )thoisu /);
  });

  it("each command runs as shown and prints what a user expects", () => {
    const work = mkdtempSync(join(tmpdir(), "thoisu-readme-"));
    cpSync(join(root, "examples"), join(work, "examples"), { recursive: true, filter: (f) => !f.endsWith(".ipynb") });
    const bin = join(work, ".bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "thoisu"), `#!/bin/sh\nexec "${process.execPath}" "${join(root, "dist", "cli.js")}" "$@"\n`);
    chmodSync(join(bin, "thoisu"), 0o755);
    for (const command of commands) {
      const r = spawnSync("bash", ["-c", command], { cwd: work, encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      expect(r.stderr, command).toBe("");
      const shown = command.replace(/\s+#.*$/, "");
      if (!/>\s*\S+$/.test(shown) && !shown.includes("--out")) expect(r.stdout.length, command).toBeGreaterThan(0);
    }
    // What the redirections wrote.
    const lines = readFileSync(join(work, "entities.jsonl"), "utf8").trim().split("\n");
    expect(lines.length).toBe(readFileSync(join(work, "examples", "articles.jsonl"), "utf8").trim().split("\n").length);
    for (const t of ["entities", "relations", "documents"]) expect(existsSync(join(work, "tables", `${t}.csv`))).toBe(true);
    expect(readFileSync(join(work, "000.html"), "utf8")).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(work, "tenures.tsv"), "utf8").split("\n").length).toBeGreaterThan(1);
  }, 120000);
});
