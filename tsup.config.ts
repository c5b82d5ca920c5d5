import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // Vietnamese data strings stay UTF-8 rather than \u-escaped: a smaller bundle that parses faster.
    esbuildOptions(options) {
      options.charset = "utf8";
    },
    target: "es2022",
    platform: "neutral",
  },
  {
    // thoisu/words: a separate bundle so that the main entry never loads the word lexicon.
    entry: { words: "src/words.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // The bundle is mostly the lexicon string: keep it UTF-8 (not \u-escaped) and skip a map that would copy it.
    sourcemap: false,
    esbuildOptions(options) {
      options.charset = "utf8";
    },
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    target: "node18",
    platform: "node",
    esbuildOptions(options) {
      options.charset = "utf8";
    },
    banner: { js: "#!/usr/bin/env node" },
  },
  {
    // The demo page (examples/web): the core bundled for browsers as a classic script, so that
    // dist/web/index.html works from file:// as well as from any static server.
    entry: { demo: "examples/web/demo.ts" },
    outDir: "dist/web",
    format: ["iife"],
    outExtension: () => ({ js: ".js" }),
    platform: "browser",
    target: "es2020",
    minify: true,
    sourcemap: false,
    publicDir: "examples/web/public",
    loader: { ".txt": "text" },
    esbuildOptions(options) {
      options.charset = "utf8";
    },
  },
]);
