/**
 * The one harness of the rule tables (src/rules/table.ts): every example and counter-example of
 * every table listed in src/rules/tables.ts runs as its own test, and nothing can be left out:
 * a table declared anywhere in src but not listed fails, and so does a rule id the library emits
 * on the bundled corpus that no row or example names.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../../src/extract.js";
import type { Entity } from "../../src/types.js";
import type { Example, Expected, RuleRow, RuleTable } from "../../src/rules/table.js";
import { RULE_TABLES } from "../../src/rules/tables.js";
import { holdsPairs, predicates, run, tokensOf } from "./setups.js";

interface Item { text: string; type: string; rule: string; value?: unknown; name?: string; attrs?: Record<string, unknown> }
type Want = Omit<Exclude<Expected, string>, "text" | "type"> & { text: string; type: string };

const label = (x: Example): string => {
  const e = typeof x === "string" ? { text: x } : x;
  return `${JSON.stringify(e.text)}${e.date ? ` @${e.date}` : ""}${e.at ? ` [${e.at.join(",")})` : ""}`;
};

/** What the table's examples are read from, for each type they name. */
function itemsOf(table: RuleTable, text: string, date: string | undefined): (type: string) => Item[] {
  const r = run(table.setup, text, date);
  const pairs = table.output === "HOLDS" ? r.relations.map((x, i) => ({ text: holdsPairs({ ...r, relations: [x] })[0]!, type: "HOLDS", rule: r.relations[i]!.rule })).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)) : [];
  return (type) => type === "HOLDS" ? pairs : r.entities.filter((e: Entity) => e.type === type).map((e) => e as unknown as Item);
}

function check(table: RuleTable, row: RuleRow, x: Example, counter: boolean): void {
  const e = typeof x === "string" ? { text: x } : x;
  if (table.output.startsWith("predicate:")) {
    const name = table.output.slice("predicate:".length);
    const p = predicates[name];
    if (!p) throw new Error(`no predicate ${name} in tests/rules/setups.ts`);
    expect(p(tokensOf(e.text), e.at), counter ? "a counter-example must answer no" : "an example must answer yes").toBe(!counter);
    return;
  }
  const of = itemsOf(table, e.text, e.date);
  // Defaults: an example finds one entity spanning the input; a counter-example finds nothing.
  const find: readonly Expected[] = e.find ?? (e.not || counter ? [] : [{}]);
  const only = e.only ?? (!e.find && !e.not && counter);
  const wants: Want[] = find.map((f) => (typeof f === "string" ? { text: f } : f)).map((f) => ({ ...f, text: f.text ?? e.text, type: f.type ?? table.output }));
  const shown = (type: string) => JSON.stringify(of(type).map((i) => [i.text, i.rule]));
  if (only) {
    for (const type of new Set([table.output, ...wants.map((w) => w.type)])) {
      expect(of(type).map((i) => i.text), `all ${type} of ${e.text}`).toEqual(wants.filter((w) => w.type === type).map((w) => w.text));
    }
  }
  const used = new Set<Item>();
  for (const w of wants) {
    const hit = of(w.type).find((i) => !used.has(i) && i.text === w.text);
    expect(hit, `${w.type} ${JSON.stringify(w.text)} among ${shown(w.type)}`).toBeDefined();
    used.add(hit!);
    // The rule that fired is the row's own (or the one the example names), not another that agrees.
    const rule = w.rule ?? (!counter && w.type === table.output ? row.id : undefined);
    if (rule !== undefined) expect(hit!.rule, `rule of ${JSON.stringify(w.text)}`).toBe(rule);
    if (w.value !== undefined) expect(hit!.value).toEqual(w.value);
    if (w.name !== undefined) expect(hit!.name).toBe(w.name);
    if (w.attrs !== undefined) expect(hit!.attrs ?? {}).toMatchObject(w.attrs);
  }
  for (const n of e.not ?? []) expect(of(table.output).map((i) => i.text), `must not find ${JSON.stringify(n)}`).not.toContain(n);
}

const tables = Object.values(RULE_TABLES) as RuleTable[];

for (const table of tables) {
  describe(`${table.name} (${table.source})`, () => {
    for (const row of table.rows) {
      describe(`${row.id}: ${row.description}`, () => {
        for (const x of row.examples) it(`example ${label(x)}`, () => check(table, row, x, false));
        for (const x of row.counterExamples) it(`counter-example ${label(x)}`, () => check(table, row, x, true));
      });
    }
  });
}

describe("the rule tables", () => {
  it("every table declared in src is listed in src/rules/tables.ts", () => {
    const declared: string[] = [];
    const walk = (dir: string): void => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, d.name);
        if (d.isDirectory()) walk(p);
        else if (d.name.endsWith(".ts")) for (const m of readFileSync(p, "utf8").matchAll(/^export const (\w+): RuleTable\b/gm)) declared.push(m[1]!);
      }
    };
    walk(new URL("../../src", import.meta.url).pathname);
    expect(declared.sort()).toEqual(Object.keys(RULE_TABLES).sort());
  });
  it("every row has an example", () => {
    for (const t of tables) for (const r of t.rows) expect(r.examples.length, `${t.name} ${r.id}`).toBeGreaterThan(0);
  });
  it("every rule id the library emits on the bundled corpus has a row or an example", () => {
    const named = new Set<string>();
    for (const t of tables) {
      for (const r of t.rows) {
        if (!t.output.startsWith("predicate:")) named.add(r.id);
        for (const x of r.examples) if (typeof x !== "string") for (const f of x.find ?? []) if (typeof f !== "string" && f.rule) named.add(f.rule);
      }
    }
    const raw = new URL("../../benchmarks/corpus/raw/", import.meta.url);
    const emitted = new Set<string>();
    for (const f of readdirSync(raw).filter((n) => n.endsWith(".txt"))) {
      const r = extract(readFileSync(new URL(f, raw), "utf8"));
      for (const e of r.entities) if (!e.rule.startsWith("gazetteer:")) emitted.add(e.rule);
      for (const x of r.relations) emitted.add(x.rule);
    }
    expect(emitted.size).toBeGreaterThan(40);
    expect([...emitted].filter((id) => !named.has(id)).sort()).toEqual([]);
  });
});
