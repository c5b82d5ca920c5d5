import { describe, expect, it } from "vitest";
import { createExtractor } from "../src/extract.js";
import { roleMatcher } from "../src/rules/role/index.js";
import { orgMatcher } from "../src/rules/org/index.js";
import { locMatcher } from "../src/rules/loc/index.js";
import { personMatcher } from "../src/rules/person/index.js";
import { holdsLinker } from "../src/link/holds.js";
import { PERSON_EXAMPLES } from "../src/rules/person/examples.js";

// Only this area's matchers, so the examples test the rules, not the gazetteer.
const ex = createExtractor({ matchers: [roleMatcher, orgMatcher, locMatcher, personMatcher], linkers: [holdsLinker] });
const persons = (text: string) => ex.extract(text).entities.filter((e) => e.type === "PERSON");

describe("PERSON rule tables", () => {
  it("cover every rule id the PERSON matcher emits", () => {
    const ids = PERSON_EXAMPLES.map((r) => r.rule);
    for (const id of ["person/name", "person/cue-honorific", "person/cue-status", "person/cue-rank", "person/cue-degree", "person/after-role", "person/credit", "person/byline", "person/back-reference"]) expect(ids).toContain(id);
  });
  for (const row of PERSON_EXAMPLES) {
    for (const e of row.examples) {
      it(`${row.rule}: finds ${e.spans.join(", ")}`, () => {
        const got = persons(e.text);
        expect(got.map((p) => p.text)).toEqual(e.spans);
        if (e.names) expect(got.map((p) => p.name)).toEqual(e.names);
        // The row's own rule found the spans, not another rule that happens to agree.
        expect(got.map((p) => p.rule)).toEqual(e.rules ?? e.spans.map(() => row.rule));
      });
    }
    for (const c of row.counterExamples) {
      it(`${row.rule}: not ${c.notSpans.join(", ")} in "${c.text}"`, () => {
        const got = persons(c.text).map((p) => p.text);
        for (const s of c.notSpans) expect(got).not.toContain(s);
      });
    }
  }
});

describe("PERSON spans", () => {
  it("keeps honorifics, ranks and degrees outside the span", () => {
    const got = persons("Thượng tướng Giáp Văn Cường và đồng chí Vi Thị Nguyệt đến dự.");
    expect(got.map((p) => p.text)).toEqual(["Giáp Văn Cường", "Vi Thị Nguyệt"]);
  });
  it("gives every mention the full name", () => {
    const r = ex.extract("Bí thư Tỉnh ủy Lường Văn Khiêm dự họp. Ông Khiêm cho biết thêm.");
    const p = r.entities.filter((e) => e.type === "PERSON");
    expect(p.map((e) => e.text)).toEqual(["Lường Văn Khiêm", "Khiêm"]);
    expect(p.every((e) => e.name === "Lường Văn Khiêm")).toBe(true);
  });
});

describe("PERSON, round 4", () => {
  it("a place-unit word ends a name only where it introduces a place", () => {
    const names = (s: string) => ex.extract(s).entities.filter((e) => e.type === "PERSON").map((e) => e.text);
    expect(names("Cùng dự có ông Khổng Xuân Đường, Phó Bí thư Tỉnh ủy.")).toEqual(["Khổng Xuân Đường"]);
    expect(names("Ông Khổng Văn Thuận Xã Tân Lập phát biểu.")).toEqual(["Khổng Văn Thuận"]);
  });
});
