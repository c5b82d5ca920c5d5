#!/usr/bin/env node
// chrono-node's Vietnamese parser (chrono.vi) beside thoisu's DATE matcher, on the dev gold and
// on Duckling's Vietnamese Time corpus: spans found, values right, strict P/R/F1 on DATE, chars/s.
//   npx tsx benchmarks/peers/chrono.mjs        (thoisu from src/)
//   node benchmarks/peers/chrono.mjs           (thoisu from dist/; run `npm run build` first)
// The lead's bench runner imports `chronoExtract` (an extract-compatible adapter) and `compareChrono`.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import * as chrono from "chrono-node";
import { devSystem, articleDates } from "../dev-eval.mjs";
import { score } from "../score.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pad = (n) => String(n).padStart(2, "0");

/** A chrono component as TIMEX3: day, month or year precision, with a time when certain. */
function timexOf(c) {
  const y = c.get("year"), m = c.get("month"), d = c.get("day");
  let v = c.isCertain("day") ? `${y}-${pad(m)}-${pad(d)}` : c.isCertain("month") ? `${y}-${pad(m)}` : `${y}`;
  if (c.isCertain("hour")) v += `T${pad(c.get("hour"))}:${pad(c.get("minute") ?? 0)}`;
  return v;
}

/** chrono.vi as an extract-like function: DATE entities with offsets into the input. */
export function chronoExtract(text, options = {}) {
  const ref = options.date ? new Date(`${options.date}T12:00:00`) : new Date();
  const entities = chrono.vi.parse(text, ref).map((r) => ({
    type: "DATE", start: r.index, end: r.index + r.text.length, text: r.text, rule: "chrono.vi",
    value: { timex: r.end ? `${timexOf(r.start)}/${timexOf(r.end)}` : timexOf(r.start) },
  }));
  return { text, entities, relations: [] };
}

async function loadThoisu() {
  try {
    return await import(pathToFileURL(join(root, "src", "index.ts")).href);
  } catch {
    return import(pathToFileURL(join(root, "dist", "index.js")).href);
  }
}

/** Duckling's VI Time corpus (whole-text cases): [found a DATE covering the text, value right]. */
function ducklingScore(extract) {
  const lines = readFileSync(join(root, "tests", "fixtures", "duckling-vi", "Time.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  let spans = 0, values = 0, n = 0;
  for (const rec of lines) {
    if (rec.negative || rec.expected?.type !== "value") continue;
    n++;
    const want = rec.expected.grain === "day" ? rec.expected.value.slice(0, 10) : rec.expected.grain === "month" ? rec.expected.value.slice(0, 7) : rec.expected.grain === "year" ? rec.expected.value.slice(0, 4) : null;
    const found = extract(rec.text, { date: "2017-02-02" }).entities.filter((e) => e.type === "DATE" && e.text === rec.text);
    if (found.length) spans++;
    if (want && found.some((e) => e.value?.timex === want)) values++;
  }
  return { cases: n, spansFound: spans, valuesRight: values };
}

function devScore(extract) {
  const { gold, sys } = devSystem(extract);
  const { rows } = score(gold, sys);
  const d = rows.DATE;
  const texts = [...gold].map((g) => readFileSync(join(root, "benchmarks", "corpus", "raw", `${g.id}.txt`), "utf8"));
  const dates = articleDates();
  const ids = [...gold].map((g) => g.id);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const t0 = performance.now();
  let reps = 0;
  do { texts.forEach((t, k) => extract(t, dates.get(ids[k]) ? { date: dates.get(ids[k]) } : {})); reps++; } while (performance.now() - t0 < 1500 && reps < 20);
  const secs = (performance.now() - t0) / 1000;
  return { dev: d, charsPerSec: Math.round((chars * reps) / secs) };
}

/** Side by side: chrono.vi and thoisu's DATE matcher (thoisu's full extract, DATE scored). */
export async function compareChrono() {
  const thoisu = await loadThoisu();
  const thoisuDate = (text, options) => thoisu.extract(text, { ...options, types: ["DATE"] });
  const out = {};
  for (const [name, fn] of [["chrono.vi", chronoExtract], ["thoisu", thoisuDate]]) {
    const { dev, charsPerSec } = devScore(fn);
    out[name] = { dev, duckling: ducklingScore(fn), charsPerSec };
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await compareChrono();
  for (const [name, v] of Object.entries(r)) {
    console.log(`${name.padEnd(10)} dev DATE: ${JSON.stringify(v.dev)} | Duckling Time (value cases ${v.duckling.cases}): spans ${v.duckling.spansFound}, values ${v.duckling.valuesRight} | ${v.charsPerSec} chars/s`);
  }
}
