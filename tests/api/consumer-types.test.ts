// The packed package as a TypeScript user sees it: `npm pack`, unpacked into a scratch project's
// node_modules, then tests/consumer/main.ts type-checked under moduleResolution nodenext, bundler
// and node10 (with `thoisu/words`; under nodenext also a CommonJS file, require.cts), declarations
// included (skipLibCheck off). main.ts narrows entities by `type` without casts and marks misuses
// `@ts-expect-error`, which fail when unused.
// The same installed copy is then loaded by Node, from ESM and from CommonJS.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const run = promisify(execFile);
const app = mkdtempSync(join(tmpdir(), "thoisu-consumer-"));

beforeAll(() => {
  cpSync(join(__dirname, "..", "consumer"), app, { recursive: true });
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", app], { cwd: root });
  const tarball = readdirSync(app).find((f) => f.endsWith(".tgz"))!;
  const into = join(app, "node_modules", "thoisu");
  mkdirSync(into, { recursive: true });
  execFileSync("tar", ["-xzf", join(app, tarball), "-C", into, "--strip-components=1"]);
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe("consumer of the packed package", () => {
  it("type-checks under moduleResolution nodenext, bundler and node10", async () => {
    const modes = ["nodenext", "bundler", "node10"];
    const results = await Promise.all(modes.map((m) =>
      run(process.execPath, [tsc, "-p", join(app, `tsconfig.${m}.json`)], { cwd: app }).then(() => "", (e: { stdout?: string }) => e.stdout || String(e))));
    expect(Object.fromEntries(modes.map((m, k) => [m, results[k]]))).toEqual({ nodenext: "", bundler: "", node10: "" });
  });

  it("fails to type-check when a misuse compiles or a type breaks (the check can fail)", async () => {
    // The same project with one `@ts-expect-error` removed must report exactly that error.
    const main = readFileSync(join(app, "main.ts"), "utf8");
    const marker = "// @ts-expect-error: amount exists on MoneyAmount only";
    expect(main).toContain(marker);
    writeFileSync(join(app, "broken.ts"), main.replace(marker, "// amount exists on MoneyAmount only"));
    writeFileSync(join(app, "tsconfig.broken.json"), JSON.stringify({ extends: "./tsconfig.nodenext.json", files: ["broken.ts"] }));
    const out = await run(process.execPath, [tsc, "-p", join(app, "tsconfig.broken.json")], { cwd: app }).then(() => "", (e: { stdout?: string }) => e.stdout ?? "");
    expect(out).toMatch(/broken\.ts\(\d+,\d+\): error TS2339: Property 'amount' does not exist on type 'MoneyValue'/);
    expect(out.trim().split("\n").filter((l) => /error TS/.test(l))).toHaveLength(1);
  });

  it("loads in Node from ESM and from CommonJS, with thoisu/words", async () => {
    const esm = await run(process.execPath, ["--input-type=module", "-e",
      `import { extract } from "thoisu"; import { segment } from "thoisu/words";
       const r = extract("Bí thư Thành ủy Hà Nội Hoàng Trung Hải", { date: "2017-06-09" });
       console.log(JSON.stringify([r.entities.map((e) => e.type), segment("Hà Nội").length]));`], { cwd: app });
    expect(JSON.parse(esm.stdout)).toEqual([["ROLE", "LOC", "PERSON"], 1]);
    const cjs = await run(process.execPath, ["-e", `const { extract } = require("thoisu"); console.log(extract("3 tỷ đồng").entities[0].value.amount);`], { cwd: app });
    expect(cjs.stdout.trim()).toBe("3000000000");
  });
});
