#!/usr/bin/env node
// Runs a Python script of the Dask integration with a Python that has Dask's distributed scheduler
// and pandas (Debian: apt-get install python3-distributed python3-dask python3-pandas).
//   node examples/dask/python.mjs SCRIPT [ARGS...]
// $THOISU_PYTHON names the Python to use; otherwise `python3`, then /usr/bin/python3 (Debian's
// packages install there, while a pyenv or venv `python3` may come first on PATH).
// Without such a Python: exit 0 with the reason on stderr, except in CI (CI set), where it fails.
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

const NEEDS = "import distributed, dask.bag, pandas";

/** The first Python that imports Dask's distributed scheduler and pandas, or null. */
export function findPython() {
  const candidates = [process.env.THOISU_PYTHON, "python3", "/usr/bin/python3"].filter(Boolean);
  for (const py of [...new Set(candidates)]) {
    const r = spawnSync(py, ["-c", NEEDS], { stdio: "ignore" });
    if (r.status === 0) return py;
  }
  return null;
}

// Run as a command (not imported by benchmarks/run.mjs).
const isMain = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (isMain) {
  const [script, ...args] = process.argv.slice(2);
  if (!script) {
    console.error("usage: node examples/dask/python.mjs SCRIPT [ARGS...]");
    process.exit(2);
  }
  const py = findPython();
  if (!py) {
    const why = "no Python with dask.distributed and pandas (Debian: apt-get install python3-distributed python3-dask python3-pandas; or set THOISU_PYTHON)";
    if (process.env.CI) {
      console.error(`${script}: FAILED: ${why}; CI installs them in .ci/run`);
      process.exit(1);
    }
    console.error(`${script}: skipped: ${why}`);
    process.exit(0);
  }
  const r = spawnSync(py, [script, ...args], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}
