// The officials tables as the gazetteer reads them: foreign heads of state and government resolve
// through the foreign titles and the country, namesakes stay apart, and Central Committee terms end
// where the sources say (data/sources/facts/third-pass-2026-12.tsv).
import { describe, expect, it } from "vitest";
import { defaultGazetteer as gz } from "../../src/gazetteer/index.js";
import { extract } from "../../src/index.js";

const holders = (post: string, date: string) => gz.holdersOf(post, date).map((h) => h.person.name);

describe("foreign heads of state and government", () => {
  it("are found by title and country, on the day and not outside the term", () => {
    expect(holders("Tổng thống Hoa Kỳ", "2022-03-01")).toEqual(["Joe Biden"]);
    expect(holders("Tổng thống Mỹ", "2018-03-01")).toEqual(["Donald Trump"]);
    expect(holders("Thủ tướng Nhật Bản", "2023-06-01")).toEqual(["Fumio Kishida"]);
    expect(holders("Chủ tịch nước Lào", "2019-06-01")).toEqual(["Bounnhang Vorachith"]);
    expect(holders("Thủ tướng Campuchia", "2024-01-01")).toEqual(["Hun Manet"]);
    // Vietnam's own posts keep their holders: a foreign Thủ tướng does not answer for Chính phủ.
    expect(holders("Thủ tướng Chính phủ", "2017-06-09")).toEqual(["Nguyễn Xuân Phúc"]);
  });

  it("link a person a role names in the text, and not a namesake role of another country", () => {
    const text = "Chủ tịch nước Lương Cường tiếp Tổng thống Hàn Quốc Yoon Suk Yeol và Thủ tướng Ấn Độ Narendra Modi.";
    const refs = extract(text, { date: "2024-11-20" }).entities.filter((e) => e.type === "PERSON").map((e) => [e.text, e.ref]);
    expect(refs).toContainEqual(["Yoon Suk Yeol", "person:yoon-suk-yeol"]);
    expect(refs).toContainEqual(["Narendra Modi", "person:narendra-modi"]);
    const wrongCountry = extract("Tổng thống Pháp Joe Biden phát biểu.", { date: "2022-03-01" }).entities.find((e) => e.text === "Joe Biden");
    expect(wrongCountry?.ref).toBeUndefined();
  });
});

describe("namesakes and Central Committee terms", () => {
  it("keeps the general of the CC X list apart from the Quảng Nam official", () => {
    const general = gz.officesOf("person:le-van-dung");
    const quangNam = gz.officesOf("person:le-van-dung-2").map((t) => t.place);
    // The general: the X Central Committee, its Secretariat and the General Political Department, no province.
    expect(general.map((t) => t.title).sort()).toEqual(["title:bi-thu-trung-uong-dang", "title:chu-nhiem-tong-cuc-chinh-tri", "title:uy-vien-trung-uong-dang"]);
    expect(general.every((t) => !t.place)).toBe(true);
    expect(quangNam.every((p) => p === "tinh:quang-nam")).toBe(true);
  });

  it("ends the CC tenure of a member not re-elected at the XIV Congress", () => {
    const cc = gz.officesOf("person:pham-minh-chinh").filter((t) => t.title === "title:uy-vien-trung-uong-dang");
    expect(cc.map((t) => t.to)).toEqual(["2026-01-22"]);
  });

  it("holds one id per person after the duplicates merge (data/sources/import-2026-12d/merged-people.tsv)", () => {
    // The Chief Justice of 2007–2016 and the Deputy PM of 2016–2021 are one man, one id.
    expect(holders("Chánh án Tòa án nhân dân tối cao", "2009-06-01")).toEqual(["Trương Hòa Bình"]);
    expect(holders("Chánh án Tòa án nhân dân tối cao", "2007-07-24")).toEqual(["Nguyễn Văn Hiện"]);
    const binh = gz.officesOf("person:truong-hoa-binh").map((t) => t.title);
    expect(binh).toEqual(expect.arrayContaining(["title:chanh-an", "title:pho-thu-tuong", "title:uy-vien-bo-chinh-tri"]));
    expect(gz.officesOf("person:truong-hoa-binh-sau-dat")).toEqual([]);
    // Tí/Tý: the Bình Thuận secretary of 2005–2015 under one id, both spellings resolving to it.
    expect(holders("Bí thư Tỉnh ủy Bình Thuận", "2008-06-01")).toEqual(["Huỳnh Văn Tí"]);
    expect(gz.officesOf("person:huynh-van-ty")).toEqual([]);
    const ty = extract("Bí thư Tỉnh ủy Bình Thuận Huỳnh Văn Tý phát biểu.", { date: "2009-06-01" }).entities.find((e) => e.type === "PERSON");
    expect(ty?.ref).toBe("person:huynh-van-ti");
    // The Deputy Minister of Defence sent to lead Bắc Ninh on 2025-09-30 is one man.
    expect(holders("Bí thư Tỉnh ủy Bắc Ninh", "2025-10-15")).toEqual(["Nguyễn Hồng Thái"]);
    expect(gz.officesOf("person:nguyen-hong-thai-2")).toEqual([]);
  });
});

describe("bodies dissolved and re-established", () => {
  it("gives the Ban Kinh tế Trung ương of 1950–2007 and the one re-established in 2012 their own rows", () => {
    const ref = (date: string) => extract("Ban Kinh tế Trung ương tổ chức hội thảo.", { date }).entities.find((e) => e.type === "ORG")?.ref;
    expect(ref("2005-06-01")).toBe("org:ban-kinh-te-trung-uong");
    expect(ref("2015-06-01")).toBe("org:ban-kinh-te-trung-uong-2012");
    expect(holders("Trưởng Ban Kinh tế Trung ương", "2015-06-01")).toEqual(["Vương Đình Huệ"]);
    expect(holders("Trưởng Ban Kinh tế Trung ương", "2005-06-01")).toEqual(["Trương Tấn Sang"]);
  });
});
