import { describe, expect, it } from "vitest";
import { createExtractor, createGazetteer, defaultGazetteer, extract, type Entity, type EntityOf, type EntityType, type Result } from "../../src/index.js";
import type { GazetteerEntry, Tenure } from "../../src/gazetteer/index.js";

// A nonce world: invented provinces, titles and people, so that every ref below can only come
// from the linker reading this gazetteer (none of these names is in the bundled data).
const entries: Partial<GazetteerEntry>[] = [
  { id: "t:dong-lac", kind: "place", type: "province", name: "Đông Lạc" },
  { id: "t:tay-lac", kind: "place", type: "province", name: "Tây Lạc", validTo: "2025-06-30", successors: ["t:lac-hoa"] },
  { id: "t:lac-hoa", kind: "place", type: "province", name: "Lạc Hòa", validFrom: "2025-07-01", mergedFrom: ["t:tay-lac"] },
  { id: "ti:bi-thu", kind: "title", type: "title-head", name: "Bí thư", bodyKind: "tpl:tinh-uy" },
  { id: "ti:bi-thu-tinh-uy", kind: "title", type: "title", name: "Bí thư Tỉnh ủy", head: "ti:bi-thu", bodyKind: "tpl:tinh-uy|province", singleHolder: true },
  { id: "ti:chu-tich", kind: "title", type: "title-head", name: "Chủ tịch", bodyKind: "tpl:ubnd" },
  { id: "ti:chu-tich-ubnd", kind: "title", type: "title", name: "Chủ tịch UBND", aliases: ["Chủ tịch Ủy ban nhân dân"], head: "ti:chu-tich", bodyKind: "tpl:ubnd|province", singleHolder: true },
  { id: "p:ha-van-khoi", kind: "person", type: "person", name: "Hà Văn Khởi" },
  // Namesakes: two people named Đinh Văn Mão.
  { id: "p:dinh-van-mao", kind: "person", type: "person", name: "Đinh Văn Mão" },
  { id: "p:dinh-van-mao-2", kind: "person", type: "person", name: "Đinh Văn Mão" },
];
const tenures: Tenure[] = [
  { person: "p:ha-van-khoi", post: "Bí thư Tỉnh ủy Đông Lạc", title: "ti:bi-thu-tinh-uy", body: "tpl:tinh-uy", place: "t:dong-lac", from: "2015-10-01", to: "2020-10-01", source: "test" },
  { person: "p:dinh-van-mao", post: "Chủ tịch UBND tỉnh Đông Lạc", title: "ti:chu-tich-ubnd", body: "tpl:ubnd", place: "t:dong-lac", from: "2016", to: "2021", source: "test" },
  { person: "p:dinh-van-mao-2", post: "Chủ tịch UBND tỉnh Tây Lạc", title: "ti:chu-tich-ubnd", body: "tpl:ubnd", place: "t:tay-lac", from: "2016", to: "2021", source: "test" },
];
const gazetteer = createGazetteer({ entries, tenures, replace: true });
const ex = createExtractor({ gazetteer });

const one = <T extends EntityType>(r: Result, type: T, text: string): EntityOf<T> => {
  const e = r.entities.find((x): x is EntityOf<T> => x.type === type && x.text === text);
  if (!e) throw new Error(`no ${type} "${text}" in ${JSON.stringify(r.entities.map((x) => `${x.type}:${x.text}`))}`);
  return e;
};
const persons = (r: Result, name: string): Entity[] => {
  const ms = r.entities.filter((e) => e.type === "PERSON" && e.name === name);
  if (!ms.length) throw new Error(`no PERSON named "${name}"`);
  return ms;
};

