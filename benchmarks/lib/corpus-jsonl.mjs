#!/usr/bin/env node
// Writes a JSONL corpus of about MB megabytes built from the bundled articles (repeated, with
// fresh ids), for measuring the CLI at corpus scale. Streams: never holds the output in memory.
//   node benchmarks/lib/corpus-jsonl.mjs OUT.jsonl MB
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { loadCorpus } from "./corpus.mjs";

/** Writes `path` (about `mb` MB); resolves to { lines, bytes }. */
export async function writeCorpusJsonl(path, mb) {
  const corpus = loadCorpus().map((a) => ({ ...a, json: JSON.stringify(a.text) }));
  const out = createWriteStream(path);
  const target = mb * 1024 * 1024;
  let bytes = 0, lines = 0;
  for (let k = 0; bytes < target; k++) {
    const a = corpus[k % corpus.length];
    const line = `{"id":"${String(k).padStart(7, "0")}","source":"${a.id}",${a.date ? `"date":"${a.date}",` : ""}"text":${a.json}}\n`;
    bytes += Buffer.byteLength(line);
    lines++;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { lines, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, mb] = process.argv.slice(2);
  if (!path || !(Number(mb) > 0)) {
    console.error("usage: node benchmarks/lib/corpus-jsonl.mjs OUT.jsonl MB");
    process.exit(2);
  }
  console.log(JSON.stringify(await writeCorpusJsonl(path, Number(mb))));
}
