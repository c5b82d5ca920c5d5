// PERSON linking on the dev gold (issue 10), measured by benchmarks/refs.mjs: no implausible ref
// (name or career that does not fit), and the share of office-holders' mentions linked kept.
import { describe, expect, it } from "vitest";
import { articleDates, devSystem } from "../../benchmarks/dev-eval.mjs";
import { refGroups } from "../../benchmarks/refs.mjs";
import { defaultGazetteer, extract } from "../../src/index.js";

const { gold, sys } = devSystem(extract);
const groups = refGroups(gold, sys, defaultGazetteer, articleDates());

// Floors just under what the linker reaches now (all 0.596, first 31 0.648, new 24 0.522: the
// data of 2026-12-03's second pass, with standing deputies, `nguyên` lists and posts the data lacks
// within a known career linked, plus the officials harvested from the magizbox/scraper and
// nguyenvulebinh/trends crawls), so a change that loses links fails. Issue 10's target is 0.90.
const LINKED_FLOORS: Record<string, number> = { all: 0.59, first31: 0.642, new24: 0.515 };

describe("PERSON refs on the dev gold", () => {
  it("gives no ref whose person's name or known career does not fit the mention and the article's date", () => {
    expect(groups.all!.violationList).toEqual([]);
  });
  for (const [id, floor] of Object.entries(LINKED_FLOORS)) {
    it(`links at least ${floor} of the mentions of office-holders (${id})`, () => {
      expect(groups[id]!.share).toBeGreaterThanOrEqual(floor);
    });
  }
});
