// Regression test on the dev gold (benchmarks/corpus/dev), scored by the reference scorer's copy:
// the issues' accuracy floors must hold. `npm run bench` prints the full table.
import { describe, expect, it } from "vitest";
import { devSystem } from "../benchmarks/dev-eval.mjs";
import { score } from "../benchmarks/score.mjs";
import { extract } from "../src/index.js";

const { gold, sys } = devSystem(extract);
const { rows } = score(gold, sys);

// Strict F1 floors (and value accuracy for MONEY and DATE) from the issues' "done when".
const FLOORS: Record<string, { f1: number; value?: number }> = {
  PERSON: { f1: 0.93 },
  ROLE: { f1: 0.88 },
  ORG: { f1: 0.8 },
  LOC: { f1: 0.9 },
  MONEY: { f1: 0.95, value: 0.97 },
  DATE: { f1: 0.9, value: 0.9 },
  HOLDS: { f1: 0.85 },
};

describe("accuracy on the dev gold", () => {
  it("scores all 31 dev articles", () => {
    expect(gold).toHaveLength(31);
  });
  it.each(Object.entries(FLOORS))("%s stays at or above its floor", (type, floor) => {
    const r = rows[type]!;
    console.log(`${type}: strict F1 ${(100 * r.strict.f1).toFixed(1)}${r.valueAcc != null ? `, value ${(100 * r.valueAcc).toFixed(1)}` : ""}`);
    expect(r.strict.f1).toBeGreaterThanOrEqual(floor.f1);
    if (floor.value !== undefined) expect(r.valueAcc).toBeGreaterThanOrEqual(floor.value);
  });
});
