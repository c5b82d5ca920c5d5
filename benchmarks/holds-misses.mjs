// Why HOLDS pairs are missed or spurious, per document, so that the causes can be counted.
// The reference scorer (score.mjs) compares document-level pairs (person's full name, role text);
// this reads the gold spans behind each pair and says which step lost it:
//
//   missed:   person not found   no system PERSON at any gold mention of the person
//             person name differs  a system PERSON at a mention, but its full name is another
//             role not found     no system ROLE overlaps a gold span of the role
//             role span differs  a system ROLE overlaps it with other bounds
//             not linked         both found, no relation between them
//   spurious: role not in gold   the system's ROLE span is no gold ROLE (overlapping one or not)
//             role has no holder the gold ROLE is held by nobody
//             other holder       the gold ROLE is held by another person
//             person name differs  held by this person in the gold, under another full name
//             pair elsewhere     the span pair is gold, the pair's text is not (should not happen)
import { norm, pairKey } from "./gold.mjs";

const overlap = (a, b) => a.start < b.end && b.start < a.end;
const span = (e, text) => ({ text: text.slice(e.start, e.end), start: e.start, end: e.end });

/** The gold full name of each person id: its longest mention (as the scorer's gold reader). */
function goldNames(doc) {
  const names = new Map();
  for (const e of doc.entities) {
    if (e.type !== "PERSON") continue;
    const prev = names.get(e.person);
    if (!prev || e.text.length > prev.length) names.set(e.person, e.text);
  }
  return names;
}

/**
 * Missed and spurious HOLDS pairs of every document, with the spans behind them and the cause.
 * `sysById` maps a document id to `{ entities, relations }` as the scorer reads them.
 * Returns `[{ id, kind: "missed"|"spurious", person, role, cause, detail, rule? }]`, where person
 * and role are `{ text, start, end }` (for a missed pair: the gold spans closest to being linked).
 */
