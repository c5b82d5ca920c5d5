/** `thoisu stats`: a summary of a JSONL result of `thoisu extract`, read line by line. */
import { createReadStream } from "node:fs";
import { readLines } from "./lines.js";

export interface StatsOptions { inputs: string[]; encoding: string; format: "table" | "json"; top: number }

interface ResultLine {
  entities?: { type: string; text: string; name?: string }[];
  relations?: { type: string; person: number; role: number }[];
  error?: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

export async function runStats(o: StatsOptions): Promise<number> {
  let documents = 0, errors = 0, failed = false;
  const types = new Map<string, number>();
  const people = new Map<string, number>(), roles = new Map<string, number>(), bodies = new Map<string, number>(), holds = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const f of o.inputs) {
    const where = f === "-" ? "stdin" : f;
    try {
      for await (const line of readLines((f === "-" ? process.stdin : createReadStream(f)) as AsyncIterable<Buffer>, o.encoding)) {
        if (line.text === null) { process.stderr.write(`thoisu: ${where}:${line.no}: ${line.error}\n`); failed = true; continue; }
        if (!line.text.trim()) continue;
        let r: ResultLine;
        try { r = JSON.parse(line.text) as ResultLine; } catch (e) {
          process.stderr.write(`thoisu: ${where}:${line.no}: malformed JSON (${(e as Error).message})\n`);
          failed = true;
          continue;
        }
        if (r.error !== undefined) { errors++; continue; }
        if (!Array.isArray(r.entities)) {
          process.stderr.write(`thoisu: ${where}:${line.no}: not a result line of thoisu extract (no "entities")\n`);
          failed = true;
          continue;
        }
        documents++;
        const name = (k: number) => { const e = r.entities![k]; return e ? oneLine(e.name ?? e.text) : "?"; };
        r.entities.forEach((e, k) => {
          bump(types, e.type);
          if (e.type === "PERSON") bump(people, name(k));
          else if (e.type === "ROLE") bump(roles, oneLine(e.text));
          else if (e.type === "ORG") bump(bodies, oneLine(e.name ?? e.text));
        });
        for (const rel of r.relations ?? []) if (rel.type === "HOLDS") bump(holds, `${name(rel.person)} — ${oneLine(r.entities[rel.role]?.text ?? "?")}`);
      }
    } catch (e) {
      process.stderr.write(`thoisu: cannot read ${where}: ${(e as Error).message}\n`);
      failed = true;
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.top);
  const summary = {
    documents, errors,
    entities: Object.fromEntries([...types].sort((a, b) => b[1] - a[1])),
    relations: [...holds.values()].reduce((a, b) => a + b, 0),
    people: top(people), roles: top(roles), bodies: top(bodies), holds: top(holds),
  };
  if (o.format === "json") process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
  else {
    const out = [`documents: ${documents}${errors ? ` (+ ${errors} error records)` : ""}`, "", "entities:"];
    for (const [t, n] of Object.entries(summary.entities)) out.push(`  ${t.padEnd(8)}${String(n).padStart(8)}`);
    out.push(`  HOLDS   ${String(summary.relations).padStart(8)}`);
    for (const [title, rows] of [["top people", summary.people], ["top roles", summary.roles], ["top bodies", summary.bodies], ["who holds what", summary.holds]] as const) {
      out.push("", `${title}:`);
      for (const [k, n] of rows) out.push(`  ${String(n).padStart(6)}  ${k}`);
    }
    process.stdout.write(out.join("\n") + "\n");
  }
  return failed ? 1 : 0;
}
