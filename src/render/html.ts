/**
 * An HTML view of a result: the article with every entity marked by type, a legend, a tooltip per
 * entity, and a who-holds-what table. A string builder, no DOM: runs in Node, Deno and browsers.
 *
 * The article is untrusted input: every character of it (and of every value shown) is escaped, and
 * characters HTML cannot carry (NUL, control characters, noncharacters, lone surrogates) are shown as
 * visible stand-ins of the same UTF-16 length. The view itself has no script: tooltips are CSS.
 * @module
 */
import { ENTITY_TYPES } from "../types.js";
import type { Entity, EntityType, Result } from "../types.js";
import { holdings } from "./holdings.js";

/** Options for {@link renderHtml}. */
export interface RenderHtmlOptions {
  /**
   * `false` (default): a whole HTML document (for a file). `true`: one `<div class="thoisu">` with its
   * own scoped `<style>`, to put in a page or a notebook cell.
   */
  fragment?: boolean;
  /** A heading above the text (and the document's `<title>`). */
  title?: string;
  /** Show each entity's type as a small label after it (default true; colour is then never the only cue). */
  labels?: boolean;
}

// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), each with a darker
// ink for its label text (contrast ≥ 4.5:1 on the tint) and its own underline style, so that the type
// survives greyscale printing too.
const STYLE: Record<EntityType, { color: string; ink: string; tint: string; line: string; label: string }> = {
  PERSON: { color: "#D55E00", ink: "#9A3F00", tint: "rgba(213,94,0,.13)", line: "2px solid", label: "person" },
  ROLE: { color: "#0072B2", ink: "#005587", tint: "rgba(0,114,178,.11)", line: "3px double", label: "role, post" },
  ORG: { color: "#009E73", ink: "#00694C", tint: "rgba(0,158,115,.12)", line: "2px dashed", label: "body, organisation" },
  LOC: { color: "#E69F00", ink: "#7F5600", tint: "rgba(230,159,0,.17)", line: "2px dotted", label: "place" },
  MONEY: { color: "#CC79A7", ink: "#8B3A68", tint: "rgba(204,121,167,.16)", line: "2px solid", label: "amount of money" },
  DATE: { color: "#56B4E9", ink: "#1A5F88", tint: "rgba(86,180,233,.16)", line: "2px dashed", label: "date, period" },
};

/** The CSS of the view, every rule scoped under `.thoisu` so it cannot restyle a host page or notebook. */
export const HTML_CSS = `
.thoisu{color:#1b1b1f;background:#fff;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;padding:1em 1.25em;max-width:60em;box-sizing:border-box}
.thoisu *{box-sizing:border-box}
.thoisu .ts-title{font-size:1.3em;margin:0 0 .2em}
.thoisu .ts-meta{color:#55575e;font-size:.85em;margin:0 0 .6em}
.thoisu .ts-legend{display:flex;flex-wrap:wrap;gap:.35em .9em;list-style:none;margin:0 0 1em;padding:0;font-size:.85em}
.thoisu .ts-legend li{display:flex;align-items:center;gap:.35em}
.thoisu .ts-key{font:600 .78em/1 system-ui,sans-serif;letter-spacing:.04em;padding:.3em .45em;border-radius:.25em}
.thoisu .ts-count{color:#55575e;font-variant-numeric:tabular-nums}
.thoisu .ts-text{white-space:pre-wrap;overflow-wrap:break-word;line-height:2.05;margin:0 0 1.5em;font-size:1.02em}
.thoisu mark.ts-e{color:inherit;padding:.12em .2em;border-radius:.25em;position:relative;cursor:help;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.thoisu mark.ts-e mark.ts-e{padding:0 .12em}
.thoisu .ts-labels mark.ts-e::after{content:attr(data-type);font:600 .58em/1 system-ui,sans-serif;letter-spacing:.05em;margin-left:.35em;vertical-align:.2em}
.thoisu mark.ts-e::before{content:attr(data-tip);display:none;position:absolute;left:0;top:calc(100% + 6px);z-index:10;width:max-content;max-width:26em;white-space:pre-line;text-align:left;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#f4f4f6;background:#26272b;padding:.55em .75em;border-radius:.4em;box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none}
.thoisu mark.ts-e:hover:not(:has(mark.ts-e:hover))::before,.thoisu mark.ts-e:focus-visible::before{display:block}
.thoisu mark.ts-e:focus-visible{outline:2px solid #1b1b1f;outline-offset:1px}
${ENTITY_TYPES.map((t) => {
  const s = STYLE[t];
  return `.thoisu .ts-t-${t}{background:${s.tint};border-bottom:${s.line} ${s.color}}
