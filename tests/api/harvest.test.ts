import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createGazetteer, defaultGazetteer, extract, formatHarvestTsv, harvest, harvestPersonId, HARVEST_COLUMNS, parseHarvestTsv,
  type Entity, type HarvestDoc, type Result, type RoleAttrs,
} from "../../src/index.js";

// Hand-made results: harvest's aggregation on its own, whatever the extractor does.
function doc(id: string, date: string | null, holds: { name: string; ref?: string; role: string; attrs: RoleAttrs; when?: string }[]): HarvestDoc {
  const entities: Entity[] = [];
  const relations: Result["relations"] = [];
  let at = 0;
  for (const h of holds) {
    const role: Entity = { type: "ROLE", start: at, end: at + h.role.length, text: h.role, rule: "test", attrs: h.attrs };
    const person: Entity = { type: "PERSON", start: role.end + 1, end: role.end + 1 + h.name.length, text: h.name, name: h.name, rule: "test", ...(h.ref ? { ref: h.ref } : {}) };
    at = person.end + 2;
    entities.push(role, person);
    relations.push({ type: "HOLDS", person: entities.length - 1, role: entities.length - 2, rule: "test", ...(h.when ? { when: { timex: h.when } } : {}) } as Result["relations"][number]);
  }
  return { id, result: { text: "", entities, relations, meta: { version: "", dataVersion: "", date, dateSource: date ? "option" : "none", warnings: [] } } };
}
const secretary = (place: string, placeRef: string, extra: Record<string, string> = {}) => ({
  role: `Bí thư Tỉnh ủy ${place}`,
  attrs: { title: "Bí thư", body: `Tỉnh ủy ${place}`, place, placeRef, titleRef: "title:bi-thu-tinh-uy", bodyTemplate: "tpl:tinh-uy", ...extra },
});

