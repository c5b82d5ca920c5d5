/**
 * Who holds what: the HOLDS relations of a result grouped by person, each person–role pair once.
 * Shared by the HTML view and the CLI's table, so both count a pair the same way.
 * @module
 */
import { normalize } from "../normalize/index.js";
import type { Entity, Relation, Result, RoleAttrs } from "../types.js";

/** One post a person holds in the article (all its mentions merged). */
export interface HeldRole {
  /** Index of the role's first mention in `result.entities`. */
  role: number;
  /** The longest mention's text, on one line. */
  text: string;
  /** TIMEX3 of the relation's `when`, when the linker gave one. */
  when?: string;
  /** The role's own ref and its title/body/place refs, without repeats. */
  refs: string[];
  /** `attrs.modifier` of its mentions (`former`, `new`), without repeats. */
  modifiers: string[];
  /** How many HOLDS relations name this pair. */
  mentions: number;
}

/** A person and the posts the article gives them, in order of first mention. */
export interface Holder {
  /** Index of the person's first mention in `result.entities`. */
  person: number;
  /** The full name (`entity.name`, else the mention's text). */
  name: string;
  ref?: string;
  roles: HeldRole[];
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
// NFC and one tone placement, so `Hoà`/`Hòa` and NFD/NFC spellings of one name are one person.
const key = (s: string) => normalize(oneLine(s)).text.toLowerCase();

/** `when: { timex }` on a relation: added by the linker in later versions, absent before. */
function whenOf(rel: Relation): string | undefined {
  const when = (rel as { when?: unknown }).when;
  if (when && typeof when === "object" && typeof (when as { timex?: unknown }).timex === "string") return (when as { timex: string }).timex;
  return undefined;
}

function roleKey(e: Entity): string {
  const a: RoleAttrs = (e.type === "ROLE" && e.attrs) || {};
  // Same title, body and place (resolved refs) is one post however it is worded, `former` or `new`
  // included (the modifiers are listed); otherwise the wording.
  if (typeof a.titleRef === "string") return [a.titleRef, a.bodyRef ?? a.bodyTemplate ?? "", a.placeRef ?? ""].join("|");
  return e.ref ?? key(e.text);
}

function roleRefs(e: Entity): string[] {
  const a: RoleAttrs = (e.type === "ROLE" && e.attrs) || {};
  const refs = [e.ref, a.titleRef, a.bodyRef, a.placeRef].filter((r): r is string => typeof r === "string" && r !== "");
  return [...new Set(refs)];
}

/** Groups `result.relations` (HOLDS) by person; a relation pointing outside `entities` is ignored. */
export function holdings(result: Result): Holder[] {
  const holders = new Map<string, Holder & { byRole: Map<string, HeldRole>; byPost: Map<string, HeldRole> }>();
  for (const rel of result.relations) {
    if (rel.type !== "HOLDS") continue;
    const p = result.entities[rel.person], r = result.entities[rel.role];
    if (!p || !r) continue;
    const name = oneLine(p.name ?? p.text);
    const pk = p.ref ?? key(name);
    let h = holders.get(pk);
    if (!h) {
      h = { person: rel.person, name, ...(p.ref ? { ref: p.ref } : {}), roles: [], byRole: new Map(), byPost: new Map() };
      holders.set(pk, h);
    }
    if (name.length > h.name.length) h.name = name;
    const when = whenOf(rel);
    const post = roleKey(r);
    const rk = post + "\u0000" + (when ?? "");
    const text = oneLine(r.text);
    const modifier = (r.type === "ROLE" && r.attrs?.modifier) || null;
    // An undated mention of a post the person also holds in a period adds no row: it joins the
    // dated one (and a dated mention dates a row that had none).
    let held = h.byRole.get(rk);
    if (!held && when === undefined) held = h.byPost.get(post);
    if (!held && when !== undefined) {
      const undated = h.byRole.get(post + "\u0000");
      if (undated) {
        h.byRole.delete(post + "\u0000");
        undated.when = when;
        h.byRole.set(rk, undated);
        held = undated;
      }
    }
    if (held) {
      held.mentions++;
      if (text.length > held.text.length) held.text = text;
      for (const ref of roleRefs(r)) if (!held.refs.includes(ref)) held.refs.push(ref);
      if (modifier && !held.modifiers.includes(modifier)) held.modifiers.push(modifier);
      if (rel.role < held.role) held.role = rel.role;
    } else {
      const hr: HeldRole = { role: rel.role, text, ...(when ? { when } : {}), refs: roleRefs(r), modifiers: modifier ? [modifier] : [], mentions: 1 };
      h.byRole.set(rk, hr);
      if (!h.byPost.has(post)) h.byPost.set(post, hr);
      h.roles.push(hr);
    }
    if (rel.person < h.person) h.person = rel.person;
  }
  const out = [...holders.values()].map(({ byRole: _, byPost: __, ...h }) => ({ ...h, roles: h.roles.sort((a, b) => a.role - b.role) }));
  return out.sort((a, b) => a.person - b.person);
}
