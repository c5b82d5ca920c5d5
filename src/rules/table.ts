/**
 * The one shape of a rule table: each rule a row with its id, what it means, its pattern as far
 * as it is data, and its examples and counter-examples. Tables live beside their rules (in the
 * rule's own module) and are listed in `./tables.ts`; `tests/rules/examples.test.ts` runs every
 * example and counter-example as its own test. Nothing here runs in the library.
 *
 * @example
 * ```ts
 * export const MONEY_TABLE: RuleTable = {
 *   name: "MONEY", output: "MONEY", setup: "money",
 *   rows: [{
 *     id: "money/amount-scale-currency",
 *     description: "A number in digits, scale words, a currency.",
 *     examples: [{ text: "hỗ trợ 3 tỷ đồng cho tỉnh", find: [{ text: "3 tỷ đồng", value: { amount: 3e9, currency: "VND" } }] }],
 *     counterExamples: ["3 triệu người"], // no MONEY at all
 *   }],
 * };
 * ```
 * @module
 */
import type { EntityType } from "../types.js";

/**
 * What the table's examples are read from:
 * - an entity type: the entities of that type in the result;
 * - `HOLDS`: the HOLDS relations, each written `Person's name = Role text`, sorted;
 * - `predicate:<name>`: a yes/no guard on tokens, named in the harness (examples must answer
 *   yes, counter-examples no), for rules that decide something without producing a span.
 */
export type RuleOutput = EntityType | "HOLDS" | `predicate:${string}`;

/**
 * Which extractor runs the examples (built by the harness):
 * - `money`, `date`: that matcher alone;
 * - `names`: the ROLE, ORG, LOC and PERSON matchers, no gazetteer, no linker (rules, not lists);
 * - `names+holds`: the same with the HOLDS linker;
 * - `names+nonce-gazetteer`: the ROLE, ORG, LOC and PERSON matchers over a gazetteer of two
 *   invented entries (the country `Vadoria` and the ministry `Bộ Thủy lợi và vận tải sông`);
 * - `default`: `extract()`, every default matcher and linker over the bundled gazetteer;
 * - `tokens`: no extractor; a predicate table reads the tokens.
 */
export type RuleSetup = "money" | "date" | "names" | "names+holds" | "names+nonce-gazetteer" | "default" | "tokens";

/**
 * One thing an example must produce: a span text (an entity of the table's type, or a HOLDS pair
 * `Name = Role`), or an object that also says its value, rule, name or attrs. The rule of an
 * entity of the table's type defaults to the row's id and is always checked.
 */
export type Expected = string | {
  /** The span text; defaults to the whole input. */
  text?: string;
  /** Another entity type than the table's (`LOC` inside a ROLE example). */
  type?: EntityType;
  value?: unknown;
  rule?: string;
  /** PERSON: the full name a mention resolves to. */
  name?: string;
  /** Attributes that must be present with these values (others may be there too). */
  attrs?: Readonly<Record<string, unknown>>;
};

/**
 * One input and what the rule must (example) or must not (counter-example) make of it. A bare
 * string is short for `{ text }`.
 *
 * Defaults: an example with neither `find` nor `not` must produce one entity spanning the
 * whole input; a counter-example with neither must produce nothing of the table's output. A
 * counter-example's `find` is what is found instead (where a name must stop). For a rule that
 * refuses or removes (a guard), the examples show it refusing (`not`) and the counter-examples
 * what stays (`find`).
 */
export type Example = string | {
  /** The input. */
  text: string;
  /** The article's date (`options.date`), for rules that read it. */
  date?: string;
  /** What must be found. */
  find?: readonly Expected[];
  /** `find` is all of the table's output (and of each other type it names), in order. */
  only?: true;
  /** Span texts (or HOLDS pairs) that must not be found. */
  not?: readonly string[];
  /** Predicate tables: the token range [first, last) asked about. */
  at?: readonly [number, number];
};

/** A rule: its id (the `rule` of what it produces), what it means, its pattern, its examples. */
export interface RuleRow<Pattern = unknown> {
  id: string;
  description: string;
  /** The pattern as data, when the rule reads one (word lists and what they produce). */
  pattern?: Pattern;
  examples: readonly Example[];
  counterExamples: readonly Example[];
}

/** A row whose rule reads its pattern from the row itself (the code loops over the rows). */
export type PatternRow<Pattern> = RuleRow<Pattern> & { pattern: Pattern };

/** What a pattern row says beside its pattern: its id, meaning and examples. */
export type RowNotes = Omit<RuleRow, "pattern">;

/**
 * A pattern table's rows: the patterns the runtime loops over, joined in order with their notes.
 * The notes (examples above all) live in the rule's examples module, so the runtime bundle does
 * not carry them; a pattern added without notes, or notes without a pattern, throws when the
 * examples harness loads the table.
 */
export function withNotes<Pattern>(patterns: readonly Pattern[], notes: readonly RowNotes[]): PatternRow<Pattern>[] {
  if (patterns.length !== notes.length) throw new Error(`thoisu: ${notes[0]?.id ?? "a pattern table"}: ${patterns.length} patterns but ${notes.length} rows of notes`);
  return patterns.map((pattern, k) => ({ ...notes[k]!, pattern }));
}

/** A table of rules whose examples one harness runs. */
export interface RuleTable {
  /** A short name for the test titles (`MONEY`, `ORG bodies`). */
  name: string;
  /** Where the rules live, for a reader of a failing test. */
  source: string;
  output: RuleOutput;
  setup: RuleSetup;
  rows: readonly RuleRow[];
}
