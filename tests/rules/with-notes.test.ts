import { describe, expect, it } from "vitest";
import { withNotes } from "../../src/rules/table.js";
import { PART_OF_DAY_CODES } from "../../src/rules/date/words.js";
import { DATE_WORDS_TABLE } from "../../src/rules/date/rules.js";

describe("withNotes (pattern tables whose examples stay out of the runtime module)", () => {
  it("joins each pattern with its notes, in order", () => {
    const rows = withNotes([{ words: ["a"] }, { words: ["b"] }], [
      { id: "x/a", description: "a", examples: ["a"], counterExamples: [] },
      { id: "x/b", description: "b", examples: ["b"], counterExamples: [] },
    ]);
    expect(rows.map((r) => [r.id, r.pattern.words[0]])).toEqual([["x/a", "a"], ["x/b", "b"]]);
  });
  it("throws when a pattern has no notes, or notes no pattern", () => {
    const note = { id: "x/a", description: "a", examples: ["a"], counterExamples: [] };
    expect(() => withNotes([{ words: ["a"] }, { words: ["b"] }], [note])).toThrow(/2 patterns but 1 rows/);
    expect(() => withNotes([], [note])).toThrow(/0 patterns but 1 rows/);
  });
  it("gives every runtime word of a table its example row (parts of day: each word is in its row's example)", () => {
    const rows = DATE_WORDS_TABLE.rows.slice(0, PART_OF_DAY_CODES.length);
    rows.forEach((r, k) => {
      for (const w of PART_OF_DAY_CODES[k]!.words) expect(JSON.stringify(r.examples)).toContain(`${w} `);
    });
  });
});
