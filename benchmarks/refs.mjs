// PERSON linking on the dev gold (issue 10): how many mentions of office-holders carry a `ref`,
// and whether every `ref` given is plausible.
//
//   node benchmarks/refs.mjs            (after `npm run build`)
//   npx tsx benchmarks/refs.mjs --src   (no build needed)
//   [--misses] lists the unlinked holder mentions and every violation
//   [--halves] also the new articles' even ids (rules written against) and odd ids (check)
//   [--why] counts the unlinked holder mentions by reason (see `missReason`)
//
// - linked: the gold PERSON mentions of people who hold a gold ROLE in the article (HOLDS), and
//   the share of them for which the system has a PERSON of the same span with a `ref`.
// - refs on no gold PERSON span: refs given to a PERSON the gold does not have (a wrong or
//   misplaced span), which the checks below cannot catch.
// - checks: every system PERSON `ref` is tested against the gazetteer: the person's name (or an
//   alias) must equal the mention's full name (`name`, case-insensitive), and the person's known
//   career (first tenure start to last tenure end, open-ended when the last is) must contain the
//   article's date; a mention of a former post (`nguyên`, role `modifier: "former"`) may come after
//   the career, and a new one (`tân`) up to 90 days before it (a role of that modifier held, per
//   HOLDS, under the same full name anywhere in the article). Articles without a date are checked
//   by name only. Each failure is a violation.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_GROUPS, DEV_HALVES } from "./dev-eval.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const NEW_POST_DAYS = 90;

