// benchmarks/coverage.mjs (issue 10): which posts the built-in officials fill on 1 July of each year.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coverage, formatCoverage, validOn, yearRanges, YEARS } from "../../benchmarks/coverage.mjs";

const PLACES_HEADER = "id\tname\ttype\taliases\tambiguous_aliases\tparent\tvalid_from\tvalid_to\tsuccessors\tmerged_from\tname_from\tcode\tsource\tuncertain";
const BODIES_HEADER = "id\tname\ttype\taliases\tambiguous_aliases\tparent\tvalid_from\tvalid_to\tsuccessors\tsource\tuncertain";
const TENURES_HEADER = "person\tpost\ttitle\tbody\tplace\tfrom\tto\tsource\tuncertain";
const row = (...cells: string[]) => cells.join("\t");
const place = (id: string, name: string, from = "", to = "") => row(id, name, "province", "", "", "", from, to, "", "", "", "", "s", "");
const body = (id: string, name: string, type: string, from = "", to = "") => row(id, name, type, "", "", "", from, to, "", "s", "");
const tenure = (person: string, title: string, bodyId: string, placeId: string, from: string, to: string, uncertain = "") =>
  row(person, "post", title, bodyId, placeId, from, to, "s", uncertain);

// An invented map: one province for the whole period, one that ends in mid-2008.
const tables = {
  places: [PLACES_HEADER, place("tinh:a", "Tỉnh A"), place("tinh:b", "Tỉnh B", "", "2008-07-31")].join("\n") + "\n",
  bodies: [BODIES_HEADER, body("org:bo-x", "Bộ X", "ministry", "", "2010-12-31"), body("org:bo-y", "Bộ Y", "ministry", "2011-01-01")].join("\n") + "\n",
  tenures:
    [
      TENURES_HEADER,
      tenure("person:p1", "title:bi-thu-tinh-uy", "tpl:tinh-uy", "tinh:a", "2005-10-01", "2010-09-30"),
      tenure("person:p2", "title:bi-thu-tinh-uy", "tpl:tinh-uy", "tinh:a", "2015", "", "year only"),
      tenure("person:p3", "title:chu-tich-ubnd", "tpl:ubnd", "tinh:b", "", "2008-07-31"),
      tenure("person:p4", "title:bo-truong", "org:bo-x", "", "2006-06-27", "2011-08-03"),
      tenure("person:p5", "title:uy-vien-bo-chinh-tri", "org:bo-chinh-tri", "", "2016-01-27", "2021-01-31"),
    ].join("\n") + "\n",
};

describe("coverage report", () => {
  const { classes } = coverage(tables);
  const byId = Object.fromEntries(classes.map((c) => [c.id, c]));

  it("counts one slot per post of every province that exists on 1 July", () => {
    const p = byId.provinces!;
    expect(p.years[2008]).toEqual({ slots: 6, filled: 2, uncertain: 0 }); // A and B, three posts each
    expect(p.years[2009]!.slots).toBe(3); // B ended on 2008-07-31
    expect(p.years[2011]!.filled).toBe(0); // p1 left in 2010, p2 came in 2015
    expect(p.years[2015]).toEqual({ slots: 3, filled: 1, uncertain: 1 }); // a year-level start, read widely, marked uncertain
  });

  it("lists the gaps as year ranges per province and post", () => {
    const gaps = byId.provinces!.gaps.filter((g) => g.unit === "Tỉnh A" && g.post === "Bí thư");
    expect(gaps.map((g) => yearRanges(g.years))).toEqual(["2011–2014"]);
    expect(formatCoverage({ classes })).toContain("- Tỉnh A: Bí thư: 2011–2014; Chủ tịch UBND: 2006–2026; Chủ tịch HĐND: 2006–2026");
  });

  it("asks for the head of each ministry only while it exists", () => {
    const g = byId.government!;
    expect(g.years[2010]).toEqual({ slots: 2, filled: 1, uncertain: 0 }); // the PM slot and Bộ X
    expect(g.years[2011]!.slots).toBe(2); // Bộ Y replaced Bộ X
    expect(g.gaps.find((x) => x.unit === "Bộ Y")!.years).toEqual(YEARS.filter((y) => y >= 2011));
  });

  it("counts council members against the number each congress elected", () => {
    const counts = classes.find((c) => c.counts)!.counts!;
    expect(counts[2016]!.politburo).toEqual([1, 19]);
    expect(counts[2021]!.term).toBe("XIII");
  });

  it("reads partial and open dates as the widest period", () => {
    expect(validOn("2015", "", "2015-01-01")).toBe(true);
    expect(validOn("", "2010-09", "2010-09-30")).toBe(true);
    expect(validOn("2010-10-01", "", "2010-09-30")).toBe(false);
  });

  it("runs on the bundled data: the 64/63/34 provinces give 3,804 slots over 2006–2026", () => {
    const read = (f: string) => readFileSync(new URL(`../../data/${f}.tsv`, import.meta.url), "utf8");
    const real = coverage({ places: read("places"), bodies: read("bodies"), tenures: read("tenures") });
    const provinces = real.classes.find((c) => c.id === "provinces")!;
    expect(Object.values(provinces.years).reduce((a, y) => a + y.slots, 0)).toBe(3 * (64 * 3 + 63 * 16 + 34 * 2));
    for (const c of real.classes) for (const y of Object.values(c.years)) expect(y.filled).toBeLessThanOrEqual(y.slots);
  });
});
