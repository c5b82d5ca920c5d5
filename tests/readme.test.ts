// The README's figures for the external suites are those the tests assert (no drift).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rates from "./fixtures/pass-rates.json" with { type: "json" };

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");

describe("README", () => {
  it("opens with the two set-up commands", () => {
    const top = readme.slice(0, 1200);
    expect(top).toContain("npm ci && npm run demo");
    expect(top).toContain("npm ci && npm test");
  });

  it("shows the external suites' pass rates from tests/fixtures/pass-rates.json", () => {
    const section = readme.slice(readme.indexOf("<!-- suites:start -->"), readme.indexOf("<!-- suites:end -->"));
    for (const [suite, r] of Object.entries(rates)) {
      if (typeof r !== "object") continue;
      const row = section.split("\n").find((l) => l.includes(`\`${suite}\``));
      expect(row, suite).toBeDefined();
      const cells = row!.split("|").map((c) => c.trim());
      expect(cells[2]).toBe(String(r.total));
      expect(cells[3]!.startsWith(`${r.passed} `)).toBe(true);
      expect(cells[4]).toBe(String(r.documented));
      expect(cells[5]).toBe(String(r.failed));
    }
  });
});
