import { describe, expect, it } from "vitest";
import { mayNest, resolveOverlaps } from "../../src/resolve/overlaps.js";
import type { Candidate } from "../../src/pipeline/types.js";

const c = (type: Candidate["type"], start: number, end: number, priority = 1, rule = `${type.toLowerCase()}/test`): Candidate => ({ type, start, end, priority, rule });
const show = (cs: Candidate[]) => cs.map((x) => `${x.type}:${x.start}-${x.end}:${x.rule}`);

describe("overlap policy (src/resolve/overlaps.ts)", () => {
  it("keeps the longest of overlapping candidates", () => {
    expect(show(resolveOverlaps([c("ORG", 0, 10), c("ORG", 0, 20), c("PERSON", 15, 25)]))).toEqual(["ORG:0-20:org/test"]);
  });
  it("breaks a tie in length by priority (gazetteer over pattern)", () => {
    expect(show(resolveOverlaps([c("LOC", 0, 8, 1, "loc/unit"), c("ORG", 0, 8, 2, "gazetteer:x")]))).toEqual(["ORG:0-8:gazetteer:x"]);
  });
  it("breaks a tie in length and priority by the earlier start, then the proposal order", () => {
    expect(show(resolveOverlaps([c("PERSON", 5, 10), c("LOC", 0, 5), c("ORG", 3, 8)]))).toEqual(["LOC:0-5:loc/test", "PERSON:5-10:person/test"]);
    expect(show(resolveOverlaps([c("PERSON", 0, 5, 1, "first"), c("LOC", 0, 5, 1, "second")]))).toEqual(["PERSON:0-5:first"]);
  });
  it("collapses exact duplicates into the one with the highest priority", () => {
    expect(show(resolveOverlaps([c("LOC", 0, 5, 1, "loc/a"), c("LOC", 0, 5, 2, "gazetteer:b")]))).toEqual(["LOC:0-5:gazetteer:b"]);
  });
  it("lets a LOC nest inside a ROLE or an ORG, outer first", () => {
    expect(show(resolveOverlaps([c("LOC", 15, 22), c("ROLE", 0, 22)]))).toEqual(["ROLE:0-22:role/test", "LOC:15-22:loc/test"]);
    expect(show(resolveOverlaps([c("ORG", 0, 22), c("LOC", 8, 15)]))).toEqual(["ORG:0-22:org/test", "LOC:8-15:loc/test"]);
  });
  it("nests nothing else: an ORG or PERSON inside a ROLE is dropped, a LOC inside a LOC too", () => {
    expect(show(resolveOverlaps([c("ROLE", 0, 30), c("ORG", 10, 30), c("PERSON", 0, 5)]))).toEqual(["ROLE:0-30:role/test"]);
    expect(show(resolveOverlaps([c("LOC", 0, 30), c("LOC", 10, 20)]))).toEqual(["LOC:0-30:loc/test"]);
    expect(show(resolveOverlaps([c("PERSON", 0, 30), c("LOC", 10, 20)]))).toEqual(["PERSON:0-30:person/test"]);
  });
  it("mayNest: only LOC inside ROLE/ORG, strictly shorter", () => {
    expect(mayNest(c("ROLE", 0, 10), c("LOC", 2, 10))).toBe(true);
    expect(mayNest(c("ROLE", 0, 10), c("LOC", 0, 10))).toBe(false);
    expect(mayNest(c("ROLE", 0, 10), c("ORG", 2, 10))).toBe(false);
    expect(mayNest(c("LOC", 0, 10), c("LOC", 2, 8))).toBe(false);
  });
  it("drops empty spans and keeps chains of non-overlapping spans", () => {
    expect(show(resolveOverlaps([c("LOC", 3, 3), c("PERSON", 0, 5), c("ROLE", 5, 9)]))).toEqual(["PERSON:0-5:person/test", "ROLE:5-9:role/test"]);
  });
});