describe("refs linker: ROLE attributes", () => {
  it("resolves the composite title, the body template and the place as of the article's date", () => {
    const r = ex.extract("Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi dự hội nghị.", { date: "2017-06-09" });
    const role = one(r, "ROLE", "Bí thư Tỉnh ủy Đông Lạc");
    expect(role.attrs).toMatchObject({ titleRef: "ti:bi-thu-tinh-uy", bodyTemplate: "tpl:tinh-uy", placeRef: "t:dong-lac" });
    expect(role.attrs?.implicit).toBeUndefined();
  });

  it("falls back to the head title when the text names no composite one", () => {
    const r = ex.extract("Chủ tịch Hà Văn Khởi phát biểu.", { date: "2017-06-09" });
    expect(one(r, "ROLE", "Chủ tịch").attrs?.titleRef).toBe("ti:chu-tich");
  });

  it("reads an old province's name after the merger as the old unit, with what it became", () => {
    const text = "Chủ tịch UBND tỉnh Tây Lạc tiếp đoàn công tác.";
    const after = one(ex.extract(text, { date: "2026-01-01" }), "ROLE", "Chủ tịch UBND tỉnh Tây Lạc");
    expect(after.attrs).toMatchObject({ titleRef: "ti:chu-tich-ubnd", bodyTemplate: "tpl:ubnd", placeRef: "t:tay-lac", placeBecomes: ["t:lac-hoa"] });
    const before = one(ex.extract(text, { date: "2020-01-01" }), "ROLE", "Chủ tịch UBND tỉnh Tây Lạc");
    expect(before.attrs?.placeRef).toBe("t:tay-lac");
    expect(before.attrs?.placeBecomes).toBeUndefined();
  });

  it("gives a provincial role without a place the article's dominant province, marked implicit", () => {
    const text = "Tỉnh Đông Lạc tổ chức hội nghị. Nhân dân Đông Lạc phấn khởi. Đoàn của tỉnh Tây Lạc dự. Chủ tịch UBND tỉnh phát biểu.";
    const role = one(ex.extract(text, { date: "2017-06-09" }), "ROLE", "Chủ tịch UBND tỉnh");
    expect(role.attrs).toMatchObject({ titleRef: "ti:chu-tich-ubnd", placeRef: "t:dong-lac", implicit: true });
  });

  it("leaves the place open when no province clearly dominates", () => {
    const text = "Tỉnh Đông Lạc và tỉnh Tây Lạc ký kết hợp tác. Đông Lạc và Tây Lạc cùng phát triển. Chủ tịch UBND tỉnh phát biểu.";
    const role = one(ex.extract(text, { date: "2017-06-09" }), "ROLE", "Chủ tịch UBND tỉnh");
    expect(role.attrs?.placeRef).toBeUndefined();
    expect(role.attrs?.implicit).toBeUndefined();
  });

  it("changes no span or type", () => {
    const text = "Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi và Chủ tịch UBND tỉnh Đinh Văn Mão dự hội nghị ở Đông Lạc.";
    const withRefs = ex.extract(text, { date: "2017-06-09" });
    const without = createExtractor({ gazetteer, linkers: [] }).extract(text, { date: "2017-06-09" });
    const spans = (r: Result) => r.entities.map((e) => `${e.type}:${e.start}-${e.end}`);
    expect(spans(withRefs)).toEqual(spans(without));
  });
});

