// The benchmark's adversarial section alone (npm run bench runs it too):
//   npm run build && node benchmarks/adversarial.mjs [--sizes 10000,100000,1000000] [--only REGEX]
// Prints ns/char per construction and size; flat ns/char (k ≈ 1) is linear time.
import { parseArgs } from "node:util";
import { adversarialRows, adversarialScaling } from "./lib/adversarial.mjs";
import { distEntry } from "./lib/corpus.mjs";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "10000,100000,1000000" }, only: { type: "string" } } });
const { extract } = await import(distEntry);
const results = adversarialScaling(extract, values.sizes.split(",").map(Number), values.only ? new RegExp(values.only, "i") : null);
const rows = adversarialRows(results);
const w = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
for (const r of rows) console.log(r.map((x, c) => (c === 0 ? String(x).padEnd(w[c]) : String(x).padStart(w[c]))).join("  "));
