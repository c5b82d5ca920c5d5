// Regression test on the dev gold (benchmarks/corpus/dev, 55 articles), scored by the reference
// scorer's copy. `npm run bench` prints the full table, per article group too.
import { describe, expect, it } from "vitest";
import { devSystem, scoreGroups } from "../../benchmarks/dev-eval.mjs";
import { score } from "../../benchmarks/score.mjs";
import { extract } from "../../src/index.js";

const { gold, sys } = devSystem(extract);
const { rows } = score(gold, sys);
const groups = scoreGroups(gold, sys, score);

type Floors = Record<string, { f1: number; value?: number }>;
// Regression floors on all 55 articles: just under what the code scores now, so a change that
// loses accuracy fails. Issue #9's targets (PERSON .96, ROLE .93, ORG .88, LOC .95, DATE .95,
// MONEY .97, HOLDS .92) replace them as they are reached.
const FLOORS: Floors = {
  // Issue 9, names without cues (capitals, foreign names by context, kinship cues): 97.4 -> 97.9.
  // Issue 9, foreign and Chinese names (accented hyphenated names, Hán-Việt family names in articles
  // about China, a post and a foreign province before a name), closing bylines, oceans: 97.9 -> 98.7.
  PERSON: { f1: 0.984 },
  // Issue 9, ROLE and ORG spans of unseen news (syllables of a word inside a body's name, regions
  // in a name, Đảng ủy/Đảng bộ with a name, the Youth Union): ROLE 93.5 -> 93.8, ORG 91.5 -> 91.6.
  // Issue 9, the long tail of posts (a minister's title with the ministry's field, armed services,
  // groups of deputies, `đại biểu` before a named deputy, `phụ trách`): ROLE 93.8 -> 94.5.
  // Issue 9, bodies to their full extent (lists of fields closed by their parent, số N, dashed
  // parents, departments of schools, purpose names, regions, offices of two bodies): ROLE 94.5 ->
  // 95.6, ORG 91.7 -> 93.0.
  ROLE: { f1: 0.953 },
  ORG: { f1: 0.927 },
  // Issue 9, oceans, seas, world regions and two regions joined by a dash, places listed bare after
  // a commune's or ward's, the look-alike eth read as Đ, a number glued to a landmark: 97.2 -> 97.8.
  LOC: { f1: 0.975 },
  MONEY: { f1: 0.97, value: 0.97 },
  // Issue 9, DATE values: with the article's date known, a year or month alone in the sentence before no
  // longer overrides it (GUIDELINES: only a full date the expression refers back to): 94.97 -> 95.2.
  DATE: { f1: 0.983, value: 0.95 },
  // Issue 9, HOLDS linking of career and apposition prose: 86.6 (main with the ROLE span work) -> 87.8;
  // lists of posts far from their holder, chains over a body's unfound rest and a bare space: 88.2
  // (main with the merged ROLE spans) -> 89.9; lists sharing a post, wrong holders of far predicates,
  // subjectless career sentences, career lists over places and ranks: 89.9 -> 90.3.
  // Names found after a post ending in its city's `TP`, Chinese names set off by their posts: 89.9 -> 90.2.
  // The long tail of posts: 89.9 -> 90.8. All three merged: 91.4.
  // Bodies to their full extent, so a post's span is its whole body's: 91.4 -> 93.0.
  HOLDS: { f1: 0.927 },
};
// The first 31 articles keep the floors the earlier issues set, except DATE values: without an
// article date the guidelines keep `X` for a year the text does not fix, and 089–112 are annotated
// so; some older values (034, 046, 049, 058, 061, 064) were annotated with an inferred year, which
// the code no longer guesses (97.0 -> 92.2 here, new 24: 91.4 -> 98.8).
const FIRST31_FLOORS: Floors = {
  // Issue 9, names in capitals and credit and cue guards: 99.3 -> 99.7.
  // Issue 9, a byline before its dateline, oceans no longer a name: 99.7 -> 99.9.
  PERSON: { f1: 0.996 },
  // Issue 9, groups of deputies (`Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam`): 97.7 -> 97.9.
  ROLE: { f1: 0.976 },
  // Issue 9, bodies to their full extent (a group of deputies' name, a region, Bộ KHCN): 94.1 -> 95.6.
  ORG: { f1: 0.953 },
  // Issue 9, two regions joined by a dash (`Đông Á - Thái Bình Dương`), sibling places, `Ð`: 97.6 -> 97.9.
  LOC: { f1: 0.976 },
  MONEY: { f1: 0.95, value: 0.97 },
  DATE: { f1: 0.997, value: 0.918 },
  // Issue 9, HOLDS linking: 96.1 -> 97.2; the long tail of posts: 97.3.
  HOLDS: { f1: 0.970 },
};

function check(r: { strict: { f1: number }; valueAcc?: number | null }, floor: { f1: number; value?: number }) {
  expect(r.strict.f1).toBeGreaterThanOrEqual(floor.f1);
  if (floor.value !== undefined) expect(r.valueAcc).toBeGreaterThanOrEqual(floor.value);
}

describe("accuracy on the dev gold", () => {
  it("scores all 55 dev articles, 31 + 24 in the two groups", () => {
    expect(gold).toHaveLength(55);
    expect(groups.first31!.articles).toBe(31);
    expect(groups.new24!.articles).toBe(24);
  });
  it.each(Object.entries(FLOORS))("%s stays at or above its floor on all 55", (type, floor) => {
    const r = rows[type]!;
    const g = Object.values(groups).map((x) => `${x.label} ${(100 * x.rows[type]!.strict.f1).toFixed(1)}`).join(", ");
    console.log(`${type}: strict F1 ${(100 * r.strict.f1).toFixed(1)}${r.valueAcc != null ? `, value ${(100 * r.valueAcc).toFixed(1)}` : ""} (${g})`);
    check(r, floor);
  });
  it.each(Object.entries(FIRST31_FLOORS))("%s stays at or above its floor on the first 31", (type, floor) => {
    check(groups.first31!.rows[type]!, floor);
  });
});
