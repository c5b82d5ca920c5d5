// The packed generated tables: the encoder (scripts/lib/pack.mjs) and the decoder
// (src/data/packed.ts) agree on any input, and each packed table decodes to what its source in
// data/ says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as pack from "../../scripts/lib/pack.mjs";
import * as unpack from "../../src/data/packed.js";
import { isWordPairOf } from "../../src/data/word-pairs.js";

const dataDir = join(__dirname, "..", "..", "data");
const line = fc.string({ unit: "grapheme", maxLength: 12 }).filter((s) => !s.includes("\n"));

describe("packing round-trips", () => {
  it("non-negative integers", () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 2 ** 40 })), (vs) => { expect(unpack.uints(pack.uints(vs))).toEqual(vs); }));
    expect(pack.uint(45)).toHaveLength(1);
    expect(pack.uint(46)).toHaveLength(2);
  });
  it("range-coded differences and dictionary columns", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -5e8, max: 5e8 })), (vs) => { expect(unpack.codedDeltas(pack.codedDeltas(vs))).toEqual(vs); }));
    fc.assert(fc.property(fc.array(line), fc.integer({ min: 1, max: 3 }), (vs, lanes) => {
      const d = pack.codedDictionary(vs, lanes);
      expect(unpack.codedDictionary(d.values, d.rows, vs.length, lanes)).toEqual(vs);
      const s = [...vs].sort(), sd = pack.codedSortedDictionary(s, lanes);
      expect(unpack.codedSortedDictionary(sd.values, sd.rows, s.length, lanes)).toEqual(s);
    }));
  });
  it("front-coded lists (sorted or not)", () => {
    fc.assert(fc.property(fc.array(line), (vs) => { expect(unpack.frontCoded(pack.frontCoded(vs))).toEqual(vs); }));
    fc.assert(fc.property(fc.array(line), (vs) => { const s = [...vs].sort(); expect(unpack.frontCoded(pack.frontCoded(s))).toEqual(s); }));
  });
  it("range-coded numbers, in contexts", () => {
    const entry = fc.record({ ctx: fc.nat({ max: 3 }), v: fc.oneof(fc.nat({ max: 40 }), fc.nat({ max: 2 ** 31 - 2 })) });
    fc.assert(fc.property(fc.array(entry, { maxLength: 300 }), fc.nat({ max: 14 }), (vs, lowBits) => {
      const enc = new pack.RangeEncoder(), model = new pack.UintModel(4, lowBits);
      for (const { ctx, v } of vs) model.encode(enc, ctx, v);
      const text = enc.finish();
      expect(text).toMatch(/^[A-Za-z0-9+/]*$/);
      const dec = new unpack.RangeDecoder(text), back = new unpack.UintModel(4, lowBits);
      expect(vs.map(({ ctx }) => back.decode(dec, ctx))).toEqual(vs.map(({ v }) => v));
    }));
    // Several models over one stream, each with its own trees (a model's trees start as one shared empty tree).
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 5000 })), { maxLength: 200 }), (vs) => {
      const enc = new pack.RangeEncoder(), models = [new pack.UintModel(1, 12), new pack.UintModel(2, 2), new pack.UintModel(1, 0)];
      for (const [m, v] of vs) models[m]!.encode(enc, m === 1 ? v & 1 : 0, v);
      const dec = new unpack.RangeDecoder(enc.finish()), back = [new unpack.UintModel(1, 12), new unpack.UintModel(2, 2), new unpack.UintModel(1, 0)];
      expect(vs.map(([m, v]) => back[m]!.decode(dec, m === 1 ? v & 1 : 0))).toEqual(vs.map(([, v]) => v));
    }));
    // Rare bits after long runs of the likely one: the range can fall low enough to take in two digits.
    const bits = Array.from({ length: 20_000 }, (_, k) => (k % 997 === 996 || k % 1499 === 1498 ? 1 : 0));
    const bitEnc = new pack.RangeEncoder(), probs = new Uint16Array(1).fill(1024);
    for (const b of bits) bitEnc.bit(probs, 0, b);
    const bitDec = new unpack.RangeDecoder(bitEnc.finish()), back = new Uint16Array(1).fill(1024);
    expect(bits.map(() => bitDec.bit(back, 0))).toEqual(bits);
    // Skewed numbers cost less than their digits: 10,000 numbers, nine in ten 0, take ~0.6 bits each.
    const enc = new pack.RangeEncoder(), model = new pack.UintModel(1, 3);
    for (let k = 0; k < 10_000; k++) model.encode(enc, 0, k % 10 === 0 ? k % 7 : 0);
    expect(enc.finish().length * 6).toBeLessThan(10_000);
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

