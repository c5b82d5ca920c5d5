import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import { extract } from "../../src/index.js";
import { dateMatcher, DATE_RULES, lunarToSolar } from "../../src/rules/date/index.js";
import { nearestYear } from "../../src/rules/date/resolve.js";
import { findDateline } from "../../src/pipeline/reference-date.js";
import { tokenize } from "../../src/tokenize/index.js";
import { normalize } from "../../src/normalize/index.js";
import { parseDates } from "../../src/rules/date/parse.js";
import { readdirSync, readFileSync } from "node:fs";

const ex = createExtractor({ matchers: [dateMatcher], linkers: [] });
const dates = (text: string, date?: string) => ex.extract(text, date ? { date } : {}).entities.filter((e) => e.type === "DATE");

describe("invalid dates", () => {
  it("never finds a date inside a rejected expression", () => {
    for (const t of ["ngày 32 tháng 4", "ngày 32/4", "ngày 29/2/2017", "ngày 31/4/2020 và", "ngày 30 tháng 2 năm 2020"]) {
      expect(dates(`Hôm đó, ${t} là sai.`, "2020-06-01").map((e) => e.text)).toEqual([]);
    }
  });
});

describe("resolution", () => {
  it("reads unyeared dates backward from the article's date", () => {
    expect(nearestYear({ year: 2017, month: 6, day: 20 }, 6, 9)).toBe(2017);
    expect(nearestYear({ year: 2025, month: 1, day: 20 }, 12, 30)).toBe(2024);
    expect(nearestYear({ year: 2017, month: 5, day: 25 }, 6, 30)).toBe(2017); // a deadline a month ahead
    expect(nearestYear({ year: 2025, month: 2, day: 18 }, 8, 15)).toBe(2024);
    expect(nearestYear({ year: 2025, month: 2, day: 18 }, 8, 15, "future")).toBe(2025);
  });
  it("warns when a weekday contradicts its date", () => {
    const r = ex.extract("Thứ Hai, 09/06/2017 23:44");
    expect(r.entities[0]!.value).toEqual({ timex: "2017-06-09T23:44" });
    expect(r.meta.warnings.some((w) => w.includes("Thứ Sáu"))).toBe(true);
    expect(ex.extract("Thứ Sáu, 09/06/2017 23:44").meta.warnings).toEqual([]);
  });
  it("gives `hôm nay (23/6)` two DATEs", () => {
    expect(dates("Hôm nay (23/6), Quốc hội họp.", "2017-06-23").map((e) => e.text)).toEqual(["Hôm nay", "23/6"]);
  });
  it("leaves X for what nothing fixes", () => {
    expect(dates("Chiều 9/6, hội nghị.")[0]!.value).toEqual({ timex: "XXXX-06-09TAF" });
  });
  it("without the article's date, fills a year only where the text fixes it (GUIDELINES: X otherwise)", () => {
    // A later, unrelated full date does not fix the year: that would be inference.
    expect(dates("Chiều 7/7, Tổng Bí thư làm việc. Kỷ niệm (27/7/1947-27/7/2017).")[0]!.value).toEqual({ timex: "XXXX-07-07TAF" });
    // An anniversary's span written before fixes the current year (the guidelines' own example).
    expect(dates("Lễ kỷ niệm 100 năm (7/7/1917 - 7/7/2017). Sáng 7/7, đoàn đến dâng hương.")[1]!.value).toEqual({ timex: "2017-07-07TMO" });
    // A year written in the sentence before fixes it too.
    expect(dates("Năm 2016, tỉnh đạt kết quả tốt. Ngày 3/5, tỉnh tổng kết.")[1]!.value).toEqual({ timex: "2016-05-03" });
    // A span that is not an anniversary (different days) fixes nothing.
    expect(dates("Ông công tác (1/3/1990 - 5/8/2010). Sáng 7/7, ông về thăm quê.")[1]!.value).toEqual({ timex: "XXXX-07-07TMO" });
  });
});

describe("with the article's date, the sentence before overrides it only with a full date", () => {
  it("resolves against the article's date past a year or month alone in the sentence before", () => {
    const v = (t: string) => dates(t, "2024-05-20").map((e) => e.value);
    // A month and year in the sentence before is another event's: the article's year.
    expect(v("Tháng 4/2021, ông được bầu làm Phó Chủ tịch. Ngày 2/5, ông được phân công điều hành.")[1]).toEqual({ timex: "2024-05-02" });
    expect(v("Năm 2019, tỉnh về đích sớm. Ngày 3/4, tỉnh tổng kết.")[1]).toEqual({ timex: "2024-04-03" });
    // A full date in the sentence before may be the same event's: its year.
    expect(v("Ngày 5/4/2021, ông được bầu. Sáng 2/5, ông nhận nhiệm vụ.")[1]).toEqual({ timex: "2021-05-02TMO" });
    // A year in the same sentence fixes it.
    expect(v("Trong năm 2021, ngày 2/5 là ngày ông nhận quyết định.")[1]).toEqual({ timex: "2021-05-02" });
  });
});

