// Regression tests for the findings of issue 14 ("never breaks"): super-linear gaps in HOLDS,
// crashes on valid strings, invalid values, shared mutable gazetteer results, hostile gazetteer
// input. Speed itself is shown by the benchmark (adversarial table), not timed here; the inputs
// below took 23–80 s each before the fix (cubic or quadratic gaps) and now take milliseconds.
import { describe, expect, it } from "vitest";
import { createExtractor, createGazetteer, defaultGazetteer, extract, MAX_TEXT_LENGTH } from "../../src/index.js";
import type { Result } from "../../src/types.js";
import { contractViolations } from "../lib/contract.js";

const valid = (input: string, r: Result) => expect(contractViolations(input, r)).toEqual([]);
const run = (input: string, options?: Parameters<typeof extract>[1]) => { const r = extract(input, options); valid(input, r); return r; };
const dates = (r: Result) => r.entities.filter((e) => e.type === "DATE").map((e) => [e.text, (e.value as { timex: string }).timex]);
const money = (r: Result) => r.entities.filter((e) => e.type === "MONEY").map((e) => [e.text, e.value]);
const holds = (r: Result) => r.relations.map((h) => [r.entities[h.person]!.text, r.entities[h.role]!.text, h.rule]);

describe("whitespace runs in HOLDS gaps (were cubic or quadratic)", () => {
  const WS = { spaces: " ", tabs: "\t", nbsp: "\u00a0", mixed: " \t\u00a0\u3000" };
  for (const [name, unit] of Object.entries(WS)) {
    const run64k = unit.repeat(Math.ceil(64_000 / unit.length));
    it.each([
      ["list heading", `Bí thư:${run64k}là Nguyễn Văn An`],
      ["predicate after a name", `Ông Nguyễn Văn An,${run64k}là Bí thư Tỉnh ủy Hải Dương`],
      ["cho / đối với gap", `bổ nhiệm Bí thư Tỉnh ủy Hải Dương${run64k}cho${run64k}ông Nguyễn Văn An`],
      ["posts list", `Nguyễn Văn An${run64k}các chức vụ${run64k}:${run64k}Bí thư Tỉnh ủy Hải Dương`],
      ["birth clause", `Nguyễn Văn An, sinh năm 1966${run64k}x, Bí thư Tỉnh ủy Hải Dương`],
      ["list separator", `Bí thư Tỉnh ủy gồm ông Nguyễn Văn An,${run64k}và${run64k}ông Trần Văn Bình`],
      ["4,852 characters", `Bí thư Tỉnh ủy:${unit.repeat(4_800)}gồm các ông Nguyễn Văn An`],
    ])(`${name}: %s`, (_what, text) => { run(text); });
  }

  it("a short run still reads as one space (same links as with a single space)", () => {
    const one = run("Ông Nguyễn Văn An, Bí thư Tỉnh ủy Hải Dương, cho biết.");
    const many = run("Ông Nguyễn Văn An,  \t\u00a0 Bí thư Tỉnh ủy Hải Dương, cho biết.");
    expect(holds(many)).toEqual(holds(one));
    expect(holds(one)).toEqual([["Nguyễn Văn An", "Bí thư Tỉnh ủy Hải Dương", "holds/apposition"]]);
    const list = run("Phó Chủ tịch UBND tỉnh gồm  \t các ông Nguyễn Văn An,   và   ông Trần Văn Bình.");
    expect(holds(list).map((h) => h[0])).toEqual(["Nguyễn Văn An", "Trần Văn Bình"]);
    const birth = run("Ông Nguyễn Văn An, sinh năm 1966 \t , Bí thư Tỉnh ủy Hải Dương, cho biết.");
    expect(holds(birth)).toEqual([["Nguyễn Văn An", "Bí thư Tỉnh ủy Hải Dương", "holds/apposition"]]);
  });
});

describe("numbers that threw or overflowed", () => {
  it.each(["Chỉ số VN-Index đạt 1,234.56 điểm.", "1,1.1", "Giá vàng 1,321.80 USD/ounce.", "USD1,23", "6,8627.0673.7290 tỷ đồng", "hai phẩy " + "1".repeat(300) + " tỷ đồng"])(
    "%s: a valid result, no mixed-notation amount", (text) => {
      expect(money(run(text)).filter(([t]) => String(t).includes("."))).toEqual([]);
    });

  it("an amount too large to be one (30 or 300 digits) is not MONEY; a large real one still is", () => {
    expect(money(run("thu về 1" + "0".repeat(300) + " tỷ đồng"))).toEqual([]);
    expect(money(run("thu về 1" + "0".repeat(29) + " tỷ đồng"))).toEqual([]);
    expect(money(run("thu về 1" + "0".repeat(29) + " đồng"))).toEqual([]);
    expect(money(run("tổng vốn 2.000.000 tỷ đồng"))).toEqual([["2.000.000 tỷ đồng", { amount: 2e15, currency: "VND" }]]);
  });
});