.thoisu .ts-t-${t}::after{color:${s.ink}}
.thoisu .ts-key.ts-t-${t}{color:${s.ink}}`;
}).join("\n")}
.thoisu .ts-holds h2{font-size:1.05em;margin:0 0 .5em}
.thoisu table{border-collapse:collapse;font-size:.9em;width:100%}
.thoisu th,.thoisu td{text-align:left;vertical-align:top;padding:.4em .7em;border-bottom:1px solid #e3e3e8}
.thoisu th{font-weight:600;color:#55575e;border-bottom:2px solid #c9c9d0}
.thoisu td a{color:inherit;text-decoration:none}
.thoisu td a:hover{text-decoration:underline}
.thoisu code{font:.82em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#55575e;background:#f3f3f6;border-radius:.2em;padding:.05em .3em;margin-right:.3em;white-space:nowrap}
.thoisu .ts-n{color:#55575e;font-size:.85em}
.thoisu .ts-none{color:#55575e;font-style:italic}
.thoisu .ts-warn{color:#8a4b00;font-size:.85em}
@media print{.thoisu mark.ts-e,.thoisu .ts-key{-webkit-print-color-adjust:exact;print-color-adjust:exact}.thoisu mark.ts-e::before{display:none!important}.thoisu{max-width:none;padding:0}}
`.trim();

/**
 * Escapes text for HTML content and double- or single-quoted attribute values. Characters that HTML
 * cannot carry validly are replaced by a visible stand-in of the same UTF-16 length: C0 controls by
 * their Control Pictures symbol (`␀`), C1 controls, noncharacters and lone surrogates by U+FFFD.
 * One left-to-right pass.
 */
export function escapeHtml(s: string): string {
  let out = "", from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | null = null;
    if (c === 38) rep = "&amp;";
    else if (c === 60) rep = "&lt;";
    else if (c === 62) rep = "&gt;";
    else if (c === 34) rep = "&quot;";
    else if (c === 39) rep = "&#39;";
    else if (c < 32) { if (c !== 9 && c !== 10 && c !== 12 && c !== 13) rep = String.fromCharCode(0x2400 + c); }
    else if (c < 127) continue;
    else if (c === 127) rep = "\u2421";
    else if (c < 160) rep = "\uFFFD";
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        // A pair: U+xFFFE and U+xFFFF of every plane are noncharacters.
        if ((c & 0x3f) === 0x3f && d >= 0xdffe) { out += s.slice(from, i) + "\uFFFD\uFFFD"; from = i + 2; }
        i++;
        continue;
      }
      rep = "\uFFFD";
    } else if (c >= 0xdc00 && c <= 0xdfff) rep = "\uFFFD";
    else if ((c >= 0xfdd0 && c <= 0xfdef) || c === 0xfffe || c === 0xffff) rep = "\uFFFD";
    if (rep === null) continue;
    out += s.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const isEntity = (e: unknown, n: number): e is Entity => {
  const x = e as Entity;
  return !!x && typeof x === "object" && Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.start < x.end && x.end <= n;
};

/** Groups digits by three with narrow no-break spaces (SI style, unambiguous in any locale). */
function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n)).split(".");
  if (!/^\d+$/.test(int!)) return String(n);
  let g = "";
  for (let i = int!.length; i > 0; i -= 3) g = int!.slice(Math.max(0, i - 3), i) + (g ? "\u202F" + g : "");
  return (n < 0 ? "-" : "") + g + (frac ? "." + frac : "");
}

function valueLine(v: unknown): string {
  const o = v as Record<string, unknown>;
  if (o && typeof o === "object") {
    if (typeof o.timex === "string") return `${o.timex} (TIMEX3)`;
    if (typeof o.amount === "number") return `${groupDigits(o.amount)} ${o.currency}`;
    if (typeof o.min === "number" && typeof o.max === "number") return `${groupDigits(o.min)} – ${groupDigits(o.max)} ${o.currency}`;
  }
  return JSON.stringify(v);
}

