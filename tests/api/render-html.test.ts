// The HTML view (renderHtml, toDisplay, the CLI's --format html) read back by a spec-compliant HTML
// parser (parse5): what a browser would build from it, not what a regex sees.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse, parseFragment } from "parse5";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { formatTable } from "../../src/cli/formats.js";
import { extract, renderHtml, toDisplay } from "../../src/index.js";
import type { Entity, PersonAttrs, Result } from "../../src/index.js";

interface Node { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; parentNode?: Node | null; content?: Node }

const root = join(__dirname, "..", "..");
const raw = join(root, "benchmarks", "corpus", "raw");

/** Parses a whole document or a fragment; fails the test on any HTML parse error. */
function parseHtml(html: string, fragment = false): Node {
  const errors: string[] = [];
  const onParseError = (e: { code: string; startOffset: number }) => errors.push(`${e.code} at ${e.startOffset}: ${JSON.stringify(html.slice(e.startOffset - 20, e.startOffset + 20))}`);
  const doc = (fragment ? parseFragment(html, { onParseError }) : parse(html, { onParseError })) as unknown as Node;
  expect(errors).toEqual([]);
  return doc;
}

function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.childNodes ?? []) yield* walk(c);
  if (n.content) yield* walk(n.content);
}
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const hasClass = (n: Node, c: string) => (attr(n, "class") ?? "").split(" ").includes(c);
const textOf = (n: Node): string => (n.nodeName === "#text" ? n.value! : (n.childNodes ?? []).map(textOf).join(""));
const marks = (doc: Node) => [...walk(doc)].filter((n) => n.tagName === "mark" && hasClass(n, "ts-e"));
const find = (doc: Node, cls: string) => [...walk(doc)].find((n) => hasClass(n, cls))!;

/** The checks every rendering must pass: one mark per entity, at its offsets, with its text. */
function checkMarks(r: Result, doc: Node) {
  const ms = marks(doc).filter((m) => attr(m, "data-part") === undefined);
  expect(ms).toHaveLength(r.entities.length);
  for (const m of ms) {
    const e = r.entities[Number(attr(m, "data-i"))]!;
    expect(textOf(m)).toBe(e.text);
    expect([attr(m, "data-type"), Number(attr(m, "data-start")), Number(attr(m, "data-end"))]).toEqual([e.type, e.start, e.end]);
  }
  // The marked text reads back as the article, character for character.
  expect(textOf(find(doc, "ts-text"))).toBe(r.text);
  return ms;
}

const articles = ["000", "001", "013", "020"].map((id) => ({ id, text: readFileSync(join(raw, `${id}.txt`), "utf8") }));

