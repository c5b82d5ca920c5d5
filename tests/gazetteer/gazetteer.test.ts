// The gazetteer API: exact and fuzzy lookup, as-of queries, one-pass matching, user entries,
// and the gazetteer matcher's spans.
import { describe, expect, it } from "vitest";
import { Gazetteer, createGazetteer, defaultGazetteer as gz, gazetteerMatcher, bodyTemplates, createGazetteerMatcher } from "../../src/gazetteer/index.js";
import { normalize } from "../../src/normalize/index.js";
import { tokenize } from "../../src/tokenize/index.js";
import type { Doc } from "../../src/pipeline/types.js";

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
function doc(text: string, date: string | null): Doc {
  const norm = normalize(text);
  const { tokens, sentences } = tokenize(norm.text);
  const [y, m, d] = (date ?? "").split("-").map(Number);
  return { text: norm.text, norm, tokens, sentences, refDate: date ? { year: y!, month: m!, day: d! } : null, refDateSource: date ? "option" : "none", warnings: [] };
}
const spans = (text: string, date: string | null = "2017-06-09") => {
  const d = doc(text, date);
  return gazetteerMatcher.match(d, []).map((c) => `${c.type}:${d.text.slice(c.start, c.end)}=${c.ref}`);
};

describe("lookup", () => {
  it("is case- and diacritic-insensitive", () => {
    expect(ids(gz.lookup("hai duong", { kinds: ["place"] }))).toContain("tinh:hai-duong");
    expect(ids(gz.lookup("HẢI DƯƠNG"))).toEqual(ids(gz.lookup("Hải Dương")));
    expect(ids(gz.lookup("Hải Dương"))).toEqual(["tinh:hai-duong"]);
  });

  it("knows abbreviations and unit-word forms", () => {
    expect(ids(gz.lookup("TP.HCM"))).toEqual(["tinh:ho-chi-minh", "tinh:ho-chi-minh-2025"]);
    expect(ids(gz.lookup("TP.HCM", { date: "2017-06-09" }))).toEqual(["tinh:ho-chi-minh"]);
    expect(ids(gz.lookup("Sài Gòn", { date: "2026-01-01" }))).toEqual(["tinh:ho-chi-minh-2025"]);
    expect(ids(gz.lookup("tỉnh Hải Dương"))).toEqual(["tinh:hai-duong"]);
    expect(ids(gz.lookup("Đắc Lắc", { date: "2017-06-09" }))).toEqual(["tinh:dak-lak"]);
    expect(ids(gz.lookup("huyện Hoài Ân"))).toHaveLength(1);
    // a district's bare name is not a lookup key: bare district names are too ambiguous
    expect(gz.lookup("Hoài Ân")).toEqual([]);
  });

  it("returns every reading of an ambiguous abbreviation, marked", () => {
    const bct = gz.lookup("BCT");
    expect(ids(bct).sort()).toEqual(["org:bo-chinh-tri", "org:bo-cong-thuong"]);
    expect(bct.every((e) => e.ambiguous && e.ambiguousAliases?.includes("BCT"))).toBe(true);
    expect(ids(gz.lookup("Bộ GD&ĐT"))).toEqual(["org:bo-giao-duc-va-dao-tao"]);
  });

  it("filters by validity date: ministries before and after 2025-03-01", () => {
    expect(ids(gz.lookup("Bộ Kế hoạch và Đầu tư", { date: "2024-01-01" }))).toEqual(["org:bo-ke-hoach-va-dau-tu"]);
    expect(gz.lookup("Bộ Kế hoạch và Đầu tư", { date: "2025-06-01" })).toEqual([]);
    expect(gz.get("org:bo-ke-hoach-va-dau-tu")!.successors).toEqual(["org:bo-tai-chinh"]);
  });

  it("knows titles and the kind of body they attach to", () => {
    const [t] = gz.lookup("Bí thư Tỉnh ủy", { kinds: ["title"] });
    expect(t!.head).toBe("title:bi-thu");
    expect(t!.bodyKind).toContain("tpl:tinh-uy");
    expect(ids(gz.lookup("UVBCT"))).toEqual(["title:uy-vien-bo-chinh-tri"]);
    expect(ids(gz.lookup("ĐBQH"))).toEqual(["title:dai-bieu-quoc-hoi"]);
  });
});

