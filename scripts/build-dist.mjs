#!/usr/bin/env node
// Builds dist/ (run by `npm run build` after build:data):
//   dist/index.js, dist/words.js and the modules they re-export from (dist/extract.js,
//                    dist/normalize/index.js, ...): entries of one esbuild build with code splitting,
//                    their code in a few shared chunks (dist/chunks/): Node's and the browsers' ES
//                    loaders pay per module (16 files load for dist/index.js, 60 with one module per
//                    source file). dist/index.js only re-exports, so bundlers drop the chunks an
//                    import does not reach (sideEffects: false): `import { normalize } from "thoisu"`
//                    does not pull the gazetteer in; browsers and Deno load dist/index.js as is (no
//                    bare import left).
//   dist/vendor/     fuse.js (Apache-2.0; loaded by the first Gazetteer.search) and tinypool (MIT, the
//                    CLI's), copied with their licences: no runtime dependency to install.
//   dist/cli.js      the CLI: its own modules and npm packages bundled, the core imported from the
//                    entries above (every core module the CLI imports is made an entry).
//   dist/web/        the demo page (examples/web): the core bundled into one classic script, so the
//                    page also works from file:// (not in the npm package).
//   dist/**/*.d.ts   declarations (tsc, tsconfig.build.json).
// No CommonJS copy: Node ≥ 20.19 `require()`s these ES modules (see README, "Install").
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const dist = join(root, "dist");
const require = createRequire(import.meta.url);

/** Runtime dependencies copied into dist/vendor: bare specifier → [file, licence file]. */
const fuseFile = fileURLToPath(import.meta.resolve("fuse.js")); // its ES module build, one file without imports
const VENDOR = { "fuse.js": { file: fuseFile, licence: join(dirname(fuseFile), "..", "LICENSE"), out: "vendor/fuse.js" } };

const posix = (p) => p.split(sep).join("/");
const relSpecifier = (fromDir, toFile) => { const r = posix(relative(fromDir, toFile)); return r.startsWith(".") ? r : `./${r}`; };

/**
 * The CLI's imports: its own modules and npm packages are bundled, `node:` builtins stay, and
 * modules outside src/cli are the core, imported from the entries of the split build in dist
 * (`coreFrom`), not copied.
 */
function keepImports({ coreFrom } = {}) {
  return {
    name: "keep-imports",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        if (coreFrom && relative(src, args.importer).startsWith("..")) return undefined; // inside an npm package the CLI bundles
        const outDir = coreFrom ?? join(dist, relative(src, args.resolveDir));
        if (args.path.startsWith("node:")) return { path: args.path, external: true };
        const vendored = VENDOR[args.path];
        if (vendored) return { path: relSpecifier(outDir, join(dist, vendored.out)), external: true };
        if (!args.path.startsWith(".")) {
          if (coreFrom) return undefined; // an npm package the CLI alone uses (string-width): bundled into cli.js
          return { errors: [{ text: `bare import "${args.path}": add it to VENDOR in scripts/build-dist.mjs or drop it (dist must run without a bundler)` }] };
        }
        if (!coreFrom) return { path: args.path, external: true };
        const target = join(args.resolveDir, args.path);
        if (posix(relative(src, target)).startsWith("cli/")) return undefined; // bundled into cli.js
        // One copy of the core: the CLI imports only the entries of the split build, never a chunk's code twice.
        if (!CORE_ENTRIES.includes(target.replace(/\.js$/, ".ts"))) return { errors: [{ text: `the CLI imports ${args.path}, which is not an entry of the core build (see coreEntries)` }] };
        return { path: relSpecifier(coreFrom, join(dist, relative(src, target))), external: true };
      });
    },
  };
}

/**
 * The public entries (package.json exports) and every module they re-export from: each is an
 * entry of the split build, so that `dist/index.js` is a list of re-exports from a few chunks and a
 * bundler that sees `import { normalize } from "thoisu"` keeps only the chunks `normalize` needs.
 */
function coreEntries() {
  const entries = new Set(["index.ts", "words.ts"]);
  for (const e of ["index.ts", "words.ts"]) {
    for (const m of readFileSync(join(src, e), "utf8").matchAll(/^export\s+(?!type\b)[^;]*?from\s*"\.\/([^"]+)\.js"/gms)) entries.add(`${m[1]}.ts`);
  }
  // The core modules the CLI imports (see keepImports({ coreFrom })): entries too, so that the CLI
  // shares the chunks (one copy of every table and cache) with `dist/index.js`.
  for (const f of readdirSync(join(src, "cli"))) {
    for (const m of readFileSync(join(src, "cli", f), "utf8").matchAll(/^import\s+(?!type\b)[^;]*?from\s*"\.\.\/([^"]+)\.js"/gms)) entries.add(`${m[1]}.ts`);
  }
  return [...entries].sort().map((e) => join(src, e));
}

