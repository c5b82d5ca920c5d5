#!/usr/bin/env node
// Word segmentation (thoisu/words) against the gold segmentation of UD Vietnamese-VTB's test set
// (benchmarks/data/ud-vi-vtb, CC BY-SA 4.0). Word F1 = matched word spans over gold and system
// counts. Also: every syllable a word (the baseline), greedy longest matching, and vntk's CRF
// word tokenizer when installed (optional; note it may have been trained on VTB-derived data).
//
//   node benchmarks/words.mjs           (built library: npm run build first)
//   npx tsx benchmarks/words.mjs --src  (sources, no build)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { benchDir, rootDir, loadCorpus } from "./lib/corpus.mjs";
import { textTable, pct, si } from "./lib/timing.mjs";

export function loadUd() {
  return readFileSync(join(benchDir, "data", "ud-vi-vtb", "test.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Gold word spans of a sentence (`" ".join(words) === text`), as "start:end" keys. */
function goldSpans(s) {
  const spans = [];
  let at = 0;
  for (const w of s.words) {
    spans.push(`${at}:${at + w.length}`);
    at += w.length + 1;
  }
  return spans;
}

function prf(hit, sys, gold) {
  const p = sys ? hit / sys : 0, r = gold ? hit / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, hit, sys, gold };
}

/** Scores `segmentSentence(text) -> [{start, end}]` (offsets into text) on all sentences. */
function evaluate(sentences, segmentSentence) {
  let hit = 0, sys = 0, gold = 0, multiHit = 0, multiGold = 0;
  const t = performance.now();
  for (const s of sentences) {
    const g = goldSpans(s);
    const got = new Set(segmentSentence(s.text).map((w) => `${w.start}:${w.end}`));
    sys += got.size;
    gold += g.length;
    g.forEach((k, i) => {
      const multi = s.words[i].includes(" ");
      if (multi) multiGold++;
      if (got.has(k)) { hit++; if (multi) multiHit++; }
    });
  }
  return { ...prf(hit, sys, gold), multiWordRecall: multiGold ? multiHit / multiGold : null, ms: performance.now() - t };
}

/**
 * Runs the word benchmark. `lib` is the library's main module (normalize, tokenize, ...),
 * `words` its `thoisu/words` entry.
 */
export async function wordsBench(lib, words, { vntk = true } = {}) {
  const sentences = loadUd();
  const t0 = performance.now();
  const lexicon = words.defaultLexicon();
  const compileMs = performance.now() - t0;
  const run = (strategy) => (text) => words.segment(text, lexicon, { strategy });
  const results = {
    syllables: evaluate(sentences, (text) => lib.tokenize(lib.normalize(text).text).tokens),
    longest: evaluate(sentences, run("longest")),
    maximum: evaluate(sentences, run("maximum")),
  };
  let vntkResult = { available: false, reason: vntk ? "vntk not installed (optional; `npm i --no-save vntk` to compare)" : "skipped" };
  if (vntk) {
    try {
      const v = (await import("vntk")).default;
      const wt = v.wordTokenizer();
      // Words come back without offsets; find their syllables in order.
      vntkResult = evaluate(sentences, (text) => {
        const out = [];
        let cursor = 0;
        for (const w of wt.tag(text)) {
          let s = -1, e = -1;
          for (const syl of String(w).split(/\s+/).filter(Boolean)) {
            const at = text.indexOf(syl, cursor);
            if (at < 0) break;
            if (s < 0) s = at;
            e = at + syl.length;
            cursor = e;
          }
          if (s >= 0) out.push({ start: s, end: e });
        }
        return out;
      });
      vntkResult.available = true;
    } catch (e) {
      if (e?.code !== "ERR_MODULE_NOT_FOUND") vntkResult = { available: false, reason: `vntk failed: ${e.message}` };
    }
  }
  // Segmentation speed on the news corpus (tokens already made; segmentation alone).
  const corpus = loadCorpus();
  const tokenized = corpus.map((a) => lib.tokenize(lib.normalize(a.text).text).tokens);
  const chars = corpus.reduce((n, a) => n + a.text.length, 0);
  words.segmentWords(tokenized[0], lexicon);
  const samples = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    for (const toks of tokenized) words.segmentWords(toks, lexicon);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const segMs = samples[2];
  return {
    data: "UD_Vietnamese-VTB test (800 sentences, 11,692 words), CC BY-SA 4.0",
    lexicon: { entries: lexicon.size, maxTokens: lexicon.maxTokens, compileMs },
    ...results,
    vntk: vntkResult,
    speed: { chars, ms: segMs, charsPerSec: (chars / segMs) * 1000 },
  };
}

export function wordsTable(r) {
  const row = (name, x) => x.available === false ? [name, "-", "-", "-", "-", x.reason] : [name, pct(x.p), pct(x.r), pct(x.f1), pct(x.multiWordRecall), `${x.sys} words`];
  return [
    `Word segmentation vs UD Vietnamese-VTB test (gold ${r.maximum.gold} words); lexicon ${r.lexicon.entries} entries, compiled in ${r.lexicon.compileMs.toFixed(0)} ms`,
    textTable([
      ["system", "P", "R", "F1", "multi-syll R", "note"],
      row("every syllable a word", r.syllables),
      row("thoisu longest match", r.longest),
      row("thoisu maximum match", r.maximum),
      row("vntk CRF wordTokenizer", r.vntk),
    ]),
    `segmentWords alone over the news corpus: ${si(r.speed.charsPerSec)} chars/s`,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const src = process.argv.includes("--src");
  const lib = await import(pathToFileURL(join(rootDir, src ? "src/index.ts" : "dist/index.js")).href);
  const words = await import(pathToFileURL(join(rootDir, src ? "src/words.ts" : "dist/words.js")).href);
  const r = await wordsBench(lib, words, { vntk: !process.argv.includes("--no-vntk") });
  console.log(wordsTable(r));
}
