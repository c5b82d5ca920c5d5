// Peers on the same articles, same run: chrono-node's Vietnamese date parser and vntk's NER.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { benchDir } from "./corpus.mjs";
import { devSystem } from "../dev-eval.mjs";
import { score } from "../score.mjs";

const pad = (n) => String(n).padStart(2, "0");

/** A chrono result as a TIMEX3 value: day, month or year precision; a range as `start/end`. */
function timexOf(c) {
  const y = c.get("year"), m = c.get("month"), d = c.get("day");
  let v = c.isCertain("day") ? `${y}-${pad(m)}-${pad(d)}` : c.isCertain("month") ? `${y}-${pad(m)}` : `${y}`;
  if (c.isCertain("hour")) v += `T${pad(c.get("hour"))}:${pad(c.get("minute") ?? 0)}`;
  return v;
}

/** chrono.vi as an extract-like function: DATE entities only, offsets into the input. */
export async function chronoExtractor() {
  const peerFile = join(benchDir, "peers", "chrono.mjs");
  if (existsSync(peerFile)) {
    // Another helper's adapter: use it when it offers an extract-compatible function.
    const mod = await import(pathToFileURL(peerFile).href);
    const fn = mod.chronoExtract ?? mod.extract ?? (typeof mod.default === "function" ? mod.default : undefined);
    if (typeof fn === "function") return { extract: fn, source: "benchmarks/peers/chrono.mjs" };
  }
  let chrono;
  try {
    chrono = await import("chrono-node");
  } catch {
    return null;
  }
  const vi = chrono.vi ?? chrono.default?.vi;
  if (!vi) return null;
  const extract = (text, options = {}) => {
    const ref = options.date ? new Date(`${options.date}T12:00:00`) : new Date();
    const entities = vi.parse(text, ref).map((r) => {
      const value = r.end ? `${timexOf(r.start)}/${timexOf(r.end)}` : timexOf(r.start);
      return { type: "DATE", start: r.index, end: r.index + r.text.length, text: r.text, rule: "chrono.vi", value: { timex: value } };
    });
    return { entities, relations: [] };
  };
  return { extract, source: "chrono-node (vi), adapter in benchmarks/lib/peers.mjs" };
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