describe("renderHtml", () => {
  it("marks every entity at its offsets in real articles, in a document without parse errors", () => {
    for (const { text } of articles) {
      const r = extract(text);
      const html = renderHtml(r, { title: "t" });
      expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
      checkMarks(r, parseHtml(html));
    }
  });

  it("nests each LOC inside the ROLE or ORG that contains it", () => {
    const r = extract(articles[0]!.text);
    const doc = parseHtml(renderHtml(r));
    const byIndex = new Map(marks(doc).map((m) => [Number(attr(m, "data-i")), m]));
    let nested = 0;
    r.entities.forEach((e, i) => {
      const outer = r.entities.findIndex((o, j) => j !== i && o.start <= e.start && e.end <= o.end && (o.end - o.start) > (e.end - e.start));
      const parentMark = (() => { let p = byIndex.get(i)!.parentNode; while (p && p.tagName !== "mark") p = p.parentNode; return p; })();
      if (outer < 0) expect(parentMark ?? null).toBeNull();
      else { expect(e.type).toBe("LOC"); expect(parentMark).toBe(byIndex.get(outer)); nested++; }
    });
    expect(nested).toBeGreaterThan(5);
  });

  it("shows markup in the article as text: no element, attribute or script comes from it", () => {
    const text = `Chiều 9/6, Bí thư Thành ủy Hà Nội <script>alert("x")</script> Hoàng Trung Hải <img src=x onerror="alert(1)"> & 'Hà Nội' "Đà Nẵng" &amp; <b onclick=alert(1)>3 tỷ đồng</b> --></div></mark>`;
    const r = extract(text, { date: "2017-06-09" });
    expect(r.entities.length).toBeGreaterThan(3);
    const html = renderHtml(r);
    const doc = parseHtml(html);
    checkMarks(r, doc);
    const tags = new Set([...walk(doc)].map((n) => n.tagName).filter(Boolean));
    for (const t of ["script", "img", "b"]) expect(tags.has(t)).toBe(false);
    for (const n of walk(doc)) for (const a of n.attrs ?? []) expect(a.name.startsWith("on")).toBe(false);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&amp;amp;");
  });

  it("escapes attribute values too (tooltip fields, type, rule, refs, title)", () => {
    const evil = `"><img src=x onerror=alert(1)>'&<`;
    const text = "Ông A nói.";
    const e: Entity = { type: "PERSON", start: 4, end: 5, text: "A", rule: `rule${evil}`, name: evil, ref: evil, attrs: { [`k${evil}`]: evil, list: [evil] } as PersonAttrs }; // keys no type declares: a Result read back from JSON may carry any
    const r: Result = { text, entities: [e], relations: [], meta: { version: evil, dataVersion: evil, date: evil, dateSource: "option", warnings: [evil] } };
    const doc = parseHtml(renderHtml(r, { title: evil }));
    checkMarks(r, doc);
    const tip = attr(marks(doc)[0]!, "data-tip")!;
    for (const want of [`name: ${evil}`, `ref: ${evil}`, `rule: rule${evil}`, `k${evil}: ${evil}`]) expect(tip).toContain(want);
    expect([...walk(doc)].some((n) => n.tagName === "img")).toBe(false);
    expect(textOf([...walk(doc)].find((n) => n.tagName === "title")!)).toBe(evil);
  });

  it("keeps any string's text length and validity (controls, NUL, lone surrogates, markup characters)", () => {
    const chars = fc.constantFrom("<", ">", "&", '"', "'", "\u0000", "\u0001", "\u007f", "\u0085", "\uD800", "\uDC00", "\uFFFE", "\uDBFF\uDFFF", "\t", "\n", "ơ", "\u0301", "Hà Nội", " ", "a", "😀", "=", "/");
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join("")), (text) => {
      const r = extract(text);
      const doc = parseHtml(renderHtml(r, { fragment: true }), true);
      // Only CR changes on the way (the parser reads CR LF as LF); every other unit has a stand-in of length 1.
      expect(textOf(find(doc, "ts-text")).length).toBe(text.length);
    }), { numRuns: 300 });
  });

  it("keeps crossing spans well formed: each part marked, the first part carries the id", () => {
    const text = "một hai ba bốn năm";
    const ents: Entity[] = [
      { type: "ORG", start: 0, end: 10, text: text.slice(0, 10), rule: "x" },
      { type: "LOC", start: 4, end: 14, text: text.slice(4, 14), rule: "x" },
      { type: "DATE", start: 8, end: 18, text: text.slice(8, 18), rule: "x", value: { timex: "XXXX" } },
    ];
    const r: Result = { text, entities: ents, relations: [], meta: { version: "0", dataVersion: "0", date: null, dateSource: "none", warnings: [] } };
    const doc = parseHtml(renderHtml(r, { fragment: true }), true);
    const all = marks(doc);
    expect(all.filter((m) => attr(m, "id")).length).toBe(3);
    // An entity's parts are disjoint and in order: together they are its text.
    ents.forEach((e, i) => expect(all.filter((m) => attr(m, "data-i") === String(i)).map(textOf).join("")).toBe(e.text));
    expect(all.filter((m) => attr(m, "data-part") !== undefined).length).toBe(3);
    expect(textOf(find(doc, "ts-text"))).toBe(text);
  });

  it("has a legend with every type and its count", () => {
    const r = extract(articles[0]!.text);
    const doc = parseHtml(renderHtml(r));
    const items = [...walk(find(doc, "ts-legend"))].filter((n) => n.tagName === "li");
    expect(items.map((n) => attr(n, "data-type"))).toEqual(["PERSON", "ROLE", "ORG", "LOC", "MONEY", "DATE"]);
    for (const li of items) {
      const count = Number(textOf([...walk(li)].find((n) => hasClass(n, "ts-count"))!));
      expect(count).toBe(r.entities.filter((e) => e.type === attr(li, "data-type")).length);
    }
  });
});

