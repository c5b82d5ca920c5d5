// The demo page (dist/web, built by `npm run build`) in a real browser: headless Chromium driven by
// playwright-core, as a person would use it. Needs Debian's `chromium` (.ci/run installs it); without
// it the test is skipped with a message, except in CI where it fails.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const page_ = join(root, "dist", "web", "index.html");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) console.warn(`tests/integration/demo-page.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

// `npm run screenshot` sets THOISU_SCREENSHOT=docs/demo.png (the README's picture); otherwise the
// picture goes next to the built page, so that a test run leaves the repository unchanged.
const screenshotPath = process.env.THOISU_SCREENSHOT ? join(root, process.env.THOISU_SCREENSHOT) : join(root, "dist", "web", "screenshot.png");

interface Mark { i: number; type: string; start: number; end: number; text: string }

describe.runIf(haveChromium || !!process.env.CI)("demo page in Chromium", () => {
  let browser: Browser, page: Page;
  const dialogs: string[] = [], errors: string[] = [];
  // The built library, as the page bundles it.
  let lib: typeof import("../../src/index.js");

  beforeAll(async () => {
    if (!existsSync(page_)) throw new Error("dist/web/index.html is missing: run `npm run build` first (npm test does)");
    lib = await import(pathToFileURL(join(root, "dist", "index.js")).href);
    browser = await chromium.launch({ executablePath: CHROMIUM });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on("pageerror", (e) => errors.push(e.message));
    // From file://, as a user opens it: no server.
    await page.goto(pathToFileURL(page_).href);
  }, 60_000); // a browser start on a busy 2-core machine; the tests' own waits are short

  afterAll(async () => { await browser?.close(); }, 30_000);

  /** Waits until the output shows the textarea's current text (the page renders 150 ms after the last keystroke). */
  const rendered = () => page.waitForFunction("document.getElementById('output').dataset.length == document.getElementById('text').value.length", null, { timeout: 30_000 });
  const marks = (): Promise<Mark[]> => page.$$eval("#output mark.ts-e:not([data-part])", (els) => els.map((el) => ({
    i: Number(el.getAttribute("data-i")), type: el.getAttribute("data-type")!, start: Number(el.getAttribute("data-start")), end: Number(el.getAttribute("data-end")), text: el.textContent!,
  })));

  it("opens with a bundled article, a legend of the six types, and its timing", async () => {
    await rendered();
    const legend = await page.$$eval("#output .ts-legend li", (els) => els.map((el) => el.getAttribute("data-type")));
    expect(legend).toEqual(["PERSON", "ROLE", "ORG", "LOC", "MONEY", "DATE"]);
    expect(await page.textContent("#status")).toMatch(/entities.*extract [\d.]+ ms/);
    const text = await page.inputValue("#text");
    const date = await page.inputValue("#date");
    expect((await marks()).length).toBe(lib.extract(text, { date }).entities.length);
  });

  it("highlights what extract() finds in a typed article, updating as one types", async () => {
    const article = readFileSync(join(root, "benchmarks", "corpus", "raw", "025.txt"), "utf8").trimEnd();
    await page.fill("#date", "2025-02-18");
    await page.fill("#text", article);
    await page.focus("#text");
    await page.keyboard.press("End");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n\nChủ tịch nước Lương Cường trao tặng 3 tỷ đồng cho tỉnh Hải Dương.");
    await rendered();
    const text = await page.inputValue("#text");
    expect(text.startsWith(article) && text.endsWith("Hải Dương.")).toBe(true);
    const want = lib.extract(text, { date: "2025-02-18" });
    const got = await marks();
    expect(got.map(({ type, start, end, text }) => ({ type, start, end, text }))).toEqual(want.entities.map(({ type, start, end, text }) => ({ type, start, end, text })));
    expect(got.some((m) => m.type === "MONEY" && m.text === "3 tỷ đồng")).toBe(true);
    // Nesting as in the result: each mark's enclosing mark is the entity that contains it.
    const parents = await page.$$eval("#output mark.ts-e", (els) => els.map((el) => el.parentElement?.closest("mark.ts-e")?.getAttribute("data-i") ?? null));
    expect(parents.filter((p) => p !== null).length).toBe(want.entities.filter((e, i) => want.entities.some((o, j) => j !== i && o.start <= e.start && e.end <= o.end)).length);
    // The who-holds-what pane names every person the result links to a role.
    const holds = await page.textContent("#holds");
    for (const rel of want.relations) expect(holds).toContain(want.entities[rel.person]!.name ?? want.entities[rel.person]!.text);
  });

  it("shows an entity's details in a tooltip on hover", async () => {
    const person = page.locator("#output mark.ts-e[data-type=PERSON]").first();
    const i = Number(await person.getAttribute("data-i"));
    const text = await page.inputValue("#text");
    const e = lib.extract(text, { date: "2025-02-18" }).entities[i]!;
    await person.hover();
    // Runs in the page (this project's type-check has no DOM lib, hence the local type).
    const tip = await person.evaluate((el) => {
      const s = (globalThis as unknown as { getComputedStyle(e: unknown, pseudo: string): { display: string; content: string } }).getComputedStyle(el, "::before");
      return { display: s.display, content: s.content };
    });
    expect(tip.display).toBe("block");
    for (const want of [`${e.type}`, `rule: ${e.rule}`, `name: ${e.name}`, ...(e.ref ? [`ref: ${e.ref}`] : [])]) expect(tip.content).toContain(want);
    await page.evaluate("document.getElementById('text').scrollTop = 0");
    mkdirSync(dirname(screenshotPath), { recursive: true });
    const png = await page.screenshot({ path: screenshotPath });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("shows markup typed into the text as text, and runs none of it", async () => {
    const evil = `Bí thư Thành ủy Hà Nội <script>window.__pwned = 1</script>Hoàng Trung Hải <img src="x" onerror="window.__pwned = 2; alert('img')"> trao 3 tỷ đồng <svg onload="window.__pwned = 3"></svg> "Hà Nội" & 'Huế' <b onclick=alert(1)>đậm</b> <!-- -->`;
    await page.fill("#text", evil);
    await rendered();
    // Give an image error or an svg load event time to fire, had any element been created.
    await page.waitForTimeout(200);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator("#output script, #output img, #output svg, #output b").count()).toBe(0);
    expect(await page.textContent("#output .ts-text")).toBe(evil);
    expect((await marks()).length).toBe(lib.extract(evil, { date: "2025-02-18" }).entities.length);
    expect(errors).toEqual([]);
  });
});