describe("communes (packed from data/communes.tsv)", () => {
  it("unpack to the rows of the table, field for field and in order", async () => {
    const { parseTsv } = await import("../../scripts/build-data.mjs");
    const { loadCommuneEntries } = await import("../../src/gazetteer/data.js");
    const rows = parseTsv(readFileSync(join(dataDir, "communes.tsv"), "utf8")).rows;
    const old = rows.filter((r) => r.id!.startsWith("xa:")), neu = rows.filter((r) => r.id!.startsWith("xa2025:"));
    // What an entry holds, from its row: empty cells are absent fields; a new commune without a
    // start date starts on 2025-07-01, the day the new units took effect.
    const expected = [...old, ...neu].map((r) => {
      const isNew = r.id!.startsWith("xa2025:");
      const e: Record<string, unknown> = { id: r.id, kind: "place", name: r.name, aliases: [], type: r.type };
      const from = isNew ? r.valid_from || "2025-07-01" : r.valid_from;
      if (from) e.validFrom = from;
      if (r.valid_to) e.validTo = r.valid_to;
      e.parent = r.parent;
      if (r.successors) e.successors = r.successors.split("|");
      e.code = r.id!.slice(r.id!.indexOf(":") + 1);
      e.source = r.source;
      return e;
    });
    const got = loadCommuneEntries();
    expect(got.length).toBe(rows.length);
    expect(got.map((e) => JSON.stringify(e))).toEqual(expected.map((e) => JSON.stringify(e)));
  });
});

describe("precompiled name forms (scripts/build-forms.mjs)", () => {
  it("are what the gazetteer computes for every bundled entry, communes included", async () => {
    const { loadBaseEntries, loadCommuneEntries } = await import("../../src/gazetteer/data.js");
    const { entryForms } = await import("../../src/gazetteer/gazetteer.js");
    const { baseFormTable, communeFormTable } = await import("../../src/gazetteer/precompiled.js");
    const base = loadBaseEntries(), communes = loadCommuneEntries();
    const baseTable = baseFormTable(base)!, communeTable = communeFormTable(communes.length)!;
    expect(baseTable && communeTable).toBeTruthy();
    // Communes have no aliases: one form each.
    const cases = [[base, (i: number) => baseTable.forms(i)], [communes, (i: number) => [communeTable.form(i, communes[i]!.name)]]] as const;
    for (const [entries, formsOf] of cases) {
      const differ = entries.filter((e, i) => JSON.stringify(formsOf(i)) !== JSON.stringify(entryForms(e, true)));
      expect(differ.map((e) => e.id)).toEqual([]);
    }
  });
  it("stand aside when they do not fit the entries (a stale build): the gazetteer computes the forms", async () => {
    const { loadBaseEntries, loadCommuneEntries } = await import("../../src/gazetteer/data.js");
    const { baseFormTable, communeFormTable } = await import("../../src/gazetteer/precompiled.js");
    const entries = loadBaseEntries();
    expect(baseFormTable(entries.slice(1))).toBeNull();
    expect(baseFormTable([{ ...entries[0]!, aliases: [...entries[0]!.aliases, "X"] }, ...entries.slice(1)])).toBeNull();
    expect(communeFormTable(loadCommuneEntries().length - 1)).toBeNull();
  });
});