/**
 * The core (src/ minus the CLI): bundled with code splitting into the entries above and shared
 * chunks (dist/chunks/), a few files instead of one per source file: Node's and the browsers' ES
 * loaders pay per module (60 modules cost ~40% of the import). No bare import is left: vendored
 * packages are written as a marker that is replaced by each output's relative path to dist/vendor.
 */
async function buildCore() {
  const VENDOR_MARK = "thoisu-vendor:";
  const r = await build({
    ...common, entryPoints: CORE_ENTRIES, outbase: src, outdir: dist, platform: "neutral", splitting: true, write: false,
    chunkNames: "chunks/[name]-[hash]", metafile: true,
    plugins: [{
      name: "vendored",
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === "entry-point" || args.path.startsWith(".")) return undefined;
          if (VENDOR[args.path]) return { path: VENDOR_MARK + args.path, external: true };
          return { errors: [{ text: `bare import "${args.path}": add it to VENDOR in scripts/build-dist.mjs or drop it (dist must run without a bundler)` }] };
        });
      },
    }],
  });
  for (const f of r.outputFiles) {
    let text = f.text;
    if (text.includes(VENDOR_MARK)) {
      text = text.replace(new RegExp(`(["'])${VENDOR_MARK}([^"']+)\\1`, "g"), (_, q, name) => q + relSpecifier(dirname(f.path), join(dist, VENDOR[name].out)) + q);
    }
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, text);
  }
  return r.metafile;
}

const common = { bundle: true, format: "esm", charset: "utf8", target: "es2022", logLevel: "warning", legalComments: "inline" };

const CORE_ENTRIES = coreEntries();
rmSync(dist, { recursive: true, force: true });
await buildCore();
// The CLI and its pool worker (src/cli/worker.ts, loaded by tinypool in each thread: a JSONL corpus
// goes to a worker also with --jobs 1; plain text with --jobs 1 is extracted by the main thread).
// tinypool is copied whole into dist/vendor/tinypool (MIT, licence beside it) rather than bundled: it
// starts its threads from a file of its own (dist/entry/worker.js), which bundling would lose.
const tinypoolDir = join(dirname(fileURLToPath(import.meta.resolve("tinypool"))), "..");
cpSync(tinypoolDir, join(dist, "vendor", "tinypool"), { recursive: true, filter: (f) => !relative(tinypoolDir, f).startsWith("node_modules") && !f.endsWith(".d.ts") && !f.endsWith(".md") });
const tinypoolPlugin = { name: "vendored-tinypool", setup(b) { b.onResolve({ filter: /^tinypool$/ }, () => ({ path: "./vendor/tinypool/dist/index.js", external: true })); } };
for (const [entry, out, cjs] of [["index.ts", "cli.js", true], ["worker.ts", "cli-worker.js", false]]) {
  await build({
    ...common, entryPoints: [join(src, "cli", entry)], outfile: join(dist, out), platform: "node", target: "node20", minify: true,
    // iconv-lite and cli-progress are CommonJS: their require() of Node builtins needs a real require in the ES bundle.
    banner: { js: `#!/usr/bin/env node${cjs ? '\nimport { createRequire as __thoisuRequire } from "node:module";\nconst require = __thoisuRequire(import.meta.url);' : ""}` },
    plugins: [tinypoolPlugin, keepImports({ coreFrom: dist })],
  });
}
chmodSync(join(dist, "cli.js"), 0o755);
await build({
  ...common, entryPoints: [join(root, "examples", "web", "demo.ts")], outfile: join(dist, "web", "demo.js"), format: "iife",
  platform: "browser", target: "es2020", minify: true, loader: { ".txt": "text" },
});
cpSync(join(root, "examples", "web", "public"), join(dist, "web"), { recursive: true });
for (const v of Object.values(VENDOR)) {
  mkdirSync(dirname(join(dist, v.out)), { recursive: true });
  copyFileSync(v.file, join(dist, v.out));
  copyFileSync(v.licence, join(dist, `${v.out}.LICENSE`));
}
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
pruneDeclarations(["index.d.ts", "words.d.ts"]);

/**
 * Keeps only the declarations the public entries reach. The generated data modules' declarations
 * spell out their strings as literal types (700 KB for the communes) and no public type uses them.
 */
function pruneDeclarations(entries) {
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/(?:from\s*|import\(\s*)["'](\.{1,2}\/[^"']+)\.js["']/g)) {
      visit(join(dirname(file), `${m[1]}.d.ts`));
    }
  };
  for (const e of entries) visit(join(dist, e));
  const all = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? all(join(dir, d.name)) : d.name.endsWith(".d.ts") ? [join(dir, d.name)] : []));
  for (const f of all(dist)) if (!reached.has(f)) rmSync(f);
}
