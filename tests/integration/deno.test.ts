// dist/ in Deno, imported by path with no bundler, import map or npm resolution (as a notebook
// user does). Deno comes from the `deno` devDependency (its binary is a platform package); where
// it is absent the test is skipped with the reason, except in CI, where that fails.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const denoBin = join(root, "node_modules", ".bin", "deno");
const hasDeno = spawnSync(denoBin, ["--version"], { encoding: "utf8" }).status === 0;
if (!hasDeno && !process.env.CI) console.warn(`deno.test.ts skipped: ${denoBin} does not run (npm ci installs Deno as a devDependency on Linux, macOS and Windows x64/arm64)`);

describe.runIf(hasDeno || process.env.CI)("dist in Deno", () => {
  it("imports dist/index.js and dist/words.js by path, extracts, and searches (fuse.js loaded lazily)", () => {
    expect(hasDeno, `${denoBin} is missing or does not run`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "thoisu-deno-"));
    try {
      const url = (f: string) => pathToFileURL(join(root, "dist", f)).href;
      writeFileSync(join(dir, "smoke.js"), `
        import { extract, defaultGazetteer } from ${JSON.stringify(url("index.js"))};
        import { segment } from ${JSON.stringify(url("words.js"))};
        const r = extract("Bí thư Thành ủy Hà Nội Hoàng Trung Hải trao tặng 3 tỷ đồng.", { date: "2017-06-09" });
        // fuse.js is a dynamic import of dist/vendor/fuse.js on the first search: it must load here too.
        const [best] = await defaultGazetteer.search("Hải Dươngg", { kinds: ["place"], limit: 1 });
        console.log(JSON.stringify({ entities: r.entities.map((e) => [e.type, e.text, e.ref ?? e.value ?? null]), relations: r.relations, words: segment("Bí thư Thành ủy").map((w) => w.text), searched: best?.entry.id }));
      `);
      const r = spawnSync(denoBin, ["run", "--no-config", "--no-lock", "--no-prompt", "--no-npm", join(dir, "smoke.js")], {
        encoding: "utf8", env: { ...process.env, DENO_DIR: join(dir, "cache"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
      });
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout)).toEqual({
        entities: [
          ["ROLE", "Bí thư Thành ủy Hà Nội", null],
          ["LOC", "Hà Nội", "tinh:ha-noi"],
          ["PERSON", "Hoàng Trung Hải", "person:hoang-trung-hai"],
          ["MONEY", "3 tỷ đồng", { amount: 3000000000, currency: "VND" }],
        ],
        relations: [{ type: "HOLDS", person: 2, role: 0, rule: expect.any(String) }],
        words: ["Bí thư", "Thành ủy"],
        searched: "tinh:hai-duong",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