describe("ranges that would end before they start (fuzz findings)", () => {
  it("keeps the start alone instead of an impossible range", () => {
    const v = (t: string, date: string) => extract(t, { date }).entities.filter((e) => e.type === "DATE").map((e) => e.value);
    expect(v("từ 11-10-8519 đến nay thì", "2017-06-09")).toEqual([{ timex: "8519-10-11" }]);
    expect(v("Thời gian từ nay đến hết ngày 30/9 để hỗ trợ.", "9999-12-31")).toEqual([{ timex: "9999-12-31" }]);
    // Ordinary open and closed ranges are untouched.
    expect(v("từ nay đến hết ngày 30/9 để hỗ trợ.", "2017-06-09")).toEqual([{ timex: "2017-06-09/2017-09-30" }]);
    expect(v("từ năm 2008 đến nay", "2017-06-09")).toEqual([{ timex: "2008/2017-06-09" }]);
  });
});

describe("dateline", () => {
  it("finds a dateline with a weekday or time, not a birth date in the lead", () => {
    expect(findDateline(tokenize("Thứ Sáu, 09/06/2017 23:44 (GMT+0)\nChiều 9/6 ...").tokens)).toEqual({ year: 2017, month: 6, day: 9 });
    expect(findDateline(tokenize("Ông A làm Bí thư\nChiều 26/6, ông A, sinh ngày 5/2/1966, được điều động làm Bí thư Quận ủy nhiệm kỳ mới của quận.").tokens)).toBeNull();
    // An ordinal (`lần thứ nhất`) before an anniversary's dates is no weekday.
    expect(findDateline(tokenize("Lễ kỷ niệm\nTối 14/6, tỉnh tổ chức Lễ kỷ niệm 60 năm ngày Bác về thăm quê lần thứ nhất (14/6/1957 -14/6/2017).").tokens)).toBeNull();
    expect(findDateline(tokenize("Tin tức\nChủ nhật, ngày 11/06/2017 - 08:15 AM\nNội dung").tokens)).toEqual({ year: 2017, month: 6, day: 11 });
  });
});

describe("lunar calendar", () => {
  // Tết Nguyên đán (1 tháng Giêng) in Vietnam; 1985 differs from China (UTC+7 vs UTC+8).
  const tet: [number, string][] = [[1900, "1900-01-31"], [1945, "1945-02-13"], [1968, "1968-01-29"], [1985, "1985-01-21"], [2000, "2000-02-05"], [2007, "2007-02-17"], [2017, "2017-01-28"], [2020, "2020-01-25"], [2023, "2023-01-22"], [2024, "2024-02-10"], [2025, "2025-01-29"], [2026, "2026-02-17"], [2050, "2050-01-23"], [2100, "2100-02-09"]];
  for (const [y, iso] of tet) {
    it(`Tết ${y} is ${iso}`, () => {
      const r = lunarToSolar(1, 1, y)!;
      expect(`${r.year}-${String(r.month).padStart(2, "0")}-${String(r.day).padStart(2, "0")}`).toBe(iso);
    });
  }
  it("rejects a leap month that does not exist", () => {
    expect(lunarToSolar(1, 3, 2024, true)).toBeNull();
    expect(lunarToSolar(1, 6, 2017, true)).not.toBeNull(); // 2017 had a leap 6th month
  });
});

describe("opening-word shortcut", () => {
  // parseDates skips word tokens that open no date; running the parser at every token must find the same.
  const raw = new URL("../../benchmarks/corpus/raw/", import.meta.url);
  const texts = [
    ...DATE_RULES.flatMap((r) => [...r.examples, ...r.counterExamples]).map((x) => (typeof x === "string" ? x : x.text)),
    ...readdirSync(raw).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(new URL(f, raw), "utf8")),
  ];
  it(`finds the same expressions as a run at every token (${texts.length} texts)`, () => {
    let found = 0;
    for (const text of texts) {
      const { tokens } = tokenize(normalize(text).text);
      const fast = parseDates(tokens);
      expect(fast).toEqual(parseDates(tokens, { everyToken: true }));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});
