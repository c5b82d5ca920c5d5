/**
 * One fuzz case: `extract` by two extractors over different gazetteers, interleaved (A, B, and,
 * with `repeat`, A, B again), each result checked against the contract and, repeated, A's two
 * results and B's two results identical (determinism, and no state leaking from one extractor or
 * document to the next). Cases run one after another, so A and B alternate throughout.
 */
import fc from "fast-check";
// The built package (npm test and npm run fuzz build it first): what users run, and faster per call than
// the sources through a transpiler.
import { createExtractor, createGazetteer, extract } from "../../dist/index.js";
import type { Result } from "../../dist/index.js";
import { contractViolations } from "./contract.js";
import { corpusSentences, dateOption, inputFamilies } from "./fuzz-inputs.js";

/** An extractor over a gazetteer that adds invented places, bodies and people (and overrides one id). */
const other = createExtractor({
  gazetteer: createGazetteer({
    entries: [
      { kind: "place", type: "province", name: "Đông Lạc", aliases: ["Hà Nội"] },
      { kind: "body", type: "party-committee", name: "Tỉnh ủy Đông Lạc" },
      { kind: "person", name: "Nguyễn Văn An" },
      { kind: "place", type: "province", name: "Tây Lạc", id: "tinh:hai-duong" },
    ],
  }),
});

export interface FuzzCase { input: string; date: string | undefined }

/** The arbitrary of fuzz cases: one family of inputs (uniformly), with or without a date. */
export function fuzzCases(longMax: number, size = 30, sentenceMax = 400) {
  const families = Object.values(inputFamilies(corpusSentences(sentenceMax), longMax, size));
  return fc.record({ input: fc.oneof(...families), date: dateOption });
}

/** The contract violations of one case (empty: it holds), an exception counting as one. */
export function checkCase({ input, date }: FuzzCase, repeat = true): string[] {
  const options = date === undefined ? undefined : { date };
  let a1: Result, b1: Result, a2: Result | null = null, b2: Result | null = null;
  try {
    a1 = extract(input, options);
    b1 = other.extract(input, options);
    if (repeat) {
      a2 = extract(input, options);
      b2 = other.extract(input, options);
    }
  } catch (e) {
    return [`throws ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.slice(0, 200)];
  }
  const out = contractViolations(input, a1).concat(contractViolations(input, b1).map((v) => `other gazetteer: ${v}`));
  if (a2 && JSON.stringify(a1) !== JSON.stringify(a2)) out.push("not deterministic (default extractor, after another ran)");
  if (b2 && JSON.stringify(b1) !== JSON.stringify(b2)) out.push("not deterministic (other gazetteer, after the default ran)");
  return out;
}
