#!/usr/bin/env node
// Candidate duplicate people in data/people.tsv (issue 10): one person must have one id, but the
// imports joined rows by exact name, so the same official can come in twice under spellings that
// differ only by the i/y of a syllable (`Huỳnh Văn Tý` / `Huỳnh Văn Tí`) or by a trailing part
// (a nickname or alias written after the name: `Trương Hòa Bình Sáu Đạt`). Two ids are a
// candidate pair when their names (or aliases) match that way AND the careers touch: a tenure of
// each in the same body or the same place that overlap or lie within a year of each other, or
// the same birth year, or (equal names) one career's posts ending within a year before the other's
// begin, as a transfer does. Same name ≠ same person: the list is for review against the rows' sources;
// pairs reviewed as namesakes are listed in benchmarks/namesakes-reviewed.tsv and reported apart.
//
//   node benchmarks/duplicates.mjs          print the unreviewed candidates (exit 1 if any)
//   node benchmarks/duplicates.mjs --all    also print the reviewed namesakes
//
// Only the repository's own data/*.tsv is read.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseTsv, dateLow, dateHigh } from "../scripts/build-data.mjs";

/** Bodies every member of which is one of hundreds (a shared seat there says little alone). */
const CROWDED_BODIES = new Set(["org:quoc-hoi", "org:ban-chap-hanh-trung-uong"]);
const ADJACENT_DAYS = 366;

// A syllable whose rhyme is a lone i or y after a consonant onset is spelled either way
// (Tý/Tí, Kỷ/Kỉ, Lý/Lí, Mỹ/Mĩ); `uy`, `ay`, `qui` and the like are other rhymes and stay.
const I_OR_Y = { y: "i", ý: "í", ỳ: "ì", ỷ: "ỉ", ỹ: "ĩ", ỵ: "ị" };
const ONSETS = ["b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x"];
const ONSET_SET = new Set(ONSETS);

/** One syllable with a lone-y rhyme respelled with i (`Tý` → `Tí`), others unchanged (lower case). */
export function syllableKey(syllable) {
  const s = syllable.normalize("NFC").toLowerCase();
  const last = s.at(-1);
  if (last === undefined) return s;
  const onset = s.slice(0, -1);
  const asI = I_OR_Y[last];
  if (asI && (onset === "" || ONSET_SET.has(onset))) return onset + asI;
  return s;
}

/** The syllables of a name, each in its i/y-neutral form. */
export const nameKey = (name) => name.trim().split(/\s+/).filter(Boolean).map(syllableKey);

/**
 * How two names match: "equal", "i/y" (equal once lone-y rhymes are spelled with i), "suffix"
 * (one name is the other plus trailing syllables, the shorter of at least three), or null.
 */
export function nameMatch(a, b) {
  if (a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase()) return "equal";
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka.join(" ") === kb.join(" ")) return "i/y";
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.length >= 3 && long.length > short.length && short.every((s, i) => s === long[i])) return "suffix";
  return null;
}

const daysBetween = (a, b) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
/** Gap in days between two tenures (negative or 0 = they overlap); open ends run to the horizon. */
function gapDays(s, t) {
  const sFrom = s.from ? dateLow(s.from) : "1900-01-01";
  const tFrom = t.from ? dateLow(t.from) : "1900-01-01";
  const sTo = s.to ? dateHigh(s.to) : "2100-12-31";
  const tTo = t.to ? dateHigh(t.to) : "2100-12-31";
  const later = sFrom > tFrom ? sFrom : tFrom;
  const earlier = sTo < tTo ? sTo : tTo;
  return daysBetween(earlier, later);
}

/** What the two careers share: [reason, tenure of a, tenure of b] or null. */
function careerContact(ta, tb) {
  for (const s of ta)
    for (const t of tb) {
      // A template body (`tpl:ubnd`) is a kind of body, one per place: the place decides.
      const sameBody = s.body && s.body === t.body && !s.body.startsWith("tpl:") && !CROWDED_BODIES.has(s.body);
      const samePlace = s.place && s.place === t.place;
      const sameCrowdedSeat = s.body && s.body === t.body && CROWDED_BODIES.has(s.body) && s.title === t.title;
      if (!sameBody && !samePlace && !sameCrowdedSeat) continue;
      if (gapDays(s, t) > ADJACENT_DAYS) continue;
      const where = samePlace ? s.place : s.body;
      return [`${gapDays(s, t) <= 0 ? "overlapping" : "adjacent"} tenures in ${where}`, s, t];
    }
  return null;
}

