#!/usr/bin/env node
// Coverage of the built-in officials (issue 10): for each class of office the issue lists and each
// year 2006–2026, does data/tenures.tsv name a holder on 1 July of that year? Slots are the posts
// that existed on that day according to data/places.tsv and data/bodies.tsv (the 63/64 provinces
// before 2025-07-01, the 34 after; the ministries of the day), so a gap is a post the data knows
// but no tenure fills. Council sizes (Politburo, Central Committee) are compared with the number
// each congress elected.
//
//   node benchmarks/coverage.mjs            print the report (markdown)
//   node benchmarks/coverage.mjs --write    also write benchmarks/results/coverage.md
//
// Only the repository's own data/*.tsv is read.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseTsv, dateLow, dateHigh } from "../scripts/build-data.mjs";

export const YEARS = Array.from({ length: 21 }, (_, i) => 2006 + i);

/**
 * Members elected by each congress (full, alternate; Politburo), the yardstick for the council
 * counts. Public congress results: X (2006) 160+21, 14; XI (2011) 175+25, 14 (16 from 2013);
 * XII (2016) 180+20, 19; XIII (2021) 180+20, 18; XIV (2026-01) 180+20, 19.
 */
export const TERMS = [
  { term: "X", from: "2006-04-24", cc: 160, alternates: 21, politburo: 14 },
  { term: "XI", from: "2011-01-19", cc: 175, alternates: 25, politburo: 14 },
  { term: "XII", from: "2016-01-27", cc: 180, alternates: 20, politburo: 19 },
  { term: "XIII", from: "2021-01-31", cc: 180, alternates: 20, politburo: 18 },
  { term: "XIV", from: "2026-01-23", cc: 180, alternates: 20, politburo: 19 },
];

const termOn = (day) => [...TERMS].reverse().find((t) => t.from <= day);

/** A row is valid on `day` (ISO) when its possibly partial, possibly open bounds contain it. */
export const validOn = (from, to, day) => (!from || dateLow(from) <= day) && (!to || day <= dateHigh(to));

/**
 * Computes the coverage. `tables` maps "places" / "bodies" / "tenures" to TSV texts.
 * Returns `{ classes: [{ id, label, years: {year: {slots, filled, uncertain}}, gaps: [{unit, post, years}], counts? }] }`.
 */