describe("who holds what", () => {
  /** The table's rows as { person, role, when } (when: undefined without a When column). */
  const rows = (html: string) => {
    const doc = parseHtml(html);
    const table = [...walk(doc)].find((n) => n.tagName === "table");
    if (!table) return [];
    const [head, ...trs] = [...walk(table)].filter((n) => n.tagName === "tr");
    const cols = (head!.childNodes ?? []).filter((n) => n.tagName === "th").map(textOf);
    let person = "";
    return trs.map((tr) => {
      const tds = (tr.childNodes ?? []).filter((n) => n.tagName === "td");
      // A person's cell spans their rows: it is there only on the first.
      if (tds.length === cols.length) person = textOf([...walk(tds[0]!)].find((n) => n.tagName === "a")!);
      const cell = (name: string) => tds[cols.indexOf(name) - (cols.length - tds.length)];
      return { person, role: textOf([...walk(cell("Role")!)].find((n) => n.tagName === "a")!), when: cols.includes("When") ? textOf(cell("When")!) : undefined };
    });
  };

  it("lists each person–role pair once, and every HOLDS relation is in it", () => {
    for (const { text } of articles) {
      const r = extract(text);
      const table = rows(renderHtml(r));
      const pairs = table.map((t) => `${t.person}|${t.role}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      for (const rel of r.relations) {
        const p = r.entities[rel.person]!, ro = r.entities[rel.role]!;
        expect(table.some((t) => t.person === (p.name ?? p.text) && t.role.includes(ro.text.replace(/\s+/g, " ")))).toBe(true);
      }
      if (r.relations.length) expect(table.length).toBeGreaterThan(0);
    }
  });

  it("shows the relation's date when it has one (a When column only when some relation has one)", () => {
    const r = extract("Ngày 9/6/2017, Bí thư Thành ủy Hà Nội Hoàng Trung Hải và Chủ tịch UBND tỉnh Hải Dương Nguyễn Dương Thái dự họp.", { date: "2017-06-09" });
    expect(r.relations.length).toBe(2);
    const withWhen = { ...r, relations: [{ ...r.relations[0]!, when: { timex: "2015/2020" } }, r.relations[1]!] };
    expect(rows(renderHtml(r)).map((t) => t.when)).toEqual([undefined, undefined]);
    const table = rows(renderHtml(withWhen as Result));
    expect(table.map((t) => t.when)).toEqual(["2015/2020", ""]);
    // The same post in two periods is two rows.
    const twice = { ...r, relations: [...withWhen.relations, { ...r.relations[0]!, when: { timex: "2010/2015" } }] };
    expect(rows(renderHtml(twice as Result)).map((t) => t.when)).toEqual(["2015/2020", "2010/2015", ""]);
    // An undated mention of a post held in a period joins the dated row, before or after it.
    const undatedFirst = { ...r, relations: [r.relations[0]!, withWhen.relations[0]!, r.relations[1]!] };
    expect(rows(renderHtml(undatedFirst as Result)).map((t) => t.when)).toEqual(["2015/2020", ""]);
    const undatedAfter = { ...r, relations: [withWhen.relations[0]!, r.relations[1]!, r.relations[0]!] };
    expect(rows(renderHtml(undatedAfter as Result)).map((t) => t.when)).toEqual(["2015/2020", ""]);
  });

  it("says so when there is no HOLDS relation", () => {
    const html = renderHtml(extract("Hà Nội và Hải Dương."));
    expect(rows(html)).toEqual([]);
    expect(html).toContain("No HOLDS relation");
  });
});

describe("toDisplay (Jupyter)", () => {
  it("gives Deno's kernel the HTML fragment through Symbol.for('Jupyter.display')", () => {
    const r = extract("Bí thư Thành ủy Hà Nội Hoàng Trung Hải.", { date: "2017-06-09" });
    const d = toDisplay(r);
    const bundle = (d as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for("Jupyter.display")]!();
    expect(bundle["text/html"]).toBe(renderHtml(r, { fragment: true }));
    expect(bundle["text/html"]).toBe(d.html);
    expect(bundle["text/plain"]).toContain(`${r.entities.length} entities`);
    const doc = parseHtml(d.html, true);
    checkMarks(r, doc);
    // Scoped: a fragment's CSS only styles inside .thoisu.
    const css = textOf([...walk(doc)].find((n) => n.tagName === "style")!);
    for (const rule of css.replace(/@media print\{/, "").split("}").map((s) => s.trim()).filter((s) => s && !s.startsWith("}")))
      for (const sel of rule.slice(0, rule.indexOf("{")).split(",")) expect(sel.trim().startsWith(".thoisu")).toBe(true);
  });
});

describe("thoisu extract --format html and the terminal table", () => {
  it("writes one valid document with every entity marked, a section per input", () => {
    const cli = join(root, "dist", "cli.js");
    const files = [join(root, "examples", "000.txt"), join(raw, "013.txt")];
    const out = spawnSync(process.execPath, [cli, "extract", "--format", "html", ...files], { encoding: "utf8" });
    expect(out.status).toBe(0);
    const doc = parseHtml(out.stdout);
    const sections = [...walk(doc)].filter((n) => n.tagName === "article");
    expect(sections).toHaveLength(2);
    files.forEach((f, k) => {
      const r = extract(readFileSync(f, "utf8"));
      checkMarks(r, sections[k]!);
    });
  });

  it("aligns columns of NFD text by display width and lists each person–role pair once", () => {
    const nfc = readFileSync(join(root, "examples", "000.txt"), "utf8");
    for (const text of [nfc, nfc.normalize("NFD")]) {
      const table = formatTable("x", extract(text, { date: "2017-06-09" }));
      const lines = table.split("\n");
      const head = lines[1]!;
      const ruleCol = stringWidth(head.slice(0, head.indexOf("rule")));
      const body = lines.slice(3, lines.indexOf(""));
      expect(body.length).toBeGreaterThan(50);
      for (const l of body) expect(stringWidth(l.slice(0, l.lastIndexOf("  ") + 2))).toBe(ruleCol);
      const holds = lines.slice(lines.indexOf("HOLDS:") + 1).filter((l) => l.includes("—"));
      let person = "";
      const pairs = holds.map((l) => { const [p, ro] = l.split("—").map((s) => s.trim()); if (p) person = p; return `${person}|${ro!.replace(/\s+\(.*\)$/, "")}`; });
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(pairs.length).toBeGreaterThan(1);
      // The role column starts at one display column for every pair.
      expect(new Set(holds.map((l) => stringWidth(l.slice(0, l.indexOf("—"))))).size).toBe(1);
    }
  });
});

// Keeps the list of raw articles used above honest (they exist in the repository).
it("uses articles that are in the repository", () => {
  const have = new Set(readdirSync(raw));
  for (const { id } of articles) expect(have.has(`${id}.txt`)).toBe(true);
});
