// The package as a user installs it: the built ESM and CommonJS entries, and a core free of Node APIs.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };

const root = join(__dirname, "..");
const dist = (f: string) => join(root, "dist", f);

describe("package", () => {
  it("loads from CommonJS and exposes the same API as ESM", async () => {
    const cjs = createRequire(import.meta.url)(dist("index.cjs"));
    const esm = await import(dist("index.js"));
    expect(typeof cjs.extract).toBe("function");
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    const r = cjs.extract("Hà Nội", { date: "2017-06-09" });
    expect(r.meta.date).toBe("2017-06-09");
  });

  it("keeps the core free of Node-only APIs (runs in browsers and Deno)", () => {
    const code = readFileSync(dist("index.js"), "utf8");
    expect(code).not.toMatch(/from\s*["']node:|require\(["'](fs|path|node:)|process\.(argv|env|exit)/);
  });

  it("declares the exports map, types and side-effect freedom", () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports["."].import.types).toBe("./dist/index.d.ts");
    expect(pkg.exports["."].require.default).toBe("./dist/index.cjs");
    expect(readFileSync(dist("index.d.ts"), "utf8")).toContain("export");
  });
});
