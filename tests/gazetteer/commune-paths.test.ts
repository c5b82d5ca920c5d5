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

  it("find names of one, two and more syllables, and stop at a line break, as with every commune loaded", () => {
    // Paths join the unit trie by their first two syllables: a one-syllable name, a name cut by
    // a line break and a longer name must still be found, in either order of documents.
    const texts = ["phường Bưởi và thị trấn Phùng", "phường Văn Miếu - Quốc Tử Giám, phường Trần Hưng Đạo", "xã Tân\nLập và xã Tân Lập", "phường Dịch Vọng Hậu; phường Dịch\nVọng"];
    const loaded = createGazetteer();
    loaded.all();
    const expected = texts.map((t) => ids(loaded, t));
    expect(expected.every((m) => m.some((x) => x.includes(":xa")))).toBe(true);
    const forward = createGazetteer(), backward = createGazetteer();
    expect(texts.map((t) => ids(forward, t))).toEqual(expected);
    expect(texts.slice().reverse().map((t) => ids(backward, t)).reverse()).toEqual(expected);
  });

  it("hand out one frozen entry per commune, whichever way it is reached", () => {
    const gz = createGazetteer();
    const m = gz.matchTokens(tokensOf("xã Tân Lập")).find((x) => x.first === 0)!;
    const e = m.entries[0]!;
    expect(Object.isFrozen(e)).toBe(true);
    expect(gz.get(e.id)).toBe(e);
    expect(gz.lookup(`xã ${e.name}`)).toContain(e);
    expect(gz.all().find((x) => x.id === e.id)).toBe(e);
    // An entry reached by id first is the one a later match gives.
    const byId = createGazetteer();
    const first = byId.get(e.id)!;
    expect(byId.matchTokens(tokensOf("xã Tân Lập")).find((x) => x.first === 0)!.entries).toContain(first);
    expect(byId.get("xa:99999")).toBeUndefined();
    expect(byId.get("xa2025:1")).toBeUndefined();
  });

  it("leave out the communes a user entry replaces, in matches, ids and the list", () => {
    const bundled = createGazetteer().matchTokens(tokensOf("xã Tân Lập")).find((x) => x.first === 0)!.entries;
    const replaced = bundled[1]!;
    const mine = createGazetteer({ entries: [{ id: replaced.id, kind: "place", type: "commune", name: "Tân Lập Mới" }] });
    const got = mine.matchTokens(tokensOf("xã Tân Lập")).find((x) => x.first === 0)!.entries.map((e) => e.id);
    expect(got).toEqual(bundled.filter((e) => e !== replaced).map((e) => e.id));
    expect(mine.get(replaced.id)?.name).toBe("Tân Lập Mới");
    expect(mine.get(bundled[2]!.id)?.name).toBe("Tân Lập");
    expect(mine.all().filter((e) => e.id === replaced.id)).toHaveLength(1);
  });
});
