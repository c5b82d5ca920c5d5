// Supply chain: no runtime dependency (what a user's `npm install thoisu` pulls in, read from
// package-lock.json) runs an install script.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean; hasInstallScript?: boolean }> };
// What npm runs when it installs a package from the registry (`prepare` runs only for git and local
// installs, not from the registry: fuse.js has one, for its own development).
const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"];

/** Lock entries (path → entry) of the packages installed for users: not dev-only. */
const runtime = Object.entries(lock.packages).filter(([path, p]) => path !== "" && !p.dev && !p.devOptional);
const withInstallScript = (path: string, p: { hasInstallScript?: boolean }) => {
  if (p.hasInstallScript) return true;
  const manifest = join(root, path, "package.json");
  const scripts = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")).scripts ?? {}) : {};
  return INSTALL_SCRIPTS.some((s) => s in scripts);
};

describe("runtime dependencies", () => {
  it("are the ones package.json declares (and what they pull in)", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    for (const name of Object.keys(pkg.dependencies ?? {})) expect(runtime.map(([path]) => path)).toContain(`node_modules/${name}`);
  });

  it("have no install scripts", () => {
    expect(runtime.filter(([path, p]) => withInstallScript(path, p)).map(([path]) => path)).toEqual([]);
  });

  it("the check sees an install script where there is one (esbuild, a build-time dependency)", () => {
    const esbuild = lock.packages["node_modules/esbuild"];
    expect(esbuild?.dev).toBe(true);
    expect(withInstallScript("node_modules/esbuild", esbuild!)).toBe(true);
  });
});