describe("lookup and matchTokens in either order", () => {
  // The name forms are decoded for the trie and again for the lookup keys (they are not kept in
  // between): what either finds must not depend on which ran first.
  const names = ["Hải Dương", "TP.HCM", "tỉnh Hải Dương", "huyện Hoài Ân", "Bộ Công an", "xã Tân Lập", "Phường 1", "Tô Lâm"];
  const text = "Ông Tô Lâm thăm tỉnh Hải Dương, huyện Hoài Ân, xã Tân Lập và TP.HCM; Bộ Công an, Phường 1.";
  const seen = (g: ReturnType<typeof createGazetteer>) => g.matchTokens(tokenize(normalize(text).text).tokens).map((m) => `${m.first}-${m.last}:${m.entries.map((e) => e.id).join(",")}`);
  it("give the same answers", () => {
    const lookupFirst = createGazetteer(), matchFirst = createGazetteer();
    const looked = names.map((n) => ids(lookupFirst.lookup(n)));
    const matched = seen(matchFirst);
    expect(looked.every((l) => l.length > 0)).toBe(true);
    expect(names.map((n) => ids(matchFirst.lookup(n)))).toEqual(looked);
    expect(seen(lookupFirst)).toEqual(matched);
  });
});

describe("search (fuzzy)", () => {
  it("finds a misspelt name, the province first", async () => {
    const r = await gz.search("Hải Dươngg", { kinds: ["place"], limit: 3 });
    expect(r[0]!.entry.id).toBe("tinh:hai-duong");
    expect(r[0]!.score).toBeLessThan(0.4);
  });

  it("drops weak hits", async () => {
    expect(await gz.search("xyzzy qwerty", { maxScore: 0.2 })).toEqual([]);
  });
});

describe("as of a date", () => {
  it("reads a place with the map of its day", () => {
    expect(gz.placeAsOf("Hải Dương", "2017-06-09")).toEqual({ entry: gz.get("tinh:hai-duong") });
    const after = gz.placeAsOf("Hải Dương", "2025-07-01")!;
    expect(after.entry.id).toBe("tinh:hai-duong");
    expect(ids(after.becomes!)).toEqual(["tinh:hai-phong-2025"]);
    expect(gz.placeAsOf("Hải Phòng", "2017-06-09")!.entry.id).toBe("tinh:hai-phong");
    expect(gz.placeAsOf("Hải Phòng", "2025-07-01")!.entry.id).toBe("tinh:hai-phong-2025");
    expect(ids(gz.placeAsOf("Hà Tây", "2010-01-01")!.becomes!)).toEqual(["tinh:ha-noi"]);
    expect(gz.placeAsOf("Đồng Nai", "2026-05-01")!.entry.type).toBe("centrally-run-city");
    expect(gz.placeAsOf("Atlantis", "2017-06-09")).toBeNull();
  });

  it("follows successors across several changes (Thừa Thiên Huế → Huế)", () => {
    expect(gz.placeAsOf("Thừa Thiên Huế", "2020-01-01")!.entry.id).toBe("tinh:thua-thien-hue");
    expect(ids(gz.placeAsOf("Thừa Thiên Huế", "2025-03-01")!.becomes!)).toEqual(["tinh:hue"]);
  });

  it("names the holder of a post on a date", () => {
    expect(gz.holdersOf("Bí thư Thành ủy Hà Nội", "2017-06-09").map((h) => h.person.name)).toEqual(["Hoàng Trung Hải"]);
    expect(gz.holdersOf("bi thu thanh uy ha noi", "2022-01-01").map((h) => h.person.name)).toEqual(["Đinh Tiến Dũng"]);
    expect(gz.holdersOf("Thủ tướng Chính phủ", "2017-06-09").map((h) => h.person.name)).toEqual(["Nguyễn Xuân Phúc"]);
    expect(gz.holdersOf("Tổng Bí thư", "2017-06-09").map((h) => h.person.name)).toEqual(["Nguyễn Phú Trọng"]);
    // by parts: the city's other written form
    expect(gz.holdersOf("Bí thư Thành ủy TP Hồ Chí Minh", "2018-01-01").map((h) => h.person.name)).toEqual(["Nguyễn Thiện Nhân"]);
    const members = gz.holdersOf("Ủy viên Bộ Chính trị", "2017-06-09");
    expect(members.length).toBeGreaterThanOrEqual(18);
    expect(gz.holdersOf("Bí thư Thành ủy Hà Nội", "1990-01-01")).toEqual([]);
  });

  it("lists a person's offices in time order", () => {
    const posts = gz.officesOf("Hoàng Trung Hải").map((t) => t.post);
    expect(posts).toContain("Bí thư Thành ủy Hà Nội");
    expect(gz.officesOf("person:hoang-trung-hai")).toEqual(gz.officesOf("Hoàng Trung Hải"));
    const froms = gz.officesOf("Tô Lâm").map((t) => t.from ?? "");
    expect([...froms].sort()).toEqual(froms);
  });
});

