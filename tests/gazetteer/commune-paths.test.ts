// The gazetteer's tries, built from precompiled forms, with the communes' unit-word paths added per
// first syllable when a document first writes one after a unit word: what a document finds must not
// depend on which documents came before, nor on when the communes were loaded.
import { describe, expect, it } from "vitest";
import { createGazetteer } from "../../src/gazetteer/index.js";
import { normalize } from "../../src/normalize/index.js";
import { tokenize } from "../../src/tokenize/index.js";

const tokensOf = (text: string) => tokenize(normalize(text).text).tokens;
const COMMUNE_TYPES = new Set(["commune", "ward", "township", "special-zone"]);

describe("commune paths added on demand", () => {
  const doc = "Xã Tân Lập, thị trấn Chi Nê và phường Bến Nghé; Phường 1, xã Tân Lập của huyện Hoài Ân.";
  const other = "Ông An về thăm xã Mỹ Lộc và phường Hàng Bạc.";
  const ids = (gz: ReturnType<typeof createGazetteer>, text: string) => gz.matchTokens(tokensOf(text)).map((m) => `${m.start}-${m.end}:${m.entries.map((e) => e.id).join(",")}`);

  it("give the same matches whatever was walked or loaded before", () => {
    const alone = ids(createGazetteer(), doc);
    const after = createGazetteer();
    ids(after, other);
    const loadedFirst = createGazetteer();
    loadedFirst.all();
    expect(alone.some((m) => m.includes("xa"))).toBe(true);
    expect(ids(after, doc)).toEqual(alone);
    expect(ids(loadedFirst, doc)).toEqual(alone);
    // Asking again after other documents added other paths changes nothing.
    ids(after, "phường Tân Lập, xã Hòa Bình, thị trấn Tân Lập");
    expect(ids(after, doc)).toEqual(alone);
  });

  it("find every commune-level unit of the name after its unit word, in table order", () => {
    const gz = createGazetteer();
    const match = gz.matchTokens(tokensOf("xã Tân Lập")).find((m) => m.first === 0)!;
    const expected = gz.all().filter((e) => e.kind === "place" && COMMUNE_TYPES.has(e.type) && e.name === "Tân Lập").map((e) => e.id);
    expect(expected.length).toBeGreaterThan(5);
    expect(match.entries.map((e) => e.id)).toEqual(expected);
  });
});