export function holdsMisses(goldDocs, sysById) {
  const out = [];
  for (const doc of goldDocs) {
    const text = doc.text;
    const sysOut = sysById.get(doc.id) ?? { entities: [], relations: [] };
    const ents = sysOut.entities ?? [];
    const sysPersons = ents.map((e, k) => ({ e, k })).filter(({ e }) => e.type === "PERSON");
    const sysRoles = ents.map((e, k) => ({ e, k })).filter(({ e }) => e.type === "ROLE");
    const nameOf = (e) => e.name ?? text.slice(e.start, e.end);
    const rels = (sysOut.relations ?? []).filter((r) => r.type === "HOLDS" && ents[r.person] && ents[r.role]);
    const sysPairs = new Set(rels.map((r) => pairKey(nameOf(ents[r.person]), text.slice(ents[r.role].start, ents[r.role].end))));
    const names = goldNames(doc);
    const goldPairs = new Set(doc.holds);
    const mentions = (pid) => doc.entities.filter((e) => e.type === "PERSON" && e.person === pid);

    // Missed: every gold pair the system lacks, diagnosed at the gold spans closest to a link.
    const done = new Set();
    for (const r of doc.entities) {
      if (r.type !== "ROLE") continue;
      for (const pid of r.holders) {
        const key = pairKey(names.get(pid), r.text);
        if (sysPairs.has(key) || done.has(key)) continue;
        done.add(key);
        // All gold occurrences of this pair (the role text may be held at several places).
        const roleSpans = doc.entities.filter((x) => x.type === "ROLE" && x.holders.includes(pid) && norm(x.text) === norm(r.text));
        const pm = mentions(pid);
        const personOk = sysPersons.filter(({ e }) => norm(nameOf(e)) === norm(names.get(pid)));
        const personAt = sysPersons.filter(({ e }) => pm.some((m) => overlap(e, m)));
        let best = null;
        for (const g of roleSpans) {
          const exact = sysRoles.find(({ e }) => e.start === g.start && e.end === g.end);
          const near = exact ?? sysRoles.find(({ e }) => overlap(e, g));
          const rank = exact ? 2 : near ? 1 : 0;
          if (!best || rank > best.rank) best = { g, exact, near, rank };
        }
        // The gold mention of the person nearest the role, to show.
        const nearest = pm.reduce((a, m) => (!a || Math.abs(m.start - best.g.start) < Math.abs(a.start - best.g.start) ? m : a), null);
        let cause, detail = "";
        if (!personOk.length && !personAt.length) cause = "person not found";
        else if (!personOk.length) {
          cause = "person name differs";
          detail = `system names it ${JSON.stringify(nameOf(personAt[0].e))}`;
        } else if (best.rank === 0) cause = "role not found";
        else if (best.rank === 1) {
          cause = "role span differs";
          detail = `system ROLE ${JSON.stringify(text.slice(best.near.e.start, best.near.e.end))} @${best.near.e.start}-${best.near.e.end}`;
        } else {
          cause = "not linked";
          const holders = rels.filter((x) => x.role === best.exact.k).map((x) => `${JSON.stringify(nameOf(ents[x.person]))}${x.rule ? ` (${x.rule})` : ""}`);
          detail = holders.length ? `system gives the role to ${holders.join(", ")}` : "the role has no holder";
        }
        if (cause.startsWith("person") && best.rank < 2) detail += `${detail ? "; " : ""}role ${best.rank === 0 ? "not found" : "span differs"} too`;
        out.push({ id: doc.id, kind: "missed", person: { ...span(nearest, text), name: names.get(pid) }, role: span(best.g, text), cause, detail });
      }
    }

    // Spurious: every system pair the gold lacks, once per pair (its first relation).
    const seen = new Set();
    for (const rel of rels) {
      const p = ents[rel.person], ro = ents[rel.role];
      const key = pairKey(nameOf(p), text.slice(ro.start, ro.end));
      if (goldPairs.has(key) || seen.has(key)) continue;
      seen.add(key);
      const g = doc.entities.find((x) => x.type === "ROLE" && x.start === ro.start && x.end === ro.end);
      let cause, detail = "";
      if (!g) {
        cause = "role not in gold";
        const o = doc.entities.find((x) => x.type === "ROLE" && overlap(x, ro));
        if (o) detail = `gold ROLE ${JSON.stringify(o.text)} @${o.start}-${o.end}`;
      } else if (!g.holders.length) cause = "role has no holder";
      else {
        const atPerson = doc.entities.find((x) => x.type === "PERSON" && overlap(x, p));
        if (atPerson && g.holders.includes(atPerson.person)) {
          cause = "person name differs";
          detail = `gold full name ${JSON.stringify(names.get(atPerson.person))}`;
        } else {
          const holders = g.holders.map((h) => JSON.stringify(names.get(h)));
          cause = holders.length ? "other holder" : "pair elsewhere";
          detail = `gold holder ${holders.join(", ")}`;
        }
      }
      out.push({ id: doc.id, kind: "spurious", person: { ...span(p, text), name: nameOf(p) }, role: span(ro, text), cause, detail, rule: rel.rule });
    }
  }
  return out;
}

/** One line per miss, in the scorer's miss format (`ID HOLDS ...`). */
export function formatHoldsMiss(m) {
  const at = m.person.name && m.person.name !== m.person.text ? ` (${JSON.stringify(m.person.text)})` : "";
  const who = `${JSON.stringify(m.person.name ?? m.person.text)}${at} @${m.person.start}-${m.person.end}`;
  const what = `${JSON.stringify(m.role.text)} @${m.role.start}-${m.role.end}`;
  return `${m.id} HOLDS ${m.kind} ${who} -> ${what}: ${m.cause}${m.detail ? ` (${m.detail})` : ""}${m.rule ? ` [${m.rule}]` : ""}`;
}

/** Counts of causes: `{ missed: { cause: n }, spurious: { cause: n } }`. */
export function countCauses(misses) {
  const c = { missed: {}, spurious: {} };
  for (const m of misses) c[m.kind][m.cause] = (c[m.kind][m.cause] ?? 0) + 1;
  return c;
}
