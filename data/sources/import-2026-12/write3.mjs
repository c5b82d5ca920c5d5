import { readFileSync, appendFileSync } from "node:fs";
import { normalize } from "/work/wt/officials/dist/normalize/index.js";
const W = "/work/wt/officials/data/";
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
