// Timing helpers: median of several timed runs after a warm-up, and number formatting.
import { performance } from "node:perf_hooks";

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times `fn` (one pass over the work) `runs` times after `warmup` passes; returns the median
 * milliseconds and all samples. Stops early once `budgetMs` is spent (keeping at least 3 runs).
 */
export function timeRuns(fn, { warmup = 1, runs = 7, budgetMs = 8000 } = {}) {
  for (let k = 0; k < warmup; k++) fn();
  const samples = [];
  const t0 = performance.now();
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
    if (samples.length >= 3 && performance.now() - t0 > budgetMs) break;
  }
  return { ms: median(samples), samples };
}

/** 1234567 -> "1.23M", 12345 -> "12.3k". */
export function si(x, digits = 3) {
  if (x == null || !Number.isFinite(x)) return "-";
  const a = Math.abs(x);
  if (a >= 1e9) return (x / 1e9).toPrecision(digits) + "G";
  if (a >= 1e6) return (x / 1e6).toPrecision(digits) + "M";
  if (a >= 1e3) return (x / 1e3).toPrecision(digits) + "k";
  return x.toPrecision(digits);
}

export const ms = (x) => (x == null ? "-" : x >= 100 ? x.toFixed(0) + " ms" : x.toFixed(1) + " ms");
export const mb = (bytes) => (bytes == null ? "-" : (bytes / 1048576).toFixed(1) + " MB");
export const kb = (bytes) => (bytes == null ? "-" : (bytes / 1024).toFixed(1) + " KB");
export const pct = (x) => (x == null ? "-" : (100 * x).toFixed(1));

/** A plain-text table: rows of cells, first row the header; numbers right-aligned. */
export function textTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? "").length)));
  const line = (r) => r.map((cell, c) => {
    const s = String(cell ?? "");
    return c === 0 ? s.padEnd(widths[c]) : s.padStart(widths[c]);
  }).join("  ");
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}
