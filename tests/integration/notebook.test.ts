// The researcher's notebook (examples/corpus-analysis.ipynb), executed headless as CI does, and its
// outputs checked against what the library computes here. Needs jupyter with a Python kernel,
// pandas and matplotlib (.ci/run installs them from Debian); skipped with a reason when they are
// absent, except under CI, where their absence fails.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const root = join(__dirname, "..", "..");
const notebook = join(root, "examples", "corpus-analysis.ipynb");
const probe = spawnSync("jupyter", ["nbconvert", "--version"], { encoding: "utf8" });
// The python3 kernel: a kernelspec in one of Jupyter's data directories.
const paths = spawnSync("jupyter", ["--paths", "--json"], { encoding: "utf8" });
const dataDirs: string[] = paths.status === 0 ? (JSON.parse(paths.stdout) as { data: string[] }).data : [];
const kernel = dataDirs.some((d) => existsSync(join(d, "kernels", "python3", "kernel.json")));
const missing = probe.status !== 0 ? "jupyter nbconvert" : !kernel ? "a python3 Jupyter kernel (ipykernel)" : null;
if (missing && !process.env.CI) console.log(`notebook test skipped: ${missing} is not installed (apt-get install jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib)`);

interface Output { output_type: string; text?: string | string[]; data?: Record<string, unknown>; ename?: string; evalue?: string }

describe("examples/corpus-analysis.ipynb", () => {
  it("has what it needs (under CI)", () => {
    if (process.env.CI) expect(missing, "CI installs jupyter, its Python kernel, pandas and matplotlib (.ci/run)").toBeNull();
  });

  it.runIf(!missing)("runs headless, and its tables, dtypes and figures are right", () => {
    const out = join(mkdtempSync(join(tmpdir(), "thoisu-nb-")), "executed.ipynb");
    const r = spawnSync("jupyter", ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600", "--output", out, notebook], {
      cwd: join(root, "examples"), encoding: "utf8", env: { ...process.env, THOISU_NODE: process.execPath, THOISU_CLI: "" },
    });
    expect(r.status, r.stderr.slice(-3000)).toBe(0);
    const cells = (JSON.parse(readFileSync(out, "utf8")) as { cells: { cell_type: string; outputs?: Output[] }[] }).cells;
    const outputs = cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === "error")).toEqual([]);
    const printed = outputs.filter((o) => o.output_type === "stream").map((o) => (Array.isArray(o.text) ? o.text.join("") : o.text ?? "")).join("");

    // The same corpus, extracted here by the library.
    const raw = join(root, "benchmarks", "corpus", "raw");
    const rows = readFileSync(join(raw, "SOURCES.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
    expect(rows.length).toBe(readdirSync(raw).filter((f) => f.endsWith(".txt")).length);
    const results = rows.map(([id, , date]) => ({ id: id!, r: extract(readFileSync(join(raw, `${id}.txt`), "utf8"), date ? { date } : undefined) }));
    const entities = results.reduce((n, x) => n + x.r.entities.length, 0);
    const relations = results.reduce((n, x) => n + x.r.relations.length, 0);
    expect(printed).toContain(`documents: ${rows.length}, entities: ${entities}, relations: ${relations}\n`);

    // Ids stay strings, numbers are numbers, dates are dates.
    expect(printed).toMatch(/\{'doc_id': 'object', 'index': 'int64', 'type': 'category', 'start': 'int64', 'end': 'int64', 'text': 'object'.*'amount': 'float64', 'currency': 'object', 'min': 'float64', 'max': 'float64', 'timex': 'object', 'attrs': 'object'\}/);
    expect(printed).toMatch(/\{'doc_id': 'object', 'line': 'int64', 'date': 'datetime64\[ns\]', 'date_source': 'object', 'characters': 'int64'/);
    expect(printed).toContain(`offsets ok on ${results[0]!.r.entities.length} entities of document 000`);

    // The most frequent official: most articles, then most HOLDS mentions.
    const tally = new Map<string, { docs: Set<string>; mentions: number }>();
    for (const { id, r } of results) for (const rel of r.relations) {
      const p = r.entities[rel.person]!;
      const t = tally.get(p.name ?? p.text) ?? { docs: new Set(), mentions: 0 };
      t.docs.add(id); t.mentions++;
      tally.set(p.name ?? p.text, t);
    }
    const best = [...tally].sort((a, b) => b[1].docs.size - a[1].docs.size || b[1].mentions - a[1].mentions);
    const top = /top official: (.+)\n/.exec(printed)![1]!;
    expect(tally.get(top)).toEqual(best[0]![1]);

    // The plot is drawn.
    expect(outputs.some((o) => o.data && "image/png" in o.data)).toBe(true);
  }, 600000);
});