describe("harvest", () => {
  it("aggregates a person and post over articles: first and last date seen, articles, mentions, evidence", () => {
    const docs = [
      doc("a", "2019-03-01", [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong") }]),
      doc("b", "2018-05-02", [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong") }, { name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong") }]),
      doc("c", null, [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong") }]),
    ];
    const [c, ...rest] = harvest(docs);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      person: harvestPersonId("Hà Văn Khởi"), name: "Hà Văn Khởi", post: "Bí thư Tỉnh ủy Hải Dương", title: "title:bi-thu-tinh-uy",
      body: "tpl:tinh-uy", place: "tinh:hai-duong", from: "2018-05-02", to: "2019-03-01", articles: 3, mentions: 4, conflicts: [],
    });
    expect(c!.evidence.map((e) => e.article)).toEqual(["a", "b", "b", "c"]);
    expect(c!.evidence[0]).toEqual({ article: "a", date: "2019-03-01", person: [25, 36], role: [0, 24] });
    expect(harvestPersonId("Hà Văn Khởi")).toBe("user:person:ha-van-khoi");
  });

  it("filters by support", () => {
    const docs = [
      doc("a", "2019-03-01", [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong") }, { name: "Lò Thị Mây", ...secretary("Lai Châu", "tinh:lai-chau") }]),
      doc("b", "2019-04-01", [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong") }]),
    ];
    expect(harvest(docs).map((c) => c.name).sort()).toEqual(["Hà Văn Khởi", "Lò Thị Mây"]);
    expect(harvest(docs, { minArticles: 2 }).map((c) => c.name)).toEqual(["Hà Văn Khởi"]);
    expect(() => harvest(docs, { minArticles: 0 })).toThrow(TypeError);
  });

  it("flags two holders of a single-holder post on the same day, and drops the one with less support", () => {
    const docs = [
      doc("a", "2019-03-01", [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong") }, { name: "Lò Thị Mây", ...secretary("Hải Dương", "tinh:hai-duong") }]),
      doc("b", "2019-04-01", [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong") }]),
      // Phó Bí thư is not single-holder: two deputies on one day are no conflict.
      doc("c", "2019-04-01", ["Đào Văn Ba", "Đinh Thị Tư"].map((name) => ({ name, role: "Phó Bí thư Tỉnh ủy Hải Dương", attrs: { title: "Phó Bí thư", body: "Tỉnh ủy Hải Dương", placeRef: "tinh:hai-duong", titleRef: "title:pho-bi-thu-tinh-uy", bodyTemplate: "tpl:tinh-uy" } }))),
    ];
    const marked = harvest(docs);
    const by = (n: string) => marked.find((c) => c.name === n)!;
    expect(by("Hà Văn Khởi").conflicts).toEqual([harvestPersonId("Lò Thị Mây")]);
    expect(by("Lò Thị Mây").conflicts).toEqual([harvestPersonId("Hà Văn Khởi")]);
    expect(by("Đào Văn Ba").conflicts).toEqual([]);
    expect(harvest(docs, { conflicts: "drop" }).map((c) => c.name).sort()).toEqual(["Hà Văn Khởi", "Đinh Thị Tư", "Đào Văn Ba"].sort());
  });

  it("reads periods from relations' `when`, skips undated former roles, bare title heads and place-named bodies without a place", () => {
    const docs = [
      doc("bio", "2024-05-01", [
        { name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong"), when: "2010/2015" },
        { name: "Hà Văn Khởi", ...secretary("Lai Châu", "tinh:lai-chau", { modifier: "former" }) },
        { name: "Hà Văn Khởi", role: "Bộ trưởng", attrs: { title: "Bộ trưởng", titleRef: "title:bo-truong" } },
        { name: "Hà Văn Khởi", role: "Chủ tịch UBND tỉnh", attrs: { title: "Chủ tịch", body: "UBND tỉnh", titleRef: "title:chu-tich-ubnd", bodyTemplate: "tpl:ubnd" } },
        { name: "Hà Văn Khởi", role: "Thủ tướng Chính phủ", attrs: { title: "Thủ tướng", body: "Chính phủ", bodyRef: "org:chinh-phu", titleRef: "title:thu-tuong" } },
        { name: "Hà Văn Khởi", role: "Thủ tướng", attrs: { title: "Thủ tướng", titleRef: "title:thu-tuong" } },
      ]),
    ];
    const out = harvest(docs);
    expect(out.map((c) => c.post)).toEqual(["Bí thư Tỉnh ủy Hải Dương", "Thủ tướng"].sort());
    const sec = out.find((c) => c.post === "Bí thư Tỉnh ủy Hải Dương")!;
    expect(sec).toMatchObject({ from: "2010", to: "2015", periods: [{ from: "2010", to: "2015", timex: "2010/2015", article: "bio" }] });
    expect(sec.firstSeen).toBeUndefined();
    // `Thủ tướng Chính phủ` and `Thủ tướng` are one post.
    expect(out.find((c) => c.post === "Thủ tướng")!.mentions).toBe(2);
  });

  it("reads a period no further than the article's date: a window after it is no tenure, a term running past it is cut there", () => {
    const docs = [
      // `từ ngày 15 đến 23/7` (an application window) taken for the relation's period
      doc("window", "2017-07-15", [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong"), when: "2017-07-15/2017-07-23" }]),
      // `nhiệm kỳ 2016-2021` in an article of 2018
      doc("term", "2018-03-02", [{ name: "Lò Thị Mây", ...secretary("Lai Châu", "tinh:lai-chau"), when: "2016/2021" }]),
      // a period that starts after the article: not a tenure the article saw; the article's day is
      doc("later", "2018-03-02", [{ name: "Đào Văn Ba", ...secretary("Hải Dương", "tinh:hai-duong"), when: "2019/2020" }]),
      // a former post with such a period: left out
      doc("former", "2018-03-02", [{ name: "Đinh Thị Tư", ...secretary("Lai Châu", "tinh:lai-chau", { modifier: "former" }), when: "2019/2020" }]),
    ];
    const out = harvest(docs);
    const by = (n: string) => out.find((c) => c.name === n);
    expect(by("Hà Văn Khởi")).toMatchObject({ from: "2017-07-15", to: "2017-07-15" });
    expect(by("Lò Thị Mây")).toMatchObject({ from: "2016", to: "2018-03-02" });
    expect(by("Đào Văn Ba")).toMatchObject({ from: "2018-03-02", to: "2018-03-02", firstSeen: "2018-03-02", periods: [] });
    expect(by("Đinh Thị Tư")).toBeUndefined();
    // An undated article keeps the period as written.
    expect(harvest([doc("bio", null, [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong"), when: "2010/2015" }])])[0]).toMatchObject({ from: "2010", to: "2015" });
  });

  it("merges an unlinked mention into the linked person of the same name and post", () => {
    const docs = [
      doc("a", "2017-06-09", [{ name: "Hoàng Trung Hải", ref: "person:hoang-trung-hai", ...secretary("Hà Nội", "tinh:ha-noi") }]),
      doc("b", "2018-01-02", [{ name: "Hoàng Trung Hải", ...secretary("Hà Nội", "tinh:ha-noi") }]),
    ];
    const out = harvest(docs);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ person: "person:hoang-trung-hai", articles: 2, from: "2017-06-09", to: "2018-01-02" });
  });

  it("writes TSV that parses back into tenures and person entries", () => {
    const docs = [doc("a", "2019-03-01", [{ name: "Hà Văn Khởi", ...secretary("Hải Dương", "tinh:hai-duong") }])];
    const tsv = formatHarvestTsv(harvest(docs));
    expect(tsv.split("\n")[0]!.split("\t")).toEqual([...HARVEST_COLUMNS]);
    const { entries, tenures } = parseHarvestTsv(tsv);
    expect(entries).toEqual([{ id: "user:person:ha-van-khoi", kind: "person", name: "Hà Văn Khởi", type: "person", source: "harvest" }]);
    expect(tenures).toEqual([{ person: "user:person:ha-van-khoi", post: "Bí thư Tỉnh ủy Hải Dương", title: "title:bi-thu-tinh-uy", body: "tpl:tinh-uy", place: "tinh:hai-duong", from: "2019-03-01", to: "2019-03-01", source: "harvest", uncertain: "harvested: seen in 1 article from 2019-03-01 to 2019-03-01; the real tenure may be longer" }]);
    expect(() => parseHarvestTsv("a\tb\nx\ty\n")).toThrow(/person/);
    expect(() => parseHarvestTsv("person\tpost\n\tBí thư\n")).toThrow(/line 2/);
  });
});

describe("harvest on the bundled corpus", () => {
  const raw = join(__dirname, "..", "..", "benchmarks", "corpus", "raw");
  const sources = readFileSync(join(raw, "SOURCES.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
  const docs: HarvestDoc[] = sources.map(([id, , date]) => {
    const text = readFileSync(join(raw, `${id}.txt`), "utf8");
    return { id: id!, result: extract(text, /^\d{4}-\d{2}-\d{2}$/.test(date ?? "") ? { date } : undefined) };
  });
  const candidates = harvest(docs, { minArticles: 2 });

  it("finds tenures seen in two articles or more, each with its evidence", () => {
    expect(candidates.length).toBeGreaterThan(20);
    for (const c of candidates) {
      expect(c.articles).toBeGreaterThanOrEqual(2);
      expect(new Set(c.evidence.map((e) => e.article)).size).toBe(c.articles);
      for (const e of c.evidence) {
        const d = docs.find((x) => x.id === e.article)!.result;
        const person = d.entities.find((x) => x.start === e.person[0] && x.end === e.person[1]);
        expect(person?.type).toBe("PERSON");
        expect(d.entities.find((x) => x.start === e.role[0] && x.end === e.role[1])?.type).toBe("ROLE");
      }
    }
  });

  it("round-trips through createGazetteer: holdersOf finds a harvested holder the bundled data does not know", () => {
    const parsed = parseHarvestTsv(formatHarvestTsv(candidates));
    expect(parsed.tenures).toHaveLength(candidates.length);
    const gz = createGazetteer(parsed);
    const fresh = candidates.filter((c) => c.person.startsWith("user:person:") && c.from && c.to);
    expect(fresh.length).toBeGreaterThan(0);
    for (const c of fresh) {
      const holders = gz.holdersOf(c.post, c.to!.length === 10 ? c.to! : c.to! + "-01-01").map((h) => h.person.id);
      expect(holders).toContain(c.person);
      expect(defaultGazetteer.holdersOf(c.post, c.to!).map((h) => h.person.id)).not.toContain(c.person);
      expect(gz.get(c.person)?.name).toBe(c.name);
    }
  });
});

const cli = join(__dirname, "..", "..", "dist", "cli.js");
describe("thoisu harvest (CLI)", () => {
  it("writes the TSV, applies --min-articles and reports a malformed line", () => {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
    const line = (id: string, date: string) => JSON.stringify({ id, date, text: "Bí thư Tỉnh ủy Hải Dương Hà Văn Khởi phát biểu tại hội nghị." });
    const input = [line("a", "2019-03-01"), "{oops", line("b", "2019-04-02")].join("\n");
    const run = (args: string[]) => spawnSync(process.execPath, [cli, "harvest", ...args], { input, encoding: "utf8" });
    const r = run(["--min-articles", "2"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stdin:2:/);
    const rows = r.stdout.trim().split("\n").map((l) => l.split("\t"));
    expect(rows[0]).toEqual([...HARVEST_COLUMNS]);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({ person: "user:person:ha-van-khoi", post: "Bí thư Tỉnh ủy Hải Dương", from: "2019-03-01", to: "2019-04-02", articles: "2" });
    expect(run(["--min-articles", "3"]).stdout.trim().split("\n")).toHaveLength(1);
    expect(run(["--conflicts", "maybe"]).status).toBe(2);
  });
});
