#!/usr/bin/env node
// One-off (2026-12-03, issue 10): merges the duplicate people listed in merged-people.tsv (found
// with benchmarks/duplicates.mjs and by reading the name matches it lists; each pair's evidence is
// in the table). The kept id takes the other's tenures; a moved tenure that repeats or lies inside
// one of the kept person's in the same post (title, body, place) is folded into the longer one with
// both sources (and notes) joined; the kept person's row gets the birth year, the sources and the
// aliases listed in the table. Run from the repository root: node data/sources/import-2026-12d/merge-people.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { parseTsv, dateLow, dateHigh } from "../../../scripts/build-data.mjs";

const read = (f) => readFileSync(f, "utf8");
const merges = parseTsv(read("data/sources/import-2026-12d/merged-people.tsv")).rows;
const peopleT = parseTsv(read("data/people.tsv"));
const tenuresT = parseTsv(read("data/tenures.tsv"));
const join = (...cells) => [...new Set(cells.flatMap((c) => (c ? c.split("; ") : [])).map((c) => c.trim()).filter(Boolean))].join("; ");
const low = (d) => (d ? dateLow(d) : "0000");
const high = (d) => (d ? dateHigh(d) : "9999");
const contains = (outer, inner) => low(outer.from) <= low(inner.from) && high(inner.to) <= high(outer.to);

const dropped = new Set();
for (const m of merges) {
  const keep = peopleT.rows.find((p) => p.id === m.kept);
  const drop = peopleT.rows.find((p) => p.id === m.dropped);
  if (keep && !drop) continue; // applied in an earlier run
  if (!keep || !drop) throw new Error(`unknown id in ${m.kept} <- ${m.dropped}`);
  keep.aliases = [...new Set([...(keep.aliases ? keep.aliases.split("|") : []), ...(m.aliases ? m.aliases.split("|") : []), ...(drop.aliases ? drop.aliases.split("|") : [])])].join("|");
  keep.born ||= drop.born;
  keep.source = join(keep.source, drop.source);
  keep.uncertain = join(keep.uncertain, drop.uncertain);
  dropped.add(drop.id);
  for (const t of tenuresT.rows.filter((r) => r.person === drop.id)) {
    t.person = keep.id;
    const same = tenuresT.rows.filter((r) => r !== t && !r._gone && r.person === keep.id && r.title === t.title && r.body === t.body && r.place === t.place);
    const outer = same.find((r) => contains(r, t));
    const inner = same.find((r) => contains(t, r));
    if (outer) {
      outer.source = join(outer.source, t.source);
      outer.uncertain = join(outer.uncertain, t.uncertain);
      t._gone = true;
    } else if (inner) {
      t.source = join(t.source, inner.source);
      t.uncertain = join(t.uncertain, inner.uncertain);
      inner._gone = true;
    }
  }
}
const write = (file, { header, rows }) =>
  writeFileSync(file, [header.join("\t"), ...rows.filter((r) => !r._gone).map((r) => header.map((h) => r[h] ?? "").join("\t"))].join("\n") + "\n");
peopleT.rows = peopleT.rows.filter((p) => !dropped.has(p.id));
write("data/people.tsv", peopleT);
write("data/tenures.tsv", tenuresT);
