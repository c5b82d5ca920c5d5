// benchmarks/duplicates.mjs (issue 10): candidate duplicate people, and none left unreviewed in data/.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { duplicateCandidates, nameMatch } from "../../benchmarks/duplicates.mjs";

const PEOPLE_HEADER = "id\tname\taliases\tborn\tsource\tuncertain";
const TENURES_HEADER = "person\tpost\ttitle\tbody\tplace\tfrom\tto\tsource\tuncertain";
const row = (...cells: string[]) => cells.join("\t");
const person = (id: string, name: string, born = "") => row(id, name, "", born, "s", "");
const tenure = (p: string, title: string, body: string, place: string, from: string, to: string) => row(p, "post", title, body, place, from, to, "s", "");
const table = (header: string, rows: string[]) => [header, ...rows].join("\n") + "\n";

describe("name matching", () => {
  it("treats a lone i/y rhyme as one spelling and a trailing part as a suffix", () => {
    expect(nameMatch("Lê Văn Kỷ", "Lê Văn Kỉ")).toBe("i/y");
    expect(nameMatch("Đỗ Thị Mỹ", "Đỗ Thị Mĩ")).toBe("i/y");
    expect(nameMatch("Trần Văn Bảy Hai", "Trần Văn Bảy")).toBe("suffix");
    expect(nameMatch("Phạm Minh", "Phạm Minh Tâm")).toBeNull(); // the shorter name has too few syllables
  });
  it("keeps rhymes that only look alike apart", () => {
    expect(nameMatch("Nguyễn Văn Thủy", "Nguyễn Văn Thủi")).toBeNull(); // uy ≠ ui
    expect(nameMatch("Lê Văn Tày", "Lê Văn Tài")).toBeNull(); // ay ≠ ai
    expect(nameMatch("Hà Văn Quý", "Hà Văn Quí")).toBeNull(); // qu + y is the rhyme uy
  });
});

describe("candidate pairs", () => {
  const people = table(PEOPLE_HEADER, [
    person("person:a", "Lê Văn Kỷ"),
    person("person:a2", "Lê Văn Kỉ"),
    person("person:b", "Trần Văn Bảy"),
    person("person:b2", "Trần Văn Bảy Hai", "1950"),
    person("person:c", "Võ Thị Lan", "1960"),
    person("person:c-2", "Võ Thị Lan", "1960"),
    person("person:d", "Đào Văn Nam"),
    person("person:d-2", "Đào Văn Nam"),
    person("person:e", "Mai Văn Hùng"),
    person("person:e-2", "Mai Văn Hùng"),
  ]);
  const tenures = table(TENURES_HEADER, [
    tenure("person:a", "title:bi-thu-tinh-uy", "tpl:tinh-uy", "tinh:x", "2005-12-09", "2015-04-03"),
    tenure("person:a2", "title:chu-tich-hdnd", "tpl:hdnd", "tinh:x", "2006-04", "2011-01"),
    tenure("person:b", "title:bo-truong", "org:bo-y", "", "2001", "2006"),
    tenure("person:b2", "title:thu-truong", "org:bo-y", "", "2006-06", "2008"),
    // Namesakes in two provinces (a template body alone is no contact) and far apart in time.
    tenure("person:d", "title:chu-tich-ubnd", "tpl:ubnd", "tinh:x", "2001", "2004"),
    tenure("person:d-2", "title:chu-tich-ubnd", "tpl:ubnd", "tinh:y", "2001", "2004"),
    tenure("person:d-2", "title:bi-thu-tinh-uy", "tpl:tinh-uy", "tinh:x", "2016", "2020"),
    // A general sent to lead a province: the army post ends, the province post begins two months on
    // (the Central Committee seat, held throughout, does not count as a post).
    tenure("person:e", "title:thu-truong", "org:bo-quoc-phong", "", "2025-04-26", "2025-09-30"),
    tenure("person:e", "title:uy-vien-trung-uong-dang", "org:ban-chap-hanh-trung-uong", "", "2021-01-30", ""),
    tenure("person:e-2", "title:bi-thu-tinh-uy", "tpl:tinh-uy", "tinh:y", "2025-12", ""),
  ]);

  it("finds i/y spellings in one place, suffixes in one body and equal names born the same year", () => {
    const { candidates } = duplicateCandidates({ people, tenures });
    expect(candidates.map((c) => [c.a, c.b, c.match])).toEqual([
      ["person:a", "person:a2", "i/y"],
      ["person:b", "person:b2", "suffix"],
      ["person:c", "person:c-2", "equal"],
      ["person:e", "person:e-2", "equal"],
    ]);
    expect(candidates[0]!.why[0]).toMatch(/^overlapping tenures in tinh:x/);
    expect(candidates[1]!.why[0]).toMatch(/^overlapping tenures in org:bo-y/); // year-level 2006 touches 2006-06
    expect(candidates[2]!.why).toEqual(["both born 1960"]);
    expect(candidates[3]!.why).toEqual(["one career follows the other (2025-09-30 → 2025-12-01)"]);
  });

  it("reports pairs reviewed as namesakes apart", () => {
    const reviewed = "a\tb\treason\tsource\nperson:c-2\tperson:c\ttwo people\ts\n";
    const result = duplicateCandidates({ people, tenures }, reviewed);
    expect(result.candidates.map((c) => c.a)).toEqual(["person:a", "person:b", "person:e"]);
    expect(result.reviewed.map((c) => c.b)).toEqual(["person:c-2"]);
  });
});

describe("the bundled people", () => {
  it("have no unreviewed candidate duplicates", () => {
    const read = (f: string) => readFileSync(new URL(`../../data/${f}`, import.meta.url), "utf8");
    const { candidates } = duplicateCandidates({ people: read("people.tsv"), tenures: read("tenures.tsv") }, readFileSync(new URL("../../benchmarks/namesakes-reviewed.tsv", import.meta.url), "utf8"));
    expect(candidates).toEqual([]);
  });
});