describe("refs linker: PERSON ref", () => {
  it("links a person whose tenure fits the role the text gives, on every mention", () => {
    const r = ex.extract("Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi phát biểu. Ông Khởi cho biết tỉnh sẽ tiếp tục cải cách.", { date: "2017-06-09" });
    const ms = persons(r, "Hà Văn Khởi");
    expect(ms.length).toBe(2);
    for (const m of ms) expect(m).toMatchObject({ ref: "p:ha-van-khoi", attrs: { refBasis: "name+role" } });
  });

  it("gives no ref when the role does not fit any tenure on the article's date", () => {
    const r = ex.extract("Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi phát biểu.", { date: "2023-06-09" });
    expect(persons(r, "Hà Văn Khởi")[0]!.ref).toBeUndefined();
  });

  it("gives no ref when the role names another province", () => {
    const r = ex.extract("Bí thư Tỉnh ủy Tây Lạc Hà Văn Khởi phát biểu.", { date: "2017-06-09" });
    expect(persons(r, "Hà Văn Khởi")[0]!.ref).toBeUndefined();
  });

  it("links a former post (`nguyên`) to a tenure that ended before the article's date", () => {
    const r = ex.extract("Nguyên Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi về thăm quê.", { date: "2023-06-09" });
    expect(persons(r, "Hà Văn Khởi")[0]!.ref).toBe("p:ha-van-khoi");
  });

  it("picks the namesake whose tenure fits the role, and never guesses between namesakes", () => {
    const fits = ex.extract("Chủ tịch UBND tỉnh Tây Lạc Đinh Văn Mão tiếp đoàn.", { date: "2018-03-01" });
    expect(persons(fits, "Đinh Văn Mão")[0]!.ref).toBe("p:dinh-van-mao-2");
    // Both namesakes were provincial chairmen then: the role without a place fits both.
    const both = ex.extract("Chủ tịch UBND Đinh Văn Mão tiếp đoàn.", { date: "2018-03-01" });
    expect(persons(both, "Đinh Văn Mão")[0]!.ref).toBeUndefined();
    // No role in the text: a shared name is never linked by date alone.
    const bare = ex.extract("Ông Đinh Văn Mão tiếp đoàn.", { date: "2018-03-01" });
    expect(persons(bare, "Đinh Văn Mão")[0]!.ref).toBeUndefined();
  });

  it("links a unique name with no role in the text when the person's career spans the article's date", () => {
    const text = "Ông Hà Văn Khởi phát biểu tại buổi lễ.";
    const during = persons(ex.extract(text, { date: "2018-01-01" }), "Hà Văn Khởi")[0];
    expect(during).toMatchObject({ ref: "p:ha-van-khoi", attrs: { refBasis: "name+date", refConfidence: 0.8 } });
    expect(persons(ex.extract(text, { date: "2024-01-01" }), "Hà Văn Khởi")[0]!.ref).toBeUndefined();
    // Without the article's date: the only person of that name, at the lowest confidence.
    expect(persons(ex.extract(text), "Hà Văn Khởi")[0]).toMatchObject({ ref: "p:ha-van-khoi", attrs: { refBasis: "name", refConfidence: 0.5 } });
  });

  it("does not link by name alone when the text gives a role that fits no known tenure", () => {
    const r = ex.extract("Phó Chủ tịch UBND tỉnh Đông Lạc Hà Văn Khởi phát biểu.", { date: "2018-01-01" });
    expect(persons(r, "Hà Văn Khởi")[0]!.ref).toBeUndefined();
  });

  it("says which namesakes remain when it cannot choose", () => {
    const both = ex.extract("Chủ tịch UBND Đinh Văn Mão tiếp đoàn.", { date: "2018-03-01" });
    expect(persons(both, "Đinh Văn Mão")[0]!.attrs).toMatchObject({ refUnresolved: "ambiguous", refCandidates: ["p:dinh-van-mao", "p:dinh-van-mao-2"] });
    const bare = ex.extract("Ông Đinh Văn Mão tiếp đoàn.", { date: "2018-03-01" });
    expect(persons(bare, "Đinh Văn Mão")[0]!.attrs).toMatchObject({ refCandidates: ["p:dinh-van-mao", "p:dinh-van-mao-2"] });
  });

  it("tells namesakes in office at once apart by the province the article names", () => {
    const r = ex.extract("Tại tỉnh Tây Lạc, ông Đinh Văn Mão tiếp đoàn. Tây Lạc có nhiều đổi mới.", { date: "2018-03-01" });
    expect(persons(r, "Đinh Văn Mão")[0]).toMatchObject({ ref: "p:dinh-van-mao-2", attrs: { refBasis: "name+place", refConfidence: 0.75 } });
  });

  it("grades confidence: a role on the article's date above a former post", () => {
    const now = persons(ex.extract("Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi phát biểu.", { date: "2017-06-09" }), "Hà Văn Khởi")[0]!;
    const former = persons(ex.extract("Nguyên Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi về thăm quê.", { date: "2023-06-09" }), "Hà Văn Khởi")[0]!;
    expect(now.attrs).toMatchObject({ refConfidence: 0.95 });
    expect(former.attrs).toMatchObject({ refBasis: "name+role", refConfidence: 0.85 });
  });
});