export function coverage(tables) {
  const places = parseTsv(tables.places).rows;
  const bodies = parseTsv(tables.bodies).rows;
  const tenures = parseTsv(tables.tenures).rows;
  const placeName = new Map(places.map((p) => [p.id, p.name]));
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));

  const holders = (day, test) => tenures.filter((t) => test(t) && validOn(t.from, t.to, day));
  const classes = [];
  const newClass = (id, label) => {
    const c = { id, label, years: {}, gaps: [] };
    classes.push(c);
    return c;
  };
  // One slot per (unit, post, year); `units(day)` lists [unitId, unitLabel] valid on the day.
  const slotClass = (c, posts, units) => {
    const missing = new Map();
    for (const year of YEARS) {
      const day = `${year}-07-01`;
      const y = (c.years[year] ??= { slots: 0, filled: 0, uncertain: 0 });
      for (const [unit, unitLabel] of units(day)) {
        for (const [post, test] of posts) {
          y.slots++;
          const found = holders(day, (t) => test(t, unit));
          if (found.length === 0) {
            const key = `${unitLabel}\t${post}`;
            if (!missing.has(key)) missing.set(key, []);
            missing.get(key).push(year);
          } else {
            y.filled++;
            if (found.every((t) => t.uncertain)) y.uncertain++;
          }
        }
      }
    }
    for (const [key, years] of missing) {
      const [unit, post] = key.split("\t");
      c.gaps.push({ unit, post, years });
    }
    // Per unit, the posts in the order given (Bí thư, then UBND, then HĐND).
    const order = posts.map(([post]) => post);
    c.gaps.sort((a, b) => order.indexOf(a.post) - order.indexOf(b.post)); // stable: units keep their order
    return c;
  };
  const single = (label) => (day) => [[label, label]];
  const byTitle = (...titles) => (t) => titles.includes(t.title);
  const bodyHead = (titles) => (t, unit) => t.body === unit && titles.includes(t.title);

  // Provinces: the 63 (64 with Hà Tây before 2008-08-01) to 2025-06-30, the 34 from 2025-07-01.
  const provinceUnits = (day) =>
    places
      .filter((p) => p.id.startsWith("tinh:") && (p.type === "province" || p.type === "centrally-run-city"))
      .filter((p) => validOn(p.valid_from, p.valid_to, day))
      .map((p) => [p.id, p.name]);
  const provincePosts = [
    ["Bí thư", (t, unit) => t.place === unit && (t.title === "title:bi-thu-tinh-uy" || t.title === "title:bi-thu-thanh-uy" || (t.title === "title:bi-thu" && /^tpl:(tinh|thanh)-uy$/.test(t.body)))],
    ["Chủ tịch UBND", (t, unit) => t.place === unit && (t.title === "title:chu-tich-ubnd" || (t.title === "title:chu-tich" && t.body === "tpl:ubnd"))],
    ["Chủ tịch HĐND", (t, unit) => t.place === unit && (t.title === "title:chu-tich-hdnd" || (t.title === "title:chu-tich" && t.body === "tpl:hdnd"))],
  ];
  const before = (day) => day < "2025-07-01";
  const provinces = newClass("provinces", "Provinces: Bí thư, Chủ tịch UBND, Chủ tịch HĐND (63 to 2025-06-30, 34 from 2025-07-01)");
  slotClass(provinces, provincePosts, provinceUnits);
  for (const g of provinces.gaps) g.era = g.years.some((y) => before(`${y}-07-01`)) ? "63" : "34";

  // Party leadership: the single posts, and the heads of the central commissions of the day.
  const party = newClass("party", "Party: Tổng Bí thư, Thường trực Ban Bí thư, heads of the central commissions and office");
  slotClass(
    party,
    [["holder", (t, unit) => (unit.startsWith("title:") ? t.title === unit : t.body === unit && ["title:truong-ban", "title:chu-nhiem-ubkt-trung-uong", "title:chu-nhiem", "title:chanh-van-phong-trung-uong-dang", "title:chanh-van-phong"].includes(t.title))]],
    (day) => [
      ["title:tong-bi-thu", "Tổng Bí thư"],
      ["title:thuong-truc-ban-bi-thu", "Thường trực Ban Bí thư"],
      ...bodies
        .filter((b) => (b.type === "party-commission" || b.type === "party-office") && validOn(b.valid_from, b.valid_to, day))
        .map((b) => [b.id, b.name]),
    ],
  );

  // Councils: members on 1 July against the number elected.
  const councils = { id: "councils", label: "Politburo, Secretariat, Central Committee: members on 1 July (elected by the congress in brackets)", counts: {}, years: {}, gaps: [] };
  for (const year of YEARS) {
    const day = `${year}-07-01`;
    const term = termOn(day);
    const n = (title) => new Set(holders(day, byTitle(title)).map((t) => t.person)).size;
    councils.counts[year] = {
      term: term.term,
      politburo: [n("title:uy-vien-bo-chinh-tri"), term.politburo],
      secretariat: [n("title:bi-thu-trung-uong-dang"), null],
      cc: [n("title:uy-vien-trung-uong-dang"), term.cc],
      alternates: [n("title:uy-vien-du-khuyet-trung-uong-dang"), term.alternates],
    };
  }
  classes.push(councils);

  // Government: the Prime Minister and the head of every ministry and ministerial-level body of the day.
  const agencyHead = {
    "org:van-phong-chinh-phu": "title:chu-nhiem-van-phong-chinh-phu",
    "org:thanh-tra-chinh-phu": "title:tong-thanh-tra-chinh-phu",
    "org:ngan-hang-nha-nuoc": "title:thong-doc",
    "org:uy-ban-dan-toc": "title:chu-nhiem-uy-ban-dan-toc",
  };
  const government = newClass("government", "Government: Thủ tướng, Bộ trưởng of each ministry, head of each ministerial-level body");
  slotClass(
    government,
    [["head", (t, unit) => (unit === "org:chinh-phu" ? t.title === "title:thu-tuong" && t.body === unit : t.body === unit && (t.title === "title:bo-truong" || t.title === agencyHead[unit]))]],
    (day) => [
      ["org:chinh-phu", "Thủ tướng"],
      ...bodies
        .filter((b) => (b.type === "ministry" || (b.type === "ministerial-agency" && agencyHead[b.id])) && validOn(b.valid_from, b.valid_to, day))
        .map((b) => [b.id, b.name]),
    ],
  );

  // National Assembly: chair, secretary-general and the head of each committee of the day.
  const na = newClass("na", "National Assembly: Chủ tịch, Tổng Thư ký, chair of each committee");
  slotClass(
    na,
    [["head", (t, unit) => (unit.startsWith("title:") ? t.title === unit : t.body === unit && ["title:chu-nhiem", "title:chu-tich-hoi-dong-dan-toc", "title:truong-ban"].includes(t.title))]],
    (day) => [
      ["title:chu-tich-quoc-hoi", "Chủ tịch Quốc hội"],
      ["title:tong-thu-ky-quoc-hoi", "Tổng Thư ký Quốc hội"],
      ...bodies.filter((b) => b.type === "na-committee" && validOn(b.valid_from, b.valid_to, day)).map((b) => [b.id, b.name]),
    ],
  );

  // State, courts, oversight, Front and mass organisations.
  const heads = newClass("heads", "State, courts, procuracy, audit, Fatherland Front, mass organisations");
  const headPosts = [
    ["Chủ tịch nước", (t) => t.title === "title:chu-tich-nuoc"],
    ["Chánh án TANDTC", (t) => t.title === "title:chanh-an" && t.body === "org:toa-an-nhan-dan-toi-cao"],
    ["Viện trưởng VKSNDTC", (t) => t.title === "title:vien-truong" && t.body === "org:vien-kiem-sat-nhan-dan-toi-cao"],
    ["Tổng Kiểm toán Nhà nước", byTitle("title:tong-kiem-toan-nha-nuoc")],
    ["Chủ tịch UBTƯ MTTQ", byTitle("title:chu-tich-mttq")],
    ...["org:tong-lien-doan-lao-dong-viet-nam", "org:hoi-lien-hiep-phu-nu-viet-nam", "org:hoi-nong-dan-viet-nam", "org:hoi-cuu-chien-binh-viet-nam"].map((b) => [
      `Chủ tịch ${bodyName.get(b)}`,
      (t) => t.title === "title:chu-tich" && t.body === b,
    ]),
    ["Bí thư thứ nhất TƯ Đoàn", (t) => t.body === "org:doan-thanh-nien-cong-san-ho-chi-minh" && t.post.startsWith("Bí thư thứ nhất")],
  ];
  slotClass(heads, headPosts.map(([post, test]) => [post, test]), single("—"));

  const forces = newClass("forces", "Military and police: ministers, Chief of the General Staff, head of the General Political Department");
  slotClass(
    forces,
    [
      ["Bộ trưởng Bộ Quốc phòng", (t) => t.title === "title:bo-truong" && t.body === "org:bo-quoc-phong"],
      ["Bộ trưởng Bộ Công an", (t) => t.title === "title:bo-truong" && t.body === "org:bo-cong-an"],
      ["Tổng Tham mưu trưởng", byTitle("title:tong-tham-muu-truong")],
      ["Chủ nhiệm Tổng cục Chính trị", byTitle("title:chu-nhiem-tong-cuc-chinh-tri")],
    ],
    single("—"),
  );

  return { classes, placeName };
}

