#!/usr/bin/env node
// Builds dist/ (run by `npm run build` after build:data):
//   dist/**/*.js     one ES module per source file (src/ minus tests and the CLI), with the
//                    source's relative imports kept: bundlers drop unused modules (sideEffects:
//                    false), so `import { normalize } from "thoisu"` does not pull the gazetteer in;
//                    and browsers and Deno load dist/index.js as is (no bare import left).
//   dist/vendor/     fuse.js, copied with its Apache-2.0 licence (the only runtime dependency).
//   dist/cli.js      the CLI: its own modules and npm packages bundled, the core imported from the
//                    modules above.
//   dist/web/        the demo page (examples/web): the core bundled into one classic script, so the
//                    page also works from file:// (not in the npm package).
//   dist/**/*.d.ts   declarations (tsc, tsconfig.build.json).
// No CommonJS copy: Node ≥ 20.19 `require()`s these ES modules (see README, "Install").
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
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

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === "cli" && dir === src ? [] : sources(p);
    return d.name.endsWith(".ts") && !d.name.endsWith(".test.ts") && !d.name.endsWith(".d.ts") ? [p] : [];
  });
}

/**
 * esbuild bundles each entry alone: relative imports stay as written (they already end in .js),
 * vendored packages point at dist/vendor, `node:` builtins stay (CLI only), anything else fails.
 * For the CLI (`coreFrom` set), modules outside src/cli are the core: imported from dist, not copied.
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
        return { path: relSpecifier(coreFrom, join(dist, relative(src, target))), external: true };
      });
    },
  };
}

const common = { bundle: true, format: "esm", charset: "utf8", target: "es2022", logLevel: "warning", legalComments: "inline" };

rmSync(dist, { recursive: true, force: true });
await build({ ...common, entryPoints: sources(src), outbase: src, outdir: dist, platform: "neutral", plugins: [keepImports()] });
// The CLI and its pool worker (src/cli/worker.ts, loaded by tinypool in each thread, and by the main
// thread itself with --jobs 1). tinypool stays an external runtime dependency: it starts its threads
// from a file of its own package, which bundling would lose.
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