describe("dates that were impossible", () => {
  it("an unyeared 29/2 in a year without it keeps its year unknown", () => {
    expect(dates(run("Sáng ngày 29/2, ông An đến.", { date: "2018-03-05" }))).toEqual([["Sáng ngày 29/2", "XXXX-02-29TMO"]]);
    expect(dates(run("Năm 2018, ngày 29/2 ông An đến.", { date: "2019-03-05" }))).toContainEqual(["ngày 29/2", "XXXX-02-29"]);
    expect(dates(run("Sáng ngày 29/2, ông An đến.", { date: "2016-03-05" }))).toEqual([["Sáng ngày 29/2", "2016-02-29TMO"]]);
  });

  it("two dates joined by a dash are a range only when it runs forward (found by npm run fuzz)", () => {
    expect(dates(run("16-12-9594  -  2-12-7670"))).toEqual([["16-12-9594", "9594-12-16"], ["2-12-7670", "7670-12-02"]]);
    expect(dates(run("9/7/1912-9/7/2017"))).toEqual([["9/7/1912-9/7/2017", "1912-07-09/2017-07-09"]]);
  });

  it("24:30 is no time (24:00 is)", () => {
    expect(dates(run("Lúc 24:30 ngày 7/1, ông An đến.", { date: "2018-03-05" }))).toEqual([["ngày 7/1", "2018-01-07"]]);
    expect(dates(run("24 giờ ngày 7/1 ông An đến.", { date: "2018-03-05" }))).toEqual([["24 giờ ngày 7/1", "2018-01-07T24:00"]]);
  });

  it("a dateline in year 0000 is not the article's date", () => {
    const r = run("Thứ Hai, 01/01/0000 10:00\nHôm qua ông An đến.");
    expect(r.meta.date).toBeNull();
    expect(dates(r)).toContainEqual(["Hôm qua", "XXXX-XX-XX"]);
  });

  it("a relative date beyond year 9999 stays unresolved", () => {
    expect(dates(run("Ngày mai ông An đến.", { date: "9999-12-31" }))).toEqual([["Ngày mai", "XXXX-XX-XX"]]);
    expect(dates(run("Tuần sau, quý tới và tháng tới ông An đến.", { date: "9999-12-31" })).map((d) => d[1])).toEqual(["XXXX-WXX", "XXXX-QX", "XXXX-XX"]);
    expect(dates(run("Hôm qua ông An đến.", { date: "0001-01-01" }))).toEqual([["Hôm qua", "0000-12-31"]]);
  });

  it("a Date option out of range is a RangeError at the API, not from inside a linker", () => {
    for (const d of [new Date(8.64e15), new Date(-8.64e15), new Date(Date.UTC(10_000, 0, 1)), new Date("0000-06-01T00:00:00Z")]) {
      expect(() => extract("Ngày mai ông An đến.", { date: d })).toThrow(/options\.date must be between 0001-01-01 and 9999-12-31/);
      expect(() => extract("Ngày mai ông An đến.", { date: d })).toThrow(RangeError);
    }
    expect(run("Ngày mai ông An đến.", { date: new Date(Date.UTC(9999, 11, 31)) }).meta.date).toBe("9999-12-31");
    expect(() => extract("x", { date: "0000-01-01" })).toThrow(RangeError);
    expect(() => extract("x", { date: new Date(NaN) })).toThrow(TypeError);
  });
});

describe("input size", () => {
  it("a text over the documented limit is a clear RangeError (was an out-of-memory abort)", () => {
    expect(MAX_TEXT_LENGTH).toBe(2 ** 24);
    const big = "a".repeat(100_000_000);
    expect(() => extract(big)).toThrow(RangeError);
    expect(() => extract(big)).toThrow(/longer than the limit of 16777216/);
  });
});