/** Compresses sorted years into ranges: [2006, 2007, 2008, 2011] → "2006–2008, 2011". */
export function yearRanges(years) {
  const out = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    out.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j;
  }
  return out.join(", ");
}

const pct = (a, b) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(0)}%`);

/** The report as markdown. */
export function formatCoverage({ classes }) {
  const lines = [];
  lines.push("# Coverage of the built-in officials (issue 10)");
  lines.push("");
  lines.push("Written by `node benchmarks/coverage.mjs --write` from data/places.tsv, data/bodies.tsv and");
  lines.push("data/tenures.tsv. A slot is a post that existed on 1 July of the year (the provinces and");
  lines.push("ministries of that day); it is filled when a tenure covers that day (a partial date such as");
  lines.push("`2016` or `2016-04` counts with its widest reading). `unc.` = filled only by rows marked `uncertain`.");
  lines.push("");
  lines.push("## Summary (filled slots / slots, 2006–2026)");
  lines.push("");
  lines.push("| class | filled | slots | share | of which uncertain only |");
  lines.push("|---|---:|---:|---:|---:|");
  const slotClasses = classes.filter((c) => !c.counts);
  for (const c of slotClasses) {
    const t = Object.values(c.years).reduce((a, y) => ({ slots: a.slots + y.slots, filled: a.filled + y.filled, uncertain: a.uncertain + y.uncertain }), { slots: 0, filled: 0, uncertain: 0 });
    lines.push(`| ${c.label} | ${t.filled} | ${t.slots} | ${pct(t.filled, t.slots)} | ${t.uncertain} |`);
  }
  lines.push("");
  lines.push("## Per year (filled / slots on 1 July)");
  lines.push("");
  lines.push(`| class | ${YEARS.join(" | ")} |`);
  lines.push(`|---|${YEARS.map(() => "---:").join("|")}|`);
  for (const c of slotClasses) lines.push(`| ${c.id} | ${YEARS.map((y) => `${c.years[y].filled}/${c.years[y].slots}`).join(" | ")} |`);
  const councils = classes.find((c) => c.counts);
  lines.push("");
  lines.push(`## ${councils.label}`);
  lines.push("");
  lines.push(`| | ${YEARS.join(" | ")} |`);
  lines.push(`|---|${YEARS.map(() => "---:").join("|")}|`);
  lines.push(`| term | ${YEARS.map((y) => councils.counts[y].term).join(" | ")} |`);
  for (const [k, label] of [["politburo", "Politburo"], ["secretariat", "Secretariat"], ["cc", "CC full"], ["alternates", "CC alternate"]]) {
    lines.push(`| ${label} | ${YEARS.map((y) => { const [n, of] = councils.counts[y][k]; return of === null ? `${n}` : `${n} (${of})`; }).join(" | ")} |`);
  }
  lines.push("");
  lines.push("A count above the elected number comes from members added during the term and from year-level");
  lines.push("end dates read widely (a member who left in `2006` still counts on 2006-07-01); one below it is");
  lines.push("members the data lacks (the XII and XIII full-member lists were not in the copies read).");
  lines.push("");
  lines.push("## Gaps (posts with no holder on 1 July of the years listed)");
  for (const c of slotClasses) {
    lines.push("");
    lines.push(`### ${c.label}`);
    lines.push("");
    if (c.gaps.length === 0) {
      lines.push("None.");
      continue;
    }
    const byUnit = new Map();
    for (const g of c.gaps) {
      if (!byUnit.has(g.unit)) byUnit.set(g.unit, []);
      byUnit.get(g.unit).push(`${g.post === "holder" || g.post === "head" ? "" : `${g.post}: `}${yearRanges(g.years)}`);
    }
    for (const [unit, parts] of [...byUnit].sort((a, b) => a[0].localeCompare(b[0], "vi"))) lines.push(`- ${unit === "—" ? "" : `${unit}: `}${parts.join("; ")}`);
  }
  lines.push("");
  return lines.join("\n");
}

/** The summary lines for README's knowledge section: class, share 2006–2026. */
export function summaryRows({ classes }) {
  return classes
    .filter((c) => !c.counts)
    .map((c) => {
      const t = Object.values(c.years).reduce((a, y) => ({ slots: a.slots + y.slots, filled: a.filled + y.filled }), { slots: 0, filled: 0 });
      return { id: c.id, label: c.label, filled: t.filled, slots: t.slots };
    });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = new URL("../", import.meta.url);
  const read = (f) => readFileSync(new URL(`data/${f}.tsv`, root), "utf8");
  const result = coverage({ places: read("places"), bodies: read("bodies"), tenures: read("tenures") });
  const md = formatCoverage(result);
  if (process.argv.includes("--write")) writeFileSync(new URL("benchmarks/results/coverage.md", root), md);
  process.stdout.write(md);
}
