import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../../src/index.js";
import pkg from "../../package.json" with { type: "json" };
import { VERSION } from "../../src/version.js";

describe("extract: the contract", () => {
  it("rejects non-strings with a clear TypeError", () => {
    for (const bad of [undefined, null, 42, {}, ["a"], Buffer.from("a")]) {
      expect(() => extract(bad as unknown as string)).toThrow(TypeError);
    }
    expect(() => extract(null as unknown as string)).toThrow(/expected text as a string, got null/);
  });

  it("rejects bad options with a clear TypeError", () => {
    expect(() => extract("a", { date: "2017/06/09" })).toThrow(/options.date must be an ISO date/);
    expect(() => extract("a", { date: "31/6/2017" })).toThrow(/options.date must be an ISO date \(YYYY-MM-DD\) or DD\/MM\/YYYY/);
    expect(extract("a", { date: "09/06/2017" }).meta.date).toBe("2017-06-09");
    expect(extract("a", { date: "9/6/2017" }).meta.date).toBe("2017-06-09");
    expect(() => extract("a", { date: "2017-02-30" })).toThrow(TypeError);
    expect(() => extract("a", { date: new Date("nope") })).toThrow(TypeError);
    expect(() => extract("a", { types: ["PEOPLE" as never] })).toThrow(/unknown entity type/);
    expect(() => extract("a", 5 as never)).toThrow(TypeError);
  });

  it("reports the reference date and where it came from", () => {
    expect(extract("x", { date: "2017-06-09" }).meta).toMatchObject({ date: "2017-06-09", dateSource: "option" });
    expect(extract("x", { date: new Date(Date.UTC(2024, 4, 20)) }).meta.date).toBe("2024-05-20");
    expect(extract("Tin tức\nThứ Sáu, 09/06/2017 23:44\nNội dung").meta).toMatchObject({ date: "2017-06-09", dateSource: "dateline" });
    expect(extract("Không có ngày").meta).toMatchObject({ date: null, dateSource: "none" });
  });

  it("runs custom matchers and maps their offsets to the original input", () => {
    const ex = createExtractor({
      matchers: [{
        id: "test",
        match: (doc) => {
          const i = doc.text.indexOf("Hòa Bình");
          return i < 0 ? [] : [{ type: "LOC", start: i, end: i + 8, rule: "test/hoa-binh" }];
        },
      }],
      linkers: [],
    });
    const input = "tỉnh Hoa\u0300 Bình"; // decomposed, old tone placement
    const r = ex.extract(input);
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]!.text).toBe("Hoa\u0300 Bình");
    expect(input.slice(r.entities[0]!.start, r.entities[0]!.end)).toBe(r.entities[0]!.text);
  });

  it("filters by options.types", () => {
    const ex = createExtractor({ matchers: [{ id: "t", match: () => [{ type: "LOC", start: 0, end: 1, rule: "t" }, { type: "ORG", start: 2, end: 3, rule: "t" }] }], linkers: [] });
    expect(ex.extract("a b", { types: ["ORG"] }).entities.map((e) => e.type)).toEqual(["ORG"]);
  });

  it("keeps VERSION in step with package.json", () => {
    expect(VERSION).toBe(pkg.version);
  });
});

describe("createExtractor({ gazetteer })", () => {
  it("reads places and bodies from a user's gazetteer without editing the package", async () => {
    const { createGazetteer } = await import("../../src/index.js");
    const text = "Đoàn công tác đã làm việc với tỉnh Đông Lạc và tỉnh Hải Dương.";
    const gazetteer = createGazetteer({ entries: [{ id: "user:dong-lac", kind: "place", type: "province", name: "Đông Lạc" }] });
    const mine = createExtractor({ gazetteer }).extract(text);
    const loc = mine.entities.find((e) => e.text === "Đông Lạc");
    expect(loc?.type).toBe("LOC");
    expect(loc?.ref).toBe("user:dong-lac");
    expect(mine.entities.some((e) => e.text === "Hải Dương" && e.type === "LOC")).toBe(true);
    // The bundled gazetteer does not know the invented province.
    expect(extract(text).entities.find((e) => e.text === "Đông Lạc")?.ref).toBeUndefined();
  });
});