describe("matchTokens", () => {
  const text = "Ông Hoàng Trung Hải, Bí thư Thành ủy Hà Nội, làm việc với UBND tỉnh Hải Dương và Bộ Chính trị.";
  const d = doc(text, "2017-06-09");
  const ms = gz.matchTokens(d.tokens);
  const at = (s: string) => ms.find((m) => d.text.slice(m.start, m.end) === s);

  it("finds the longest name at each position, with token offsets", () => {
    const title = at("Bí thư Thành ủy")!;
    expect(title.entries.map((e) => e.id)).toContain("title:bi-thu-thanh-uy");
    expect(title.start).toBe(text.indexOf("Bí thư"));
    expect(title.last - title.first).toBe(4);
    expect(at("Hà Nội")!.entries[0]!.id).toBe("tinh:ha-noi");
    expect(at("Hoàng Trung Hải")!.entries[0]!.kind).toBe("person");
    expect(at("Bộ Chính trị")!.entries[0]!.id).toBe("org:bo-chinh-tri");
  });

  it("includes the unit word in the match and says how long it is", () => {
    const m = at("tỉnh Hải Dương")!;
    expect(m.units[0]).toBe(1);
    expect(d.tokens[m.first]!.text).toBe("tỉnh");
  });

  it("filters by kind and date", () => {
    const places = gz.matchTokens(d.tokens, { kinds: ["place"] });
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((m) => m.entries.length > 0 && m.entries.every((e) => e.kind === "place"))).toBe(true);
    const late = doc("Hải Phòng", null);
    expect(gz.matchTokens(late.tokens, { date: "2025-08-01" })[0]!.entries.map((e) => e.id)).toEqual(["tinh:hai-phong-2025"]);
  });

  it("reports capitalisation that differs from the name", () => {
    const lc = gz.matchTokens(doc("vì hòa bình", null).tokens);
    expect(lc[0]!.cased[0]).toBe(false);
  });
});

describe("gazetteerMatcher", () => {
  it("proposes LOC without the unit word, except for Hồ Chí Minh City", () => {
    expect(spans("UBND tỉnh Hải Dương họp")).toContain("LOC:Hải Dương=tinh:hai-duong");
    expect(spans("tại TP.HCM và Thành phố Hồ Chí Minh")).toEqual(["LOC:TP.HCM=tinh:ho-chi-minh", "LOC:Thành phố Hồ Chí Minh=tinh:ho-chi-minh"]);
    expect(spans("Thủ đô Hà Nội")).toEqual(["LOC:Hà Nội=tinh:ha-noi"]);
  });

  it("matches districts and communes only after their unit word", () => {
    expect(spans("về huyện Hoài Ân")).toEqual(["LOC:Hoài Ân=huyen:544"]);
    expect(spans("anh Hoài Ân nói")).toEqual([]);
    expect(spans("xã Tân Lập").map((s) => s.split("=")[0])).toEqual(["LOC:Tân Lập"]);
  });

  it("accepts any unit word of the unit's level (units change status: thị xã → thành phố)", () => {
    const tx = spans("thị xã Từ Sơn");
    expect(tx).toEqual(spans("thành phố Từ Sơn"));
    expect(tx.map((s) => s.split("=")[0])).toEqual(["LOC:Từ Sơn"]);
  });

  it("also proposes the place inside a body's name (LOC nested in ORG)", () => {
    const d = doc("Đảng Cộng sản Việt Nam", null);
    const cs = gazetteerMatcher.match(d, []);
    expect(cs.map((c) => `${c.type}:${d.text.slice(c.start, c.end)}`)).toEqual(["ORG:Đảng Cộng sản Việt Nam", "LOC:Việt Nam"]);
  });

  it("picks the entry valid on the article's date", () => {
    expect(spans("Hải Phòng", "2017-06-09")).toEqual(["LOC:Hải Phòng=tinh:hai-phong"]);
    expect(spans("Hải Phòng", "2025-09-01")).toEqual(["LOC:Hải Phòng=tinh:hai-phong-2025"]);
    // an old province in a recent article is still a place
    expect(spans("tỉnh Hải Dương (cũ)", "2026-01-01")).toEqual(["LOC:Hải Dương=tinh:hai-duong"]);
  });

  it("proposes ORG for named bodies, and countries as LOC", () => {
    expect(spans("Bộ Chính trị và Bộ GD&ĐT làm việc với Trung Quốc")).toEqual([
      "ORG:Bộ Chính trị=org:bo-chinh-tri", "ORG:Bộ GD&ĐT=org:bo-giao-duc-va-dao-tao", "LOC:Trung Quốc=nuoc:trung-quoc",
    ]);
  });

  it("skips lowercase common words and levels of government", () => {
    expect(spans("vì hòa bình")).toEqual([]);
    expect(spans("thành phố trực thuộc Trung ương")).toEqual([]);
    expect(spans("Trung ương quyết định")).toEqual(["ORG:Trung ương=org:ban-chap-hanh-trung-uong"]);
  });

  it("carries rule, priority and ref", () => {
    const [c] = gazetteerMatcher.match(doc("Hà Nội", null), []);
    expect(c).toMatchObject({ type: "LOC", rule: "gazetteer:tinh:ha-noi", priority: 2, ref: "tinh:ha-noi" });
  });
});