describe("refs linker: ROLE holderRef", () => {
  it("offers the one holder of a post the text names without a holder", () => {
    const r = ex.extract("Bí thư Tỉnh ủy Đông Lạc đã chỉ đạo các sở.", { date: "2017-06-09" });
    expect(one(r, "ROLE", "Bí thư Tỉnh ủy Đông Lạc").attrs?.holderRef).toBe("p:ha-van-khoi");
    // Out of his term, nobody the gazetteer knows held it.
    expect(one(ex.extract("Bí thư Tỉnh ủy Đông Lạc đã chỉ đạo các sở.", { date: "2023-06-09" }), "ROLE", "Bí thư Tỉnh ủy Đông Lạc").attrs?.holderRef).toBeUndefined();
  });
  it("offers none for a post the text does not pin down, nor for a role a named person holds", () => {
    expect(one(ex.extract("Chủ tịch UBND phát biểu.", { date: "2018-03-01" }), "ROLE", "Chủ tịch UBND").attrs?.holderRef).toBeUndefined();
    const held = ex.extract("Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi đã chỉ đạo.", { date: "2017-06-09" });
    expect(one(held, "ROLE", "Bí thư Tỉnh ủy Đông Lạc").attrs?.holderRef).toBeUndefined();
  });

  it("without the article's date, fits the role to a date the text writes", () => {
    const inTerm = ex.extract("Năm 2017, Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi đã chỉ đạo.");
    expect(inTerm.meta.date).toBeNull();
    expect(persons(inTerm, "Hà Văn Khởi")[0]!.ref).toBe("p:ha-van-khoi");
    const outOfTerm = ex.extract("Năm 2023, Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi đã chỉ đạo.");
    expect(persons(outOfTerm, "Hà Văn Khởi")[0]!.ref).toBeUndefined();
  });

  it("without the article's date, reads a birth date in the role's sentence as dating no post", () => {
    const r = ex.extract("Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi, sinh năm 1960, đã chỉ đạo nhiều việc lớn.");
    expect(persons(r, "Hà Văn Khởi")[0]!.ref).toBe("p:ha-van-khoi");
  });

  it("without the article's date, fits a former post (`nguyên`) to one that began before the date its sentence writes", () => {
    const r = ex.extract("Năm 2023, nguyên Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi bị kỷ luật.");
    expect(persons(r, "Hà Văn Khởi")[0]!.ref).toBe("p:ha-van-khoi");
    const before = ex.extract("Năm 2012, nguyên Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi bị kỷ luật.");
    expect(persons(before, "Hà Văn Khởi")[0]!.ref).toBeUndefined();
  });

  it("without the article's date, fits the role by its post alone when the role's sentence writes no date", () => {
    // The year is of another sentence (a birth): it neither dates the post nor rules it out.
    const r = ex.extract("Ông Hà Văn Khởi sinh năm 1960 tại Đông Lạc. Sau này, Bí thư Tỉnh ủy Đông Lạc Hà Văn Khởi đã chỉ đạo nhiều việc lớn.");
    expect(r.meta.date).toBeNull();
    expect(persons(r, "Hà Văn Khởi")[0]).toMatchObject({ ref: "p:ha-van-khoi", attrs: { refBasis: "name+role", refConfidence: 0.85 } });
  });

  it("does not link a name that differs only in diacritics", () => {
    const r = ex.extract("Bí thư Tỉnh ủy Đông Lạc Hà Văn Khoi phát biểu.", { date: "2017-06-09" });
    expect(persons(r, "Hà Văn Khoi")[0]!.ref).toBeUndefined();
  });
});