const dateLow = (d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const dateHigh = (d) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Linked share and ref checks for one set of articles.
 * @param gold parsed gold articles (`loadGoldDir`), each `{ id, entities }`
 * @param sys Map id → `{ entities, relations }` (extraction results)
 * @param gazetteer the gazetteer the extraction used (`get`, `officesOf`)
 * @param dates Map id → ISO day (the article's date)
 */
export function refChecks(gold, sys, gazetteer, dates) {
  let holders = 0, linked = 0, refs = 0, refsOffGold = 0;
  const misses = [], violations = [];
  const reasons = new Map();
  for (const doc of gold) {
    const out = sys.get(doc.id);
    if (!out) continue;
    const day = dates.get(doc.id) ?? null;
    const holderIds = new Set();
    for (const e of doc.entities) if (e.type === "ROLE") for (const p of e.holders) holderIds.add(p);
    const goldSpans = new Set(doc.entities.filter((g) => g.type === "PERSON").map((g) => `${g.start}:${g.end}`));
    const bySpan = new Map();
    for (const e of out.entities) if (e.type === "PERSON") bySpan.set(`${e.start}:${e.end}`, e);
    for (const g of doc.entities) {
      if (g.type !== "PERSON" || !holderIds.has(g.person)) continue;
      holders++;
      const found = bySpan.get(`${g.start}:${g.end}`);
      if (found?.ref) linked++;
      else {
        const reason = missReason(found, gazetteer, day);
        misses.push(`${doc.id} ${g.start} "${g.text}" [${reason}]${found ? ` name "${found.name ?? found.text}"` : ""}`);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    }
    // The modifiers (`former`, `new`) of the roles held (HOLDS) under each full name.
    const fullName = (e) => (e.name ?? e.text).toLowerCase();
    const modifiers = new Map();
    for (const r of out.relations ?? []) {
      if (r.type !== "HOLDS" || !out.entities[r.person]) continue;
      const m = out.entities[r.role]?.attrs?.modifier, n = fullName(out.entities[r.person]);
      if (m) (modifiers.get(n) ?? modifiers.set(n, new Set()).get(n)).add(m);
    }
    out.entities.forEach((e) => {
      if (e.type !== "PERSON" || !e.ref) return;
      refs++;
      if (!goldSpans.has(`${e.start}:${e.end}`)) refsOffGold++;
      const where = `${doc.id} ${e.start} "${e.text}" → ${e.ref}`;
      const person = gazetteer.get(e.ref);
      const full = fullName(e);
      if (!person || person.kind !== "person" || ![person.name, ...person.aliases].some((n) => n.toLowerCase() === full)) {
        violations.push(`${where}: name "${e.name ?? e.text}" is not ${person ? `"${person.name}"` : "a known person"}`);
        return;
      }
      if (!day) return;
      const tenures = gazetteer.officesOf(e.ref);
      if (!tenures.length) { violations.push(`${where}: no known career`); return; }
      const start = tenures.map((t) => (t.from ? dateLow(t.from) : "0000")).sort()[0];
      const end = tenures.some((t) => !t.to) ? "9999" : tenures.map((t) => dateHigh(t.to)).sort().at(-1);
      const mods = modifiers.get(full) ?? new Set();
      const fits = (start <= day || (mods.has("new") && start <= addDays(day, NEW_POST_DAYS)))
        && (day <= end || mods.has("former"));
      if (!fits) violations.push(`${where}: career ${start}–${end} does not fit ${day}`);
    });
  }
  return { holders, linked, share: holders ? linked / holders : 0, refs, refsOffGold, violations: violations.length, misses, violationList: violations, reasons: Object.fromEntries([...reasons].sort((a, b) => b[1] - a[1])) };
}

/**
 * Why a holder mention carries no `ref`: `not found` (no system PERSON of that span), `short
 * name` (its full name `name` is one word: a back-reference not tied to its full mention),
 * `ambiguous` (namesakes remain), `not in data` (no known person of that full name), `no date`
 * (known, but the article has no date and the text decides nothing), `career off date` (known,
 * but no tenure spans the date), else `role unfit` (a role given fits no tenure).
 */
export function missReason(found, gazetteer, day) {
  if (!found) return "not found";
  const full = (found.name ?? found.text).trim();
  if (!full.includes(" ")) return "short name";
  // The linker's own `role-unfit` and `off-date` are checked below against the gazetteer, independently.
  if (found.attrs?.refUnresolved === "ambiguous") return "ambiguous";
  const lower = full.toLowerCase();
  const people = gazetteer.lookup(full, { kinds: ["person"] }).filter((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase() === lower));
  if (!people.length) return "not in data";
  if (!day) return "no date";
  const on = people.some((p) => {
    const ts = gazetteer.officesOf(p.id);
    const start = ts.map((t) => (t.from ? dateLow(t.from) : "0000")).sort()[0];
    const end = ts.some((t) => !t.to) ? "9999" : ts.map((t) => dateHigh(t.to)).sort().at(-1);
    return ts.length && start <= day && day <= end;
  });
  return on ? "role unfit" : "career off date";
}

/** {@link refChecks} per article group (as `scoreGroups`), plus `all`; `halves` adds the new articles' even/odd halves. */
export function refGroups(gold, sys, gazetteer, dates, { halves = false } = {}) {
  const out = { all: { label: "all", articles: gold.length, ...refChecks(gold, sys, gazetteer, dates) } };
  for (const g of halves ? [...DEV_GROUPS, ...DEV_HALVES] : DEV_GROUPS) {
    const docs = gold.filter((d) => g.test(d.id));
    out[g.id] = { label: g.label, articles: docs.length, ...refChecks(docs, sys, gazetteer, dates) };
  }
  return out;
}

/** One line per group: `label: linked L/H (S%), refs R, violations V`. */
export function refTable(groups) {
  return Object.values(groups)
    .map((g) => `${g.label}: holder mentions linked ${g.linked}/${g.holders} (${(100 * g.share).toFixed(1)}%), PERSON refs ${g.refs} (${g.refsOffGold} on no gold PERSON span), ref check violations ${g.violations}`)
    .join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flags = process.argv.slice(2);
  const entry = flags.includes("--src") ? join(here, "..", "src", "index.ts") : join(here, "..", "dist", "index.js");
  const { extract, defaultGazetteer } = await import(entry);
  const { devSystem, articleDates } = await import("./dev-eval.mjs");
  const { gold, sys } = devSystem(extract);
  const groups = refGroups(gold, sys, defaultGazetteer, articleDates(), { halves: flags.includes("--halves") });
  console.log(refTable(groups));
  if (flags.includes("--why")) for (const g of Object.values(groups)) console.log(`${g.label}: unlinked by reason ${JSON.stringify(g.reasons)}`);
  if (flags.includes("--misses")) console.log([...groups.all.violationList, ...groups.all.misses].join("\n"));
}
