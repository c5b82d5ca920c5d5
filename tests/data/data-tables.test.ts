// The data tables (data/*.tsv): schema, NFC and canonical spelling, unique ids, references,
// dates, and single-holder tenures, via the same validator the build runs; plus the validator
// itself on broken rows, so these checks can fail.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMAS, parseTsv, validateTables } from "../../scripts/build-data.mjs";
import { normalize } from "../../src/normalize/index.js";

const dataDir = join(__dirname, "..", "..", "data");
const texts: Record<string, string> = Object.fromEntries(Object.keys(SCHEMAS).map((n) => [n, readFileSync(join(dataDir, `${n}.tsv`), "utf8")]));
const rows = (name: string) => parseTsv(texts[name]!).rows;
const validOn = (r: Record<string, string>, d: string) => (!r.valid_from || r.valid_from <= d) && (!r.valid_to || d <= r.valid_to);

/** Replaces the first data row of a table with `row` (tab-joined cells). */
function withRow(name: string, cells: Record<string, string>, append = false): Record<string, string> {
  const cols = SCHEMAS[name]!;
  const line = cols.map((c) => cells[c] ?? "").join("\t");
  const lines = texts[name]!.replace(/\n+$/, "").split("\n");
  if (append) lines.push(line); else lines[1] = line;
  return { ...texts, [name]: lines.join("\n") + "\n" };
}