describe("refs linker on the bundled gazetteer", () => {
  const text = "Bí thư Thành ủy Hà Nội Hoàng Trung Hải làm việc với lãnh đạo tỉnh Hải Dương.";
  it("links Hoàng Trung Hải as Hà Nội's secretary in 2017", () => {
    const r = extract(text, { date: "2017-06-09" });
    expect(one(r, "PERSON", "Hoàng Trung Hải")).toMatchObject({ ref: "person:hoang-trung-hai", attrs: { refBasis: "name+role", refConfidence: 0.95 } });
    expect(one(r, "ROLE", "Bí thư Thành ủy Hà Nội").attrs).toMatchObject({ titleRef: "title:bi-thu-thanh-uy", bodyTemplate: "tpl:thanh-uy", placeRef: "tinh:ha-noi" });
  });
  it("fits a title head written without its body to the full title it starts (`Phó Chủ tịch` → `Phó Chủ tịch Quốc hội`)", () => {
    const r = extract("Dự phiên họp có Phó Chủ tịch Nguyễn Đức Hải.", { date: "2024-05-20" });
    expect(one(r, "PERSON", "Nguyễn Đức Hải")).toMatchObject({ ref: "person:nguyen-duc-hai", attrs: { refBasis: "name+role" } });
    // The same head with another body named is another post.
    const other = extract("Dự phiên họp có Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Hải.", { date: "2024-05-20" });
    expect(one(other, "PERSON", "Nguyễn Đức Hải").ref).toBeUndefined();
  });
  it("fits a post in a body's standing committee to the body the text names (`Mặt trận Tổ quốc` → its Central Committee)", () => {
    const r = extract("Chủ tịch Mặt trận Tổ quốc Đỗ Văn Chiến phát biểu.", { date: "2024-05-20" });
    expect(one(r, "PERSON", "Đỗ Văn Chiến")).toMatchObject({ ref: "person:do-van-chien", attrs: { refBasis: "name+role" } });
  });
  it("fits a central post whose title names the country (`… MTTQ Việt Nam`) to its placeless tenure", () => {
    const r = extract("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Đỗ Văn Chiến phát biểu.", { date: "2024-05-20" });
    expect(one(r, "ROLE", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam").attrs?.placeRef).toBe("nuoc:viet-nam");
    expect(one(r, "PERSON", "Đỗ Văn Chiến")).toMatchObject({ ref: "person:do-van-chien", attrs: { refBasis: "name+role" } });
  });
  it("knows the General Secretaries, heads of state and prime ministers before 2000", () => {
    const r = extract("Tổng Bí thư Lê Duẩn tiếp Thủ tướng Phạm Văn Đồng và Chủ tịch nước Tôn Đức Thắng.", { date: "1975-05-01" });
    expect(one(r, "PERSON", "Lê Duẩn").ref).toBe("person:le-duan");
    expect(one(r, "PERSON", "Phạm Văn Đồng").ref).toBe("person:pham-van-dong");
    expect(one(r, "PERSON", "Tôn Đức Thắng").ref).toBe("person:ton-duc-thang");
    expect(defaultGazetteer.holdersOf("Thủ tướng", "1990-01-01").map((h) => h.person.id)).toEqual(["person:do-muoi"]);
  });
  it("gives no ref to a person's name that ends a place name written in the text (`TP. Hồ Chí Minh`)", () => {
    const text = "Ông từng là Phó Chủ tịch UBND TP. Hồ Chí Minh. Chủ tịch Hồ Chí Minh luôn quan tâm đến thanh niên.";
    const r = extract(text);
    const ms = r.entities.filter((e) => e.type === "PERSON" && e.text === "Hồ Chí Minh");
    const inCity = ms.find((e) => text.slice(e.start - 4, e.start) === "TP. "), person = ms.find((e) => text.slice(e.start - 9, e.start) === "Chủ tịch ");
    expect(person?.ref).toBe("person:ho-chi-minh");
    if (inCity) expect(inCity.ref).toBeUndefined();
  });
  it("does not link him in 2024, when no tenure fits the role", () => {
    const p = one(extract(text, { date: "2024-01-01" }), "PERSON", "Hoàng Trung Hải");
    expect(p.ref).toBeUndefined();
    expect(p.attrs?.refBasis).toBeUndefined();
  });
});

describe("refs linker: posts the data lacks, standing deputies, lists of former posts", () => {
  // Invented people with tenures in the bundled gazetteer's real places, bodies and titles.
  const people: Partial<GazetteerEntry>[] = [
    { id: "p:luc-van-toan", kind: "person", type: "person", name: "Lục Văn Toàn" },
    { id: "p:vi-thi-lan", kind: "person", type: "person", name: "Vi Thị Lan" },
    { id: "p:la-van-thinh", kind: "person", type: "person", name: "La Văn Thịnh" },
    // Namesakes: deputy chairs of two cities.
    { id: "p:ma-van-hung", kind: "person", type: "person", name: "Ma Văn Hùng" },
    { id: "p:ma-van-hung-2", kind: "person", type: "person", name: "Ma Văn Hùng" },
  ];
  const posts: Tenure[] = [
    { person: "p:luc-van-toan", post: "Phó Bí thư Tỉnh ủy Nghệ An", title: "title:pho-bi-thu-tinh-uy", body: "tpl:tinh-uy", place: "tinh:nghe-an", from: "2016", to: "2021", source: "test" },
    { person: "p:vi-thi-lan", post: "Chủ nhiệm Ủy ban Kinh tế", title: "title:chu-nhiem", body: "org:uy-ban-kinh-te", from: "2016", to: "2021", source: "test" },
    { person: "p:la-van-thinh", post: "Bí thư Tỉnh ủy Hà Tĩnh", title: "title:bi-thu-tinh-uy", body: "tpl:tinh-uy", place: "tinh:ha-tinh", from: "2015-10-01", to: "2020-10-01", source: "test" },
    { person: "p:ma-van-hung", post: "Phó Chủ tịch UBND TP. Hồ Chí Minh", title: "title:pho-chu-tich-ubnd", body: "tpl:ubnd", place: "tinh:ho-chi-minh", from: "2014", to: "2020", source: "test" },
    { person: "p:ma-van-hung-2", post: "Phó Chủ tịch UBND TP. Hà Nội", title: "title:pho-chu-tich-ubnd", body: "tpl:ubnd", place: "tinh:ha-noi", from: "2014", to: "2020", source: "test" },
  ];
  const ex2 = createExtractor({ gazetteer: createGazetteer({ entries: people, tenures: posts }) });
  const person = (text: string, name: string, date?: string) => persons(ex2.extract(text, date ? { date } : {}), name)[0]!;

  it("fits a standing deputy (`Thường trực`) to the deputy's post", () => {
    expect(person("Phó Bí thư Thường trực Tỉnh ủy Nghệ An Lục Văn Toàn phát biểu.", "Lục Văn Toàn", "2018-03-01"))
      .toMatchObject({ ref: "p:luc-van-toan", attrs: { refBasis: "name+role", refConfidence: 0.95 } });
    // The same title in another province is another post, in a province his career never was in.
    const elsewhere = person("Phó Bí thư Thường trực Tỉnh ủy Hà Tĩnh Lục Văn Toàn phát biểu.", "Lục Văn Toàn", "2018-03-01");
    expect(elsewhere.ref).toBeUndefined();
    expect(elsewhere.attrs).toMatchObject({ refUnresolved: "role-unfit", refCandidates: ["p:luc-van-toan"] });
  });

  it("reads `nguyên` before a list of posts as qualifying each of them", () => {
    // `Bí thư Tỉnh ủy Hà Tĩnh` (2015–2020), second in the list, is a former post too in 2023.
    expect(person("Nguyên Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Hà Tĩnh La Văn Thịnh về thăm quê.", "La Văn Thịnh", "2023-06-09"))
      .toMatchObject({ ref: "p:la-van-thinh", attrs: { refBasis: "name+role", refConfidence: 0.85 } });
    // A post after the list (`nay là`) is not made former.
    expect(person("Nguyên Phó Bí thư Tỉnh ủy, nay là Bí thư Tỉnh ủy Hà Tĩnh La Văn Thịnh về thăm quê.", "La Văn Thịnh", "2023-06-09"))
      .not.toMatchObject({ attrs: { refBasis: "name+role" } });
  });

  it("links a unique name whose post, unknown to the data, is in a province of the known career", () => {
    const text = "Chủ tịch HĐND tỉnh Nghệ An Lục Văn Toàn phát biểu.";
    expect(person(text, "Lục Văn Toàn", "2018-03-01")).toMatchObject({ ref: "p:luc-van-toan", attrs: { refBasis: "name+date", refConfidence: 0.6 } });
    expect(person(text, "Lục Văn Toàn")).toMatchObject({ ref: "p:luc-van-toan", attrs: { refBasis: "name", refConfidence: 0.45 } });
    // A district's post in that province: its officials are too many to tell him from a namesake.
    expect(person("Chủ tịch UBND huyện Nghi Lộc Lục Văn Toàn phát biểu.", "Lục Văn Toàn", "2018-03-01").ref).toBeUndefined();
    // Out of the known career, on the article's date or on a date the role's sentence writes: not linked.
    expect(person(text, "Lục Văn Toàn", "2024-03-01").ref).toBeUndefined();
    expect(person(`Năm 2024, ${text}`, "Lục Văn Toàn").ref).toBeUndefined();
  });

  it("links a unique name whose post, unknown to the data, is in a body of the known career or the body above it", () => {
    expect(person("Phó Tổng Thư ký Quốc hội Vi Thị Lan phát biểu.", "Vi Thị Lan")).toMatchObject({ ref: "p:vi-thi-lan", attrs: { refBasis: "name", refConfidence: 0.45 } });
    // An ambassador abroad: a country the career never was in, so a namesake as likely.
    const abroad = person("Đại sứ Việt Nam tại Liên bang Nga Vi Thị Lan phát biểu.", "Vi Thị Lan");
    expect(abroad.ref).toBeUndefined();
    expect(abroad.attrs).toMatchObject({ refUnresolved: "role-unfit", refCandidates: ["p:vi-thi-lan"] });
  });

  it("does not take a second post in the province of a single-holder post held on the date", () => {
    // La Văn Thịnh was Bí thư Tỉnh ủy Hà Tĩnh then: a Phó Chủ tịch UBND of that name is another man.
    const p = person("Phó Chủ tịch UBND tỉnh Hà Tĩnh La Văn Thịnh phát biểu.", "La Văn Thịnh", "2018-01-01");
    expect(p.ref).toBeUndefined();
    expect(p.attrs).toMatchObject({ refUnresolved: "role-unfit" });
    expect(person("Năm 2018, Phó Chủ tịch UBND tỉnh Hà Tĩnh La Văn Thịnh phát biểu.", "La Văn Thịnh").ref).toBeUndefined();
  });

  it("says why a known name is not linked when no role is given and no career spans the date", () => {
    expect(person("Ông Lục Văn Toàn dự lễ.", "Lục Văn Toàn", "2024-03-01").attrs).toMatchObject({ refUnresolved: "off-date", refCandidates: ["p:luc-van-toan"] });
  });

  it("without the article's date, fits a place recorded under two ids (TP.HCM before and after 2025)", () => {
    // Undated, `TP.HCM` is either id: no placeRef is given, but it still tells the namesakes apart.
    const r = ex2.extract("Phó Chủ tịch UBND TP.HCM Ma Văn Hùng tiếp đoàn.");
    expect(one(r, "ROLE", "Phó Chủ tịch UBND TP.HCM").attrs?.placeRef).toBeUndefined();
    expect(persons(r, "Ma Văn Hùng")[0]).toMatchObject({ ref: "p:ma-van-hung", attrs: { refBasis: "name+role" } });
  });

  it("of namesakes, links the only one whose career has the province of a post the data lacks", () => {
    // Neither was Chủ tịch HĐND; only one of them served in the province that post is in.
    expect(person("Chủ tịch HĐND TP. Hồ Chí Minh Ma Văn Hùng phát biểu.", "Ma Văn Hùng", "2018-03-01"))
      .toMatchObject({ ref: "p:ma-van-hung", attrs: { refBasis: "name+date", refConfidence: 0.6 } });
    expect(person("Chủ tịch HĐND thành phố Hà Nội Ma Văn Hùng phát biểu.", "Ma Văn Hùng"))
      .toMatchObject({ ref: "p:ma-van-hung-2", attrs: { refBasis: "name", refConfidence: 0.45 } });
    // A post in a province neither career has: no one.
    const neither = person("Chủ tịch HĐND tỉnh Nghệ An Ma Văn Hùng phát biểu.", "Ma Văn Hùng", "2018-03-01");
    expect(neither.ref).toBeUndefined();
    expect(neither.attrs).toMatchObject({ refUnresolved: "role-unfit", refCandidates: ["p:ma-van-hung", "p:ma-van-hung-2"] });
  });

  it("without the article's date, tells namesakes apart by a province the article names", () => {
    const r = ex2.extract("Thành phố Hà Nội đón đoàn công tác. Ông Ma Văn Hùng dự buổi tiếp.");
    expect(persons(r, "Ma Văn Hùng")[0]).toMatchObject({ ref: "p:ma-van-hung-2", attrs: { refBasis: "name+place", refConfidence: 0.45 } });
    const none = ex2.extract("Ông Ma Văn Hùng dự buổi tiếp.");
    expect(persons(none, "Ma Văn Hùng")[0]!.attrs).toMatchObject({ refUnresolved: "ambiguous", refCandidates: ["p:ma-van-hung", "p:ma-van-hung-2"] });
  });
});

describe("refs linker: ROLE holderRef on the bundled gazetteer", () => {
  it("offers the minister in office on the article's date for a ministry's single-holder post, none without a date", () => {
    const text = "Bộ trưởng Bộ Tài chính đã ký quyết định.";
    const dated = one(extract(text, { date: "2019-01-01" }), "ROLE", "Bộ trưởng Bộ Tài chính");
    const holders = defaultGazetteer.holdersOf("Bộ trưởng Bộ Tài chính", "2019-01-01").map((h) => h.person.id);
    expect(holders.length).toBe(1);
    expect(dated.attrs?.holderRef).toBe(holders[0]);
    expect(one(extract(text), "ROLE", "Bộ trưởng Bộ Tài chính").attrs?.holderRef).toBeUndefined();
    // A deputy post has many holders at once: none is offered.
    expect(one(extract("Thứ trưởng Bộ Tài chính đã ký quyết định.", { date: "2019-01-01" }), "ROLE", "Thứ trưởng Bộ Tài chính").attrs?.holderRef).toBeUndefined();
  });
});