describe("createGazetteer", () => {
  it("adds user entries without editing the package", () => {
    const mine = createGazetteer({ entries: [{ name: "Khu công nghiệp Phú Tài", kind: "place", type: "industrial-zone", aliases: ["KCN Phú Tài"] }] });
    expect(ids(mine.lookup("kcn phu tai"))).toEqual(["user:place:khu-cong-nghiep-phu-tai"]);
    expect(mine.lookup("Hải Dương").length).toBe(1);
    const m = createGazetteerMatcher(() => mine).match(doc("tại KCN Phú Tài", null), []);
    expect(m.map((c) => c.ref)).toEqual(["user:place:khu-cong-nghiep-phu-tai"]);
    expect(gz.lookup("KCN Phú Tài")).toEqual([]);
  });

  it("decodes deferred tenures only when a tenure is first asked for, and once", () => {
    let decoded = 0;
    const g = new Gazetteer(() => ({
      entries: [{ id: "person:a", kind: "person", name: "Khổng Viết Thuận", aliases: [], type: "person", source: "test" }],
      tenures: () => { decoded++; return [{ person: "person:a", post: "Giám đốc Sở Tài chính", from: "2020", source: "test" }]; },
    }));
    expect(g.lookup("Khổng Viết Thuận").map((e) => e.id)).toEqual(["person:a"]);
    expect(g.matchTokens(doc("Ông Khổng Viết Thuận phát biểu.", null).tokens).length).toBe(1);
    expect(decoded).toBe(0);
    expect(g.holdersOf("Giám đốc Sở Tài chính", "2021-01-01").map((h) => h.person.id)).toEqual(["person:a"]);
    expect(g.tenures()).toHaveLength(1);
    expect(decoded).toBe(1);
  });

  it("takes a place of any type, even one named like an Object property (no unit words then)", () => {
    for (const type of ["constructor", "toString", "__proto__"]) {
      const mine = createGazetteer({ replace: true, entries: [{ kind: "place", type, name: "Đông Lạc" }] });
      const m = createGazetteerMatcher(() => mine).match(doc("Tỉnh Đông Lạc và Đông Lạc.", null), []);
      expect(m.map((c) => c.ref), type).toEqual(["user:place:dong-lac", "user:place:dong-lac"]);
    }
  });

  it("replaces the bundled data when asked, with user tenures", () => {
    const only = createGazetteer({
      replace: true,
      entries: [{ id: "person:a", kind: "person", name: "Nguyễn Văn A" }, { id: "title:x", kind: "title", name: "Giám đốc" }],
      tenures: [{ person: "person:a", post: "Giám đốc Công ty X", title: "title:x", from: "2020-01-01", source: "test" }],
    });
    expect(only.all().length).toBe(2);
    expect(only.holdersOf("Giám đốc Công ty X", "2021-05-05").map((h) => h.person.name)).toEqual(["Nguyễn Văn A"]);
    expect(() => createGazetteer({ replace: true, entries: [{ kind: "place" }] }).all()).toThrow(/no name/);
  });
});

describe("body templates", () => {
  it("say which places follow and whether the unit word is written", () => {
    const t = new Map(bodyTemplates().map((x) => [x.id, x]));
    expect(t.get("tpl:tinh-uy")).toMatchObject({ head: "Tỉnh ủy", unitWord: "none", placeTypes: ["province"] });
    expect(t.get("tpl:ubnd")!.aliases).toContain("Ủy ban nhân dân");
    expect(t.get("tpl:so")!.fields).toContain("Tài chính");
    expect(t.get("tpl:ban-thuong-vu")!.wraps).toContain("tpl:tinh-uy");
  });
});