describe("data tables", () => {
  it("pass the validator (columns, NFC, ids, references, dates, single holders)", () => {
    expect(validateTables(texts)).toEqual([]);
  });

  it("write names and aliases in the project's canonical spelling (NFC, tone placement)", () => {
    const bad: string[] = [];
    for (const name of ["places", "communes", "bodies", "titles", "people"]) {
      for (const r of rows(name)) {
        for (const s of [r.name!, ...(r.aliases ? r.aliases.split("|") : [])]) if (normalize(s).text !== s) bad.push(`${name} ${r.id}: ${s}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("cite research tables that the repository holds (`facts/x.tsv` = data/sources/facts/x.tsv)", () => {
    const cited = new Set<string>();
    for (const name of Object.keys(SCHEMAS)) for (const m of texts[name]!.matchAll(/\bfacts\/([\w.-]+\.tsv)/g)) cited.add(m[1]!);
    expect(cited.size).toBeGreaterThan(3);
    expect([...cited].filter((f) => !existsSync(join(dataDir, "sources", "facts", f)))).toEqual([]);
  });

  it("hold the 63 provincial units before the 2025 merger and the 34 after", () => {
    const prov = rows("places").filter((r) => r.type === "province" || r.type === "centrally-run-city");
    expect(prov.filter((r) => validOn(r, "2025-06-30")).length).toBe(63);
    expect(prov.filter((r) => validOn(r, "2025-07-01")).length).toBe(34);
    expect(prov.filter((r) => validOn(r, "2017-06-09")).length).toBe(63);
    expect(prov.filter((r) => validOn(r, "2008-07-31")).length).toBe(64); // Hà Tây still there
    // 6 centrally-run cities on 2025-07-01, 7 once Đồng Nai became one (2026-04-30)
    expect(prov.filter((r) => r.type === "centrally-run-city" && validOn(r, "2025-07-01")).length).toBe(6);
    expect(prov.filter((r) => r.type === "centrally-run-city" && validOn(r, "2026-05-01")).length).toBe(7);
  });

  it("map every ended province to what it became, and every new one back", () => {
    const places = new Map(rows("places").map((r) => [r.id!, r]));
    for (const r of places.values()) {
      if (!/^tinh:/.test(r.id!) || !r.valid_to) continue;
      expect(r.successors, r.id).not.toBe("");
      for (const s of r.successors!.split("|")) {
        const next = places.get(s)!;
        // a successor that merged several units lists this one among them
        if (next.merged_from) expect(next.merged_from.split("|"), `${r.id} -> ${s}`).toContain(r.id);
      }
    }
    expect(places.get("tinh:hai-duong")!.successors).toBe("tinh:hai-phong-2025");
  });

  it("hold the 696 district-level units of 2025-06-30 and the 3,321 communes of 2025-07-01", () => {
    const districts = rows("places").filter((r) => r.id!.startsWith("huyen:"));
    expect(districts.length).toBe(696);
    expect(rows("communes").filter((r) => r.id!.startsWith("xa2025:")).length).toBe(3321);
  });

  it("hold the Politburo of the 11th to 14th Congresses and the four top posts", () => {
    const t = rows("tenures");
    const politburo = t.filter((r) => r.title === "title:uy-vien-bo-chinh-tri");
    expect(politburo.length).toBeGreaterThanOrEqual(78);
    for (const title of ["title:tong-bi-thu", "title:chu-tich-nuoc", "title:thu-tuong", "title:chu-tich-quoc-hoi"]) {
      expect(t.filter((r) => r.title === title && (r.to === "" || r.to! >= "2000")).length, title).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("the validator", () => {
  it("rejects wrong columns", () => {
    const broken = { ...texts, people: texts.people!.replace(/^id\t/, "key\t") };
    expect(validateTables(broken).join("\n")).toMatch(/people: columns/);
  });

  it("rejects duplicate ids, also across tables", () => {
    const errs = validateTables(withRow("bodies", { id: "org:bo-chinh-tri", name: "Bộ Chính trị", type: "party-leadership", source: "x" }, true));
    expect(errs.join("\n")).toMatch(/duplicate id "org:bo-chinh-tri"/);
  });

  it("rejects dangling parents, successors and tenure references", () => {
    const errs = validateTables(withRow("places", { id: "tinh:test", name: "Test", type: "province", parent: "nuoc:atlantis", valid_to: "2020-01-01", successors: "tinh:nowhere", source: "x" }, true)).join("\n");
    expect(errs).toMatch(/parent "nuoc:atlantis" does not exist/);
    expect(errs).toMatch(/successors "tinh:nowhere" is not a place/);
    const t = validateTables(withRow("tenures", { person: "person:nobody", post: "Bí thư", title: "title:nope", place: "tinh:ha-noi", from: "2020", source: "x" }, true)).join("\n");
    expect(t).toMatch(/person "person:nobody" does not exist/);
    expect(t).toMatch(/title "title:nope" does not exist/);
  });

  it("rejects bad dates and from after to", () => {
    const errs = validateTables(withRow("bodies", { id: "org:test", name: "Test", type: "ministry", valid_from: "2020-05-01", valid_to: "2019", source: "x" }, true)).join("\n");
    expect(errs).toMatch(/valid_from 2020-05-01 is after valid_to 2019/);
    expect(validateTables(withRow("bodies", { id: "org:test", name: "Test", type: "ministry", valid_from: "2020-13", source: "x" }, true)).join("\n")).toMatch(/not an ISO date/);
  });

  it("rejects text that is not NFC", () => {
    const errs = validateTables(withRow("people", { id: "person:test", name: "Hoàng Trung Hải".normalize("NFD"), source: "x" }, true));
    expect(errs.join("\n")).toMatch(/name is not NFC/);
  });

  it("rejects overlapping holders of a single-holder post, but not a same-day handover", () => {
    // The handover row fills the gap before the first prime minister the data knows (1955).
    const overlap = withRow("tenures", { person: "person:to-lam", post: "Thủ tướng Chính phủ", title: "title:thu-tuong", body: "org:chinh-phu", from: "2017-01-01", to: "2018-01-01", source: "test" }, true);
    expect(validateTables(overlap).join("\n")).toMatch(/overlaps .* single-holder post title:thu-tuong/);
    const handover = withRow("tenures", { person: "person:to-lam", post: "Thủ tướng Chính phủ", title: "title:thu-tuong", body: "org:chinh-phu", from: "1950-01-01", to: "1955-01-01", source: "test" }, true);
    expect(validateTables(handover)).toEqual([]);
  });
});
