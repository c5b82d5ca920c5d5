#!/usr/bin/env node
// The package's footprint, as users meet it: the packed package (`npm pack --dry-run`), and
// browser bundles of the built package (esbuild, minified, through the package's exports map and
// `sideEffects` flag, with code splitting): `extract` (the core), `normalize` alone (does
// tree-shaking work?) and `thoisu/words`, each as what a page loads before the call can run, with
// what it loads on demand (dynamic imports) apart; with the modules that dominate the core bundle. With `--cold N`, also the cold
// start: import + first extract of the first bench article in N fresh processes (median), in CPU
// time (all threads of the process, steadier than wall time on a shared machine) and wall time.
// `run.mjs` calls `footprint()` for sizes only and times the cold start itself.
//
//   node benchmarks/footprint.mjs [--top 12] [--cold 7] [--json]     (after `npm run build`)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { rootDir } from "./lib/corpus.mjs";
import { kb, median, ms, textTable } from "./lib/timing.mjs";

const BUNDLES = {
  extract: `import { extract } from "thoisu"; console.log(extract("x"));`,
  "normalize only": `import { normalize } from "thoisu"; console.log(normalize("x").text);`,
  "thoisu/words": `import { segment } from "thoisu/words"; console.log(segment("x"));`,
};

export async function footprint() {
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: rootDir, encoding: "utf8" }));
  const app = mkdtempSync(join(tmpdir(), "thoisu-footprint-"));
  try {
    mkdirSync(join(app, "node_modules"));
    symlinkSync(rootDir, join(app, "node_modules", "thoisu"), "dir");
    const bundles = {};
    for (const [name, code] of Object.entries(BUNDLES)) {
      // With code splitting, as an app's bundler does: what the package loads only on demand (a
      // dynamic import, such as fuse.js for `Gazetteer.search`) goes to chunks of its own, which the
      // page fetches when that code runs. The bundle's size is the entry and what it imports
      // statically (all a page needs to run the call); the on-demand chunks are given apart.
      const r = await build({ stdin: { contents: code, resolveDir: app }, bundle: true, minify: true, write: false, format: "esm", charset: "utf8", metafile: true, logLevel: "silent", splitting: true, outdir: join(app, "out"), absWorkingDir: rootDir });
      const outputs = r.metafile.outputs;
      const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint);
      const eager = new Set(), lazy = new Set();
      const visit = (o, isLazy) => {
        if (eager.has(o) || (isLazy && lazy.has(o))) return;
        (isLazy ? lazy : eager).add(o);
        for (const imp of outputs[o].imports) if (outputs[imp.path]) visit(imp.path, isLazy || imp.kind === "dynamic-import");
      };
      visit(entry, false);
      for (const o of eager) lazy.delete(o);
      const file = (o) => r.outputFiles.find((f) => f.path === join(rootDir, o)).contents;
      const size = (set) => [...set].reduce((acc, o) => ({ bytes: acc.bytes + file(o).length, gzipBytes: acc.gzipBytes + gzipSync(file(o)).length }), { bytes: 0, gzipBytes: 0 });
      // Paths are relative to the working directory; the symlink resolves to this checkout's dist/.
      const modules = [...eager].flatMap((o) => Object.entries(outputs[o].inputs)).map(([path, v]) => ({ module: path, bytes: v.bytesInOutput })).sort((a, b) => b.bytes - a.bytes);
      const onDemand = size(lazy);
      bundles[name] = { ...size(eager), modules, onDemandBytes: onDemand.bytes, onDemandGzipBytes: onDemand.gzipBytes };
    }
    return { packedBytes: packed.size, unpackedBytes: packed.unpackedSize, files: packed.files.length, bundles };
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

/** Cold start in `runs` fresh processes (benchmarks/lib/child.mjs cold): medians of each field, in ms. */
export function coldStart(runs) {
  const child = join(rootDir, "benchmarks", "lib", "child.mjs");
  const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [child, "cold"], { encoding: "utf8" }).trim().split("\n").at(-1)));
  return Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((r) => r[k]))]));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const top = Number(args[args.indexOf("--top") + 1]) || 12;
  const coldRuns = args.includes("--cold") ? Number(args[args.indexOf("--cold") + 1]) || 7 : 0;
  const f = await footprint();
  if (coldRuns) f.cold = coldStart(coldRuns);
  if (args.includes("--json")) {
    console.log(JSON.stringify(f, null, 2));
  } else {
    if (f.cold) {
      const c = f.cold;
      console.log(`cold start, median of ${coldRuns} fresh processes (CPU time / wall time):`);
      console.log(textTable([["", "CPU", "wall"], ["import dist/index.js", ms(c.importCpuMs), ms(c.importMs)], ["first extract", ms(c.firstExtractCpuMs), ms(c.firstExtractMs)], ["import + first extract", ms(c.totalCpuMs), ms(c.totalMs)]]));
      console.log("");
    }
    console.log(`packed package: ${kb(f.packedBytes)} (unpacked ${kb(f.unpackedBytes)}, ${f.files} files)`);
    console.log(textTable([["bundle", "minified", "gzip", "on demand (gzip)"], ...Object.entries(f.bundles).map(([n, b]) => [n, kb(b.bytes), kb(b.gzipBytes), b.onDemandBytes ? kb(b.onDemandGzipBytes) : ""])]));
    console.log(`\nlargest modules in the extract bundle (minified bytes):`);
    console.log(textTable([["module", "bytes"], ...f.bundles.extract.modules.slice(0, top).map((m) => [m.module, kb(m.bytes)])]));
  }
}
