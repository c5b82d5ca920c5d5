// The package as a user installs it: the built ES modules (also require()d from CommonJS), a core
// free of Node APIs and of bare imports (so browsers and Deno load dist/index.js as is), its size,
// and tree-shaking that keeps `normalize` alone small.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };

const root = join(__dirname, "..", "..");
const dist = (f: string) => join(root, "dist", f);
const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? jsFiles(join(dir, d.name)) : d.name.endsWith(".js") ? [join(dir, d.name)] : []));
/** Every ES module of the library (the CLI apart: it is for Node only). */
// The CLI (cli.js, its pool worker, and the pool library vendored for it) is Node-only by design.
const libraryModules = jsFiles(dist("")).filter((f) => f !== dist("cli.js") && f !== dist("cli-worker.js") && !f.startsWith(dist("vendor/tinypool")));

/** Limits from issue 13: the packed package, and a bundle that imports only `normalize`. */
const PACKED_MAX = 1_000_000;
const NORMALIZE_ONLY_GZIP_MAX = 20_000;
/**
 * A bundle of `extract` in one file, gzipped: 265 kB when set (with fuse.js, ~9.6 kB, which
 * benchmarks/footprint.mjs counts apart as loaded on demand: 249 KB there, the goal being 250), and a
 * little slack. Data that grows, or a packing that gets worse, shows here.
 */
const EXTRACT_GZIP_MAX = 268_000;

const work = mkdtempSync(join(tmpdir(), "thoisu-package-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("package", () => {
  it("loads from CommonJS (require of the ES module) and exposes the same API as import", async () => {
    const cjs = createRequire(import.meta.url)(dist("index.js"));
    const esm = await import(dist("index.js"));
    expect(typeof cjs.extract).toBe("function");
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(cjs.extract("Hà Nội", { date: "2017-06-09" }).meta.date).toBe("2017-06-09");
  });

  it("keeps the core free of Node-only APIs (runs in browsers and Deno)", () => {
    for (const f of libraryModules) {
      expect(readFileSync(f, "utf8"), relative(root, f)).not.toMatch(/from\s*["']node:|require\(["'](fs|path|node:)|process\.(argv|env|exit)/);
    }
  });

  it("leaves no bare import in the library's modules (each resolves to a file in dist)", async () => {
    // esbuild parses every module and lists its imports (static, dynamic, re-exports) in the metafile.
    const seen: string[] = [];
    const r = await build({
      entryPoints: libraryModules, bundle: true, write: false, outdir: join(work, "parse"), format: "esm", platform: "neutral", metafile: true, logLevel: "silent",
      plugins: [{ name: "record", setup(b) { b.onResolve({ filter: /.*/ }, (a) => { if (a.kind !== "entry-point") seen.push(a.path); return undefined; }); } }],
    });
    expect(seen.length).toBeGreaterThan(libraryModules.length); // the recorder did see the imports
    expect(seen.filter((s) => !s.startsWith("./") && !s.startsWith("../"))).toEqual([]);
    // Every module bundled is one of dist's files: nothing came from node_modules.
    expect(Object.keys(r.metafile!.inputs).filter((f) => !f.includes("dist/"))).toEqual([]);
  });

  it("declares the exports map, types and side-effect freedom", () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
    expect(pkg.exports["./words"]).toEqual({ types: "./dist/words.d.ts", default: "./dist/words.js" });
    expect(pkg.typesVersions["*"].words).toEqual(["./dist/words.d.ts"]);
    expect("dependencies" in pkg).toBe(false); // fuse.js ships in dist/vendor
    expect(readFileSync(dist("vendor/fuse.js.LICENSE"), "utf8")).toContain("Apache License");
    expect(readFileSync(dist("index.d.ts"), "utf8")).toContain("export");
  });

  it(`packs to at most ${PACKED_MAX / 1e6} MB, without the data tables or source maps, with the data licences`, () => {
    const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" }));
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    console.log(`packed ${(packed.size / 1e3).toFixed(0)} kB, unpacked ${(packed.unpackedSize / 1e6).toFixed(2)} MB, ${files.length} files`);
    expect(packed.size).toBeLessThanOrEqual(PACKED_MAX);
    expect(files.filter((f) => f.endsWith(".map") || f.endsWith(".tsv") || f.endsWith(".cjs"))).toEqual([]);
    expect(files).toContain("data/licenses/vntk-dictionary.LICENSE");
    expect(files).toContain("dist/cli.js");
  });

  it(`tree-shakes: a bundle of \`normalize\` alone stays under ${NORMALIZE_ONLY_GZIP_MAX / 1e3} kB gzipped, one of \`extract\` under ${EXTRACT_GZIP_MAX / 1e3} kB`, async () => {
    // Resolved through the package's own exports map and sideEffects flag, as a user's bundler does.
    mkdirSync(join(work, "app", "node_modules"), { recursive: true });
    symlinkSync(root, join(work, "app", "node_modules", "thoisu"), "dir");
    const bundle = async (code: string) => {
      const r = await build({ stdin: { contents: code, resolveDir: join(work, "app") }, bundle: true, minify: true, write: false, format: "esm", charset: "utf8", logLevel: "silent" });
      return gzipSync(r.outputFiles[0]!.contents).length;
    };
    const normalizeOnly = await bundle(`import { normalize } from "thoisu"; console.log(normalize("x").text);`);
    const full = await bundle(`import { extract } from "thoisu"; console.log(extract("x"));`);
    console.log(`bundle gzipped: normalize alone ${(normalizeOnly / 1e3).toFixed(1)} kB, extract ${(full / 1e3).toFixed(0)} kB`);
    expect(normalizeOnly).toBeLessThanOrEqual(NORMALIZE_ONLY_GZIP_MAX);
    expect(full).toBeGreaterThan(10 * normalizeOnly); // the limit is met by shaking, not by an empty bundle
    expect(full).toBeLessThanOrEqual(EXTRACT_GZIP_MAX);
  });
});