describe("people and tenures (packed from data/people.tsv and data/tenures.tsv)", () => {
  // What the runtime never reads stays in data/: an entry's or tenure's `source` is its row's
  // address in the table, and `uncertain` that address when the row has a note.
  const address = (table: string, r: Record<string, unknown>) => `data/${table}.tsv:${String(r._line)}`; // parseTsv's line number
  it("unpack to the rows of the tables, field for field and in order", async () => {
    const { parseTsv } = await import("../../scripts/build-data.mjs");
    const { loadBaseEntries, loadTenures } = await import("../../src/gazetteer/data.js");
    const people = parseTsv(readFileSync(join(dataDir, "people.tsv"), "utf8")).rows;
    const expected = people.map((r) => {
      const e: Record<string, unknown> = { id: r.id, kind: "person", name: r.name, aliases: r.aliases ? r.aliases.split("|") : [], type: "person", source: address("people", r) };
      if (r.uncertain) e.uncertain = address("people", r);
      return e;
    });
    const got = loadBaseEntries().filter((e) => e.kind === "person");
    expect(got.length).toBe(people.length);
    expect(got.map((e) => JSON.stringify(e))).toEqual(expected.map((e) => JSON.stringify(e)));

    const tenures = parseTsv(readFileSync(join(dataDir, "tenures.tsv"), "utf8")).rows;
    const expectedTenures = tenures.map((r) => {
      const t: Record<string, unknown> = { person: r.person, post: r.post };
      for (const k of ["title", "body", "place", "from", "to"] as const) if (r[k]) t[k] = r[k];
      t.source = address("tenures", r);
      if (r.uncertain) t.uncertain = address("tenures", r);
      return t;
    });
    expect(expectedTenures.length).toBeGreaterThan(2000);
    expect(loadTenures().map((t) => JSON.stringify(t))).toEqual(expectedTenures.map((t) => JSON.stringify(t)));
  });
  it("derive person ids from names as the build does, keeping a namesake's suffix", async () => {
    const { personSlug: build } = await import("../../scripts/build-data.mjs");
    const { personSlug } = await import("../../src/gazetteer/data.js");
    for (const name of ["Nguyễn Phú Trọng", "Đỗ Bá Tỵ", "Tòng Thị Phóng", "Nông Đức Mạnh"]) expect(personSlug(name)).toBe(build(name));
    expect(personSlug("Đỗ Bá Tỵ")).toBe("person:do-ba-ty");
  });
  it("round-trip row sets", () => {
    fc.assert(fc.property(fc.array(fc.boolean()), (fs) => { expect([...unpack.rowSet(pack.rowSet(fs), fs.length)]).toEqual(fs.map(Number)); }));
  });
});

describe("places (ids derived from type, name and code: scripts/build-data.mjs placeIdCode)", () => {
  it("decode to the ids and names of data/places.tsv, in order", async () => {
    const { parseTsv } = await import("../../scripts/build-data.mjs");
    const { loadBaseEntries } = await import("../../src/gazetteer/data.js");
    const rows = parseTsv(readFileSync(join(dataDir, "places.tsv"), "utf8")).rows;
    const got = loadBaseEntries().filter((e) => e.kind === "place");
    expect(got.map((e) => e.id)).toEqual(rows.map((r) => r.id));
    expect(got.map((e) => e.name)).toEqual(rows.map((r) => r.name));
    expect(got.map((e) => e.code ?? "")).toEqual(rows.map((r) => r.code));
  });
  it("bodies and titles decode to the ids (derived from names where they are the slug) and names of their tables", async () => {
    const { parseTsv } = await import("../../scripts/build-data.mjs");
    const { loadBaseEntries } = await import("../../src/gazetteer/data.js");
    const entries = loadBaseEntries();
    for (const [table, kind] of [["bodies", "body"], ["titles", "title"]]) {
      const rows = parseTsv(readFileSync(join(dataDir, `${table}.tsv`), "utf8")).rows;
      const got = entries.filter((e) => e.kind === kind);
      expect(got.map((e) => `${e.id} ${e.name}`)).toEqual(rows.map((r) => `${r.id} ${r.name}`));
    }
  });
  it("slug names as the build does", async () => {
    const { placeSlug: build } = await import("../../scripts/build-data.mjs");
    const { placeSlug } = await import("../../src/gazetteer/data.js");
    for (const name of ["Thành phố Hồ Chí Minh", "Bà Rịa – Vũng Tàu", "Đắk Lắk", "Thừa Thiên Huế", "Côte d'Ivoire"]) expect(placeSlug(name)).toBe(build(name));
    expect(placeSlug("Bà Rịa – Vũng Tàu")).toBe("ba-ria-vung-tau");
  });
});
