// Linear time, checked: every regular expression in src/ (gathered from the sources by the
// TypeScript compiler API, so a new one cannot slip past) must be judged safe by recheck, a ReDoS
// analyser (automata theory, with fuzzing as a fallback). recheck picks its fastest backend that is
// installed: the native binary (recheck-linux-x64 and friends, optional dependencies), else the
// pure-JS build; both run offline.
import { checkSync } from "recheck";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gatherRegexes } from "../lib/regexes.js";

const { found, unresolved } = gatherRegexes("src");
// A fixed seed: recheck falls back to fuzzing for some patterns, and its verdict must not vary by run.
const PARAMS = { timeout: 120_000, randomSeed: 42 };

describe("regex gathering", () => {
  it("finds the library's patterns, built ones included", () => {
    expect(found.length).toBeGreaterThanOrEqual(60);
    // One built with String.raw and a shared const (MOD) from holds.ts, evaluated.
    const predicate = found.find((r) => r.file.endsWith("holds.ts") && r.source.includes("trải qua|kinh qua"));
    expect(predicate?.source).toContain("(?:(?:nguyên|cựu|tân|hiện là|đương kim)\\s+)?$");
    expect(predicate?.flags).toBe("iu");
    for (const r of found) expect(() => new RegExp(r.source, r.flags)).not.toThrow();
  });

  it("leaves no RegExp call whose source cannot be read from the code", () => {
    expect(unresolved).toEqual([]);
  });

  it("gathers literals and built patterns, and reports one built from run-time data", () => {
    const dir = mkdtempSync(join(tmpdir(), "thoisu-regex-"));
    try {
      writeFileSync(join(dir, "a.ts"), [
        "const W = String.raw`\\s+`;",
        "export const A = /^(a+)+$/u;",
        "export const B = new RegExp(String.raw`^x${W}y$` + \"z\", \"iu\");",
        "export const C = (words: string[]) => new RegExp(words.join(\"|\"));",
      ].join("\n"));
      const g = gatherRegexes(dir);
      expect(g.found.map((r) => [r.source, r.flags])).toEqual([["^(a+)+$", "u"], ["^x\\s+y$z", "iu"]]);
      expect(g.unresolved.map((r) => r.line)).toEqual([4]);
      // The analyser does catch a vulnerable one.
      expect(checkSync("^(a+)+$", "u", PARAMS).status).toBe("vulnerable");
      expect(checkSync(String.raw`^\s*,?\s*cho\s+(?:ông)?\s*$`, "iu", PARAMS).status).toBe("vulnerable");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("every regex in src/ is safe from super-linear backtracking", () => {
  it.each(found.map((r) => [`${r.file}:${r.line}`, r] as const))("%s", (_where, r) => {
    const d = checkSync(r.source, r.flags, PARAMS);
    const detail = d.status === "vulnerable" ? `${d.complexity.summary}, attack ${d.attack.pattern}` : d.status === "unknown" ? d.error.kind : "";
    expect(`${d.status} ${detail}`.trim(), `/${r.source}/${r.flags}`).toBe("safe");
  }, 180_000);
});
