// Linking is a sequence of pure stages: each linker reads the resolved candidates and earlier
// relations, changes neither, and returns what it adds.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createExtractor, createRefsLinker, defaultGazetteer, defaultMatchers, extract, type Linker } from "../../src/index.js";
import { holdsLinker } from "../../src/link/holds.js";

const article = readFileSync(new URL("../../examples/000.txt", import.meta.url), "utf8");

function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

describe("linking stages", () => {
  it("never change what they read (frozen input gives the same result)", () => {
    // A first stage that freezes everything the later ones receive: a linker that mutated its
    // input would throw (ES modules run in strict mode).
    const freezer: Linker = { id: "freeze", link: (_doc, entities, relations) => { deepFreeze(entities); deepFreeze(relations); return {}; } };
    const checking: Linker = {
      id: "check",
      link: (_doc, entities, relations) => { deepFreeze(entities); deepFreeze(relations); return {}; },
    };
    const ex = createExtractor({ matchers: defaultMatchers, linkers: [freezer, holdsLinker, checking, createRefsLinker(defaultGazetteer), checking] });
    const opts = { date: "2017-06-09" };
    expect(JSON.stringify(ex.extract(article, opts))).toBe(JSON.stringify(extract(article, opts)));
  });

  it("see what the linkers before them added", () => {
    const seen: number[] = [];
    const counter: Linker = { id: "count", link: (_doc, _entities, relations) => { seen.push(relations.length); return {}; } };
    const ex = createExtractor({ matchers: defaultMatchers, linkers: [counter, holdsLinker, counter] });
    const r = ex.extract(article, { date: "2017-06-09" });
    expect(seen[0]).toBe(0);
    expect(seen[1]).toBeGreaterThan(0);
    expect(seen[1]).toBe(r.relations.length);
  });

  it("apply a linker's updates to copies and reject updates of candidates that do not exist", () => {
    const namer: Linker = { id: "namer", link: (_doc, entities) => ({ updates: entities.flatMap((e, index) => (e.type === "LOC" ? [{ index, ref: "mine" }] : [])) }) };
    const r = createExtractor({ linkers: [namer] }).extract("Ông đến Hà Nội.");
    expect(r.entities.find((e) => e.type === "LOC")?.ref).toBe("mine");
    const bad: Linker = { id: "bad", link: () => ({ updates: [{ index: 99, ref: "x" }] }) };
    expect(() => createExtractor({ linkers: [bad] }).extract("Ông đến Hà Nội.")).toThrow(RangeError);
  });

  it("name every PERSON (coreference) even without linkers", () => {
    const r = createExtractor({ linkers: [] }).extract("Ông Nguyễn Văn An phát biểu.");
    const p = r.entities.find((e) => e.type === "PERSON");
    expect(p?.name).toBe("Nguyễn Văn An");
  });
});
