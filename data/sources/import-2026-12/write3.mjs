import { fileURLToPath } from "node:url";
import { readFileSync, appendFileSync } from "node:fs";
// One-off record (see README.md): appends to data/*.tsv of this repository; rerunning on today's data
// duplicates rows. Usage: npm run build && node data/sources/import-2026-12/write3.mjs <emit3.json> [data dir]
if (!process.argv[2]) { console.error("usage: node write3.mjs <emit3.json from the emit step> [data dir, default: this repository's data/]"); process.exit(2); }
const root = new URL("../../../", import.meta.url);
// The project's own normalisation (tone placement), from the built library.
const { normalize } = await import(new URL("dist/normalize/index.js", root).href);
const W = process.argv[3] ? `${process.argv[3].replace(/\/$/, "")}/` : fileURLToPath(new URL("data/", root));
const { people, tenures } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const n = (s) => normalize(s).text;
const FACT = "facts/vi-wikipedia-infoboxes.tsv";
let p = "", t = "", f = "";
for (const r of people) p += [r.id, n(r.name), "", r.born, `${FACT}; ${r.source.split(" (")[0]}`, ""].join("\t") + "\n";
for (const r of tenures) {
  t += [r.person, n(r.post), r.title, r.body, r.place, r.from, r.to, `${FACT}; ${r.source.split(" (")[0]}`, r.uncertain].join("\t") + "\n";
  f += [r.person, n(r.name), n(r.post), r.title, r.body, r.place, r.from, r.to, r.uncertain, r.source].join("\t") + "\n";
}
appendFileSync(W + "people.tsv", p);
appendFileSync(W + "tenures.tsv", t);
appendFileSync(W + "sources/facts/vi-wikipedia-infoboxes.tsv", f);
console.log(people.length, tenures.length);
