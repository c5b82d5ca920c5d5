// The benchmark corpus: the 89 raw articles (benchmarks/corpus/raw/NNN.txt) with their dates.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { articleDates } from "../dev-eval.mjs";

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const rootDir = join(benchDir, "..");
export const rawDir = join(benchDir, "corpus", "raw");
export const distEntry = join(rootDir, "dist", "index.js");
export const distWords = join(rootDir, "dist", "words.js");

/** All raw articles, in id order: `{ id, text, date }` (date "" when unknown). */
export function loadCorpus() {
  const dates = articleDates();
  return readdirSync(rawDir)
    .filter((f) => /^\d+\.txt$/.test(f))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      return { id, text: readFileSync(join(rawDir, f), "utf8"), date: dates.get(id) ?? "" };
    });
}

/** extract options for an article: its date when known. */
export const optionsFor = (a) => (a.date ? { date: a.date } : {});
