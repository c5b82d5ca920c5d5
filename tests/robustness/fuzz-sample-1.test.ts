// Fuzzing in CI, part 1 of 2 (two files, so that the test runner spreads them over two cores):
// 50,000 generated inputs with a fixed seed against the whole result contract (tests/lib/contract.ts).
import { describe, it } from "vitest";
import { runFuzzSample } from "../lib/fuzz-sample.js";

describe("fuzz sample, part 1", () => {
  it("50,000 generated inputs (seed 1000) keep the result contract", () => runFuzzSample(1000, 50_000), 600_000);
});
