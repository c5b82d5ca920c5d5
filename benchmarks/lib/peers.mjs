// Peers on the same articles, same run: chrono-node's Vietnamese date parser and vntk's NER.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { benchDir } from "./corpus.mjs";
import { devSystem } from "../dev-eval.mjs";
import { score } from "../score.mjs";

/** chrono.vi as an extract-like function (the adapter lives in benchmarks/peers/chrono.mjs), or null without chrono-node. */
export async function chronoExtractor() {
  try {
    const mod = await import(pathToFileURL(join(benchDir, "peers", "chrono.mjs")).href);
    return { extract: mod.chronoExtract, source: "chrono-node (vi), adapter in benchmarks/peers/chrono.mjs" };
  } catch {
    return null;
  }
}

/** chrono's DATE scores on the dev gold and its throughput over the corpus. */
export async function chronoPeer(corpus, timeCorpus) {
  const peer = await chronoExtractor();
  if (!peer) return { available: false, reason: "chrono-node not installed" };
  const { gold, sys } = devSystem(peer.extract);
  const { rows } = score(gold, sys);
  const t = timeCorpus((a) => peer.extract(a.text, a.date ? { date: a.date } : {}));
  return { available: true, source: peer.source, DATE: rows.DATE, ...t };
}

/** vntk's BIO NER on one text, line by line (its cost grows faster than linearly with length). */
function vntkEntities(ner, text) {
  const TYPE = { PER: "PERSON", LOC: "LOC", ORG: "ORG" };
  const entities = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) {
      let cursor = 0, cur = null;
      const close = () => { if (cur) entities.push(cur); cur = null; };
      for (const [form, , , tag] of ner.tag(line)) {
        // Find the token's syllables in order to get offsets (vntk returns no offsets).
        const sylls = String(form).split(/\s+/).filter(Boolean);
        let s = -1, e = -1;
        for (const syl of sylls) {
          const at = line.indexOf(syl, cursor);
          if (at < 0) break;
          if (s < 0) s = at;
          e = at + syl.length;
          cursor = e;
        }
        if (s < 0) { close(); continue; }
        const [bio, raw] = String(tag).split("-");
        const type = TYPE[raw];
        if (!type || bio === "O") { close(); continue; }
        if (bio === "I" && cur && cur.type === type) { cur.end = lineStart + e; continue; }
        close();
        cur = { type, start: lineStart + s, end: lineStart + e };
      }
      close();
    }
    lineStart += line.length + 1;
  }
  for (const en of entities) en.text = text.slice(en.start, en.end);
  return entities;
}

/**
 * vntk's NER (PER/LOC/ORG) against thoisu on the first `n` dev articles, same scorer.
 * vntk is optional (native build): loaded dynamically; skipped with a message when absent.
 */
export async function vntkPeer(thoisuExtract, n = 5) {
  let vntk;
  const tLoad = performance.now();
  try {
    vntk = (await import("vntk")).default;
  } catch {
    return { available: false, reason: "vntk not installed (optional; `npm i --no-save vntk` to compare)" };
  }
  const loadMs = performance.now() - tLoad;
  const ner = vntk.ner();
  const { gold, sys: thoisuAll } = devSystem(thoisuExtract);
  const subset = gold.slice(0, n);
  const sys = new Map();
  let chars = 0;
  const t = performance.now();
  for (const doc of subset) {
    sys.set(doc.id, { id: doc.id, entities: vntkEntities(ner, doc.text), relations: [] });
    chars += doc.text.length;
  }
  const elapsed = performance.now() - t;
  const theirs = score(subset, sys).rows;
  const ours = score(subset, new Map(subset.map((d) => [d.id, thoisuAll.get(d.id)]))).rows;
  const pick = (rows) => ({ PERSON: rows.PERSON, LOC: rows.LOC, ORG: rows.ORG });
  return {
    available: true,
    articles: subset.map((d) => d.id),
    chars,
    loadMs,
    ms: elapsed,
    charsPerSec: (chars / elapsed) * 1000,
    vntk: pick(theirs),
    thoisu: pick(ours),
  };
}
