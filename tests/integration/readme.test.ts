// The README's figures for the external suites are those the tests assert (no drift).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rates from "../fixtures/pass-rates.json" with { type: "json" };

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

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

describe("README hello world", () => {
  it("prints what the README says it prints", async () => {
    const { inspect } = await import("node:util");
    const { extract } = await import("../../src/index.js");
    const hello = readme.slice(readme.indexOf("## Hello world"));
    const text = /const text = "([^"]+)";/.exec(hello)![1]!;
    const printed = /prints\n\n```\n([\s\S]*?)```/.exec(hello)![1]!.trim().split("\n");
    const { entities, relations } = extract(text, { date: "2017-06-09" });
    // console.log joins its arguments with spaces and inspects objects.
    const lines = entities.map((e) => [e.type, JSON.stringify(e.text), e.value ?? e.ref ?? "", e.rule].map((x) => (typeof x === "string" ? x : inspect(x))).join(" "));
    expect(lines).toEqual(printed);
    expect(hello).toContain(`person: ${relations[0]!.person}, role: ${relations[0]!.role}`);
  });
});
