// The rule lexicons (data/lexicon/*.tsv|*.txt, compiled by scripts/build-lexicon.mjs): every
// entry is written in the project's normal form, so that it can match the normalised text
// (a row `Nguỵ` never matches: the text reads `Ngụy`), and no two rows of one file collide
// after lower-casing (the tries match case-insensitively, so the second row is dead).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { bodyHeadsOfKind, BODY_TRIE } from "../../src/match/lexicons.js";
import { scanTokens } from "../../src/tokenize/index.js";

const dir = join(__dirname, "..", "..", "data", "lexicon");
/** The segmentation word list is an upstream data set, checked by tests/tokenize/word-segmentation.test.ts. */
const FILES = readdirSync(dir).filter((f) => /\.(tsv|txt)$/.test(f) && f !== "words-viet74k.txt");

/** The entry (first column) of every row, with its line number. */
function entries(file: string): { line: number; entry: string }[] {
  const out: { line: number; entry: string }[] = [];
  readFileSync(join(dir, file), "utf8").split("\n").forEach((raw, n) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) return;
    out.push({ line: n + 1, entry: line.split("\t")[0]!.trim() });
  });
  return out;
}

/** Rows whose entry differs from its normal form. */
export function unnormalised(rows: { line: number; entry: string }[]): string[] {
  return rows.filter((r) => normalize(r.entry).text !== r.entry).map((r) => `${r.line}: ${r.entry} → ${normalize(r.entry).text}`);
}
/** Rows whose entry repeats an earlier one once both are lower-cased. */
export function caseDuplicates(rows: { line: number; entry: string }[]): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const r of rows) {
    const key = r.entry.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) out.push(`${r.line}: ${r.entry} (as line ${first})`);
    else seen.set(key, r.line);
  }
  return out;
}

describe("lexicons (data/lexicon)", () => {
  it("lists the lexicon files", () => {
    expect(FILES.length).toBeGreaterThan(5);
    expect(FILES).toContain("surnames.tsv");
  });
  for (const file of FILES) {
    it(`${file}: every entry is in the project's normal form (NFC, tone placement)`, () => {
      const rows = entries(file);
      expect(rows.length).toBeGreaterThan(0);
      expect(unnormalised(rows)).toEqual([]);
    });
    it(`${file}: no two entries collide after lower-casing`, () => {
      expect(caseDuplicates(entries(file))).toEqual([]);
    });
  }
  it("the checks reject broken rows", () => {
    expect(unnormalised([{ line: 1, entry: "Nguỵ" }, { line: 2, entry: "Thuỷ" }, { line: 3, entry: "Ngụy" }])).toHaveLength(2);
    expect(unnormalised([{ line: 1, entry: "Hoa\u0300" }])).toHaveLength(1);
    // The normaliser writes every dash as `-`: an en-dash row could never match.
    expect(unnormalised([{ line: 1, entry: "Phòng không – Không quân" }, { line: 2, entry: "Phòng không - Không quân" }])).toEqual(["1: Phòng không – Không quân → Phòng không - Không quân"]);
    expect(caseDuplicates([{ line: 1, entry: "Viện Kiểm sát" }, { line: 2, entry: "Viện kiểm sát" }, { line: 3, entry: "Viện" }])).toEqual(["2: Viện kiểm sát (as line 1)"]);
  });
  it("body-heads.tsv: the heads of each kind (fourth column) are body heads, of the kinds the rules ask", () => {
    for (const kind of ["subunit", "institution", "translated", "school", "regional", "media"] as const) {
      const heads = [...bodyHeadsOfKind(kind)];
      expect(heads.length, kind).toBeGreaterThan(0);
      // Each is a whole head the body trie reads (rules compare it with the head read).
      for (const h of heads) expect(BODY_TRIE.longest(scanTokens(h), 0)?.value.lower, `${kind}: ${h}`).toBe(h);
    }
    expect(bodyHeadsOfKind("media").has("báo")).toBe(true);
    expect(bodyHeadsOfKind("school").has("bộ")).toBe(false);
  });
});
