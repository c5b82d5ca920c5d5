// A consumer of the packed package, type-checked by tests/api/consumer-types.test.ts under moduleResolution
// nodenext, bundler and node10. Each `@ts-expect-error` is a misuse the types must reject: if one
// compiled, tsc would report the directive as unused and the test would fail.
import { extract, normalize, type Entity, type MoneyEntity, type Relation, type Result } from "thoisu";
import { segment, type Word } from "thoisu/words";

const result: Result = extract("Chiều 9/6, Bí thư Thành ủy Hà Nội Hoàng Trung Hải trao tặng 3 tỷ đồng.", { date: "2017-06-09" });

/** One line per entity, reading each type's own fields after narrowing on `type` (no casts). */
export function describe(e: Entity): string {
  switch (e.type) {
    case "MONEY": {
      const v = e.value;
      return "amount" in v ? `${v.amount} ${v.currency}` : `${v.min}..${v.max} ${v.currency}${e.attrs?.qualifier ?? ""}`;
    }
    case "DATE":
      return e.value.timex;
    case "PERSON":
      return `${e.name} ${e.ref ?? ""} ${e.attrs?.refBasis ?? ""}`;
    case "ROLE": {
      const implicit: boolean | undefined = e.attrs?.implicit;
      return `${e.attrs?.title ?? ""} ${e.attrs?.bodyRef ?? e.attrs?.bodyTemplate ?? ""} ${e.attrs?.modifier ?? ""} ${String(implicit)}`;
    }
    case "ORG":
      return `${e.ref ?? ""} ${e.attrs?.bodyType ?? e.attrs?.head ?? ""}`;
    case "LOC":
      return `${e.ref ?? ""} ${e.attrs?.placeType ?? ""} ${(e.attrs?.alternatives ?? []).join(",")}`;
  }
}

export const lines: string[] = result.entities.map(describe);
export const total: number = result.entities.reduce((sum, e) => (e.type === "MONEY" && "amount" in e.value ? sum + e.value.amount : sum), 0);
// Fields one type has read as undefined on the others.
export const refs: (string | undefined)[] = result.entities.map((e) => e.ref);
export const when: string | undefined = result.relations.map((r: Relation) => r.when?.timex)[0];
export const words: Word[] = segment("Bí thư Thành ủy Hà Nội");
export const normalized: string = normalize("Hoà bình").text;

export function misuses(e: Entity, m: MoneyEntity): unknown[] {
  return [
    // @ts-expect-error: value is a MONEY or DATE value, or undefined, until `type` is checked
    e.value.timex,
    // @ts-expect-error: amount exists on MoneyAmount only; a MoneyRange has min and max
    m.value.amount,
    // @ts-expect-error: attrs differ by type; check `type` first
    e.attrs?.title,
    // @ts-expect-error: a ROLE's modifier is "former" or "new"
    ((x: Entity) => x.type === "ROLE" && x.attrs?.modifier === "ancient")(e),
    // @ts-expect-error: a DATE has a TIMEX3 value, not an amount
    { type: "DATE", start: 0, end: 1, text: "x", rule: "r", value: { amount: 1, currency: "VND" } } satisfies Entity,
    // @ts-expect-error: the entity types are the six of the guidelines
    extract("x", { types: ["PEOPLE"] }),
  ];
}
