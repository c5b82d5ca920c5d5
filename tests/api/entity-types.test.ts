// The typed result: what the pipeline's loose candidates become, checked at run time against
// the public types (src/types.ts). The compile-time side is tests/consumer/ (tests/api/consumer-types.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor, defaultLinkers, defaultMatchers, type Candidate, type Entity, type Linker, type Matcher } from "../../src/index.js";

const rawDir = join(__dirname, "..", "..", "benchmarks", "corpus", "raw");
const articles = readdirSync(rawDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(rawDir, f), "utf8"));

/** Counts of `TYPE.key` over attribute keys (and `TYPE:field` over top-level fields). */
function tally(into: Map<string, number>, type: string, obj: object | undefined, prefix: string): void {
  for (const k of Object.keys(obj ?? {})) into.set(`${type}${prefix}${k}`, (into.get(`${type}${prefix}${k}`) ?? 0) + 1);
}

/** What each type promises, read through the narrowed types (no casts). */
function check(e: Entity): void {
  if (e.type === "MONEY") {
    expect(typeof e.value.currency).toBe("string");
    expect(typeof ("amount" in e.value ? e.value.amount : e.value.min + e.value.max)).toBe("number");
  } else if (e.type === "DATE") expect(e.value.timex).toMatch(/^[0-9X]/);
  else if (e.type === "PERSON") expect(e.name.length).toBeGreaterThan(0);
  else expect(e.value).toBeUndefined();
}

describe("typed entities", () => {
  it("drop no attribute or field a built-in stage sets, and carry the value or name their type promises (bundled corpus)", () => {
    // A last linker sees the resolved candidates exactly as the conversion to entities receives them.
    const fromCandidates = new Map<string, number>();
    const recorder: Linker = {
      id: "record",
      link(_doc, cs) {
        for (const c of cs) {
          tally(fromCandidates, c.type, c.attrs, ".");
          const { type: _t, start: _s, end: _e, rule: _r, priority: _p, attrs: _a, ...fields } = c;
          tally(fromCandidates, c.type, fields, ":");
        }
        return {};
      },
    };
    const ex = createExtractor({ matchers: defaultMatchers, linkers: [...defaultLinkers, recorder] });
    const fromEntities = new Map<string, number>();
    for (const text of articles.slice(0, 40)) {
      const r = ex.extract(text);
      expect(r.meta.warnings.filter((w) => w.includes("dropped"))).toEqual([]);
      for (const e of r.entities) {
        check(e);
        tally(fromEntities, e.type, e.attrs, ".");
        const { type: _t, start: _s, end: _e, rule: _r, text: _x, attrs: _a, ...fields } = e;
        tally(fromEntities, e.type, fields, ":");
      }
    }
    // PERSON always has a name; every attribute key the corpus exercises arrives, as often.
    expect(Object.fromEntries(fromEntities)).toEqual(Object.fromEntries(fromCandidates));
    for (const key of ["ROLE.titleRef", "ROLE.bodyTemplate", "ROLE.implicit", "ROLE.modifier", "LOC.placeType", "LOC.alternatives", "ORG.bodyType", "ORG.head", "MONEY.qualifier", "PERSON.refBasis", "PERSON:ref"]) {
      expect(fromEntities.get(key), key).toBeGreaterThan(0);
    }
  });

  it("keep a custom matcher's declared attributes, drop undeclared ones and MONEY without a value, and say so", () => {
    const custom: Matcher = {
      id: "custom",
      match(doc) {
        const at = doc.text.indexOf("Lạc");
        const out: Candidate[] = [
          { type: "LOC", start: at, end: at + 3, rule: "custom/loc", ref: "user:lac", attrs: { placeType: "province", colour: "blue", alternatives: [1 as never] } },
          { type: "MONEY", start: 0, end: 3, rule: "custom/money" },
          { type: "MONEY", start: 4, end: 7, rule: "custom/money-dated", value: { timex: "2017" } },
          { type: "PERSON", start: 8, end: 11, rule: "custom/person" },
        ];
        return out;
      },
    };
    const r = createExtractor({ matchers: [custom], linkers: [] }).extract("abc def ghi Lạc");
    expect(r.entities).toEqual([
      { type: "PERSON", start: 8, end: 11, text: "ghi", rule: "custom/person", name: "ghi" },
      { type: "LOC", start: 12, end: 15, text: "Lạc", rule: "custom/loc", ref: "user:lac", attrs: { placeType: "province" } },
    ]);
    expect(r.meta.warnings).toEqual([
      "thoisu: MONEY candidate from rule custom/money dropped: its value is missing or not a MONEY value",
      "thoisu: MONEY candidate from rule custom/money-dated dropped: its value is missing or not a MONEY value",
    ]);
  });
});