describe("gazetteer results are not shared mutable state", () => {
  it("editing a lookup result cannot change later results", () => {
    const [hanoi] = defaultGazetteer.lookup("Hà Nội");
    expect(Object.isFrozen(hanoi)).toBe(true);
    expect(() => { (hanoi as { name: string }).name = "X"; }).toThrow(TypeError);
    expect(() => { (hanoi!.aliases as string[]).push("X"); }).toThrow(TypeError);
    expect(defaultGazetteer.lookup("Hà Nội")[0]!.name).toBe("Hà Nội");
    expect(defaultGazetteer.lookup("X")).toEqual([]);
    const holder = defaultGazetteer.holdersOf("Bí thư Thành ủy Hà Nội", "2017-06-09")[0];
    expect(holder && Object.isFrozen(holder.tenure) && Object.isFrozen(holder.person)).toBe(true);
  });
});

describe("hostile gazetteer input", () => {
  it.each([
    ["no name", [{ kind: "place" }], /entry #0 has no name/],
    ["an empty name", [{ name: "  " }], /entry #0 name is empty/],
    ["a huge name", [{ name: "a".repeat(100_000) }], /name is 100000 characters long/],
    ["a name not a string", [{ name: 42 }], /name must be a string/],
    ["an unknown kind", [{ name: "X", kind: "planet" }], /unknown kind "planet"/],
    ["a bad date", [{ name: "X", validFrom: "2018-02-30" }], /validFrom must be a date/],
    ["a date not a string", [{ name: "X", validTo: 2020 }], /validTo must be a date/],
    ["an inverted period", [{ name: "X", validFrom: "2020", validTo: "2019-12" }], /ends \(2019-12\) before it starts \(2020\)/],
    ["a repeated id", [{ name: "X", id: "a" }, { name: "Y", id: "a" }], /entry #1 repeats the id "a"/],
    ["a repeated derived id", [{ name: "Đông Lạc" }, { name: "Dong Lac" }], /repeats the id "user:place:dong-lac"/],
    ["the id __proto__", [{ name: "X", id: "__proto__" }], /reserved id "__proto__"/],
    ["the id constructor", [{ name: "X", id: "constructor" }], /reserved id "constructor"/],
    ["aliases not strings", [{ name: "X", aliases: [1] }], /aliases\[0\] must be a string/],
    ["an entry not an object", [null], /entry #0 must be an object/],
  ])("rejects %s with a clear TypeError", (_what, entries, message) => {
    expect(() => createGazetteer({ entries: entries as never })).toThrow(TypeError);
    expect(() => createGazetteer({ entries: entries as never })).toThrow(message);
  });

  it("rejects malformed tenures and options", () => {
    expect(() => createGazetteer({ tenures: [{ person: "p", post: "", source: "x" }] })).toThrow(/tenure #0 post is empty/);
    expect(() => createGazetteer({ tenures: [{ person: "p", post: "Bí thư", from: "2020-13", source: "x" }] })).toThrow(/from must be a date/);
    expect(() => createGazetteer({ entries: {} as never })).toThrow(/entries must be an array/);
    expect(() => createGazetteer(null as never)).toThrow(TypeError);
  });

  it("__proto__ and constructor as names, and a __proto__ key in an entry, change neither Object.prototype nor the default gazetteer", () => {
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const mine = createGazetteer({
      entries: [
        { name: "__proto__" }, { name: "constructor", aliases: ["toString", "hasOwnProperty"] },
        JSON.parse('{"name":"Đông Lạc","type":"province","__proto__":{"polluted":true}}'),
        { name: "Tây Lạc", id: "tinh:ha-noi", type: "province" },
      ],
    });
    const r = createExtractor({ gazetteer: mine }).extract("Về __proto__, constructor và tỉnh Đông Lạc.");
    valid("Về __proto__, constructor và tỉnh Đông Lạc.", r);
    expect(r.entities.filter((e) => e.type === "LOC").map((e) => e.ref)).toContain("user:place:dong-lac");
    expect(mine.lookup("toString").map((e) => e.name)).toEqual(["constructor"]);
    expect(mine.lookup("valueOf")).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    // The override stays in the user's gazetteer.
    expect(mine.get("tinh:ha-noi")!.name).toBe("Tây Lạc");
    expect(defaultGazetteer.get("tinh:ha-noi")!.name).toBe("Hà Nội");
    expect(defaultGazetteer.lookup("__proto__")).toEqual([]);
    expect(extract("Bí thư Thành ủy Hà Nội").entities.find((e) => e.type === "LOC")?.ref).toBe("tinh:ha-noi");
  });
});