/** "one career follows the other" when every post of one ends before the other's first starts, within a year. */
function successiveCareers(tenuresA, tenuresB) {
  // Seats in the crowded bodies (Central Committee, Assembly) run alongside the posts: left out.
  const posts = (ts) => ts.filter((t) => !CROWDED_BODIES.has(t.body));
  const [ta, tb] = [posts(tenuresA), posts(tenuresB)];
  if (!ta.length || !tb.length) return null;
  const span = (ts) => [ts.map((t) => (t.from ? dateLow(t.from) : "1900-01-01")).sort()[0], ts.map((t) => (t.to ? dateHigh(t.to) : "2100-12-31")).sort().at(-1)];
  const [a, b] = [span(ta), span(tb)];
  const [first, second] = a[0] <= b[0] ? [a, b] : [b, a];
  const gap = daysBetween(first[1], second[0]);
  return gap >= 0 && gap <= ADJACENT_DAYS ? `one career follows the other (${first[1]} → ${second[0]})` : null;
}

/**
 * Candidate duplicate pairs. `tables` maps "people" and "tenures" to TSV texts; `reviewed` (optional)
 * is the namesakes table's TSV text (`a, b, reason, source`). Returns `{ candidates, reviewed }`, each a
 * list of `{ a, b, names: [nameA, nameB], match, why: string[] }` (a < b).
 */
export function duplicateCandidates(tables, reviewedText = "") {
  const people = parseTsv(tables.people).rows;
  const tenures = parseTsv(tables.tenures).rows;
  const byPerson = new Map();
  for (const t of tenures) {
    if (!byPerson.has(t.person)) byPerson.set(t.person, []);
    byPerson.get(t.person).push(t);
  }
  const namesOf = (p) => [p.name, ...(p.aliases ? p.aliases.split("|") : [])].map((n) => n.trim()).filter(Boolean);
  // Index by the first three i/y-neutral syllables (or fewer for a short name): every equal, i/y or
  // suffix match shares that prefix, so only people in one bucket are compared.
  const buckets = new Map();
  people.forEach((p, i) => {
    for (const n of namesOf(p)) {
      const key = nameKey(n).slice(0, 3).join(" ");
      if (!buckets.has(key)) buckets.set(key, new Set());
      buckets.get(key).add(i);
    }
  });
  const reviewedPairs = new Set(
    reviewedText ? parseTsv(reviewedText).rows.map((r) => [r.a, r.b].sort().join(" ")) : [],
  );
  const seen = new Set();
  const candidates = [];
  const reviewed = [];
  for (const members of buckets.values()) {
    const list = [...members];
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [p, q] = [people[list[x]], people[list[y]]].sort((m, n) => (m.id < n.id ? -1 : 1));
        const pairKey = `${p.id} ${q.id}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        let match = null;
        let names = null;
        for (const m of namesOf(p))
          for (const n of namesOf(q)) {
            const how = nameMatch(m, n);
            if (how && !match) [match, names] = [how, [m, n]];
          }
        if (!match) continue;
        const why = [];
        if (p.born && q.born && p.born.slice(0, 4) === q.born.slice(0, 4)) why.push(`both born ${p.born.slice(0, 4)}`);
        const contact = careerContact(byPerson.get(p.id) ?? [], byPerson.get(q.id) ?? []);
        if (contact) why.push(`${contact[0]} (${contact[1].post} ${contact[1].from}–${contact[1].to} / ${contact[2].post} ${contact[2].from}–${contact[2].to})`);
        // One career ending shortly before the other begins, anywhere: a transfer (a general sent
        // to lead a province) looks like this; two namesakes rarely hand over to each other.
        const follows = match !== "suffix" && !contact && successiveCareers(byPerson.get(p.id) ?? [], byPerson.get(q.id) ?? []);
        if (follows) why.push(follows);
        if (!why.length) continue;
        (reviewedPairs.has(pairKey) ? reviewed : candidates).push({ a: p.id, b: q.id, names, match, why });
      }
  }
  const order = (m, n) => (m.a < n.a ? -1 : m.a > n.a ? 1 : m.b < n.b ? -1 : 1);
  return { candidates: candidates.sort(order), reviewed: reviewed.sort(order) };
}

export function formatCandidates(list) {
  return list.map((c) => `${c.a}  ${c.b}  [${c.match}: ${c.names.join(" / ")}]  ${c.why.join("; ")}`).join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const read = (f) => readFileSync(new URL(`../data/${f}`, import.meta.url), "utf8");
  const { candidates, reviewed } = duplicateCandidates(
    { people: read("people.tsv"), tenures: read("tenures.tsv") },
    readFileSync(new URL("namesakes-reviewed.tsv", import.meta.url), "utf8"),
  );
  console.log(`${candidates.length} unreviewed candidate duplicate pair(s)`);
  if (candidates.length) console.log(formatCandidates(candidates));
  if (process.argv.includes("--all")) {
    console.log(`\n${reviewed.length} pair(s) reviewed as namesakes (benchmarks/namesakes-reviewed.tsv)`);
    if (reviewed.length) console.log(formatCandidates(reviewed));
  }
  process.exitCode = candidates.length ? 1 : 0;
}
