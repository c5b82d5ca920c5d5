// dist/ in a browser with no bundler and no import map: a page served over HTTP loads
// dist/index.js and dist/words.js with <script type="module"> (every import in dist is relative).
// Headless Chromium through playwright-core, like tests/integration/demo-page.test.ts: skipped with a message where
// there is no Chromium, except in CI (.ci/run installs it), where that fails.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dist = join(__dirname, "..", "..", "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) console.warn(`tests/integration/browser-esm.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const PAGE = `<!doctype html><meta charset="utf-8"><pre id="out">pending</pre>
<script type="module">
import { extract, defaultGazetteer } from "/dist/index.js";
import { segment } from "/dist/words.js";
const r = extract("Chiều 9/6, Bí thư Thành ủy Hà Nội Hoàng Trung Hải trao tặng 3 tỷ đồng.", { date: "2017-06-09" });
const words = segment("Bí thư Thành ủy").map((w) => w.text);
// A request the server records between the modules that extract needs and those the fuzzy search loads.
await fetch("/searching");
const [best] = await defaultGazetteer.search("Hải Dươngg", { kinds: ["place"], limit: 1 });
document.getElementById("out").textContent = JSON.stringify({
  entities: r.entities.map((e) => [e.type, e.text, e.value ?? e.ref ?? null]), relations: r.relations.length,
  words, searched: best?.entry.id,
});
</script>`;

describe.runIf(haveChromium || !!process.env.CI)("dist in a browser, without a bundler", () => {
  let server: Server, browser: Browser, base: string;
  const requested: string[] = [];

  beforeAll(async () => {
    // Serves the page at / and dist/ at /dist/, with JavaScript's MIME type (modules require it).
    server = createServer((req, res) => {
      const url = decodeURIComponent((req.url ?? "/").split("?")[0]!);
      requested.push(url);
      if (url === "/") { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(PAGE); return; }
      const file = normalize(join(dist, url.replace(/^\/dist\//, "")));
      if (!url.startsWith("/dist/") || !file.startsWith(dist + sep) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { "content-type": extname(file) === ".js" ? "text/javascript; charset=utf-8" : "application/octet-stream" });
      res.end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 60_000); // a browser start on a busy 2-core machine

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  }, 30_000);

  it("imports dist/index.js and dist/words.js as ES modules, extracts, and loads fuse.js only to search", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(base + "/");
    await page.waitForFunction("document.getElementById('out').textContent !== 'pending'", null, { timeout: 30_000 });
    expect(errors).toEqual([]);
    expect(JSON.parse((await page.textContent("#out"))!)).toEqual({
      entities: [
        ["DATE", "Chiều 9/6", { timex: "2017-06-09TAF" }],
        ["ROLE", "Bí thư Thành ủy Hà Nội", null],
        ["LOC", "Hà Nội", "tinh:ha-noi"],
        ["PERSON", "Hoàng Trung Hải", "person:hoang-trung-hai"],
        ["MONEY", "3 tỷ đồng", { amount: 3000000000, currency: "VND" }],
      ],
      relations: 1,
      words: ["Bí thư", "Thành ủy"],
      searched: "tinh:hai-duong",
    });
    // The browser fetched the modules from dist/, nothing else; the vendored fuse.js only for the
    // fuzzy search, after extract had run (the package loads it lazily).
    const searching = requested.indexOf("/searching");
    expect(searching).toBeGreaterThan(0);
    expect(requested.indexOf("/dist/vendor/fuse.js")).toBeGreaterThan(searching);
    expect(requested.filter((u) => u !== "/" && u !== "/searching" && !u.startsWith("/dist/") && u !== "/favicon.ico")).toEqual([]);
    await page.close();
  });
});
