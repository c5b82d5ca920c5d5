// The gazetteer builds its tries lazily: the name trie a first key at a time (when a document
// first writes the key), the communes' entries and paths when a unit word and their first two
// syllables are written. What a document finds must be what a gazetteer built whole finds, in
// the same order, whatever came before.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Gazetteer, createGazetteer } from "../../src/gazetteer/index.js";
import { loadBaseEntries, loadCommuneEntries } from "../../src/gazetteer/data.js";
import { entryForms } from "../../src/gazetteer/gazetteer.js";
import { baseFormTable, communeFormTable } from "../../src/gazetteer/precompiled.js";
import { normalize } from "../../src/normalize/index.js";
import { tokenize } from "../../src/tokenize/index.js";

const rawDir = join(import.meta.dirname, "../../benchmarks/corpus/raw");
const tokensOf = (text: string) => tokenize(normalize(text).text).tokens;
const seen = (g: Gazetteer, text: string) => g.matchTokens(tokensOf(text)).map((m) => `${m.first}-${m.last}:${m.entries.map((e, k) => `${e.id}/${m.units[k]}/${m.cased[k]}/${m.ambiguousForm[k]}`).join(",")}`);

/** A gazetteer of the bundled data with every form decoded and every path inserted up front. */
function eager(): Gazetteer {
  return new Gazetteer(() => {
    const entries = loadBaseEntries(), table = baseFormTable(entries)!;
    return { entries, tenures: [], forms: entries.map((_, i) => table.forms(i)) };
  }, () => {
    const entries = loadCommuneEntries(), table = communeFormTable(entries.length)!;
    return { entries, forms: entries.map((e, i) => [table.form(i, e.name)]) };
  });
}

describe("base forms decoded per entry", () => {
  it("are the forms the gazetteer computes, and the index lists each entry under its forms' first keys", () => {
    const entries = loadBaseEntries();
    const table = baseFormTable(entries)!;
    const all = entries.map((e) => entryForms(e, true));
    expect(table.size).toBe(entries.length);
    const bare = new Map<string, number[]>(), unit = new Map<string, number[]>();
    entries.forEach((_, i) => {
      expect(JSON.stringify(table.forms(i))).toBe(JSON.stringify(all[i]));
      for (const f of all[i]!) {
        if (!f) continue;
        for (const [m, on] of [[bare, f.bare], [unit, f.unit]] as const) {
          if (!on) continue;
          const list = m.get(f.path.keys[0]!) ?? [];
          if (list[list.length - 1] !== i) list.push(i);
          m.set(f.path.keys[0]!, list);
        }
      }
    });
    const index = table.index();
    expect([...index.bare].sort()).toEqual([...bare].sort());
    expect([...index.unit].sort()).toEqual([...unit].sort());
  });
  it("stand aside when they do not fit the entries (a stale build)", () => {
    const entries = loadBaseEntries();
    expect(baseFormTable(entries.slice(1))).toBeNull();
    expect(baseFormTable([{ ...entries[0]!, aliases: [...entries[0]!.aliases, "X"] }, ...entries.slice(1)])).toBeNull();
  });
});

describe("lazy tries", () => {
  const texts = readdirSync(rawDir).filter((f) => /^\d+\.txt$/.test(f)).sort().filter((_, k) => k % 9 === 0).map((f) => readFileSync(join(rawDir, f), "utf8"));
  texts.push("Phường 1, Quận 3 và phường Bến Nghé; xã Tân Lập, huyện Hoài Ân, tỉnh Bình Định; TP.HCM, Hà Nội.");
  it("find what a gazetteer built whole finds, in the same order, in either order of documents", () => {
    const whole = eager();
    const expected = texts.map((t) => seen(whole, t));
    expect(expected.flat().length).toBeGreaterThan(200);
    const forward = createGazetteer(), backward = createGazetteer();
    expect(texts.map((t) => seen(forward, t))).toEqual(expected);
    expect(texts.slice().reverse().map((t) => seen(backward, t)).reverse()).toEqual(expected);
  });
  it("put user entries after the bundled ones of the same name, and late entries after both", () => {
    const mine = { name: "Phường 1", kind: "place" as const, type: "custom" };
    const text = "Phường 1 và Hà Nội, tỉnh Hà Nội";
    const lazy = createGazetteer({ entries: [mine, { name: "Hà Nội", kind: "body", type: "custom" }] });
    const ids = (g: Gazetteer) => g.matchTokens(tokensOf(text)).map((m) => m.entries.map((e) => e.id).join(","));
    const first = ids(lazy);
    expect(first[1]!.split(",").at(-1)).toBe("user:body:ha-noi");
    // Loading the communes before the first walk (an id asked for) puts their `Phường 1` after the user's.
    const loadedFirst = createGazetteer({ entries: [mine, { name: "Hà Nội", kind: "body", type: "custom" }] });
    loadedFirst.get("xa:00001");
    const got = ids(loadedFirst);
    expect(got).toEqual(ids(createGazetteer({ entries: [mine, { name: "Hà Nội", kind: "body", type: "custom" }] })));
    expect(got[0]!.startsWith("user:place:phuong-1,")).toBe(true);
  });

  it("leave out a bundled entry a user entry replaces, and find the others as before", () => {
    const text = "Tỉnh Hải Dương, Hải Phòng, Bộ Công an và tỉnh Đông Lạc.";
    const bundled = createGazetteer();
    const hd = bundled.lookup("Hải Dương", { kinds: ["place"] }).find((e) => e.type === "province")!;
    const mine = createGazetteer({ entries: [{ id: hd.id, kind: "place", type: "province", name: "Đông Lạc" }] });
    const before = seen(bundled, text), after = seen(mine, text);
    const spansOf = (xs: string[]) => xs.filter((m) => m.includes(`${hd.id}/`)).map((m) => m.slice(0, m.indexOf(":")));
    expect(spansOf(before)).toEqual(["0-3", "1-3"]);
    // `tỉnh Đông Lạc` and `Đông Lạc` now, as the user's entry is named.
    expect(spansOf(after)).toEqual(["11-14", "12-14"]);
    // Everything else as before: only the matches naming the replaced entry differ.
    const rest = (xs: string[]) => xs.map((m) => m.replace(new RegExp(`,?${hd.id}/[^,]*`, "g"), "")).filter((m) => !m.endsWith(":"));
    expect(rest(after)).toEqual(rest(before));
  });
});
