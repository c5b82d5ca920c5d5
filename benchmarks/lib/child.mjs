// Measurements that need a fresh process. Run by run.mjs; prints one JSON line.
//   node benchmarks/lib/child.mjs cold        import + first extract
//   node benchmarks/lib/child.mjs memory      peak RSS over the whole corpus (3 passes)
//   node benchmarks/lib/child.mjs bigdoc MB   one document of about MB million characters
//   node benchmarks/lib/child.mjs gazetteer   defaultGazetteer: first use, entries per kind
//   node benchmarks/lib/child.mjs workload S  extract over the corpus for about S seconds (profiling)
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { distEntry, loadCorpus, optionsFor } from "./corpus.mjs";
import { gazetteerStats } from "./gazetteer.mjs";

const [mode, arg] = process.argv.slice(2);
const out = (o) => process.stdout.write(JSON.stringify(o) + "\n");
const rss = () => process.memoryUsage().rss;

if (mode === "cold") {
  // The corpus is read before the clock starts: only import + first extract are timed.
  // CPU time (all threads of the process) is given beside wall time: on a loaded machine it is
  // the steadier of the two.
  const a = loadCorpus()[0];
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const c0 = cpu(), t0 = performance.now();
  const { extract } = await import(pathToFileURL(distEntry).href);
  const c1 = cpu(), t1 = performance.now();
  extract(a.text, optionsFor(a));
  const c2 = cpu(), t2 = performance.now();
  out({ importMs: t1 - t0, firstExtractMs: t2 - t1, totalMs: t2 - t0, sinceProcessStartMs: t2, importCpuMs: c1 - c0, firstExtractCpuMs: c2 - c1, totalCpuMs: c2 - c0 });
} else if (mode === "memory") {
  const corpus = loadCorpus();
  const atStart = rss();
  const { extract } = await import(pathToFileURL(distEntry).href);
  const afterImport = rss();
  let peak = afterImport, heapPeak = 0;
  for (let pass = 0; pass < 3; pass++) {
    for (const a of corpus) {
      extract(a.text, optionsFor(a));
      const m = process.memoryUsage();
      if (m.rss > peak) peak = m.rss;
      if (m.heapUsed > heapPeak) heapPeak = m.heapUsed;
    }
  }
  // The peak is the process's high-water mark (getrusage), which also sees the peaks inside an
  // extract call; RSS read between documents (sampledPeakRssBytes) misses those.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  out({ atStartBytes: atStart, afterImportBytes: afterImport, peakRssBytes: Math.max(peak, maxRss), sampledPeakRssBytes: peak, peakHeapBytes: heapPeak });
} else if (mode === "bigdoc") {
  const corpus = loadCorpus();
  const target = Number(arg) * 1e6;
  const parts = [];
  let len = 0;
  for (let k = 0; len < target; k++) {
    const t = corpus[k % corpus.length].text;
    parts.push(t);
    len += t.length + 2;
  }
  const doc = parts.join("\n\n");
  const { extract } = await import(pathToFileURL(distEntry).href);
  for (const a of corpus) extract(a.text, optionsFor(a)); // warm-up: one pass over the corpus
  const before = rss();
  // Small documents run several times (median); large ones once.
  const samples = [];
  let r, peak = before;
  const t0 = performance.now();
  do {
    const t = performance.now();
    r = extract(doc, { date: "2017-06-09" });
    samples.push(performance.now() - t);
    peak = Math.max(peak, rss());
  } while (samples.length < 5 && performance.now() - t0 < 2000);
  samples.sort((a, b) => a - b);
  const elapsed = samples[samples.length >> 1];
  out({ chars: doc.length, ms: elapsed, runs: samples.length, nsPerChar: (elapsed * 1e6) / doc.length, entities: r.entities.length, rssBeforeBytes: before, rssAfterBytes: peak });
} else if (mode === "gazetteer") {
  const t0 = performance.now();
  const mod = await import(pathToFileURL(distEntry).href);
  const t1 = performance.now();
  out({ importMs: t1 - t0, ...gazetteerStats(mod) });
} else if (mode === "workload") {
  // For the profiler: extract over the corpus, repeated for about `arg` seconds.
  const corpus = loadCorpus();
  const { extract } = await import(pathToFileURL(distEntry).href);
  const until = performance.now() + Number(arg || 5) * 1000;
  let passes = 0, chars = 0;
  while (performance.now() < until) {
    for (const a of corpus) { extract(a.text, optionsFor(a)); chars += a.text.length; }
    passes++;
  }
  out({ passes, chars });
} else {
  console.error(`child.mjs: unknown mode ${mode}`);
  process.exit(2);
}
