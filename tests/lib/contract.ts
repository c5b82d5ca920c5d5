/**
 * The result contract of `extract`, as a list of violations (empty when the result is valid):
 * used by the property tests, the CI fuzz sample (tests/robustness/fuzz-sample-1.test.ts and -2) and `npm run fuzz`.
 */
import type { Result } from "../../src/types.js";
import { timexProblem } from "./timex.js";

const TYPES = new Set(["PERSON", "ROLE", "ORG", "LOC", "MONEY", "DATE"]);
/** The only nesting allowed: a LOC inside a ROLE or an ORG. */
const NESTS_IN: Readonly<Record<string, ReadonlySet<string>>> = { LOC: new Set(["ROLE", "ORG"]) };
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

export function contractViolations(input: string, r: Result): string[] {
  const out: string[] = [];
  const bad = (what: string) => { if (out.length < 20) out.push(what); };
  if (r.text !== input) bad("result.text is not the input");
  let prev: { start: number; end: number } | null = null;
  const open: { type: string; start: number; end: number }[] = [];
  r.entities.forEach((e, k) => {
    const at = `entity ${k} (${e.type} ${JSON.stringify(e.text)})`;
    if (!TYPES.has(e.type)) bad(`${at}: unknown type`);
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > input.length || e.start >= e.end) bad(`${at}: offsets ${e.start}-${e.end} out of bounds`);
    if (input.slice(e.start, e.end) !== e.text) bad(`${at}: text is not input.slice(start, end)`);
    if (typeof e.rule !== "string" || !e.rule) bad(`${at}: no rule`);
    // Sorted by start, then longer first (an outer span before what nests in it).
    if (prev && (e.start < prev.start || (e.start === prev.start && e.end > prev.end))) bad(`${at}: not in order`);
    prev = e;
    // Overlaps: only a LOC inside a ROLE or ORG, wholly inside.
    while (open.length && open[open.length - 1]!.end <= e.start) open.pop();
    for (const o of open) {
      const inside = e.end <= o.end;
      if (!inside || !NESTS_IN[e.type]?.has(o.type)) bad(`${at}: overlaps ${o.type} ${o.start}-${o.end}`);
    }
    open.push(e);
    if (e.type === "MONEY") {
      const v = e.value as unknown as Record<string, unknown> | undefined;
      if (!v || typeof v.currency !== "string" || !/^[A-Z]{3}$/.test(v.currency)) bad(`${at}: no ISO currency`);
      else if ("amount" in v) { if (typeof v.amount !== "number" || !Number.isFinite(v.amount) || v.amount < 0) bad(`${at}: amount ${v.amount}`); }
      else if (typeof v.min !== "number" || typeof v.max !== "number" || !Number.isFinite(v.min) || !Number.isFinite(v.max) || v.min < 0 || v.min > v.max) bad(`${at}: range ${v.min}-${v.max}`);
    } else if (e.type === "DATE") {
      const v = e.value as unknown as Record<string, unknown> | undefined;
      const p = v ? timexProblem(v.timex) : "no value";
      if (p) bad(`${at}: TIMEX3 ${JSON.stringify(v?.timex)}: ${p}`);
    } else if ((e as { value?: unknown }).value !== undefined) bad(`${at}: a value on a ${(e as { type: string }).type}`);
  });
  for (const rel of r.relations) {
    if (rel.type !== "HOLDS" || r.entities[rel.person]?.type !== "PERSON" || r.entities[rel.role]?.type !== "ROLE") bad(`relation ${JSON.stringify(rel)} is not PERSON HOLDS ROLE`);
  }
  const d = r.meta.date;
  if (d !== null) {
    const m = YMD.exec(d);
    const ok = m && +m[1]! >= 1 && +m[2]! >= 1 && +m[2]! <= 12 && +m[3]! >= 1 && +m[3]! <= new Date(Date.UTC(2000, +m[2]!, 0)).getUTCDate() &&
      !(+m[2]! === 2 && +m[3]! === 29 && !((+m[1]! % 4 === 0 && +m[1]! % 100 !== 0) || +m[1]! % 400 === 0));
    if (!ok) bad(`meta.date ${JSON.stringify(d)} is not a valid YYYY-MM-DD`);
  }
  // Plain JSON: a round trip gives the same result.
  const json = JSON.stringify(r);
  if (JSON.stringify(JSON.parse(json)) !== json || !sameJson(JSON.parse(json), r)) bad("not plain JSON (a round trip changes it)");
  return out;
}

/** Deep equality of a JSON value and an object (undefined-valued keys count as absent, as in JSON). */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof b === "number") return typeof a === "number" && (Object.is(a, b) || a === b);
  if (b === null || typeof b !== "object") return a === b;
  if (Array.isArray(b)) return Array.isArray(a) && a.length === b.length && b.every((x, k) => sameJson(a[k], x));
  if (a === null || typeof a !== "object" || Array.isArray(a)) return false;
  if (Object.getPrototypeOf(b) !== Object.prototype && Object.getPrototypeOf(b) !== null) return false;
  const keys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keys.length === Object.keys(a).length && keys.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
