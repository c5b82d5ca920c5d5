/**
 * The CI fuzz sample: `runs` generated inputs with a fixed seed, short (at most 16 fragments,
 * whitespace runs and long tokens to 40 characters, corpus sentences to 150) so that 10^5 of them
 * fit the test budget; `npm run fuzz` runs a million longer ones. Every input goes through both
 * extractors; every 10th is repeated to check determinism. On a failure fast-check shrinks the
 * input and reports it with its seed and path.
 */
import fc from "fast-check";
import { checkCase, fuzzCases } from "./fuzz-run.js";

export function runFuzzSample(seed: number, runs: number): void {
  let n = 0;
  fc.assert(fc.property(fuzzCases(40, 16, 150), (c) => {
    const v = checkCase(c, n++ % 10 === 0);
    if (v.length) throw new Error(v.join("\n"));
  }), { numRuns: runs, seed });
}