/** The tooltip of an entity: type, offsets, then value, name, ref, rule and attrs, one per line. */
function tooltip(e: Entity): string {
  const lines = [`${e.type}  ${e.start}–${e.end}`];
  if (e.value !== undefined) lines.push(`value: ${valueLine(e.value)}`);
  if (e.name !== undefined) lines.push(`name: ${e.name}`);
  if (e.ref !== undefined) lines.push(`ref: ${e.ref}`);
  lines.push(`rule: ${e.rule}`);
  for (const [k, v] of Object.entries(e.attrs ?? {})) lines.push(`${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
  return lines.join("\n");
}

/** FNV-1a of the text: ids that differ between two articles shown on one page, yet stay deterministic. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The article with entities as `<mark>` elements, nested as the entities nest (LOC inside ROLE/ORG).
 * Spans that cross without nesting (never produced by the default pipeline, possible from custom
 * matchers) are closed and reopened, so the markup stays well formed; a reopened part carries
 * `data-part`. O(n log n) in the number of entities, linear in the text.
 */
function markText(text: string, entities: readonly unknown[], prefix: string): string {
  const order: number[] = [];
  entities.forEach((e, i) => { if (isEntity(e, text.length)) order.push(i); });
  const ent = entities as Entity[];
  order.sort((a, b) => ent[a]!.start - ent[b]!.start || ent[b]!.end - ent[a]!.end || a - b);
  const bounds = [...new Set(order.flatMap((i) => [ent[i]!.start, ent[i]!.end]))].sort((a, b) => a - b);
  const open: number[] = [];
  const opened = new Set<number>();
  const openTag = (i: number) => {
    const e = ent[i]!;
    const first = !opened.has(i);
    opened.add(i);
    return `<mark class="ts-e ts-t-${escapeHtml(String(e.type))}"${first ? ` id="${prefix}${i}"` : ` data-part=""`} data-i="${i}" data-type="${escapeHtml(String(e.type))}" data-start="${e.start}" data-end="${e.end}" data-tip="${escapeHtml(tooltip(e))}" tabindex="0">`;
  };
  let out = "", pos = 0, k = 0;
  for (const p of bounds) {
    out += escapeHtml(text.slice(pos, p));
    pos = p;
    // Close every open entity that ends here; those above it in the stack are reopened after.
    const lowest = open.findIndex((i) => ent[i]!.end === p);
    if (lowest >= 0) {
      const above = open.splice(lowest);
      out += "</mark>".repeat(above.length);
      for (const i of above) if (ent[i]!.end !== p) { out += openTag(i); open.push(i); }
    }
    while (k < order.length && ent[order[k]!]!.start === p) { out += openTag(order[k]!); open.push(order[k]!); k++; }
  }
  return out + escapeHtml(text.slice(pos));
}

const DATE_SOURCE: Record<string, string> = { option: "given", dateline: "from the article's dateline", none: "unknown: relative dates are unresolved" };

function legend(entities: readonly unknown[], n: number): string {
  const count = new Map<string, number>();
  for (const e of entities) if (isEntity(e, n)) count.set(e.type, (count.get(e.type) ?? 0) + 1);
  return `<ul class="ts-legend" aria-label="Entity types">${ENTITY_TYPES.map((t) =>
    `<li data-type="${t}"><span class="ts-key ts-t-${t}">${t}</span><span>${STYLE[t].label}</span><span class="ts-count">${count.get(t) ?? 0}</span></li>`).join("")}</ul>`;
}

function holdsTable(result: Result, prefix: string): string {
  const holders = holdings(result);
  const head = `<section class="ts-holds"><h2>Who holds what</h2>`;
  if (!holders.length) return `${head}<p class="ts-none">No HOLDS relation in this text.</p></section>`;
  const refs = (rs: string[]) => rs.map((r) => `<code>${escapeHtml(r)}</code>`).join("");
  // The When column only when some relation has a date (`relation.when`, from linkers that give one).
  const withWhen = holders.some((h) => h.roles.some((r) => r.when));
  const rows = holders.flatMap((h) => h.roles.map((r, k) => {
    const person = k === 0
      ? `<td rowspan="${h.roles.length}"><a href="#${prefix}${h.person}">${escapeHtml(h.name)}</a>${h.ref ? `<br>${refs([h.ref])}` : ""}</td>`
      : "";
    const notes = [...r.modifiers, r.mentions > 1 ? `×${r.mentions}` : ""].filter(Boolean).join(", ");
    const times = notes ? ` <span class="ts-n">${escapeHtml(notes)}</span>` : "";
    const when = withWhen ? `<td>${r.when ? `<code>${escapeHtml(r.when)}</code>` : ""}</td>` : "";
    return `<tr>${person}<td><a href="#${prefix}${r.role}">${escapeHtml(r.text)}</a>${times}</td>${when}<td>${refs(r.refs)}</td></tr>`;
  }));
  return `${head}<table><thead><tr><th>Person</th><th>Role</th>${withWhen ? "<th>When</th>" : ""}<th>Refs</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

function checkResult(result: unknown): asserts result is Result {
  const r = result as Result;
  if (!r || typeof r !== "object" || typeof r.text !== "string" || !Array.isArray(r.entities))
    throw new TypeError("renderHtml: expected a result of extract() ({ text, entities, relations, meta })");
}

/** The view's body (without the `<style>`); `prefix` keeps ids unique when several views share a page. */
export function renderBody(result: Result, options: RenderHtmlOptions = {}, prefix = `ts${hash(result.text)}-`): string {
  checkResult(result);
  const meta = result.meta ?? ({} as Partial<Result["meta"]>);
  const relations = Array.isArray(result.relations) ? result.relations : [];
  const n = result.entities.filter((e) => isEntity(e, result.text.length)).length;
  const date = meta.date ? `Article date <strong>${escapeHtml(meta.date)}</strong> (${escapeHtml(DATE_SOURCE[meta.dateSource ?? ""] ?? String(meta.dateSource))})` : "Article date unknown: relative dates are unresolved";
  const about = [date, `${n} entities`, `${relations.length} HOLDS`, meta.version ? `thoisu ${escapeHtml(meta.version)}, data ${escapeHtml(String(meta.dataVersion))}` : ""].filter(Boolean).join(" · ");
  const warnings = (meta.warnings ?? []).map((w) => `<p class="ts-warn">⚠ ${escapeHtml(String(w))}</p>`).join("");
  return [
    options.title !== undefined ? `<h1 class="ts-title">${escapeHtml(options.title)}</h1>` : "",
    `<p class="ts-meta">${about}</p>`,
    warnings,
    legend(result.entities, result.text.length),
    `<div class="ts-text${options.labels === false ? "" : " ts-labels"}" lang="vi">${markText(result.text, result.entities, `${prefix}e`)}</div>`,
    holdsTable({ ...result, relations }, `${prefix}e`),
  ].join("\n");
}

/** The start of a whole HTML document (with the view's CSS); the CLI writes several views between it and {@link htmlDocumentEnd}. */
export function htmlDocumentStart(title: string): string {
  // No script runs in this document, whatever the article contains: the CSP forbids all but inline styles.
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${HTML_CSS}
</style>
</head>
<body>
`;
}

/** The end of the document {@link htmlDocumentStart} began. */
export function htmlDocumentEnd(): string {
  return "</body>\n</html>\n";
}

/**
 * Renders a result of `extract()` as HTML: the text with each entity marked by type (nested LOC inside
 * ROLE/ORG shown nested), a legend, a tooltip per entity (value, name, ref, rule, attrs), and a
 * who-holds-what table. All text is escaped; the output contains no script.
 *
 * @example
 * ```ts
 * import { extract, renderHtml } from "thoisu";
 * const html = renderHtml(extract(text, { date: "2017-06-09" }), { title: "Hà Nội - Hải Dương" });
 * // a whole document; { fragment: true } gives a <div> to embed
 * ```
 */
export function renderHtml(result: Result, options: RenderHtmlOptions = {}): string {
  const body = renderBody(result, options);
  if (options.fragment) return `<div class="thoisu">\n<style>\n${HTML_CSS}\n</style>\n${body}\n</div>\n`;
  return `${htmlDocumentStart(options.title ?? "thoisu")}<div class="thoisu">\n${body}\n</div>\n${htmlDocumentEnd()}`;
}

/** What {@link toDisplay} returns: the HTML, and the method Jupyter kernels (Deno's) call to display it. */
export interface HtmlDisplay {
  html: string;
  [key: symbol]: () => Record<string, string>;
}

/**
 * A result as a notebook display: the last expression of a Deno Jupyter cell (or the argument of
 * `Deno.jupyter.display`) renders as the HTML view.
 *
 * @example
 * ```ts
 * import { extract, toDisplay } from "npm:thoisu";
 * toDisplay(extract(text))   // last line of the cell
 * ```
 */
export function toDisplay(result: Result, options: Omit<RenderHtmlOptions, "fragment"> = {}): HtmlDisplay {
  const html = renderHtml(result, { ...options, fragment: true });
  const n = Array.isArray(result.entities) ? result.entities.length : 0;
  return {
    html,
    [Symbol.for("Jupyter.display")]: () => ({ "text/html": html, "text/plain": `thoisu result: ${n} entities, ${result.relations?.length ?? 0} HOLDS` }),
  };
}
