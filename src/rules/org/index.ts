/**
 * ORG: bodies outside ROLE spans (`Ban Thường vụ Thành ủy Hà Nội`, `Quốc hội`, `Công ty
 * Việt Á`), by the body grammar in ./bodies.ts; capitalised body words that stand for one
 * body (`Đảng`, `Nhà nước`, `Trung ương`) with their generic uses excluded.
 * @module
 */
import type { Candidate, Doc, Matcher } from "../../pipeline/types.js";
import type { Token } from "../../tokenize/index.js";
import { placeContext, type PlaceFinder, type BodyFinder } from "../loc/places.js";
import { parseBody } from "./bodies.js";

/**
 * Contexts where a capitalised standalone body word is not an ORG: `Trung ương` as a level
 * (`trực thuộc Trung ương`, `từ Trung ương đến`), `Nhà nước pháp quyền` (a concept),
 * `UBND cấp huyện` (a tier, not one body).
 */
function genericUse(toks: readonly Token[], first: number, last: number, head: string): boolean {
  const prev = toks[first - 1]?.lower, next = toks[last]?.lower, next2 = toks[last + 1]?.lower;
  const h = head.toLowerCase();
  if (h === "trung ương" && (prev === "thuộc" || prev === "từ" || prev === "cấp" || next === "đến" || next === "và" && next2 === "địa")) return true;
  if (h === "nhà nước" && (next === "pháp" || prev === "của" && false)) return true;
  if (next === "cấp" || prev === "các" || prev === "những") return true;
  return false;
}

/** Options of the ORG matcher. */
export interface OrgMatcherOptions { places?: PlaceFinder; bodies?: BodyFinder }

/** The ORG matcher: bodies not already inside a ROLE found earlier. */
export function createOrgMatcher(opts: OrgMatcherOptions = {}): Matcher {
  return {
    id: "org",
    match(doc: Doc, found: readonly Candidate[]): Candidate[] {
      const ctx = placeContext(doc, opts.places, opts.bodies);
      const toks = doc.tokens;
      const covered = new Uint8Array(doc.text.length + 1);
      for (const c of found) if (c.type === "ROLE") covered.fill(1, c.start, c.end);
      const out: Candidate[] = [];
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        if (covered[t.start]) continue;
        const b = parseBody(ctx, i);
        if (!b) continue;
        if (b.last === b.first + (b.head.head.split(" ").length) && genericUse(toks, b.first, b.last, b.head.head)) continue;
        const start = t.start, end = toks[b.last - 1]!.end;
        out.push({ type: "ORG", start, end, rule: "org/body", priority: 1, nestable: true, attrs: { head: b.head.head } });
        for (const l of b.locs) {
          out.push({ type: "LOC", start: toks[l.first]!.start, end: toks[l.last - 1]!.end, rule: "loc/in-body", priority: 1, ...(l.ref ? { ref: l.ref } : {}) });
        }
        i = b.last - 1;
      }
      return out;
    },
  };
}

/** The default ORG matcher. */
export const orgMatcher: Matcher = createOrgMatcher();
