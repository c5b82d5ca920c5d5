// The packed generated tables: the encoder (scripts/lib/pack.mjs) and the decoder
// (src/data/packed.ts) agree on any input, and each packed table decodes to what its source in
// data/ says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as pack from "../scripts/lib/pack.mjs";
import * as unpack from "../src/data/packed.js";
import { isWordPairOf } from "../src/data/word-pairs.js";

const dataDir = join(__dirname, "..", "data");
const line = fc.string({ unit: "grapheme", maxLength: 12 }).filter((s) => !s.includes("\n"));

describe("packing round-trips", () => {
  it("non-negative integers", () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 2 ** 40 })), (vs) => { expect(unpack.uints(pack.uints(vs))).toEqual(vs); }));
    expect(pack.uint(45)).toHaveLength(1);
    expect(pack.uint(46)).toHaveLength(2);
  });
  it("signed differences", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (vs) => { expect(unpack.deltas(pack.deltas(vs))).toEqual(vs); }));
  });
  it("dictionary columns", () => {
    fc.assert(fc.property(fc.array(line), (vs) => { const d = pack.dictionary(vs); expect(unpack.dictionary(d.values, d.rows).slice(0, vs.length)).toEqual(vs); }));
  });
  it("front-coded lists (sorted or not)", () => {
    fc.assert(fc.property(fc.array(line), (vs) => { expect(unpack.frontCoded(pack.frontCoded(vs))).toEqual(vs); }));
    fc.assert(fc.property(fc.array(line), (vs) => { const s = [...vs].sort(); expect(unpack.frontCoded(pack.frontCoded(s))).toEqual(s); }));
  });
  it("packs to printable ASCII without quote or backslash", () => {
    fc.assert(fc.property(fc.array(fc.nat()), (vs) => { expect(pack.uints(vs)).toMatch(/^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/); }));
  });
});

describe("two-syllable words (packed from data/lexicon/words-viet74k.txt)", () => {
  const words = readFileSync(join(dataDir, "lexicon", "words-viet74k.txt"), "utf8").normalize("NFC").split("\n")
    .filter((w) => !w.startsWith("#")).map((w) => w.trim().toLowerCase().split(" ")).filter((p) => p.length === 2 && p[0] && p[1]) as [string, string][];
  const listed = new Set(words.map((p) => p.join(" ")));
  it("holds every two-syllable word of the list", () => {
    expect(words.length).toBeGreaterThan(40_000);
    expect(words.filter(([a, b]) => !isWordPairOf(a, b))).toEqual([]);
  });
  it("holds no other pair: reversed words, words of the list's syllables that are not in it", () => {
    const others = words.map(([a, b]) => [b, a] as [string, string]).concat(words.slice(1).map(([a], i) => [a, words[i]![0]] as [string, string]))
      .filter((p) => !listed.has(p.join(" ")));
    expect(others.length).toBeGreaterThan(40_000);
    expect(others.filter(([a, b]) => isWordPairOf(a, b))).toEqual([]);
    expect(isWordPairOf("cao", "su")).toBe(true);
    expect(isWordPairOf("Cao", "su")).toBe(false);
    expect(isWordPairOf("xyz", "su")).toBe(false);
  });
});
